import { describe, expect, it } from 'vitest';
import { computeRunResults, computeTrend, type TrendRunInput } from '../../../src/core/pulse/index.ts';
import { makeResponses, makeTemplate } from './make-pulse.ts';

const template = makeTemplate();

function run(runId: string, label: string, month: number, count: number, q1: (index: number) => number) {
  return {
    runId,
    label,
    closedAt: new Date(Date.UTC(2026, month, 28)),
    results: computeRunResults(
      template,
      makeResponses('education', count, (index) => ({ q1: q1(index), q2: 3 })),
    ),
  } satisfies TrendRunInput;
}

describe('computeTrend', () => {
  const runs = [
    run('r4', 'Jul', 6, 10, (index) => (index < 5 ? 4 : 5)),
    run('r1', 'Jan', 0, 10, () => 3),
    run('r3', 'May', 4, 10, () => 4),
    run('r2', 'Mar', 2, 3, () => 5), // too small: suppressed
  ];
  const trend = computeTrend(runs);

  it('orders runs oldest first and keeps only questions with a mean', () => {
    expect(trend.questions.map((question) => question.questionId)).toEqual(['q1', 'q2']);
    expect(trend.questions[0]?.points.map((point) => point.label)).toEqual(['Jan', 'Mar', 'May', 'Jul']);
  });

  it('shows a suppressed run as a gap and gives no change on either side of it', () => {
    expect(
      trend.questions[0]?.points.map(({ label, mean, n, change }) => ({ label, mean, n, change })),
    ).toEqual([
      { label: 'Jan', mean: 3, n: 10, change: null },
      { label: 'Mar', mean: null, n: null, change: null },
      { label: 'May', mean: 4, n: 10, change: null },
      { label: 'Jul', mean: 4.5, n: 10, change: 0.5 },
    ]);
  });

  it('gives a null mean for a question a run did not ask, and falls when it falls', () => {
    const shorter = makeTemplate({
      questions: [{ id: 'q2', type: 'agree5', text: 'I know who to contact', required: true }],
    });
    const other: TrendRunInput = {
      runId: 'r5',
      label: 'Sep',
      closedAt: new Date(Date.UTC(2026, 8, 28)),
      results: computeRunResults(
        shorter,
        makeResponses('health', 6, () => ({ q2: 2 })),
      ),
    };
    const result = computeTrend([...runs, other]);
    const q1 = result.questions.find((question) => question.questionId === 'q1');
    const q2 = result.questions.find((question) => question.questionId === 'q2');
    expect(q1?.points.at(-1)).toMatchObject({ label: 'Sep', mean: null, n: 0, change: null });
    expect(q2?.points.at(-1)).toMatchObject({ mean: 2, change: -1 });
  });

  it('returns no questions for no runs', () => {
    expect(computeTrend([])).toEqual({ questions: [] });
  });
});
