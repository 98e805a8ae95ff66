import type { PersonalDataFinding } from './types.ts';

// A UK number written nationally (leading 0, maybe bracketed area code) or internationally
// (+44 / 0044, maybe "(0)"), then digits with at most one separator between them. The digit count
// is bounded so the engine cannot wander, and is checked precisely afterwards.
const PHONE_SHAPE =
  /(?<![\w+])(?<!\d[ -])(?:(?:\+|00)44[ -]?(?:\(0\)[ -]?)?|\(?0)\d(?:[ -]?\)?[ -]?\d){8,9}(?!\d)/g;

/**
 * UK mobiles (07...) and geographic landlines (01, 02) in common spacings. Non-geographic 03
 * numbers (0300 for public bodies and charities, 0330, 0345 ...) and freephone and premium 08/09
 * numbers are organisations' lines (the MASH on 0300 123 4567, NSPCC 0808 800 5000), not a family's,
 * so they are left alone, as are times, years and short counts, which lack the leading 0 / +44.
 */
export function detectPhoneNumbers(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(PHONE_SHAPE)) {
    const raw = match[0];
    // "+44 (0)113": the bracketed trunk zero is not part of the international number.
    let digits = raw.replace(/\(0\)/, '').replace(/\D/g, '');
    if (raw.startsWith('+') || raw.startsWith('00')) digits = `0${digits.replace(/^(?:00)?44/, '')}`;
    const range = digits[1];
    const valid =
      (digits.length === 11 && (range === '1' || range === '2' || range === '7')) ||
      // A few rural 01 areas still have ten-digit numbers (e.g. 016977 xxxx).
      (digits.length === 10 && range === '1');
    if (valid) findings.push({ kind: 'phone', start: match.index, end: match.index + raw.length });
  }
  return findings;
}
