import { describe, expect, it } from 'vitest';
import type { Agency, Cadence, PlannedOccurrence } from '../../../src/core/forums/index.ts';
import { applyOverride, explainHost, planRota, swapHosts } from '../../../src/core/forums/index.ts';
import { isAppError } from '../../../src/core/shared/errors.ts';
import { catchError, makeAgencies, makeAgency, makeSeries } from './make-forum.ts';

const lastMonday: Cadence = { kind: 'monthly_weekday', intervalMonths: 1, weekday: 'monday', nth: -1 };
const datesOf = (plan: readonly PlannedOccurrence[]) => plan.map((occurrence) => occurrence.date);

describe('planRota: bank holidays', () => {
  it('moves a Monday forum on the Spring bank holiday (25 May 2026) to Tuesday 26 May', () => {
    const series = makeSeries({ cadence: lastMonday, startDate: '2026-05-01' });
    const [may, june] = planRota(series, makeAgencies(), [], '2026-05-01', 2);
    expect(may).toMatchObject({
      date: '2026-05-26',
      originalDate: '2026-05-25',
      holidayFlag:
        'Moved from Mon 25 May 2026, a bank holiday in England and Wales (Spring bank holiday), to Tue 26 May 2026',
    });
    expect(may?.startsAt.toISOString()).toBe('2026-05-26T12:30:00.000Z'); // 13:30 BST
    expect(may?.endsAt.toISOString()).toBe('2026-05-26T14:30:00.000Z');
    expect(june).toMatchObject({ date: '2026-06-29', originalDate: '2026-06-29' });
    expect(june?.holidayFlag).toBeUndefined();
  });

  it('keeps the date and flags it when the rule is "flag"', () => {
    const series = makeSeries({ cadence: lastMonday, startDate: '2026-05-01', holidayRule: 'flag' });
    const [may] = planRota(series, makeAgencies(), [], '2026-05-01', 1);
    expect(may).toMatchObject({
      date: '2026-05-25',
      originalDate: '2026-05-25',
      holidayFlag:
        'Mon 25 May 2026 is a bank holiday in England and Wales (Spring bank holiday): confirm the meeting or move it',
    });
  });

  it('moves the 28 December 2026 substitute day, and Scotland’s 4 January 2027 one', () => {
    const weeklyMonday: Cadence = { kind: 'weekly', intervalWeeks: 1, weekday: 'monday' };
    const england = makeSeries({ cadence: weeklyMonday, startDate: '2026-12-01' });
    expect(datesOf(planRota(england, makeAgencies(), [], '2026-12-20', 3))).toEqual([
      '2026-12-21',
      '2026-12-29',
      '2027-01-04',
    ]);
    const scotland = makeSeries({ cadence: weeklyMonday, startDate: '2026-12-01', nation: 'scotland' });
    expect(datesOf(planRota(scotland, makeAgencies(), [], '2026-12-20', 3))).toEqual([
      '2026-12-21',
      '2026-12-29',
      '2027-01-05',
    ]);
  });

  it('follows each nation’s own August bank holiday', () => {
    const firstMonday: Cadence = { kind: 'monthly_weekday', intervalMonths: 1, weekday: 'monday', nth: 1 };
    const scotland = makeSeries({ cadence: firstMonday, startDate: '2026-08-01', nation: 'scotland' });
    const england = makeSeries({ cadence: firstMonday, startDate: '2026-08-01' });
    expect(planRota(scotland, makeAgencies(), [], '2026-08-01', 1)[0]?.date).toBe('2026-08-04');
    expect(planRota(england, makeAgencies(), [], '2026-08-01', 1)[0]?.date).toBe('2026-08-03');
    const englandLast = makeSeries({ cadence: lastMonday, startDate: '2026-08-01' });
    const scotlandLast = makeSeries({ cadence: lastMonday, startDate: '2026-08-01', nation: 'scotland' });
    expect(planRota(englandLast, makeAgencies(), [], '2026-08-01', 1)[0]?.date).toBe('2026-09-01');
    expect(planRota(scotlandLast, makeAgencies(), [], '2026-08-01', 1)[0]?.date).toBe('2026-08-31');
  });

  it('moves a day-of-month meeting off a weekend, but not a forum that chose a weekend day', () => {
    const fifteenth = makeSeries({
      cadence: { kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 15 },
      startDate: '2026-08-01',
    });
    expect(planRota(fifteenth, makeAgencies(), [], '2026-08-01', 1)[0]).toMatchObject({
      date: '2026-08-17',
      holidayFlag: 'Moved from Sat 15 Aug 2026, a Saturday, to Mon 17 Aug 2026',
    });
    const saturdays = makeSeries({
      cadence: { kind: 'weekly', intervalWeeks: 1, weekday: 'saturday' },
      startDate: '2026-08-01',
    });
    expect(planRota(saturdays, makeAgencies(), [], '2026-08-01', 1)[0]).toMatchObject({ date: '2026-08-01' });
  });

  it('applies history recorded against the cadence date to the moved meeting', () => {
    const series = makeSeries({ cadence: lastMonday, startDate: '2026-05-01' });
    const history = [{ occurrenceDate: '2026-05-25', agencyId: 'oak', kind: 'deferred' as const }];
    const [may, june] = planRota(series, makeAgencies(), history, '2026-05-01', 2);
    expect(may?.hostAgencyId).toBe('riv');
    expect(june?.hostAgencyId).toBe('oak');
  });
});

describe('planRota: times', () => {
  it('starts a 09:30 weekly forum at 09:30 London time either side of both clock changes', () => {
    const series = makeSeries({
      cadence: { kind: 'weekly', intervalWeeks: 1, weekday: 'monday' },
      startTime: '09:30',
      durationMinutes: 90,
      startDate: '2026-03-01',
    });
    const spring = planRota(series, makeAgencies(), [], '2026-03-23', 2);
    expect(spring.map((occurrence) => occurrence.startsAt.toISOString())).toEqual([
      '2026-03-23T09:30:00.000Z',
      '2026-03-30T08:30:00.000Z',
    ]);
    const autumn = planRota(series, makeAgencies(), [], '2026-10-19', 2);
    expect(autumn.map((occurrence) => occurrence.startsAt.toISOString())).toEqual([
      '2026-10-19T08:30:00.000Z',
      '2026-10-26T09:30:00.000Z',
    ]);
    expect(autumn[1]?.endsAt.toISOString()).toBe('2026-10-26T11:00:00.000Z');
  });

  it('plans the horizon by default and nothing after the end date', () => {
    const series = makeSeries({ endDate: '2026-06-30' });
    expect(datesOf(planRota(series, makeAgencies(), [], '2026-01-01'))).toEqual([
      '2026-01-13',
      '2026-03-10',
      '2026-05-12',
    ]);
    expect(datesOf(planRota(series, makeAgencies(), [], '2026-04-01'))).toEqual(['2026-05-12']);
  });

  // Planning speed is measured by `npm run bench` (forum planning); here, repeated planning agrees.
  it('plans three meetings for 20 agencies the same way every time', () => {
    const series = makeSeries();
    const agencies = Array.from({ length: 20 }, (_, i) =>
      makeAgency(`a${i}`, `Agency ${i}`, { blackoutDates: i % 3 === 0 ? ['2026-03-10'] : [] }),
    );
    const history = agencies.slice(0, 15).map((agency, i) => ({
      occurrenceDate: `2024-${String((i % 12) + 1).padStart(2, '0')}-10`,
      agencyId: agency.id,
      kind: 'hosted' as const,
    }));
    const first = planRota(series, agencies, history, '2026-01-01', 3);
    expect(first).toHaveLength(3);
    for (let i = 0; i < 200; i += 1)
      expect(planRota(series, agencies, history, '2026-01-01', 3)).toEqual(first);
  });
});

describe('swapHosts, applyOverride and explainHost', () => {
  const series = makeSeries();
  const agencies = makeAgencies();
  const plan = planRota(series, agencies, [], '2026-01-01', 3); // Oakfield 13 Jan, Riverside 10 Mar, Youth Hub 12 May

  it('swaps two hosts, leaves the input alone and returns the events to record', () => {
    const { plan: swapped, events } = swapHosts(plan, '2026-01-13', '2026-05-12', { byUserId: 'U-coord' });
    expect(swapped.map((occurrence) => occurrence.hostAgencyId)).toEqual(['yh', 'riv', 'oak']);
    expect(plan.map((occurrence) => occurrence.hostAgencyId)).toEqual(['oak', 'riv', 'yh']);
    expect(events).toEqual([
      {
        occurrenceDate: '2026-01-13',
        agencyId: 'yh',
        kind: 'swapped',
        note: 'swapped with Oakfield Primary, who now hosts on 12 May 2026',
        byUserId: 'U-coord',
      },
      {
        occurrenceDate: '2026-05-12',
        agencyId: 'oak',
        kind: 'swapped',
        note: 'swapped with Youth Hub, who now hosts on 13 Jan 2026',
        byUserId: 'U-coord',
      },
    ]);
    expect(swapped[0]?.reason).toBe(
      'Youth Hub hosts on 13 Jan 2026 because of an agreed swap (swapped with Oakfield Primary, who now hosts on 12 May 2026).',
    );
    // Re-planning with the events appended keeps the swap, and Oakfield does not host twice.
    const replanned = planRota(series, agencies, events, '2026-01-01', 3);
    expect(replanned.map((occurrence) => occurrence.hostAgencyId)).toEqual(['yh', 'riv', 'oak']);
    expect(replanned[0]).toEqual(swapped[0]);
    expect(replanned[2]).toEqual(swapped[2]);
    expect(replanned[1]?.reason).toBe(
      "Riverside Health Centre hosts on 10 Mar 2026 because it has not hosted yet and joined the forum before Children's Social Care; " +
        'Oakfield Primary is already down to host on 12 May 2026.',
    );
  });

  it('refuses swaps that change nothing, miss a date or break a blackout', () => {
    expect(
      isAppError(
        catchError(() => swapHosts(plan, '2026-01-13', '2026-01-13')),
        'BAD_INPUT',
      ),
    ).toBe(true);
    const missing = catchError(() => swapHosts(plan, '2026-01-14', '2026-05-12'));
    expect(isAppError(missing, 'NOT_FOUND')).toBe(true);
    expect((missing as Error).message).toBe(
      'There is no planned meeting on 14 January 2026. Pick one of the planned dates (2026-01-13, 2026-03-10, 2026-05-12).',
    );
    const blackedOut = agencies.map((agency) =>
      agency.id === 'oak' ? { ...agency, blackoutDates: ['2026-05-12'] } : agency,
    );
    const error = catchError(() => swapHosts(plan, '2026-01-13', '2026-05-12', { agencies: blackedOut }));
    expect(isAppError(error, 'BAD_INPUT')).toBe(true);
    expect((error as Error).message).toBe(
      'Oakfield Primary cannot host on 12 May 2026: it is blacked out that day. Pick another meeting to swap with, or change the blackout dates first.',
    );
    const sameHost = plan.map((occurrence) => ({
      ...occurrence,
      hostAgencyId: 'oak',
      hostName: 'Oakfield Primary',
    }));
    expect((catchError(() => swapHosts(sameHost, '2026-01-13', '2026-03-10')) as Error).message).toMatch(
      /swapping changes nothing/,
    );
  });

  it('overrides a host, records who did it, and re-plans to the same result', () => {
    const { plan: changed, events } = applyOverride(plan, '2026-03-10', 'sc', 'U-coord', agencies);
    expect(changed.map((occurrence) => occurrence.hostAgencyId)).toEqual(['oak', 'sc', 'yh']);
    expect(events).toEqual([
      {
        occurrenceDate: '2026-03-10',
        agencyId: 'sc',
        kind: 'override',
        byUserId: 'U-coord',
        note: 'replacing Riverside Health Centre',
      },
    ]);
    expect(changed[1]?.hostName).toBe("Children's Social Care");
    expect(explainHost(changed, '2026-03-10')).toBe(
      "Children's Social Care hosts on 10 Mar 2026 because a coordinator chose it, set by U-coord (replacing Riverside Health Centre).",
    );
    // Re-planning keeps the override and gives the displaced Riverside the next turn.
    const replanned = planRota(series, agencies, events, '2026-01-01', 3);
    expect(replanned.map((occurrence) => occurrence.hostAgencyId)).toEqual(['oak', 'sc', 'riv']);
    expect(replanned[1]).toEqual(changed[1]);
  });

  it('refuses overrides to unknown, departed, non-hosting or blacked-out agencies', () => {
    const others: Agency[] = [
      ...agencies,
      makeAgency('gone', 'Closed Centre', { active: false }),
      makeAgency('member', 'Members Only', { canHost: false }),
      makeAgency('busy', 'Busy School', { blackoutDates: ['2026-03-10'] }),
    ];
    expect(
      isAppError(
        catchError(() => applyOverride(plan, '2026-03-10', 'nobody', 'U', others)),
        'NOT_FOUND',
      ),
    ).toBe(true);
    for (const [id, problem] of [
      ['gone', 'it has left the forum'],
      ['member', 'it is set up as a member that does not host'],
      ['busy', 'it is blacked out that day'],
    ]) {
      const error = catchError(() => applyOverride(plan, '2026-03-10', id as string, 'U', others));
      expect(isAppError(error, 'BAD_INPUT')).toBe(true);
      expect((error as Error).message).toContain(`cannot host on 10 March 2026: ${problem}.`);
    }
    expect((catchError(() => applyOverride(plan, '2026-03-10', 'riv', 'U', others)) as Error).message).toBe(
      'Riverside Health Centre already hosts on 10 March 2026. Pick a different agency to change the host.',
    );
    expect(
      isAppError(
        catchError(() => applyOverride(plan, '2026-03-10', 'sc', ' ')),
        'BAD_INPUT',
      ),
    ).toBe(true);
  });

  it('explains a host with the deciding facts and any bank-holiday move', () => {
    expect(explainHost(plan, '2026-03-10')).toBe(
      'Riverside Health Centre hosts on 10 Mar 2026 because it has not hosted yet and joined the forum before Youth Hub.',
    );
    const moved = planRota(
      makeSeries({ cadence: lastMonday, startDate: '2026-05-01' }),
      agencies,
      [],
      '2026-05-01',
      1,
    );
    const expected =
      'Oakfield Primary hosts on 26 May 2026 because it has not hosted yet and joined the forum before Riverside Health Centre. ' +
      'Moved from Mon 25 May 2026, a bank holiday in England and Wales (Spring bank holiday), to Tue 26 May 2026.';
    expect(explainHost(moved, '2026-05-26')).toBe(expected);
    expect(explainHost(moved, '2026-05-25')).toBe(expected);
    expect(
      isAppError(
        catchError(() => explainHost(plan, '2026-03-11')),
        'NOT_FOUND',
      ),
    ).toBe(true);
  });
});
