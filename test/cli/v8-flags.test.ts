import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** The command's entry point and every source file it loads. */
function shippedFiles(): string[] {
  const src = readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|js)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  return [join(root, 'bin/joinedup.mjs'), join(root, 'bin/load-sources.mjs'), ...src];
}

describe('V8 flags', () => {
  // `v8.setFlagsFromString('--no-regexp-tier-up')` in bin/joinedup.mjs made Node 24 die now and
  // then of a segmentation fault inside a regular expression's machine code (seen in a core dump),
  // so a refused start ended with nothing on stderr. Node documents flag changes after start-up
  // as unsafe; flags belong on the command line.
  it('are never changed while the process runs', () => {
    const changing = shippedFiles().filter((f) => /setFlagsFromString/.test(readFileSync(f, 'utf8')));
    expect(changing).toEqual([]);
  });
});
