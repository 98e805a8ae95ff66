import type {
  ForumRepository,
  NewAgency,
  NewForum,
  RsvpAnswer,
  StoredOccurrence,
} from '../../core/forums/ports.ts';
import type {
  Agency,
  Cadence,
  ForumSeries,
  HostingEvent,
  PlannedOccurrence,
} from '../../core/forums/types.ts';
import { AppError } from '../../core/shared/errors.ts';
import type { PrismaClient } from '../client.ts';
import type { Forum, ForumAgency, ForumOccurrence } from '../generated/prisma/client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { readKeptRsvpCounts } from '../retention.ts';

const toForum = (r: Forum): ForumSeries => ({
  id: r.id,
  workspaceId: r.workspaceId,
  name: r.name,
  channelId: r.channelId,
  timeZone: r.timeZone,
  startTime: r.startTime,
  durationMinutes: r.durationMinutes,
  cadence: r.cadence as unknown as Cadence,
  startDate: r.startDate,
  endDate: r.endDate ?? undefined,
  nation: r.nation as ForumSeries['nation'],
  holidayRule: r.holidayRule as ForumSeries['holidayRule'],
  venueRule: r.venueRule ?? undefined,
  horizon: r.horizon,
  hostReminderDays: r.hostReminderDays,
  memberReminderDays: r.memberReminderDays,
  announceDays: r.announceDays,
  ...(r.createdBy ? { createdBy: r.createdBy } : {}),
});

const toAgency = (r: ForumAgency): Agency => ({
  id: r.id,
  name: r.name,
  sector: r.sector as Agency['sector'],
  contacts: r.contacts,
  canHost: r.canHost,
  venue: r.venue ?? undefined,
  nation: (r.nation as Agency['nation']) ?? undefined,
  blackoutDates: r.blackoutDates,
  active: r.active,
});

const toOccurrence = (r: ForumOccurrence, hostName: string): StoredOccurrence => ({
  id: r.id,
  forumId: r.forumId,
  date: r.date,
  originalDate: r.originalDate,
  holidayFlag: r.holidayFlag ?? undefined,
  startsAt: r.startsAt,
  endsAt: r.endsAt,
  hostAgencyId: r.hostAgencyId,
  hostName,
  reason: r.reason,
  status: r.status as StoredOccurrence['status'],
  sequence: r.sequence,
  venue: r.venue ?? undefined,
  agendaUrl: r.agendaUrl ?? undefined,
  notesUrl: r.notesUrl ?? undefined,
  ...(r.movedToDate ? { moved: { date: r.movedToDate, time: r.movedToTime ?? '' } } : {}),
  ...(r.hostConfirmedAgencyId && r.hostConfirmedAt
    ? {
        hostConfirmation: {
          agencyId: r.hostConfirmedAgencyId,
          at: r.hostConfirmedAt,
          by: r.hostConfirmedBy ?? undefined,
        },
      }
    : {}),
});

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export class PrismaForumRepository implements ForumRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async createForum(forum: NewForum): Promise<ForumSeries> {
    try {
      const row = await this.prisma.forum.create({
        data: {
          workspace: {
            connectOrCreate: {
              where: { id: forum.workspaceId },
              create: { id: forum.workspaceId, platform: 'unknown' },
            },
          },
          name: forum.name,
          channelId: forum.channelId,
          timeZone: forum.timeZone,
          startTime: forum.startTime,
          durationMinutes: forum.durationMinutes,
          cadence: forum.cadence as unknown as Prisma.InputJsonValue,
          startDate: forum.startDate,
          endDate: forum.endDate ?? null,
          nation: forum.nation,
          holidayRule: forum.holidayRule,
          venueRule: forum.venueRule ?? null,
          horizon: forum.horizon,
          hostReminderDays: forum.hostReminderDays,
          memberReminderDays: forum.memberReminderDays,
          announceDays: forum.announceDays ?? 28,
          createdBy: forum.createdBy,
        },
      });
      return toForum(row);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError(
          'BAD_INPUT',
          `There is already a forum called "${forum.name}". Choose another name.`,
        );
      }
      throw error;
    }
  }

  async findForum(workspaceId: string, idOrName: string): Promise<ForumSeries | null> {
    const row = await this.prisma.forum.findFirst({
      where: {
        workspaceId,
        OR: [{ id: idOrName }, { name: { equals: idOrName, mode: 'insensitive' } }],
      },
    });
    return row ? toForum(row) : null;
  }

  async listForums(workspaceId: string): Promise<ForumSeries[]> {
    const rows = await this.prisma.forum.findMany({ where: { workspaceId }, orderBy: { createdAt: 'asc' } });
    return rows.map(toForum);
  }

  async addAgency(workspaceId: string, forumId: string, agency: NewAgency): Promise<Agency> {
    await this.requireForum(workspaceId, forumId);
    try {
      const row = await this.prisma.forumAgency.create({
        data: {
          workspaceId,
          forumId,
          name: agency.name,
          sector: agency.sector,
          contacts: agency.contacts,
          canHost: agency.canHost,
          venue: agency.venue ?? null,
          nation: agency.nation ?? null,
          blackoutDates: agency.blackoutDates,
        },
      });
      return toAgency(row);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('BAD_INPUT', `"${agency.name}" is already a member of this forum.`);
      }
      throw error;
    }
  }

  async listAgencies(workspaceId: string, forumId: string, includeInactive = false): Promise<Agency[]> {
    const rows = await this.prisma.forumAgency.findMany({
      where: { workspaceId, forumId, ...(includeInactive ? {} : { active: true }) },
      orderBy: [{ joinedAt: 'asc' }, { name: 'asc' }],
    });
    return rows.map(toAgency);
  }

  async setAgencyActive(
    workspaceId: string,
    forumId: string,
    agencyId: string,
    active: boolean,
  ): Promise<boolean> {
    const result = await this.prisma.forumAgency.updateMany({
      where: { id: agencyId, workspaceId, forumId },
      data: { active },
    });
    return result.count === 1;
  }

  async appendHistory(workspaceId: string, forumId: string, events: HostingEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.requireForum(workspaceId, forumId);
    await this.prisma.hostingEvent.createMany({
      data: events.map((e) => ({
        workspaceId,
        forumId,
        occurrenceDate: e.occurrenceDate,
        agencyId: e.agencyId,
        kind: e.kind,
        note: e.note ?? null,
        byUserId: e.byUserId ?? null,
      })),
    });
  }

  async listHistory(workspaceId: string, forumId: string): Promise<HostingEvent[]> {
    const rows = await this.prisma.hostingEvent.findMany({
      where: { workspaceId, forumId },
      orderBy: { seq: 'asc' },
    });
    return rows.map((r) => ({
      occurrenceDate: r.occurrenceDate,
      agencyId: r.agencyId,
      kind: r.kind as HostingEvent['kind'],
      note: r.note ?? undefined,
      byUserId: r.byUserId ?? undefined,
    }));
  }

  async saveOccurrences(
    workspaceId: string,
    forumId: string,
    plan: PlannedOccurrence[],
  ): Promise<StoredOccurrence[]> {
    await this.requireForum(workspaceId, forumId);
    const saved: StoredOccurrence[] = [];
    for (const p of plan) {
      saved.push(toOccurrence(await this.saveOne(workspaceId, forumId, p), p.hostName));
    }
    return saved;
  }

  /** Saves one meeting; two planners saving the same new meeting at once both end with the one row. */
  private async saveOne(
    workspaceId: string,
    forumId: string,
    p: PlannedOccurrence,
  ): Promise<ForumOccurrence> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.saveOnce(workspaceId, forumId, p);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt > 0) throw error;
      }
    }
  }

  private async saveOnce(
    workspaceId: string,
    forumId: string,
    p: PlannedOccurrence,
  ): Promise<ForumOccurrence> {
    return this.prisma.$transaction(async (tx) => {
      const existing = await tx.forumOccurrence.findUnique({
        where: { forumId_originalDate: { forumId, originalDate: p.originalDate } },
      });
      const data = {
        date: p.date,
        holidayFlag: p.holidayFlag ?? null,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        hostAgencyId: p.hostAgencyId,
        reason: p.reason,
      };
      if (!existing) {
        return tx.forumOccurrence.create({
          data: { ...data, workspaceId, forumId, originalDate: p.originalDate },
        });
      }
      const changed =
        existing.date !== p.date ||
        existing.startsAt.getTime() !== p.startsAt.getTime() ||
        existing.endsAt.getTime() !== p.endsAt.getTime() ||
        existing.hostAgencyId !== p.hostAgencyId;
      if (!changed && existing.reason === p.reason) return existing;
      return tx.forumOccurrence.update({
        where: { id: existing.id },
        data: { ...data, ...(changed ? { sequence: { increment: 1 } } : {}) },
      });
    });
  }

  async listOccurrences(workspaceId: string, forumId: string, from: Date): Promise<StoredOccurrence[]> {
    const rows = await this.prisma.forumOccurrence.findMany({
      where: { workspaceId, forumId, startsAt: { gte: from } },
      orderBy: { startsAt: 'asc' },
    });
    return this.withHostNames(workspaceId, rows);
  }

  async findOccurrence(workspaceId: string, occurrenceId: string): Promise<StoredOccurrence | null> {
    const row = await this.prisma.forumOccurrence.findFirst({ where: { id: occurrenceId, workspaceId } });
    return row ? ((await this.withHostNames(workspaceId, [row]))[0] ?? null) : null;
  }

  async cancelOccurrence(workspaceId: string, occurrenceId: string): Promise<StoredOccurrence | null> {
    const result = await this.prisma.forumOccurrence.updateMany({
      where: { id: occurrenceId, workspaceId, status: { not: 'cancelled' } },
      data: { status: 'cancelled', sequence: { increment: 1 } },
    });
    return result.count === 1 ? this.findOccurrence(workspaceId, occurrenceId) : null;
  }

  async moveOccurrence(
    workspaceId: string,
    occurrenceId: string,
    to: { date: string; time: string },
  ): Promise<boolean> {
    const result = await this.prisma.forumOccurrence.updateMany({
      where: { id: occurrenceId, workspaceId },
      data: { movedToDate: to.date, movedToTime: to.time },
    });
    return result.count === 1;
  }

  async updateOccurrenceDetails(
    workspaceId: string,
    occurrenceId: string,
    details: { venue?: string; agendaUrl?: string; notesUrl?: string },
  ): Promise<StoredOccurrence | null> {
    const result = await this.prisma.forumOccurrence.updateMany({
      where: { id: occurrenceId, workspaceId },
      data: {
        ...details,
        ...(details.venue !== undefined || details.agendaUrl !== undefined
          ? { sequence: { increment: 1 } }
          : {}),
      },
    });
    return result.count === 1 ? this.findOccurrence(workspaceId, occurrenceId) : null;
  }

  async setRsvp(
    workspaceId: string,
    occurrenceId: string,
    userId: string,
    answer: RsvpAnswer,
  ): Promise<boolean> {
    const occurrence = await this.prisma.forumOccurrence.findFirst({
      where: { id: occurrenceId, workspaceId },
    });
    if (!occurrence) return false;
    await this.prisma.forumRsvp.upsert({
      where: { occurrenceId_userId: { occurrenceId, userId } },
      create: { occurrenceId, userId, workspaceId, answer },
      update: { answer },
    });
    return true;
  }

  /**
   * The answers still stored plus the counts kept when a past meeting's answers were rolled up
   * (RSVP retention), so a meeting's totals do not change when its individual answers expire.
   */
  async rsvpCounts(workspaceId: string, occurrenceId: string): Promise<Record<RsvpAnswer, number>> {
    const [groups, occurrence] = await Promise.all([
      this.prisma.forumRsvp.groupBy({
        by: ['answer'],
        where: { workspaceId, occurrenceId },
        _count: { _all: true },
      }),
      this.prisma.forumOccurrence.findFirst({
        where: { id: occurrenceId, workspaceId },
        select: { rsvpCounts: true },
      }),
    ]);
    const counts = readKeptRsvpCounts(occurrence?.rsvpCounts);
    for (const g of groups) counts[g.answer as RsvpAnswer] += g._count._all;
    return counts;
  }

  async rsvpOf(workspaceId: string, occurrenceId: string, userId: string): Promise<RsvpAnswer | null> {
    const row = await this.prisma.forumRsvp.findFirst({ where: { workspaceId, occurrenceId, userId } });
    return (row?.answer as RsvpAnswer | undefined) ?? null;
  }

  async listRsvps(
    workspaceId: string,
    occurrenceId: string,
  ): Promise<{ userId: string; answer: RsvpAnswer }[]> {
    const rows = await this.prisma.forumRsvp.findMany({
      where: { workspaceId, occurrenceId },
      orderBy: { userId: 'asc' },
      select: { userId: true, answer: true },
    });
    return rows.map((r) => ({ userId: r.userId, answer: r.answer as RsvpAnswer }));
  }

  private async requireForum(workspaceId: string, forumId: string): Promise<void> {
    const found = await this.prisma.forum.count({ where: { id: forumId, workspaceId } });
    if (found === 0) throw new AppError('NOT_FOUND', 'There is no such forum in this workspace.');
  }

  private async withHostNames(workspaceId: string, rows: ForumOccurrence[]): Promise<StoredOccurrence[]> {
    const ids = [...new Set(rows.map((r) => r.hostAgencyId))];
    const agencies = await this.prisma.forumAgency.findMany({ where: { workspaceId, id: { in: ids } } });
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    return rows.map((r) => toOccurrence(r, names.get(r.hostAgencyId) ?? 'a former member'));
  }
}
