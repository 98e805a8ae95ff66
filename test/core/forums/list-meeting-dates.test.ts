import { describe, expect, it } from 'vitest';
import type { Cadence, Weekday } from '../../../src/core/forums/index.ts';
import { describeCadence, listMeetingDates, WEEKDAYS } from '../../../src/core/forums/index.ts';
import { isAppError } from '../../../src/core/shared/errors.ts';
import { makeCadenceSeries } from './make-forum.ts';

// An independent oracle: walks the calendar with plain Date arithmetic, one day or month at a time.
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const jsWeekday = (weekday: Weekday) => (WEEKDAYS.indexOf(weekday) + 1) % 7;

function oracleDayInMonth(cadence: Cadence, year: number, month0: number): number {
  const length = new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
  if (cadence.kind === 'monthly_day') return Math.min(cadence.dayOfMonth, length);
  if (cadence.kind === 'weekly') throw new Error('monthly only');
  const matches: number[] = [];
  for (let day = 1; day <= length; day += 1) {
    if (new Date(Date.UTC(year, month0, day)).getUTCDay() === jsWeekday(cadence.weekday)) matches.push(day);
  }
  return (cadence.nth === -1 ? matches.at(-1) : matches[cadence.nth - 1]) as number;
}

function oracle(
  cadence: Cadence,
  startDate: string,
  endDate: string | undefined,
  from: string,
  count: number,
) {
  const result: string[] = [];
  const keep = (date: string) => {
    if (date >= from && date >= startDate && (endDate === undefined || date <= endDate)) result.push(date);
    return result.length < count && (endDate === undefined || date <= endDate) && date < '2100-01-01';
  };
  if (cadence.kind === 'weekly') {
    let day = ms(startDate);
    while (new Date(day).getUTCDay() !== jsWeekday(cadence.weekday)) day += DAY;
    while (keep(iso(day))) day += cadence.intervalWeeks * 7 * DAY;
    return result;
  }
  const start = new Date(ms(startDate));
  let month = start.getUTCFullYear() * 12 + start.getUTCMonth();
  if (oracleDayInMonth(cadence, start.getUTCFullYear(), start.getUTCMonth()) < start.getUTCDate()) month += 1;
  for (; ; month += cadence.intervalMonths) {
    const year = Math.floor(month / 12);
    if (!keep(iso(Date.UTC(year, month % 12, oracleDayInMonth(cadence, year, month % 12))))) return result;
  }
}

describe('listMeetingDates', () => {
  it('plans every two months on the second Tuesday', () => {
    const series = makeCadenceSeries({
      kind: 'monthly_weekday',
      intervalMonths: 2,
      weekday: 'tuesday',
      nth: 2,
    });
    expect(listMeetingDates(series, '2026-01-01', 6)).toEqual([
      '2026-01-13',
      '2026-03-10',
      '2026-05-12',
      '2026-07-14',
      '2026-09-08',
      '2026-11-10',
    ]);
  });

  it('keeps the interval phase when asked from a later date', () => {
    const series = makeCadenceSeries({
      kind: 'monthly_weekday',
      intervalMonths: 2,
      weekday: 'tuesday',
      nth: 2,
    });
    // March, May, July... 2026 is the series; asking from 1 April must not switch to April, June...
    expect(listMeetingDates(series, '2026-04-01', 2)).toEqual(['2026-05-12', '2026-07-14']);
    // The meeting on the from date itself is included.
    expect(listMeetingDates(series, '2026-05-12', 1)).toEqual(['2026-05-12']);
    expect(listMeetingDates(series, '2026-05-13', 1)).toEqual(['2026-07-14']);
  });

  it('plans the last Friday of every month', () => {
    const series = makeCadenceSeries({
      kind: 'monthly_weekday',
      intervalMonths: 1,
      weekday: 'friday',
      nth: -1,
    });
    expect(listMeetingDates(series, '2026-01-01', 6)).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
      '2026-06-26',
    ]);
  });

  it('counts a three-weekly interval from the first meeting on or after the start date', () => {
    // 1 Jan 2026 is a Thursday: the first Wednesday is 7 Jan, then every 21 days.
    const series = makeCadenceSeries({ kind: 'weekly', intervalWeeks: 3, weekday: 'wednesday' });
    expect(listMeetingDates(series, '2026-01-01', 5)).toEqual([
      '2026-01-07',
      '2026-01-28',
      '2026-02-18',
      '2026-03-11',
      '2026-04-01',
    ]);
    expect(listMeetingDates(series, '2026-02-01', 2)).toEqual(['2026-02-18', '2026-03-11']);
  });

  it('meets on the last day of short months for day 31, 30 and 29', () => {
    const day31 = makeCadenceSeries({ kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 31 });
    expect(listMeetingDates(day31, '2026-01-01', 6)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ]);
    const day30 = makeCadenceSeries({ kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 30 }, '2028-01-01');
    expect(listMeetingDates(day30, '2028-01-01', 3)).toEqual(['2028-01-30', '2028-02-29', '2028-03-30']);
    const day29 = makeCadenceSeries(
      { kind: 'monthly_day', intervalMonths: 12, dayOfMonth: 29 },
      '2026-02-01',
    );
    expect(listMeetingDates(day29, '2026-01-01', 3)).toEqual(['2026-02-28', '2027-02-28', '2028-02-29']);
  });

  it('plans a day of the month up to 28 on that day', () => {
    const series = makeCadenceSeries(
      { kind: 'monthly_day', intervalMonths: 3, dayOfMonth: 15 },
      '2026-01-20',
    );
    // 15 January is before the start, so the first meeting is 15 February.
    expect(listMeetingDates(series, '2026-01-01', 3)).toEqual(['2026-02-15', '2026-05-15', '2026-08-15']);
  });

  it('starts at the first matching month when the start date is past that month’s meeting', () => {
    const series = makeCadenceSeries(
      { kind: 'monthly_weekday', intervalMonths: 2, weekday: 'tuesday', nth: 2 },
      '2026-01-20',
    );
    expect(listMeetingDates(series, '2026-01-01', 3)).toEqual(['2026-02-10', '2026-04-14', '2026-06-09']);
  });

  it('stops at the end date, which is inclusive', () => {
    const series = makeCadenceSeries(
      { kind: 'weekly', intervalWeeks: 1, weekday: 'monday' },
      '2026-01-05',
      '2026-01-26',
    );
    expect(listMeetingDates(series, '2026-01-01', 10)).toEqual([
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
    ]);
    expect(listMeetingDates(series, '2026-01-27', 10)).toEqual([]);
    const ending = makeCadenceSeries(
      { kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 10 },
      '2026-01-01',
      '2026-03-09',
    );
    expect(listMeetingDates(ending, '2026-01-01', 10)).toEqual(['2026-01-10', '2026-02-10']);
  });

  it('never shifts a date across the clock changes', () => {
    const sundays = makeCadenceSeries({ kind: 'weekly', intervalWeeks: 1, weekday: 'sunday' });
    expect(listMeetingDates(sundays, '2026-03-20', 3)).toEqual(['2026-03-22', '2026-03-29', '2026-04-05']);
    expect(listMeetingDates(sundays, '2026-10-20', 2)).toEqual(['2026-10-25', '2026-11-01']);
  });

  it('starts no earlier than the start date, and plans far ahead of an old series', () => {
    const series = makeCadenceSeries({ kind: 'weekly', intervalWeeks: 2, weekday: 'thursday' }, '2026-03-01');
    expect(listMeetingDates(series, '2020-01-01', 2)).toEqual(['2026-03-05', '2026-03-19']);
    const old = makeCadenceSeries({ kind: 'weekly', intervalWeeks: 2, weekday: 'thursday' }, '2001-01-01');
    expect(listMeetingDates(old, '2026-03-01', 2)).toEqual(
      oracle(old.cadence, old.startDate, undefined, '2026-03-01', 2),
    );
  });

  it('agrees with an independent day-by-day calculation for many cadences', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 1000; i += 1) {
      const kind = random(3);
      const weekday = WEEKDAYS[random(7)] as Weekday;
      const cadence: Cadence =
        kind === 0
          ? { kind: 'weekly', intervalWeeks: 1 + random(6), weekday }
          : kind === 1
            ? { kind: 'monthly_day', intervalMonths: 1 + random(4), dayOfMonth: 1 + random(31) }
            : {
                kind: 'monthly_weekday',
                intervalMonths: 1 + random(4),
                weekday,
                nth: ([1, 2, 3, 4, -1] as const)[random(5)] ?? 1,
              };
      const startDate = iso(ms('2024-01-01') + random(1200) * DAY);
      const from = iso(ms('2024-01-01') + random(1600) * DAY);
      const endDate = random(3) === 0 ? iso(ms(startDate) + random(700) * DAY) : undefined;
      const count = 1 + random(15);
      const series = makeCadenceSeries(cadence, startDate, endDate);
      expect(
        listMeetingDates(series, from, count),
        JSON.stringify({ cadence, startDate, from, endDate }),
      ).toEqual(oracle(cadence, startDate, endDate, from, count));
    }
  });

  it('returns nothing for a count of 0 and rejects bad requests with BAD_INPUT', () => {
    const series = makeCadenceSeries({ kind: 'weekly', intervalWeeks: 1, weekday: 'monday' });
    expect(listMeetingDates(series, '2026-01-01', 0)).toEqual([]);
    const bad = [
      () => listMeetingDates(series, '2026-02-30', 3),
      () => listMeetingDates(series, '2026-01-01', -1),
      () => listMeetingDates(series, '2026-01-01', 1.5),
      () =>
        listMeetingDates(
          makeCadenceSeries({ kind: 'weekly', intervalWeeks: 0, weekday: 'monday' }),
          '2026-01-01',
          3,
        ),
      () =>
        listMeetingDates(
          makeCadenceSeries({ kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 32 }),
          '2026-01-01',
          3,
        ),
    ];
    for (const call of bad) {
      expect(call).toThrow();
      try {
        call();
      } catch (error) {
        expect(isAppError(error, 'BAD_INPUT')).toBe(true);
      }
    }
  });
});

describe('describeCadence', () => {
  it('says the cadence in words', () => {
    expect(describeCadence({ kind: 'monthly_weekday', intervalMonths: 2, weekday: 'tuesday', nth: 2 })).toBe(
      'every 2 months on the second Tuesday',
    );
    expect(describeCadence({ kind: 'monthly_weekday', intervalMonths: 1, weekday: 'friday', nth: -1 })).toBe(
      'every month on the last Friday',
    );
    expect(describeCadence({ kind: 'weekly', intervalWeeks: 3, weekday: 'wednesday' })).toBe(
      'every 3 weeks on Wednesday',
    );
    expect(describeCadence({ kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 31 })).toBe(
      'every month on the 31st (or the last day of shorter months)',
    );
    expect(describeCadence({ kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 12 })).toBe(
      'every month on the 12th',
    );
  });
});
