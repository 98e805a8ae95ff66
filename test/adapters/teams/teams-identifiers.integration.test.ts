import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  makeActivity,
  startTeamsHarness,
  TEST_TENANT,
  type TeamsHarness,
} from '../../../src/adapters/teams/testing/harness.ts';
import { SAFETY_NET_LINE } from '../../../src/core/guidance/triage/index.ts';
import { DataProtection } from '../../../src/storage/data-protection.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { shippedGuidance } from '../../support/guidance.ts';
import {
  expectGuardFindsThem,
  expectNoIdentifiers,
  IDENTIFIER_MESSAGES,
} from '../../support/identifier-messages.ts';

// Replies in these tests come inside the turn however busy the machine: with the default 5 s
// answer deadline a slow turn's reply goes out after the test has moved on and is counted by the
// next one. The late path is tested in teams-reliability.integration.test.ts.
const IN_TURN_MS = 120_000;

describeEachDatabase('Teams keeps no identifier: database, logs, export and replies', (db) => {
  let h: TeamsHarness;
  const logs: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logs.push(chunk.toString());
        done();
      },
    });
    h = await startTeamsHarness({
      storage: db.storage,
      guidance: shippedGuidance(),
      logger: pino({ level: 'debug' }, sink),
      ackTimeoutMs: IN_TURN_MS,
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('answers messages carrying a child’s details and keeps none of them anywhere', async () => {
    expectGuardFindsThem();
    for (const { text } of [
      ...IDENTIFIER_MESSAGES,
      { text: 'what should I do if a child discloses abuse?' },
    ]) {
      expect((await h.send(makeActivity(h.connector.url, { text }))).status).toBe(200);
    }
    const replies = JSON.stringify(h.connector.messages().map((m) => m.body));
    expect(replies).toMatch(/call 999 now/);
    expect(replies).toContain(SAFETY_NET_LINE.slice(0, 40));
    expectNoIdentifiers('the replies', replies);
    expectNoIdentifiers('the logs', logs.join(''));

    await db.storage.repos.flush();
    const rows = await db.storage.prisma.guidanceQuestion.findMany({ where: { workspaceId: TEST_TENANT } });
    expect(rows.length).toBe(IDENTIFIER_MESSAGES.length + 1);
    expectNoIdentifiers('the question log', JSON.stringify(rows));
    const urgent = rows.filter((r) => r.answerKind === 'urgent');
    expect(urgent).toHaveLength(1);
    expect(urgent[0]).toMatchObject({ redactedText: '', userId: null, urgency: 'now' });

    // The subject access export of the person who wrote them.
    const member = await db.storage.prisma.member.findFirst({ where: { workspaceId: TEST_TENANT } });
    const exported = await new DataProtection(
      db.storage.prisma,
      'respondent-secret-for-tests-0123456789',
    ).exportUser(TEST_TENANT, member?.userId ?? '');
    expect(exported.questions.length).toBe(IDENTIFIER_MESSAGES.length);
    expectNoIdentifiers('the export', JSON.stringify(exported));
  });
});
