import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files.ts';

const SRC = join(import.meta.dirname, '../../src');

/** Lines of files outside src/storage that match `pattern`, as `file:line: text`. */
function usesOutsideStorage(pattern: RegExp): string[] {
  const hits: string[] = [];
  for (const file of sourceFiles(SRC)) {
    if (file.startsWith('storage/')) continue;
    readFileSync(join(SRC, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (pattern.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  return hits;
}

describe('storage behind its door', () => {
  it('no file outside src/storage imports Prisma or the generated client', () => {
    expect(usesOutsideStorage(/from ['"](@prisma\/|[./]*\/storage\/(generated|client)\b)/)).toEqual([]);
    expect(usesOutsideStorage(/import\(['"][./]*\/storage\/(generated|client)\b/)).toEqual([]);
  });

  it('no file outside src/storage reaches for the Prisma client of an open storage', () => {
    expect(usesOutsideStorage(/\.prisma\b|createRepositories\(|new DataProtection\(/)).toEqual([]);
  });

  it('the check sees a use when there is one', () => {
    const seen = readFileSync(join(SRC, 'storage/bench-seed.ts'), 'utf8');
    expect(/\.prisma\b/.test(seen)).toBe(true);
  });
});
