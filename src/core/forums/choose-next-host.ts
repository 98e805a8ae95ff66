import { requireIsoDate } from './local-dates.ts';
import { RotationPlanner } from './rotation-state.ts';
import type { Agency, HostChoice, HostingEvent } from './types.ts';

/**
 * Chooses the host of the meeting on `date`, fairly between agencies:
 * 1. only active agencies that can host and are not blacked out on the date (nor deferred or
 *    absent for it) are eligible;
 * 2. an agency owed a turn after a deferral goes first (earliest deferral first); record a
 *    deferral only for the agency that was due to host;
 * 3. otherwise the agency that has waited longest since its last turn; one that has never hosted
 *    has waited longest of all, and among those the earliest to join (`agencies` order) goes first;
 * 4. then the fewest turns taken, then the name.
 * An `absent` event counts as the agency's turn (it passes on), a `skipped` meeting changes
 * nothing, and a swap, override or recorded host for the date fixes its host. An agency already
 * fixed as host of a later date is chosen for an earlier one only if nobody else can host.
 *
 * Throws BAD_INPUT when no agency can host.
 */
export function chooseNextHost(
  agencies: readonly Agency[],
  history: readonly HostingEvent[],
  date: string,
): HostChoice {
  requireIsoDate(date, 'meeting date');
  return new RotationPlanner(agencies, history).choose(date);
}
