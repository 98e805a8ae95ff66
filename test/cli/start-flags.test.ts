import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startFlags } from '../../src/bench/run-bench.ts';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  scripts: Record<string, string>;
};
const flagsOf = (command: string) => command.split(/\s+/).filter((word) => word.startsWith('--'));

describe('the Node flags the bot runs with', () => {
  it('are the same for `npm start`, `npm run bench` and the bench’s start-up', () => {
    const start = flagsOf(pkg.scripts.start ?? '');
    expect(start).toContain('--no-wasm-dynamic-tiering');
    expect(flagsOf(pkg.scripts.bench ?? '')).toEqual(start);
    expect(startFlags()).toEqual(start);
  });

  it('leave the command’s first line plain, for any platform’s env and npm', () => {
    const shebang = readFileSync(new URL('bin/joinedup.mjs', root), 'utf8').split('\n')[0];
    expect(shebang).toBe('#!/usr/bin/env node');
  });

  it('are flags this Node accepts on the command line', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, [...startFlags(), '-e', 'process.stdout.write("ok")'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('ok');
  });
});
