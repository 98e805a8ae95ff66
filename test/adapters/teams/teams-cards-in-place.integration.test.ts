import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { AdaptiveCard, CardAction } from '../../../src/adapters/teams/render/card-model.ts';
import {
  makeActivity,
  mentionText,
  startTeamsHarness,
  TEST_APP_ID,
  TEST_TENANT,
  type TeamsHarness,
} from '../../../src/adapters/teams/testing/harness.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { shippedGuidance } from '../../support/guidance.ts';

const CHANNEL = '19:general@thread.tacv2';
type Sent = { body?: Record<string, unknown> };
const cardOf = (sent: Sent | undefined) =>
  (sent?.body?.attachments as { content: AdaptiveCard }[] | undefined)?.[0]?.content;
const buttons = (card: AdaptiveCard | undefined): CardAction[] => card?.actions ?? [];
const dataOf = (action: CardAction | undefined) =>
  action && action.type !== 'Action.OpenUrl' ? action.data : undefined;

describeEachDatabase('Teams: cards updated in place after a click', (db) => {
  let h: TeamsHarness;
  const invoke = (data: Record<string, unknown> | undefined, scope: 'personal' | 'channel' = 'personal') =>
    makeActivity(
      h.connector.url,
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        replyToId: 'card-1',
        value: { action: { type: 'Action.Execute', verb: data?.verb, data } },
      },
      scope,
    );
  const invokeCard = async (activity: Record<string, unknown>) => {
    const res = await h.send(activity);
    expect(res.status).toBe(200);
    return (JSON.parse(res.body) as { type: string; value: AdaptiveCard }).value;
  };

  beforeAll(async () => {
    h = await startTeamsHarness({ storage: db.storage, guidance: shippedGuidance(), ackTimeoutMs: 120_000 });
    await h.send(
      makeActivity(
        h.connector.url,
        { type: 'conversationUpdate', text: undefined, membersAdded: [{ id: `28:${TEST_APP_ID}` }] },
        'channel',
      ),
    );
  });
  afterAll(async () => {
    await h?.stop();
  });
  beforeEach(() => h.connector.reset());

  it('👍 replaces the answer card with the rated one, buttons spent; the same invoke again gets the same card', async () => {
    await h.send(makeActivity(h.connector.url, { text: 'who can start a CAF?' }));
    const answer = cardOf(h.connector.messages()[0]);
    const helpful = buttons(answer).find((a) => dataOf(a)?.feedback === 'helpful');
    expect(helpful?.type).toBe('Action.Execute');
    const click = invoke(dataOf(helpful));
    const rated = await invokeCard(click);
    expect(JSON.stringify(rated)).toMatch(/trained in the CAF/);
    expect(JSON.stringify(rated)).toMatch(/You found this helpful/);
    expect(buttons(rated).some((a) => dataOf(a)?.verb === 'feedback')).toBe(false);
    expect(buttons(rated).some((a) => a.type === 'Action.OpenUrl')).toBe(true);
    const questionId = String(dataOf(helpful)?.questionId);
    expect((await h.repos.questions.find(TEST_TENANT, questionId))?.feedback).toBe('helpful');
    // Teams retries the same invoke: the card again, not an error or "already done"
    expect(await invokeCard(click)).toEqual(rated);
    // An older client's Action.Submit updates the message itself
    const unhelpful = buttons(answer).find((a) => dataOf(a)?.feedback === 'unhelpful');
    await h.send(
      makeActivity(h.connector.url, { text: undefined, value: dataOf(unhelpful), replyToId: 'card-1' }),
    );
    const update = h.connector.calls.find((c) => c.method === 'PUT');
    expect(update?.activityId).toBe('card-1');
    expect(JSON.stringify(update?.body)).toMatch(/not helpful/);
    expect((await h.repos.questions.find(TEST_TENANT, questionId))?.feedback).toBe('unhelpful');
  });

  it('RSVP: the clicker\'s card says "You\'re going" with the counts and no Going button; a repeated invoke returns it', async () => {
    const say = (text: string) => h.send(makeActivity(h.connector.url, mentionText(text), 'channel'));
    await say(
      'forum create "East CAF Forum" cadence="every month on the 2nd tuesday" time=13:30 start=2031-01-01',
    );
    await say('forum agency add "East CAF Forum" name="Oakfield Primary" sector=education');
    const forum = (await h.repos.forums.listForums(TEST_TENANT)).find((f) => f.name === 'East CAF Forum');
    const [meeting] = await h.repos.forums.listOccurrences(TEST_TENANT, forum?.id ?? '', new Date());
    const key = `forum:${meeting?.id}:member_reminder`;
    const message = await h.repos.posts.messageFor(TEST_TENANT, key);
    expect(message).not.toBeNull();
    h.connector.reset();
    await h.adapter.gateway.post(
      { workspaceId: TEST_TENANT, channelId: CHANNEL },
      message ?? { kind: '', text: '' },
      key,
    );
    const going = buttons(cardOf(h.connector.messages()[0])).find((a) => dataOf(a)?.answer === 'going');
    const click = invoke(dataOf(going), 'channel');
    const card = await invokeCard(click);
    const json = JSON.stringify(card);
    expect(json).toMatch(/You're going/);
    expect(json).toMatch(/So far: going 1, maybe 0, not going 0/);
    expect(buttons(card).map((a) => dataOf(a)?.answer)).toEqual(['not_going', 'maybe']);
    expect(await invokeCard(click)).toEqual(card);
    expect(await h.repos.forums.rsvpCounts(TEST_TENANT, meeting?.id ?? '')).toEqual({
      going: 1,
      maybe: 0,
      not_going: 0,
    });
  });

  it('survey: the answered card has no form left, can be opened again, and a repeated invoke returns it', async () => {
    await h.send(
      makeActivity(h.connector.url, mentionText('pulse start trust-between-agencies days=7'), 'channel'),
    );
    await h.send(
      makeActivity(h.connector.url, {
        text: 'pulse sector education',
        from: { id: '29:aad-user-3', aadObjectId: 'aad-user-3' },
      }),
    );
    const run = (await h.repos.pulse.listRuns(TEST_TENANT)).find((r) => r.status === 'open');
    expect(run).toBeDefined();
    const answers = Object.fromEntries(
      (run?.template.questions ?? [])
        .filter((q) => q.type !== 'comment')
        .map((q) => [q.id, q.type === 'scale10' ? '7' : '4']),
    );
    const click = {
      ...invoke({ verb: 'pulse_answer', runId: run?.id, ...answers }, 'channel'),
      from: { id: '29:aad-user-3', aadObjectId: 'aad-user-3' },
    };
    const card = await invokeCard(click);
    const json = JSON.stringify(card);
    expect(json).toMatch(/answer is recorded/);
    expect(json).not.toMatch(/Input\./);
    expect(buttons(card).map((a) => (a.type === 'Action.Execute' ? a.verb : a.type))).toEqual(['pulse_form']);
    expect(await invokeCard(click)).toEqual(card);
    expect(await h.repos.pulse.countResponses(TEST_TENANT, run?.id ?? '')).toBe(1);
    // "Change my answers" brings the form back
    const form = await invokeCard({ ...invoke(dataOf(buttons(card)[0]), 'channel'), from: click.from });
    expect(JSON.stringify(form)).toMatch(/Input\.ChoiceSet/);
  });
});
