#!/usr/bin/env -S node --no-wasm-dynamic-tiering --no-wasm-tier-up
// The `joinedup` command. The sources are TypeScript, bundled on first use (see load-sources.mjs)
// so there is no build step between `npm install` and `npm start`.
import { loadCli } from './load-sources.mjs';

// V8 flags are given on the command line (this file's first line, and `npm start` / `npm run bench`
// in package.json, which must agree), never changed once V8 runs: that is unsupported, and turning
// regexp tier-up off that way made Node 24 crash now and then inside a regular expression's machine
// code. The flags keep WebAssembly (the embedded database, Prisma's query compiler) on V8's baseline
// compiler: its optimising tier recompiled the embedded database's hot functions during start-up,
// costing some 80 MiB of memory and 0.4 s (docs/performance.md, "Memory").

// Everything joinedup writes (the embedded database, exports, backups, keys) is personal data or
// guards it: files it creates are for the account running it only (0600, directories 0700).
process.umask(0o077);

const { main } = await loadCli();
process.exitCode = await main(process.argv.slice(2));
