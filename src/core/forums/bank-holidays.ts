// UK bank holidays per nation from `date-holidays` (GB with regions ENG, SCT, NIR; Wales shares
// England's list), merged with the shipped override file for one-off holidays. The library also
// lists a holiday on the weekend day itself (Boxing Day on Sat 26 Dec 2026, next to its substitute
// Mon 28 Dec), so working-day checks skip weekends on their own account.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';
import { AppError } from '../shared/errors.ts';
import { addDays, isIsoDate, isoWeekday, requireIsoDate } from './local-dates.ts';
import type { Nation } from './types.ts';
import { NATIONS } from './types.ts';

/** A bank holiday in one nation, from the library or from the override file. */
export interface BankHoliday {
  date: string;
  name: string;
  source: 'library' | 'override';
}

/** Extra holidays per nation, as in `data/holiday-overrides.json`. */
export type HolidayOverrides = Record<Nation, { date: string; name: string }[]>;

const REGIONS: Record<Nation, string> = { england_wales: 'ENG', scotland: 'SCT', northern_ireland: 'NIR' };
const OVERRIDES_FILE = new URL('./data/holiday-overrides.json', import.meta.url);
const MAX_DAYS_TO_NEXT_WORKING_DAY = 31;

const calendars = new Map<Nation, Holidays>();
const years = new Map<Nation, Map<number, Map<string, BankHoliday>>>();
let shippedOverrides: HolidayOverrides | undefined;

/**
 * Checks the override file's shape. Throws BAD_INPUT naming the first bad entry, so whoever edited
 * the file can fix it.
 */
export function parseHolidayOverrides(data: unknown, source = 'holiday-overrides.json'): HolidayOverrides {
  const fail = (problem: string): never => {
    throw new AppError('BAD_INPUT', `${source}: ${problem}. Fix the file and restart.`);
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    fail('expected an object keyed by nation');
  const record = data as Record<string, unknown>;
  const result = { england_wales: [], scotland: [], northern_ireland: [] } as HolidayOverrides;
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith('_')) continue;
    if (!(NATIONS as readonly string[]).includes(key)) {
      fail(`"${key}" is not a nation; use england_wales, scotland or northern_ireland`);
    }
    if (!Array.isArray(value)) fail(`${key} must be a list of {"date", "name"} entries`);
    for (const entry of value as unknown[]) {
      const { date, name } = (entry ?? {}) as { date?: unknown; name?: unknown };
      if (!isIsoDate(date))
        fail(`${key} has an entry whose date ${JSON.stringify(date)} is not a real YYYY-MM-DD date`);
      if (typeof name !== 'string' || name.trim() === '')
        fail(`${key} has an entry for ${date} with no name`);
      result[key as Nation].push({ date: date as string, name: (name as string).trim() });
    }
  }
  return result;
}

const NO_OVERRIDES: HolidayOverrides = { england_wales: [], scotland: [], northern_ireland: [] };

/**
 * Reads an override file. A missing file means no extra holidays (the shipped file starts empty,
 * and the repository's `data/` ignore rule can keep it out of a checkout); a malformed one throws.
 */
export function readHolidayOverridesFile(file: URL): HolidayOverrides {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return NO_OVERRIDES;
    throw new AppError('BAD_INPUT', `${file.pathname} cannot be read. Check its permissions and restart.`, {
      cause: error,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AppError('BAD_INPUT', `${file.pathname} is not valid JSON. Fix the file and restart.`, {
      cause: error,
    });
  }
  return parseHolidayOverrides(data, file.pathname);
}

function loadShippedOverrides(): HolidayOverrides {
  shippedOverrides ??= readHolidayOverridesFile(OVERRIDES_FILE);
  return shippedOverrides;
}

// The library's rule data takes a quarter of a second to load: loaded on first use, not at start-up.
let HolidaysClass: typeof Holidays | undefined;

function calendarFor(nation: Nation): Holidays {
  let calendar = calendars.get(nation);
  if (!calendar) {
    HolidaysClass ??= createRequire(import.meta.url)('date-holidays') as typeof Holidays;
    calendar = new HolidaysClass('GB', REGIONS[nation]);
    calendars.set(nation, calendar);
  }
  return calendar;
}

function buildYear(year: number, nation: Nation, overrides: HolidayOverrides): Map<string, BankHoliday> {
  if (!REGIONS[nation]) {
    throw new AppError(
      'BAD_INPUT',
      `"${nation}" is not a nation. Use england_wales, scotland or northern_ireland.`,
    );
  }
  const table = new Map<string, BankHoliday>();
  for (const holiday of calendarFor(nation).getHolidays(year)) {
    if (holiday.type !== 'public' && holiday.type !== 'bank') continue;
    // `date` is the local calendar date ('2026-12-28 00:00:00'); `start` is an instant and shifts in BST.
    const date = holiday.date.slice(0, 10);
    if (!table.has(date)) table.set(date, { date, name: holiday.name, source: 'library' });
  }
  for (const extra of overrides[nation] ?? []) {
    if (extra.date.startsWith(`${year}-`)) table.set(extra.date, { ...extra, source: 'override' });
  }
  return table;
}

function yearTable(year: number, nation: Nation, overrides?: HolidayOverrides): Map<string, BankHoliday> {
  if (overrides) return buildYear(year, nation, overrides);
  let byYear = years.get(nation);
  if (!byYear) {
    byYear = new Map();
    years.set(nation, byYear);
  }
  let table = byYear.get(year);
  if (!table) {
    table = buildYear(year, nation, loadShippedOverrides());
    byYear.set(year, table);
  }
  return table;
}

/**
 * The bank holidays of a year in a nation, in date order. Pass `overrides` to use those instead
 * of the shipped file (uncached; for tests and previews).
 */
export function listBankHolidays(year: number, nation: Nation, overrides?: HolidayOverrides): BankHoliday[] {
  return [...yearTable(year, nation, overrides).values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The bank holiday on a date, if any (weekend dates included, as the library lists them). */
export function findBankHoliday(date: string, nation: Nation): BankHoliday | undefined {
  const { year } = requireIsoDate(date, 'date');
  return yearTable(year, nation).get(date);
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/** Monday to Friday and not a bank holiday in the nation. */
export function isWorkingDay(date: string, nation: Nation): boolean {
  return !isWeekend(date) && findBankHoliday(date, nation) === undefined;
}

/** The first working day after `date` (never `date` itself). */
export function nextWorkingDay(date: string, nation: Nation): string {
  let candidate = date;
  for (let i = 0; i < MAX_DAYS_TO_NEXT_WORKING_DAY; i += 1) {
    candidate = addDays(candidate, 1);
    if (isWorkingDay(candidate, nation)) return candidate;
  }
  throw new AppError(
    'BAD_INPUT',
    `No working day within a month after ${date}. Check the holiday override file.`,
  );
}
