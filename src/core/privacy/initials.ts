import type { PersonalDataFinding } from './types.ts';

// A person written as initials with full stops: "J.B. (DOB ...)", "A.K. (aged 13)", "mum (S.M.)".
// Practitioners write a child this way in notes, and the initials with the rest of a message can
// still identify them. Abbreviations written the same way are not people.
const INITIALS = /(?<![\p{L}\p{N}.'’])(?:\p{Lu}\.[ \t]?){1,2}\p{Lu}\.(?![\p{L}\p{N}])/gu;
const ABBREVIATIONS = new Set(
  'PS PPS NB UK US EU GP PM AM DC PC DS DI SW HV TA AP QC KC OK IE EG BA MA MSC BSC PHD RE PE IT DT ICT PSHE SEN SEND DOB DSL CSC NHS DBS EHCP CAF TAF TAC LA AKA ETA RSVP ASAP FYI CV ID AD BC VIP UN NI MP USA UAE UKC'.split(
    ' ',
  ),
);
// One initial in brackets after the word for a person: "Mum (L.)", "the boys (D. and M.)".
const BRACKETED =
  /\b(?:mum|mam|mom|dad|mother|father|parent|carer|nan|gran|grandma|grandad|partner|stepdad|stepmum|boy|boys|girl|girls|child|children|kids|baby|son|daughter|sister|brother|sibling|siblings|twins)[ \t]*\(((?:\p{Lu}\.)(?:[ \t]*(?:,|and|&)[ \t]*\p{Lu}\.)*)\)/giu;

/** People written as initials ("J.B.", "R.T.", "Mum (L.)"): names, not abbreviations. */
export function detectInitials(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(INITIALS)) {
    if (ABBREVIATIONS.has(m[0].replace(/[.\s]/g, ''))) continue;
    findings.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(BRACKETED)) {
    const inner = m[1] as string;
    const at = m.index + m[0].indexOf('(') + 1;
    for (const initial of inner.matchAll(/\p{Lu}\./gu)) {
      findings.push({ kind: 'name', start: at + initial.index, end: at + initial.index + 2 });
    }
  }
  return findings;
}
