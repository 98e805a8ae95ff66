// Suppression that holds across every release of a run, not just within one. A coordinator who
// keeps each release can subtract one from another, so besides the single-release rules (a group
// below the threshold is hidden; complementary suppression) the figures of consecutive releases
// must not differ by a handful of people:
// - a cell hidden in an earlier release stays hidden;
// - a shown cell whose count grew by 1 to min-1 since the last release is hidden from now on (its
//   new figures minus its old ones would be those few people's answers);
// - the hidden cells together must have gained 0 or at least `min` responses since the last
//   release (the total minus the shown cells, then and now, gives their combined change), so more
//   cells are hidden until they have.
import type { SuppressionReason } from './types.ts';

/**
 * Hides groups until the hidden ones cannot be told apart by subtraction from the total: either
 * none is hidden, or at least two are and together they hold at least `min`. Groups with a count of
 * zero neither need protecting nor protect anyone. Mutates `hidden`.
 */
export function applyComplementarySuppression(
  counts: readonly number[],
  hidden: (SuppressionReason | undefined)[],
  min: number,
): void {
  for (;;) {
    let hiddenGroups = 0;
    let hiddenTotal = 0;
    let smallest = -1;
    counts.forEach((count, index) => {
      if (count === 0) return;
      if (hidden[index] !== undefined) {
        hiddenGroups += 1;
        hiddenTotal += count;
      } else if (smallest === -1 || count < (counts[smallest] ?? 0)) {
        smallest = index;
      }
    });
    if (hiddenGroups === 0 || (hiddenGroups >= 2 && hiddenTotal >= min) || smallest === -1) return;
    hidden[smallest] = 'protects-smaller-group';
  }
}

/** One cell (a group, a question, a group's answers to a question) as it stood at the last release. */
export interface CellHistory {
  n: number;
  hidden: boolean;
}

/**
 * Decides which of `counts` to hide, given the same cells' history (undefined for a cell never
 * released, or for a first release). Mutates `hidden`, which holds the single-release reasons.
 */
export function suppressAcrossReleases(
  counts: readonly number[],
  hidden: (SuppressionReason | undefined)[],
  history: readonly (CellHistory | undefined)[],
  min: number,
): void {
  const delta = (index: number) => (counts[index] ?? 0) - (history[index]?.n ?? 0);
  counts.forEach((count, index) => {
    const before = history[index];
    if (count === 0 || hidden[index] !== undefined || !before) return;
    const grown = Math.abs(delta(index));
    if (before.hidden || (grown > 0 && grown < min)) hidden[index] = 'protects-smaller-group';
  });
  for (;;) {
    applyComplementarySuppression(counts, hidden, min);
    let change = 0;
    counts.forEach((_, index) => {
      if (hidden[index] !== undefined) change += delta(index);
    });
    if (change === 0 || Math.abs(change) >= min) return;
    // Hide the smallest shown cell that changed, until the hidden cells' change is safe.
    let next = -1;
    counts.forEach((count, index) => {
      if (hidden[index] !== undefined || delta(index) === 0) return;
      if (next === -1 || count < (counts[next] ?? 0)) next = index;
    });
    if (next === -1) return;
    hidden[next] = 'protects-smaller-group';
  }
}
