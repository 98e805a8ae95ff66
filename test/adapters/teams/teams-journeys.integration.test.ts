/**
 * Acceptance journeys over real HTTP against the fake Bot Framework, one per install mode (personal
 * chat, team channel, group chat): install -> ask -> create a forum -> removed and added back ->
 * announcement and reminder reach the conversation -> RSVP by button -> survey opens -> answered
 * by button -> results. Time moves on the injected clock.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AdaptiveCard, CardAction } from '../../../src/adapters/teams/render/card-model.ts';
import {
  makeActivity,
  startTeamsHarness,
  TEST_APP_ID,
  type TeamsHarness,
} from '../../../src/adapters/teams/testing/harness.ts';
import type { Clock } from '../../../src/core/shared/ports.ts';
import { dispatchDuePosts } from '../../../src/scheduler/dispatch-due-posts.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { shippedGuidance } from '../../support/guidance.ts';

type Scope = 'personal' | 'channel' | 'groupChat';
const SCOPES: { scope: Scope; tenant: string; conversation: string }[] = [
  { scope: 'personal', tenant: '22222222-2222-4222-8222-000000000001', conversation: 'a:personal-chat-1' },
  {
    scope: 'channel',
    tenant: '22222222-2222-4222-8222-000000000002',
    conversation: '19:general@thread.tacv2',
  },
  {
    scope: 'groupChat',
    tenant: '22222222-2222-4222-8222-000000000003',
    conversation: '19:group-chat@thread.v2',
  },
];
const cardOf = (body: Record<string, unknown> | undefined) =>
  (body?.attachments as { content: AdaptiveCard }[] | undefined)?.[0]?.content;
const dataOf = (a: CardAction | undefined) => (a && a.type !== 'Action.OpenUrl' ? a.data : undefined);

describeEachDatabase('Teams acceptance journeys', (db) => {
  let h: TeamsHarness;
  let now = new Date('2031-01-01T09:00:00Z');
  const clock: Clock = { now: () => now };
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

  for (const { scope, tenant, conversation } of SCOPES) {
    it(`${scope}: install, ask, forum, remove and re-add, posts, RSVP, survey, answers, results`, async () => {
      const person = (n: number) => ({
        id: `29:${scope}-user-${n}`,
        aadObjectId: `${scope}-user-${n}`,
        name: `User ${n}`,
      });
      const activity = (overrides: Record<string, unknown>, from = person(1)) => {
        const a = makeActivity(h.connector.url, { ...overrides, from }, scope);
        const conv = a.conversation as Record<string, unknown>;
        return {
          ...a,
          conversation: { ...conv, tenantId: tenant },
          channelData: { ...(a.channelData as Record<string, unknown>), tenant: { id: tenant } },
        };
      };
      const say = async (text: string, from = person(1)) => {
        const mention = `<at>joinedup</at>`;
        const overrides =
          scope === 'personal'
            ? { text }
            : {
                text: `${mention} ${text}`,
                entities: [
                  {
                    type: 'mention',
                    text: mention,
                    mentioned: { id: `28:${TEST_APP_ID}`, name: 'joinedup' },
                  },
                ],
              };
        const res = await h.send(activity(overrides, from));
        expect(res.status).toBe(200);
        return h.connector.messages().at(-1);
      };
      const click = async (action: CardAction | undefined, from = person(1)) => {
        const res = await h.send(
          activity(
            {
              type: 'invoke',
              name: 'adaptiveCard/action',
              text: undefined,
              value: { action: { type: 'Action.Execute', verb: dataOf(action)?.verb, data: dataOf(action) } },
            },
            from,
          ),
        );
        expect(res.status).toBe(200);
        return (JSON.parse(res.body) as { value: AdaptiveCard }).value;
      };
      const lifecycle = (action: 'add' | 'remove') =>
        h.send(activity({ type: 'installationUpdate', action, text: undefined }));
      const dispatch = () =>
        dispatchDuePosts({ posts: h.repos.posts, gateway: h.adapter.gateway, clock, owner: scope });
      const inConversation = () =>
        h.connector.messages().filter((m) => m.conversationId.split(';')[0] === conversation);
      now = new Date('2031-01-01T09:00:00Z');
      h.connector.reset();

      // install: Teams sends both events; one welcome (personal) or introduction (team, chat)
      await h.send(
        activity({
          type: 'conversationUpdate',
          text: undefined,
          membersAdded: [{ id: `28:${TEST_APP_ID}` }],
        }),
      );
      await lifecycle('add');
      await h.send(activity({ type: 'conversationUpdate', text: undefined, membersAdded: [person(9)] }));
      const greetings = inConversation().filter((m) => /Hello, I'm joinedup/.test(JSON.stringify(m.body)));
      expect(greetings).toHaveLength(1);
      const greeting = JSON.stringify(greetings[0]?.body);
      if (scope === 'personal') expect(greeting).toMatch(/"Ask".*"Help".*"Forums"/);
      else expect(greeting).toMatch(/Mention me/);

      // ask
      expect(JSON.stringify((await say('who can start a CAF?'))?.body)).toMatch(/trained in the CAF/);

      // create a forum with a host agency
      await say(
        `forum create "Forum ${scope}" cadence="every month on the 2nd tuesday" time=13:30 start=2031-01-01`,
      );
      await say(`forum agency add "Forum ${scope}" name="Oakfield Primary" sector=education`);

      // removed and added back in the middle: posts go out again at once
      await lifecycle('remove');
      expect((await h.repos.conversationReferences.find(tenant, conversation))?.active).toBe(false);
      await lifecycle('add');
      expect((await h.repos.conversationReferences.find(tenant, conversation))?.active).toBe(true);

      // the announcement and the members' reminder reach the conversation
      now = new Date('2031-01-13T12:00:00Z');
      h.connector.reset();
      await dispatch();
      const posts = inConversation().map((m) => JSON.stringify(m.body));
      expect(posts.some((p) => /Forum .* meets on|meets on/.test(p))).toBe(true);
      const reminder = inConversation().find((m) =>
        cardOf(m.body)?.actions?.some((a) => dataOf(a)?.verb === 'rsvp'),
      );
      expect(reminder).toBeDefined();

      // RSVP by button
      const going = cardOf(reminder?.body)?.actions?.find((a) => dataOf(a)?.answer === 'going');
      expect(JSON.stringify(await click(going))).toMatch(/You're going.*going 1/);

      // a survey opens and five people answer it by button
      await say('pulse start trust-between-agencies days=7');
      h.connector.reset();
      await dispatch();
      const surveyPost = inConversation().find((m) =>
        cardOf(m.body)?.actions?.some((a) => dataOf(a)?.verb === 'pulse_answer'),
      );
      expect(surveyPost).toBeDefined();
      const survey = cardOf(surveyPost?.body);
      const send = survey?.actions?.find((a) => dataOf(a)?.verb === 'pulse_answer');
      const answers: Record<string, string> = {};
      for (const input of survey?.body ?? []) {
        if (input.type === 'Input.ChoiceSet')
          answers[input.id] = input.choices[3]?.value ?? input.choices[0]?.value ?? '1';
      }
      for (let n = 1; n <= 5; n++) {
        if (scope === 'personal') await h.send(activity({ text: 'pulse sector education' }, person(n)));
        else await say('pulse sector education', person(n));
        const action =
          send && send.type === 'Action.Execute'
            ? { ...send, data: { ...send.data, ...answers } }
            : undefined;
        expect(JSON.stringify(await click(action, person(n)))).toMatch(/answer is recorded/);
      }

      // results, for the coordinator
      now = new Date('2031-01-21T12:00:00Z');
      const results = await say('pulse results');
      expect(JSON.stringify(results?.body)).toMatch(/5 (responses|answers|people)/i);
    });
  }
});
