import type { PersonalDataFinding } from './types.ts';

// Royal Mail outward codes: A9, A99, A9A, AA9, AA99, AA9A with the per-position letter rules
// (no Q, V, X first; no I, J, Z second; restricted third/fourth letters). The inward code never
// uses C, I, K, M, O or V. GIR 0AA is the one historic exception.
const OUTWARD = '(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)';
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';
/**
 * A postcode district alone ("SR4", "l1", "ws10"): one of the single-letter areas (B, E, G, L, M, N,
 * S, W) or two letters, not a school year, key stage or week ("yr2", "ks2", "wk3").
 */
export const DISTRICT =
  '(?:[BEGLMNSW][0-9][0-9A-HJKPSTUW]?|(?!yr|ks|wk|pm|am|fs)[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)';
const POSTCODE = new RegExp(
  `(?<![A-Za-z0-9])(?:(${OUTWARD})[ \\t]?(${INWARD})|GIR[ \\t]?0AA)(?![A-Za-z0-9])`,
  'gi',
);

// Lower-case "s17 2nd" or "y4 3rd" are school years and sections followed by an ordinal, not
// postcodes, even though "2ND" and "3RD" are valid inward codes in capitals.
const ORDINAL_INWARD = /^(?:1st|2nd|3rd|[0-9]th)$/;

const AFTER_ADDRESS =
  /\b(?:road|rd|street|st|lane|ln|avenue|ave|close|drive|way|court|crescent|grove|gardens|terrace|place|walk|hill|rise|view|mews|square|row|green|parade|postcode|post code)\b[ \t,.]*$/i;

// After a street or a "postcode" label, a postcode's shape with letters Royal Mail never uses in the
// inward code ("4 Thrush Lane, WF10 2KA") is still someone's postcode, mistyped or made up.
// In capitals only, and never a time ("3pm", "4AM").
const LOOSE_POSTCODE = new RegExp(
  `(?<![A-Za-z0-9])${OUTWARD}[ \\t]?[0-9](?!AM|PM)[A-Z]{2}(?![A-Za-z0-9])`,
  'g',
);

/** UK postcodes in every valid outward/inward shape, with or without the space, in any case. */
export function detectPostcodes(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const inward = match[2];
    // ...unless it sits straight after an address ("mum at 4 Elm Road b33 8th").
    if (
      inward !== undefined &&
      ORDINAL_INWARD.test(inward) &&
      !AFTER_ADDRESS.test(text.slice(Math.max(0, match.index - 40), match.index))
    )
      continue;
    findings.push({ kind: 'postcode', start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(LOOSE_POSTCODE)) {
    if (findings.some((f) => f.start === match.index)) continue;
    if (!AFTER_ADDRESS.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    if (ORDINAL_INWARD.test(match[0].slice(-3).toLowerCase())) continue;
    findings.push({ kind: 'postcode', start: match.index, end: match.index + match[0].length });
  }
  return findings;
}
