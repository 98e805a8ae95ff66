import { describe, expect, it } from 'vitest';
import { GuidanceService, limitWords } from '../../../src/core/guidance/answer-question.ts';
import { KnowledgeIndex } from '../../../src/core/guidance/knowledge-index.ts';
import { loadKnowledgeBase } from '../../../src/core/guidance/load-knowledge-base.ts';
import { shippedGuidance } from '../../support/guidance.ts';

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

describe('guidance answers', () => {
  const guidance = shippedGuidance();

  it('answers briefly from the best article, names the source with its link and gives a confidence', () => {
    const reply = guidance.answer('who can be a lead professional?');
    expect(reply.kind).toBe('answer');
    expect(words(reply.answer)).toBeLessThanOrEqual(120);
    expect(reply.sources[0]?.url).toMatch(/^https?:\/\//);
    expect(reply.text).toContain(`Source: ${reply.sources[0]?.title}`);
    expect(reply.text).toContain(reply.sources[0]?.url);
    expect(reply.confidence).toBeGreaterThan(0.45);
    expect(reply.confidence).toBeLessThanOrEqual(1);
    expect(reply.text).toMatch(/Confidence: (high|medium|low) \(\d+%\)/);
  });

  it('offers related articles as follow-ups', () => {
    const reply = guidance.answer('what is a team around the family');
    expect(reply.related.length).toBeGreaterThan(0);
    expect(reply.related.map((r) => r.id)).not.toContain(reply.sources[0]?.id);
    expect(reply.text).toContain(`Related: ${reply.related[0]?.title}`);
  });

  it('answers a question the privacy guard took details out of from a slightly lower confidence', () => {
    // What the guard leaves behind ("[name] (15) at [school]") lowers the confidence; such a
    // question is answered from 0.075 below the threshold, an untouched one is not.
    const question = 'can i be lp for ollie (2) at Sunshine?';
    const reply = guidance.answer(question);
    expect(reply.privacyWarning).toBe(true);
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('lead-professional-who-can');
    expect(reply.confidence).toBeLessThan(0.9);
    expect(reply.confidence).toBeGreaterThanOrEqual(0.825);
    expect(reply.redactedQuestion).not.toContain('ollie');
    const strict = new GuidanceService(new KnowledgeIndex(loadKnowledgeBase().articles), {
      minConfidence: reply.confidence + 0.075 + 0.001,
      emergency: {},
    });
    expect(strict.answer(question).kind).toBe('no_answer');
    const allowed = new GuidanceService(new KnowledgeIndex(loadKnowledgeBase().articles), {
      minConfidence: reply.confidence + 0.075 - 0.001,
      emergency: {},
    });
    expect(allowed.answer(question).kind).toBe('answer');
  });

  it('adds the local-procedures line to answers where practice varies by area', () => {
    const reply = guidance.answer('who sets the threshold document for early help');
    expect(reply.kind).toBe('answer');
    expect(reply.local).toBe(true);
    expect(reply.text).toMatch(/check your local procedures/i);
    const national = guidance.answer('what were the five every child matters outcomes');
    expect(national.local).toBe(false);
    expect(national.text).not.toMatch(/check your local procedures/i);
  });

  it('says plainly when the guidance is unverified', () => {
    const reply = guidance.answer('what did the data use and access act 2025 add');
    expect(reply.kind).toBe('answer');
    expect(reply.unverified).toBeTruthy();
    expect(reply.text).toContain('Not yet verified:');
  });

  it('is honest when the guidance does not cover a question, and points to the configured coordinator', () => {
    const withContact = new GuidanceService(new KnowledgeIndex(loadKnowledgeBase().articles), {
      minConfidence: 0.45,
      coordinatorContact: 'Sam at early.help@council.example, 01632 960000',
      emergency: {},
    });
    const reply = withContact.answer('what is the parking policy at the civic centre', { logged: true });
    expect(reply.kind).toBe('no_answer');
    expect(reply.sources).toEqual([]);
    expect(reply.text).toMatch(/doesn't cover that/);
    expect(reply.text).toContain('Sam at early.help@council.example, 01632 960000');
    expect(reply.text).toMatch(/logged the question/);
    expect(guidance.answer('what is the parking policy at the civic centre').text).not.toMatch(/logged/);
  });

  it('routes a child in danger now to the emergency route before anything else', () => {
    const reply = guidance.answer(
      'a boy in my class says his stepdad will beat him when he gets home tonight',
    );
    expect(reply.kind).toBe('urgent');
    expect(reply.text.split('\n')[0]).toMatch(/999/);
    expect(reply.text).toContain('0113 000 0000');
    expect(reply.text).toMatch(/Do not start a CAF/);
    expect(reply.sources).toEqual([]);
  });

  it('warns about identifiable details, answers generically and never repeats them', () => {
    const question =
      'Do I need consent to share the CAF for Aarav Patel (DOB 14/06/2015, NHS 943 476 5919, 22 Mill Road, LS6 2AB) with the school nurse?';
    const reply = guidance.answer(question);
    expect(reply.privacyWarning).toBe(true);
    // Answered generically, or offered with the consent article first when a close one competes.
    expect(reply.sources[0]?.id ?? reply.suggestions[0]?.id).toBe('caf-consent');
    expect(reply.text).toMatch(/don't post identifiable details/);
    for (const secret of ['Aarav', 'Patel', '14/06/2015', '943 476 5919', 'Mill Road', 'LS6 2AB']) {
      expect(reply.text).not.toContain(secret);
      expect(reply.redactedQuestion).not.toContain(secret);
    }
    expect(reply.privacyKinds).toEqual(
      expect.arrayContaining(['name', 'date_of_birth', 'nhs_number', 'postcode']),
    );
  });

  it('does not warn about ordinary questions', () => {
    for (const q of [
      'what is a TAC',
      'can a teacher be the lead professional',
      'when is the next forum at Oakfield Primary',
    ]) {
      expect(guidance.answer(q).privacyWarning, q).toBe(false);
    }
  });

  it('understands abbreviations and section numbers written several ways', () => {
    const ids = (q: string) => guidance.answer(q).sources[0]?.id;
    expect(ids('what is s47')).toBe(ids('what is a section 47 enquiry'));
    expect(ids('what does the DSL do')).toBe('designated-safeguarding-lead');
    expect(ids('what is a TAF')).toBe('team-around-the-family');
    expect(ids('who can start an EHA')).toBe(ids('who can start a CAF'));
  });

  it('tolerates typos', () => {
    expect(guidance.answer('who can be a lead profesional').sources[0]?.id).toMatch(/^lead-professional/);
    expect(guidance.answer('what is a safegaurding partner').sources[0]?.id).toBe('safeguarding-partners');
  });

  for (const [name, input] of [
    ['empty', ''],
    ['emoji', '🙈🙉🙊'],
    ['very long', `what is a CAF ${'very '.repeat(4000)}`],
    ['other language', 'Qu’est-ce que le CAF ?'],
    ['injection', "'); DROP TABLE guidance_question;-- <img src=x onerror=alert(1)>"],
  ]) {
    it(`gives a sensible reply to ${name} input`, () => {
      const reply = guidance.answer(input as string);
      expect(['answer', 'no_answer', 'urgent']).toContain(reply.kind);
      expect(reply.text.length).toBeGreaterThan(0);
    });
  }
});

describe('limitWords', () => {
  it('keeps whole sentences within the limit', () => {
    expect(limitWords('One two three. Four five six. Seven eight nine.', 7)).toBe(
      'One two three. Four five six.',
    );
  });
  it('cuts a single over-long sentence with an ellipsis', () => {
    expect(limitWords('a b c d e f', 3)).toBe('a b c…');
  });
});

describe('guidance answers: a question worded as an article’s own', () => {
  const guidance = new GuidanceService(new KnowledgeIndex(loadKnowledgeBase().articles), {
    minConfidence: 0.9,
    emergency: {},
  });

  it('answers every article title from its own article', () => {
    for (const article of loadKnowledgeBase().articles) {
      const reply = guidance.answer(article.title);
      if (reply.kind === 'urgent') continue; // "A child may be in danger right now" is triaged first
      expect(reply.kind, article.title).toBe('answer');
      expect(reply.sources[0]?.id, article.title).toBe(article.id);
    }
  });

  it('reads the title in chat spelling too, and only the exact wording', () => {
    const reply = guidance.answer('wat is a lead professional');
    expect(reply.kind).toBe('answer');
    expect(reply.sources[0]?.id).toBe('lead-professional-role');
    expect(guidance.answer('what does a lead professional actually do?').sources[0]?.id).toBe(
      'lead-professional-tasks',
    );
  });
});
