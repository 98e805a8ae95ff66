import { describe, expect, it } from 'vitest';
import { migratedDataDir } from '../support/migrated-data-dir.ts';
import { runCli } from '../support/run-cli.ts';

describe('joinedup data export / erase', () => {
  it('exports what a person left in the console workspace, and erases it only when confirmed', async () => {
    const dataDir = await migratedDataDir('joinedup-data-');
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
    // Nothing is held any more: said so, not answered with an empty record.
    const after = await runCli(['data', 'export', '--workspace', 'local', '--user', 'sam'], { env });
    expect(after.code).toBe(1);
    expect(after.stdout).toBe('');
    expect(after.stderr).toMatch(/holds nothing about "sam" in workspace "local"/);
    // The question stays for the statistics, with no author.
    expect(JSON.parse((await runCli(['data', 'workspaces', '--json'], { env })).stdout)).toEqual([
      { id: 'local', platform: 'console', members: 0, uninstalledAt: null },
    ]);
  }, 180_000);

  it('refuses a workspace or a person it has never held, naming how to list workspaces, and lists them without personal data', async () => {
    const dataDir = await migratedDataDir('joinedup-data-');
    const env = { DATA_DIR: dataDir, CONSOLE_USER: 'sam', SCHEDULER_ENABLED: 'false' };
    const empty = await runCli(['data', 'workspaces'], { env });
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stdout).toMatch(/No workspaces yet/);
    const chat = await runCli(['start'], {
      env,
      input: 'what is a team around the family\ndata export nobody\n',
    });
    // In chat too: no empty file for a mistyped id.
    expect(chat.stdout).toMatch(/holds nothing about nobody in this workspace/);
    expect(chat.stdout).not.toMatch(/Saved to/);
    await runCli(['start'], { env: { ...env, CONSOLE_USER: 'alex' }, input: 'help\n' });

    for (const sub of ['export', 'erase']) {
      const typo = await runCli(['data', sub, '--workspace', 'nosuch', '--user', 'sam', '--yes'], { env });
      expect(typo.code).toBe(1);
      expect(typo.stdout).toBe('');
      expect(typo.stderr).toMatch(/There is no workspace "nosuch" in this database/);
      expect(typo.stderr).toMatch(/joinedup data workspaces/);
      expect(typo.stderr).toMatch(/workspace is `local`/);
      const nobody = await runCli(['data', sub, '--workspace', 'local', '--user', 'nobody', '--yes'], {
        env,
      });
      expect(nobody.code).toBe(1);
      expect(nobody.stdout).toBe('');
      expect(nobody.stderr).toMatch(/holds nothing about "nobody" in workspace "local"/);
      expect(nobody.stderr).toMatch(/joinedup data workspaces/);
    }
    // Nothing was changed by the refused erasures.
    const still = await runCli(['data', 'export', '--workspace', 'local', '--user', 'sam'], { env });
    expect(still.code, still.stderr).toBe(0);
    expect(JSON.parse(still.stdout).questions).toHaveLength(1);

    const listed = await runCli(['data', 'workspaces'], { env });
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/^WORKSPACE\s+PLATFORM\s+MEMBERS\nlocal\s+console\s+2\n$/);
    expect(listed.stdout).not.toMatch(/sam|alex|team around/);
  }, 300_000);
});
