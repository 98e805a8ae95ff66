import { closestSector, parseSector } from '../pulse/parse-sector.ts';
import { AppError } from '../shared/errors.ts';
import { attempt, type Outcome } from '../shared/outcome.ts';
import type { MemberRecord } from '../shared/ports.ts';
import type { ForumService, PlanResult } from './forum-service.ts';
import { parseCadencePhrase } from './parse-forum-command.ts';
import type { RsvpAnswer, StoredOccurrence } from './ports.ts';
import { readClockTime } from './read-clock-time.ts';
import type { Agency, Cadence, ForumSeries } from './types.ts';

/**
 * The forum actions a person can take, with typed input and a typed outcome. Chat commands,
 * Slack modals, Teams cards and the dashboard all call these; a refusal names the input field it
 * concerns (`name`, `cadence`, `time`, `start`, `duration`, `channel`...), so a form can show it
 * beside that field.
 */

/** A new forum as a form or a command gives it. */
export interface CreateForumInput {
  name: string;
  /** Words such as "every 2 months on the 2nd tuesday", or a cadence already structured. */
  cadence: string | Cadence;
  /** Local start time, HH:mm (required: a missing one is refused with the field named). */
  time?: string;
  /** First possible date, YYYY-MM-DD (required, like `time`). */
  start?: string;
  channelId: string;
  durationMinutes?: number;
  end?: string;
  zone?: string;
  nation?: string;
  holidays?: 'move' | 'flag';
  venue?: string;
  horizon?: number;
  hostReminderDays?: number;
  memberReminderDays?: number;
  /** Days before each meeting that it is announced (default 28). */
  announceDays?: number;
}

/** The series schema's keys, as the input fields people fill in. */
const FORUM_FIELDS: Record<string, string> = {
  name: 'name',
  cadence: 'cadence',
  startTime: 'time',
  startDate: 'start',
  endDate: 'end',
  durationMinutes: 'duration',
  channelId: 'channel',
  timeZone: 'zone',
  nation: 'nation',
  holidayRule: 'holidays',
  venueRule: 'venue',
  horizon: 'horizon',
  hostReminderDays: 'host_reminder',
  memberReminderDays: 'member_reminder',
  announceDays: 'announce',
};

const AGENCY_FIELDS: Record<string, string> = {
  name: 'name',
  sector: 'sector',
  contacts: 'contacts',
  canHost: 'host',
  venue: 'venue',
  nation: 'nation',
  blackoutDates: 'blackout',
};

function renamed(error: unknown, fields: Record<string, string>): unknown {
  if (!(error instanceof AppError) || error.field === undefined) return error;
  const field = fields[error.field];
  return field && field !== error.field
    ? new AppError(error.code, error.message, { cause: error.cause, field })
    : error;
}

/** Runs `work` and names refusals after the input's fields. */
async function withFields<T>(fields: Record<string, string>, work: () => Promise<T>): Promise<Outcome<T>> {
  return attempt(async () => {
    try {
      return await work();
    } catch (error) {
      throw renamed(error, fields);
    }
  });
}

export interface NewAgencyInput {
  forum?: string;
  name: string;
  sector?: string;
  contacts?: string[];
  canHost?: boolean;
  venue?: string;
  nation?: string;
  blackoutDates?: string[];
}

export type RotaChangeInput =
  | { kind: 'swap'; forum?: string; dateA: string; dateB: string }
  | { kind: 'defer' | 'absent'; forum?: string; date: string; note?: string }
  | { kind: 'override'; forum?: string; date: string; agencyName: string };

export interface RsvpInput {
  answer: RsvpAnswer;
  /** The meeting; without it, the next meeting of `forum` (or of the only forum). */
  occurrenceId?: string;
  forum?: string;
}

export interface RsvpResult {
  answer: RsvpAnswer;
  occurrence: StoredOccurrence;
  counts: Record<RsvpAnswer, number>;
}

export interface MeetingDetailsInput {
  forum?: string;
  date: string;
  venue?: string;
  agendaUrl?: string;
  notesUrl?: string;
}

/** The forum use cases over one `ForumService`. */
export class ForumUseCases {
  constructor(private readonly service: ForumService) {}

  /** Creates a forum series (coordinators). */
  createForum(member: MemberRecord, input: CreateForumInput): Promise<Outcome<ForumSeries>> {
    return withFields(FORUM_FIELDS, async () => {
      if (!input.name?.trim()) throw new AppError('BAD_INPUT', 'Give the forum a name.', { field: 'name' });
      if (typeof input.cadence === 'string' && !input.cadence.trim()) {
        throw new AppError('BAD_INPUT', 'Say how often it meets, e.g. "every 2 months on the 2nd tuesday".', {
          field: 'cadence',
        });
      }
      const cadence = typeof input.cadence === 'string' ? parseCadencePhrase(input.cadence) : input.cadence;
      return this.service.createForum(member, {
        name: input.name,
        channelId: input.channelId,
        timeZone: input.zone,
        startTime: readTime(input.time),
        durationMinutes: input.durationMinutes ?? 120,
        cadence,
        startDate: input.start,
        endDate: input.end,
        nation: input.nation,
        holidayRule:
          input.holidays === 'flag' ? 'flag' : input.holidays ? 'move_next_working_day' : undefined,
        venueRule: input.venue,
        horizon: input.horizon,
        hostReminderDays: input.hostReminderDays,
        memberReminderDays: input.memberReminderDays,
        announceDays: input.announceDays,
      });
    });
  }

  /** Adds a member agency to a forum and re-plans the rota (hosts and coordinators). */
  addAgency(
    member: MemberRecord,
    input: NewAgencyInput,
  ): Promise<Outcome<{ forum: ForumSeries; agency: Agency; problem?: string }>> {
    return withFields(AGENCY_FIELDS, async () => {
      const forum = await this.forum(member, input.forum);
      const near = input.sector && !parseSector(input.sector) ? closestSector(input.sector) : undefined;
      if (near) {
        throw new AppError(
          'BAD_INPUT',
          `I don't know the sector "${input.sector}": did you mean ${near.replace(/_/g, ' ')}? Add the agency again with sector=${near}.`,
          { field: 'sector' },
        );
      }
      const { agency, problem } = await this.service.addAgency(member, forum, {
        name: input.name,
        // "early years", "school", "NHS": read as the pulse surveys read a sector.
        sector: (input.sector && parseSector(input.sector)) || input.sector,
        contacts: input.contacts ?? [],
        canHost: input.canHost ?? true,
        venue: input.venue,
        nation: input.nation,
        blackoutDates: input.blackoutDates ?? [],
      });
      return { forum, agency, problem };
    });
  }

  /** Removes a member agency and re-plans without it (coordinators). */
  removeAgency(
    member: MemberRecord,
    input: { forum?: string; name: string },
  ): Promise<Outcome<{ forum: ForumSeries; agency: Agency; problem?: string }>> {
    return attempt(async () => {
      const forum = await this.forum(member, input.forum);
      const { agency, problem } = await this.service.removeAgency(member, forum, input.name);
      return { forum, agency, problem };
    }, 'name');
  }

  /** Swaps, defers, records an absence or overrides a host. */
  changeRota(
    member: MemberRecord,
    change: RotaChangeInput,
  ): Promise<Outcome<{ forum: ForumSeries; result: PlanResult }>> {
    return attempt(async () => {
      const forum = await this.forum(member, change.forum);
      const { forum: _forum, ...rest } = change;
      return { forum, result: await this.service.changeRota(member, forum, rest) };
    });
  }

  /** Moves a meeting to another date (and time). */
  reschedule(
    member: MemberRecord,
    input: { forum?: string; date: string; to: { date: string; time?: string } },
  ): Promise<Outcome<{ forum: ForumSeries; moved: StoredOccurrence }>> {
    return attempt(async () => {
      const forum = await this.forum(member, input.forum);
      const to = { date: input.to.date, time: readTime(input.to.time) };
      return { forum, moved: await this.service.reschedule(member, forum, input.date, to) };
    });
  }

  /** Cancels one meeting; members are told once. */
  cancel(
    member: MemberRecord,
    input: { forum?: string; date: string },
  ): Promise<Outcome<{ forum: ForumSeries; cancelled: StoredOccurrence }>> {
    return attempt(async () => {
      const forum = await this.forum(member, input.forum);
      return { forum, cancelled: await this.service.cancel(member, forum, input.date) };
    });
  }

  /** Sets a meeting's venue, agenda or notes link (host contacts and coordinators). */
  setDetails(member: MemberRecord, input: MeetingDetailsInput): Promise<Outcome<StoredOccurrence>> {
    return attempt(async () => {
      const forum = await this.forum(member, input.forum);
      const details = {
        ...(input.venue !== undefined ? { venue: input.venue } : {}),
        ...(input.agendaUrl !== undefined ? { agendaUrl: input.agendaUrl } : {}),
        ...(input.notesUrl !== undefined ? { notesUrl: input.notesUrl } : {}),
      };
      return this.service.setDetails(member, forum, input.date, details);
    });
  }

  /** Records (or changes) a member's answer for a meeting. */
  rsvp(member: MemberRecord, input: RsvpInput): Promise<Outcome<RsvpResult>> {
    return attempt(async () => {
      const result = await this.service.rsvp(member, input.answer, {
        occurrenceId: input.occurrenceId,
        forum: input.occurrenceId ? undefined : await this.forum(member, input.forum),
      });
      return { answer: input.answer, ...result };
    });
  }

  /** The forum's calendar as an .ics export. */
  exportCalendar(
    member: MemberRecord,
    input: { forum?: string },
  ): Promise<Outcome<{ forum: ForumSeries; filename: string; ics: string }>> {
    return attempt(async () => {
      const forum = await this.forum(member, input.forum);
      const ics = await this.service.calendar(forum);
      const slug = forum.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      return { forum, filename: `${slug || 'forum'}.ics`, ics };
    });
  }

  private async forum(member: MemberRecord, name: string | undefined): Promise<ForumSeries> {
    try {
      return await this.service.requireForum(member.workspaceId, name);
    } catch (error) {
      throw error instanceof AppError && error.field === undefined
        ? new AppError(error.code, error.message, { field: 'forum' })
        : error;
    }
  }
}

/** A time as people type it ("10am", "13.30") as the HH:mm that every form and command is checked against. */
function readTime(time: string | undefined): string | undefined {
  return time === undefined ? undefined : readClockTime(time);
}
