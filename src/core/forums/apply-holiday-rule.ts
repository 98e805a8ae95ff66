import { findBankHoliday, isWeekend, nextWorkingDay } from './bank-holidays.ts';
import { formatDayAndDate, isoWeekday } from './local-dates.ts';
import type { ForumSeries, Nation } from './types.ts';

const NATION_NAMES: Record<Nation, string> = {
  england_wales: 'England and Wales',
  scotland: 'Scotland',
  northern_ireland: 'Northern Ireland',
};

/** A cadence date after the series' holiday rule. */
export interface ResolvedMeetingDate {
  date: string;
  holidayFlag?: string;
}

function cadenceChoosesWeekends(series: Pick<ForumSeries, 'cadence'>): boolean {
  const { cadence } = series;
  return cadence.kind !== 'monthly_day' && (cadence.weekday === 'saturday' || cadence.weekday === 'sunday');
}

/**
 * Applies the series' holiday rule to a date the cadence gave. A bank holiday in the series'
 * nation triggers the rule, and so does a weekend, unless the cadence itself names a Saturday or
 * Sunday (a weekend football forum meets on weekends on purpose). `move_next_working_day` moves the
 * meeting to the next Monday-to-Friday non-holiday; `flag` keeps the date and says why it needs a look.
 */
export function applyHolidayRule(
  series: Pick<ForumSeries, 'cadence' | 'nation' | 'holidayRule'>,
  originalDate: string,
): ResolvedMeetingDate {
  const holiday = findBankHoliday(originalDate, series.nation);
  const unwantedWeekend = isWeekend(originalDate) && !cadenceChoosesWeekends(series);
  if (!holiday && !unwantedWeekend) return { date: originalDate };
  const what = holiday
    ? `a bank holiday in ${NATION_NAMES[series.nation]} (${holiday.name})`
    : `a ${isoWeekday(originalDate) === 6 ? 'Saturday' : 'Sunday'}`;
  if (series.holidayRule === 'flag') {
    return {
      date: originalDate,
      holidayFlag: `${formatDayAndDate(originalDate)} is ${what}: confirm the meeting or move it`,
    };
  }
  const date = nextWorkingDay(originalDate, series.nation);
  return {
    date,
    holidayFlag: `Moved from ${formatDayAndDate(originalDate)}, ${what}, to ${formatDayAndDate(date)}`,
  };
}
