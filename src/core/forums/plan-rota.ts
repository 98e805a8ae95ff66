import { applyHolidayRule } from './apply-holiday-rule.ts';
import { listMeetingDates } from './list-meeting-dates.ts';
import { requireIsoDate } from './local-dates.ts';
import { RotationPlanner } from './rotation-state.ts';
import { meetingStartInstant } from './to-instant.ts';
import type { Agency, ForumSeries, HostingEvent, PlannedOccurrence } from './types.ts';

const MINUTE_MS = 60_000;

/**
 * Plans the next `count` meetings (the series' horizon unless given) on or after `fromDate`: each
 * date after the holiday rule, its start and end instants, and its host with the reason. Hosts are
 * chosen in date order as `chooseNextHost` would, each planned host counting as a provisional
 * turn for the meetings after it. Swaps and overrides already in `history` for a planned date are
 * kept, so re-planning after a change gives the same answer.
 *
 * Throws BAD_INPUT when a meeting has no possible host.
 */
export function planRota(
  series: ForumSeries,
  agencies: readonly Agency[],
  history: readonly HostingEvent[],
  fromDate: string,
  count: number = series.horizon,
): PlannedOccurrence[] {
  requireIsoDate(fromDate, 'from date');
  const planner = new RotationPlanner(agencies, history);
  const plan: PlannedOccurrence[] = [];
  for (const originalDate of listMeetingDates(series, fromDate, count)) {
    const { date, holidayFlag } = applyHolidayRule(series, originalDate);
    const choice = planner.choose(date, originalDate);
    const startsAt = meetingStartInstant(date, series.startTime, series.timeZone);
    const occurrence: PlannedOccurrence = {
      date,
      originalDate,
      startsAt,
      endsAt: new Date(startsAt.getTime() + series.durationMinutes * MINUTE_MS),
      hostAgencyId: choice.agencyId,
      hostName: planner.agencyName(choice.agencyId),
      reason: choice.reason,
    };
    if (holidayFlag !== undefined) occurrence.holidayFlag = holidayFlag;
    plan.push(occurrence);
  }
  return plan;
}
