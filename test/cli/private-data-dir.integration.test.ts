import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migratedDataDir } from '../support/migrated-data-dir.ts';
import { binPath, projectRoot, runCli, startServing } from '../support/run-cli.ts';

/** Every directory and file under `dir` whose mode lets anyone but the owner in. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    const stats = statSync(path);
    if ((stats.mode & 0o077) !== 0) found.push(`${(stats.mode & 0o777).toString(8)} ${path}`);
    if (stats.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(dir);
  return found;
}

function countFiles(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) n++;
  return n;
}

const TIGHTENED = /DATA_DIR was open to other users: made private/g;

describe('DATA_DIR is private to the account running joinedup', () => {
  it('after start, a chat export, backups (direct and from the running bot), a CLI export and a restore', async () => {
    const root = mkdtempSync(join(tmpdir(), 'joinedup-modes-'));
    const dataDir = join(root, 'data');
    const env = { DATA_DIR: dataDir, CONSOLE_USER: 'sam', SCHEDULER_ENABLED: 'false' };

    const started = await runCli(['start'], {
      env,
      input: 'what is a team around the family\ndata export sam\n',
    });
    expect(started.code, started.stderr).toBe(0);
    expect(started.stdout).toMatch(/Saved to .*subject-access-sam/);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(countFiles(join(dataDir, 'pglite'))).toBeGreaterThan(100);
    expect(openToOthers(dataDir)).toEqual([]);
    // A fresh directory is made private without a warning: nothing was ever exposed.
    expect(started.stderr).not.toMatch(TIGHTENED);

    const direct = await runCli(['db', 'backup'], { env });
    expect(direct.code, direct.stderr).toBe(0);
    const exported = await runCli(
      [
        'data',
        'export',
        '--workspace',
        'local',
        '--user',
        'sam',
        '--out',
        join(dataDir, 'exports', 'sam.json'),
      ],
      { env },
    );
    expect(exported.code, exported.stderr).toBe(0);
    expect(openToOthers(dataDir)).toEqual([]);

    const bot = await startServing(env);
    try {
      const live = await runCli(['db', 'backup', '--out', join(dataDir, 'backups', 'live.sql')], { env });
      expect(live.code, live.stderr).toBe(0);
      expect(JSON.parse(live.stdout).via).toBe('running-process');
    } finally {
      bot.child.kill('SIGTERM');
      await bot.exited;
    }
    expect(openToOthers(dataDir)).toEqual([]);

    const restoredDir = join(root, 'restored');
    const restored = await runCli(['db', 'restore', join(dataDir, 'backups', 'live.sql')], {
      env: { ...env, DATA_DIR: restoredDir },
    });
    expect(restored.code, restored.stderr).toBe(0);
    expect(countFiles(join(restoredDir, 'pglite'))).toBeGreaterThan(100);
    expect(openToOthers(restoredDir)).toEqual([]);
  }, 240_000);

  it('tightens an existing directory with looser modes at start, saying so in one log line', async () => {
    const dataDir = await migratedDataDir('joinedup-modes-');
    const env = { DATA_DIR: dataDir, SCHEDULER_ENABLED: 'false' };
    expect((await runCli(['start'], { env, input: 'hello\n' })).code).toBe(0);
    // As an older version, or a copy made with a permissive umask, left it.
    const loosen = (path: string) => {
      const stats = statSync(path);
      chmodSync(path, stats.isDirectory() ? 0o777 : 0o666);
      if (stats.isDirectory()) for (const name of readdirSync(path)) loosen(join(path, name));
    };
    loosen(dataDir);
    expect(openToOthers(dataDir).length).toBeGreaterThan(100);

    const again = await runCli(['start'], { env, input: 'hello\n' });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr.match(TIGHTENED)).toHaveLength(1);
    expect(openToOthers(dataDir)).toEqual([]);
  }, 120_000);
});

/**
 * A Node binary another account may run: this one, unless it sits in a private directory (as a
 * Node taken from the npm cache under /root does), then the one on the PATH.
 */
function nodeForOthers(): string {
  let path = process.execPath;
  for (;;) {
    if ((statSync(path).mode & 0o001) === 0) return 'node';
    const parent = dirname(path);
    if (parent === path) return process.execPath;
    path = parent;
  }
}

/** Runs `joinedup start` (as `uid` when given) and resolves when it exits, or fails it after `limitMs`. */
function startOn(
  dataDir: string,
  options: { uid?: number; limitMs?: number } = {},
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.uid !== undefined ? nodeForOthers() : process.execPath, [binPath, 'start'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        LOG_LEVEL: '',
        PORT: '0',
        HOST: '127.0.0.1',
        SCHEDULER_ENABLED: 'false',
        ...(options.uid !== undefined ? { HOME: tmpdir() } : {}),
      },
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    // Not a timing assertion: a generous limit that only a start-up waiting for ever would reach.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`joinedup start did not end on an unusable DATA_DIR ${dataDir}: ${stderr}`));
    }, options.limitMs ?? 60_000);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr, stdout });
    });
    child.stdin.end('');
  });
}

/** The plain sentence, and nothing like a stack trace. */
function expectPlainRefusal(
  result: { code: number | null; signal: NodeJS.Signals | null; stderr: string },
  dataDir: string,
  problem: RegExp,
) {
  // A process that died of a signal wrote nothing: say so rather than report an empty stderr.
  expect(result.signal, `joinedup start was killed by ${result.signal}`).toBeNull();
  expect(result.code).toBe(1);
  const lines = result.stderr.split('\n').filter((l) => l.startsWith('Cannot use DATA_DIR'));
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]?.startsWith(`Cannot use DATA_DIR ${dataDir}: `)).toBe(true);
  expect(lines[0]).toMatch(problem);
  expect(result.stderr).not.toMatch(/"stack"|\n\s+at /);
}

describe('an unusable DATA_DIR', () => {
  it('a file where a directory should be, anywhere in the path: one sentence, and the process ends', async () => {
    const root = mkdtempSync(join(tmpdir(), 'joinedup-unusable-'));
    const file = join(root, 'file');
    writeFileSync(file, 'x');
    expectPlainRefusal(await startOn(file), file, /it is a file, not a directory\.$/);
    const below = join(file, 'data');
    expectPlainRefusal(await startOn(below), below, new RegExp(`${file} is a file, not a directory\\.$`));
  }, 120_000);

  it('a database folder holding something else: refused at once instead of a start-up that never ends', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'joinedup-unusable-')), 'data');
    mkdirSync(join(dataDir, 'pglite'), { recursive: true });
    writeFileSync(join(dataDir, 'pglite', 'notes.txt'), 'not a database');
    expectPlainRefusal(await startOn(dataDir), dataDir, /holds files but no database/);
  }, 120_000);

  it('no permission: one sentence naming the path and the user', async () => {
    const root = mkdtempSync(join(tmpdir(), 'joinedup-unusable-'));
    chmodSync(root, 0o755);
    const locked = join(root, 'locked');
    mkdirSync(locked, { mode: 0o755 });
    const asRoot = process.getuid?.() === 0;
    // root may write anywhere: run the command as an ordinary account (nobody) instead.
    if (!asRoot) chmodSync(locked, 0o500);
    const run = (dir: string) => startOn(dir, asRoot ? { uid: 65534 } : {});
    try {
      expectPlainRefusal(await run(locked), locked, /permission denied, .*cannot read and write/);
      const inside = join(locked, 'data');
      expectPlainRefusal(
        await run(inside),
        inside,
        new RegExp(`permission denied, .*cannot create it in ${locked}`),
      );
    } finally {
      chmodSync(locked, 0o755);
    }
  }, 120_000);
});
