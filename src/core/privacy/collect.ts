import type { PersonalDataFinding } from './types.ts';

/**
 * A finding of `kind` for every match of `pattern` (global) in `text`: the whole match, or the
 * capture `group` when the match ends with it; trailing spaces are left out.
 */
export function collect(
  pattern: RegExp,
  text: string,
  kind: PersonalDataFinding['kind'],
  group = 0,
): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[group] ?? '';
    const start = match.index + match[0].length - value.length;
    findings.push({ kind, start, end: start + value.replace(/[ \t]+$/, '').length });
  }
  return findings;
}
