import type { PersonalDataFinding } from './types.ts';

// Three, three and four digits with one optional space or hyphen between groups. The lookarounds
// refuse a match glued to other digits ("+44 113 496 0000" must stay a phone number) and anchor
// the scan so a long run of digits cannot make the engine retry from every position expensively.
// (A bare 4 after it, then a word, is "for": "nhs 401-023-2137 4 the baby".)
const NHS_SHAPE =
  /(?<!\d[ -]?)(?<![\w+])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!-?\d|[ ](?!4[ \t]+[A-Za-z])\d)(?!\w)/g;

// Other groupings of ten digits, counted only after an NHS label: "NHS 6761 411 696".
const NHS_OTHER_GROUPING = /(?<![\d\w+])\d{2,5}(?:[ -]\d{2,5}){1,3}(?![ -]?\d)(?!\w)/g;

// "NHS number", "NHS no:", "NHS #", "his NHS number is", "nhs no 4 baby? ive got": a short gap
// with no line break and no digits but "4" typed for "for".
const NHS_LABEL = /\bNHS\b(?:[^\d\n]|(?<=[ \t])4(?=[ \t])){0,32}$/i;

/**
 * True when the ten digits pass the NHS Modulus 11 check: weights 10 down to 2 on the first nine
 * digits, check digit = 11 - (sum mod 11), where 11 means 0 and 10 means no valid number exists.
 */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[ -]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/**
 * Ten-digit NHS numbers. Unlabelled ones count only with a valid check digit, because bare ten-digit
 * strings are also reference numbers and the like. A number explicitly labelled "NHS number" is
 * flagged even when the check digit fails: the practitioner clearly meant one, and a typo in it is
 * still a near-unique identifier.
 */
export function detectNhsNumbers(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const labelledAt = (start: number) => NHS_LABEL.test(text.slice(Math.max(0, start - 40), start));
  for (const match of text.matchAll(NHS_SHAPE)) {
    const start = match.index;
    const end = start + match[0].length;
    // Labelled, or listed after one that was: "NHS numbers 943 476 5919 and 512 334 7799".
    const listed = findings.some((f) => /^[ \t]*(?:,|and|&|\/)[ \t]*$/.test(text.slice(f.end, start)));
    const labelled = listed || labelledAt(start);
    if (labelled || isValidNhsNumber(match[0])) findings.push({ kind: 'nhs_number', start, end });
  }
  // Labelled, ten digits grouped another way: "NHS no 3425 848 186".
  for (const match of text.matchAll(NHS_OTHER_GROUPING)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0].replace(/\D/g, '').length !== 10 || findings.some((f) => f.start === start)) continue;
    if (labelledAt(start)) findings.push({ kind: 'nhs_number', start, end });
  }
  return findings;
}
