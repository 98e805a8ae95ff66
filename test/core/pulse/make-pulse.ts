// Builders for pulse tests: responses in bulk per sector, with answers chosen by a function of the
// response's position so tests can predict every count.
import type { Sector } from '../../../src/core/forums/types.ts';
import type { ResponseRecord, SurveyAnswer, SurveyTemplate } from '../../../src/core/pulse/index.ts';

let serial = 0;

export function makeResponse(sector: Sector, answers: Record<string, SurveyAnswer>): ResponseRecord {
  serial += 1;
  return {
    respondentKey: `respondent-key-${serial.toString(16).padStart(8, '0')}`,
    sector,
    answers,
    submittedAt: new Date(Date.UTC(2026, 2, 1, 9, 0, serial % 60)),
  };
}

/** `count` responses from one sector; `answer(i)` gives the i-th response's answers. */
export function makeResponses(
  sector: Sector,
  count: number,
  answer: (index: number) => Record<string, SurveyAnswer> = () => ({ q1: 4, q2: 3 }),
): ResponseRecord[] {
  return Array.from({ length: count }, (_, index) => makeResponse(sector, answer(index)));
}

/** A small template: two agree5 questions, an optional choice, and a comment. */
export function makeTemplate(overrides: Partial<SurveyTemplate> = {}): SurveyTemplate {
  return {
    id: 'tpl-test',
    key: 'test-survey',
    title: 'Test survey',
    description: 'For tests',
    shipped: false,
    questions: [
      { id: 'q1', type: 'agree5', text: 'I trust colleagues in other agencies', required: true },
      { id: 'q2', type: 'agree5', text: 'I know who to contact', required: true },
      {
        id: 'q3',
        type: 'choice',
        text: 'What gets in the way?',
        options: ['Consent', 'Systems', 'Time pressure', 'Time'],
        required: false,
      },
      { id: 'q4', type: 'comment', text: 'Anything else?', required: false },
    ],
    ...overrides,
  };
}
