import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as frames from '../../../src/core/guidance/triage/message-frames.ts';
import { ALL_RULES, normaliseForTriage } from '../../../src/core/guidance/triage/triage-normalise.ts';
import { gatedTest, literalGate, mayMatch } from '../../../src/core/shared/literal-gate.ts';

const root = join(import.meta.dirname, '../../..');

describe('literal gates', () => {
  it('reads the literal text every match must contain', () => {
    expect(literalGate(/\bfoo(?:bar|baz)?\b/)).toEqual([['foo']]);
    expect(literalGate(/cat|dog/g)).toEqual([['cat', 'dog']]);
    expect(literalGate(/(?:hit|kick)s? (?:him|her)/)).toEqual(
      expect.arrayContaining([expect.arrayContaining(['hit', 'kick'])]),
    );
    // `s+` needs one s at least: "kis" and "s" are both in every match.
    expect(literalGate(/kis+ed/)).toEqual(expect.arrayContaining([['kis']]));
  });

  it('asks nothing of what a match may leave out', () => {
    expect(literalGate(/(?:foo)?[a-z]+/)).toEqual([]);
    expect(literalGate(/foo|\d+/)).toEqual([]);
    expect(literalGate(/(?=danger)\w+/)).toEqual([]);
    expect(literalGate(/(?:ab){0,3}c?/)).toEqual([]);
    // The flags it does not follow (case-insensitive, unicode sets) let every text through.
    expect(literalGate(/danger/i)).toEqual([]);
    expect(literalGate(/danger/u)).toEqual([]);
  });

  it('keeps out texts the expression cannot match, and lets in those it can', () => {
    const pattern = /\b(?:hit|kicked|punched) (?:him|her)\b/;
    const gate = literalGate(pattern);
    expect(mayMatch(gate, 'what is a caf for')).toBe(false);
    expect(mayMatch(gate, 'dad kicked her last night')).toBe(true);
    expect(gatedTest(pattern, 'dad kicked her last night')).toBe(true);
    // Through the gate is not a match: the expression still decides.
    expect(gatedTest(pattern, 'her kicked')).toBe(false);
  });

  it('reads braces as a quantifier, or as themselves when they make none', () => {
    // aab, aaab...: each holds "ab", and "a".
    expect(literalGate(/a{2,}b/)).toEqual(expect.arrayContaining([['ab'], ['a']]));
    expect(literalGate(/x{,3}/)).toEqual([['x{,3}']]);
    expect(mayMatch(literalGate(/a{2,}b/), 'aaab')).toBe(true);
  });

  // The property that makes skipping safe, on every message the repository holds: no triage rule
  // or frame that matches a message is ever kept from it by its gate.
  it('never keeps a triage rule or frame from a message it matches', () => {
    const messages: string[] = [];
    const read = (file: string) => {
      for (const item of JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>[])
        messages.push(item.text ?? item.q ?? '');
    };
    for (const half of ['tuning', 'check']) {
      read(`eval/triage/${half}.json`);
      read(`eval/guidance/${half}.json`);
    }
    for (const dir of ['src/core/guidance/triage/training', 'src/core/guidance/triage/held-out'])
      for (const file of readdirSync(join(root, dir))) if (file.endsWith('.json')) read(join(dir, file));
    expect(messages.length).toBeGreaterThan(3000);

    const patterns = [...ALL_RULES.map((rule) => rule.pattern), ...Object.values(frames)].filter(
      (p): p is RegExp => p instanceof RegExp,
    );
    const gates = patterns.map((p) => literalGate(p));
    // Gates that ask nothing would pass this test trivially: most rules must have one.
    expect(gates.filter((g) => g.length > 0).length).toBeGreaterThan(patterns.length * 0.9);

    const blocked: string[] = [];
    let skipped = 0;
    for (const message of messages) {
      const { text } = normaliseForTriage(message);
      patterns.forEach((pattern, i) => {
        pattern.lastIndex = 0;
        const matches = pattern.test(text);
        const may = mayMatch(gates[i] ?? [], text);
        if (!may) skipped++;
        if (matches && !may) blocked.push(`${pattern.source.slice(0, 40)} | ${text}`);
      });
    }
    expect(blocked).toEqual([]);
    // And the gates do their work: most rule runs on most messages are skipped.
    expect(skipped).toBeGreaterThan(messages.length * patterns.length * 0.5);
  }, 180_000);
});
