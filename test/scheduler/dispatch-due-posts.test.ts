import { describe, expect, it } from 'vitest';
import type { ChatGateway, OutboundMessage, PostTarget, SentMark } from '../../src/core/shared/ports.ts';
import { dispatchDuePosts } from '../../src/scheduler/dispatch-due-posts.ts';
import { InMemoryScheduledPosts } from '../fakes/in-memory-posts.ts';
import { FixedClock } from '../fakes/in-memory-repositories.ts';

const due = new Date('2026-11-21T09:00:00Z');
const clock = () => new FixedClock(new Date('2026-11-21T09:01:00Z'));

/** A gateway whose sends finish a few turns of the event loop later, counting sends in flight. */
class SlowGateway implements ChatGateway {
  readonly posted: { channel: string; text: string }[] = [];
  inFlight = 0;
  mostInFlight = 0;
  async post(target: PostTarget, message: OutboundMessage) {
    this.inFlight++;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
    this.inFlight--;
    this.posted.push({ channel: target.channelId, text: message.text });
    return { externalId: `${target.channelId}:${message.text}` };
  }
}

async function schedule(posts: InMemoryScheduledPosts, channels: string[], perChannel: number) {
  for (let i = 0; i < perChannel; i++)
    for (const channel of channels)
      await posts.schedule({
        workspaceId: 'W',
        key: `${channel}:${i}`,
        kind: 'member_reminder',
        channelId: channel,
        message: { kind: 'forum_member_reminder', text: `${i}` },
        dueAt: new Date(due.getTime() + i * 1000),
      });
}

describe('dispatching due posts', () => {
  it('sends to several channels at once, each channel in the order its posts fell due', async () => {
    const posts = new InMemoryScheduledPosts();
    await schedule(posts, ['C1', 'C2', 'C3', 'C4', 'C5'], 6);
    const gateway = new SlowGateway();
    const result = await dispatchDuePosts({
      posts,
      gateway,
      clock: clock(),
      owner: 'me',
      batchSize: 7,
      channelConcurrency: 3,
    });
    expect(result.sent).toBe(30);
    expect(gateway.mostInFlight).toBe(3);
    for (const channel of ['C1', 'C2', 'C3', 'C4', 'C5'])
      expect(gateway.posted.filter((p) => p.channel === channel).map((p) => p.text)).toEqual([
        '0',
        '1',
        '2',
        '3',
        '4',
        '5',
      ]);
    expect(posts.list('W').every((p) => p.status === 'sent' && p.externalId?.startsWith(p.channelId))).toBe(
      true,
    );
  });

  it('writes sent marks together instead of one statement a post', async () => {
    const posts = new InMemoryScheduledPosts();
    const writes: number[] = [];
    const markSentMany = posts.markSentMany.bind(posts);
    posts.markSentMany = async (owner: string, marks: readonly SentMark[]) => {
      writes.push(marks.length);
      await new Promise((resolve) => setImmediate(resolve));
      return markSentMany(owner, marks);
    };
    await schedule(
      posts,
      Array.from({ length: 12 }, (_, i) => `C${i}`),
      1,
    );
    await dispatchDuePosts({ posts, gateway: new SlowGateway(), clock: clock(), owner: 'me' });
    expect(writes.reduce((a, b) => a + b, 0)).toBe(12);
    expect(writes.length).toBeLessThan(12);
    expect(posts.list('W').filter((p) => p.status === 'sent')).toHaveLength(12);
  });

  it('retries a failed mark write; when it keeps failing the tick stops, leaving the sent post claimed', async () => {
    const flaky = new InMemoryScheduledPosts();
    await schedule(flaky, ['C1', 'C2'], 2);
    let failures = 1;
    const markSentMany = flaky.markSentMany.bind(flaky);
    flaky.markSentMany = async (owner: string, marks: readonly SentMark[]) => {
      if (failures-- > 0) throw new Error('connection reset');
      return markSentMany(owner, marks);
    };
    await dispatchDuePosts({ posts: flaky, gateway: new SlowGateway(), clock: clock(), owner: 'me' });
    expect(flaky.list('W').map((p) => p.status)).toEqual(['sent', 'sent', 'sent', 'sent']);

    const down = new InMemoryScheduledPosts();
    await schedule(down, ['C1'], 3);
    down.markSentMany = async () => {
      throw new Error('database is down');
    };
    const errors: string[] = [];
    const logger = { error: (_: unknown, msg: string) => errors.push(msg), warn: () => {} };
    const gateway = new SlowGateway();
    await expect(
      dispatchDuePosts({ posts: down, gateway, clock: clock(), owner: 'me', logger: logger as never }),
    ).rejects.toThrow('database is down');
    // The channel's next post waits for the mark, so only the first went out.
    expect(gateway.posted.map((p) => p.text)).toEqual(['0']);
    expect(down.list('W').map((p) => [p.status, p.leaseOwner])).toEqual([
      ['sending', 'me'],
      ['sending', 'me'],
      ['sending', 'me'],
    ]);
    expect(errors.some((m) => m.includes('could not mark sent posts'))).toBe(true);
  });
});
