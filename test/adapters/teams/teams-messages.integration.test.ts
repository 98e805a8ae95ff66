import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import {
  makeActivity,
  mentionText,
  startTeamsHarness,
  TEST_TENANT,
  type TeamsHarness,
} from '../../../src/adapters/teams/testing/harness.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { shippedGuidance } from '../../support/guidance.ts';

interface CardAction {
  type: string;
  title: string;
  data?: Record<string, unknown>;
  url?: string;
}
interface Card {
  contentType: string;
  content: { body: Record<string, unknown>[]; actions?: CardAction[] };
}

const cardOf = (body: Record<string, unknown>) => (body.attachments as Card[] | undefined)?.[0];

// Replies in these tests come inside the turn however busy the machine: with the default 5 s
// answer deadline a slow turn's reply goes out after the test has moved on and is counted by the
// next one. The late path is tested in teams-reliability.integration.test.ts.
const IN_TURN_MS = 120_000;

describeEachDatabase('Teams: messages, cards and authentication', (db) => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness({
      storage: db.storage,
      guidance: shippedGuidance(),
      ackTimeoutMs: IN_TURN_MS,
    });
  });
  afterAll(async () => {
    await h?.stop();
  });
  beforeEach(() => h.connector.reset());

  it('answers in a personal chat with an Adaptive Card: source link, related articles, feedback', async () => {
    const activity = makeActivity(h.connector.url);
    const res = await h.send(activity);
    expect(res.status).toBe(200);
    const [reply] = h.connector.messages();
    expect(reply?.conversationId).toBe('a:personal-chat-1');
    expect(reply?.activityId).toBe(activity.id);
    expect(reply?.authorization).toMatch(/^Bearer outbound-/);
    const card = cardOf(reply?.body ?? {});
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const json = JSON.stringify(card?.content);
    expect(json).toMatch(/trained in the CAF/);
    expect(card?.content.actions?.find((a) => a.type === 'Action.OpenUrl')?.url).toMatch(/^https?:\/\//);
    expect(json).toMatch(/"verb":"command","command":"article /);
    // the conversation reference is stored for proactive posts
    const stored = await db.storage.prisma.conversationReference.findUnique({
      where: {
        workspaceId_conversationId: { workspaceId: TEST_TENANT, conversationId: 'a:personal-chat-1' },
      },
    });
    expect(stored?.active).toBe(true);

    // 👍 on the card is stored against the question
    const helpful = card?.content.actions?.find((a) => a.data?.feedback === 'helpful');
    const click = makeActivity(h.connector.url, {
      text: undefined,
      value: helpful?.data,
      replyToId: reply?.body.id,
    });
    expect((await h.send(click)).status).toBe(200);
    const question = await h.repos.questions.find(TEST_TENANT, String(helpful?.data?.questionId));
    expect(question?.feedback).toBe('helpful');
    expect(h.connector.messages().at(-1)?.body.text).toMatch(/noted as helpful/);

    // a related-article button runs `article <id>`
    const related = (
      card?.content.body.find((b) => b.type === 'ActionSet')?.actions as CardAction[] | undefined
    )?.[0];
    await h.send(makeActivity(h.connector.url, { text: undefined, value: related?.data }));
    expect(JSON.stringify(h.connector.messages().at(-1)?.body)).toMatch(/Sources:/);
  });

  it('replies in the thread when @mentioned in a channel, and in group chats', async () => {
    const channel = makeActivity(
      h.connector.url,
      mentionText('what does a lead professional do?'),
      'channel',
    );
    expect((await h.send(channel)).status).toBe(200);
    const [reply] = h.connector.messages();
    expect(reply?.conversationId).toBe('19:general@thread.tacv2;messageid=1700000000001');
    expect(reply?.activityId).toBe(channel.id);
    expect(JSON.stringify(reply?.body)).toMatch(/lead professional/i);
    // the channel itself (not the thread) is stored for posts
    const stored = await db.storage.prisma.conversationReference.findUnique({
      where: {
        workspaceId_conversationId: { workspaceId: TEST_TENANT, conversationId: '19:general@thread.tacv2' },
      },
    });
    expect((stored?.reference as { activityId?: string } | undefined)?.activityId).toBeUndefined();

    const group = makeActivity(h.connector.url, mentionText('help'), 'groupChat');
    expect((await h.send(group)).status).toBe(200);
    const groupReply = h.connector.messages().at(-1);
    expect(groupReply?.conversationId).toBe('19:group-chat@thread.v2');
    expect(String(groupReply?.body.text)).toMatch(/I'm joinedup/);
  });

  it('puts urgent safeguarding replies first and prominent', async () => {
    await h.send(
      makeActivity(h.connector.url, {
        text: 'a child just told me her uncle is abusing her and he picks her up today',
      }),
    );
    const [reply] = h.connector.messages();
    expect(reply?.body.importance).toBe('urgent');
    expect(
      (reply?.body.channelData as { notification?: { alert?: boolean } } | undefined)?.notification?.alert,
    ).toBe(true);
    const card = cardOf(reply?.body ?? {});
    const first = card?.content.body[0] as { style?: string; items?: { text: string; color?: string }[] };
    expect(first.style).toBe('attention');
    expect(first.items?.[0]?.text).toMatch(/999/);
    expect(first.items?.[0]?.color).toBe('Attention');
    expect(card?.content.actions ?? []).toHaveLength(0);
  });

  it('handles a redelivered activity once', async () => {
    const activity = makeActivity(h.connector.url, { text: 'what is a TAC meeting?' });
    await db.storage.repos.flush();
    const before = await db.storage.prisma.guidanceQuestion.count();
    const [a, b] = await Promise.all([h.send(activity), h.send(activity)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await h.send(activity);
    expect(h.connector.messages()).toHaveLength(1);
    await db.storage.repos.flush();
    expect(await db.storage.prisma.guidanceQuestion.count()).toBe(before + 1);
  });

  it('opens the forum and survey forms and turns their fields into commands', async () => {
    await h.send(makeActivity(h.connector.url, mentionText('forum create'), 'channel'));
    const form = cardOf(h.connector.messages()[0]?.body ?? {});
    expect(JSON.stringify(form?.content)).toMatch(/"id":"cadence"/);
    await h.send(
      makeActivity(
        h.connector.url,
        {
          text: undefined,
          value: {
            verb: 'forum_create',
            name: 'West "Early Help" Forum',
            cadence: 'every 2 months on the 2nd tuesday',
            time: '13:30',
            start: '2031-01-01',
            duration: '90',
          },
        },
        'channel',
      ),
    );
    expect(String(h.connector.messages().at(-1)?.body.text)).toMatch(
      /Created West “Early Help” Forum|Created West "Early Help" Forum/,
    );
    const forums = await h.repos.forums.listForums(TEST_TENANT);
    expect(forums.map((f) => f.name)).toContain('West "Early Help" Forum');
    expect(forums.find((f) => f.name.startsWith('West'))?.channelId).toBe('19:general@thread.tacv2');

    await h.send(makeActivity(h.connector.url, { text: 'pulse start' }));
    const survey = cardOf(h.connector.messages().at(-1)?.body ?? {});
    expect(JSON.stringify(survey?.content)).toMatch(/trust-between-agencies/);

    // a bad field comes back as the form with the problem
    await h.send(
      makeActivity(h.connector.url, {
        text: undefined,
        value: { verb: 'forum_create', name: 'X', cadence: 'weekly', time: '25:99', start: '2031-01-01' },
      }),
    );
    expect(JSON.stringify(h.connector.messages().at(-1)?.body)).toMatch(/start time must look like 13:30/);
  });

  it('never crashes on bad activities', async () => {
    const bad: Record<string, unknown>[] = [
      makeActivity(h.connector.url, { type: 'somethingNew' }),
      makeActivity(h.connector.url, { from: undefined }),
      makeActivity(h.connector.url, { conversation: undefined }),
      makeActivity(h.connector.url, { text: undefined, value: { verb: 'launch_rockets' } }),
      makeActivity(h.connector.url, {
        text: undefined,
        value: { verb: 'rsvp', occurrenceId: "'; drop table", answer: 'going' },
      }),
      makeActivity(h.connector.url, {
        text: undefined,
        value: { verb: 'feedback', feedback: 'helpful', questionId: { $ne: 1 } },
      }),
      makeActivity(h.connector.url, { text: undefined, value: 'not an object' }),
      makeActivity(h.connector.url, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'nope', data: {} } },
      }),
      makeActivity(h.connector.url, { type: 'invoke', name: 'made/up' }),
      makeActivity(h.connector.url, { text: 'x'.repeat(5000) }),
    ];
    for (const activity of bad) {
      const res = await h.send(activity);
      // 501 is the Bot Framework's answer to an invoke nobody handles; nothing fails.
      expect([200, 400, 501], JSON.stringify(activity).slice(0, 80)).toContain(res.status);
    }
    const raw = await fetch(`${h.url}/api/messages`, {
      method: 'POST',
      body: '{not json',
      headers: { authorization: `Bearer ${h.token()}` },
    });
    expect(raw.status).toBe(400);
    // still answering
    await h.send(makeActivity(h.connector.url, { text: 'help' }));
    expect(String(h.connector.messages().at(-1)?.body.text)).toMatch(/I'm joinedup/);
  });

  it('accepts a valid token and rejects a missing header, wrong audience, wrong issuer, expired, forged or mismatched serviceUrl token with 401', async () => {
    const activity = () => makeActivity(h.connector.url, { text: 'whoami' });
    expect((await h.send(activity())).status).toBe(200);
    const now = Math.floor(Date.now() / 1000);
    const rejected: [string, string | null][] = [
      ['missing', null],
      ['not bearer', 'Basic abc'],
      ['garbage', 'Bearer not.a.jwt'],
      ['wrong audience', `Bearer ${h.token({ aud: 'someone-else' })}`],
      ['wrong issuer', `Bearer ${h.token({ iss: 'https://evil.example' })}`],
      ['expired', `Bearer ${h.token({ exp: now - 3600, iat: now - 7200, nbf: now - 7200 })}`],
      ['not yet valid', `Bearer ${h.token({ nbf: now + 3600 })}`],
      ['serviceUrl mismatch', `Bearer ${h.token({ serviceurl: 'https://smba.example/other' })}`],
      [
        'forged signature',
        `Bearer ${h.issuer.forgedToken('00000000-0000-4000-8000-00000000b07a', h.connector.url)}`,
      ],
    ];
    h.connector.reset();
    const before = await db.storage.prisma.processedEvent.count();
    for (const [name, authorization] of rejected) {
      const res = await h.send(activity(), authorization);
      expect(res.status, name).toBe(401);
      expect(res.body, name).not.toMatch(/Bearer|eyJ/);
    }
    expect(h.connector.calls).toHaveLength(0);
    expect(await db.storage.prisma.processedEvent.count()).toBe(before);
  });

  it('takes a token it has checked again only for the service URL it names, and never a tampered copy', async () => {
    // A token of its own (tokens made in the same second with the same claims are the same).
    const token = h.token({ jti: 'cache-test-token' });
    const checks = () => h.adapter.tokenChecks?.() ?? { reused: 0, validated: 0 };
    const before = checks();
    const send = (serviceUrl: string, authorization: string) =>
      h.send({ ...makeActivity(h.connector.url, { text: 'whoami' }), serviceUrl }, authorization);
    expect((await send(h.connector.url, `Bearer ${token}`)).status).toBe(200);
    expect((await send(h.connector.url, `Bearer ${token}`)).status).toBe(200);
    // Checked in full once, then taken again.
    expect(checks().validated - before.validated).toBe(1);
    expect(checks().reused - before.reused).toBe(1);
    // The same token, checked and remembered, on an activity for another service URL.
    expect((await send('https://smba.example/elsewhere/', `Bearer ${token}`)).status).toBe(401);
    // The token with its signature's last characters changed.
    const tampered = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    expect((await send(h.connector.url, `Bearer ${tampered}`)).status).toBe(401);
    expect((await send(h.connector.url, `Bearer ${token}`)).status).toBe(200);
    expect(checks().reused - before.reused).toBe(2);
  });
});
