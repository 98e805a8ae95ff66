import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackGateway } from '../../../src/adapters/slack/slack-gateway.ts';
import { FakeSlack } from '../../../src/adapters/slack/testing/fake-slack.ts';
import type { OutboundMessage } from '../../../src/core/shared/ports.ts';
import { dispatchDuePosts } from '../../../src/scheduler/dispatch-due-posts.ts';
import { createRepositories } from '../../../src/storage/index.ts';
import { FixedClock } from '../../fakes/in-memory-repositories.ts';
import { describeEachDatabase } from '../../support/databases.ts';

const reminder: OutboundMessage = {
  kind: 'forum_member_reminder',
  text: 'Reminder: North forum on Tue 9 Mar. Are you coming?',
  actions: [{ id: 'rsvp_going', label: 'Going', command: 'rsvp going occ-1', value: 'occ-1:going' }],
};

describe('Slack gateway: scheduled posts through the Web API', () => {
  let fake: FakeSlack;
  let rateLimited = 0;
  const gateway = (intervalMs = 1100) =>
    new SlackGateway({
      apiUrl: fake.apiUrl,
      tokenFor: async () => 'xoxb-scheduled',
      channelIntervalMs: intervalMs,
      onRateLimited: () => rateLimited++,
    });
  beforeAll(async () => {
    fake = await new FakeSlack().start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('posts with blocks, typed RSVP buttons, and the idempotency key in metadata', async () => {
    const result = await gateway().post(
      { workspaceId: 'T1', channelId: 'C10' },
      reminder,
      'forum:occ-1:member_reminder',
    );
    const call = fake.callsOf('chat.postMessage').at(-1);
    expect(call?.token).toBe('xoxb-scheduled');
    expect(call?.params.metadata).toEqual({
      event_type: 'joinedup_post',
      event_payload: { key: 'forum:occ-1:member_reminder' },
    });
    expect(JSON.stringify(call?.params.blocks)).toContain('"action_id":"rsvp:going"');
    expect(JSON.stringify(call?.params.blocks)).toContain('"value":"occ-1"');
    expect(result.externalId).toMatch(/^C10\//);
  });

  it('waits out a 429 for its Retry-After, then sends once', async () => {
    const before = fake.callsOf('chat.postMessage').length;
    fake.rateLimit('chat.postMessage', 1);
    const started = Date.now();
    await gateway(10).post({ workspaceId: 'T1', channelId: 'C11' }, reminder, 'k-429');
    const calls = fake.callsOf('chat.postMessage').slice(before);
    expect(calls).toHaveLength(2);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(rateLimited).toBe(1);
    expect(fake.channels.get('C11')).toHaveLength(1);
  });

  it('paces posts to one channel about a second apart, and other channels are not held up', async () => {
    const g = gateway();
    const before = fake.callsOf('chat.postMessage').length;
    await Promise.all([
      g.post({ workspaceId: 'T1', channelId: 'C12' }, reminder, 'p1'),
      g.post({ workspaceId: 'T1', channelId: 'C12' }, reminder, 'p2'),
      g.post({ workspaceId: 'T1', channelId: 'C12' }, reminder, 'p3'),
      g.post({ workspaceId: 'T1', channelId: 'C13' }, reminder, 'p4'),
    ]);
    const calls = fake.callsOf('chat.postMessage').slice(before);
    const times = calls.filter((c) => c.params.channel === 'C12').map((c) => c.at);
    expect(times).toHaveLength(3);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(1000);
    expect((times[2] ?? 0) - (times[1] ?? 0)).toBeGreaterThanOrEqual(1000);
    const other = calls.find((c) => c.params.channel === 'C13');
    // Not held up: the other channel's post goes before the first channel's paced second one.
    expect(other?.at ?? Number.POSITIVE_INFINITY).toBeLessThan(times[1] ?? 0);
  });

  it('does not post twice when the post went out but the answer was lost', async () => {
    fake.dropResponse('chat.postMessage');
    const result = await gateway(10).post({ workspaceId: 'T1', channelId: 'C14' }, reminder, 'k-lost');
    expect(result.externalId).toMatch(/^C14\//);
    expect(fake.channels.get('C14')).toHaveLength(1);
    expect(fake.callsOf('conversations.history').length).toBeGreaterThan(0);
  });

  it('marks errors a retry cannot fix as permanent', async () => {
    fake.override('chat.postMessage', (_call, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'channel_not_found' }));
      return true;
    });
    await expect(
      gateway(10).post({ workspaceId: 'T1', channelId: 'CGONE' }, reminder, 'k-gone'),
    ).rejects.toMatchObject({
      permanent: true,
    });
  });
});

describeEachDatabase('Slack gateway with the scheduler', (db) => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await new FakeSlack().start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('sends each due post once even when Slack drops an answer or rate-limits, across ticks', async () => {
    const { posts } = createRepositories(db.storage.prisma);
    const clock = new FixedClock(new Date());
    const due = new Date(clock.now().getTime() - 1000);
    for (let i = 0; i < 4; i++) {
      await posts.schedule({
        workspaceId: 'T-sched',
        key: `forum:occ-${i}:member_reminder`,
        kind: 'member_reminder',
        channelId: 'CSCHED',
        message: { ...reminder, text: `${reminder.text} #${i}` },
        dueAt: due,
      });
    }
    fake.dropResponse('chat.postMessage');
    fake.rateLimit('chat.postMessage', 1);
    const gateway = new SlackGateway({
      apiUrl: fake.apiUrl,
      tokenFor: async () => 'xoxb-x',
      channelIntervalMs: 20,
    });
    const first = await dispatchDuePosts({ posts, gateway, clock, owner: 'A' });
    const second = await dispatchDuePosts({ posts, gateway, clock, owner: 'A' });
    expect(first.sent + second.sent).toBe(4);
    const texts = (fake.channels.get('CSCHED') ?? []).map((m) => String(m.text));
    expect(texts).toHaveLength(4);
    expect(new Set(texts).size).toBe(4);
  });
});
