import { randomUUID } from 'node:crypto';
import type {
  ClaimedPost,
  NewScheduledPost,
  ScheduledPostRepository,
  ScheduledPostStatus,
  SentMark,
  TroubledPost,
} from '../../src/core/shared/ports.ts';

/** A scheduled post as the fake keeps it: the stored columns tests look at. */
export interface StoredPost extends NewScheduledPost {
  id: string;
  status: ScheduledPostStatus;
  attempts: number;
  leaseOwner?: string;
  leaseUntil?: Date;
  lastError?: string;
  sentAt?: Date;
  externalId?: string;
  late?: boolean;
}

/**
 * The scheduled-post repository in memory, for service and dispatcher tests. Kept to the Prisma
 * repository's behaviour by the shared contract (test/storage/contracts/), run against both.
 * `isUninstalled` stands in for the workspace table: posts of an uninstalled workspace wait.
 */
export class InMemoryScheduledPosts implements ScheduledPostRepository {
  readonly rows: StoredPost[] = [];

  constructor(private readonly isUninstalled: (workspaceId: string) => boolean = () => false) {}

  /** The stored posts of a workspace, in the order they were first scheduled. */
  list(workspaceId?: string): StoredPost[] {
    return structuredClone(
      this.rows.filter((r) => workspaceId === undefined || r.workspaceId === workspaceId),
    );
  }

  async schedule(post: NewScheduledPost): Promise<{ created: boolean }> {
    const existing = this.rows.find((r) => r.workspaceId === post.workspaceId && r.key === post.key);
    if (!existing) {
      this.rows.push({ ...structuredClone(post), id: randomUUID(), status: 'pending', attempts: 0 });
      return { created: true };
    }
    if (existing.status === 'pending') {
      existing.message = structuredClone(post.message);
      existing.dueAt = post.dueAt;
      existing.expiresAt = post.expiresAt;
      existing.channelId = post.channelId;
    }
    return { created: false };
  }

  async claimDue(now: Date, owner: string, leaseUntil: Date, limit: number): Promise<ClaimedPost[]> {
    const due = this.rows
      .filter(
        (r) =>
          r.dueAt <= now &&
          (r.leaseUntil === undefined || r.leaseUntil < now) &&
          (r.status === 'pending' || r.status === 'sending') &&
          !this.isUninstalled(r.workspaceId),
      )
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
      .slice(0, limit);
    return due.map((r) => {
      const interrupted = r.status === 'sending';
      r.status = 'sending';
      r.leaseOwner = owner;
      r.leaseUntil = leaseUntil;
      r.attempts++;
      return {
        id: r.id,
        workspaceId: r.workspaceId,
        key: r.key,
        kind: r.kind,
        channelId: r.channelId,
        message: structuredClone(r.message),
        dueAt: r.dueAt,
        expiresAt: r.expiresAt,
        attempts: r.attempts,
        interrupted,
      };
    });
  }

  private finish(id: string, owner: string, data: Partial<StoredPost>): boolean {
    const row = this.rows.find((r) => r.id === id && r.leaseOwner === owner && r.status === 'sending');
    if (!row) return false;
    Object.assign(row, data, { leaseOwner: undefined, leaseUntil: undefined });
    return true;
  }

  async markSent(id: string, owner: string, at: Date, result: { externalId?: string; late: boolean }) {
    return this.finish(id, owner, {
      status: 'sent',
      sentAt: at,
      externalId: result.externalId,
      late: result.late,
    });
  }

  async markSentMany(owner: string, marks: readonly SentMark[]) {
    let changed = 0;
    for (const mark of marks) if (await this.markSent(mark.id, owner, mark.at, mark)) changed++;
    return changed;
  }

  async markSkipped(id: string, owner: string, reason: string) {
    return this.finish(id, owner, { status: 'skipped', lastError: reason });
  }

  async markUncertain(id: string, owner: string, reason: string) {
    return this.finish(id, owner, { status: 'uncertain', lastError: reason });
  }

  async release(id: string, owner: string, error: string, retryAt: Date, giveUp: boolean) {
    const row = this.rows.find((r) => r.id === id && r.leaseOwner === owner && r.status === 'sending');
    if (!row) return false;
    row.lastError = error;
    row.leaseOwner = undefined;
    if (giveUp) {
      row.status = 'failed';
      row.leaseUntil = undefined;
    } else {
      row.status = 'pending';
      row.leaseUntil = retryAt;
    }
    return true;
  }

  async releaseAll(owner: string) {
    const held = this.rows.filter((r) => r.leaseOwner === owner && r.status === 'sending');
    for (const r of held) {
      r.status = 'pending';
      r.leaseOwner = undefined;
      r.leaseUntil = undefined;
      r.attempts--;
    }
    return held.length;
  }

  async nextDueAt(until: Date) {
    const due = this.rows
      .filter((r) => r.status === 'pending' && r.dueAt <= until)
      .map((r) => r.dueAt.getTime());
    return due.length > 0 ? new Date(Math.min(...due)) : null;
  }

  async find(workspaceId: string, key: string) {
    const row = this.rows.find((r) => r.workspaceId === workspaceId && r.key === key);
    return row ? { status: row.status, message: structuredClone(row.message) } : null;
  }

  async cancelPending(workspaceId: string, keyPrefix: string, exceptKey?: string) {
    const matching = this.rows.filter(
      (r) =>
        r.workspaceId === workspaceId &&
        r.key.startsWith(keyPrefix) &&
        r.key !== exceptKey &&
        r.status === 'pending',
    );
    for (const r of matching) r.status = 'cancelled';
    return matching.length;
  }

  async countByStatus(workspaceId?: string) {
    const counts: Record<string, number> = {};
    for (const r of this.rows) {
      if (workspaceId !== undefined && r.workspaceId !== workspaceId) continue;
      counts[r.status] = (counts[r.status] ?? 0) + 1;
    }
    return counts;
  }

  async listTroubled(workspaceId: string, keyPrefix: string): Promise<TroubledPost[]> {
    return this.rows
      .filter(
        (r) =>
          r.workspaceId === workspaceId &&
          r.key.startsWith(keyPrefix) &&
          (r.status === 'failed' || r.status === 'uncertain' || (r.status === 'pending' && !!r.lastError)),
      )
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
      .slice(0, 50)
      .map((r) => ({
        key: r.key,
        kind: r.kind,
        channelId: r.channelId,
        dueAt: r.dueAt,
        status: r.status,
        attempts: r.attempts,
        ...(r.lastError ? { lastError: r.lastError } : {}),
      }));
  }
}
