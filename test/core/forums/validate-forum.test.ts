import { describe, expect, it } from 'vitest';
import { parseAgencies, parseAgency, parseForumSeries } from '../../../src/core/forums/index.ts';
import { isAppError } from '../../../src/core/shared/errors.ts';

const input = (overrides: Record<string, unknown> = {}) => ({
  id: 'forum-1',
  workspaceId: 'T1',
  name: "CAF Practitioners' Forum",
  channelId: 'C1',
  startTime: '13:30',
  durationMinutes: 120,
  cadence: { kind: 'monthly_weekday', intervalMonths: 2, weekday: 'tuesday', nth: 2 },
  startDate: '2026-01-01',
  ...overrides,
});

function messageOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    expect(isAppError(error, 'BAD_INPUT')).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected BAD_INPUT');
}

describe('parseForumSeries', () => {
  it('fills in the defaults', () => {
    expect(parseForumSeries(input())).toEqual({
      ...input(),
      timeZone: 'Europe/London',
      nation: 'england_wales',
      holidayRule: 'move_next_working_day',
      horizon: 3,
      hostReminderDays: 14,
      memberReminderDays: 2,
      announceDays: 28,
    });
  });

  it('keeps optional settings and canonicalises the time zone', () => {
    const series = parseForumSeries(
      input({
        timeZone: 'europe/london',
        endDate: '2027-12-31',
        venueRule: ' at the host agency ',
        nation: 'scotland',
      }),
    );
    expect(series).toMatchObject({
      timeZone: 'Europe/London',
      endDate: '2027-12-31',
      venueRule: 'at the host agency',
      nation: 'scotland',
    });
  });

  it.each([
    [
      { startDate: '2026-02-30' },
      'the start date "2026-02-30" is not a real date: use YYYY-MM-DD, e.g. 2026-03-10',
    ],
    [{ endDate: '2026-13-01' }, 'the end date "2026-13-01" is not a real date'],
    [
      { cadence: { kind: 'monthly_day', intervalMonths: 0, dayOfMonth: 10 } },
      'the interval in months must be a whole number from 1 to 24 (got 0)',
    ],
    [
      { cadence: { kind: 'weekly', intervalWeeks: -2, weekday: 'monday' } },
      'the interval in weeks must be a whole number from 1 to 52 (got -2)',
    ],
    [
      { cadence: { kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 0 } },
      'the day of the month must be a whole number from 1 to 31 (got 0)',
    ],
    [
      { cadence: { kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 32 } },
      'the day of the month must be a whole number from 1 to 31 (got 32)',
    ],
    [
      { cadence: { kind: 'monthly_weekday', intervalMonths: 1, weekday: 'tuesday', nth: 5 } },
      'which weekday of the month must be 1, 2, 3, 4 or -1 (the last)',
    ],
    [
      { cadence: { kind: 'weekly', intervalWeeks: 1, weekday: 'funday' } },
      'the weekday must be one of monday to sunday',
    ],
    [{ cadence: { kind: 'fortnightly' } }, 'the cadence kind must be weekly, monthly_day or monthly_weekday'],
    [{ startTime: '25:00' }, 'the start time "25:00" is not a time: use 24-hour HH:mm, e.g. 13:30'],
    [{ startTime: '9:30' }, 'the start time "9:30" is not a time'],
    [
      { timeZone: 'Europe/Atlantis' },
      'the time zone "Europe/Atlantis" is not known: use an IANA name such as Europe/London',
    ],
    [
      { startDate: '2026-03-01', endDate: '2026-01-01' },
      'the end date 2026-01-01 is before the start date 2026-03-01: pick an end date after the start',
    ],
    [{ durationMinutes: 0 }, 'the duration in minutes must be a whole number from 1 to 1440 (got 0)'],
    [{ durationMinutes: -30 }, 'the duration in minutes must be a whole number from 1 to 1440 (got -30)'],
    [{ name: '  ' }, 'the forum name must not be empty'],
    [{ nation: 'wales' }, 'the nation must be england_wales, scotland or northern_ireland'],
    [{ holidayRule: 'ignore' }, 'the holiday rule must be move_next_working_day or flag'],
    [{ horizon: 0 }, 'the number of meetings planned ahead must be a whole number from 1 to 52 (got 0)'],
  ])('rejects %j with a clear message', (overrides, expected) => {
    const message = messageOf(() => parseForumSeries(input(overrides)));
    expect(message.startsWith('The forum settings need fixing: ')).toBe(true);
    expect(message).toContain(expected);
  });

  it('reports every problem at once', () => {
    const message = messageOf(() =>
      parseForumSeries(input({ startDate: '2026-02-30', startTime: '25:00', durationMinutes: 0 })),
    );
    expect(message).toContain('start date');
    expect(message).toContain('start time');
    expect(message).toContain('duration');
  });

  it('names missing fields', () => {
    expect(messageOf(() => parseForumSeries({}))).toContain('the forum id is missing');
    expect(messageOf(() => parseForumSeries(null))).toMatch(/^The forum settings need fixing/);
  });
});

describe('parseAgency and parseAgencies', () => {
  it('fills in defaults and tidies blackout dates', () => {
    expect(
      parseAgency({
        id: 'a1',
        name: 'Oakfield Primary',
        sector: 'education',
        blackoutDates: ['2026-07-14', '2026-03-10', '2026-07-14'],
      }),
    ).toEqual({
      id: 'a1',
      name: 'Oakfield Primary',
      sector: 'education',
      contacts: [],
      canHost: true,
      blackoutDates: ['2026-03-10', '2026-07-14'],
      active: true,
    });
  });

  it('rejects unknown sectors and impossible blackout dates, naming the agency', () => {
    const message = messageOf(() =>
      parseAgency({ id: 'a1', name: 'Oakfield Primary', sector: 'schools', blackoutDates: ['2026-02-30'] }),
    );
    expect(message).toContain('The agency "Oakfield Primary" needs fixing');
    expect(message).toContain('the sector must be one of drug_and_alcohol, early_years, education');
    expect(message).toContain('a blackout date "2026-02-30" is not a real date');
  });

  it('accepts all nine workforce sectors and other', () => {
    for (const sector of [
      'drug_and_alcohol',
      'early_years',
      'education',
      'health',
      'social_care',
      'third_sector',
      'youth_support',
      'youth_offending',
      'sport_play_leisure',
      'other',
    ]) {
      expect(parseAgency({ id: sector, name: sector, sector }).sector).toBe(sector);
    }
  });

  it('rejects duplicate ids and names in a forum', () => {
    const oak = { id: 'a1', name: 'Oakfield Primary', sector: 'education' };
    expect(messageOf(() => parseAgencies([oak, { ...oak, name: 'Other' }]))).toBe(
      'Two agencies have the id "a1". Give each agency its own id.',
    );
    expect(messageOf(() => parseAgencies([oak, { ...oak, id: 'a2', name: 'oakfield primary' }]))).toBe(
      'Two agencies are called "oakfield primary". Rename one so people can tell them apart.',
    );
    expect(parseAgencies([oak, { ...oak, id: 'a2', name: 'Riverside' }])).toHaveLength(2);
  });
});
