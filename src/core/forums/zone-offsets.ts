// UTC offsets of an IANA zone, read from luxon once per zone and year and then looked up from a
// table. Asking Intl (through luxon) costs several microseconds a call, and planning thousands of
// forums converts hundreds of thousands of meeting times.
import { IANAZone } from 'luxon';
import { AppError } from '../shared/errors.ts';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** A change of UTC offset: from `at` (epoch ms) the zone is `offsetAfter` minutes ahead of UTC. */
export interface ZoneTransition {
  at: number;
  offsetBefore: number;
  offsetAfter: number;
}

interface YearTable {
  initialOffset: number;
  transitions: ZoneTransition[];
}

const zones = new Map<string, IANAZone>();
const tables = new Map<string, YearTable>();

function zoneFor(name: string): IANAZone {
  let zone = zones.get(name);
  if (!zone) {
    if (!IANAZone.isValidZone(name)) {
      throw new AppError(
        'BAD_INPUT',
        `"${name}" is not a time zone this server knows. Use an IANA name such as Europe/London.`,
      );
    }
    zone = IANAZone.create(name);
    zones.set(name, zone);
  }
  return zone;
}

/** Finds the first minute with the new offset between two instants whose offsets differ. */
function findTransition(zone: IANAZone, before: number, after: number): number {
  let low = before;
  let high = after;
  const lowOffset = zone.offset(low);
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (zone.offset(middle) === lowOffset) low = middle;
    else high = middle;
  }
  return high;
}

function yearTable(name: string, year: number): YearTable {
  const key = `${name}|${year}`;
  let table = tables.get(key);
  if (table) return table;
  const zone = zoneFor(name);
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const initialOffset = zone.offset(start);
  const transitions: ZoneTransition[] = [];
  // A daily sample finds every real change: no zone changes its offset twice within a day.
  let previousAt = start;
  let previousOffset = initialOffset;
  for (let at = start + DAY_MS; at <= end; at += DAY_MS) {
    const offset = zone.offset(at);
    if (offset !== previousOffset) {
      const changeAt = findTransition(zone, previousAt, at);
      if (changeAt < end)
        transitions.push({ at: changeAt, offsetBefore: previousOffset, offsetAfter: offset });
      previousOffset = offset;
    }
    previousAt = at;
  }
  table = { initialOffset, transitions };
  tables.set(key, table);
  return table;
}

/** Minutes the zone is ahead of UTC at an instant (60 for London in summer). */
let lastLookup: { zoneName: string; year: number; table: YearTable } | undefined;

export function zoneOffsetMinutes(zoneName: string, epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  // Planning converts runs of meetings in one zone and year; skip the key building for those.
  if (lastLookup?.zoneName !== zoneName || lastLookup.year !== year) {
    lastLookup = { zoneName, year, table: yearTable(zoneName, year) };
  }
  const table = lastLookup.table;
  let offset = table.initialOffset;
  for (const transition of table.transitions) {
    if (transition.at > epochMs) break;
    offset = transition.offsetAfter;
  }
  return offset;
}

/** Every offset change from `fromMs` (inclusive) to `toMs` (exclusive). */
export function listZoneTransitions(zoneName: string, fromMs: number, toMs: number): ZoneTransition[] {
  const result: ZoneTransition[] = [];
  const lastYear = new Date(toMs).getUTCFullYear();
  for (let year = new Date(fromMs).getUTCFullYear(); year <= lastYear; year += 1) {
    for (const transition of yearTable(zoneName, year).transitions) {
      if (transition.at >= fromMs && transition.at < toMs) result.push(transition);
    }
  }
  return result;
}

/** The zone's canonical IANA name ('europe/london' -> 'Europe/London'), or null if unknown. */
export function canonicalZoneName(name: string): string | null {
  if (!IANAZone.isValidZone(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
