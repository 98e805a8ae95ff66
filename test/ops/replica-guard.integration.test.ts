import { describe, expect, it } from 'vitest';
import { migratedDataDir } from '../support/migrated-data-dir.ts';
import { runCli, startServing } from '../support/run-cli.ts';

describe('replicas on the embedded database', () => {
  it('refuses a second `joinedup start` on the same DATA_DIR with a message naming the rule, and the first keeps serving', async () => {
    const dataDir = await migratedDataDir('joinedup-replica-');
    const { child: first, url, exited } = await startServing({ DATA_DIR: dataDir });
    try {
      const second = await runCli(['start'], { env: { DATA_DIR: dataDir }, input: 'who can start a CAF?\n' });
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(
        new RegExp(
          `The embedded database in \\S+ is in use by process ${first.pid}\\. PGlite allows one process only, so replicas cannot share a DATA_DIR: stop the other one, or set DATABASE_URL to a PostgreSQL server to run several replicas\\.`,
        ),
      );
      expect(second.stdout).not.toMatch(/Any practitioner/);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    } finally {
      first.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 180_000);
});
