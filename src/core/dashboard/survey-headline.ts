// The share of favourable answers ("agree" or "strongly agree") within one question's shown
// results, as the heatmap needs it per sector group (the run's headline is `computeHeadline`).
// Read only from anonymity-safe results: a suppressed question adds nothing.
import type { QuestionResult } from '../pulse/types.ts';

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
