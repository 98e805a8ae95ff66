import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type {
  AdaptiveCard,
  CardElement,
  ChoiceSetInput,
} from '../../../src/adapters/teams/render/card-model.ts';
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

const FORUM = 'South CAF Forum';
const ALEX = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const BEA = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
type Sent = { body?: Record<string, unknown> };
const cardOf = (sent: Sent | undefined) =>
  (sent?.body?.attachments as { content: AdaptiveCard }[] | undefined)?.[0]?.content;
const inputNamed = (card: AdaptiveCard | undefined, id: string): CardElement | undefined =>
  card?.body.find((b) => 'id' in b && b.id === id);

describeEachDatabase('Teams: add an agency with contacts from the people picker', (db) => {
  let h: TeamsHarness;
  let intro: AdaptiveCard | undefined;
  const say = (text: string) => h.send(makeActivity(h.connector.url, mentionText(text), 'channel'));
  /** Action.Execute on the agency card, with the card's inputs merged into its data as Teams does. */
  const submitCard = async (inputs: Record<string, string>) => {
    const data = { verb: 'agency_add', ...inputs };
    const res = await h.send(
      makeActivity(
        h.connector.url,
        {
          type: 'invoke',
          name: 'adaptiveCard/action',
          text: undefined,
          replyToId: 'agency-card',
          value: { action: { type: 'Action.Execute', verb: 'agency_add', data } },
        },
        'channel',
      ),
    );
    expect(res.status).toBe(200);
    return (JSON.parse(res.body) as { value: AdaptiveCard }).value;
  };
  const agencies = async () => {
    const forum = (await h.repos.forums.listForums(TEST_TENANT)).find((f) => f.name === FORUM);
    return h.repos.forums.listAgencies(TEST_TENANT, forum?.id ?? '');
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
    intro = cardOf(h.connector.messages().find((m) => /Mention me/.test(JSON.stringify(m.body))));
    await say(`forum create "${FORUM}" cadence="every month on the 2nd tuesday" time=13:30 start=2031-01-01`);
  });
  afterAll(async () => {
    await h?.stop();
  });
  beforeEach(() => h.connector.reset());

  it('`agency new` opens a card whose contacts are a people picker over the organisation', async () => {
    await say('agency new');
    const form = cardOf(h.connector.messages()[0]);
    expect(JSON.stringify(form)).toMatch(/Add an agency/);
    const contacts = inputNamed(form, 'contacts') as ChoiceSetInput | undefined;
    expect(contacts?.type).toBe('Input.ChoiceSet');
    expect(contacts?.isMultiSelect).toBe(true);
    expect(contacts?.['choices.data']).toEqual({ type: 'Data.Query', dataset: 'graph.microsoft.com/users' });
    expect((inputNamed(form, 'forum') as ChoiceSetInput | undefined)?.choices.map((c) => c.value)).toContain(
      FORUM,
    );
    expect(inputNamed(form, 'sector')?.type).toBe('Input.ChoiceSet');
    expect(form?.actions?.[0]).toMatchObject({ type: 'Action.Execute', verb: 'agency_add' });
    // the Slack-style spelling opens the same card
    h.connector.reset();
    await say('forum agency add');
    expect(inputNamed(cardOf(h.connector.messages()[0]), 'contacts')).toBeDefined();
  });

  it('the introduction card’s "Add an agency" button opens the same card', async () => {
    const button = intro?.actions?.find((a) => a.title === 'Add an agency');
    expect(button?.type).toBe('Action.Submit');
    h.connector.reset();
    const data = button && button.type !== 'Action.OpenUrl' ? button.data : undefined;
    await h.send(makeActivity(h.connector.url, { text: undefined, value: data }, 'channel'));
    const form = cardOf(h.connector.messages()[0]);
    expect((inputNamed(form, 'contacts') as ChoiceSetInput | undefined)?.isMultiSelect).toBe(true);
  });

  it('a missing name comes back on the card with the values kept, and nothing is stored', async () => {
    const card = await submitCard({
      forum: FORUM,
      name: '  ',
      sector: 'health',
      contacts: ALEX,
      host: 'true',
    });
    const text = JSON.stringify(card);
    expect(text).toMatch(/Please fill in the agency’s name/);
    expect((inputNamed(card, 'sector') as ChoiceSetInput | undefined)?.value).toBe('health');
    expect((inputNamed(card, 'contacts') as ChoiceSetInput | undefined)?.value).toBe(ALEX);
    expect(card.actions?.[0]).toMatchObject({ verb: 'agency_add' });
    expect(await agencies()).toHaveLength(0);
    // a typed name instead of a picked person is refused beside the picker
    const typed = await submitCard({ forum: FORUM, name: 'Hub', sector: 'health', contacts: '@bob' });
    expect(JSON.stringify(typed)).toMatch(/Pick each contact from the people list/);
    expect(await agencies()).toHaveLength(0);
  });

  it('two picked people are stored as the agency’s contacts and the card becomes a confirmation', async () => {
    const card = await submitCard({
      forum: FORUM,
      name: 'Riverside Health Visiting',
      sector: 'health',
      contacts: `${ALEX},${BEA}`,
      host: 'false',
    });
    expect(JSON.stringify(card)).toMatch(/Riverside Health Visiting \(health\) joined South CAF Forum/);
    expect(inputNamed(card, 'contacts')).toBeUndefined();
    expect(card.actions ?? []).toHaveLength(0);
    const [agency, ...others] = await agencies();
    expect(others).toHaveLength(0);
    expect(agency?.name).toBe('Riverside Health Visiting');
    expect(agency?.sector).toBe('health');
    expect(agency?.contacts).toEqual([ALEX, BEA]);
    expect(agency?.canHost).toBe(false);
  });

  it('the host reminder mentions picked contacts by the id Teams gave', async () => {
    await submitCard({
      forum: FORUM,
      name: 'Oakfield Primary',
      sector: 'education',
      contacts: BEA,
      host: 'true',
    });
    const forum = (await h.repos.forums.listForums(TEST_TENANT)).find((f) => f.name === FORUM);
    const [meeting] = await h.repos.forums.listOccurrences(TEST_TENANT, forum?.id ?? '', new Date());
    const key = `forum:${meeting?.id}:host_reminder`;
    const message = await h.repos.posts.messageFor(TEST_TENANT, key);
    expect(message?.text).toBeTruthy();
    h.connector.reset();
    await h.adapter.gateway.post(
      { workspaceId: TEST_TENANT, channelId: '19:general@thread.tacv2' },
      message ?? { kind: '', text: '' },
      key,
    );
    const sent = cardOf(h.connector.messages()[0]);
    expect(sent?.msteams?.entities?.map((e) => e.mentioned.id)).toEqual([BEA]);
    expect(JSON.stringify(sent?.body)).toMatch(/<at>/);
  });
});
