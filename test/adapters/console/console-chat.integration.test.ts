import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migratedDataDir } from '../../support/migrated-data-dir.ts';
import { runCli } from '../../support/run-cli.ts';

describe('npm start: the console chat on the embedded database', () => {
  it('migrates a fresh data directory, answers, takes feedback, and keeps the data for the next start', async () => {
    const dataDir = await migratedDataDir('joinedup-console-');
    const first = await runCli(['start'], {
      env: { DATA_DIR: dataDir, CONSOLE_USER: 'alex' },
      input:
        'help\nwhat is a team around the child\n👍\nwhoami\nCan I do a CAF for Ellie-May Turner, 7 Oak Lane?\nquit\n',
    });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/just type a question/i);
    expect(first.stdout).toMatch(/Source: /);
    expect(first.stdout).toMatch(/Thanks, noted as helpful/);
    expect(first.stdout).toMatch(/You are alex, a coordinator/);
    expect(first.stdout).toMatch(/don't post identifiable details/);
    expect(first.stdout).not.toMatch(/Ellie-May|Turner|Oak Lane/);

    const second = await runCli(['start'], {
      env: { DATA_DIR: dataDir, CONSOLE_USER: 'sam' },
      input: 'whoami\nunanswered\n/quit\nwhat is a team around the child\n',
    });
    expect(second.code, second.stderr).toBe(0);
    // alex became coordinator on the first start; sam arrives later as a member
    expect(second.stdout).toMatch(/You are sam, a member/);
    expect(second.stdout).toMatch(/Only a coordinator/);
    // "/quit", typed as a slash command, leaves before the next line is read.
    expect(second.stdout).not.toMatch(/Source: /);
  }); // two real starts, the first applying every migration

  it('reports a locked data directory instead of corrupting it', async () => {
    const { openStorage } = await import('../../../src/storage/index.ts');
    const dataDir = mkdtempSync(join(tmpdir(), 'joinedup-locked-'));
    const storage = await openStorage({ dataDir });
    try {
      const run = await runCli(['start'], { env: { DATA_DIR: dataDir }, input: 'help\n' });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/in use by process/);
    } finally {
      await storage.close();
    }
  });
});
