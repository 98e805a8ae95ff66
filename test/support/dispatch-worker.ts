// A scheduler replica for the multi-process test: dispatches due posts against the database in
// DATABASE_URL, "posting" each into the test_sent table, then exits.
import pg from 'pg';
import { systemClock } from '../../src/core/shared/ports.ts';
import { dispatchDuePosts } from '../../src/scheduler/dispatch-due-posts.ts';
import { createRepositories, openStorage } from '../../src/storage/index.ts';

const url = String(process.env.DATABASE_URL);
const owner = String(process.env.WORKER_NAME);
const storage = await openStorage({ databaseUrl: url, dataDir: 'unused', migrate: false });
const sink = new pg.Client({ connectionString: url });
await sink.connect();
const { posts } = createRepositories(storage.prisma);
const gateway = {
  async post(_target: unknown, _message: unknown, key: string) {
    await sink.query('INSERT INTO test_sent (key, owner) VALUES ($1, $2)', [key, owner]);
    return { externalId: key };
  },
};
let total = 0;
for (let round = 0; round < 3; round++) {
  const result = await dispatchDuePosts({ posts, gateway, clock: systemClock, owner, batchSize: 5 });
  total += result.sent;
}
process.stdout.write(`${JSON.stringify({ owner, sent: total })}\n`);
await sink.end();
await storage.close();
