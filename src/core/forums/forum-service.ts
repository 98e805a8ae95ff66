import { DateTime } from 'luxon';
import { AppError } from '../shared/errors.ts';
import { matchName } from '../shared/match-name.ts';
import type {
  Clock,
  MemberRecord,
  MemberRepository,
  NewScheduledPost,
  OutboundMessage,
  ScheduledPostRepository,
  TroubledPost,
} from '../shared/ports.ts';
import { plainText, withMentions } from '../shared/post-parts.ts';
import { requireRole } from '../shared/roles.ts';
import { applyOverride } from './apply-override.ts';
import { buildForumCalendar } from './build-calendar.ts';
import { calendarFeedToken, checkCalendarFeedToken } from './calendar-feed-token.ts';
import {
  type AnnouncedMeeting,
  announcementMessage,
  daysBefore,
  describeChanges,
  localStartTime,
  readSnapshot,
  rsvpActions,
  snapshotMeeting,
  turnNoticeMessage,
  turnNoticeText,
  updateMessage,
} from './compose-forum-posts.ts';
import { describeCadence } from './list-meeting-dates.ts';
import { formatDayAndDate, formatLongDate, isIsoDate } from './local-dates.ts';
import type { ForumRepository, NewAgency, RsvpAnswer, StoredOccurrence } from './ports.ts';
import { replanRota } from './replan-rota.ts';
import { swapHosts } from './swap-hosts.ts';
import { meetingStartInstant } from './to-instant.ts';
import type { Agency, ForumSeries, HostingEvent, HostingEventKind, PlannedOccurrence } from './types.ts';
import { parseAgency, parseForumSeries } from './validate-forum.ts';

/** The four scheduled posts of a meeting. */
export type ForumPostKind = 'announcement' | 'host_reminder' | 'member_reminder' | 'follow_up';

const DAY_MS = 86_400_000;

export interface ForumServiceDeps {
  forums: ForumRepository;
  posts: ScheduledPostRepository;
  clock: Clock;
  /** Domain for calendar UIDs. */
  calendarDomain?: string;
  /**
   * The calendar feed: the secret that signs feed addresses and the public base URL they are
   * served under (`/calendar/...`), when this joinedup serves HTTP.
   */
  calendarFeed?: { secret: string; baseUrl: string };
  /** Display names for "who is coming" (user ids are shown without it). */
  members?: Pick<MemberRepository, 'listMembers'>;
}

/** Who is coming to a meeting, as the person asking may see it. */
export interface Attendance {
  forum: ForumSeries;
  occurrence: StoredOccurrence;
  counts: Record<RsvpAnswer, number>;
  /** Names by answer: only for the host agency's contacts and coordinators. */
  names?: Record<RsvpAnswer, string[]>;
}

/** What changed when a forum was (re)planned. */
export interface PlanResult {
  occurrences: StoredOccurrence[];
  postsScheduled: number;
  /** Why the horizon could not be planned in full (e.g. no agency can host a date), if so. */
  problem?: string;
}

/** Days before a meeting that it is announced, unless the forum says otherwise: four weeks. */
export const DEFAULT_ANNOUNCE_DAYS = 28;

export { localStartTime };

/** The host reminder: the host agency's contacts mentioned, then the reminder. */
function hostReminder(
  contacts: readonly string[],
  text: string,
  data: Record<string, unknown>,
): OutboundMessage {
  const parts = withMentions(contacts, text);
  return { kind: 'forum_host_reminder', text: plainText(parts), parts, data };
}

/** A meeting's key prefix for its scheduled posts. */
export const postKeyPrefix = (occurrenceId: string) => `forum:${occurrenceId}:`;

/**
 * Forum use cases over the repository ports: create forums and agencies, plan meetings with a
 * fair rota, change the rota (swap, defer, absent, override, cancel), collect RSVPs and export
 * calendars. Every change re-plans the horizon and (re)schedules the posts, whose keys make each
 * post go out once however often planning runs.
 */
export class ForumService {
  constructor(private readonly deps: ForumServiceDeps) {}

  async createForum(member: MemberRecord, input: Record<string, unknown>): Promise<ForumSeries> {
    requireRole(member, 'coordinator', 'create a forum');
    const series = parseForumSeries({ ...input, id: 'new', workspaceId: member.workspaceId });
    const { id: _id, ...rest } = series;
    return this.deps.forums.createForum({ ...rest, createdBy: member.userId });
  }

  async requireForum(workspaceId: string, idOrName: string | undefined): Promise<ForumSeries> {
    const all = await this.deps.forums.listForums(workspaceId);
    if (!idOrName) {
      if (all.length === 1 && all[0]) return all[0];
      throw new AppError(
        'BAD_INPUT',
        all.length === 0
          ? 'There are no forums yet. A coordinator can create one with `forum create`.'
          : `Say which forum: ${all.map((f) => `"${f.name}"`).join(', ')}.`,
      );
    }
    const forum = await this.deps.forums.findForum(workspaceId, idOrName);
    if (forum) return forum;
    const found = matchName(
      idOrName,
      all.map((f) => f.name),
    );
    if ('match' in found) return all.find((f) => f.name === found.match) as ForumSeries;
    const options = 'ambiguous' in found ? found.ambiguous : found.closest;
    throw new AppError(
      'NOT_FOUND',
      options.length > 0
        ? `Which forum did you mean: ${options.map((n) => `"${n}"`).join(' or ')}?`
        : `There is no forum called "${idOrName}". Try \`forum list\`.`,
      { field: 'forum' },
    );
  }

  listForums(workspaceId: string): Promise<ForumSeries[]> {
    return this.deps.forums.listForums(workspaceId);
  }

  async addAgency(
    member: MemberRecord,
    forum: ForumSeries,
    input: Record<string, unknown>,
  ): Promise<{ agency: Agency; problem?: string }> {
    requireRole(member, 'host', 'add agencies to a forum');
    const parsed = parseAgency({ ...input, id: 'new', active: true });
    const { id: _id, active: _active, ...agency } = parsed;
    const created = await this.deps.forums.addAgency(forum.workspaceId, forum.id, agency as NewAgency);
    const { problem } = await this.plan(forum);
    return { agency: created, problem };
  }

  listAgencies(forum: ForumSeries): Promise<Agency[]> {
    return this.deps.forums.listAgencies(forum.workspaceId, forum.id);
  }

  async removeAgency(
    member: MemberRecord,
    forum: ForumSeries,
    name: string,
  ): Promise<{ agency: Agency; problem?: string }> {
    requireRole(member, 'coordinator', 'remove agencies from a forum');
    const agency = await this.findAgency(forum, name);
    await this.deps.forums.setAgencyActive(forum.workspaceId, forum.id, agency.id, false);
    const { problem } = await this.plan(forum);
    return { agency, problem };
  }

  async findAgency(forum: ForumSeries, name: string): Promise<Agency> {
    const agencies = await this.deps.forums.listAgencies(forum.workspaceId, forum.id);
    const byId = agencies.find((a) => a.id === name);
    if (byId) return byId;
    const found = matchName(
      name,
      agencies.map((a) => a.name),
    );
    if ('match' in found) return agencies.find((a) => a.name === found.match) as Agency;
    if ('ambiguous' in found) {
      throw new AppError(
        'NOT_FOUND',
        `Which agency did you mean: ${found.ambiguous.map((n) => `"${n}"`).join(' or ')}?`,
        { field: 'agency' },
      );
    }
    throw new AppError(
      'NOT_FOUND',
      `"${name}" is not a member agency of ${forum.name}. Members: ${agencies.map((a) => a.name).join(', ') || 'none yet'}.`,
      { field: 'agency' },
    );
  }

  /** Today's date in a zone (the forums' default, London, unless given). */
  todayIn(zone = 'Europe/London'): string {
    return DateTime.fromJSDate(this.deps.clock.now(), { zone }).toISODate() ?? '';
  }

  /** The forum's local date today. */
  private today(forum: ForumSeries): string {
    return DateTime.fromJSDate(this.deps.clock.now(), { zone: forum.timeZone }).toISODate() ?? '';
  }

  /**
   * Hosting history as the rota sees it: the recorded events plus, for meetings that have
   * already happened and were not cancelled, a `hosted` turn for their host.
   */
  private async rotaHistory(forum: ForumSeries): Promise<HostingEvent[]> {
    const events = await this.deps.forums.listHistory(forum.workspaceId, forum.id);
    const past = await this.deps.forums.listOccurrences(forum.workspaceId, forum.id, new Date(0));
    const now = this.deps.clock.now();
    const recorded = new Set(events.filter((e) => e.kind !== 'deferred').map((e) => e.occurrenceDate));
    const hosted = past
      .filter((o) => o.status === 'confirmed' && o.startsAt < now && !recorded.has(o.date))
      .map((o): HostingEvent => ({ occurrenceDate: o.date, agencyId: o.hostAgencyId, kind: 'hosted' }));
    return [...hosted, ...events];
  }

  /** The plan for the horizon from today: the stored meetings' hosts, then the rota for new dates. */
  async currentPlan(forum: ForumSeries): Promise<PlannedOccurrence[]> {
    return (await this.plannable(forum)).plan;
  }

  /**
   * Meetings still to come as stored: once the forum is live (a meeting has been announced or
   * held), their hosts stand until a change names them. Before that the rota is a draft that a
   * coordinator setting the forum up (adding agencies one by one) sees re-planned in full.
   */
  private async keptMeetings(forum: ForumSeries): Promise<StoredOccurrence[]> {
    const now = this.deps.clock.now();
    const stored = await this.deps.forums.listOccurrences(forum.workspaceId, forum.id, new Date(0));
    const upcoming = stored.filter((o) => o.status === 'confirmed' && o.startsAt >= now);
    return (await this.isLive(forum, stored)) ? upcoming : [];
  }

  private async isLive(forum: ForumSeries, stored: readonly StoredOccurrence[]): Promise<boolean> {
    const now = this.deps.clock.now();
    if (stored.some((o) => o.startsAt < now)) return true;
    for (const occurrence of stored) {
      const post = await this.deps.posts.find(
        forum.workspaceId,
        `${postKeyPrefix(occurrence.id)}announcement`,
      );
      if (post && post.status !== 'pending' && post.status !== 'cancelled' && post.status !== 'skipped') {
        return true;
      }
    }
    return false;
  }

  /**
   * The longest plan that can be made: when no agency can host some date, the meetings before it
   * are still planned and the problem is reported, rather than the whole rota failing. `change`
   * holds the events of a change being made now (not yet in the stored history).
   */
  private async plannable(
    forum: ForumSeries,
    change: readonly HostingEvent[] = [],
  ): Promise<{ plan: PlannedOccurrence[]; problem?: string }> {
    const agencies = await this.deps.forums.listAgencies(forum.workspaceId, forum.id, true);
    if (!agencies.some((a) => a.active)) return { plan: [] };
    const history = await this.rotaHistory(forum);
    const kept = await this.keptMeetings(forum);
    // This change's events were just appended to the stored history (they come last): they go
    // after the kept plan instead, so they win over it.
    const older = history.slice(0, history.length - change.length);
    let problem: string | undefined;
    for (let count = forum.horizon; count > 0; count--) {
      try {
        const plan = replanRota(forum, agencies, older, kept, change, this.today(forum), count);
        return { plan, problem };
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'BAD_INPUT') throw error;
        problem ??= error.message;
      }
    }
    return { plan: [], problem };
  }

  /** Plans the horizon, saves the meetings and schedules their posts. */
  async plan(forum: ForumSeries, change: readonly HostingEvent[] = []): Promise<PlanResult> {
    const { plan: planned, problem } = await this.plannable(forum, change);
    // Meetings moved by hand keep their new date and time whatever the cadence says.
    const stored = await this.deps.forums.listOccurrences(forum.workspaceId, forum.id, new Date(0));
    const moves = new Map(stored.filter((o) => o.moved).map((o) => [o.originalDate, o.moved]));
    const plan = planned.map((p) => {
      const moved = moves.get(p.originalDate);
      if (!moved) return p;
      const startsAt = meetingStartInstant(moved.date, moved.time || forum.startTime, forum.timeZone);
      return {
        ...p,
        date: moved.date,
        startsAt,
        endsAt: new Date(startsAt.getTime() + forum.durationMinutes * 60_000),
        holidayFlag: undefined,
      };
    });
    const saved = await this.deps.forums.saveOccurrences(forum.workspaceId, forum.id, plan);
    const agencies = await this.deps.forums.listAgencies(forum.workspaceId, forum.id, true);
    // Hosts hear of a changed turn once the forum is live; a draft rota changes freely.
    const live = await this.isLive(forum, stored);
    const before = new Map(live ? stored.map((o) => [o.id, o]) : []);
    let postsScheduled = 0;
    for (const occurrence of saved) {
      if (occurrence.status !== 'confirmed') continue;
      postsScheduled += await this.schedulePosts(forum, occurrence, agencies, before.get(occurrence.id));
    }
    return { occurrences: saved, postsScheduled, problem };
  }

  private async schedulePosts(
    forum: ForumSeries,
    occurrence: StoredOccurrence,
    agencies: Agency[],
    before?: StoredOccurrence,
  ): Promise<number> {
    const now = this.deps.clock.now();
    if (occurrence.startsAt <= now) return 0;
    const host = agencies.find((a) => a.id === occurrence.hostAgencyId);
    const snapshot = snapshotMeeting(forum, occurrence, host?.venue);
    const when = `${formatDayAndDate(occurrence.date)} ${snapshot.time}`;
    const agenda = occurrence.agendaUrl ? ` Agenda: ${occurrence.agendaUrl}.` : '';
    const data = { forumId: forum.id, occurrenceId: occurrence.id };
    const nextDay = DateTime.fromJSDate(occurrence.startsAt, { zone: forum.timeZone })
      .plus({ days: 1 })
      .set({ hour: 9, minute: 0, second: 0, millisecond: 0 })
      .toJSDate();
    const notLater = (d: Date) => (d < now ? now : d);
    const ahead = (days: number) => notLater(daysBefore(forum, occurrence.startsAt, days));
    const prefix = postKeyPrefix(occurrence.id);
    const posts: NewScheduledPost[] = [];
    const add = (
      kind: string,
      key: string,
      dueAt: Date,
      expiresAt: Date,
      message: OutboundMessage,
      channelId = forum.channelId,
    ) => posts.push({ workspaceId: forum.workspaceId, key, kind, channelId, message, dueAt, expiresAt });

    const told = await this.lastAnnounced(forum, occurrence);
    if (!told) {
      // Not announced yet: one announcement at the lead time, rewritten in place until it goes out.
      add(
        'announcement',
        `${prefix}announcement`,
        ahead(forum.announceDays ?? DEFAULT_ANNOUNCE_DAYS),
        occurrence.startsAt,
        announcementMessage(forum, occurrence, snapshot),
      );
    } else if (describeChanges(told, snapshot).length > 0) {
      // Announced, then changed: one update saying what changed since the channel last heard.
      const key = `${prefix}update:${occurrence.sequence}`;
      await this.deps.posts.cancelPending(forum.workspaceId, `${prefix}update:`, key);
      add('update', key, now, occurrence.startsAt, updateMessage(forum, occurrence, told, snapshot));
    }
    if (before && before.hostAgencyId !== occurrence.hostAgencyId) {
      const was = snapshotMeeting(forum, before, undefined);
      const losing = agencies.find((a) => a.id === before.hostAgencyId);
      for (const [agency, gains] of [
        [host, true],
        [losing, false],
      ] as const) {
        for (const contact of agency?.contacts ?? []) {
          add(
            'host_notice',
            `${prefix}turn:${occurrence.sequence}:${contact}`,
            now,
            occurrence.startsAt,
            turnNoticeMessage(
              contact,
              turnNoticeText(
                forum,
                agency?.name ?? '',
                gains ? snapshot : { ...was, hostName: occurrence.hostName },
                gains,
              ),
              data,
            ),
            // Privately: to the contact directly, not the forum's channel.
            contact,
          );
        }
      }
    }
    add(
      'host_reminder',
      `${prefix}host_reminder`,
      ahead(forum.hostReminderDays),
      occurrence.startsAt,
      hostReminder(
        host?.contacts ?? [],
        `${occurrence.hostName} hosts ${forum.name} on ${when}. Please confirm the venue and share the agenda. See who is coming with \`forum coming\`.`,
        { ...data, contacts: host?.contacts ?? [] },
      ),
    );
    add('member_reminder', `${prefix}member_reminder`, ahead(forum.memberReminderDays), occurrence.startsAt, {
      kind: 'forum_member_reminder',
      text: `Reminder: ${forum.name} on ${when}, hosted by ${occurrence.hostName}. Venue: ${snapshot.venue}.${agenda} Are you coming?`,
      actions: rsvpActions(occurrence.id),
      data,
    });
    add('follow_up', `${prefix}follow_up`, nextDay, new Date(nextDay.getTime() + 7 * DAY_MS), {
      kind: 'forum_follow_up',
      text: `Thanks to ${occurrence.hostName} for hosting ${forum.name}.${occurrence.notesUrl ? ` Notes: ${occurrence.notesUrl}.` : ' The host will share the notes.'} Next meeting: see \`forum schedule ${forum.name}\`.`,
      data,
    });
    let created = 0;
    for (const post of posts) {
      if ((await this.deps.posts.schedule(post)).created) created++;
    }
    return created;
  }

  /**
   * What the channel was last told about a meeting: the newest update or the announcement that
   * went out (a post being sent counts: it may be out). Undefined while nothing has gone out.
   */
  private async lastAnnounced(
    forum: ForumSeries,
    occurrence: StoredOccurrence,
  ): Promise<AnnouncedMeeting | undefined> {
    const prefix = postKeyPrefix(occurrence.id);
    const keys = [`${prefix}announcement`];
    for (let sequence = 1; sequence <= occurrence.sequence; sequence++)
      keys.push(`${prefix}update:${sequence}`);
    for (const key of keys.reverse()) {
      const post = await this.deps.posts.find(forum.workspaceId, key);
      if (post && post.status !== 'pending' && post.status !== 'cancelled' && post.status !== 'skipped') {
        const snapshot = readSnapshot(post.message);
        if (snapshot) return snapshot;
      }
    }
    return undefined;
  }

  /**
   * The forum meant by a message in `channelId` when none is named: the only forum, else the one
   * announced in that channel (the one meeting soonest when several are).
   */
  async forumForChannel(workspaceId: string, channelId: string | undefined): Promise<ForumSeries> {
    const all = await this.deps.forums.listForums(workspaceId);
    if (all.length <= 1) return this.requireForum(workspaceId, undefined);
    const here = all.filter((f) => f.channelId === (channelId ?? 'console'));
    if (here.length === 1) return here[0] as ForumSeries;
    const now = this.deps.clock.now();
    let best: { forum: ForumSeries; at: number } | undefined;
    for (const forum of here) {
      const next = (await this.deps.forums.listOccurrences(workspaceId, forum.id, now)).find(
        (o) => o.status === 'confirmed',
      );
      if (next && (!best || next.startsAt.getTime() < best.at)) best = { forum, at: next.startsAt.getTime() };
    }
    if (best) return best.forum;
    return this.requireForum(workspaceId, undefined);
  }

  /**
   * Who is coming to a meeting (the next one unless `date` names one): counts for everyone, and
   * names for the host agency's contacts and coordinators, who plan the room.
   */
  async coming(member: MemberRecord, forum: ForumSeries, date?: string): Promise<Attendance> {
    const now = this.deps.clock.now();
    const upcoming = (await this.deps.forums.listOccurrences(forum.workspaceId, forum.id, now)).filter(
      (o) => o.status === 'confirmed',
    );
    const occurrence = date ? upcoming.find((o) => o.date === date || o.originalDate === date) : upcoming[0];
    if (!occurrence) {
      throw new AppError(
        'NOT_FOUND',
        date
          ? `There is no upcoming meeting on ${formatLongDate(date)}. See \`forum schedule\`.`
          : `${forum.name} has no upcoming meeting.`,
        { field: 'date' },
      );
    }
    const counts = await this.deps.forums.rsvpCounts(forum.workspaceId, occurrence.id);
    const agencies = await this.deps.forums.listAgencies(forum.workspaceId, forum.id, true);
    const host = agencies.find((a) => a.id === occurrence.hostAgencyId);
    const mayName = member.role === 'coordinator' || (host?.contacts.includes(member.userId) ?? false);
    if (!mayName) return { forum, occurrence, counts };
    const answers = await this.deps.forums.listRsvps(forum.workspaceId, occurrence.id);
    const people = await this.deps.members?.listMembers(forum.workspaceId).catch(() => []);
    const nameOf = new Map((people ?? []).map((p) => [p.userId, p.displayName ?? p.userId]));
    const names: Record<RsvpAnswer, string[]> = { going: [], maybe: [], not_going: [] };
    for (const { userId, answer } of answers) names[answer].push(nameOf.get(userId) ?? userId);
    return { forum, occurrence, counts, names };
  }

  /**
   * The next turn to host of each agency the member is a contact for, looking past the planned
   * meetings as far as the rota reaches (one round of every agency beyond them).
   */
  async nextTurns(
    member: MemberRecord,
    forum: ForumSeries,
  ): Promise<{ agency: Agency; meeting?: PlannedOccurrence }[]> {
    const agencies = await this.deps.forums.listAgencies(forum.workspaceId, forum.id, true);
    const mine = agencies.filter((a) => a.active && a.contacts.includes(member.userId));
    if (mine.length === 0) return [];
    const history = await this.rotaHistory(forum);
    const kept = await this.keptMeetings(forum);
    const reach = Math.max(forum.horizon, kept.length) + agencies.filter((a) => a.active).length;
    let plan: PlannedOccurrence[] = [];
    for (let count = reach; count > 0 && plan.length === 0; count = Math.min(count - 1, forum.horizon)) {
      try {
        plan = replanRota(forum, agencies, history, kept, [], this.today(forum), count);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'BAD_INPUT') throw error;
      }
    }
    return mine.map((agency) => {
      const meeting = plan.find((p) => p.hostAgencyId === agency.id);
      return meeting ? { agency, meeting } : { agency };
    });
  }

  /** Upcoming meetings with RSVP counts, and any planning problem to show. */
  async schedule(forum: ForumSeries): Promise<{
    rows: { occurrence: StoredOccurrence; counts: Record<RsvpAnswer, number> }[];
    problem?: string;
    /** The forum's posts that failed or are being retried. */
    troubled: TroubledPost[];
  }> {
    const { problem } = await this.plan(forum);
    const now = this.deps.clock.now();
    const upcoming = await this.deps.forums.listOccurrences(forum.workspaceId, forum.id, now);
    const rows = await Promise.all(
      upcoming.map(async (occurrence) => ({
        occurrence,
        counts: await this.deps.forums.rsvpCounts(forum.workspaceId, occurrence.id),
      })),
    );
    return { rows, problem, troubled: await this.troubledPosts(forum) };
  }

  /** A meeting's RSVP counts and one person's own answer, for a card redrawn after a click. */
  async rsvpState(
    workspaceId: string,
    occurrenceId: string,
    userId: string,
  ): Promise<{ counts: Record<RsvpAnswer, number>; mine: RsvpAnswer | null }> {
    const [counts, mine] = await Promise.all([
      this.deps.forums.rsvpCounts(workspaceId, occurrenceId),
      this.deps.forums.rsvpOf(workspaceId, occurrenceId, userId),
    ]);
    return { counts, mine };
  }

  /** The forum's posts that failed or are being retried (keys name the meeting, not the forum). */
  async troubledPosts(forum: ForumSeries): Promise<TroubledPost[]> {
    const all = await this.deps.posts.listTroubled(forum.workspaceId, 'forum:');
    const mine: TroubledPost[] = [];
    for (const post of all) {
      const occurrenceId = post.key.split(':')[1] ?? '';
      const occurrence = await this.deps.forums.findOccurrence(forum.workspaceId, occurrenceId);
      if (occurrence?.forumId === forum.id) mine.push(post);
    }
    return mine;
  }

  /** The member's upcoming meetings across the workspace's forums, soonest first, with their RSVP. */
  async upcomingFor(
    member: MemberRecord,
    limit = 10,
  ): Promise<{ forum: ForumSeries; occurrence: StoredOccurrence; rsvp: RsvpAnswer | null }[]> {
    const now = this.deps.clock.now();
    const rows: { forum: ForumSeries; occurrence: StoredOccurrence; rsvp: RsvpAnswer | null }[] = [];
    for (const forum of await this.deps.forums.listForums(member.workspaceId)) {
      for (const occurrence of await this.deps.forums.listOccurrences(member.workspaceId, forum.id, now)) {
        if (occurrence.status !== 'confirmed') continue;
        rows.push({
          forum,
          occurrence,
          rsvp: await this.deps.forums.rsvpOf(member.workspaceId, occurrence.id, member.userId),
        });
      }
    }
    return rows
      .sort((a, b) => a.occurrence.startsAt.getTime() - b.occurrence.startsAt.getTime())
      .slice(0, limit);
  }

  /** Records a rota change for one meeting date (swap, defer, absent, override) and re-plans. */
  async changeRota(
    member: MemberRecord,
    forum: ForumSeries,
    change:
      | { kind: 'swap'; dateA: string; dateB: string }
      | { kind: 'defer' | 'absent'; date: string; note?: string }
      | { kind: 'override'; date: string; agencyName: string },
  ): Promise<PlanResult> {
    requireRole(member, change.kind === 'defer' ? 'host' : 'coordinator', 'change the rota');
    const plan = await this.currentPlan(forum);
    const agencies = await this.deps.forums.listAgencies(forum.workspaceId, forum.id, true);
    let events: HostingEvent[];
    if (change.kind === 'swap') {
      events = swapHosts(plan, change.dateA, change.dateB, { agencies, byUserId: member.userId }).events;
    } else if (change.kind === 'override') {
      const agency = await this.findAgency(forum, change.agencyName);
      events = applyOverride(plan, change.date, agency.id, member.userId, agencies).events;
    } else {
      const meeting = plan.find((p) => p.date === change.date || p.originalDate === change.date);
      if (!meeting) {
        throw new AppError(
          'NOT_FOUND',
          `There is no planned meeting on ${change.date}. See \`forum schedule\`.`,
        );
      }
      const kind: HostingEventKind = change.kind === 'defer' ? 'deferred' : 'absent';
      events = [
        {
          occurrenceDate: meeting.date,
          agencyId: meeting.hostAgencyId,
          kind,
          note: change.note,
          byUserId: member.userId,
        },
      ];
    }
    await this.deps.forums.appendHistory(forum.workspaceId, forum.id, events);
    return this.plan(forum, events);
  }

  /**
   * Moves one meeting to another date (and optionally time). The change goes out as an updated
   * announcement, calendars get a new SEQUENCE, and reminders follow the new time.
   */
  async reschedule(
    member: MemberRecord,
    forum: ForumSeries,
    date: string,
    to: { date: string; time?: string },
  ): Promise<StoredOccurrence> {
    requireRole(member, 'coordinator', 'move a meeting');
    if (!isIsoDate(to.date))
      throw new AppError('BAD_INPUT', `"${to.date}" is not a real date: use YYYY-MM-DD.`);
    if (to.time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(to.time)) {
      throw new AppError('BAD_INPUT', `"${to.time}" is not a time: use 24-hour HH:mm, e.g. 13:30.`);
    }
    const now = this.deps.clock.now();
    const upcoming = await this.deps.forums.listOccurrences(forum.workspaceId, forum.id, now);
    const meeting = upcoming.find((o) => o.date === date || o.originalDate === date);
    if (!meeting)
      throw new AppError('NOT_FOUND', `There is no upcoming meeting on ${date}. See \`forum schedule\`.`);
    if (meeting.status === 'cancelled')
      throw new AppError('BAD_INPUT', 'That meeting is cancelled: nothing to move.');
    const time = to.time ?? meeting.moved?.time ?? forum.startTime;
    if (meetingStartInstant(to.date, time, forum.timeZone) <= now) {
      throw new AppError('BAD_INPUT', 'A meeting can only be moved to a time in the future.');
    }
    await this.deps.forums.moveOccurrence(forum.workspaceId, meeting.id, { date: to.date, time });
    const result = await this.plan(forum);
    return result.occurrences.find((o) => o.id === meeting.id) ?? meeting;
  }

  /** Cancels one meeting: its pending posts are withdrawn and a notice goes out once. */
  async cancel(member: MemberRecord, forum: ForumSeries, date: string): Promise<StoredOccurrence> {
    requireRole(member, 'coordinator', 'cancel a meeting');
    const upcoming = await this.deps.forums.listOccurrences(
      forum.workspaceId,
      forum.id,
      this.deps.clock.now(),
    );
    const meeting = upcoming.find((o) => o.date === date || o.originalDate === date);
    if (!meeting)
      throw new AppError('NOT_FOUND', `There is no upcoming meeting on ${date}. See \`forum schedule\`.`);
    const cancelled = await this.deps.forums.cancelOccurrence(forum.workspaceId, meeting.id);
    if (!cancelled)
      throw new AppError('BAD_INPUT', `The meeting on ${formatLongDate(date)} is already cancelled.`);
    await this.deps.posts.cancelPending(forum.workspaceId, postKeyPrefix(meeting.id));
    await this.deps.forums.appendHistory(forum.workspaceId, forum.id, [
      {
        occurrenceDate: meeting.date,
        agencyId: meeting.hostAgencyId,
        kind: 'skipped',
        byUserId: member.userId,
      },
    ]);
    await this.deps.posts.schedule({
      workspaceId: forum.workspaceId,
      key: `${postKeyPrefix(meeting.id)}cancellation`,
      kind: 'cancellation',
      channelId: forum.channelId,
      message: {
        kind: 'forum_cancellation',
        text: `Cancelled: ${forum.name} on ${formatDayAndDate(meeting.date)} ${localStartTime(forum, meeting)} will not go ahead. Calendars that subscribe to the forum feed update themselves.`,
        data: { forumId: forum.id, occurrenceId: meeting.id },
      },
      dueAt: this.deps.clock.now(),
      expiresAt: meeting.startsAt,
    });
    return cancelled;
  }

  /**
   * Records a member's answer; they may change it until the meeting starts. Without an
   * occurrence id, the forum's next meeting.
   */
  async rsvp(
    member: MemberRecord,
    answer: RsvpAnswer,
    target: { occurrenceId?: string; forum?: ForumSeries },
  ): Promise<{ occurrence: StoredOccurrence; counts: Record<RsvpAnswer, number> }> {
    const now = this.deps.clock.now();
    let occurrence: StoredOccurrence | null = null;
    if (target.occurrenceId) {
      occurrence = await this.deps.forums.findOccurrence(member.workspaceId, target.occurrenceId);
    } else if (target.forum) {
      occurrence =
        (await this.deps.forums.listOccurrences(member.workspaceId, target.forum.id, now)).find(
          (o) => o.status === 'confirmed',
        ) ?? null;
    }
    if (!occurrence) throw new AppError('NOT_FOUND', 'I could not find that meeting. See `forum schedule`.');
    if (occurrence.status === 'cancelled')
      throw new AppError('BAD_INPUT', 'That meeting has been cancelled.');
    if (occurrence.startsAt <= now) {
      throw new AppError('BAD_INPUT', 'That meeting has already started, so answers are closed.');
    }
    await this.deps.forums.setRsvp(member.workspaceId, occurrence.id, member.userId, answer);
    return { occurrence, counts: await this.deps.forums.rsvpCounts(member.workspaceId, occurrence.id) };
  }

  /**
   * The host (or a coordinator) sets a meeting's venue, agenda or notes link. Members hear of a
   * venue change once; the notes link goes into the follow-up post.
   */
  async setDetails(
    member: MemberRecord,
    forum: ForumSeries,
    date: string,
    details: { venue?: string; agendaUrl?: string; notesUrl?: string },
  ): Promise<StoredOccurrence> {
    const meetings = await this.deps.forums.listOccurrences(forum.workspaceId, forum.id, new Date(0));
    const meeting = meetings.find((o) => o.date === date || o.originalDate === date);
    if (!meeting) throw new AppError('NOT_FOUND', `There is no meeting on ${date}. See \`forum schedule\`.`);
    const agencies = await this.deps.forums.listAgencies(forum.workspaceId, forum.id, true);
    const host = agencies.find((a) => a.id === meeting.hostAgencyId);
    const isHostContact = host?.contacts.includes(member.userId) ?? false;
    if (!isHostContact)
      requireRole(member, 'coordinator', "change a meeting's details (or be a contact of the host agency)");
    for (const url of [details.agendaUrl, details.notesUrl]) {
      if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) {
        throw new AppError('BAD_INPUT', `"${url}" is not a web link: give a full https:// address.`);
      }
    }
    const updated = await this.deps.forums.updateOccurrenceDetails(forum.workspaceId, meeting.id, details);
    if (!updated) throw new AppError('NOT_FOUND', 'That meeting no longer exists.');
    if (updated.status === 'confirmed') await this.schedulePosts(forum, updated, agencies);
    return updated;
  }

  /**
   * Hosting history as the rota counts it (recorded events plus the hosts of meetings that have
   * happened), oldest first: for charts and reports that need the events rather than sentences.
   */
  async hostingEvents(forum: ForumSeries): Promise<HostingEvent[]> {
    const events = await this.rotaHistory(forum);
    return events.slice().sort((a, b) => a.occurrenceDate.localeCompare(b.occurrenceDate));
  }

  /**
   * The hosting history, oldest first, with agency names; a meeting that took place shows its
   * RSVP totals (kept as counts once the individual answers expire).
   */
  async history(forum: ForumSeries): Promise<string[]> {
    const [events, agencies, meetings] = await Promise.all([
      this.rotaHistory(forum),
      this.deps.forums.listAgencies(forum.workspaceId, forum.id, true),
      this.deps.forums.listOccurrences(forum.workspaceId, forum.id, new Date(0)),
    ]);
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    const now = this.deps.clock.now();
    const held = new Map(
      meetings.filter((o) => o.status === 'confirmed' && o.startsAt < now).map((o) => [o.date, o]),
    );
    // A meeting that took place after a swap or an override is on record by that change alone (the
    // rota counts it as the turn): it is shown as hosted too, with its RSVPs.
    const shownHosted = new Set(events.filter((e) => e.kind === 'hosted').map((e) => e.occurrenceDate));
    const hostedAfterChange = [...held.values()]
      .filter((o) => !shownHosted.has(o.date) && o.hostAgencyId)
      .map((o): HostingEvent => ({ occurrenceDate: o.date, agencyId: o.hostAgencyId, kind: 'hosted' }));
    const sorted = [...hostedAfterChange, ...events].sort((a, b) =>
      a.occurrenceDate.localeCompare(b.occurrenceDate),
    );
    return Promise.all(
      sorted.map(async (e) => {
        const line = `${formatLongDate(e.occurrenceDate)}: ${names.get(e.agencyId) ?? 'a former member'} ${e.kind}${e.note ? ` (${e.note})` : ''}`;
        const meeting = e.kind === 'hosted' ? held.get(e.occurrenceDate) : undefined;
        if (!meeting) return line;
        const c = await this.deps.forums.rsvpCounts(forum.workspaceId, meeting.id);
        return `${line}; RSVPs: going ${c.going}, maybe ${c.maybe}, not going ${c.not_going}`;
      }),
    );
  }

  /** The forum's calendar (all stored meetings, cancelled ones marked so). */
  async calendar(forum: ForumSeries): Promise<string> {
    await this.plan(forum);
    const all = await this.deps.forums.listOccurrences(forum.workspaceId, forum.id, new Date(0));
    if (all.length === 0)
      throw new AppError('BAD_INPUT', `${forum.name} has no meetings planned yet: add agencies first.`);
    return buildForumCalendar(
      forum,
      all.map((o) => ({
        id: o.id,
        sequence: o.sequence,
        date: o.date,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        venue: o.venue,
        hostName: o.hostName,
        status: o.status,
        agendaUrl: o.agendaUrl,
      })),
      {
        prodId: '//joinedup//forums//EN',
        domain: this.deps.calendarDomain ?? 'joinedup.local',
        now: this.deps.clock.now(),
      },
    );
  }

  /** The address a calendar app subscribes to for this forum, when feeds are served. */
  calendarFeedUrl(forum: ForumSeries): string | undefined {
    const feed = this.deps.calendarFeed;
    if (!feed) return undefined;
    const token = calendarFeedToken(feed.secret, forum.workspaceId, forum.id);
    const base = feed.baseUrl.replace(/\/+$/, '');
    return `${base}/calendar/${encodeURIComponent(forum.workspaceId)}/${forum.id}/${token}.ics`;
  }

  /**
   * The feed a calendar app fetches: the forum's calendar when the token is right, null otherwise
   * (an unknown forum and a wrong token look the same from outside).
   */
  async calendarForFeed(workspaceId: string, forumId: string, token: string): Promise<string | null> {
    const feed = this.deps.calendarFeed;
    if (!feed || !checkCalendarFeedToken(feed.secret, workspaceId, forumId, token)) return null;
    const forum = (await this.deps.forums.listForums(workspaceId)).find((f) => f.id === forumId);
    if (!forum) return null;
    return this.calendar(forum).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'BAD_INPUT') return null;
      throw error;
    });
  }

  /** Describes a forum's cadence, for listings. */
  describe(forum: ForumSeries): string {
    return `${forum.name}: ${describeCadence(forum.cadence)} at ${forum.startTime} (${forum.timeZone}), ${forum.durationMinutes} minutes, from ${formatLongDate(forum.startDate)}`;
  }
}
