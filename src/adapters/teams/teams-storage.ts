/**
 * What the Teams adapter keeps in the database: botbuilder turn state (the `Storage` contract,
 * with eTag concurrency) and the conversation references proactive posts need.
 */
import { randomUUID } from 'node:crypto';
import type { Storage as BotStorage, StoreItems } from 'botbuilder';
import type { PrismaClient } from '../../storage/client.ts';
import { Prisma } from '../../storage/generated/prisma/client.ts';
import { ensureWorkspaceRow } from '../../storage/repositories/workspace-repository.ts';

/** botbuilder's storage contract: an item written with a stale eTag is refused. */
export class PrismaBotStateStorage implements BotStorage {
  constructor(private readonly prisma: PrismaClient) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const rows = await this.prisma.botState.findMany({ where: { key: { in: keys } } });
    const items: StoreItems = {};
    for (const row of rows) {
      items[row.key] = { ...(row.value as Record<string, unknown>), eTag: row.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...rest } = (item ?? {}) as Record<string, unknown>;
      const value = rest as Prisma.InputJsonValue;
      const next = randomUUID();
      if (typeof eTag === 'string' && eTag !== '*' && eTag !== '') {
        const updated = await this.prisma.botState.updateMany({
          where: { key, eTag },
          data: { value, eTag: next },
        });
        if (updated.count === 1) continue;
        const exists = await this.prisma.botState.findUnique({ where: { key }, select: { key: true } });
        if (exists)
          throw new Error(`Storage: the item "${key}" was changed by another turn (eTag conflict).`);
        try {
          await this.prisma.botState.create({ data: { key, value, eTag: next } });
        } catch (error) {
          if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
            throw new Error(`Storage: the item "${key}" was created by another turn (eTag conflict).`);
          }
          throw error;
        }
        continue;
      }
      await this.prisma.botState.upsert({
        where: { key },
        create: { key, value, eTag: next },
        update: { value, eTag: next },
      });
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.prisma.botState.deleteMany({ where: { key: { in: keys } } });
  }
}

/** A stored conversation reference. */
export interface StoredReference {
  workspaceId: string;
  conversationId: string;
  reference: Record<string, unknown>;
  active: boolean;
}

/** Conversation references by (tenant, conversation), for proactive posts. */
export class ConversationReferenceStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Stores or refreshes a reference and marks it active (the bot is installed there). */
  async save(workspaceId: string, conversationId: string, reference: Record<string, unknown>): Promise<void> {
    await ensureWorkspaceRow(this.prisma, workspaceId, 'teams');
    const json = reference as Prisma.InputJsonValue;
    await this.prisma.conversationReference.upsert({
      where: { workspaceId_conversationId: { workspaceId, conversationId } },
      create: { workspaceId, conversationId, reference: json, active: true },
      update: { reference: json, active: true },
    });
  }

  async find(workspaceId: string, conversationId: string): Promise<StoredReference | null> {
    const row = await this.prisma.conversationReference.findUnique({
      where: { workspaceId_conversationId: { workspaceId, conversationId } },
    });
    return row
      ? {
          workspaceId: row.workspaceId,
          conversationId: row.conversationId,
          reference: row.reference as Record<string, unknown>,
          active: row.active,
        }
      : null;
  }

  /** The bot was removed (or the connector says it is not there): posts there stop. */
  async markInactive(workspaceId: string, conversationId: string): Promise<boolean> {
    const result = await this.prisma.conversationReference.updateMany({
      where: { workspaceId, conversationId, active: true },
      data: { active: false },
    });
    return result.count > 0;
  }

  /** Every conversation of a team the bot was removed from (references saved with its `teamId`). */
  async markTeamInactive(workspaceId: string, teamId: string): Promise<number> {
    const result = await this.prisma.conversationReference.updateMany({
      where: { workspaceId, active: true, reference: { path: ['teamId'], equals: teamId } },
      data: { active: false },
    });
    return result.count;
  }
}
