import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/** Every TypeScript file under `dir`, as paths relative to src/. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(SRC, join(e.parentPath, e.name)));
}

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
