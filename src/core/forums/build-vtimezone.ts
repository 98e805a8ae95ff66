// A VTIMEZONE for one IANA zone, worked out from luxon's offsets. Outlook resolves a TZID only
// through a VTIMEZONE in the same file, and it reads yearly RRULE transitions best, so each kind of
// change ("last Sunday of March at 01:00") becomes one STANDARD or DAYLIGHT block with a YEARLY
// rule, as Outlook itself exports. Changes that follow no yearly pattern get one block each.
import { IANAZone } from 'luxon';
import { daysInMonth } from './local-dates.ts';
import { listZoneTransitions, type ZoneTransition, zoneOffsetMinutes } from './zone-offsets.ts';

const MINUTE_MS = 60_000;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

interface LocalTransition extends ZoneTransition {
  year: number;
  month: number;
  day: number;
  weekday: string;
  /** Wall-clock time of the change, read with the old offset: 'HHmmss'. */
  time: string;
  /** 'YYYYMMDDTHHmmss', local, as DTSTART needs. */
  local: string;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}

function toLocal(transition: ZoneTransition): LocalTransition {
  const wall = new Date(transition.at + transition.offsetBefore * MINUTE_MS);
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth() + 1;
  const day = wall.getUTCDate();
  const time = `${pad(wall.getUTCHours())}${pad(wall.getUTCMinutes())}${pad(wall.getUTCSeconds())}`;
  return {
    ...transition,
    year,
    month,
    day,
    weekday: DAYS[(wall.getUTCDay() + 6) % 7] as string,
    time,
    local: `${pad(year, 4)}${pad(month)}${pad(day)}T${time}`,
  };
}

/** 'BST', 'EDT'... Intl only knows some abbreviations per locale; a bare 'GMT+9' is left out. */
function abbreviation(zone: IANAZone, at: number): string | undefined {
  for (const locale of ['en-GB', 'en-US']) {
    const name = zone.offsetName(at, { format: 'short', locale });
    if (name && !/^(GMT|UTC)[+-]/.test(name)) return name;
  }
  return undefined;
}

function block(
  zone: IANAZone,
  transition: ZoneTransition,
  dtstart: string,
  rule: string | undefined,
): string[] {
  const kind = transition.offsetAfter > transition.offsetBefore ? 'DAYLIGHT' : 'STANDARD';
  const name = abbreviation(zone, transition.at);
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${formatOffset(transition.offsetBefore)}`,
    `TZOFFSETTO:${formatOffset(transition.offsetAfter)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `DTSTART:${dtstart}`,
    ...(rule ? [rule] : []),
    `END:${kind}`,
  ];
}

/** The BYDAY value that fits every change in the group ('-1SU', '2SU'), or undefined. */
function commonByDay(group: readonly LocalTransition[]): string | undefined {
  const first = group[0] as LocalTransition;
  if (group.every((t) => t.day + 7 > daysInMonth(t.year, t.month))) return `-1${first.weekday}`;
  const nth = Math.ceil(first.day / 7);
  return group.every((t) => Math.ceil(t.day / 7) === nth) ? `${nth}${first.weekday}` : undefined;
}

/**
 * A VTIMEZONE component for `zoneName` covering the years `fromYear` to `toYear`. The year before
 * is included too, so the offset in force on 1 January of `fromYear` is defined.
 */
export function buildVtimezone(zoneName: string, fromYear: number, toYear: number): string {
  const zone = IANAZone.create(zoneName);
  const start = Date.UTC(fromYear - 1, 0, 1);
  const transitions = listZoneTransitions(zoneName, start, Date.UTC(toYear + 1, 0, 1)).map(toLocal);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zoneName}`];
  if (transitions.length === 0) {
    const offset = zoneOffsetMinutes(zoneName, start);
    lines.push(
      ...block(zone, { at: start, offsetBefore: offset, offsetAfter: offset }, '19700101T000000', undefined),
    );
  } else {
    const groups = new Map<string, LocalTransition[]>();
    for (const transition of transitions) {
      const key = [
        transition.offsetBefore,
        transition.offsetAfter,
        transition.month,
        transition.weekday,
        transition.time,
      ];
      const group = groups.get(key.join('|')) ?? [];
      group.push(transition);
      groups.set(key.join('|'), group);
    }
    for (const group of groups.values()) {
      const first = group[0] as LocalTransition;
      const yearly = group.every((t, i) => t.year === first.year + i);
      const byDay = yearly ? commonByDay(group) : undefined;
      if (byDay) {
        lines.push(
          ...block(zone, first, first.local, `RRULE:FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${byDay}`),
        );
      } else {
        for (const transition of group) lines.push(...block(zone, transition, transition.local, undefined));
      }
    }
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
