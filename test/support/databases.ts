import { afterAll, beforeAll, describe } from 'vitest';
import { openStorage, type Storage } from '../../src/storage/index.ts';
import { createScratchDatabase } from '../../src/storage/scratch-database.ts';
import { migratedTemplate } from './migrated-template.ts';

export interface TestDatabase {
  /** The open storage; valid inside tests (set in beforeAll). */
  readonly storage: Storage;
  /** For Postgres, a URL to a database of this test file's own. */
  readonly url?: string;
}

export { createScratchDatabase };

/**
 * Runs the same suite on PGlite always and on PostgreSQL when TEST_DATABASE_URL is set,
 * each on a fresh, migrated database (PGlite: a copy of one migrated template, see migrated-template.ts).
 */
export function describeEachDatabase(title: string, suite: (db: TestDatabase) => void): void {
  const targets: { label: string; url?: string }[] = [{ label: 'pglite' }];
  if (process.env.TEST_DATABASE_URL) targets.push({ label: 'postgres', url: process.env.TEST_DATABASE_URL });
  for (const target of targets) {
    describe(`${title} [${target.label}]`, () => {
      const state: { storage?: Storage; url?: string; drop?: () => Promise<void> } = {};
      beforeAll(async () => {
        if (target.url) {
          const scratch = await createScratchDatabase(target.url, 'joinedup_test');
          state.url = scratch.url;
          state.drop = scratch.drop;
          state.storage = await openStorage({ databaseUrl: scratch.url, dataDir: 'unused' });
        } else {
          state.storage = await openStorage({ dataDir: 'memory://', loadDataDir: await migratedTemplate() });
        }
      });
      afterAll(async () => {
        await state.storage?.close();
        await state.drop?.();
      });
      suite({
        get storage() {
          if (!state.storage) throw new Error('storage is not open yet');
          return state.storage;
        },
        get url() {
          return state.url;
        },
      });
    });
  }
}
