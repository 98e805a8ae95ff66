// An iCalendar (.ics) file of a forum's meetings, for a subscription feed or a download.
//
// Times are written as local times with TZID=<the forum's zone> plus a VTIMEZONE generated from
// luxon (build-vtimezone.ts), not as UTC with Z: Outlook needs the VTIMEZONE to resolve the TZID,
// Google and Apple accept either, and a TZID keeps "13:30 London time" visible to people editing
// the event. ical-generator is given luxon DateTimes, because for a plain Date with a zone it
// would read the wall time in the server's own zone.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { AppError } from '../shared/errors.ts';
import { buildVtimezone } from './build-vtimezone.ts';
import type { ForumSeries } from './types.ts';

/** One meeting as the calendar shows it. */
export interface CalendarOccurrence {
  /** Stable across changes: the event's UID is `${id}@${domain}`. */
  id: string;
  /** Starts at 0; callers add one on every change (time, venue, host, cancellation). */
  sequence: number;
  date: string;
  startsAt: Date;
  endsAt: Date;
  venue?: string;
  hostName: string;
  status: 'confirmed' | 'cancelled';
  agendaUrl?: string;
}

/** Calendar-wide settings. */
export interface CalendarOptions {
  /** PRODID, e.g. '//joinedup//forums//EN'. */
  prodId: string;
  /** Domain for UIDs, e.g. 'joinedup.example.org'. */
  domain: string;
  /**
   * PUBLISH (default) for feeds and downloads: cancelled meetings stay in, marked
   * STATUS:CANCELLED with a higher SEQUENCE, so subscribed calendars grey them out or drop them.
   * CANCEL for a cancellation notice sent by email: every occurrence must be cancelled and an
   * organizer is required (RFC 5546).
   */
  method?: 'PUBLISH' | 'CANCEL';
  organizer?: { name: string; email: string };
  /** DTSTAMP; defaults to the current time. */
  now?: Date;
}

function checkInput(occurrences: readonly CalendarOccurrence[], options: CalendarOptions): void {
  if (!/^[A-Za-z0-9.-]+$/.test(options.domain ?? '')) {
    throw new AppError(
      'BAD_INPUT',
      `The calendar domain "${options.domain}" is not a domain name. Use e.g. joinedup.example.org.`,
    );
  }
  const ids = new Set<string>();
  for (const occurrence of occurrences) {
    if (!occurrence.id || ids.has(occurrence.id)) {
      throw new AppError(
        'BAD_INPUT',
        `Each meeting in a calendar needs its own id (got "${occurrence.id}" twice or empty).`,
      );
    }
    ids.add(occurrence.id);
    if (!Number.isInteger(occurrence.sequence) || occurrence.sequence < 0) {
      throw new AppError(
        'BAD_INPUT',
        `The meeting ${occurrence.id} has sequence ${occurrence.sequence}: use 0 or more.`,
      );
    }
    if (!(occurrence.endsAt.getTime() > occurrence.startsAt.getTime())) {
      throw new AppError('BAD_INPUT', `The meeting ${occurrence.id} ends before it starts. Check its times.`);
    }
  }
  if (options.method === 'CANCEL') {
    if (occurrences.some((occurrence) => occurrence.status !== 'cancelled')) {
      throw new AppError(
        'BAD_INPUT',
        'A cancellation notice can only contain cancelled meetings. Send the others as PUBLISH.',
      );
    }
    if (!options.organizer) {
      throw new AppError('BAD_INPUT', 'A cancellation notice needs an organizer (name and email).');
    }
  }
}

function describe(series: ForumSeries, occurrence: CalendarOccurrence): string {
  return [
    `${series.name}, hosted by ${occurrence.hostName}.`,
    ...(occurrence.status === 'cancelled' ? ['This meeting is cancelled.'] : []),
    ...(occurrence.agendaUrl ? [`Agenda: ${occurrence.agendaUrl}`] : []),
  ].join('\n');
}

/** The forum's meetings as an iCalendar string. */
export function buildForumCalendar(
  series: ForumSeries,
  occurrences: readonly CalendarOccurrence[],
  options: CalendarOptions,
): string {
  checkInput(occurrences, options);
  const zone = series.timeZone;
  const years = occurrences.map((occurrence) => occurrence.startsAt.getUTCFullYear());
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const calendar = ical({
    prodId: options.prodId,
    name: series.name,
    method: options.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone name: with one set, ical-generator writes DTSTAMP as a local time.
    timezone: {
      name: null,
      generator: (timezone) => (years.length > 0 ? buildVtimezone(timezone, firstYear, lastYear) : null),
    },
  });
  const stamp = options.now ?? new Date();
  for (const occurrence of occurrences) {
    const cancelled = occurrence.status === 'cancelled';
    calendar.createEvent({
      id: `${occurrence.id}@${options.domain}`,
      sequence: occurrence.sequence,
      stamp,
      start: DateTime.fromJSDate(occurrence.startsAt, { zone }),
      end: DateTime.fromJSDate(occurrence.endsAt, { zone }),
      timezone: zone,
      summary: `${cancelled ? 'Cancelled: ' : ''}${series.name} (hosted by ${occurrence.hostName})`,
      description: describe(series, occurrence),
      location: occurrence.venue ?? null,
      url: occurrence.agendaUrl ?? null,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: options.organizer ?? null,
    });
  }
  return calendar.toString();
}
