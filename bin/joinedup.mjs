#!/usr/bin/env node
// The `joinedup` command. The sources are TypeScript, run through tsx's loader so there is no
// build step between `npm install` and `npm start`.
import v8 from 'node:v8';
import { register } from 'tsx/esm/api';

// Compile regular expressions straight to machine code. By default V8 first runs each one in its
// bytecode interpreter, and building that bytecode for the safeguarding triage's large patterns
// costs about half a second on the first message; the native compiler does it in a tenth of that.
v8.setFlagsFromString('--no-regexp-tier-up');

// Everything joinedup writes (the embedded database, exports, backups, keys) is personal data or
// guards it: files it creates are for the account running it only (0600, directories 0700).
process.umask(0o077);

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
