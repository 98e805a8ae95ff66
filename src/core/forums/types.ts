// The forum domain as core sees it. Storage maps its rows to these types; adapters render them.

/**
 * The nine children's workforce sectors the national CAF evaluation reported on, plus police,
 * housing and a catch-all.
 */
export type Sector =
  | 'drug_and_alcohol'
  | 'early_years'
  | 'education'
  | 'health'
  | 'social_care'
  | 'third_sector'
  | 'youth_support'
  | 'youth_offending'
  | 'sport_play_leisure'
  | 'police'
  | 'housing'
  | 'other';

export const SECTORS: readonly Sector[] = [
  'drug_and_alcohol',
  'early_years',
  'education',
  'health',
  'social_care',
  'third_sector',
  'youth_support',
  'youth_offending',
  'sport_play_leisure',
  'police',
  'housing',
  'other',
];

/** The UK bank-holiday calendars: England and Wales share one, Scotland and Northern Ireland differ. */
export type Nation = 'england_wales' | 'scotland' | 'northern_ireland';

export const NATIONS: readonly Nation[] = ['england_wales', 'scotland', 'northern_ireland'];

/** A day of the week, spelt out so stored series read plainly. */
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** Monday first, so `WEEKDAYS[isoWeekday - 1]` names an ISO weekday (1 = Monday ... 7 = Sunday). */
export const WEEKDAYS: readonly Weekday[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Which occurrence of a weekday in the month: first to fourth, or -1 for the last. */
export type NthWeekday = 1 | 2 | 3 | 4 | -1;

/**
 * How often a forum meets. The interval counts from the first meeting on or after the series'
 * start date, so "every 3 weeks on Wednesday from Thu 1 Jan" first meets on Wed 7 Jan.
 * `monthly_day` with a day of 29 to 31 meets on the month's last day in shorter months.
 */
export type Cadence =
  | { kind: 'weekly'; intervalWeeks: number; weekday: Weekday }
  | { kind: 'monthly_day'; intervalMonths: number; dayOfMonth: number }
  | { kind: 'monthly_weekday'; intervalMonths: number; weekday: Weekday; nth: NthWeekday };

/**
 * What to do when a meeting falls on a bank holiday (or on a weekend the cadence did not ask for):
 * move it to the next working day, or keep the date and flag it for the coordinator to decide.
 */
export type HolidayRule = 'move_next_working_day' | 'flag';

/** A recurring forum, such as a CAF Practitioners' Forum, hosted in turn by member agencies. */
export interface ForumSeries {
  id: string;
  workspaceId: string;
  name: string;
  /** The chat channel where the forum is announced. */
  channelId: string;
  /** IANA time zone of the meeting's wall-clock time; 'Europe/London' unless set. */
  timeZone: string;
  /** Local start time, 'HH:mm' (24-hour). */
  startTime: string;
  durationMinutes: number;
  cadence: Cadence;
  /** 'YYYY-MM-DD': the first meeting is the first date matching the cadence on or after this. */
  startDate: string;
  /** 'YYYY-MM-DD', inclusive: no meeting is planned after it. */
  endDate?: string;
  /** Whose bank holidays apply. */
  nation: Nation;
  holidayRule: HolidayRule;
  /** Free text on where meetings happen, e.g. "at the host agency" or "online". */
  venueRule?: string;
  /** How many occurrences to keep planned ahead (default 3). */
  horizon: number;
  /** Days before a meeting to remind the host (default 14). */
  hostReminderDays: number;
  /** Days before a meeting to remind members (default 2). */
  memberReminderDays: number;
  /** Days before a meeting that it is announced (default 28: four weeks). */
  announceDays?: number;
  /** The coordinator who created it (told when one of its posts cannot be sent). */
  createdBy?: string;
}

/** A member agency of a forum: a school, health centre, youth service, charity... */
export interface Agency {
  id: string;
  name: string;
  sector: Sector;
  /** Chat user ids of the agency's contacts for the forum. */
  contacts: string[];
  /** False for members that never host (no room, or membership only). */
  canHost: boolean;
  venue?: string;
  nation?: Nation;
  /** 'YYYY-MM-DD' dates on which the agency cannot host (INSET days, building works...). */
  blackoutDates: string[];
  /** False once the agency has left the forum; kept for history. */
  active: boolean;
}

/**
 * What happened, or is agreed, about hosting one occurrence:
 * - `hosted`: the agency hosted (or, for a future date, is recorded as the host);
 * - `deferred`: the agency asked not to host this one and keeps its place: it is owed the next
 *   turn it can take;
 * - `absent`: the agency did not host when due; its turn passes on as if taken, nothing is owed;
 * - `swapped` / `override`: a swap or a coordinator pinned this agency as the host of the date;
 * - `skipped`: the meeting did not go ahead; rotation is unaffected;
 * - `planned`: never stored: the host a meeting already has in the stored plan, so re-planning
 *   keeps it (a later swap, override, deferral or absence for that date still wins).
 */
export type HostingEventKind =
  | 'hosted'
  | 'deferred'
  | 'absent'
  | 'swapped'
  | 'override'
  | 'skipped'
  | 'planned';

/**
 * One append-only history entry. `occurrenceDate` may be the meeting's planned date or its date
 * after a bank-holiday move; both are recognised.
 */
export interface HostingEvent {
  occurrenceDate: string;
  agencyId: string;
  kind: HostingEventKind;
  note?: string;
  /** Who made the change, for swaps and overrides. */
  byUserId?: string;
}

/** The agency chosen to host one occurrence, and why, in words a coordinator can read out. */
export interface HostChoice {
  agencyId: string;
  reason: string;
}

/** One planned meeting with its host. */
export interface PlannedOccurrence {
  /** The meeting date after the holiday rule, 'YYYY-MM-DD'. */
  date: string;
  /** The date the cadence gave, before any bank-holiday move. */
  originalDate: string;
  /** Set when the cadence date is a bank holiday or weekend: what it is and what was done. */
  holidayFlag?: string;
  startsAt: Date;
  endsAt: Date;
  hostAgencyId: string;
  hostName: string;
  reason: string;
}

/** A changed plan and the history entries to append for the change. */
export interface RotaChange {
  plan: PlannedOccurrence[];
  events: HostingEvent[];
}
