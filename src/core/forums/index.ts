// Rotating practitioner forums: recurrence, bank holidays, fair host rotation, calendars. Pure
// functions over plain data; storage and the scheduler call them with the current date.
export { applyHolidayRule, type ResolvedMeetingDate } from './apply-holiday-rule.ts';
export { applyOverride } from './apply-override.ts';
export {
  type BankHoliday,
  findBankHoliday,
  type HolidayOverrides,
  isWeekend,
  isWorkingDay,
  listBankHolidays,
  nextWorkingDay,
  parseHolidayOverrides,
  readHolidayOverridesFile,
} from './bank-holidays.ts';
export { buildForumCalendar, type CalendarOccurrence, type CalendarOptions } from './build-calendar.ts';
export { buildVtimezone } from './build-vtimezone.ts';
export { chooseNextHost } from './choose-next-host.ts';
export { explainHost } from './explain-host.ts';
export { describeCadence, listMeetingDates, type RecurrenceSource } from './list-meeting-dates.ts';
export { formatDayAndDate, formatLongDate, formatShortDate, isIsoDate } from './local-dates.ts';
export { planRota } from './plan-rota.ts';
export { type RotaChangeOptions, swapHosts } from './swap-hosts.ts';
export { meetingStartInstant, parseLocalTime } from './to-instant.ts';
export type {
  Agency,
  Cadence,
  ForumSeries,
  HolidayRule,
  HostChoice,
  HostingEvent,
  HostingEventKind,
  Nation,
  NthWeekday,
  PlannedOccurrence,
  RotaChange,
  Sector,
  Weekday,
} from './types.ts';
export { NATIONS, SECTORS, WEEKDAYS } from './types.ts';
export {
  agencySchema,
  forumSeriesSchema,
  parseAgencies,
  parseAgency,
  parseForumSeries,
} from './validate-forum.ts';
