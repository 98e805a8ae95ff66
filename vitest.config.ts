import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import DurationSequencer from './test/support/duration-sequencer.ts';

/**
 * Two tiers. `unit`: pure code and services over the in-memory fakes, no database and no child
 * processes, seconds in all (`npm run test:unit`). `integration`: `*.integration.test.ts`, real
 * PGlite (and PostgreSQL when TEST_DATABASE_URL is set), adapters over real HTTP, the CLI as a
 * child process. `npm test` runs both.
 */
/** Test files run at once at the least (`VITEST_MAX_WORKERS=n` or `--maxWorkers=n` override it). */
const WORKERS = 2;

export default defineConfig({
  test: {
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a two-core machine,
    // the whole suite one file after another. Integration files spend much of their time waiting on
    // child processes, PostgreSQL and Chromium, so two files at once take about half as long there
    // (three were no faster).
    maxWorkers: Math.max(WORKERS, availableParallelism() - 1),
    // Longest files first, by recorded durations, so the workers finish together.
    sequence: { sequencer: DurationSequencer },
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
          // Files of one worker share loaded modules here too: each file still opens its own
          // databases, servers and processes and closes them, and the app keeps its state in
          // what it creates (caches hang off the database client), so a fresh module graph per
          // file bought nothing but a second or two of imports each, a sixth of the suite.
          // A test that changes process-wide state (process.env, timers) puts it back.
          isolate: false,
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
