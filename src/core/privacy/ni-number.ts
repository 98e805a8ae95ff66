import type { PersonalDataFinding } from './types.ts';

// HMRC never issues D, F, I, Q, U or V in either prefix letter, nor O as the second letter.
const FIRST = '[A-CEGHJ-PR-TW-Z]';
const SECOND = '[A-CEGHJ-NPR-TW-Z]';
const NI_SHAPE = new RegExp(
  `(?<![A-Za-z0-9])(${FIRST}${SECOND})[ \\t]?(\\d{2})[ \\t]?(\\d{2})[ \\t]?(\\d{2})(?:[ \\t]?([A-D]))?(?![A-Za-z0-9])`,
  'gi',
);
const ANY_LETTERS_SHAPE =
  /(?<![A-Za-z0-9])[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}(?:[ \t]?[A-Z])?(?![A-Za-z0-9])/gi;
// Prefixes that pass the letter rules but were never allocated (or are administrative).
const UNALLOCATED = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);
const NI_LABEL = /\b(?:NI|NINO|national\s+insurance)\b[^\d\n]{0,24}$/i;

/**
 * UK National Insurance numbers: two prefix letters, six digits, suffix A-D, in any case and with
 * optional spaces ("AB 12 34 56 C"). The suffix may be omitted only when the number is labelled
 * "NI number" / "national insurance", since some systems print it without one.
 */
export function detectNiNumbers(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const labelledAt = (start: number) => NI_LABEL.test(text.slice(Math.max(0, start - 40), start));
  for (const match of text.matchAll(NI_SHAPE)) {
    const prefix = (match[1] ?? '').toUpperCase();
    if (UNALLOCATED.has(prefix)) continue;
    const start = match.index;
    if (match[5] === undefined && !labelledAt(start)) continue;
    findings.push({ kind: 'ni_number', start, end: start + match[0].length });
  }
  // Labelled "NI number", any two letters will do: a typo in a number given as one is still one.
  for (const match of text.matchAll(ANY_LETTERS_SHAPE)) {
    const start = match.index;
    if (findings.some((f) => f.start === start)) continue;
    if (!labelledAt(start)) continue;
    findings.push({ kind: 'ni_number', start, end: start + match[0].length });
  }
  return findings;
}
