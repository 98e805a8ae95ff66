// The headline a partnership board asks for: the share of favourable answers per question and
// overall, with the change in points since the previous run ("76% agree, up 8 points since March
// 2026"). Works only from released `RunResults`, so it can show nothing the results hide.
import type { QuestionType, RunResults, SurveyQuestion, SurveyTemplate } from './types.ts';

/** One run's results with the label the headline names it by, e.g. "March 2026". */
export interface HeadlineRun {
  label: string;
  results: RunResults;
}

/** The favourable share of one question now and in the previous run. */
export interface QuestionHeadline {
  questionId: string;
  type: QuestionType;
  text: string;
  /** Whole percent favourable, or null when the question is hidden or nobody answered. */
  favourable: number | null;
  /** How many answered it; null when hidden. */
  n: number | null;
  /** The previous run's whole percent favourable, when it was shown. */
  previous: number | null;
  /** `favourable - previous` in points, when both are known. */
  change: number | null;
  /** e.g. "76% agree, up 8 points since March 2026". */
  sentence: string | null;
}

/** Favourable answers pooled over every shown scored question. */
export interface OverallHeadline {
  favourable: number;
  answers: number;
  previous: number | null;
  change: number | null;
  sentence: string;
}

export interface Headline {
  questions: QuestionHeadline[];
  /** Null when no scored question is shown. */
  overall: OverallHeadline | null;
  /** Label of the run compared with, when there is one. */
  previousLabel?: string;
}

/** Which answers count as favourable: agree and strongly agree; 7 to 10 on a 0–10 scale. */
const FAVOURABLE: Partial<Record<QuestionType, { keys: string[]; words: string }>> = {
  agree5: { keys: ['4', '5'], words: 'agree' },
  scale10: { keys: ['7', '8', '9', '10'], words: 'scored 7 or more' },
};

interface Counted {
  favourable: number;
  n: number;
}

function countFavourable(results: RunResults, question: SurveyQuestion): Counted | null {
  const rule = FAVOURABLE[question.type];
  const result = results.questions.find((entry) => entry.questionId === question.id);
  if (!rule || results.suppressed || !result || result.suppressed || !result.distribution) return null;
  const n = Object.values(result.distribution).reduce((sum, count) => sum + count, 0);
  if (n === 0) return null;
  const favourable = rule.keys.reduce((sum, key) => sum + (result.distribution?.[key] ?? 0), 0);
  return { favourable, n };
}

const percentOf = (counted: Counted | null): number | null =>
  counted === null ? null : Math.round((counted.favourable / counted.n) * 100);

/** "up 8 points since March 2026", "down 1 point since …", "no change since …". */
export function describeChange(change: number, since: string): string {
  if (change === 0) return `no change since ${since}`;
  const points = Math.abs(change);
  return `${change > 0 ? 'up' : 'down'} ${points} ${points === 1 ? 'point' : 'points'} since ${since}`;
}

function sentenceOf(percent: number, words: string, change: number | null, since?: string): string {
  const head = `${percent}% ${words}`;
  return change === null || since === undefined ? head : `${head}, ${describeChange(change, since)}`;
}

function pool(counts: (Counted | null)[]): Counted | null {
  const shown = counts.filter((entry): entry is Counted => entry !== null);
  if (shown.length === 0) return null;
  return shown.reduce((sum, entry) => ({
    favourable: sum.favourable + entry.favourable,
    n: sum.n + entry.n,
  }));
}

/**
 * The headline of a run: per agree5 and scale10 question the whole percent of favourable answers
 * (agree or strongly agree; 7 to 10), pooled over those questions for the overall figure, each with
 * the change in points since `previous` where the same question was shown there. Percentages are
 * rounded before subtracting, so the change always matches the two figures a reader sees.
 */
export function computeHeadline(
  template: SurveyTemplate,
  current: RunResults,
  previous?: HeadlineRun,
): Headline {
  const scored = template.questions.filter((question) => FAVOURABLE[question.type] !== undefined);
  const nowCounts = scored.map((question) => countFavourable(current, question));
  const previousQuestions = previous?.results
    ? scored.map((question) => countFavourable(previous.results, question))
    : [];
  const since = previous?.label;
  const questions = scored.map((question, index): QuestionHeadline => {
    const counted = nowCounts[index] ?? null;
    const favourable = percentOf(counted);
    const before = percentOf(previousQuestions[index] ?? null);
    const change = favourable !== null && before !== null ? favourable - before : null;
    return {
      questionId: question.id,
      type: question.type,
      text: question.text,
      favourable,
      n: counted?.n ?? null,
      previous: before,
      change,
      sentence:
        favourable === null
          ? null
          : sentenceOf(favourable, FAVOURABLE[question.type]?.words ?? '', change, since),
    };
  });
  const overallNow = pool(nowCounts);
  // The overall change compares like with like: only questions shown in both runs.
  const both = scored.map((_, index) => nowCounts[index] !== null && previousQuestions[index] != null);
  const overallThen = pool(previousQuestions.filter((_, index) => both[index]));
  const overallNowSame = pool(nowCounts.filter((_, index) => both[index]));
  let overall: OverallHeadline | null = null;
  if (overallNow !== null) {
    const favourable = percentOf(overallNow) ?? 0;
    const previousPercent = percentOf(overallThen);
    const samePercent = percentOf(overallNowSame);
    const change = previousPercent !== null && samePercent !== null ? samePercent - previousPercent : null;
    overall = {
      favourable,
      answers: overallNow.n,
      previous: previousPercent,
      change,
      sentence: sentenceOf(favourable, 'favourable overall', change, since),
    };
  }
  return { questions, overall, ...(since !== undefined ? { previousLabel: since } : {}) };
}
