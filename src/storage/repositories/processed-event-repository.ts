import type { ProcessedEventRepository } from '../../core/shared/ports.ts';
import type { PrismaClient } from '../client.ts';
import { ensureWorkspaceKnown, toPlatform } from './workspace-repository.ts';

export class PrismaProcessedEventRepository implements ProcessedEventRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async markProcessed(
    workspaceId: string,
    source: string,
    eventId: string,
    expiresAt: Date,
  ): Promise<boolean> {
    // ON CONFLICT DO NOTHING makes the primary key the arbiter: of any number of concurrent
    // deliveries of one event, exactly one insert reports a row.
    // The event's source is its platform: the first event of a workspace records it, whatever
    // kind of event that is (a mention, a DM, a slash command).
    await ensureWorkspaceKnown(this.prisma, workspaceId, toPlatform(source) ?? 'unknown');
    const inserted = await this.prisma.$executeRaw`
      INSERT INTO processed_event (workspace_id, source, event_id, expires_at)
      VALUES (${workspaceId}, ${source}, ${eventId}, ${expiresAt})
      ON CONFLICT DO NOTHING`;
    return inserted === 1;
  }

  async unmark(workspaceId: string, source: string, eventId: string): Promise<void> {
    await this.prisma.processedEvent.deleteMany({ where: { workspaceId, source, eventId } });
  }

  async deleteExpired(now: Date): Promise<number> {
    const result = await this.prisma.processedEvent.deleteMany({ where: { expiresAt: { lte: now } } });
    return result.count;
  }
}
