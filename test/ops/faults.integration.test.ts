import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs, { mkdtempSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../src/adapters/console/console-chat.ts';
import { loadConfig } from '../../src/config.ts';
import { systemClock } from '../../src/core/shared/ports.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { type App, createApp } from '../../src/main.ts';
import { dispatchDuePosts } from '../../src/scheduler/dispatch-due-posts.ts';
import { createRepositories } from '../../src/storage/index.ts';
import { LookupGateway, RecordingGateway } from '../fakes/recording-gateway.ts';
import { createScratchDatabase } from '../support/databases.ts';
import { binPath, projectRoot, runCli } from '../support/run-cli.ts';

const SECRETS = {
  PULSE_RESPONDENT_SECRET: 'a-test-secret-of-enough-length',
  DASHBOARD_SECRET: 'a-dashboard-secret-of-at-least-32-characters',
};

function capture(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _e, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

/** One console turn through the real adapter (with its final error handler). */
async function consoleTurn(app: App, text: string, logger: Logger): Promise<string> {
  const input = new PassThrough();
  let out = '';
  const output = new Writable({
    write(chunk: Buffer, _e, done) {
      out += chunk.toString();
      done();
    },
  });
  input.end(`${text}\n`);
  await runConsoleChat({
    conversation: app.conversation,
    userId: 'coord',
    input,
    output,
    interactive: false,
    exportDir: tmpdir(),
    logger,
  });
  return out;
}

function startBot(env: Record<string, string>): {
  child: ChildProcessWithoutNullStreams;
  stderr: () => string;
  url: Promise<string>;
  exit: Promise<number | null>;
} {
  const child = spawn(process.execPath, [binPath, 'start'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ops url: ${stderr}`)), 60_000);
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      const m = /"url":"(http:\/\/[^"]+)"/.exec(stderr);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, url, exit };
}

const status = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: await res.text() };
};

/** Makes a scratch database refuse every connection (and drops the open ones), or accept them again. */
async function setReachable(baseUrl: string, dbUrl: string, reachable: boolean): Promise<void> {
  const name = new URL(dbUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS ${reachable}`);
    if (!reachable) {
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    }
  } finally {
    await admin.end();
  }
}

describe('database unreachable at start', () => {
  it('retries with backoff while /readyz says not ready, then exits non-zero with a clear message', async () => {
    const bot = startBot({
      ...SECRETS,
      DATABASE_URL: 'postgres://joinedup@127.0.0.1:1/joinedup', // nothing listens on port 1
      DATABASE_CONNECT_RETRIES: '3',
      DATABASE_CONNECT_RETRY_DELAY_MS: '400',
    });
    const url = await bot.url;
    expect((await status(`${url}/healthz`)).status).toBe(200);
    const ready = await status(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toMatchObject({ status: 'not ready', checks: { database: false } });
    const code = await bot.exit;
    expect(code).toBe(1);
    const retries = bot
      .stderr()
      .split('\n')
      .filter((l) => l.includes('database not reachable yet; retrying'))
      .map((l) => JSON.parse(l));
    expect(retries.map((r) => [r.attempt, r.retryInMs])).toEqual([
      [1, 400],
      [2, 800],
      [3, 1600],
    ]);
    expect(bot.stderr()).toMatch(
      /Could not reach the PostgreSQL database in DATABASE_URL after 4 tries \(.+\)\. Check the server is running/,
    );
    // the URL's credentials never appear
    expect(bot.stderr()).not.toMatch(/joinedup@127/);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'becomes ready once PostgreSQL comes up during the retries',
    async () => {
      const base = String(process.env.TEST_DATABASE_URL);
      const scratch = await createScratchDatabase(base);
      await setReachable(base, scratch.url, false);
      const bot = startBot({
        ...SECRETS,
        DATABASE_URL: scratch.url,
        DATABASE_CONNECT_RETRIES: '20',
        DATABASE_CONNECT_RETRY_DELAY_MS: '300',
      });
      try {
        const url = await bot.url;
        expect((await status(`${url}/readyz`)).status).toBe(503);
        await new Promise((r) => setTimeout(r, 1000));
        expect((await status(`${url}/readyz`)).status).toBe(503);
        await setReachable(base, scratch.url, true);
        let ready = 0;
        for (let i = 0; i < 150 && ready !== 200; i++) {
          await new Promise((r) => setTimeout(r, 200));
          ready = await fetch(`${url}/readyz`).then(
            (r) => r.status,
            () => 0, // the full server takes over the port: a moment with nothing listening
          );
        }
        expect(ready).toBe(200);
        expect(bot.stderr()).toMatch(/database not reachable yet; retrying/);
      } finally {
        bot.child.kill('SIGTERM');
        expect(await bot.exit).toBe(0);
        await scratch.drop();
      }
    },
    120_000,
  );
});

describe.runIf(process.env.TEST_DATABASE_URL)('PostgreSQL lost mid-run', () => {
  it('answers turns with a clean error, fails the tick, and the next tick sends every due post once', async () => {
    const base = String(process.env.TEST_DATABASE_URL);
    const scratch = await createScratchDatabase(base);
    const { logger, lines } = capture();
    const app = await createApp(
      loadConfig({ ...SECRETS, DATABASE_URL: scratch.url, DATABASE_CONNECT_RETRIES: '0' }),
      logger,
    );
    try {
      const repos = createRepositories(app.storage.prisma);
      for (let i = 0; i < 20; i++) {
        await repos.posts.schedule({
          workspaceId: 'W-faults',
          key: `due:${i}`,
          kind: 'member_reminder',
          channelId: 'C',
          message: { kind: 'member_reminder', text: `post ${i}` },
          dueAt: new Date(Date.now() - 60_000),
        });
      }
      expect(await consoleTurn(app, 'who can start a CAF?', logger)).toMatch(/Any practitioner/);

      await setReachable(base, scratch.url, false);
      // The knowledge base still answers; the question's log entry waits for the database.
      expect(await consoleTurn(app, 'who can start a CAF?', logger)).toMatch(/Any practitioner/);
      expect(await consoleTurn(app, 'forum list', logger)).toMatch(
        /went wrong on my side and nothing was changed/,
      );
      expect(await app.readiness.database?.().catch(() => false)).toBe(false);
      const gateway = new RecordingGateway();
      const ticker = app.startScheduler(gateway);
      await ticker?.tick();
      expect(gateway.posted).toEqual([]);
      const failed = lines.filter((l) => l.msg === 'scheduler tick failed');
      expect(failed.length).toBeGreaterThan(0);
      expect(failed[0]?.tickId).toMatch(/^[0-9a-f]{12}$/);
      const turnFailed = lines.filter((l) => l.msg === 'turn failed');
      expect(turnFailed).toHaveLength(1);
      expect(turnFailed[0]).toMatchObject({ turnId: expect.any(String), workspaceId: 'local' });
      expect(JSON.stringify(lines)).not.toMatch(/start a CAF/);

      await setReachable(base, scratch.url, true);
      await ticker?.tick();
      expect(
        gateway
          .keys()
          .filter((k) => k.startsWith('due:'))
          .sort(),
      ).toEqual(Array.from({ length: 20 }, (_, i) => `due:${i}`).sort());
      expect(await repos.posts.countByStatus('W-faults')).toEqual({ sent: 20 });
      expect(await consoleTurn(app, 'who can start a CAF?', logger)).toMatch(/Any practitioner/);
      expect(await app.readiness.database?.()).toBe(true);
      // Nothing asked during the outage is lost from the question log.
      await app.repos.flush();
      expect(
        await app.storage.prisma.guidanceQuestion.count(),
        JSON.stringify(lines.filter((l) => /question log/.test(String(l.msg)))),
      ).toBe(3);
    } finally {
      await app.stop();
      await scratch.drop();
    }
  }, 120_000);

  it('a post whose send was cut off by the outage is found, not sent again, after the lease runs out', async () => {
    const base = String(process.env.TEST_DATABASE_URL);
    const scratch = await createScratchDatabase(base);
    const app = await createApp(
      loadConfig({ ...SECRETS, DATABASE_URL: scratch.url, SCHEDULER_ENABLED: 'false' }),
      createLogger('silent'),
    );
    try {
      const { posts } = createRepositories(app.storage.prisma);
      for (let i = 0; i < 10; i++) {
        await posts.schedule({
          workspaceId: 'W-cut',
          key: `cut:${i}`,
          kind: 'member_reminder',
          channelId: 'C',
          message: { kind: 'member_reminder', text: `post ${i}` },
          dueAt: new Date(Date.now() - 60_000),
        });
      }
      const gateway = new LookupGateway();
      const send = gateway.post.bind(gateway);
      // the database goes away just after the third post reaches the platform
      gateway.post = async (...args) => {
        const sent = await send(...args);
        if (gateway.posted.length === 3) await setReachable(base, scratch.url, false);
        return sent;
      };
      const options = { posts, gateway, clock: systemClock, owner: 'replica-a', leaseMs: 500 };
      await expect(dispatchDuePosts(options)).rejects.toThrow();
      expect(gateway.posted).toHaveLength(3);
      await setReachable(base, scratch.url, true);
      await new Promise((r) => setTimeout(r, 700));
      const result = await dispatchDuePosts({ ...options, owner: 'replica-b' });
      expect(result).toMatchObject({ sent: 10 - 2, uncertain: 0, failed: 0 });
      const keys = gateway.keys();
      expect(keys).toHaveLength(10);
      expect(new Set(keys).size).toBe(10);
      expect(await posts.countByStatus('W-cut')).toEqual({ sent: 10 });
    } finally {
      await app.stop();
      await scratch.drop();
    }
  }, 120_000);
});

describe('the embedded database closed or full', () => {
  it('a closed PGlite: turns get a clean error, the tick fails and is logged, readiness is false', async () => {
    const { logger, lines } = capture();
    const app = await createApp(loadConfig({ DATA_DIR: 'memory://', SCHEDULER_ENABLED: 'true' }), logger);
    expect(await consoleTurn(app, 'who can start a CAF?', logger)).toMatch(/Any practitioner/);
    await app.storage.close();
    // A command that reads the database (a question's log entry is written off the reply path).
    expect(await consoleTurn(app, 'forum list', logger)).toMatch(
      /went wrong on my side and nothing was changed/,
    );
    expect(await app.readiness.database?.().catch(() => false)).toBe(false);
    const ticker = app.startScheduler(new RecordingGateway());
    await ticker?.tick();
    await ticker?.stop();
    expect(lines.some((l) => l.msg === 'scheduler tick failed')).toBe(true);
    expect(lines.some((l) => l.msg === 'turn failed')).toBe(true);
  });

  // Disk full is simulated at the filesystem call PGlite makes (its Emscripten NODEFS writes
  // through node:fs): while `full` is set, an fs.writeSync to a file under the data directory
  // that would need new space (write past the file's current end) fails with ENOSPC, as on a full
  // volume; rewriting space a file already has still works, as it does on a real full disk (so
  // the preallocated 16 MiB WAL segment keeps working and the failure comes when a table grows).
  // Logs and test output are untouched.
  it('disk full: question log writes fail cleanly with SQLSTATE 53100, answers go on, and nothing is lost once there is space', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'joinedup-full-')), 'data');
    const { logger, lines } = capture();
    const original = fs.writeSync;
    let full = false;
    let refused = 0;
    (fs as { writeSync: unknown }).writeSync = (fd: number, ...rest: unknown[]) => {
      if (full && typeof fd === 'number') {
        let path = '';
        try {
          path = readlinkSync(`/proc/self/fd/${fd}`);
        } catch {}
        const [, , length, position] = rest as [unknown, number, number, number | null | undefined];
        const size = fs.fstatSync(fd).size;
        if (path.startsWith(dataDir) && (position ?? size) + (length ?? 0) > size) {
          refused++;
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC',
            errno: -28,
          });
        }
      }
      return (original as (...a: unknown[]) => number).call(fs, fd, ...rest);
    };
    try {
      let app = await createApp(loadConfig({ DATA_DIR: dataDir, SCHEDULER_ENABLED: 'false' }), logger);
      expect(await consoleTurn(app, 'where do I park at the civic centre', logger)).toMatch(/won't guess/);
      full = true;
      // Questions are stored until a table needs another page, which the full disk cannot give;
      // every turn is still answered, and the entries wait for space.
      const asked: string[] = [];
      let askedSinceFull = 0;
      for (let i = 0; i < 400 && askedSinceFull < 10; i++) {
        const question = `where is the wifi password kept in room ${i}`;
        expect(await consoleTurn(app, question, logger)).toMatch(/won't guess/);
        asked.push(question);
        // Written (or tried) now, rather than when the writer's next batch would go.
        await app.repos.flush();
        if (refused > 0) askedSinceFull++;
      }
      expect(refused).toBeGreaterThan(0);
      expect(lines.find((l) => l.msg === 'question log write failed; kept and retried')).toMatchObject({
        err: { sqlState: '53100' },
      });
      // reads still work while the disk is full, and the process keeps answering
      expect(await app.readiness.database?.()).toBe(true);
      expect(await consoleTurn(app, 'article caf-who-can-start', logger)).toMatch(/Sources:/);
      full = false;
      expect(await consoleTurn(app, 'where can I get a coffee nearby', logger)).toMatch(/won't guess/);
      await app.stop();

      app = await createApp(loadConfig({ DATA_DIR: dataDir, SCHEDULER_ENABLED: 'false' }), logger);
      try {
        const stored = (
          await app.storage.prisma.guidanceQuestion.findMany({ orderBy: { createdAt: 'asc' } })
        ).map((q) => q.redactedText);
        expect(stored).toEqual([
          'where do I park at the civic centre',
          ...asked,
          'where can I get a coffee nearby',
        ]);
      } finally {
        await app.stop();
      }
    } finally {
      (fs as { writeSync: unknown }).writeSync = original;
    }
  }, 180_000);
});

describe('malformed configuration', () => {
  it('lists every problem at once and exits non-zero before opening anything', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'joinedup-config-')), 'data');
    const result = await runCli(['start'], {
      env: {
        DATA_DIR: dataDir,
        LOG_LEVEL: 'loud',
        PORT: 'eighty',
        PULSE_MIN_GROUP_SIZE: '1',
        DATABASE_URL: 'mysql://db/joinedup',
        RSVP_RETENTION_DAYS: '-5',
        DATABASE_CONNECT_RETRIES: 'many',
      },
    });
    expect(result.code).toBe(1);
    for (const key of [
      'LOG_LEVEL',
      'PORT',
      'PULSE_MIN_GROUP_SIZE',
      'DATABASE_URL',
      'RSVP_RETENTION_DAYS',
      'DATABASE_CONNECT_RETRIES',
    ]) {
      expect(result.stderr).toMatch(new RegExp(`^  ${key}: `, 'm'));
    }
    expect(result.stderr).toMatch(/^The configuration is not valid:/m);
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
