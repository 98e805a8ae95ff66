import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findBankHoliday,
  isWorkingDay,
  listBankHolidays,
  nextWorkingDay,
  parseHolidayOverrides,
  readHolidayOverridesFile,
} from '../../../src/core/forums/index.ts';
import { isAppError } from '../../../src/core/shared/errors.ts';

const datesOf = (year: number, nation: Parameters<typeof listBankHolidays>[1]) =>
  listBankHolidays(year, nation).map((holiday) => holiday.date);

describe('bank holidays', () => {
  it('gives the 2026 England and Wales bank holidays, with Boxing Day’s substitute on 28 Dec', () => {
    expect(datesOf(2026, 'england_wales')).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-26', // a Saturday: the library lists it as well as the substitute
      '2026-12-28',
    ]);
    expect(findBankHoliday('2026-04-03', 'england_wales')?.name).toBe('Good Friday');
    expect(findBankHoliday('2026-12-28', 'england_wales')?.name).toMatch(/substitute/i);
  });

  it('gives Scotland’s own dates: 2 January, early August and St Andrew’s Day, no Easter Monday', () => {
    const scotland = datesOf(2026, 'scotland');
    expect(scotland).toEqual(
      expect.arrayContaining([
        '2026-01-01',
        '2026-01-02',
        '2026-04-03',
        '2026-08-03',
        '2026-11-30',
        '2026-12-28',
      ]),
    );
    expect(scotland).not.toContain('2026-04-06');
    expect(scotland).not.toContain('2026-08-31');
    expect(isWorkingDay('2026-08-31', 'scotland')).toBe(true);
    expect(isWorkingDay('2026-08-31', 'england_wales')).toBe(false);
    expect(isWorkingDay('2026-08-03', 'england_wales')).toBe(true);
    expect(isWorkingDay('2026-08-03', 'scotland')).toBe(false);
  });

  it('gives Northern Ireland St Patrick’s Day and the Twelfth (substitute on Monday 13 July 2026)', () => {
    const northernIreland = datesOf(2026, 'northern_ireland');
    expect(northernIreland).toEqual(expect.arrayContaining(['2026-03-17', '2026-04-06', '2026-07-13']));
    expect(isWorkingDay('2026-07-13', 'northern_ireland')).toBe(false);
    expect(isWorkingDay('2026-07-13', 'england_wales')).toBe(true);
  });

  it('keeps only public holidays, not observances such as Mother’s Day', () => {
    expect(findBankHoliday('2026-03-15', 'england_wales')).toBeUndefined();
    expect(listBankHolidays(2026, 'england_wales').every((holiday) => holiday.source === 'library')).toBe(
      true,
    );
  });

  it('treats weekends as non-working whether or not the library lists a holiday there', () => {
    expect(isWorkingDay('2026-12-26', 'england_wales')).toBe(false); // Saturday, Boxing Day
    expect(isWorkingDay('2026-06-13', 'england_wales')).toBe(false); // an ordinary Saturday
    expect(isWorkingDay('2026-06-15', 'england_wales')).toBe(true);
  });

  it('finds the next working day past holidays and weekends', () => {
    expect(nextWorkingDay('2026-05-25', 'england_wales')).toBe('2026-05-26');
    expect(nextWorkingDay('2026-12-24', 'england_wales')).toBe('2026-12-29');
    expect(nextWorkingDay('2026-04-02', 'england_wales')).toBe('2026-04-07'); // Good Friday, weekend, Easter Monday
    expect(nextWorkingDay('2026-04-02', 'scotland')).toBe('2026-04-06'); // no Easter Monday in Scotland
    expect(nextWorkingDay('2026-12-31', 'scotland')).toBe('2027-01-05'); // 1 Jan, weekend, 4 Jan substitute
    expect(nextWorkingDay('2026-06-15', 'england_wales')).toBe('2026-06-16'); // never the day itself
  });

  it('merges override holidays with the library’s dates', () => {
    const overrides = parseHolidayOverrides({
      _readme: 'ignored',
      england_wales: [{ date: '2026-06-12', name: 'Bank holiday for a royal wedding' }],
      scotland: [],
      northern_ireland: [],
    });
    const withOverride = listBankHolidays(2026, 'england_wales', overrides);
    expect(withOverride.find((holiday) => holiday.date === '2026-06-12')).toEqual({
      date: '2026-06-12',
      name: 'Bank holiday for a royal wedding',
      source: 'override',
    });
    expect(withOverride).toHaveLength(10);
    expect(
      listBankHolidays(2026, 'scotland', overrides).some((holiday) => holiday.date === '2026-06-12'),
    ).toBe(false);
  });

  it('reads the shipped override file, which starts with no extra dates', () => {
    expect(listBankHolidays(2026, 'england_wales').some((holiday) => holiday.source === 'override')).toBe(
      false,
    );
  });

  it('reads an override file, treats a missing one as empty and rejects broken JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'joinedup-holidays-'));
    try {
      const file = join(dir, 'holiday-overrides.json');
      writeFileSync(file, JSON.stringify({ scotland: [{ date: '2026-06-12', name: 'One-off holiday' }] }));
      expect(readHolidayOverridesFile(pathToFileURL(file)).scotland).toEqual([
        { date: '2026-06-12', name: 'One-off holiday' },
      ]);
      expect(readHolidayOverridesFile(pathToFileURL(join(dir, 'missing.json')))).toEqual({
        england_wales: [],
        scotland: [],
        northern_ireland: [],
      });
      writeFileSync(file, '{ "scotland": [ ');
      expect(() => readHolidayOverridesFile(pathToFileURL(file))).toThrow(
        /is not valid JSON. Fix the file and restart./,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a malformed override file, naming the problem', () => {
    const bad = [
      [{ wales: [] }, /not a nation/],
      [{ england_wales: [{ date: '2026-02-30', name: 'x' }] }, /not a real YYYY-MM-DD date/],
      [{ england_wales: [{ date: '2026-06-12' }] }, /no name/],
      [{ england_wales: 'soon' }, /must be a list/],
      [[], /expected an object/],
    ] as const;
    for (const [data, message] of bad) {
      expect(() => parseHolidayOverrides(data)).toThrow(message);
      try {
        parseHolidayOverrides(data);
      } catch (error) {
        expect(isAppError(error, 'BAD_INPUT')).toBe(true);
      }
    }
  });

  // How fast the cache answers is for `npm run bench`; here, that many checks agree with one another.
  it('answers 100,000 working-day checks consistently', () => {
    isWorkingDay('2026-01-05', 'england_wales');
    let working = 0;
    for (let i = 0; i < 100_000; i += 1) {
      if (isWorkingDay(`2026-0${1 + (i % 9)}-1${i % 10}`, 'england_wales')) working += 1;
    }
    expect(working).toBeGreaterThan(50_000);
  });
});
