import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import {
  makeActivity,
  mentionText,
  startTeamsHarness,
  TEST_TENANT,
  type TeamsHarness,
} from '../../../src/adapters/teams/testing/harness.ts';
import type { Clock } from '../../../src/core/shared/ports.ts';
import { dispatchDuePosts } from '../../../src/scheduler/dispatch-due-posts.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { shippedGuidance } from '../../support/guidance.ts';

const START = new Date('2030-03-04T10:00:00Z');

describeEachDatabase('Teams: a reply Teams asks to wait for is sent after the wait', (db) => {
  let h: TeamsHarness;
  let now = START;
  const clock: Clock = { now: () => now };
  const dispatch = () =>
    dispatchDuePosts({ posts: h.repos.posts, gateway: h.adapter.gateway, clock, owner: 'test' });

  beforeAll(async () => {
    h = await startTeamsHarness({
      storage: db.storage,
      guidance: shippedGuidance(),
      clock,
      ackTimeoutMs: 120_000,
    });
  });
  afterAll(async () => {
    await h?.stop();
  });
  beforeEach(() => {
    h.connector.reset();
    now = START;
  });

  for (const scope of ['personal', 'channel'] as const) {
    it(`${scope}: a 429 with Retry-After 30 s is answered 200, and the answer follows as a reply after 30 s`, async () => {
      const activity = makeActivity(
        h.connector.url,
        scope === 'channel' ? mentionText('who can start a CAF?') : { text: 'who can start a CAF?' },
        scope,
      );
      h.connector.failNext({ status: 429, retryAfter: 30 });
      const res = await h.send(activity);
      expect(res.status).toBe(200);
      expect(h.connector.failed).toHaveLength(1);
      expect(h.connector.messages()).toHaveLength(0);
      // Teams redelivers nothing, but a redelivery would not answer twice.
      expect((await h.send(activity)).status).toBe(200);
      expect(h.connector.messages()).toHaveLength(0);

      // Not before Teams' wait is over...
      now = new Date(START.getTime() + 29_000);
      expect((await dispatch()).sent).toBe(0);
      expect(h.connector.messages()).toHaveLength(0);
      // ...then once, as a reply to the person's message, in its thread.
      now = new Date(START.getTime() + 31_000);
      expect((await dispatch()).sent).toBe(1);
      expect((await dispatch()).sent).toBe(0);
      const replies = h.connector.messages();
      expect(replies).toHaveLength(1);
      expect(replies[0]?.conversationId).toBe((activity.conversation as { id: string }).id);
      expect(replies[0]?.activityId).toBe(activity.id);
      expect(replies[0]?.body.replyToId).toBe(activity.id);
      expect(JSON.stringify(replies[0]?.body)).toMatch(/trained in the CAF/);
    });
  }

  it('a short Retry-After is waited out inside the turn', async () => {
    h.connector.failNext({ status: 429, retryAfter: 0 });
    const res = await h.send(makeActivity(h.connector.url, { text: 'help' }));
    expect(res.status).toBe(200);
    expect(h.connector.messages()).toHaveLength(1);
    const deferred = await db.storage.prisma.scheduledPost.count({
      where: { workspaceId: TEST_TENANT, kind: 'teams_reply', status: 'pending' },
    });
    expect(deferred).toBe(0);
  });
});
