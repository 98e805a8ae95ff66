import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files.ts';

const ADAPTERS = join(import.meta.dirname, '../../src/adapters');
const MAX_LINES = 150;

/** Every TypeScript file under src/adapters, with its text. */
function adapterFiles(): { file: string; text: string }[] {
  return sourceFiles(ADAPTERS).map((file) => ({ file, text: readFileSync(join(ADAPTERS, file), 'utf8') }));
}

/** Functions (declarations, methods, arrows) longer than `max` lines, as `file:line (n lines)`. */
function longFunctions(file: string, text: string, max: number): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (last - first + 1 > max) found.push(`${file}:${first + 1} (${last - first + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('thin adapters', () => {
  it(`no function in src/adapters is over ${MAX_LINES} lines`, () => {
    expect(adapterFiles().flatMap(({ file, text }) => longFunctions(file, text, MAX_LINES))).toEqual([]);
  });

  it('no `as never` cast in src/adapters: typed Block Kit and cards instead', () => {
    const casts = adapterFiles().flatMap(({ file, text }) =>
      text
        .split('\n')
        .flatMap((line, i) => (/\bas never\b/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(casts).toEqual([]);
  });

  it('the length check sees a long function when there is one', () => {
    const body = Array.from({ length: 20 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const text = `export function long() {\n${body}\n}\nconst short = () => 1;\n`;
    expect(longFunctions('x.ts', text, 10)).toEqual(['x.ts:1 (22 lines)']);
    expect(longFunctions('x.ts', text, 30)).toEqual([]);
  });
});
