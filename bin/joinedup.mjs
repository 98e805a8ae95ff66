#!/usr/bin/env node
// The `joinedup` command. The sources are TypeScript, bundled on first use (see load-sources.mjs)
// so there is no build step between `npm install` and `npm start`.
import { loadCli } from './load-sources.mjs';

// V8 flags are given on the command line by `npm start` and `npm run bench` (package.json), never
// changed once V8 runs: that is unsupported, and turning regexp tier-up off that way made Node 24
// crash now and then inside a regular expression's machine code. The flags keep WebAssembly (the
// embedded database, Prisma's query compiler) on V8's baseline compiler: its optimising tier
// recompiled the embedded database's hot functions during start-up, costing some 80 MiB of memory
// and 0.4 s (docs/performance.md, "Memory"). This file's first line stays plain `env node`, which
// every platform's npm and `env` understand.

// Everything joinedup writes (the embedded database, exports, backups, keys) is personal data or
// guards it: files it creates are for the account running it only (0600, directories 0700).
process.umask(0o077);

const { main } = await loadCli();
process.exitCode = await main(process.argv.slice(2));
