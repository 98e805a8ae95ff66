import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import {
  makeActivity,
  mentionText,
  startTeamsHarness,
  TEST_TENANT,
  type TeamsHarness,
} from '../../../src/adapters/teams/testing/harness.ts';
import { systemClock } from '../../../src/core/shared/ports.ts';
import { dispatchDuePosts } from '../../../src/scheduler/dispatch-due-posts.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { shippedGuidance } from '../../support/guidance.ts';

const CHANNEL = '19:general@thread.tacv2';

interface CardAction {
  type: string;
  verb?: string;
  data?: Record<string, unknown>;
}
const cardOf = (body: Record<string, unknown> | undefined) =>
  (
    body?.attachments as
      | { content: { body: Record<string, unknown>[]; actions?: CardAction[] } }[]
      | undefined
  )?.[0]?.content;

// Replies in these tests come inside the turn however busy the machine: with the default 5 s
// answer deadline a slow turn's reply goes out after the test has moved on and is counted by the
// next one. The late path is tested in teams-reliability.integration.test.ts.
const IN_TURN_MS = 120_000;

describeEachDatabase('Teams: proactive posts, RSVP and survey cards', (db) => {
  let h: TeamsHarness;
  const say = (text: string, from = 'aad-user-1') =>
    h.send(
      makeActivity(
        h.connector.url,
        { ...mentionText(text), from: { id: `29:${from}`, aadObjectId: from, name: from } },
        'channel',
      ),
    );
  const dispatch = () =>
    dispatchDuePosts({ posts: h.repos.posts, gateway: h.adapter.gateway, clock: systemClock, owner: 'test' });

  beforeAll(async () => {
    h = await startTeamsHarness({
      storage: db.storage,
      guidance: shippedGuidance(),
      ackTimeoutMs: IN_TURN_MS,
    });
    // the bot is installed in the team: its reference is stored
    await h.send(
      makeActivity(
        h.connector.url,
        {
          type: 'conversationUpdate',
          text: undefined,
          membersAdded: [{ id: `28:00000000-0000-4000-8000-00000000b07a` }],
          conversation: { id: CHANNEL, conversationType: 'channel', tenantId: TEST_TENANT, isGroup: true },
        },
        'channel',
      ),
    );
    // The first meeting falls 7 to 13 days ahead, inside the default four-week lead time, so its
    // announcement and reminders are due when the scheduler runs.
    const start = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await say(`forum create "North CAF Forum" cadence="every 4 weeks on tuesday" time=13:30 start=${start}`);
    await say('forum agency add "North CAF Forum" name="Oakfield Primary" sector=education');
    await say('forum agency add "North CAF Forum" name="Youth Hub" sector=youth_support');
  });
  afterAll(async () => {
    await h?.stop();
  });
  beforeEach(() => h.connector.reset());

  it('posts scheduled forum posts proactively as new channel threads', async () => {
    // Announcements go out at a lead time before the meeting: dispatch when the first is due.
    const first = await db.storage.prisma.scheduledPost.findFirst({
      where: { workspaceId: TEST_TENANT, status: 'pending' },
      orderBy: { dueAt: 'asc' },
    });
    const at = new Date(Math.max(Date.now(), (first?.dueAt.getTime() ?? 0) + 60_000));
    const result = await dispatchDuePosts({
      posts: h.repos.posts,
      gateway: h.adapter.gateway,
      clock: { now: () => at },
      owner: 'test',
    });
    expect(result.sent).toBeGreaterThan(0);
    const posts = h.connector.messages();
    expect(posts.length).toBe(result.sent);
    for (const post of posts) {
      expect(post.conversationId).toBe(CHANNEL);
      // botbuilder addresses a continuation to a fresh activity id, never a user's message
      expect(post.path).not.toMatch(/messageid|1700000000001/);
    }
    // the announcement and the host's reminder (both inside their lead times) go out
    expect(posts.some((post) => /North CAF Forum meets on/.test(JSON.stringify(post.body)))).toBe(true);
    expect(
      posts.some((post) => /Oakfield Primary hosts North CAF Forum/.test(JSON.stringify(post.body))),
    ).toBe(true);
  });

  it('RSVP card: Action.Execute answers with the updated card, a double click records one RSVP, Submit updates in place', async () => {
    const [forum] = await h.repos.forums.listForums(TEST_TENANT);
    const [meeting] = await h.repos.forums.listOccurrences(TEST_TENANT, forum?.id ?? '', new Date());
    const key = `forum:${meeting?.id}:member_reminder`;
    const row = await db.storage.prisma.scheduledPost.findUnique({
      where: { workspaceId_key: { workspaceId: TEST_TENANT, key } },
    });
    await h.adapter.gateway.post(
      { workspaceId: TEST_TENANT, channelId: CHANNEL },
      row?.payload as never,
      key,
    );
    const card = cardOf(h.connector.messages()[0]?.body);
    const going = card?.actions?.find((a) => a.data?.answer === 'going');
    expect(going?.type).toBe('Action.Execute');

    const invoke = () =>
      makeActivity(
        h.connector.url,
        {
          type: 'invoke',
          name: 'adaptiveCard/action',
          text: undefined,
          replyToId: 'posted-1',
          value: { action: { type: 'Action.Execute', verb: going?.verb, data: going?.data } },
        },
        'channel',
      );
    const [first, second] = await Promise.all([h.send(invoke()), h.send(invoke())]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const response = JSON.parse(first.body) as { type: string; value: { body: unknown[] } };
    expect(response.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(response.value)).toMatch(/Reminder: North CAF Forum/);
    expect(JSON.stringify(response.value)).toMatch(/So far: going 1, maybe 0, not going 0/);
    expect(await h.repos.forums.rsvpCounts(TEST_TENANT, meeting?.id ?? '')).toEqual({
      going: 1,
      maybe: 0,
      not_going: 0,
    });

    // Action.Submit (older clients): the shared card is updated in place with the counts
    h.connector.reset();
    const maybe = card?.actions?.find((a) => a.data?.answer === 'maybe');
    const submit = () =>
      makeActivity(
        h.connector.url,
        { text: undefined, replyToId: 'posted-1', value: maybe?.data },
        'channel',
      );
    await Promise.all([h.send(submit()), h.send(submit())]);
    const updates = h.connector.calls.filter((c) => c.method === 'PUT');
    expect(updates.length).toBeGreaterThan(0);
    expect(updates[0]?.activityId).toBe('posted-1');
    expect(JSON.stringify(updates[0]?.body)).toMatch(/So far: going 0, maybe 1, not going 0/);
    expect(await h.repos.forums.rsvpCounts(TEST_TENANT, meeting?.id ?? '')).toEqual({
      going: 0,
      maybe: 1,
      not_going: 0,
    });
  });

  it('survey card: a form per question, one response however often it is submitted', async () => {
    await say('pulse start trust-between-agencies days=7');
    h.connector.reset();
    await dispatch();
    const post = h.connector.messages().find((m) => JSON.stringify(m.body).includes('Input.ChoiceSet'));
    const card = cardOf(post?.body);
    const inputs = (card?.body ?? []).filter((b) => String(b.type).startsWith('Input.'));
    expect(inputs.length).toBeGreaterThan(1);
    const send = card?.actions?.[0];
    expect(send?.verb).toBe('pulse_answer');
    // The sector is part of the card, answered privately with the answers, never in the channel.
    expect(inputs.some((input) => input.id === 'sector')).toBe(true);
    const answers: Record<string, string> = {};
    for (const input of inputs) {
      answers[String(input.id)] =
        input.type === 'Input.Text'
          ? 'the forum helped me find a "health" contact'
          : String(
              (input.choices as { value: string }[])[3]?.value ??
                (input.choices as { value: string }[])[0]?.value,
            );
    }
    const invoke = () =>
      makeActivity(
        h.connector.url,
        {
          type: 'invoke',
          name: 'adaptiveCard/action',
          text: undefined,
          from: { id: '29:aad-user-2', aadObjectId: 'aad-user-2' },
          value: {
            action: { type: 'Action.Execute', verb: 'pulse_answer', data: { ...send?.data, ...answers } },
          },
        },
        'channel',
      );
    const responses = await Promise.all([h.send(invoke()), h.send(invoke())]);
    for (const r of responses) expect(r.status).toBe(200);
    expect(responses.map((r) => r.body).join()).toMatch(/answer is recorded/);
    const runId = String(send?.data?.runId);
    expect(await h.repos.pulse.countResponses(TEST_TENANT, runId)).toBe(1);
    expect((await h.repos.pulse.listResponses(TEST_TENANT, runId))[0]?.sector).toBe('health');
  });

  it('marks a conversation inactive when the bot is removed, and calls Teams no more while it is', async () => {
    await h.send(
      makeActivity(
        h.connector.url,
        {
          type: 'installationUpdate',
          action: 'remove',
          text: undefined,
          conversation: { id: CHANNEL, conversationType: 'channel', tenantId: TEST_TENANT },
        },
        'channel',
      ),
    );
    const stored = await db.storage.prisma.conversationReference.findUnique({
      where: { workspaceId_conversationId: { workspaceId: TEST_TENANT, conversationId: CHANNEL } },
    });
    expect(stored?.active).toBe(false);
    await expect(
      h.adapter.gateway.post(
        { workspaceId: TEST_TENANT, channelId: CHANNEL },
        { kind: 'forum_announcement', text: 'x' },
        'k1',
      ),
    ).rejects.toMatchObject({ permanent: false });
    expect(h.connector.calls).toHaveLength(0);

    // a conversation the connector says the bot has left (403) is marked inactive on the first send
    await h.send(makeActivity(h.connector.url, { text: 'help' }, 'groupChat'));
    h.connector.reset();
    h.connector.removedFrom.add('19:group-chat@thread.v2');
    const target = { workspaceId: TEST_TENANT, channelId: '19:group-chat@thread.v2' };
    await expect(
      h.adapter.gateway.post(target, { kind: 'forum_announcement', text: 'x' }, 'k2'),
    ).rejects.toMatchObject({ permanent: false });
    await expect(
      h.adapter.gateway.post(target, { kind: 'forum_announcement', text: 'y' }, 'k3'),
    ).rejects.toMatchObject({ permanent: false });
    expect(h.connector.failed).toHaveLength(1);
  });
});
