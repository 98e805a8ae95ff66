import type { PersonalDataFinding } from './types.ts';

// A UK number written nationally (leading 0, maybe bracketed area code) or internationally
// (+44 / 0044, maybe "(0)"), then digits with at most one separator between them. The digit count
// is bounded so the engine cannot wander, and is checked precisely afterwards.
const PHONE_SHAPE =
  /(?<![\w+])(?<!\d[ -])(?:(?:\+|00)44[ -]?(?:\(0\)[ -]?)?|\(?0)\d(?:[ -]?\)?[ -]?\d){8,9}(?!\d)/g;

// A non-geographic 03 number (0300 for public bodies and charities, 0330, 0345 ...) is a service's
// line when the message says so ("the MASH is on 0300 123 4567", "out of hours: 0345 ..."), and no
// one's own: 0330 and 0333 numbers are also sold to households ("mums number 0330 100 2000").
const SERVICE_WORDS = String.raw`(?:mash|hub|line|helpline|duty|front ?door|team|service|services|switchboard|out of (?:hours|hrs)|ooh|spa|lado|camhs|police|council|office|reception|referrals?|self-?refer|advice|consultations?|nspcc|childline|edt|helpdesk|contact centre|handbook|interpreters?|bookings?|access)`;
const SERVICE_BEFORE = new RegExp(String.raw`\b${SERVICE_WORDS}\b[^.\n]{0,55}$`, 'i');
const SERVICE_AFTER = new RegExp(String.raw`^[^.\n]{0,40}\b${SERVICE_WORDS}\b`, 'i');
const PERSON_BEFORE =
  /\b(?:mum|mam|dad|nan|gran|parents?|carer|her|his|their|family|families|famil|mob|mobile|landline|home|personal|own|he|she|they|kid|child)\b[^.\n]{0,30}$/i;

/**
 * UK mobiles (07...) and landlines (01, 02, and 03 unless it is a service's line) in common
 * spacings. Freephone and premium 08/09 numbers are organisation helplines (e.g. NSPCC 0808 800
 * 5000), not personal data, so they are left alone, as are times, years and short counts, which
 * lack the leading 0 / +44.
 */
function serviceLine(before: string, after: string): boolean {
  return (SERVICE_BEFORE.test(before) || SERVICE_AFTER.test(after)) && !PERSON_BEFORE.test(before);
}

export function detectPhoneNumbers(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(PHONE_SHAPE)) {
    const raw = match[0];
    // "+44 (0)113": the bracketed trunk zero is not part of the international number.
    let digits = raw.replace(/\(0\)/, '').replace(/\D/g, '');
    if (raw.startsWith('+') || raw.startsWith('00')) digits = `0${digits.replace(/^(?:00)?44/, '')}`;
    const range = digits[1];
    const valid =
      (digits.length === 11 &&
        (range === '1' ||
          range === '2' ||
          range === '7' ||
          (range === '3' &&
            !serviceLine(
              text.slice(Math.max(0, match.index - 60), match.index),
              text.slice(match.index + raw.length, match.index + raw.length + 60),
            )))) ||
      // A few rural 01 areas still have ten-digit numbers (e.g. 016977 xxxx).
      (digits.length === 10 && range === '1');
    if (valid) findings.push({ kind: 'phone', start: match.index, end: match.index + raw.length });
  }
  return findings;
}
