import { defineConfig } from 'vitest/config';

/**
 * Two tiers. `unit`: pure code and services over the in-memory fakes, no database and no child
 * processes, seconds in all (`npm run test:unit`). `integration`: `*.integration.test.ts`, real
 * PGlite (and PostgreSQL when TEST_DATABASE_URL is set), adapters over real HTTP, the CLI as a
 * child process. `npm test` runs both.
 */
export default defineConfig({
  test: {
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Unit tests keep no state outside their modules' own caches, so the files of one
          // worker share loaded modules (the knowledge base, the name lists): a quarter of the time.
          isolate: false,
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.integration.test.ts'],
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.integration.test.ts'],
          // PGlite boots a WebAssembly Postgres per test file and the CLI tests start whole
          // processes; on two busy cores that takes long. These are limits, not measurements.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
