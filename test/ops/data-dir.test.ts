import { chmodSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/shared/errors.ts';
import { makeDataDirPrivate, prepareDataDir } from '../../src/ops/data-dir.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

function refusal(dataDir: string): string {
  try {
    prepareDataDir(dataDir);
  } catch (error) {
    expect(isAppError(error, 'DATA_DIR_UNUSABLE')).toBe(true);
    return (error as Error).message;
  }
  throw new Error(`${dataDir} was accepted`);
}

describe('the private data directory', () => {
  it('takes group and other permissions away from every directory and file, and counts what it changed', () => {
    const root = mkdtempSync(join(tmpdir(), 'joinedup-private-'));
    const data = join(root, 'data');
    mkdirSync(join(data, 'pglite', 'base'), { recursive: true, mode: 0o777 });
    chmodSync(data, 0o755);
    chmodSync(join(data, 'pglite'), 0o777);
    chmodSync(join(data, 'pglite', 'base'), 0o750);
    writeFileSync(join(data, 'pglite', 'base', '1234'), 'rows', { mode: 0o666 });
    writeFileSync(join(data, 'respondent.secret'), 'key', { mode: 0o644 });
    writeFileSync(join(data, 'already-private'), 'x', { mode: 0o400 });
    // A link to a file outside is not followed: its target keeps its own mode.
    const outside = join(root, 'outside.txt');
    writeFileSync(outside, 'not ours', { mode: 0o644 });
    symlinkSync(outside, join(data, 'link'));

    expect(makeDataDirPrivate(data)).toEqual({ tightened: 5, failed: 0 });
    expect(mode(data)).toBe(0o700);
    expect(mode(join(data, 'pglite'))).toBe(0o700);
    expect(mode(join(data, 'pglite', 'base'))).toBe(0o700);
    expect(mode(join(data, 'pglite', 'base', '1234'))).toBe(0o600);
    expect(mode(join(data, 'respondent.secret'))).toBe(0o600);
    expect(mode(join(data, 'already-private'))).toBe(0o400);
    expect(mode(outside)).toBe(0o644);
    // A second pass has nothing left to do.
    expect(makeDataDirPrivate(data)).toEqual({ tightened: 0, failed: 0 });
  });

  it('creates DATA_DIR and its database folder as 0700', () => {
    const data = join(mkdtempSync(join(tmpdir(), 'joinedup-private-')), 'a', 'b');
    expect(prepareDataDir(data)).toEqual({ hadDatabase: false });
    expect(mode(data)).toBe(0o700);
    expect(mode(join(data, 'pglite'))).toBe(0o700);
  });

  it('refuses an unusable DATA_DIR with one sentence naming the path and the problem', () => {
    const root = mkdtempSync(join(tmpdir(), 'joinedup-unusable-'));
    const file = join(root, 'file');
    writeFileSync(file, 'x');
    expect(refusal(file)).toBe(`Cannot use DATA_DIR ${file}: it is a file, not a directory.`);
    expect(refusal(join(file, 'data'))).toBe(
      `Cannot use DATA_DIR ${join(file, 'data')}: ${file} is a file, not a directory.`,
    );
    const pgliteFile = join(root, 'pglite-file');
    mkdirSync(pgliteFile);
    writeFileSync(join(pgliteFile, 'pglite'), 'x');
    expect(refusal(pgliteFile)).toMatch(/pglite is a file, not a directory\.$/);
    // Files that are not a database: PGlite would try to create one among them and never finish.
    const junk = join(root, 'junk');
    mkdirSync(join(junk, 'pglite'), { recursive: true });
    writeFileSync(join(junk, 'pglite', 'notes.txt'), 'x');
    expect(refusal(junk)).toMatch(/pglite holds files but no database/);
    for (const message of [refusal(file), refusal(junk)]) expect(message.split(/\.\s/).length).toBe(1);
  });
});
