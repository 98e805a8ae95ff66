import { spawn } from 'node:child_process';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createRepositories, openStorage } from '../../src/storage/index.ts';
import { createScratchDatabase } from '../support/databases.ts';
import { projectRoot } from '../support/run-cli.ts';

function runWorker(url: string, name: string): Promise<{ owner: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/dispatch-worker.ts'], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url, WORKER_NAME: name },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.once('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim())) : reject(new Error(err))));
  });
}

describe.runIf(process.env.TEST_DATABASE_URL)('two scheduler processes on one PostgreSQL', () => {
  it('send each of 300 due posts exactly once between them', async () => {
    const scratch = await createScratchDatabase(String(process.env.TEST_DATABASE_URL));
    const storage = await openStorage({ databaseUrl: scratch.url, dataDir: 'unused' });
    try {
      const { posts } = createRepositories(storage.prisma);
      const due = new Date(Date.now() - 60_000);
      for (let i = 0; i < 300; i++) {
        await posts.schedule({
          workspaceId: 'W-replicas',
          key: `replica:${i}`,
          kind: 'member_reminder',
          channelId: 'C1',
          message: { kind: 'member_reminder', text: `post ${i}` },
          dueAt: due,
        });
      }
      await storage.prisma.$executeRawUnsafe(
        'CREATE TABLE test_sent (key text NOT NULL, owner text NOT NULL)',
      );
      const results = await Promise.all([
        runWorker(scratch.url, 'replica-1'),
        runWorker(scratch.url, 'replica-2'),
      ]);

      const client = new pg.Client({ connectionString: scratch.url });
      await client.connect();
      const sent = await client.query<{ key: string; n: string }>(
        'SELECT key, count(*) AS n FROM test_sent GROUP BY key',
      );
      await client.end();
      expect(sent.rows).toHaveLength(300);
      expect(sent.rows.filter((r) => Number(r.n) !== 1)).toEqual([]);
      expect(results.reduce((a, r) => a + r.sent, 0)).toBe(300);
      expect(await posts.countByStatus('W-replicas')).toEqual({ sent: 300 });
    } finally {
      await storage.close();
      await scratch.drop();
    }
  }, 120_000);
});
