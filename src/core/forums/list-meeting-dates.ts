// Meeting dates from a series' cadence, through rrule. Rules are built on "floating" dates (UTC
// midnights standing for local calendar days), so a clock change can never move a meeting to the
// day before or after; the local time is applied later, in to-instant.ts.
import * as rruleNamespace from 'rrule';
import { AppError } from '../shared/errors.ts';
import {
  daysInMonth,
  formatUtcDate,
  isoWeekdayOfDayNumber,
  requireIsoDate,
  toDayNumber,
} from './local-dates.ts';
import type { Cadence, ForumSeries, NthWeekday, Weekday } from './types.ts';
import { WEEKDAYS } from './types.ts';

// rrule ships a CommonJS (UMD) bundle without an exports map: Node's ESM loader finds no named
// exports in it and offers only `default`, while CommonJS transpilers give the named ones.
const rrule: typeof rruleNamespace =
  'RRule' in rruleNamespace
    ? rruleNamespace
    : (rruleNamespace as unknown as { default: typeof rruleNamespace }).default;
const { RRule } = rrule;

const DAY_MS = 86_400_000;
const MAX_COUNT = 1000;
const RRULE_DAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
const ORDINALS: Record<NthWeekday, string> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  '-1': 'last',
};

/** The parts of a series that decide its dates. */
export type RecurrenceSource = Pick<ForumSeries, 'cadence' | 'startDate' | 'endDate'>;

function weekdayIndex(weekday: Weekday): number {
  return WEEKDAYS.indexOf(weekday);
}

/** Day of the month a monthly cadence meets in a month; only finds the first meeting, rrule does the rest. */
function meetingDayInMonth(
  cadence: Exclude<Cadence, { kind: 'weekly' }>,
  year: number,
  month: number,
): number {
  const length = daysInMonth(year, month);
  if (cadence.kind === 'monthly_day') return Math.min(cadence.dayOfMonth, length);
  const target = weekdayIndex(cadence.weekday) + 1;
  if (cadence.nth === -1) {
    const lastWeekday = isoWeekdayOfDayNumber(Date.UTC(year, month - 1, length) / DAY_MS);
    return length - ((lastWeekday - target + 7) % 7);
  }
  const firstWeekday = isoWeekdayOfDayNumber(Date.UTC(year, month - 1, 1) / DAY_MS);
  return 1 + ((target - firstWeekday + 7) % 7) + (cadence.nth - 1) * 7;
}

/**
 * The rrule options for a cadence. For a day of the month past the 28th the rule lists 28..day
 * and keeps the last that exists (BYSETPOS=-1): "the 31st" is 30 April and 28 or 29 February.
 */
function ruleOptions(cadence: Cadence) {
  switch (cadence.kind) {
    case 'weekly':
      return {
        freq: RRule.WEEKLY,
        interval: cadence.intervalWeeks,
        byweekday: [RRULE_DAYS[weekdayIndex(cadence.weekday)] ?? RRule.MO],
      };
    case 'monthly_day':
      if (cadence.dayOfMonth <= 28) {
        return { freq: RRule.MONTHLY, interval: cadence.intervalMonths, bymonthday: [cadence.dayOfMonth] };
      }
      return {
        freq: RRule.MONTHLY,
        interval: cadence.intervalMonths,
        bymonthday: Array.from({ length: cadence.dayOfMonth - 27 }, (_, i) => 28 + i),
        bysetpos: [-1],
      };
    case 'monthly_weekday':
      return {
        freq: RRule.MONTHLY,
        interval: cadence.intervalMonths,
        byweekday: [(RRULE_DAYS[weekdayIndex(cadence.weekday)] ?? RRule.MO).nth(cadence.nth)],
      };
  }
}

function checkCadence(cadence: Cadence): void {
  const interval = cadence.kind === 'weekly' ? cadence.intervalWeeks : cadence.intervalMonths;
  if (!Number.isInteger(interval) || interval < 1) {
    throw new AppError(
      'BAD_INPUT',
      `The forum's interval must be a whole number of 1 or more (got ${interval}).`,
    );
  }
  if (
    cadence.kind === 'monthly_day' &&
    !(Number.isInteger(cadence.dayOfMonth) && cadence.dayOfMonth >= 1 && cadence.dayOfMonth <= 31)
  ) {
    throw new AppError(
      'BAD_INPUT',
      `The day of the month must be between 1 and 31 (got ${cadence.dayOfMonth}).`,
    );
  }
  if (cadence.kind !== 'monthly_day' && weekdayIndex(cadence.weekday) < 0) {
    throw new AppError('BAD_INPUT', `"${cadence.weekday}" is not a weekday. Use monday to sunday.`);
  }
  if (cadence.kind === 'monthly_weekday' && ![1, 2, 3, 4, -1].includes(cadence.nth)) {
    throw new AppError(
      'BAD_INPUT',
      `Which weekday of the month must be 1, 2, 3, 4 or -1 for the last (got ${cadence.nth}).`,
    );
  }
}

/**
 * A cadence's dates follow from its rule and its phase alone: which weeks (first meeting's day
 * modulo the period) or months (first meeting's month modulo the interval) it meets in. Forums
 * sharing both share their dates, so rrule expands each (rule, phase, year) once and thousands of
 * forums are planned from the cache.
 */
interface Pattern {
  key: string;
  /** The first day (weekly) or month index (monthly) of the pattern in a year. */
  firstInYear(year: number): number;
  dtstart(first: number): Date;
}

const yearCache = new Map<string, readonly string[]>();
const MAX_CACHED_YEARS = 20_000;

function cadenceKey(cadence: Cadence): string {
  switch (cadence.kind) {
    case 'weekly':
      return `w${cadence.intervalWeeks}:${cadence.weekday}`;
    case 'monthly_day':
      return `d${cadence.intervalMonths}:${cadence.dayOfMonth}`;
    case 'monthly_weekday':
      return `n${cadence.intervalMonths}:${cadence.weekday}:${cadence.nth}`;
  }
}

function patternOf(cadence: Cadence, startDay: number): Pattern {
  const modulo = (value: number, by: number) => ((value % by) + by) % by;
  if (cadence.kind === 'weekly') {
    const firstMeeting =
      startDay + modulo(weekdayIndex(cadence.weekday) + 1 - isoWeekdayOfDayNumber(startDay), 7);
    const period = cadence.intervalWeeks * 7;
    const phase = modulo(firstMeeting, period);
    return {
      key: `${cadenceKey(cadence)}@${phase}`,
      firstInYear: (year) => {
        const january1 = Date.UTC(year, 0, 1) / DAY_MS;
        return january1 + modulo(phase - january1, period);
      },
      dtstart: (day) => new Date(day * DAY_MS),
    };
  }
  const start = new Date(startDay * DAY_MS);
  let firstMonth = start.getUTCFullYear() * 12 + start.getUTCMonth();
  if (meetingDayInMonth(cadence, start.getUTCFullYear(), start.getUTCMonth() + 1) < start.getUTCDate()) {
    firstMonth += 1;
  }
  const phase = modulo(firstMonth, cadence.intervalMonths);
  return {
    key: `${cadenceKey(cadence)}@${phase}`,
    firstInYear: (year) => year * 12 + modulo(phase - year * 12, cadence.intervalMonths),
    // The 1st of the month: each month of the pattern has exactly one meeting.
    dtstart: (month) => new Date(Date.UTC(Math.floor(month / 12), month % 12, 1)),
  };
}

/** The pattern's dates in one calendar year, expanded by rrule. */
function datesInYear(cadence: Cadence, pattern: Pattern, year: number): readonly string[] {
  const key = `${pattern.key}|${year}`;
  let dates = yearCache.get(key);
  if (!dates) {
    const dtstart = pattern.dtstart(pattern.firstInYear(year));
    const until = new Date(Date.UTC(year, 11, 31));
    dates =
      dtstart > until
        ? []
        : new RRule({ ...ruleOptions(cadence), wkst: RRule.MO, dtstart, until }).all().map(formatUtcDate);
    if (yearCache.size >= MAX_CACHED_YEARS) yearCache.clear();
    yearCache.set(key, dates);
  }
  return dates;
}

/**
 * The first `count` meeting dates ('YYYY-MM-DD', local calendar days) on or after `fromDate`,
 * never before the series' start date nor after its end date (inclusive).
 *
 * The first meeting is the first date matching the cadence on or after the start date, and the
 * interval counts from it: "every 3 weeks on Wednesday" starting Thu 1 Jan 2026 meets 7 Jan,
 * 28 Jan... A day of the month past the 28th falls on the last day of shorter months.
 */
export function listMeetingDates(series: RecurrenceSource, fromDate: string, count: number): string[] {
  requireIsoDate(series.startDate, 'start date');
  requireIsoDate(fromDate, 'from date');
  if (series.endDate !== undefined) requireIsoDate(series.endDate, 'end date');
  if (!Number.isInteger(count) || count < 0 || count > MAX_COUNT) {
    throw new AppError('BAD_INPUT', `Ask for between 0 and ${MAX_COUNT} meetings at a time (got ${count}).`);
  }
  const { cadence } = series;
  checkCadence(cadence);
  const from = fromDate > series.startDate ? fromDate : series.startDate;
  const end = series.endDate;
  const result: string[] = [];
  if (count === 0 || (end !== undefined && from > end)) return result;
  const pattern = patternOf(cadence, toDayNumber(series.startDate));
  const lastYear = end === undefined ? Number.POSITIVE_INFINITY : Number(end.slice(0, 4));
  const spanDays = cadence.kind === 'weekly' ? cadence.intervalWeeks * 7 : cadence.intervalMonths * 31;
  const yearLimit = Number(from.slice(0, 4)) + Math.ceil((count * spanDays) / 365) + 1;
  for (let year = Number(from.slice(0, 4)); year <= lastYear && year <= yearLimit; year += 1) {
    for (const date of datesInYear(cadence, pattern, year)) {
      if (date < from) continue;
      if (end !== undefined && date > end) return result;
      result.push(date);
      if (result.length === count) return result;
    }
  }
  return result;
}

/** The cadence in words: "every 2 months on the second Tuesday", "every week on Friday". */
export function describeCadence(cadence: Cadence): string {
  const title = (weekday: Weekday) => `${weekday[0]?.toUpperCase()}${weekday.slice(1)}`;
  if (cadence.kind === 'weekly') {
    const every = cadence.intervalWeeks === 1 ? 'every week' : `every ${cadence.intervalWeeks} weeks`;
    return `${every} on ${title(cadence.weekday)}`;
  }
  const every = cadence.intervalMonths === 1 ? 'every month' : `every ${cadence.intervalMonths} months`;
  if (cadence.kind === 'monthly_weekday') {
    return `${every} on the ${ORDINALS[cadence.nth]} ${title(cadence.weekday)}`;
  }
  const day = cadence.dayOfMonth;
  const suffix =
    day % 10 === 1 && day !== 11
      ? 'st'
      : day % 10 === 2 && day !== 12
        ? 'nd'
        : day % 10 === 3 && day !== 13
          ? 'rd'
          : 'th';
  const shortMonths = day > 28 ? ' (or the last day of shorter months)' : '';
  return `${every} on the ${day}${suffix}${shortMonths}`;
}
