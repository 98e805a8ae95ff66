import { AppError } from '../shared/errors.ts';
import { checkHostCanTake } from './check-host-can-take.ts';
import { findPlannedOccurrence } from './find-planned-occurrence.ts';
import { formatLongDate } from './local-dates.ts';
import { describePinnedHost } from './rotation-state.ts';
import type { Agency, HostingEvent, PlannedOccurrence, RotaChange } from './types.ts';

/**
 * A coordinator sets the host of one planned meeting. Returns the new plan (the input is not
 * changed) and the `override` event to append to the history. Only that date changes here: the
 * agency it displaced has still waited longest, so re-running `planRota` with the event appended
 * gives it the next turn and keeps the override. Pass `agencies` to check the new host can take the
 * date and to show its name. Permission checks (coordinator only) belong to the caller.
 */
export function applyOverride(
  plan: readonly PlannedOccurrence[],
  date: string,
  agencyId: string,
  byUserId: string,
  agencies?: readonly Agency[],
): RotaChange {
  if (typeof byUserId !== 'string' || byUserId.trim() === '') {
    throw new AppError('BAD_INPUT', 'An override needs the id of the person making it.');
  }
  const index = findPlannedOccurrence(plan, date);
  const occurrence = plan[index] as PlannedOccurrence;
  if (occurrence.hostAgencyId === agencyId) {
    throw new AppError(
      'BAD_INPUT',
      `${occurrence.hostName} already hosts on ${formatLongDate(occurrence.date)}. Pick a different agency to change the host.`,
    );
  }
  const name = agencies
    ? checkHostCanTake(
        agencies,
        agencyId,
        occurrence.date,
        'Pick another agency or change its settings first.',
      ).name
    : agencyId;
  const event: HostingEvent = {
    occurrenceDate: occurrence.date,
    agencyId,
    kind: 'override',
    byUserId,
    note: `replacing ${occurrence.hostName}`,
  };
  const next = [...plan];
  next[index] = {
    ...occurrence,
    hostAgencyId: agencyId,
    hostName: name,
    reason: `${describePinnedHost(name, event, occurrence.date)}.`,
  };
  return { plan: next, events: [event] };
}
