import type { OutboundMessage } from '../core/shared/ports.ts';
import type { Storage } from './client.ts';

/**
 * For the bench: a console workspace with `count` identical posts already due, written in
 * batches of 1,000 (scheduling them one by one would take longer than the tick being measured).
 */
export async function seedDuePosts(
  storage: Storage,
  options: {
    workspaceId: string;
    count: number;
    message: OutboundMessage;
    dueAt: Date;
    channelId: string;
    /** Spread the posts over this many channels (`channelId-0`, `-1`, ...), as many forums' are. */
    channels?: number;
  },
): Promise<void> {
  const { workspaceId, count, message, dueAt, channelId, channels = 1 } = options;
  await storage.prisma.workspace.create({ data: { id: workspaceId, platform: 'console' } });
  for (let i = 0; i < count; i += 1000) {
    await storage.prisma.scheduledPost.createMany({
      data: Array.from({ length: Math.min(1000, count - i) }, (_, k) => ({
        workspaceId,
        key: `${workspaceId}:${i + k}`,
        kind: message.kind,
        channelId: channels > 1 ? `${channelId}-${(i + k) % channels}` : channelId,
        payload: message as object,
        dueAt,
      })),
    });
  }
}
