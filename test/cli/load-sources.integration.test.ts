import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the command, without type declarations
import { bundledCli, sourceSignature } from '../../bin/load-sources.mjs';
import { runCli } from '../support/run-cli.ts';

describe('the command loads its sources', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function sources(): string {
    const dir = mkdtempSync(join(tmpdir(), 'joinedup-sources-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'a.ts'), 'export const a = 1;\n');
    return dir;
  }

  it('names each state of the sources: an edit, a new file or a removed one makes a new bundle', () => {
    const dir = sources();
    const first = sourceSignature({ sources: dir });
    expect(sourceSignature({ sources: dir })).toBe(first);

    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, 'a.ts'), later, later);
    const touched = sourceSignature({ sources: dir });
    expect(touched).not.toBe(first);

    writeFileSync(join(dir, 'b.ts'), 'export const b = 2;\n');
    const added = sourceSignature({ sources: dir });
    expect(added).not.toBe(touched);

    rmSync(join(dir, 'b.ts'));
    expect(sourceSignature({ sources: dir })).toBe(touched);
  });

  it('leaves tests out of the signature, and counts the package files and the tools', () => {
    const dir = sources();
    const first = sourceSignature({ sources: dir });
    writeFileSync(join(dir, 'a.test.ts'), 'it("x", () => {});\n');
    expect(sourceSignature({ sources: dir })).toBe(first);
    expect(sourceSignature({ sources: dir, tools: 'node v24' })).not.toBe(first);
    expect(sourceSignature({ sources: dir, files: [join(dir, 'a.ts')] })).not.toBe(first);
  });

  it('bundles the command, which answers with files found beside its own sources', async () => {
    const url: string | undefined = await bundledCli();
    expect(url).toMatch(/node_modules\/\.cache\/joinedup\/[0-9a-f]{16}\/cli\.js$/);
    const { stdout, code } = await runCli(['ask', '--json', 'what is a team around the family meeting for']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout.trim()).kind).toBe('answer');
  });

  it('runs the sources through tsx when told not to bundle', async () => {
    const { stdout, code } = await runCli(['ask', '--json', 'what is a team around the family meeting for'], {
      env: { JOINEDUP_NO_BUNDLE: '1' },
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout.trim()).kind).toBe('answer');
  });
});
