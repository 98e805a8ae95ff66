import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import {
  makeActivity,
  startTeamsHarness,
  type TeamsHarness,
} from '../../../src/adapters/teams/testing/harness.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { shippedGuidance } from '../../support/guidance.ts';

interface Card {
  content: {
    body: { type: string; id?: string; text?: string; value?: unknown }[];
    actions?: { data?: unknown }[];
  };
}

const cardOf = (body: Record<string, unknown> | undefined) => (body?.attachments as Card[] | undefined)?.[0];
const IN_TURN_MS = 120_000;

describeEachDatabase('Teams: the "new survey template" card', (db) => {
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

  const submit = (value: Record<string, unknown>) =>
    h.send(makeActivity(h.connector.url, { text: undefined, value: { verb: 'pulse_template', ...value } }));

  it('opens from chat with a key, a title and five question rows', async () => {
    await h.send(makeActivity(h.connector.url, { text: 'new survey template' }));
    const card = cardOf(h.connector.messages().at(-1)?.body);
    const ids = card?.content.body.flatMap((b) => (b.id ? [b.id] : []));
    expect(ids).toEqual(expect.arrayContaining(['key', 'title', 'q1.type', 'q1.text', 'q5.options']));
    expect(card?.content.actions?.[0]?.data).toMatchObject({ verb: 'pulse_template' });
  });

  it('comes back with the values kept and each problem right after its input, saving nothing', async () => {
    await submit({
      key: 'Bad Key',
      title: 'Trust check',
      'q1.type': 'agree5',
      'q1.text': 'Agencies share information well',
      'q2.type': 'choice',
      'q2.text': 'Which meeting helps most?',
      'q2.options': 'Forum',
    });
    const body = cardOf(h.connector.messages().at(-1)?.body)?.content.body ?? [];
    const after = (id: string) => body[body.findIndex((b) => b.id === id) + 1];
    expect(after('key')?.text).toMatch(/kebab-case/);
    expect(after('q2.options')?.text).toMatch(/2 to 10 options \(it has 1\)/);
    expect(after('q1.text')?.type).not.toBe('TextBlock');
    expect(body.find((b) => b.id === 'q1.text')?.value).toBe('Agencies share information well');
    expect(body.find((b) => b.id === 'q2.type')?.value).toBe('choice');
    expect(await db.storage.prisma.surveyTemplate.count()).toBe(0);
  });

  it('saves a template that `pulse start` then runs', async () => {
    await submit({
      key: 'trust-check',
      title: 'Trust check',
      'q1.type': 'agree5',
      'q1.text': 'Agencies share information well',
      'q2.type': 'comment',
      'q2.text': 'Anything else to add?',
    });
    expect(String(h.connector.messages().at(-1)?.body.text)).toMatch(
      /Saved the survey "Trust check" as trust-check/,
    );
    await h.send(makeActivity(h.connector.url, { text: 'pulse start trust-check' }));
    expect(String(h.connector.messages().at(-1)?.body.text)).toMatch(/^Started "Trust check"/);
    expect((await db.storage.prisma.surveyRun.findFirst())?.templateKey).toBe('trust-check');
  });
});
