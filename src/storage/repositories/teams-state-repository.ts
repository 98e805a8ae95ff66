/**
 * What the Teams adapter keeps in the database: turn state (with eTag concurrency) and the
 * conversation references proactive posts need.
 */
import { randomUUID } from 'node:crypto';
import { BoundedCache } from '../../core/shared/bounded-cache.ts';
import { GroupCommit } from '../../core/shared/group-commit.ts';
import type {
  ConversationReferenceRepository,
  StoredConversationReference,
  TurnStateItem,
  TurnStateRepository,
} from '../../core/shared/ports.ts';
import type { PrismaClient } from '../client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { lookupCachesFor } from '../lookup-cache.ts';
import { ensureWorkspaceKnown } from './workspace-repository.ts';

/**
 * Turn state rows: an item written with a stale eTag is refused. A write of exactly what was read
 * at that eTag changes nothing and is skipped (no row is rewritten, the eTag stays).
 */
export class PrismaTurnStateRepository implements TurnStateRepository {
  /** What each key held when last read or written here: its eTag and its value as JSON. */
  private readonly seen = new BoundedCache<{ eTag: string; json: string }>(60_000, 5_000);
  /**
   * Writes without an eTag (every rated answer's card is one) that arrive together go in one
   * statement; a lone one is the plain upsert.
   */
  private readonly blind = new GroupCommit<{ key: string; value: Prisma.InputJsonValue }, undefined>(
    (items) => this.upsertMany(items),
    async ({ key, value }) => {
      const eTag = randomUUID();
      await this.prisma.botState.upsert({
        where: { key },
        create: { key, value, eTag },
        update: { value, eTag },
      });
    },
  );

  constructor(private readonly prisma: PrismaClient) {}

  private async upsertMany(
    items: readonly { key: string; value: Prisma.InputJsonValue }[],
  ): Promise<undefined[]> {
    // One row per key (the last write of it wins, as one after another would): a statement may
    // not change the same row twice.
    const last = new Map(items.map((item) => [item.key, item.value]));
    const keys = [...last.keys()];
    const now = new Date().toISOString();
    await this.prisma.$executeRaw`
      INSERT INTO bot_state (key, e_tag, value, updated_at)
      SELECT v.key, v.e_tag, v.value::jsonb, (${now}::timestamptz AT TIME ZONE 'UTC')
      FROM unnest(${keys}::text[], ${keys.map(() => randomUUID())}::text[],
                  ${keys.map((key) => JSON.stringify(last.get(key)))}::text[]) AS v(key, e_tag, value)
      ON CONFLICT (key) DO UPDATE
        SET value = EXCLUDED.value, e_tag = EXCLUDED.e_tag, updated_at = EXCLUDED.updated_at`;
    return items.map(() => undefined);
  }

  async read(keys: string[]): Promise<Record<string, TurnStateItem>> {
    if (keys.length === 0) return {};
    const rows = await this.prisma.botState.findMany({ where: { key: { in: keys } } });
    const items: Record<string, TurnStateItem> = {};
    for (const row of rows) {
      items[row.key] = { value: row.value as Record<string, unknown>, eTag: row.eTag };
      this.seen.set(row.key, { eTag: row.eTag, json: JSON.stringify(row.value) });
    }
    return items;
  }

  async write(key: string, item: Record<string, unknown>, expectedETag?: string): Promise<boolean> {
    const last = this.seen.get(key);
    if (expectedETag !== undefined && last?.eTag === expectedETag && last.json === JSON.stringify(item))
      return true;
    this.seen.delete(key);
    const value = item as Prisma.InputJsonValue;
    const next = randomUUID();
    if (expectedETag === undefined) {
      await this.blind.write({ key, value });
      return true;
    }
    const updated = await this.prisma.botState.updateMany({
      where: { key, eTag: expectedETag },
      data: { value, eTag: next },
    });
    if (updated.count === 1) return true;
    const exists = await this.prisma.botState.findUnique({ where: { key }, select: { key: true } });
    if (exists) return false;
    try {
      await this.prisma.botState.create({ data: { key, value, eTag: next } });
      return true;
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return false;
      throw error;
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    for (const key of keys) this.seen.delete(key);
    await this.prisma.botState.deleteMany({ where: { key: { in: keys } } });
  }
}

const toStored = (row: {
  workspaceId: string;
  conversationId: string;
  reference: unknown;
  active: boolean;
}): StoredConversationReference => ({
  workspaceId: row.workspaceId,
  conversationId: row.conversationId,
  reference: row.reference as Record<string, unknown>,
  active: row.active,
});

/** Conversation references by (tenant, conversation), for proactive posts. */
export class PrismaConversationReferenceRepository implements ConversationReferenceRepository {
  private readonly saved: BoundedCache<string>;

  constructor(private readonly prisma: PrismaClient) {
    this.saved = lookupCachesFor(prisma).references;
  }

  /**
   * Every Teams turn saves its reference; one this process saved moments ago unchanged is not
   * rewritten (nor its workspace row ensured again): the row is only made active again if
   * something, here or on another replica, marked it inactive meanwhile.
   */
  async save(workspaceId: string, conversationId: string, reference: Record<string, unknown>): Promise<void> {
    const key = `${workspaceId}\u0000${conversationId}`;
    const text = JSON.stringify(reference);
    if (this.saved.get(key) === text) {
      // Unchanged: only a mark of inactive (perhaps by another replica) is undone; an active row
      // matches nothing, so nothing is written.
      await this.prisma.conversationReference.updateMany({
        where: { workspaceId, conversationId, active: false },
        data: { active: true },
      });
      return;
    }
    // The workspace row as every other turn path makes sure of it: once per process and while
    // its lookup lasts, not on every reference that changes (each new speaker in a channel).
    await ensureWorkspaceKnown(this.prisma, workspaceId, 'teams');
    const json = reference as Prisma.InputJsonValue;
    await this.prisma.conversationReference.upsert({
      where: { workspaceId_conversationId: { workspaceId, conversationId } },
      create: { workspaceId, conversationId, reference: json, active: true },
      update: { reference: json, active: true },
    });
    this.saved.set(key, text);
  }

  async find(workspaceId: string, conversationId: string): Promise<StoredConversationReference | null> {
    const row = await this.prisma.conversationReference.findUnique({
      where: { workspaceId_conversationId: { workspaceId, conversationId } },
    });
    return row ? toStored(row) : null;
  }

  async findPersonal(workspaceId: string, userId: string): Promise<StoredConversationReference | null> {
    const personal = { reference: { path: ['conversation', 'conversationType'], equals: 'personal' } };
    const row = await this.prisma.conversationReference.findFirst({
      where: {
        workspaceId,
        active: true,
        AND: [
          personal,
          {
            OR: [
              { reference: { path: ['user', 'aadObjectId'], equals: userId } },
              { reference: { path: ['user', 'id'], equals: userId } },
            ],
          },
        ],
      },
      orderBy: { updatedAt: 'desc' },
    });
    return row ? toStored(row) : null;
  }

  async findAnyActive(workspaceId: string): Promise<StoredConversationReference | null> {
    const row = await this.prisma.conversationReference.findFirst({
      where: { workspaceId, active: true },
      orderBy: { updatedAt: 'desc' },
    });
    return row ? toStored(row) : null;
  }

  async markInactive(workspaceId: string, conversationId: string): Promise<boolean> {
    this.saved.delete(`${workspaceId}\u0000${conversationId}`);
    const result = await this.prisma.conversationReference.updateMany({
      where: { workspaceId, conversationId, active: true },
      data: { active: false },
    });
    return result.count > 0;
  }

  async markTeamInactive(workspaceId: string, teamId: string): Promise<number> {
    this.saved.clear(`${workspaceId}\u0000`);
    const result = await this.prisma.conversationReference.updateMany({
      where: { workspaceId, active: true, reference: { path: ['teamId'], equals: teamId } },
      data: { active: false },
    });
    return result.count;
  }
}
