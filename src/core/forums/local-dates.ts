// Calendar dates as 'YYYY-MM-DD' strings and whole day numbers. Dates here are wall-calendar days
// with no time zone: arithmetic on UTC midnights can never be shifted by a clock change.
import { AppError } from '../shared/errors.ts';

const DAY_MS = 86_400_000;
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHORT_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A calendar date split into numbers; month is 1-12. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/** The parts of a real 'YYYY-MM-DD' date, or null for anything else (2026-02-30 included). */
export function parseIsoDate(text: string): DateParts | null {
  // Hand-rolled rather than a regex: planning parses several dates per meeting.
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: unknown): text is string {
  return typeof text === 'string' && parseIsoDate(text) !== null;
}

/** Throws BAD_INPUT unless `text` is a real 'YYYY-MM-DD' date. */
export function requireIsoDate(text: string, label: string): DateParts {
  const parts = typeof text === 'string' ? parseIsoDate(text) : null;
  if (!parts) {
    throw new AppError(
      'BAD_INPUT',
      `The ${label} "${String(text)}" is not a real date. Use YYYY-MM-DD, e.g. 2026-03-10.`,
    );
  }
  return parts;
}

/** Days since 1970-01-01. */
export function toDayNumber(text: string): number {
  const parts = requireIsoDate(text, 'date');
  return Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS;
}

export function fromDayNumber(dayNumber: number): string {
  return formatUtcDate(new Date(dayNumber * DAY_MS));
}

/** The UTC calendar date of a Date as 'YYYY-MM-DD'. */
export function formatUtcDate(date: Date): string {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(text: string, days: number): string {
  return fromDayNumber(toDayNumber(text) + days);
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOfDayNumber(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function isoWeekday(text: string): number {
  return isoWeekdayOfDayNumber(toDayNumber(text));
}

/** '14 Jan 2026', for explanations that list several dates. */
export function formatShortDate(text: string): string {
  const parts = requireIsoDate(text, 'date');
  return `${parts.day} ${SHORT_MONTHS[parts.month - 1]} ${parts.year}`;
}

/** '10 March 2026', for messages about one date. */
export function formatLongDate(text: string): string {
  const parts = requireIsoDate(text, 'date');
  return `${parts.day} ${LONG_MONTHS[parts.month - 1]} ${parts.year}`;
}

/** 'Mon 25 May 2026', where the weekday is the point (bank-holiday moves). */
export function formatDayAndDate(text: string): string {
  return `${SHORT_WEEKDAYS[isoWeekday(text) - 1]} ${formatShortDate(text)}`;
}
