import { planRota } from './plan-rota.ts';
import type { Agency, ForumSeries, HostingEvent, PlannedOccurrence } from './types.ts';

/** A meeting already in the stored plan: its cadence date, its host and why. */
export type KeptMeeting = Pick<PlannedOccurrence, 'originalDate' | 'hostAgencyId' | 'reason'>;

/**
 * Re-plans the horizon without disturbing what is already planned: every meeting in `kept` keeps
 * its host unless `change` (the events of the change being made now: a swap, override, deferral or
 * absence) names its date, or its host has left the forum or cannot take the date. New dates
 * beyond the stored plan are chosen by the rota, which (each choice counting as a turn) evens the
 * turns out again over the following meetings.
 *
 * `history` is the hosting history before `change`; the kept hosts sit between the two, so a new
 * change wins over the plan and the plan wins over older changes it already took into account.
 */
export function replanRota(
  series: ForumSeries,
  agencies: readonly Agency[],
  history: readonly HostingEvent[],
  kept: readonly KeptMeeting[],
  change: readonly HostingEvent[],
  fromDate: string,
  count: number = series.horizon,
): PlannedOccurrence[] {
  const pins = kept.map(
    (m): HostingEvent => ({
      occurrenceDate: m.originalDate,
      agencyId: m.hostAgencyId,
      kind: 'planned',
      note: m.reason,
    }),
  );
  return planRota(series, agencies, [...history, ...pins, ...change], fromDate, count);
}
