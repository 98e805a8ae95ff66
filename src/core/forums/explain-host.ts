import { findPlannedOccurrence } from './find-planned-occurrence.ts';
import type { PlannedOccurrence } from './types.ts';

/**
 * Answers "why is X hosting on this date?" from a plan: the deciding facts (waiting time, owed
 * turns, blackouts, swaps, overrides), plus any bank-holiday move. Throws NOT_FOUND for a date
 * that is not planned.
 */
export function explainHost(plan: readonly PlannedOccurrence[], date: string): string {
  const occurrence = plan[findPlannedOccurrence(plan, date)] as PlannedOccurrence;
  return occurrence.holidayFlag ? `${occurrence.reason} ${occurrence.holidayFlag}.` : occurrence.reason;
}
