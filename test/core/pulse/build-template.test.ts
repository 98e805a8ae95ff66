import { describe, expect, it } from 'vitest';
import { buildTemplate, formFieldOf, templateInputFromForm } from '../../../src/core/pulse/build-template.ts';
import { validateTemplate } from '../../../src/core/pulse/validate-template.ts';
import { AppError } from '../../../src/core/shared/errors.ts';

function refusal(input: unknown): AppError {
  try {
    validateTemplate(input);
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error('expected a refusal');
}

describe('building a survey template from a form', () => {
  it('skips blank rows, keeps each row slot as its id and splits choice options', () => {
    const input = templateInputFromForm({
      key: 'Trust-Check',
      title: 'Trust check',
      rows: [
        { type: 'agree5', text: 'Agencies share information well' },
        {},
        {
          type: 'choice',
          text: 'Which meeting helps most?',
          options: 'Forum\nTeam around the family; Panel',
        },
        { type: 'scale', text: 'How likely to recommend?' },
      ],
    });
    const template = validateTemplate(buildTemplate(input));
    expect(template.key).toBe('trust-check');
    expect(template.questions.map((q) => [q.id, q.type])).toEqual([
      ['q1', 'agree5'],
      ['q3', 'choice'],
      ['q4', 'scale10'],
    ]);
    expect(template.questions[1]?.options).toEqual(['Forum', 'Team around the family', 'Panel']);
  });

  it('names the field of every problem so forms can show each beside its input', () => {
    const input = templateInputFromForm({
      key: 'bad key',
      title: 'T',
      rows: [
        { type: 'agree5', text: 'ok?' },
        {},
        { type: 'choice', text: 'Which one is best?', options: 'Only one' },
      ],
    });
    const error = refusal(buildTemplate(input));
    expect(error.fields).toMatchObject({
      key: expect.stringMatching(/kebab-case/),
      title: expect.stringMatching(/at least 3/),
      'q1.text': expect.stringMatching(/question 1: .*at least 5/),
      'q3.options': expect.stringMatching(/2 to 10 options \(it has 1\)/),
    });
    expect(error.field).toBe('key');
    expect(error.message).toMatch(/kebab-case.*at least 3/);
  });

  it('puts a missing-questions problem on the first question row', () => {
    const error = refusal(buildTemplate(templateInputFromForm({ key: 'k', title: 'Title', rows: [{}, {}] })));
    expect(Object.keys(error.fields ?? {}).map(formFieldOf)).toEqual(['q1.text']);
  });

  it('flags the second comment question on its type', () => {
    const input = templateInputFromForm({
      key: 'two-comments',
      title: 'Two comments',
      rows: [
        { type: 'comment', text: 'Anything else?' },
        { type: 'comment', text: 'Anything more?' },
      ],
    });
    expect(refusal(buildTemplate(input)).fields?.['q2.type']).toMatch(
      /at most one comment question \(it has 2\)/,
    );
  });
});
