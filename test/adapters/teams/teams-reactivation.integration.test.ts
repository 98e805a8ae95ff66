import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { FakeBotConnector } from '../../../src/adapters/teams/testing/fake-bot-framework.ts';
import {
  makeActivity,
  mentionText,
  startTeamsHarness,
  TEST_APP_ID,
  TEST_TENANT,
  type TeamsHarness,
} from '../../../src/adapters/teams/testing/harness.ts';
import type { Clock } from '../../../src/core/shared/ports.ts';
import { dispatchDuePosts } from '../../../src/scheduler/dispatch-due-posts.ts';
import { createPostAttention } from '../../../src/scheduler/post-notices.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { shippedGuidance } from '../../support/guidance.ts';

const CHANNEL = '19:general@thread.tacv2';
const COORDINATOR = 'aad-user-1';
const IN_TURN_MS = 120_000;

/** A clock the test moves. */
function testClock(start: Date): Clock & { set(at: Date): void } {
  let now = start;
  return { now: () => now, set: (at) => (now = at) };
}

describeEachDatabase('Teams: removal, re-activation and failed posts, on two replicas', (db) => {
  const connector = new FakeBotConnector();
  let a: TeamsHarness;
  let b: TeamsHarness;
  const channelActivity = (overrides: Record<string, unknown>) =>
    makeActivity(
      connector.url,
      {
        ...overrides,
        from: { id: `29:${COORDINATOR}`, aadObjectId: COORDINATOR, name: 'Coordinator' },
      },
      'channel',
    );
  const say = (h: TeamsHarness, text: string) => h.send(channelActivity(mentionText(text)));
  const installed = (action: 'add' | 'remove') =>
    channelActivity({ type: 'installationUpdate', action, text: undefined });
  const active = async () =>
    (await a.repos.conversationReferences.find(TEST_TENANT, CHANNEL))?.active ?? false;
  const post = (h: TeamsHarness, text: string, key: string) =>
    h.adapter.gateway.post(
      { workspaceId: TEST_TENANT, channelId: CHANNEL },
      { kind: 'forum_announcement', text },
      key,
    );

  beforeAll(async () => {
    await connector.start();
    [a, b] = await Promise.all([
      startTeamsHarness({
        storage: db.storage,
        guidance: shippedGuidance(),
        connector,
        ackTimeoutMs: IN_TURN_MS,
      }),
      startTeamsHarness({
        storage: db.storage,
        guidance: shippedGuidance(),
        connector,
        ackTimeoutMs: IN_TURN_MS,
      }),
    ]);
    // The coordinator talks to the bot in a personal chat, then it is added to the team.
    await a.send(
      makeActivity(connector.url, {
        text: 'help',
        from: { id: `29:${COORDINATOR}`, aadObjectId: COORDINATOR, name: 'Coordinator' },
      }),
    );
    await a.send(
      channelActivity({
        type: 'conversationUpdate',
        text: undefined,
        membersAdded: [{ id: `28:${TEST_APP_ID}` }],
      }),
    );
    await say(
      a,
      'forum create "West CAF Forum" cadence="every month on the 2nd tuesday" time=13:30 start=2031-01-01',
    );
    await say(a, 'forum agency add "West CAF Forum" name="Oakfield Primary" sector=education');
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await connector.stop();
  });
  beforeEach(() => connector.reset());

  it('a 403 on one replica marks the conversation inactive for all; a re-add on the other re-activates it at once', async () => {
    expect(await active()).toBe(true);
    connector.removedFrom.add(CHANNEL);
    // Not given up for good: the bot may be added back.
    await expect(post(b, 'first', 'r1')).rejects.toMatchObject({ permanent: false });
    expect(await active()).toBe(false);
    // Replica A sees it too: no call reaches Teams while the conversation is inactive.
    await expect(post(a, 'second', 'r2')).rejects.toMatchObject({ permanent: false });
    expect(connector.failed).toHaveLength(1);

    // The bot is added back; replica A handles the installationUpdate, replica B posts at once.
    connector.removedFrom.clear();
    expect((await a.send(installed('add'))).status).toBe(200);
    expect(await active()).toBe(true);
    await post(b, 'back again', 'r3');
    expect(JSON.stringify(connector.messages().at(-1)?.body)).toMatch(/back again/);
  });

  it('any new activity from the conversation re-activates it, even right after an earlier save', async () => {
    await say(a, 'help');
    await a.repos.conversationReferences.markInactive(TEST_TENANT, CHANNEL);
    expect(await active()).toBe(false);
    await say(a, 'forum list');
    expect(await active()).toBe(true);
    // and the removal itself is stored, whichever replica hears of it
    expect((await b.send(installed('remove'))).status).toBe(200);
    await vi.waitFor(async () => expect(await active()).toBe(false));
    expect((await a.send(installed('add'))).status).toBe(200);
    await vi.waitFor(async () => expect(await active()).toBe(true));
  });

  it('a post that keeps failing is retried, then given up: the owner is told directly and `forum schedule` shows it', async () => {
    const [forum] = await a.repos.forums.listForums(TEST_TENANT);
    expect(forum?.createdBy).toBe(COORDINATOR);
    const pending = (
      await db.storage.prisma.scheduledPost.findMany({
        where: { workspaceId: TEST_TENANT, status: 'pending', key: { startsWith: 'forum:' } },
        orderBy: { dueAt: 'asc' },
      })
    )[0];
    expect(pending).toBeDefined();
    const clock = testClock(new Date((pending?.dueAt.getTime() ?? 0) + 60_000));
    const onAttention = createPostAttention({
      notices: a.repos.notices,
      owners: { forums: a.repos.forums, pulse: a.repos.pulse },
      clock,
    });
    const dispatch = () =>
      dispatchDuePosts({
        posts: b.repos.posts,
        gateway: b.adapter.gateway,
        clock,
        owner: 'replica-b',
        maxAttempts: 3,
        onAttention,
      });
    connector.removedFrom.add(CHANNEL);
    const first = await dispatch();
    expect(first.retried).toBeGreaterThan(0);
    expect(first.failed).toBe(0);
    // retried, not dropped: while it waits, `forum schedule` says so
    connector.removedFrom.clear();
    await say(a, 'forum schedule "West CAF Forum"');
    expect(JSON.stringify(connector.messages().at(-1)?.body)).toMatch(
      /could not be sent yet; it will be tried again/,
    );
    // the re-add is not heard of (the bot is gone again): the retries run out
    connector.removedFrom.add(CHANNEL);
    await a.repos.conversationReferences.markInactive(TEST_TENANT, CHANNEL);
    connector.reset();
    connector.removedFrom.add(CHANNEL);
    let failed = 0;
    for (let i = 0; i < 4 && failed === 0; i++) {
      clock.set(new Date(clock.now().getTime() + 3_600_000));
      failed += (await dispatch()).failed;
    }
    expect(failed).toBeGreaterThan(0);
    // The coordinator hears of it in their personal chat with the bot.
    const direct = connector.messages().filter((m) => m.conversationId === 'a:personal-chat-1');
    expect(direct.length).toBeGreaterThan(0);
    expect(String(direct[0]?.body.text)).toMatch(/could not be sent/);
    // and `forum schedule` shows the failure
    connector.removedFrom.clear();
    await say(a, 'forum schedule "West CAF Forum"');
    expect(JSON.stringify(connector.messages().at(-1)?.body)).toMatch(/could not be sent and was given up/);
  });

  it('a failed survey post shows in `pulse list`, and an owner with no personal chat gets a new one', async () => {
    await say(a, 'pulse start trust-between-agencies days=7');
    const run = (await a.repos.pulse.listRuns(TEST_TENANT))[0];
    expect(run).toBeDefined();
    await db.storage.prisma.scheduledPost.updateMany({
      where: { workspaceId: TEST_TENANT, key: `pulse:${run?.id}:open` },
      data: { status: 'failed', lastError: 'Teams answered 403' },
    });
    await say(a, 'pulse list');
    expect(JSON.stringify(connector.messages().at(-1)?.body)).toMatch(
      /survey opening due .* could not be sent/,
    );

    connector.reset();
    await b.adapter.gateway.notify?.(
      TEST_TENANT,
      'aad-user-without-chat',
      'A survey opening could not be sent.',
    );
    const created = connector.calls.find((c) => c.method === 'POST' && c.path === '/v3/conversations');
    expect(created?.body).toMatchObject({
      isGroup: false,
      members: [{ id: 'aad-user-without-chat' }],
      tenantId: TEST_TENANT,
    });
    expect(JSON.stringify(connector.messages().at(-1)?.body)).toMatch(/survey opening could not be sent/);
  });

  it('a post to one person (a host turn notice) goes to their own chat, opened when they have none', async () => {
    connector.reset();
    await a.repos.posts.schedule({
      workspaceId: TEST_TENANT,
      key: 'forum:notice-test:turn:1:aad-host-contact',
      kind: 'forum_host_notice',
      channelId: 'aad-host-contact',
      message: {
        kind: 'forum_host_notice',
        text: 'Your agency now hosts the meeting on Tue 9 Nov 2027.',
        data: { private: true },
      },
      dueAt: new Date(Date.now() - 1_000),
    });
    const result = await dispatchDuePosts({
      posts: a.repos.posts,
      gateway: a.adapter.gateway,
      clock: { now: () => new Date() },
      owner: 'replica-a',
    });
    expect(result.sent).toBe(1);
    const created = connector.calls.find((c) => c.method === 'POST' && c.path === '/v3/conversations');
    expect(created?.body).toMatchObject({ isGroup: false, members: [{ id: 'aad-host-contact' }] });
    expect(JSON.stringify(connector.messages().at(-1)?.body)).toMatch(/now hosts the meeting/);
  });
});
