import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarOccurrence, PlannedOccurrence } from '../../../src/core/forums/index.ts';
import { buildForumCalendar, buildVtimezone, planRota } from '../../../src/core/forums/index.ts';
import { isAppError } from '../../../src/core/shared/errors.ts';
import { makeAgencies, makeSeries } from './make-forum.ts';

const options = {
  prodId: '//joinedup//forums//EN',
  domain: 'joinedup.example.org',
  now: new Date('2026-01-02T10:00:00Z'),
};
const series = makeSeries();
const plan = planRota(series, makeAgencies(), [], '2026-01-01', 3); // 13 Jan (GMT), 10 Mar (GMT), 12 May (BST)

function toCalendarOccurrence(occurrence: PlannedOccurrence, i: number): CalendarOccurrence {
  return {
    id: `occ-${occurrence.originalDate}`,
    sequence: i,
    date: occurrence.date,
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    hostName: occurrence.hostName,
    status: i === 1 ? 'cancelled' : 'confirmed',
    ...(i === 0 ? { venue: 'Oakfield Primary, School Hall', agendaUrl: 'https://example.org/agenda/1' } : {}),
  };
}

/** Unfolds lines and returns the VEVENTs as property maps (name with parameters -> value). */
function parseEvents(ics: string): Map<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return events;
}

afterEach(() => {
  delete process.env.TZ;
});

describe('buildForumCalendar', () => {
  const ics = buildForumCalendar(series, plan.map(toCalendarOccurrence), options);
  const events = parseEvents(ics);

  it('writes one event per occurrence with a stable UID and the caller’s SEQUENCE', () => {
    expect(events.map((event) => event.get('UID'))).toEqual([
      'occ-2026-01-13@joinedup.example.org',
      'occ-2026-03-10@joinedup.example.org',
      'occ-2026-05-12@joinedup.example.org',
    ]);
    expect(events.map((event) => event.get('SEQUENCE'))).toEqual(['0', '1', '2']);
  });

  it('writes local start and end times with TZID, 13:30 in winter and in summer', () => {
    expect(events.map((event) => event.get('DTSTART;TZID=Europe/London'))).toEqual([
      '20260113T133000',
      '20260310T133000',
      '20260512T133000',
    ]);
    expect(events[2]?.get('DTEND;TZID=Europe/London')).toBe('20260512T153000');
    expect(events[0]?.get('DTSTAMP')).toBe('20260102T100000Z');
  });

  it('marks cancellations with STATUS:CANCELLED and keeps them in a PUBLISH feed', () => {
    expect(ics).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(events.map((event) => event.get('STATUS'))).toEqual(['CONFIRMED', 'CANCELLED', 'CONFIRMED']);
    expect(events[1]?.get('SUMMARY')).toBe(
      "Cancelled: CAF Practitioners' Forum (hosted by Riverside Health Centre)",
    );
    expect(events[0]?.get('SUMMARY')).toBe("CAF Practitioners' Forum (hosted by Oakfield Primary)");
  });

  it('escapes text and folds long lines', () => {
    expect(events[0]?.get('LOCATION')).toBe('Oakfield Primary\\, School Hall');
    expect(events[0]?.get('URL;VALUE=URI')).toBe('https://example.org/agenda/1');
    expect(events[0]?.get('DESCRIPTION')).toContain('Agenda: https://example.org/agenda/1');
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('includes one VTIMEZONE for Europe/London with the BST and GMT rules Outlook expects', () => {
    expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    const zone = ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE'));
    expect(zone).toContain('TZID:Europe/London');
    expect(zone).toContain(
      'BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:20250330T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT',
    );
    expect(zone).toContain(
      'BEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:20251026T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD',
    );
    expect(ics.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(ics.indexOf('BEGIN:VEVENT'));
  });

  it('gives the same output whatever the server’s own time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(new Date('2026-01-13T13:30:00Z').getHours()).toBe(5);
      expect(buildForumCalendar(series, plan.map(toCalendarOccurrence), options)).toBe(ics);
    } finally {
      // Workers run many files in one process: the next file must not inherit this zone.
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('writes a cancellation notice with METHOD:CANCEL and an organizer', () => {
    const cancelled = {
      ...toCalendarOccurrence(plan[2] as PlannedOccurrence, 2),
      status: 'cancelled' as const,
      sequence: 3,
    };
    const notice = buildForumCalendar(series, [cancelled], {
      ...options,
      method: 'CANCEL',
      organizer: { name: 'CAF Coordinator', email: 'caf@example.org' },
    });
    expect(notice).toContain('\r\nMETHOD:CANCEL\r\n');
    const [event] = parseEvents(notice);
    expect(event?.get('STATUS')).toBe('CANCELLED');
    expect(event?.get('SEQUENCE')).toBe('3');
    expect(event?.get('UID')).toBe('occ-2026-05-12@joinedup.example.org');
    expect(event?.get('ORGANIZER;CN="CAF Coordinator"')).toBe('mailto:caf@example.org');
  });

  it('rejects inconsistent input with BAD_INPUT', () => {
    const occurrences = plan.map(toCalendarOccurrence);
    const calls = [
      () =>
        buildForumCalendar(series, occurrences, {
          ...options,
          method: 'CANCEL',
          organizer: { name: 'C', email: 'c@x.org' },
        }),
      () =>
        buildForumCalendar(series, [{ ...(occurrences[1] as CalendarOccurrence) }], {
          ...options,
          method: 'CANCEL',
        }),
      () =>
        buildForumCalendar(
          series,
          [occurrences[0] as CalendarOccurrence, occurrences[0] as CalendarOccurrence],
          options,
        ),
      () =>
        buildForumCalendar(series, [{ ...(occurrences[0] as CalendarOccurrence), sequence: -1 }], options),
      () =>
        buildForumCalendar(
          series,
          [
            {
              ...(occurrences[0] as CalendarOccurrence),
              endsAt: (occurrences[0] as CalendarOccurrence).startsAt,
            },
          ],
          options,
        ),
      () => buildForumCalendar(series, occurrences, { ...options, domain: 'not a domain' }),
    ];
    for (const call of calls) {
      try {
        call();
        throw new Error('expected BAD_INPUT');
      } catch (error) {
        expect(isAppError(error, 'BAD_INPUT'), String(error)).toBe(true);
      }
    }
  });

  it('writes an empty but valid calendar for a forum with no meetings', () => {
    const empty = buildForumCalendar(series, [], options);
    expect(empty.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//joinedup//forums//EN')).toBe(true);
    expect(empty.endsWith('END:VCALENDAR')).toBe(true);
    expect(empty).not.toContain('VEVENT');
  });

  it('uses the forum’s own zone when it is not London', () => {
    const newYork = makeSeries({ timeZone: 'America/New_York', startTime: '10:00' });
    const occurrences = planRota(newYork, makeAgencies(), [], '2026-01-01', 1).map(toCalendarOccurrence);
    const text = buildForumCalendar(newYork, occurrences, options);
    expect(parseEvents(text)[0]?.get('DTSTART;TZID=America/New_York')).toBe('20260113T100000');
    expect(text).toContain('TZID:America/New_York');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
  });
});

describe('buildVtimezone', () => {
  it('writes a single STANDARD block for a zone without daylight saving', () => {
    expect(buildVtimezone('Asia/Kolkata', 2026, 2026)).toBe(
      [
        'BEGIN:VTIMEZONE',
        'TZID:Asia/Kolkata',
        'BEGIN:STANDARD',
        'TZOFFSETFROM:+0530',
        'TZOFFSETTO:+0530',
        'DTSTART:19700101T000000',
        'END:STANDARD',
        'END:VTIMEZONE',
      ].join('\r\n'),
    );
  });

  it('uses the southern hemisphere’s rules for Sydney', () => {
    const sydney = buildVtimezone('Australia/Sydney', 2026, 2027);
    expect(sydney).toContain('TZOFFSETFROM:+1100\r\nTZOFFSETTO:+1000');
    expect(sydney).toContain('RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU');
    expect(sydney).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU');
  });
});
