import type { Agency, Cadence, ForumSeries, HostingEvent } from '../../../src/core/forums/index.ts';

/** A CAF Practitioners' Forum: every two months on the second Tuesday, 13:30 to 15:30, London. */
export function makeSeries(overrides: Partial<ForumSeries> = {}): ForumSeries {
  return {
    id: 'forum-1',
    workspaceId: 'T-workspace',
    name: "CAF Practitioners' Forum",
    channelId: 'C-caf',
    timeZone: 'Europe/London',
    startTime: '13:30',
    durationMinutes: 120,
    cadence: { kind: 'monthly_weekday', intervalMonths: 2, weekday: 'tuesday', nth: 2 },
    startDate: '2026-01-01',
    nation: 'england_wales',
    holidayRule: 'move_next_working_day',
    horizon: 3,
    hostReminderDays: 14,
    memberReminderDays: 2,
    ...overrides,
  };
}

export function makeCadenceSeries(cadence: Cadence, startDate = '2026-01-01', endDate?: string) {
  return endDate === undefined ? { cadence, startDate } : { cadence, startDate, endDate };
}

export function makeAgency(id: string, name: string, overrides: Partial<Agency> = {}): Agency {
  return {
    id,
    name,
    sector: 'education',
    contacts: [`U-${id}`],
    canHost: true,
    blackoutDates: [],
    active: true,
    ...overrides,
  };
}

/** Seven member agencies in join order, as a typical partnership forum. */
export function makeAgencies(): Agency[] {
  return [
    makeAgency('oak', 'Oakfield Primary'),
    makeAgency('riv', 'Riverside Health Centre', { sector: 'health' }),
    makeAgency('yh', 'Youth Hub', { sector: 'youth_support' }),
    makeAgency('sc', "Children's Social Care", { sector: 'social_care' }),
    makeAgency('ey', 'Little Acorns Nursery', { sector: 'early_years' }),
    makeAgency('vs', 'Family Action', { sector: 'third_sector' }),
    makeAgency('yot', 'Youth Offending Team', { sector: 'youth_offending' }),
  ];
}

export function hosted(occurrenceDate: string, agencyId: string): HostingEvent {
  return { occurrenceDate, agencyId, kind: 'hosted' };
}

/** The error a call throws; fails the test when it throws nothing. */
export function catchError(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
