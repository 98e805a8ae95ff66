import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

describe('joinedup data export / erase', () => {
  it('exports what a person left in the console workspace, and erases it only when confirmed', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'joinedup-data-')), 'data');
    const env = { DATA_DIR: dataDir, CONSOLE_USER: 'sam', SCHEDULER_ENABLED: 'false' };
    await runCli(['start'], { env, input: 'what is a team around the family\n' });
    const exported = await runCli(['data', 'export', '--workspace', 'local', '--user', 'sam'], { env });
    expect(exported.code, exported.stderr).toBe(0);
    const json = JSON.parse(exported.stdout);
    expect(json.member.userId).toBe('sam');
    expect(json.questions[0].redactedText).toBe('what is a team around the family');

    const unconfirmed = await runCli(['data', 'erase', '--workspace', 'local', '--user', 'sam'], { env });
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toMatch(/--yes/);
    const erased = await runCli(['data', 'erase', '--workspace', 'local', '--user', 'sam', '--yes'], { env });
    expect(erased.code, erased.stderr).toBe(0);
    expect(JSON.parse(erased.stdout).counts).toMatchObject({ member: 1, questions: 1 });
    const after = JSON.parse(
      (await runCli(['data', 'export', '--workspace', 'local', '--user', 'sam'], { env })).stdout,
    );
    expect(after.member).toBeNull();
    expect(after.questions).toEqual([]);
  }, 300_000); // five CLI processes, each opening the database: minutes on a busy machine
});
