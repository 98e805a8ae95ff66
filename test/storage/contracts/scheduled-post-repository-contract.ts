import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { NewScheduledPost, ScheduledPostRepository } from '../../../src/core/shared/ports.ts';

const MIN = 60_000;
const t0 = new Date('2027-03-01T09:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * MIN);

/**
 * What every ScheduledPostRepository does, whatever keeps it: run against the in-memory fake (unit
 * tier) and the Prisma repository on PGlite and PostgreSQL (integration tier). Claims cross
 * workspaces, so each test claims at a time of its own and looks only at its own posts.
 */
export function scheduledPostRepositoryContract(repository: () => ScheduledPostRepository): void {
  const workspace = () => `W-${randomUUID().slice(0, 8)}`;
  const post = (workspaceId: string, key: string, dueAt: Date, over: Partial<NewScheduledPost> = {}) => ({
    workspaceId,
    key,
    kind: 'member_reminder',
    channelId: 'C1',
    message: { kind: 'forum_member_reminder', text: `post ${key}` },
    dueAt,
    ...over,
  });
  // Each test's posts are due in a window of its own, a year before the previous test's, so its
  // claims (everything due by a time) never reach posts an earlier test left behind.
  let window = 0;
  const base = () => {
    window++;
    return (minutes: number) => new Date(at(minutes).getTime() - window * 365 * 24 * 60 * MIN);
  };

  it('schedules a key once; a pending post takes the newer content, a sent one does not change', async () => {
    const posts = repository();
    const w = workspace();
    const when = base();
    expect(await posts.schedule(post(w, 'k1', when(0)))).toEqual({ created: true });
    expect(
      await posts.schedule(
        post(w, 'k1', when(5), { message: { kind: 'forum_member_reminder', text: 'newer' } }),
      ),
    ).toEqual({ created: false });
    const [claimed] = await posts.claimDue(when(10), 'me', when(11), 10);
    expect([
      claimed?.key,
      claimed?.message.text,
      claimed?.dueAt,
      claimed?.attempts,
      claimed?.interrupted,
    ]).toEqual(['k1', 'newer', when(5), 1, false]);
    expect(await posts.markSent(claimed?.id ?? '', 'me', when(10), { externalId: 'ts1', late: false })).toBe(
      true,
    );
    expect(await posts.schedule(post(w, 'k1', when(20)))).toEqual({ created: false });
    expect(await posts.claimDue(when(30), 'me', when(31), 10)).toEqual([]);
    expect(await posts.countByStatus(w)).toEqual({ sent: 1 });
  });

  it('marks several posts sent in one call, only those the caller still holds', async () => {
    const posts = repository();
    const w = workspace();
    const when = base();
    for (const key of ['m1', 'm2', 'm3', 'theirs']) await posts.schedule(post(w, key, when(1)));
    const mine = await posts.claimDue(when(10), 'me', when(11), 3);
    const theirs = await posts.claimDue(when(10), 'other', when(11), 10);
    expect(mine.map((p) => p.key).sort()).toEqual(['m1', 'm2', 'm3']);
    expect(theirs.map((p) => p.key)).toEqual(['theirs']);
    const marks = [...mine, ...theirs].map((p, i) => ({
      id: p.id,
      at: when(10),
      late: i === 0,
      ...(i === 1 ? {} : { externalId: `ts${i}` }),
    }));
    expect(await posts.markSentMany('me', marks)).toBe(3);
    expect(await posts.markSentMany('me', [])).toBe(0);
    expect(await posts.countByStatus(w)).toEqual({ sent: 3, sending: 1 });
    expect((await posts.find(w, 'm2'))?.status).toBe('sent');
    // Marking again changes nothing: the claims are finished.
    expect(await posts.markSentMany('me', marks)).toBe(0);
  });

  it('claims due posts oldest first up to the limit, never the same post to two claimers', async () => {
    const posts = repository();
    const w = workspace();
    const when = base();
    for (const [key, minutes] of [
      ['b', 2],
      ['a', 1],
      ['c', 3],
      ['later', 60],
    ] as const) {
      await posts.schedule(post(w, key, when(minutes)));
    }
    const first = await posts.claimDue(when(10), 'one', when(11), 2);
    const second = await posts.claimDue(when(10), 'two', when(11), 10);
    expect(first.map((p) => p.key)).toEqual(['a', 'b']);
    expect(second.map((p) => p.key)).toEqual(['c']);
    // Only the holder of a claim can finish it.
    expect(await posts.markSkipped(first[0]?.id ?? '', 'two', 'not mine')).toBe(false);
    expect(await posts.markSkipped(first[0]?.id ?? '', 'one', 'expired')).toBe(true);
    expect(await posts.markUncertain(first[1]?.id ?? '', 'one', 'lost')).toBe(true);
    expect(await posts.countByStatus(w)).toEqual({ skipped: 1, uncertain: 1, sending: 1, pending: 1 });
  });

  it('takes back a post whose lease ran out as interrupted, and a released one after its retry time', async () => {
    const posts = repository();
    const w = workspace();
    const when = base();
    await posts.schedule(post(w, 'lost', when(0)));
    await posts.schedule(post(w, 'retry', when(0)));
    const claimed = await posts.claimDue(when(1), 'dead', when(2), 10);
    const retry = claimed.find((p) => p.key === 'retry');
    expect(await posts.release(retry?.id ?? '', 'dead', 'timeout', when(30), false)).toBe(true);
    // The lost one's lease ends at +2 minutes; the released one waits for +30.
    expect(await posts.claimDue(when(2), 'next', when(3), 10)).toEqual([]);
    const taken = await posts.claimDue(when(5), 'next', when(6), 10);
    expect(taken.map((p) => [p.key, p.attempts, p.interrupted])).toEqual([['lost', 2, true]]);
    expect(await posts.markUncertain(taken[0]?.id ?? '', 'next', 'may have gone out')).toBe(true);
    const retried = await posts.claimDue(when(31), 'next', when(32), 10);
    expect(retried.map((p) => [p.key, p.attempts, p.interrupted])).toEqual([['retry', 2, false]]);
    expect(await posts.release(retried[0]?.id ?? '', 'next', 'still failing', when(40), true)).toBe(true);
    expect(await posts.claimDue(when(50), 'next', when(51), 10)).toEqual([]);
    expect(await posts.countByStatus(w)).toEqual({ failed: 1, uncertain: 1 });
  });

  it('hands back every claim of an owner at shutdown, not counting the attempt', async () => {
    const posts = repository();
    const w = workspace();
    const when = base();
    await posts.schedule(post(w, 'x', when(0)));
    const owner = `stopping-${randomUUID()}`;
    expect((await posts.claimDue(when(1), owner, when(60), 10)).length).toBe(1);
    expect(await posts.releaseAll(owner)).toBe(1);
    expect(await posts.releaseAll(owner)).toBe(0);
    const again = await posts.claimDue(when(2), 'other', when(3), 10);
    expect(again.map((p) => [p.key, p.attempts, p.interrupted])).toEqual([['x', 1, false]]);
  });

  it('finds a post by key with its status and the message as it went out', async () => {
    const posts = repository();
    const [w1, w2] = [workspace(), workspace()];
    const when = base();
    await posts.schedule(post(w1, 'forum:9:announcement', when(0)));
    expect(await posts.find(w1, 'forum:9:announcement')).toMatchObject({ status: 'pending' });
    expect(await posts.find(w2, 'forum:9:announcement')).toBeNull();
    const [claimed] = (await posts.claimDue(when(1), 'finder', when(2), 100)).filter(
      (p) => p.workspaceId === w1,
    );
    expect(claimed?.key).toBe('forum:9:announcement');
    await posts.markSent(claimed?.id ?? '', 'finder', when(1), { late: false });
    const found = await posts.find(w1, 'forum:9:announcement');
    expect(found?.status).toBe('sent');
    expect(found?.message).toEqual(claimed?.message);
  });

  it('cancels pending posts by key prefix, except one key, and only in their workspace', async () => {
    const posts = repository();
    const [w1, w2] = [workspace(), workspace()];
    const when = base();
    await posts.schedule(post(w1, 'forum:1:announce', when(100)));
    await posts.schedule(post(w1, 'forum:1:reminder', when(100)));
    await posts.schedule(post(w1, 'forum:2:reminder', when(100)));
    await posts.schedule(post(w2, 'forum:1:reminder', when(100)));
    expect(await posts.cancelPending(w1, 'forum:1:', 'forum:1:announce')).toBe(1);
    expect(await posts.cancelPending(w1, 'forum:1:')).toBe(1);
    expect(await posts.cancelPending(w1, 'forum:1:')).toBe(0);
    expect(await posts.countByStatus(w1)).toEqual({ cancelled: 2, pending: 1 });
    expect(await posts.countByStatus(w2)).toEqual({ pending: 1 });
    // A cancelled post is not sent, and scheduling its key again does not revive it.
    expect(await posts.schedule(post(w1, 'forum:1:reminder', when(100)))).toEqual({ created: false });
    expect((await posts.claimDue(when(200), 'me', when(201), 10)).map((p) => p.key).sort()).toEqual([
      'forum:1:reminder',
      'forum:2:reminder',
    ]);
  });

  it('lists the posts of a key prefix that failed or wait for a retry, oldest first', async () => {
    const posts = repository();
    const w = workspace();
    const when = base();
    for (const key of ['forum:a:1', 'forum:a:2', 'forum:a:3', 'forum:b:1', 'pulse:a:1']) {
      await posts.schedule(post(w, key, when(key.endsWith('1') ? 0 : 1)));
    }
    const claimed = await posts.claimDue(when(2), 'me', when(3), 10);
    const byKey = (key: string) => claimed.find((c) => c.key === key)?.id ?? '';
    await posts.release(byKey('forum:a:1'), 'me', 'Teams answered 403', when(4), true);
    await posts.release(byKey('forum:a:2'), 'me', 'Teams answered 503', when(4), false);
    await posts.markSent(byKey('forum:a:3'), 'me', when(2), { late: false });
    await posts.release(byKey('pulse:a:1'), 'me', 'gone', when(4), true);
    const troubled = await posts.listTroubled(w, 'forum:a:');
    expect(troubled.map((p) => [p.key, p.status, p.lastError])).toEqual([
      ['forum:a:1', 'failed', 'Teams answered 403'],
      ['forum:a:2', 'pending', 'Teams answered 503'],
    ]);
    expect(await posts.listTroubled(workspace(), 'forum:')).toEqual([]);
  });
}
