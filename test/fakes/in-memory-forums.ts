import { randomUUID } from 'node:crypto';
import type {
  ForumRepository,
  NewAgency,
  NewForum,
  RsvpAnswer,
  StoredOccurrence,
} from '../../src/core/forums/ports.ts';
import type { Agency, ForumSeries, HostingEvent, PlannedOccurrence } from '../../src/core/forums/types.ts';
import { AppError } from '../../src/core/shared/errors.ts';

interface OccurrenceRow extends Omit<StoredOccurrence, 'hostName'> {
  workspaceId: string;
}

/**
 * The forum repository in memory, for service tests. Kept to the Prisma repository's behaviour by
 * the shared contract (test/storage/contracts/forum-repository-contract.ts), run against both.
 */
export class InMemoryForums implements ForumRepository {
  readonly forums: ForumSeries[] = [];
  readonly agencies: (Agency & { workspaceId: string; forumId: string })[] = [];
  readonly history: (HostingEvent & { workspaceId: string; forumId: string })[] = [];
  readonly occurrences: OccurrenceRow[] = [];
  readonly rsvps = new Map<string, { workspaceId: string; occurrenceId: string; answer: RsvpAnswer }>();

  async createForum(forum: NewForum): Promise<ForumSeries> {
    if (this.forums.some((f) => f.workspaceId === forum.workspaceId && f.name === forum.name)) {
      throw new AppError(
        'BAD_INPUT',
        `There is already a forum called "${forum.name}". Choose another name.`,
      );
    }
    const stored: ForumSeries = structuredClone({ ...forum, id: randomUUID() });
    this.forums.push(stored);
    return structuredClone(stored);
  }

  async findForum(workspaceId: string, idOrName: string): Promise<ForumSeries | null> {
    const found = this.forums.find(
      (f) =>
        f.workspaceId === workspaceId &&
        (f.id === idOrName || f.name.toLowerCase() === idOrName.toLowerCase()),
    );
    return found ? structuredClone(found) : null;
  }

  async listForums(workspaceId: string): Promise<ForumSeries[]> {
    return structuredClone(this.forums.filter((f) => f.workspaceId === workspaceId));
  }

  async addAgency(workspaceId: string, forumId: string, agency: NewAgency): Promise<Agency> {
    this.requireForum(workspaceId, forumId);
    if (this.agencies.some((a) => a.forumId === forumId && a.name === agency.name)) {
      throw new AppError('BAD_INPUT', `"${agency.name}" is already a member of this forum.`);
    }
    const stored = { ...structuredClone(agency), id: randomUUID(), active: true, workspaceId, forumId };
    this.agencies.push(stored);
    return this.toAgency(stored);
  }

  async listAgencies(workspaceId: string, forumId: string, includeInactive = false): Promise<Agency[]> {
    return this.agencies
      .filter((a) => a.workspaceId === workspaceId && a.forumId === forumId && (includeInactive || a.active))
      .map((a) => this.toAgency(a));
  }

  async setAgencyActive(workspaceId: string, forumId: string, agencyId: string, active: boolean) {
    const agency = this.agencies.find(
      (a) => a.id === agencyId && a.workspaceId === workspaceId && a.forumId === forumId,
    );
    if (!agency) return false;
    agency.active = active;
    return true;
  }

  async appendHistory(workspaceId: string, forumId: string, events: HostingEvent[]): Promise<void> {
    if (events.length === 0) return;
    this.requireForum(workspaceId, forumId);
    for (const e of events) this.history.push({ ...structuredClone(e), workspaceId, forumId });
  }

  async listHistory(workspaceId: string, forumId: string): Promise<HostingEvent[]> {
    return this.history
      .filter((e) => e.workspaceId === workspaceId && e.forumId === forumId)
      .map(({ workspaceId: _w, forumId: _f, ...e }) => structuredClone(e));
  }

  async saveOccurrences(
    workspaceId: string,
    forumId: string,
    plan: PlannedOccurrence[],
  ): Promise<StoredOccurrence[]> {
    this.requireForum(workspaceId, forumId);
    const saved: StoredOccurrence[] = [];
    for (const p of plan) {
      let row = this.occurrences.find((o) => o.forumId === forumId && o.originalDate === p.originalDate);
      const data = {
        date: p.date,
        holidayFlag: p.holidayFlag,
        startsAt: new Date(p.startsAt),
        endsAt: new Date(p.endsAt),
        hostAgencyId: p.hostAgencyId,
        reason: p.reason,
      };
      if (!row) {
        row = {
          ...data,
          id: randomUUID(),
          workspaceId,
          forumId,
          originalDate: p.originalDate,
          status: 'confirmed',
          sequence: 0,
        };
        this.occurrences.push(row);
      } else {
        const changed =
          row.date !== p.date ||
          row.startsAt.getTime() !== p.startsAt.getTime() ||
          row.endsAt.getTime() !== p.endsAt.getTime() ||
          row.hostAgencyId !== p.hostAgencyId;
        if (changed || row.reason !== p.reason) {
          Object.assign(row, data);
          if (changed) row.sequence++;
        }
      }
      saved.push({ ...this.toOccurrence(row), hostName: p.hostName });
    }
    return saved;
  }

  async listOccurrences(workspaceId: string, forumId: string, from: Date): Promise<StoredOccurrence[]> {
    return this.occurrences
      .filter((o) => o.workspaceId === workspaceId && o.forumId === forumId && o.startsAt >= from)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((o) => this.toOccurrence(o));
  }

  async findOccurrence(workspaceId: string, occurrenceId: string): Promise<StoredOccurrence | null> {
    const row = this.occurrence(workspaceId, occurrenceId);
    return row ? this.toOccurrence(row) : null;
  }

  async cancelOccurrence(workspaceId: string, occurrenceId: string): Promise<StoredOccurrence | null> {
    const row = this.occurrence(workspaceId, occurrenceId);
    if (!row || row.status === 'cancelled') return null;
    row.status = 'cancelled';
    row.sequence++;
    return this.toOccurrence(row);
  }

  async moveOccurrence(workspaceId: string, occurrenceId: string, to: { date: string; time: string }) {
    const row = this.occurrence(workspaceId, occurrenceId);
    if (!row) return false;
    row.moved = { ...to };
    return true;
  }

  async updateOccurrenceDetails(
    workspaceId: string,
    occurrenceId: string,
    details: { venue?: string; agendaUrl?: string; notesUrl?: string },
  ): Promise<StoredOccurrence | null> {
    const row = this.occurrence(workspaceId, occurrenceId);
    if (!row) return null;
    for (const key of ['venue', 'agendaUrl', 'notesUrl'] as const) {
      if (details[key] !== undefined) row[key] = details[key];
    }
    if (details.venue !== undefined || details.agendaUrl !== undefined) row.sequence++;
    return this.toOccurrence(row);
  }

  async setRsvp(workspaceId: string, occurrenceId: string, userId: string, answer: RsvpAnswer) {
    if (!this.occurrence(workspaceId, occurrenceId)) return false;
    this.rsvps.set(`${occurrenceId}\u0000${userId}`, { workspaceId, occurrenceId, answer });
    return true;
  }

  async rsvpCounts(workspaceId: string, occurrenceId: string): Promise<Record<RsvpAnswer, number>> {
    const counts: Record<RsvpAnswer, number> = { going: 0, not_going: 0, maybe: 0 };
    for (const r of this.rsvps.values()) {
      if (r.workspaceId === workspaceId && r.occurrenceId === occurrenceId) counts[r.answer]++;
    }
    return counts;
  }

  async rsvpOf(workspaceId: string, occurrenceId: string, userId: string): Promise<RsvpAnswer | null> {
    const r = this.rsvps.get(`${occurrenceId}\u0000${userId}`);
    return r && r.workspaceId === workspaceId ? r.answer : null;
  }

  async listRsvps(workspaceId: string, occurrenceId: string) {
    return [...this.rsvps.entries()]
      .filter(([key, r]) => key.startsWith(`${occurrenceId}\u0000`) && r.workspaceId === workspaceId)
      .map(([key, r]) => ({ userId: key.split('\u0000')[1] as string, answer: r.answer }))
      .sort((a, b) => a.userId.localeCompare(b.userId));
  }

  private requireForum(workspaceId: string, forumId: string): void {
    if (!this.forums.some((f) => f.id === forumId && f.workspaceId === workspaceId)) {
      throw new AppError('NOT_FOUND', 'There is no such forum in this workspace.');
    }
  }

  private occurrence(workspaceId: string, occurrenceId: string): OccurrenceRow | undefined {
    return this.occurrences.find((o) => o.id === occurrenceId && o.workspaceId === workspaceId);
  }

  private toAgency(a: Agency & { workspaceId: string; forumId: string }): Agency {
    const { workspaceId: _w, forumId: _f, ...agency } = a;
    return structuredClone(agency);
  }

  private toOccurrence(row: OccurrenceRow): StoredOccurrence {
    const { workspaceId: _w, ...occurrence } = row;
    const host = this.agencies.find((a) => a.id === row.hostAgencyId && a.workspaceId === row.workspaceId);
    return { ...structuredClone(occurrence), hostName: host?.name ?? 'a former member' };
  }
}
