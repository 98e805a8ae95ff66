import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { IncomingMessage } from '../../src/core/conversation/types.ts';
import { createLogger } from '../../src/logger.ts';
import { type App, createApp } from '../../src/main.ts';
import { createScratchDatabase } from '../support/databases.ts';

const base = process.env.TEST_DATABASE_URL;

/** Ends every server connection to `database` but the admin's own, as an administrator or a failover would. */
async function terminateBackends(admin: pg.Client, database: string): Promise<number> {
  const { rows } = await admin.query<{ ended: boolean }>(
    'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [database],
  );
  return rows.filter((r) => r.ended).length;
}

function question(n: number): IncomingMessage {
  return {
    workspace: { id: 'T-loss', platform: 'slack' },
    userId: `U${n % 12}`,
    text: n % 2 === 0 ? 'who can start a CAF?' : 'when can I share information without consent?',
    eventId: `Ev-loss-${n}`,
    channelId: 'C1',
  };
}

describe.runIf(base)('PostgreSQL connections killed under load', () => {
  let app: App;
  let drop: () => Promise<void>;
  let database: string;
  const logs: Record<string, unknown>[] = [];
  const admin = new pg.Client({ connectionString: base });
  admin.on('error', () => {});

  beforeAll(async () => {
    const scratch = await createScratchDatabase(String(base), 'joinedup_loss');
    drop = scratch.drop;
    database = new URL(scratch.url).pathname.slice(1);
    const sink = new Writable({
      write(chunk: Buffer, _e, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line));
        done();
      },
    });
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: scratch.url,
      PULSE_RESPONDENT_SECRET: 'a-test-secret-of-enough-length',
      SCHEDULER_ENABLED: 'false',
    });
    app = await createApp(config, createLogger('warn', sink));
    await admin.connect();
  });

  afterAll(async () => {
    await app?.stop();
    await admin.end();
    await drop?.();
  });

  it('turns in flight fail cleanly, the process lives on, and the next turns are answered', async () => {
    // Load: 60 turns, 12 at a time, while the server ends every connection three times.
    let next = 0;
    const outcomes: ('answered' | 'failed')[] = [];
    const workers = Array.from({ length: 12 }, async () => {
      for (let n = next++; n < 60; n = next++) {
        const reply = await app.conversation.handle(question(n)).catch(() => null);
        outcomes.push(reply?.text?.includes('Source') ? 'answered' : 'failed');
      }
    });
    let killed = 0;
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      killed += await terminateBackends(admin, database);
    }
    await Promise.all(workers);
    expect(killed).toBeGreaterThan(0);
    expect(outcomes).toHaveLength(60);

    // Idle connections killed too: their `error` events must not end the process either.
    await terminateBackends(admin, database);
    await new Promise((resolve) => setTimeout(resolve, 50));

    // Recovered: every new turn is answered, on fresh connections.
    for (let n = 100; n < 106; n++) {
      const reply = await app.conversation.handle(question(n));
      expect(reply?.text).toContain('Source');
    }
    expect(await app.storage.ping().then(() => true)).toBe(true);
    // The lost connections were logged as such, without the URL.
    const lost = logs.filter((l) => l.msg === 'database connection lost; the pool replaces it');
    expect(lost.length).toBeGreaterThan(0);
    expect(JSON.stringify(logs)).not.toContain(String(base));
  });
});
