import { describe, expect, it } from 'vitest';
import {
  cleanCommentText,
  describeAnswerFormat,
  findShippedTemplate,
  parseAnswerText,
  validateAnswers,
} from '../../../src/core/pulse/index.ts';
import { AppError } from '../../../src/core/shared/errors.ts';
import { makeTemplate } from './make-pulse.ts';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_INPUT') return error.message;
    throw error;
  }
  throw new Error('expected BAD_INPUT');
}

const template = makeTemplate();
const scored = makeTemplate({
  questions: [
    { id: 'q1', type: 'agree5', text: 'I trust colleagues in other agencies', required: true },
    { id: 'q2', type: 'scale10', text: 'How likely are you to recommend it?', required: true },
    { id: 'q3', type: 'choice', text: 'Main barrier?', options: ['Consent', 'Systems'], required: false },
  ],
});

describe('validateAnswers', () => {
  it('normalises numbers, numeric strings, choices by text or number, and comments', () => {
    expect(validateAnswers(template, { q1: 4, q2: '5', q3: 'time PRESSURE', q4: '  good forum  ' })).toEqual({
      q1: 4,
      q2: 5,
      q3: 'Time pressure',
      q4: 'good forum',
    });
    expect(validateAnswers(template, { q1: 1, q2: 5, q3: 2 }).q3).toBe('Systems');
    expect(validateAnswers(template, { q1: 1, q2: 5, q3: '4' }).q3).toBe('Time');
  });

  it('leaves out blank optional answers', () => {
    expect(validateAnswers(template, { q1: 3, q2: 3, q3: '', q4: '   ' })).toEqual({ q1: 3, q2: 3 });
  });

  it('checks the agree5 and scale10 ranges and whole numbers', () => {
    const message = messageOf(() => validateAnswers(scored, { q1: 6, q2: 11 }));
    expect(message).toMatch(
      /question 1 \("I trust colleagues in other agencies"\) needs a whole number from 1/,
    );
    expect(message).toMatch(/not 6/);
    expect(message).toMatch(/question 2 .* needs a whole number from 0 to 10, not 11/);
    expect(messageOf(() => validateAnswers(scored, { q1: 0, q2: 5 }))).toMatch(/not 0/);
    expect(messageOf(() => validateAnswers(scored, { q1: 3.5, q2: 5 }))).toMatch(/whole number/);
    expect(messageOf(() => validateAnswers(scored, { q1: 3, q2: -1 }))).toMatch(/not -1/);
    expect(validateAnswers(scored, { q1: 5, q2: 0 })).toEqual({ q1: 5, q2: 0 });
    expect(validateAnswers(scored, { q1: 1, q2: 10 })).toEqual({ q1: 1, q2: 10 });
  });

  it('rejects an unknown option and lists the options by number', () => {
    const message = messageOf(() => validateAnswers(scored, { q1: 3, q2: 5, q3: 'Money' }));
    expect(message).toMatch(/needs one of: 1 Consent, 2 Systems \(not "Money"\)/);
    expect(messageOf(() => validateAnswers(scored, { q1: 3, q2: 5, q3: 3 }))).toMatch(/needs one of/);
  });

  it('reports required answers missing and unknown question ids, all at once', () => {
    const message = messageOf(() => validateAnswers(template, { q9: 3, extra: 'x' }));
    expect(message).toMatch(/there is no question "q9" in this survey/);
    expect(message).toMatch(/there is no question "extra"/);
    expect(message).toMatch(/question 1 .* needs an answer/);
    expect(message).toMatch(/question 2 .* needs an answer/);
    expect(message).not.toMatch(/question 3/);
    expect(message).toMatch(/Send them again, e\.g\. 4 4 2 more joint visits please/);
  });

  it('refuses a 10,000-character comment, saying the limit, instead of cutting it', () => {
    const message = messageOf(() => validateAnswers(template, { q1: 4, q2: 4, q4: 'a'.repeat(10_000) }));
    expect(message).toMatch(/10,000 characters but the limit is 2,000/);
    expect(message).toMatch(/shorten it/);
  });

  it('accepts exactly 2,000 characters, counting after cleaning', () => {
    const comment = `${'b'.repeat(2000)}\u0000\u0007   `;
    expect(validateAnswers(template, { q1: 4, q2: 4, q4: comment }).q4).toHaveLength(2000);
    expect(() => validateAnswers(template, { q1: 4, q2: 4, q4: 'b'.repeat(2001) })).toThrow(
      /2,001 characters/,
    );
  });

  it('removes control characters and bidi overrides but keeps line breaks', () => {
    expect(cleanCommentText(' one\u0000\u001b[31m two\r\nthree\u202Efour\tfive\u0085 ')).toBe(
      'one[31m two\nthreefour five',
    );
    expect(validateAnswers(template, { q1: 4, q2: 4, q4: '\u0001\u0002' })).toEqual({ q1: 4, q2: 4 });
  });

  it('rejects a comment that is not text', () => {
    expect(messageOf(() => validateAnswers(template, { q1: 4, q2: 4, q4: 12 }))).toMatch(/needs text/);
  });
});

describe('parseAnswerText', () => {
  const trust = findShippedTemplate('trust-between-agencies');

  it('reads numbers in question order and the rest of the line as the comment', () => {
    expect(parseAnswerText(trust, '4 5 3 4 great forum, keep it going')).toEqual({
      'trust-act-on-info': 4,
      'know-who-to-contact': 5,
      'agency-engaged': 3,
      'forum-helps': 4,
      'trust-comment': 'great forum, keep it going',
    });
    expect(parseAnswerText(trust, '4,5,3,4')).toEqual({
      'trust-act-on-info': 4,
      'know-who-to-contact': 5,
      'agency-engaged': 3,
      'forum-helps': 4,
    });
  });

  it('keeps numbers after the last answer as part of the comment', () => {
    expect(parseAnswerText(trust, '4 5 3 4 5 stars')['trust-comment']).toBe('5 stars');
  });

  it('reads a choice by number or by its words, longest option first', () => {
    expect(parseAnswerText(template, '4 5 time pressure it is hard')).toEqual({
      q1: 4,
      q2: 5,
      q3: 'Time pressure',
      q4: 'it is hard',
    });
    expect(parseAnswerText(template, '4 5 time')).toEqual({ q1: 4, q2: 5, q3: 'Time' });
    expect(parseAnswerText(template, '4 5 2')).toEqual({ q1: 4, q2: 5, q3: 'Systems' });
  });

  it('skips an optional question with - or skip', () => {
    expect(parseAnswerText(template, '4 5 - thanks')).toEqual({ q1: 4, q2: 5, q4: 'thanks' });
    expect(parseAnswerText(template, '4 5 SKIP')).toEqual({ q1: 4, q2: 5 });
  });

  it('reports a missing required answer when a word comes too early', () => {
    expect(() => parseAnswerText(trust, '4 5 great')).toThrow(/question 3 .* needs an answer/);
  });

  it('reports out-of-range typed numbers', () => {
    expect(() => parseAnswerText(trust, '4 9 3 4')).toThrow(/question 2 .*not "9"/);
  });

  it('refuses extra text when the survey has no comment question', () => {
    expect(() => parseAnswerText(scored, '4 8 1 hello')).toThrow(/could not read "hello" as an answer/);
  });

  it('never repeats identifying details it could not read', () => {
    const typed = [
      '4 8 1 Jayden Smith dob 03/04/2015 call 07700 900123',
      'q1=4 q2=8 q3=Jayden Smith 07700 900123',
    ];
    for (const text of typed) {
      let message = '';
      try {
        parseAnswerText(scored, text);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/needs fixing|could not read|needs one of/);
      for (const secret of ['Jayden', 'Smith', '03/04/2015', '07700']) expect(message).not.toContain(secret);
    }
  });

  it('reads named answers: ids, qN and comment, the comment running to the end', () => {
    expect(parseAnswerText(template, 'q1=4 q2 = 5 q3=time pressure comment=a=b, q1=2 stays in')).toEqual({
      q1: 4,
      q2: 5,
      q3: 'Time pressure',
      q4: 'a=b, q1=2 stays in',
    });
    expect(parseAnswerText(trust, 'forum-helps=2 trust-act-on-info=5 q2=1 q3=3')).toEqual({
      'trust-act-on-info': 5,
      'know-who-to-contact': 1,
      'agency-engaged': 3,
      'forum-helps': 2,
    });
  });

  it('reports unknown names and answers given twice', () => {
    const message = messageOf(() => parseAnswerText(template, 'q1=4 q1=5 q2=3 q9=1 colour=blue'));
    expect(message).toMatch(/"q1" is answered twice/);
    expect(message).toMatch(/there is no question "q9"/);
    expect(message).toMatch(/there is no question "colour"/);
  });

  it('explains the format when the reply is empty', () => {
    expect(() => parseAnswerText(trust, '   ')).toThrow(/Your reply is empty\. Reply with your answers/);
  });

  it('describes the format with an example built from the template', () => {
    const text = describeAnswerFormat(trust);
    expect(text).toMatch(/For example: 4 4 4 4 more joint visits please$/);
    expect(text).toMatch(/Anything after the last answer is your comment/);
    expect(describeAnswerFormat(scored)).not.toMatch(/comment/);
    expect(describeAnswerFormat(scored)).toMatch(/For example: 4 8 2$/);
  });
});
