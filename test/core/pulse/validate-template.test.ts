import { describe, expect, it } from 'vitest';
import {
  findShippedTemplate,
  SHIPPED_TEMPLATES,
  type SurveyTemplate,
  validateTemplate,
} from '../../../src/core/pulse/index.ts';
import { AppError, isAppError } from '../../../src/core/shared/errors.ts';

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const valid = {
  id: 'tpl-1',
  key: 'joint-visits',
  title: 'Joint visits',
  questions: [
    { id: 'useful', type: 'agree5', text: 'Joint visits help families' },
    {
      id: 'often',
      type: 'choice',
      text: 'How often do you do joint visits?',
      options: ['Weekly', 'Monthly', 'Rarely'],
    },
    { id: 'note', type: 'comment', text: 'Anything to add?' },
  ],
};

describe('validateTemplate', () => {
  it('accepts a coordinator template and fills in defaults', () => {
    const template = validateTemplate(valid);
    expect(template.shipped).toBe(false);
    expect(template.description).toBe('');
    expect(template.questions.map((question) => question.required)).toEqual([true, true, false]);
    expect(template.questions[1]?.options).toEqual(['Weekly', 'Monthly', 'Rarely']);
    expect(template.questions[0]).not.toHaveProperty('options');
  });

  it('rejects an empty survey, saying how many questions it needs', () => {
    const error = errorOf(() => validateTemplate({ ...valid, questions: [] }));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/1 to 5 questions/);
  });

  it('rejects more than five questions', () => {
    const questions = Array.from({ length: 6 }, (_, index) => ({
      id: `q${index}`,
      type: 'agree5',
      text: 'A statement to rate',
    }));
    expect(errorOf(() => validateTemplate({ ...valid, questions })).message).toMatch(/at most 5 questions/);
  });

  it('lists every problem at once, naming the question', () => {
    const error = errorOf(() =>
      validateTemplate({
        id: 'tpl-2',
        key: 'Not Kebab',
        title: 'Bad',
        questions: [
          { id: 'a', type: 'agree5', text: 'Hi' },
          { id: 'a', type: 'choice', text: 'Pick one please', options: ['Only'] },
          { id: 'c1', type: 'comment', text: 'First comment box' },
          { id: 'c2', type: 'comment', text: 'Second comment box' },
          { id: 'd', type: 'scale10', text: 'x'.repeat(201), options: ['x', 'y'] },
        ],
      }),
    );
    expect(error.code).toBe('BAD_INPUT');
    const message = error.message;
    expect(message).toMatch(/kebab-case/);
    expect(message).toMatch(/question 1: the question text must be at least 5 characters/);
    expect(message).toMatch(/question 2: the id "a" is used twice/);
    expect(message).toMatch(/question 2: a choice question needs 2 to 10 options \(it has 1\)/);
    expect(message).toMatch(/at most one comment question \(it has 2\)/);
    expect(message).toMatch(/question 5: the question text must be 200 characters or fewer/);
    expect(message).toMatch(/question 5: only choice questions have options/);
    expect(message).toMatch(/Fix these and save it again\.$/);
  });

  it('rejects duplicate options, numeric options, too many options and unknown types', () => {
    const message = errorOf(() =>
      validateTemplate({
        ...valid,
        questions: [
          { id: 'a', type: 'choice', text: 'Pick one please', options: ['Yes', 'yes'] },
          { id: 'b', type: 'choice', text: 'Pick one please', options: ['1', 'Two'] },
          { id: 'c', type: 'choice', text: 'Pick one please', options: 'abcdefghijk'.split('') },
          { id: 'd', type: 'stars', text: 'Rate us please' },
        ],
      }),
    ).message;
    expect(message).toMatch(/question 1: two options read the same/);
    expect(message).toMatch(/question 2: an option cannot be just a number/);
    expect(message).toMatch(/question 3: a choice question needs 2 to 10 options \(it has 11\)/);
    expect(message).toMatch(/question 4: the question type must be one of agree5, scale10, choice, comment/);
  });

  it('refuses the details of a child or family in what every respondent reads', () => {
    const error = errorOf(() =>
      validateTemplate({
        ...valid,
        title: 'Ask Jayden Smith',
        questions: [
          { ...valid.questions[0], text: 'Did Jayden Smith feel heard?' },
          valid.questions[1],
          valid.questions[2],
        ],
      }),
    );
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/the title names a child or family member/);
    expect(error.message).toMatch(/question 1: the text names a child or family member/);
    expect(error.message).not.toContain('Jayden');
    expect(error.fields).toMatchObject({ title: expect.any(String), 'useful.text': expect.any(String) });
  });

  it('rejects input that is not an object at all', () => {
    expect(
      isAppError(
        errorOf(() => validateTemplate(null)),
        'BAD_INPUT',
      ),
    ).toBe(true);
  });
});

describe('shipped templates', () => {
  it('ships at least four templates that pass validation unchanged', () => {
    expect(SHIPPED_TEMPLATES.length).toBeGreaterThanOrEqual(4);
    for (const template of SHIPPED_TEMPLATES) {
      expect(template.shipped).toBe(true);
      expect(validateTemplate(template)).toEqual(template);
    }
  });

  it('has unique keys and ids, and the expected core surveys', () => {
    const keys = SHIPPED_TEMPLATES.map((template) => template.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(SHIPPED_TEMPLATES.map((template) => template.id)).size).toBe(keys.length);
    const trust = findShippedTemplate('trust-between-agencies');
    expect(trust.questions.map((question) => question.text)).toContain(
      'I trust colleagues in other agencies to act on information I share',
    );
    expect(findShippedTemplate('early-help-confidence').questions[0]?.text).toMatch(/CAF \/ early help/);
    expect(
      findShippedTemplate('information-sharing').questions.some((question) => question.type === 'choice'),
    ).toBe(true);
    const recommend: SurveyTemplate = findShippedTemplate('recommend-forum');
    expect(recommend.questions[0]?.type).toBe('scale10');
  });

  it('keeps question ids stable (trends depend on them)', () => {
    expect(findShippedTemplate('trust-between-agencies').questions.map((question) => question.id)).toEqual([
      'trust-act-on-info',
      'know-who-to-contact',
      'agency-engaged',
      'forum-helps',
      'trust-comment',
    ]);
  });

  it('says which templates exist when asked for an unknown one', () => {
    const error = errorOf(() => findShippedTemplate('nope'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/trust-between-agencies/);
  });
});
