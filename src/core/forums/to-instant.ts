// Local wall-clock time to a UTC instant. The stated rules for the two clock changes a year:
// - a time that does not exist (01:30 on the March change day in London) moves forward by the
//   gap, to 02:30 BST, as luxon does;
// - a time that happens twice (01:30 on the October change day) means the earlier instant, in
//   BST. Luxon would pick the later one, so the choice is made here explicitly.
import { AppError } from '../shared/errors.ts';
import { requireIsoDate } from './local-dates.ts';
import { zoneOffsetMinutes } from './zone-offsets.ts';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Hours and minutes of a 24-hour 'HH:mm' time; throws BAD_INPUT for '25:00', '9:30' and the like. */
export function parseLocalTime(time: string): { hour: number; minute: number } {
  const match = typeof time === 'string' ? TIME.exec(time) : null;
  if (!match) {
    throw new AppError('BAD_INPUT', `"${String(time)}" is not a time. Use 24-hour HH:mm, e.g. 13:30.`);
  }
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The UTC instant of a local date and 'HH:mm' time in an IANA zone. */
export function meetingStartInstant(dateISO: string, time: string, timeZone: string): Date {
  const { year, month, day } = requireIsoDate(dateISO, 'meeting date');
  const { hour, minute } = parseLocalTime(time);
  // The wall-clock reading as if it were UTC; the real instant is that minus the zone's offset.
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetBefore = zoneOffsetMinutes(timeZone, wall - DAY_MS);
  const offsetAfter = zoneOffsetMinutes(timeZone, wall + DAY_MS);
  const early = wall - offsetBefore * MINUTE_MS;
  if (offsetBefore === offsetAfter) return new Date(early);
  const late = wall - offsetAfter * MINUTE_MS;
  const earlyFits = zoneOffsetMinutes(timeZone, early) === offsetBefore;
  const lateFits = zoneOffsetMinutes(timeZone, late) === offsetAfter;
  if (earlyFits && lateFits) return new Date(Math.min(early, late));
  if (lateFits) return new Date(late);
  // Either only the old offset fits, or the time is in the gap: read with the old offset it lands
  // after the change, shifted forward by the gap's length.
  return new Date(early);
}
