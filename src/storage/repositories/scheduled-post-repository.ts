import type {
  ClaimedPost,
  NewScheduledPost,
  OutboundMessage,
  PostMessageLookup,
  ScheduledPostRepository,
  ScheduledPostStatus,
  SentMark,
  TroubledPost,
} from '../../core/shared/ports.ts';
import type { PrismaClient } from '../client.ts';
import { ensureWorkspaceKnown } from './workspace-repository.ts';

interface ClaimedRow {
  id: string;
  workspace_id: string;
  key: string;
  kind: string;
  channel_id: string;
  payload: OutboundMessage;
  due_at: Date;
  expires_at: Date | null;
  attempts: number;
  interrupted: boolean;
}

export class PrismaScheduledPostRepository implements ScheduledPostRepository, PostMessageLookup {
  constructor(private readonly prisma: PrismaClient) {}

  async messageFor(workspaceId: string, key: string): Promise<OutboundMessage | null> {
    const row = await this.prisma.scheduledPost.findUnique({
      where: { workspaceId_key: { workspaceId, key } },
      select: { payload: true },
    });
    return (row?.payload as OutboundMessage | undefined) ?? null;
  }

  async nextDueAt(until: Date): Promise<Date | null> {
    const row = await this.prisma.scheduledPost.findFirst({
      where: { status: 'pending', dueAt: { lte: until } },
      orderBy: { dueAt: 'asc' },
      select: { dueAt: true },
    });
    return row?.dueAt ?? null;
  }

  async find(
    workspaceId: string,
    key: string,
  ): Promise<{ status: ScheduledPostStatus; message: OutboundMessage } | null> {
    const row = await this.prisma.scheduledPost.findUnique({
      where: { workspaceId_key: { workspaceId, key } },
      select: { payload: true, status: true },
    });
    return row
      ? { status: row.status as ScheduledPostStatus, message: row.payload as unknown as OutboundMessage }
      : null;
  }

  async schedule(post: NewScheduledPost): Promise<{ created: boolean }> {
    await ensureWorkspaceKnown(this.prisma, post.workspaceId, 'unknown');
    // xmax = 0 only on a freshly inserted row; an update of a pending post (rescheduled) is not "created".
    const rows = await this.prisma.$queryRaw<{ created: boolean }[]>`
      INSERT INTO scheduled_post (id, workspace_id, key, kind, channel_id, payload, due_at, expires_at, updated_at)
      VALUES (gen_random_uuid()::text, ${post.workspaceId}, ${post.key}, ${post.kind}, ${post.channelId},
              ${JSON.stringify(post.message)}::jsonb, ${post.dueAt}, ${post.expiresAt ?? null}, now())
      ON CONFLICT (workspace_id, key) DO UPDATE
        SET payload = EXCLUDED.payload, due_at = EXCLUDED.due_at, expires_at = EXCLUDED.expires_at,
            channel_id = EXCLUDED.channel_id, updated_at = now()
        WHERE scheduled_post.status = 'pending'
      RETURNING (xmax = 0) AS created`;
    return { created: rows[0]?.created === true };
  }

  async claimDue(now: Date, owner: string, leaseUntil: Date, limit: number): Promise<ClaimedPost[]> {
    // One statement: lock due rows that no one else holds (SKIP LOCKED), and take them. A row in
    // 'sending' whose lease ran out belonged to an instance that died mid-send. Nothing is sent to
    // a workspace that has uninstalled the app (its posts wait for a reinstall or its deletion).
    const rows = await this.prisma.$queryRaw<ClaimedRow[]>`
      WITH due AS (
        SELECT id, status FROM scheduled_post
        WHERE due_at <= ${now}
          AND (lease_until IS NULL OR lease_until < ${now})
          AND status IN ('pending', 'sending')
          AND NOT EXISTS (
            SELECT 1 FROM workspace w
            WHERE w.id = scheduled_post.workspace_id AND w.uninstalled_at IS NOT NULL)
        ORDER BY due_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE scheduled_post p
      SET status = 'sending', lease_owner = ${owner}, lease_until = ${leaseUntil},
          attempts = p.attempts + 1, updated_at = now()
      FROM due
      WHERE p.id = due.id
      RETURNING p.id, p.workspace_id, p.key, p.kind, p.channel_id, p.payload, p.due_at, p.expires_at,
                p.attempts, (due.status = 'sending') AS interrupted`;
    return rows.map((r) => ({
      id: r.id,
      workspaceId: r.workspace_id,
      key: r.key,
      kind: r.kind,
      channelId: r.channel_id,
      message: r.payload,
      dueAt: r.due_at,
      expiresAt: r.expires_at ?? undefined,
      attempts: r.attempts,
      interrupted: r.interrupted,
    }));
  }

  private async finish(id: string, owner: string, data: Record<string, unknown>): Promise<boolean> {
    const result = await this.prisma.scheduledPost.updateMany({
      where: { id, leaseOwner: owner, status: 'sending' },
      data: { ...data, leaseOwner: null, leaseUntil: null },
    });
    return result.count === 1;
  }

  markSent(id: string, owner: string, at: Date, result: { externalId?: string; late: boolean }) {
    return this.finish(id, owner, {
      status: 'sent',
      sentAt: at,
      externalId: result.externalId ?? null,
      late: result.late,
    });
  }

  async markSentMany(owner: string, marks: readonly SentMark[]): Promise<number> {
    if (marks.length === 0) return 0;
    if (marks.length === 1) {
      const [mark] = marks as [SentMark];
      return (await this.markSent(mark.id, owner, mark.at, mark)) ? 1 : 0;
    }
    // One statement for the lot: the rows' new values arrive as parallel arrays. Times go as ISO
    // text and are stored as UTC, as Prisma stores every DateTime, whatever the session's zone.
    return this.prisma.$executeRaw`
      UPDATE scheduled_post p
      SET status = 'sent', sent_at = (v.at::timestamptz AT TIME ZONE 'UTC'), external_id = v.external_id,
          late = v.late, lease_owner = NULL, lease_until = NULL, updated_at = now()
      FROM unnest(${marks.map((m) => m.id)}::text[], ${marks.map((m) => m.at.toISOString())}::text[],
                  ${marks.map((m) => m.externalId ?? null)}::text[], ${marks.map((m) => m.late)}::boolean[])
           AS v(id, at, external_id, late)
      WHERE p.id = v.id AND p.lease_owner = ${owner} AND p.status = 'sending'`;
  }

  markSkipped(id: string, owner: string, reason: string) {
    return this.finish(id, owner, { status: 'skipped', lastError: reason });
  }

  markUncertain(id: string, owner: string, reason: string) {
    return this.finish(id, owner, { status: 'uncertain', lastError: reason });
  }

  async release(id: string, owner: string, error: string, retryAt: Date, giveUp: boolean): Promise<boolean> {
    const result = await this.prisma.scheduledPost.updateMany({
      where: { id, leaseOwner: owner, status: 'sending' },
      data: giveUp
        ? { status: 'failed', lastError: error, leaseOwner: null, leaseUntil: null }
        : { status: 'pending', lastError: error, leaseOwner: null, leaseUntil: retryAt },
    });
    return result.count === 1;
  }

  async releaseAll(owner: string): Promise<number> {
    // Posts claimed but not yet handed to the gateway go back to pending at once.
    const result = await this.prisma.scheduledPost.updateMany({
      where: { leaseOwner: owner, status: 'sending' },
      data: { status: 'pending', leaseOwner: null, leaseUntil: null, attempts: { decrement: 1 } },
    });
    return result.count;
  }

  async cancelPending(workspaceId: string, keyPrefix: string, exceptKey?: string): Promise<number> {
    const result = await this.prisma.scheduledPost.updateMany({
      where: {
        workspaceId,
        key: { startsWith: keyPrefix, ...(exceptKey ? { not: exceptKey } : {}) },
        status: 'pending',
      },
      data: { status: 'cancelled' },
    });
    return result.count;
  }

  async listTroubled(workspaceId: string, keyPrefix: string): Promise<TroubledPost[]> {
    const rows = await this.prisma.scheduledPost.findMany({
      where: {
        workspaceId,
        key: { startsWith: keyPrefix },
        OR: [{ status: { in: ['failed', 'uncertain'] } }, { status: 'pending', lastError: { not: null } }],
      },
      orderBy: { dueAt: 'asc' },
      take: 50,
    });
    return rows.map((r) => ({
      key: r.key,
      kind: r.kind,
      channelId: r.channelId,
      dueAt: r.dueAt,
      status: r.status as TroubledPost['status'],
      attempts: r.attempts,
      ...(r.lastError ? { lastError: r.lastError } : {}),
    }));
  }

  async countByStatus(workspaceId?: string): Promise<Record<string, number>> {
    const groups = await this.prisma.scheduledPost.groupBy({
      by: ['status'],
      where: workspaceId ? { workspaceId } : {},
      _count: { _all: true },
    });
    return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
  }
}
