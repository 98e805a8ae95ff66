import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAFETY_NET_LINE } from '../../../src/core/guidance/triage/index.ts';
import {
  expectGuardFindsThem,
  expectNoIdentifiers,
  IDENTIFIER_MESSAGES,
} from '../../support/identifier-messages.ts';
import {
  databases,
  directMessage,
  mention,
  type SlackHarness,
  slashCommand,
  startSlackHarness,
  waitFor,
} from './harness.ts';

// Each database, and answers worked out on a worker thread as a Slack deployment on two cores does.
const variants = [
  ...databases.map((d) => ({ ...d, thread: 'off' })),
  { label: 'pglite, answers on a worker thread', url: undefined, thread: 'on' },
];

for (const database of variants) {
  describe(`Slack keeps no identifier: database, logs, export and replies [${database.label}]`, () => {
    let h: SlackHarness;
    beforeAll(async () => {
      h = await startSlackHarness({ databaseUrl: database.url, env: { GUIDANCE_THREAD: database.thread } });
      if (database.thread === 'on') expect(await h.app.answerThread?.whenReady()).toBe(true);
    });
    afterAll(async () => {
      await h?.stop();
    });

    it('answers messages carrying a child’s details and keeps none of them anywhere', async () => {
      expectGuardFindsThem();
      const questions = async () => {
        await h.app.storage.repos.flush();
        return h.app.storage.prisma.guidanceQuestion.count();
      };
      const before = await questions();
      // Half in a channel (the privacy warning goes to the poster alone), half in a direct message.
      for (const [i, { text }] of IDENTIFIER_MESSAGES.entries()) {
        expect((await h.send(i % 2 === 0 ? mention(text) : directMessage(text))).status).toBe(200);
        await waitFor(async () => (await questions()) === before + i + 1, `the answer to message ${i + 1}`);
      }
      await h.send(directMessage('what should I do if a child discloses abuse?'));
      await waitFor(
        async () => (await questions()) === before + IDENTIFIER_MESSAGES.length + 1,
        'the last answer',
      );

      // The export a coordinator asks for (U1 met the bot first, so is the coordinator).
      const uploads = h.fake.uploads.length;
      await h.send(slashCommand('data export <@U1|me>', h.fake), {
        contentType: 'application/x-www-form-urlencoded',
      });
      await waitFor(() => h.fake.uploads.length === uploads + 1, 'the export file');
      const exported = h.fake.uploads.at(-1)?.body ?? '';
      expect(exported).toMatch(/"questions"/);
      expectNoIdentifiers('the export', exported);

      // Every reply, public or private, and every call the bot made to Slack.
      const replies = JSON.stringify([h.fake.calls, h.fake.responses, [...h.fake.channels.values()]]);
      expect(replies).toMatch(/call 999 now/);
      expect(replies).toContain(SAFETY_NET_LINE.slice(0, 40));
      expectNoIdentifiers('what the bot sent to Slack', replies);
      expectNoIdentifiers('the logs', JSON.stringify(h.logs));

      // The database: the question log, and the urgent message kept without text or author.
      await h.app.storage.repos.flush();
      const rows = await h.app.storage.prisma.guidanceQuestion.findMany();
      expectNoIdentifiers('the question log', JSON.stringify(rows));
      const urgent = rows.filter((r) => r.answerKind === 'urgent');
      expect(urgent.length).toBeGreaterThanOrEqual(1);
      for (const row of urgent) expect(row).toMatchObject({ redactedText: '', userId: null });
      const others = await Promise.all([
        h.app.storage.prisma.member.findMany(),
        h.app.storage.prisma.processedEvent.findMany(),
        h.app.storage.prisma.workspace.findMany(),
      ]);
      expectNoIdentifiers('the other tables', JSON.stringify(others));
      if (database.thread === 'on')
        expect(h.app.answerThread?.counts.answered).toBeGreaterThan(IDENTIFIER_MESSAGES.length / 2);
      else expect(h.app.answerThread).toBeUndefined();
    });
  });
}
