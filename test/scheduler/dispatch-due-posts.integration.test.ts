import { expect, it } from 'vitest';
import type { NewScheduledPost } from '../../src/core/shared/ports.ts';
import { dispatchDuePosts } from '../../src/scheduler/dispatch-due-posts.ts';
import { createRepositories } from '../../src/storage/index.ts';
import { FixedClock } from '../fakes/in-memory-repositories.ts';
import { LookupGateway, RecordingGateway } from '../fakes/recording-gateway.ts';
import { describeEachDatabase } from '../support/databases.ts';

const MIN = 60_000;
let n = 0;
const makePost = (over: Partial<NewScheduledPost> = {}): NewScheduledPost => ({
  workspaceId: 'W-sched',
  key: `test:${n++}`,
  kind: 'member_reminder',
  channelId: 'C1',
  message: { kind: 'member_reminder', text: 'Forum on Tuesday: are you coming?' },
  dueAt: new Date('2026-11-21T09:00:00Z'),
  ...over,
});

describeEachDatabase('scheduled posts', (db) => {
  const repos = () => createRepositories(db.storage.prisma);
  const reset = () => db.storage.prisma.scheduledPost.deleteMany({});

  it('plans a post once per key and refreshes it only while pending', async () => {
    await reset();
    const { posts } = repos();
    const post = makePost();
    expect(await posts.schedule(post)).toEqual({ created: true });
    expect(await posts.schedule({ ...post, dueAt: new Date('2026-11-21T10:00:00Z') })).toEqual({
      created: false,
    });
    const rows = await db.storage.prisma.scheduledPost.findMany({ where: { key: post.key } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.dueAt.toISOString()).toBe('2026-11-21T10:00:00.000Z');
  });

  it('sends due posts once, leaves future ones, and sends nothing on the next tick', async () => {
    await reset();
    const { posts } = repos();
    const clock = new FixedClock(new Date('2026-11-21T09:05:00Z'));
    const due = [makePost(), makePost()];
    const future = makePost({ dueAt: new Date('2026-11-22T09:00:00Z') });
    for (const p of [...due, future]) await posts.schedule(p);
    const gateway = new RecordingGateway();
    const first = await dispatchDuePosts({ posts, gateway, clock, owner: 'A' });
    expect(first.sent).toBe(2);
    expect(gateway.keys().sort()).toEqual(due.map((p) => p.key).sort());
    expect(gateway.posted[0]?.message.text).not.toMatch(/late/);
    const second = await dispatchDuePosts({ posts, gateway, clock, owner: 'A' });
    expect(second.sent).toBe(0);
    expect(gateway.posted).toHaveLength(2);
    clock.advance(24 * 60 * MIN);
    await dispatchDuePosts({ posts, gateway, clock, owner: 'A' });
    expect(gateway.keys()).toContain(future.key);
  });

  it('marks posts to many channels sent together, with the time, the message id and the late flag', async () => {
    await reset();
    const { posts } = repos();
    const clock = new FixedClock(new Date('2026-11-21T12:00:00Z'));
    const planned = Array.from({ length: 9 }, (_, i) => makePost({ channelId: `C${i % 3}` }));
    for (const p of planned) await posts.schedule(p);
    // The stored time must not depend on the session's time zone.
    await db.storage.prisma.$executeRawUnsafe("SET TIME ZONE 'America/New_York'");
    try {
      const result = await dispatchDuePosts({ posts, gateway: new RecordingGateway(), clock, owner: 'A' });
      expect(result).toMatchObject({ sent: 9, late: 9 });
    } finally {
      await db.storage.prisma.$executeRawUnsafe("SET TIME ZONE 'UTC'");
    }
    const rows = await db.storage.prisma.scheduledPost.findMany({
      where: { key: { in: planned.map((p) => p.key) } },
    });
    expect(rows).toHaveLength(9);
    for (const row of rows) {
      expect(row.status).toBe('sent');
      expect(row.sentAt?.toISOString()).toBe('2026-11-21T12:00:00.000Z');
      expect(row.externalId).toMatch(/^msg-\d$/);
      expect(row.late).toBe(true);
      expect(row.leaseOwner).toBeNull();
    }
  });

  it('sends a late post with a note, and skips one whose meeting has passed', async () => {
    await reset();
    const { posts } = repos();
    const clock = new FixedClock(new Date('2026-11-21T12:00:00Z'));
    const stillUseful = makePost({ expiresAt: new Date('2026-11-21T13:30:00Z') });
    const tooLate = makePost({ expiresAt: new Date('2026-11-21T11:00:00Z') });
    await posts.schedule(stillUseful);
    await posts.schedule(tooLate);
    const gateway = new RecordingGateway();
    const result = await dispatchDuePosts({ posts, gateway, clock, owner: 'A' });
    expect(result).toMatchObject({ sent: 1, late: 1, skipped: 1 });
    expect(gateway.posted[0]?.message.text).toMatch(/^\(late\) Forum on Tuesday/);
    const skipped = await db.storage.prisma.scheduledPost.findFirst({ where: { key: tooLate.key } });
    expect(skipped?.status).toBe('skipped');
    expect(skipped?.lastError).toMatch(/passed/);
  });

  it('retries a failed send with backoff and gives up after the last attempt', async () => {
    await reset();
    const { posts } = repos();
    const clock = new FixedClock(new Date('2026-11-21T09:01:00Z'));
    const post = makePost();
    await posts.schedule(post);
    const gateway = new RecordingGateway();
    gateway.failNext = 1;
    expect((await dispatchDuePosts({ posts, gateway, clock, owner: 'A' })).retried).toBe(1);
    // still inside the backoff: not retried yet
    expect((await dispatchDuePosts({ posts, gateway, clock, owner: 'A' })).sent).toBe(0);
    clock.advance(MIN);
    expect((await dispatchDuePosts({ posts, gateway, clock, owner: 'A' })).sent).toBe(1);

    const doomed = makePost();
    await posts.schedule(doomed);
    gateway.failNext = 99;
    let failed = 0;
    for (let i = 0; i < 6; i++) {
      failed += (await dispatchDuePosts({ posts, gateway, clock, owner: 'A', maxAttempts: 3 })).failed;
      clock.advance(60 * MIN);
    }
    expect(failed).toBe(1);
    const row = await db.storage.prisma.scheduledPost.findFirst({ where: { key: doomed.key } });
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('gives up at once on an error the gateway marks permanent (the channel is gone)', async () => {
    await reset();
    const { posts } = repos();
    const clock = new FixedClock(new Date('2026-11-21T09:01:00Z'));
    const post = makePost();
    await posts.schedule(post);
    const gateway = new RecordingGateway();
    gateway.post = async () => {
      throw Object.assign(new Error('channel_not_found'), { permanent: true });
    };
    expect((await dispatchDuePosts({ posts, gateway, clock, owner: 'A' })).failed).toBe(1);
    clock.advance(120 * MIN);
    expect((await dispatchDuePosts({ posts, gateway, clock, owner: 'A' })).failed).toBe(0);
    const row = await db.storage.prisma.scheduledPost.findFirst({ where: { key: post.key } });
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('never posts twice after an instance dies mid-send', async () => {
    await reset();
    const { posts } = repos();
    const clock = new FixedClock(new Date('2026-11-21T09:01:00Z'));
    const sentBeforeCrash = makePost();
    const notSent = makePost();
    const blind = makePost({ workspaceId: 'W-blind' });
    for (const p of [sentBeforeCrash, notSent, blind]) await posts.schedule(p);
    // Instance "dead" claims all three, posts one, and dies before recording anything.
    const lookup = new LookupGateway();
    const claimed = await posts.claimDue(clock.now(), 'dead', new Date(clock.now().getTime() + MIN), 10);
    expect(claimed).toHaveLength(3);
    await lookup.post(
      { workspaceId: 'W-sched', channelId: 'C1' },
      sentBeforeCrash.message,
      sentBeforeCrash.key,
    );

    // Another instance cannot take them while the lease holds...
    expect((await dispatchDuePosts({ posts, gateway: lookup, clock, owner: 'B' })).sent).toBe(0);
    clock.advance(2 * MIN);
    // ...and afterwards resends only what the platform does not have.
    const result = await dispatchDuePosts({ posts, gateway: lookup, clock, owner: 'B' });
    expect(result.sent).toBe(3);
    expect(lookup.keys().filter((k) => k === sentBeforeCrash.key)).toHaveLength(1);
    expect(lookup.keys()).toContain(notSent.key);

    // A gateway that cannot look posts up gets none resent: each is marked uncertain instead.
    await reset();
    const blindPost = makePost();
    await posts.schedule(blindPost);
    await posts.claimDue(clock.now(), 'dead', new Date(clock.now().getTime() + MIN), 10);
    clock.advance(2 * MIN);
    const blindGateway = new RecordingGateway();
    expect((await dispatchDuePosts({ posts, gateway: blindGateway, clock, owner: 'B' })).uncertain).toBe(1);
    expect(blindGateway.posted).toHaveLength(0);

    // Nor does a routing gateway whose lookup answers "cannot tell" for this target.
    await reset();
    const routedPost = makePost();
    await posts.schedule(routedPost);
    await posts.claimDue(clock.now(), 'dead', new Date(clock.now().getTime() + MIN), 10);
    clock.advance(2 * MIN);
    const routed = new RecordingGateway();
    const routing = Object.assign(routed, { findPosted: async () => undefined });
    expect((await dispatchDuePosts({ posts, gateway: routing, clock, owner: 'B' })).uncertain).toBe(1);
    expect(routed.posted).toHaveLength(0);
  });

  it('gives claims back on shutdown so another instance sends them', async () => {
    await reset();
    const { posts } = repos();
    const clock = new FixedClock(new Date('2026-11-21T09:01:00Z'));
    await posts.schedule(makePost());
    await posts.claimDue(clock.now(), 'stopping', new Date(clock.now().getTime() + 10 * MIN), 10);
    expect(await posts.releaseAll('stopping')).toBe(1);
    const gateway = new RecordingGateway();
    expect((await dispatchDuePosts({ posts, gateway, clock, owner: 'other' })).sent).toBe(1);
  });

  it('sends each of 200 due posts exactly once with two dispatchers running at once', async () => {
    await reset();
    const { posts } = repos();
    const clock = new FixedClock(new Date('2026-11-21T09:30:00Z'));
    const planned = Array.from({ length: 200 }, () => makePost());
    for (const p of planned) await posts.schedule(p);
    const gateway = new RecordingGateway();
    await Promise.all([
      dispatchDuePosts({ posts, gateway, clock, owner: 'A', batchSize: 7 }),
      dispatchDuePosts({ posts, gateway, clock, owner: 'B', batchSize: 7 }),
    ]);
    expect(gateway.keys().sort()).toEqual(planned.map((p) => p.key).sort());
  });
});
