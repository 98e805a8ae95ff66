import { AppError } from '../shared/errors.ts';
import { checkHostCanTake } from './check-host-can-take.ts';
import { findPlannedOccurrence } from './find-planned-occurrence.ts';
import { formatLongDate, formatShortDate } from './local-dates.ts';
import { describePinnedHost } from './rotation-state.ts';
import type { Agency, HostingEvent, PlannedOccurrence, RotaChange } from './types.ts';

/** Who asked for the change, and the agencies to check the swap against. */
export interface RotaChangeOptions {
  /** When given, each host is checked against its new date (active, can host, not blacked out). */
  agencies?: readonly Agency[];
  byUserId?: string;
}

/**
 * Swaps the hosts of two planned meetings. Returns the new plan (the input is not changed) and one
 * `swapped` event per date to append to the history; `planRota` keeps those pins when it re-plans.
 * Throws NOT_FOUND for a date that is not planned, BAD_INPUT for a swap that changes nothing or
 * puts a host on a date it cannot take.
 */
export function swapHosts(
  plan: readonly PlannedOccurrence[],
  dateA: string,
  dateB: string,
  options: RotaChangeOptions = {},
): RotaChange {
  const indexA = findPlannedOccurrence(plan, dateA);
  const indexB = findPlannedOccurrence(plan, dateB);
  const a = plan[indexA] as PlannedOccurrence;
  const b = plan[indexB] as PlannedOccurrence;
  if (indexA === indexB) throw new AppError('BAD_INPUT', 'Pick two different meetings to swap.');
  if (a.hostAgencyId === b.hostAgencyId) {
    throw new AppError(
      'BAD_INPUT',
      `${a.hostName} hosts both ${formatLongDate(a.date)} and ${formatLongDate(b.date)}, so swapping changes nothing. Pick a meeting with another host.`,
    );
  }
  if (options.agencies) {
    const then = 'Pick another meeting to swap with, or change the blackout dates first.';
    checkHostCanTake(options.agencies, b.hostAgencyId, a.date, then);
    checkHostCanTake(options.agencies, a.hostAgencyId, b.date, then);
  }
  const by = options.byUserId === undefined ? {} : { byUserId: options.byUserId };
  const intoA: HostingEvent = {
    occurrenceDate: a.date,
    agencyId: b.hostAgencyId,
    kind: 'swapped',
    note: `swapped with ${a.hostName}, who now hosts on ${formatShortDate(b.date)}`,
    ...by,
  };
  const intoB: HostingEvent = {
    occurrenceDate: b.date,
    agencyId: a.hostAgencyId,
    kind: 'swapped',
    note: `swapped with ${b.hostName}, who now hosts on ${formatShortDate(a.date)}`,
    ...by,
  };
  const next = [...plan];
  next[indexA] = {
    ...a,
    hostAgencyId: b.hostAgencyId,
    hostName: b.hostName,
    reason: `${describePinnedHost(b.hostName, intoA, a.date)}.`,
  };
  next[indexB] = {
    ...b,
    hostAgencyId: a.hostAgencyId,
    hostName: a.hostName,
    reason: `${describePinnedHost(a.hostName, intoB, b.date)}.`,
  };
  return { plan: next, events: [intoA, intoB] };
}
