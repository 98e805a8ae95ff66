import type { PersonalDataFinding } from './types.ts';

// Royal Mail outward codes: A9, A99, A9A, AA9, AA99, AA9A with the per-position letter rules
// (no Q, V, X first; no I, J, Z second; restricted third/fourth letters). The inward code never
// uses C, I, K, M, O or V. GIR 0AA is the one historic exception.
const OUTWARD = '(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)';
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';
const POSTCODE = new RegExp(
  `(?<![A-Za-z0-9])(?:(${OUTWARD})[ \\t]?(${INWARD})|GIR[ \\t]?0AA)(?![A-Za-z0-9])`,
  'gi',
);

// Lower-case "s17 2nd" or "y4 3rd" are school years and sections followed by an ordinal, not
// postcodes, even though "2ND" and "3RD" are valid inward codes in capitals.
const ORDINAL_INWARD = /^(?:1st|2nd|3rd|[0-9]th)$/;

/** UK postcodes in every valid outward/inward shape, with or without the space, in any case. */
export function detectPostcodes(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const inward = match[2];
    if (inward !== undefined && ORDINAL_INWARD.test(inward)) continue;
    findings.push({ kind: 'postcode', start: match.index, end: match.index + match[0].length });
  }
  return findings;
}
