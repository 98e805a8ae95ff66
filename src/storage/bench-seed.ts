import type { OutboundMessage } from '../core/shared/ports.ts';
import type { Storage } from './client.ts';

/**
 * For the bench: a console workspace with `count` identical posts already due, written in
 * batches of 1,000 (scheduling them one by one would take longer than the tick being measured).
 */
export async function seedDuePosts(
  storage: Storage,
  options: { workspaceId: string; count: number; message: OutboundMessage; dueAt: Date; channelId: string },
): Promise<void> {
  const { workspaceId, count, message, dueAt, channelId } = options;
  await storage.prisma.workspace.create({ data: { id: workspaceId, platform: 'console' } });
  for (let i = 0; i < count; i += 1000) {
    await storage.prisma.scheduledPost.createMany({
      data: Array.from({ length: Math.min(1000, count - i) }, (_, k) => ({
        workspaceId,
        key: `${workspaceId}:${i + k}`,
        kind: message.kind,
        channelId,
        payload: message as object,
        dueAt,
      })),
    });
  }
}
