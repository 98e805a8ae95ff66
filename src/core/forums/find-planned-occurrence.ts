import { AppError } from '../shared/errors.ts';
import { formatLongDate, requireIsoDate } from './local-dates.ts';
import type { PlannedOccurrence } from './types.ts';

/** The index of the planned meeting on `date` (its date or, if moved, its cadence date). */
export function findPlannedOccurrence(plan: readonly PlannedOccurrence[], date: string): number {
  requireIsoDate(date, 'meeting date');
  let index = plan.findIndex((occurrence) => occurrence.date === date);
  if (index < 0) index = plan.findIndex((occurrence) => occurrence.originalDate === date);
  if (index < 0) {
    const dates = plan.map((occurrence) => occurrence.date).join(', ');
    throw new AppError(
      'NOT_FOUND',
      `There is no planned meeting on ${formatLongDate(date)}. Pick one of the planned dates${dates ? ` (${dates})` : ''}.`,
    );
  }
  return index;
}
