import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleWorkspace } from '../../src/adapters/console/console-chat.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { type App, createApp } from '../../src/main.ts';
import { RecordingGateway } from '../fakes/recording-gateway.ts';
import { binPath, projectRoot, runCli } from '../support/run-cli.ts';

const quiet = createLogger('silent');

/** Opens the app on a data directory, as `joinedup start` does (scheduler off until asked). */
function openApp(dataDir: string): Promise<App> {
  return createApp(loadConfig({ DATA_DIR: dataDir, SCHEDULER_ENABLED: 'true' }), quiet);
}

async function say(app: App, userId: string, text: string): Promise<string> {
  const reply = await app.conversation.handle({ workspace: consoleWorkspace, userId, text });
  return reply?.text ?? '';
}

/** Guidance, a forum with agencies, meetings and RSVPs, a survey with responses: through the real services. */
async function populate(app: App): Promise<void> {
  expect(await say(app, 'coord', 'where do I park at the civic centre')).toMatch(/won't guess/);
  expect(
    await say(
      app,
      'coord',
      'forum create "North CAF Forum" cadence="monthly on day 15" time=13:30 start=2027-01-01',
    ),
  ).toMatch(/Created North CAF Forum/);
  for (const [name, sector] of [
    ['Oakfield Primary', 'education'],
    ['Riverside Health Centre', 'health'],
    ['Youth Hub', 'youth_support'],
  ]) {
    expect(
      await say(app, 'coord', `forum agency add "North CAF Forum" name="${name}" sector=${sector}`),
    ).toMatch(/joined/);
  }
  for (const [user, answer] of [
    ['p1', 'going'],
    ['p2', 'going'],
    ['p3', 'maybe'],
  ]) {
    expect(await say(app, user, `rsvp ${answer} "North CAF Forum"`)).toMatch(/Noted/);
  }
  expect(await say(app, 'coord', 'pulse start recommend-forum days=7 audience=10')).toMatch(/Started/);
  for (let i = 1; i <= 6; i++) {
    await say(app, `p${i}`, 'pulse sector education');
    expect(await say(app, `p${i}`, `pulse answer ${4 + i}`)).toMatch(/Thank you/);
  }
}

async function reportsOf(app: App) {
  return {
    schedule: await say(app, 'coord', 'forum schedule "North CAF Forum"'),
    results: await say(app, 'coord', 'pulse results'),
    unanswered: await say(app, 'coord', 'unanswered'),
  };
}

describe('joinedup db backup / restore', () => {
  it('backs up (directly and from a running bot), restores into a fresh directory, and the bot answers, schedules and reports from it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'joinedup-backup-'));
    const source = join(root, 'source');
    const app = await openApp(source);
    await populate(app);
    const before = await reportsOf(app);
    expect(before.schedule).toMatch(/hosted by Oakfield Primary \(going 2, maybe 1, not going 0\)/);
    expect(before.results).toMatch(/6 responses/);
    expect(before.unanswered).toMatch(/civic centre/);
    await app.stop();

    // 1. No one holds the database: the command opens it itself.
    const direct = await runCli(['db', 'backup', '--out', join(root, 'direct.sql')], {
      env: { DATA_DIR: source },
    });
    expect(direct.code, direct.stderr).toBe(0);
    expect(JSON.parse(direct.stdout)).toMatchObject({ via: 'direct' });

    // 2. A bot holds the database and serves: the backup is made by the bot, which keeps serving.
    const child = spawn(process.execPath, [binPath, 'start'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        DATA_DIR: source,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        DATABASE_URL: '',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ops url: ${stderr}`)), 60_000);
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        const m = /"url":"(http:\/\/[^"]+)","msg":"operations endpoints listening"/.exec(stderr);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    const waitReady = async () => {
      let ready = await fetch(`${url}/readyz`);
      for (let i = 0; i < 300 && ready.status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        ready = await fetch(`${url}/readyz`);
      }
      return ready;
    };
    try {
      // Ready means the first scheduler tick has finished, so the posts due at start are sent
      // (and must stay sent after the restore below).
      const first = await waitReady();
      expect(first.status, await first.text()).toBe(200);
      const live = join(root, 'live.sql');
      // questions keep arriving while the backup is made
      const asking = (async () => {
        for (let i = 0; i < 5; i++) {
          child.stdin.write('who can start a CAF?\n');
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const backup = await runCli(['db', 'backup', '--out', live], { env: { DATA_DIR: source } });
      await asking;
      expect(backup.code, backup.stderr).toBe(0);
      const result = JSON.parse(backup.stdout);
      expect(result).toMatchObject({ via: 'running-process', backup: live });
      expect(result.bytes).toBeGreaterThan(10_000);
      // no request or temporary file is left behind
      expect(readdirSync(join(source, 'backups'))).toEqual([]);
      // still ready
      const ready = await waitReady();
      expect(ready.status, await ready.text()).toBe(200);
      for (let i = 0; i < 100 && (stdout.match(/Any practitioner/g) ?? []).length < 5; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((stdout.match(/Any practitioner/g) ?? []).length).toBe(5);

      // restore refuses a running database
      const refused = await runCli(['db', 'restore', live], { env: { DATA_DIR: source } });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/in use by process \d+.*Stop joinedup before restoring/s);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    const text = readFileSync(join(root, 'live.sql'), 'utf8');
    expect(text.split('\n')[0]).toBe('-- joinedup backup of the embedded database');
    expect(text).toMatch(/^-- joinedup-file: respondent\.secret \S+$/m);
    expect(text).toMatch(/INSERT INTO public\.forum_agency/);

    // 3. Restore into a fresh directory; a second restore over it needs --force.
    const fresh = join(root, 'fresh');
    const restored = await runCli(['db', 'restore', join(root, 'live.sql')], { env: { DATA_DIR: fresh } });
    expect(restored.code, restored.stderr).toBe(0);
    expect(JSON.parse(restored.stdout).tables).toBeGreaterThan(15);
    expect(readFileSync(join(fresh, 'respondent.secret'), 'utf8')).toBe(
      readFileSync(join(source, 'respondent.secret'), 'utf8'),
    );
    const again = await runCli(['db', 'restore', join(root, 'direct.sql')], { env: { DATA_DIR: fresh } });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds a database.*--force/s);
    expect(readdirSync(fresh).filter((n) => n.startsWith('pglite'))).toEqual(['pglite']);

    // 4. The bot runs from the restored directory: it answers, reports and schedules.
    const restoredApp = await openApp(fresh);
    try {
      const after = await reportsOf(restoredApp);
      expect(after.schedule).toBe(before.schedule);
      expect(after.results).toBe(before.results);
      expect(after.unanswered).toBe(before.unanswered);
      expect(await say(restoredApp, 'p9', 'who can start a CAF?')).toMatch(/Any practitioner/);
      // the respondent key came with it: answering again replaces the earlier answer
      expect(await say(restoredApp, 'p1', 'pulse answer 10')).toMatch(/replac|updated|changed/i);
      expect(await say(restoredApp, 'coord', 'pulse results')).toMatch(/6 responses/);
      // posts the bot had sent before the backup stay sent; new work is scheduled and sent
      const sentBefore = await restoredApp.storage.prisma.scheduledPost.findMany({
        where: { status: 'sent' },
        select: { key: true },
      });
      expect(sentBefore.length).toBeGreaterThan(0);
      expect(await say(restoredApp, 'coord', 'pulse start trust-between-agencies days=7')).toMatch(/Started/);
      const gateway = new RecordingGateway();
      const ticker = restoredApp.startScheduler(gateway);
      await ticker?.tick();
      expect(gateway.posted.some((p) => /Trust between agencies/.test(p.message.text))).toBe(true);
      const resent = gateway.keys().filter((k) => sentBefore.some((s) => s.key === k));
      expect(resent).toEqual([]);
    } finally {
      await restoredApp.stop();
    }
  }, 240_000);

  it('never signals a process that is not joinedup (a stale lock whose pid was reused)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'joinedup-backup-'));
    const dataDir = join(root, 'data');
    mkdirSync(join(dataDir, 'pglite'), { recursive: true });
    writeFileSync(join(dataDir, 'pglite', 'PG_VERSION'), '17\n');
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dataDir, 'joinedup.lock'), String(other.pid));
      const result = await runCli(['db', 'backup'], { env: { DATA_DIR: dataDir } });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(`names process ${other.pid}, which is not a joinedup process`),
      );
      expect(other.exitCode).toBeNull();
      expect(other.signalCode).toBeNull();
    } finally {
      other.kill();
    }
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'joinedup-backup-'));
    const file = join(root, 'not-a-backup.sql');
    writeFileSync(file, 'DROP TABLE member;\n');
    const result = await runCli(['db', 'restore', file], { env: { DATA_DIR: join(root, 'data') } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a joinedup backup/);
    expect(existsSync(join(root, 'data', 'pglite'))).toBe(false);
    const broken = join(root, 'broken.sql');
    writeFileSync(broken, '-- joinedup backup of the embedded database\nCREATE TABLE x (;\n');
    const failed = await runCli(['db', 'restore', broken], { env: { DATA_DIR: join(root, 'data') } });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/could not be restored, and nothing was changed/);
    expect(readdirSync(join(root, 'data')).filter((n) => n.startsWith('pglite'))).toEqual([]);
  });
});
