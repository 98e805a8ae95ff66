import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStorage } from '../../src/storage/index.ts';
import { createScratchDatabase } from '../support/databases.ts';
import { migratedDataDir } from '../support/migrated-data-dir.ts';
import { binPath, projectRoot, startServing } from '../support/run-cli.ts';

/** A `joinedup start` replica whose console gateway prints each post it sends on stdout. */
function startReplica(env: Record<string, string>) {
  const child = spawn(process.execPath, [binPath, 'start'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const state = { stdout: '', stderr: '' };
  child.stdout.on('data', (c: Buffer) => {
    state.stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    state.stderr += c.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const sent = () => [...state.stdout.matchAll(/📣 \[C\] load post (\d+)/g)].map((m) => Number(m[1]));
  return { child, state, exit, sent };
}

const until = async (what: () => boolean | Promise<boolean>, ms: number) => {
  const deadline = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('a running bot with operations endpoints', () => {
  it('is ready, counts answers in /metrics, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = await migratedDataDir('joinedup-ops-');
    const { child, url, stderr, exited } = await startServing({ DATA_DIR: dataDir });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    let ready = 0;
    for (let i = 0; i < 50 && ready !== 200; i++) {
      ready = (await fetch(`${url}/readyz`)).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(ready).toBe(200);

    child.stdin.write('what is a team around the child\n');
    let metrics = '';
    for (let i = 0; i < 50 && !/joinedup_questions_total\{kind="answer"/.test(metrics); i++) {
      await new Promise((r) => setTimeout(r, 200));
      metrics = await (await fetch(`${url}/metrics`)).text();
    }
    expect(metrics).toMatch(/joinedup_questions_total\{kind="answer",app="joinedup"\} 1/);
    // the question text never reaches the logs
    expect(stderr()).not.toMatch(/team around the child/);

    child.kill('SIGTERM');
    // 0, not 1: it finished before its own deadline (SHUTDOWN_TIMEOUT_MS) would have ended it.
    expect(await exited).toBe(0);
    expect(stderr()).toMatch(/shutting down/);
    // the embedded database was closed and its lock released
    expect(existsSync(join(dataDir, 'joinedup.lock'))).toBe(false);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'SIGTERM while due posts are going out: nothing lost, nothing sent twice, and a second replica takes the rest at once',
    async () => {
      const total = 4000;
      const scratch = await createScratchDatabase(String(process.env.TEST_DATABASE_URL));
      const storage = await openStorage({ databaseUrl: scratch.url, dataDir: 'unused' });
      await storage.close();
      const db = new pg.Client({ connectionString: scratch.url });
      await db.connect();
      try {
        await db.query("INSERT INTO workspace (id, platform) VALUES ('local', 'console')");
        await db.query(
          `INSERT INTO scheduled_post (id, workspace_id, key, kind, channel_id, payload, due_at, updated_at)
           SELECT gen_random_uuid()::text, 'local', 'load:' || i, 'member_reminder', 'C',
                  jsonb_build_object('kind', 'member_reminder', 'text', 'load post ' || i),
                  now() - interval '1 minute', now()
           FROM generate_series(0, $1::int - 1) AS i`,
          [total],
        );
        const env = {
          DATABASE_URL: scratch.url,
          PULSE_RESPONDENT_SECRET: 'a-test-secret-of-enough-length',
          DASHBOARD_SECRET: 'a-dashboard-secret-of-at-least-32-characters',
        };
        const statuses = async () =>
          Object.fromEntries(
            (
              await db.query<{ status: string; n: number }>(
                "SELECT status, count(*)::int AS n FROM scheduled_post WHERE workspace_id = 'local' GROUP BY status",
              )
            ).rows.map((r) => [r.status, r.n]),
          );

        // Replica A starts sending; SIGTERM arrives part-way through.
        const a = startReplica(env);
        await until(() => a.sent().length >= 200, 90_000);
        const signalled = Date.now();
        a.child.kill('SIGTERM');
        // 0, not 1: it stopped before its own deadline (SHUTDOWN_TIMEOUT_MS) would have ended it.
        expect(await a.exit).toBe(0);
        const shutdownMs = Date.now() - signalled;
        const sentByA = a.sent();
        expect(sentByA.length).toBeLessThan(total);
        // every post A claimed but had not sent went back at once: none is left leased or in doubt
        const afterA = await statuses();
        expect(afterA).toEqual({ sent: sentByA.length, pending: total - sentByA.length });
        const leased = await db.query(
          'SELECT count(*)::int AS n FROM scheduled_post WHERE lease_owner IS NOT NULL',
        );
        expect(leased.rows[0].n).toBe(0);

        // Replica B picks up the rest straight away (no lease to wait out).
        const bStarted = Date.now();
        const b = startReplica(env);
        await until(async () => (await statuses()).sent === total, 60_000);
        const takeOverMs = Date.now() - bStarted;
        b.child.kill('SIGTERM');
        expect(await b.exit).toBe(0);
        const sentByB = b.sent();

        const all = [...sentByA, ...sentByB];
        expect(all).toHaveLength(total);
        expect(new Set(all).size).toBe(total);
        expect(sentByA.filter((i) => sentByB.includes(i))).toEqual([]);
        expect(await statuses()).toEqual({ sent: total });
        expect(a.state.stderr).toMatch(/shutting down/);
        // for the record: how fast the hand-over was
        process.stderr.write(
          `graceful shutdown: A sent ${sentByA.length}, stopped in ${shutdownMs} ms; B sent ${sentByB.length}, all sent ${takeOverMs} ms after B started\n`,
        );
      } finally {
        await db.end();
        await scratch.drop();
      }
    },
    240_000,
  );
});
