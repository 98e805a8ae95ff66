#!/usr/bin/env node
// The `joinedup` command. The sources are TypeScript, bundled on first use (see load-sources.mjs)
// so there is no build step between `npm install` and `npm start`.
import { loadCli } from './load-sources.mjs';

// No V8 flags are changed here: changing one once V8 runs is unsupported, and turning regexp
// tier-up off this way made Node 24 crash now and then with a segmentation fault inside a
// regular expression's machine code, before any message reached stderr.

// Everything joinedup writes (the embedded database, exports, backups, keys) is personal data or
// guards it: files it creates are for the account running it only (0600, directories 0700).
process.umask(0o077);

const { main } = await loadCli();
process.exitCode = await main(process.argv.slice(2));
