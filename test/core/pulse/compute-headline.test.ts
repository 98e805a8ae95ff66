import { describe, expect, it } from 'vitest';
import { computeHeadline, describeChange } from '../../../src/core/pulse/compute-headline.ts';
import { computeRunResults } from '../../../src/core/pulse/index.ts';
import type { SurveyTemplate } from '../../../src/core/pulse/types.ts';
import { makeResponses, makeTemplate } from './make-pulse.ts';

const template: SurveyTemplate = makeTemplate({
  questions: [
    { id: 'q1', type: 'agree5', text: 'Trust between agencies increased', required: true },
    { id: 'q2', type: 'scale10', text: 'How likely are you to recommend the forum?', required: true },
    { id: 'q3', type: 'choice', text: 'Best format', options: ['Online', 'In person'], required: true },
  ],
});

/** `count` responses whose q1 is agree (4) for the first `agreeing`, disagree (2) after. */
function results(count: number, agreeing: number, promoters = count) {
  return computeRunResults(
    template,
    makeResponses('education', count, (index) => ({
      q1: index < agreeing ? (index % 2 === 0 ? 4 : 5) : 2,
      q2: index < promoters ? 9 : 3,
      q3: 'Online',
    })),
  );
}

describe('computeHeadline', () => {
  it('gives % agree (agree + strongly agree) per question with the change since the previous run', () => {
    const march = results(25, 17); // 68%
    const june = results(25, 19); // 76%
    const headline = computeHeadline(template, june, { label: 'March 2026', results: march });
    const q1 = headline.questions.find((q) => q.questionId === 'q1');
    expect(q1).toMatchObject({ favourable: 76, previous: 68, change: 8, n: 25 });
    expect(q1?.sentence).toBe('76% agree, up 8 points since March 2026');
    expect(headline.questions.map((q) => q.questionId)).toEqual(['q1', 'q2']);
  });

  it('pools favourable answers over scored questions for the overall figure', () => {
    const now = results(20, 10, 5); // q1 10/20, q2 5/20 => 15/40
    const headline = computeHeadline(template, now);
    expect(headline.overall).toMatchObject({ favourable: 38, answers: 40, change: null });
    expect(headline.overall?.sentence).toBe('38% favourable overall');
    expect(headline.questions[1]?.sentence).toBe('25% scored 7 or more');
  });

  it('says down and no change in plain words', () => {
    expect(describeChange(-1, 'May 2026')).toBe('down 1 point since May 2026');
    expect(describeChange(0, 'May 2026')).toBe('no change since May 2026');
    const headline = computeHeadline(template, results(10, 5), {
      label: 'May 2026',
      results: results(10, 5),
    });
    expect(headline.overall?.sentence).toBe('75% favourable overall, no change since May 2026');
  });

  it('shows nothing for a hidden run and compares nothing with a hidden previous run', () => {
    const tooSmall = results(3, 3);
    expect(computeHeadline(template, tooSmall)).toMatchObject({ overall: null });
    expect(computeHeadline(template, tooSmall).questions[0]?.sentence).toBeNull();
    const headline = computeHeadline(template, results(10, 10), { label: 'May 2026', results: tooSmall });
    expect(headline.questions[0]).toMatchObject({ favourable: 100, previous: null, change: null });
    expect(headline.questions[0]?.sentence).toBe('100% agree');
  });
});
