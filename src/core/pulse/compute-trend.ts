// Follows each scored question's mean across runs for the partnership board. A suppressed run stays
// in the series as a gap rather than being dropped, so the board sees that a run happened.
import type { QuestionType, RunResults } from './types.ts';

/** One closed run to place on the trend. */
export interface TrendRunInput {
  runId: string;
  /** Short label for the run, e.g. "Mar 2026" or "Spring term". */
  label: string;
  closedAt: Date;
  results: RunResults;
}

/** One run's point on a question's series. */
export interface TrendPoint {
  runId: string;
  label: string;
  closedAt: Date;
  /** Null when the question (or the run) was suppressed, or the question was not asked. */
  mean: number | null;
  /** How many answered; null when the run was too small to say. */
  n: number | null;
  /** Mean minus the previous run's mean; null for the first run or when either side is null. */
  change: number | null;
}

/** The series of one question, oldest run first. */
export interface QuestionTrend {
  questionId: string;
  type: QuestionType;
  points: TrendPoint[];
}

/** Per-question series for agree5 and scale10 questions (the ones with a mean). */
export interface TrendResult {
  questions: QuestionTrend[];
}

/**
 * Builds a mean-over-time series per numeric question from closed runs (any order in, oldest first
 * out). Questions are matched by id, so a template edited between runs still lines up where its
 * questions kept their ids.
 */
export function computeTrend(runs: readonly TrendRunInput[]): TrendResult {
  const ordered = [...runs].sort((a, b) => a.closedAt.getTime() - b.closedAt.getTime());
  const questionOrder = new Map<string, QuestionType>();
  for (const run of ordered) {
    for (const question of run.results.questions) {
      if (
        (question.type === 'agree5' || question.type === 'scale10') &&
        !questionOrder.has(question.questionId)
      ) {
        questionOrder.set(question.questionId, question.type);
      }
    }
  }
  const questions = [...questionOrder].map(([questionId, type]) => {
    let previous: number | null = null;
    const points = ordered.map((run, index): TrendPoint => {
      const result = run.results.questions.find((question) => question.questionId === questionId);
      const mean = result && !result.suppressed && result.mean !== undefined ? result.mean : null;
      const change =
        index > 0 && mean !== null && previous !== null ? Math.round((mean - previous) * 100) / 100 : null;
      previous = mean;
      return {
        runId: run.runId,
        label: run.label,
        closedAt: run.closedAt,
        mean,
        n: result ? result.n : 0,
        change,
      };
    });
    return { questionId, type, points };
  });
  return { questions };
}
