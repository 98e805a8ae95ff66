import type { PersonalDataFinding } from './types.ts';

// Case and pupil reference numbers: a unique pupil number ("UPN X139209839346": a letter and 12
// digits, found with or without its label) and any code with digits straight after a case or
// record label ("case ref CS-50129", "Mosaic no EH/2024/172", "referral ID 447146", "LCS701058").
// Each points at one child or family in an agency's records. "section 47", "level 3" and "room 12"
// have no such label and are left alone.
const UPN = /(?<![\p{L}\p{N}])[A-HJ-NP-Z]\d{12}(?![\p{L}\p{N}])/giu;
const LABEL =
  /\b(?:upn|uln|case[ \t]+(?:ref(?:erence)?|no\.?|number|id)|(?:our|your|their|the|my)[ \t]+ref(?:erence)?|ref(?:erence)?(?:[ \t]+(?:no\.?|number))?|referral[ \t]+(?:id|ref|no\.?|number)|record[ \t]+(?:id|no\.?|number)|(?:child|pupil|person|client|police|crime|yot|yjs?)[ \t]+(?:id|ref(?:erence)?|no\.?|number)|mosaic(?:[ \t]+(?:no\.?|number|id|ref))?|lcs(?:[ \t]+(?:no\.?|number|id|ref))?|eclipse(?:[ \t]+(?:id|no\.?|number))?|liquidlogic(?:[ \t]+id)?|case)(?:[ \t]*[:#]|[ \t]+is)?[ \t]*(?=[A-Za-z]{0,4}[-/]?\d)/gi;
// The code after a label: letters and digits joined by "-" or "/", with at least five digits.
const CODE = /[A-Za-z]{0,4}[-/]?\d[\dA-Za-z]*(?:[-/][\dA-Za-z]+){0,3}/y;
// "LCS701058", "HB293132": a system prefix glued to a long number.
const GLUED = /(?<![\p{L}\p{N}])(?:LCS|HB|CS|EH|CP|CIN|MASH|YJ|YOT|YOS)[-/]?\d{4,}(?![\p{L}\p{N}])/giu;

/** Reference numbers that point at a child's or family's record. */
export function detectReferenceNumbers(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(UPN))
    findings.push({ kind: 'reference', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(GLUED))
    findings.push({ kind: 'reference', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(LABEL)) {
    CODE.lastIndex = m.index + m[0].length;
    const code = CODE.exec(text);
    if (!code) continue;
    const digits = code[0].replace(/\D/g, '').length;
    // "case 2", "ref 0123": a count or a short number is not a record (case numbers run longer);
    // a code with a system's letters before four digits is one ("ref YJ2290").
    if (digits < 5 && !(digits === 4 && /^[A-Za-z]{1,4}[-/]?\d{4}$/.test(code[0]))) continue;
    findings.push({ kind: 'reference', start: code.index, end: code.index + code[0].length });
  }
  return findings;
}
