import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAFETY_NET_LINE } from '../../../src/core/guidance/triage/index.ts';
import { openStorage } from '../../../src/storage/index.ts';
import {
  expectGuardFindsThem,
  expectNoIdentifiers,
  IDENTIFIER_MESSAGES,
} from '../../support/identifier-messages.ts';
import { migratedDataDir } from '../../support/migrated-data-dir.ts';
import { runCli } from '../../support/run-cli.ts';

describe('the console keeps no identifier: database, logs, export and replies', () => {
  it('answers messages carrying a child’s details and keeps none of them anywhere', async () => {
    expectGuardFindsThem();
    const dataDir = await migratedDataDir('joinedup-console-ids-');
    const env = { DATA_DIR: dataDir, CONSOLE_USER: 'alex', SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'debug' };
    const input = `${IDENTIFIER_MESSAGES.map((m) => m.text).join('\n')}\nwhat should I do if a child discloses abuse?\ndata export alex\nquit\n`;
    const run = await runCli(['start'], { env, input });
    expect(run.code, run.stderr).toBe(0);

    // Replies and log lines (the console prints both).
    expect(run.stdout).toMatch(/don't post identifiable details/);
    expect(run.stdout).toMatch(/call 999 now/);
    expect(run.stdout).toContain(SAFETY_NET_LINE);
    expectNoIdentifiers('the replies', run.stdout);
    expectNoIdentifiers('the logs', run.stderr);

    // The export the coordinator asked for in chat, and the one from the command line.
    const saved = /Saved to (\S+)/.exec(run.stdout)?.[1];
    expect(saved, 'the chat export was saved').toBeDefined();
    const chatExport = readFileSync(saved ?? '', 'utf8');
    expect(JSON.parse(chatExport).questions.length).toBeGreaterThan(0);
    expectNoIdentifiers('the export saved from chat', chatExport);
    const exported = await runCli(['data', 'export', '--workspace', 'local', '--user', 'alex'], { env });
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout).questions.length).toBeGreaterThan(0);
    expectNoIdentifiers('the data export', exported.stdout);

    // The database: every question row, and the urgent one without any text or author.
    const storage = await openStorage({ dataDir });
    try {
      await storage.repos.flush();
      const rows = await storage.prisma.guidanceQuestion.findMany({ orderBy: { createdAt: 'asc' } });
      expect(rows.length).toBe(IDENTIFIER_MESSAGES.length + 1);
      expectNoIdentifiers('the question log', JSON.stringify(rows));
      const urgent = rows.filter((r) => r.answerKind === 'urgent');
      expect(urgent).toHaveLength(1);
      expect(urgent[0]).toMatchObject({ redactedText: '', userId: null, urgency: 'now' });
      const everything = await Promise.all([
        storage.prisma.member.findMany(),
        storage.prisma.processedEvent.findMany(),
      ]);
      expectNoIdentifiers('the other tables', JSON.stringify(everything));
    } finally {
      await storage.close();
    }
  });
});
