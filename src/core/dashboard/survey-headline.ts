// The headline a partnership board asks for: the share of favourable answers ("agree" or
// "strongly agree") to a survey's agree-scale questions, and how it moved since the last run.
// Read only from anonymity-safe results: a suppressed question or run adds nothing.
import type { QuestionResult, RunResults } from '../pulse/types.ts';

const FAVOURABLE = ['4', '5'];

/** Favourable answers and everyone who answered one agree5 question; null when it is hidden. */
function favourableCounts(result: QuestionResult): { favourable: number; n: number } | null {
  if (result.type !== 'agree5' || result.suppressed || !result.distribution) return null;
  const n = Object.values(result.distribution).reduce((sum, count) => sum + count, 0);
  if (n === 0) return null;
  const favourable = FAVOURABLE.reduce((sum, key) => sum + (result.distribution?.[key] ?? 0), 0);
  return { favourable, n };
}

/** % favourable (0 to 1) of one question's shown answers; undefined when hidden or not agree5. */
export function favourableShareOf(result: QuestionResult): number | undefined {
  const counts = favourableCounts(result);
  return counts ? counts.favourable / counts.n : undefined;
}

/** % favourable (0 to 1) over every shown agree5 answer of a run; undefined when none is shown. */
export function favourableShare(results: RunResults): number | undefined {
  if (results.suppressed) return undefined;
  let favourable = 0;
  let n = 0;
  for (const question of results.questions) {
    const counts = favourableCounts(question);
    if (!counts) continue;
    favourable += counts.favourable;
    n += counts.n;
  }
  return n > 0 ? favourable / n : undefined;
}

/** Whole percentage points from a 0-1 share. */
export const toPoints = (share: number) => Math.round(share * 100);

/** The change in whole points between two shares; undefined when either is missing. */
export function changeInPoints(latest: number | undefined, previous: number | undefined): number | undefined {
  return latest === undefined || previous === undefined ? undefined : toPoints(latest) - toPoints(previous);
}
