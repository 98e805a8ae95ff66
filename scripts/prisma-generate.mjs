#!/usr/bin/env node
// Generates the Prisma client without the native schema engine, which cannot be downloaded on
// every machine: `prisma generate` never runs the engine, it only checks that the configured
// binary exists, so any existing file satisfies it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const prismaCli = require.resolve('prisma/build/index.js', { paths: [root] });

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
const run = spawnSync(process.execPath, [prismaCli, 'generate'], { cwd: root, env, stdio: 'inherit' });
process.exit(run.status ?? 1);
