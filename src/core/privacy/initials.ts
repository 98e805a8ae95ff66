import { isCommonWord } from './common-words.ts';
import { ENGLISH_WORDS, GIVEN_NAMES, OTHER_NAMES, SURNAMES } from './name-lists.ts';
import type { PersonalDataFinding } from './types.ts';

// A person written as initials with full stops: "J.B. (DOB ...)", "A.K. (aged 13)", "a boy, R.S.,
// who". Abbreviations are written the same way ("C.P.", "D.V.", "S.G.O.?"), so two initials are a
// person only where the message says who they are: an age, a date of birth or a year group after
// them, a relative's word or "'s mum" after them, or the word for a child or a naming cue before.
const INITIALS = /(?<![\p{L}\p{N}.'’])\p{Lu}\.[ \t]?\p{Lu}\.(?![\p{L}\p{N}]|[ \t]?\p{Lu}\.)/gu;
const PERSON_AFTER =
  /^(?:['’]s[ \t]+(?:mum|mam|dad|mother|father|nan|gran|sister|brother|carer|family|school|teacher)\b|[ \t]*\([ \t]*(?:aged?[ \t]*\d|\d{1,2}\b|dob\b|d\.o\.b|born\b|y(?:ea)?r?[ \t]*\d|reception\b)|[ \t]*,?[ \t]+(?:aged?[ \t]+\d|dob\b|born\b|\d{1,2}[ \t]*(?:yo|y\/o|yrs?|years?)\b|in[ \t]+y(?:ea)?r?[ \t]*\d)|[ \t]*,[ \t]+(?:who|an?[ \t]+(?:adult|man|woman|male|female|boy|girl))\b)/i;
const PERSON_BEFORE =
  /\b(?:boy|girl|child|pupil|student|son|daughter|sister|brother|sibling|baby|toddler|mum|mam|dad|mother|father|young person|yp|regarding|concerning|referral for|refer(?:ring)? to (?:the child|him|her) as|known as|called|named|nickname|nicknamed)[ \t]*[,:]?[ \t]*$/i;
// Initials in brackets after the word for a person: "Mum (L.)", "mum (S.M.)", "the boys (D. and M.)".
const BRACKETED =
  /\b(?:mum|mam|mom|dad|mother|father|parent|carer|nan|gran|grandma|grandad|partner|stepdad|stepmum|boy|boys|girl|girls|child|children|kids|baby|son|daughter|sister|brother|sibling|siblings|twins)[ \t]*\(((?:\p{Lu}\.(?:[ \t]?\p{Lu}\.)?)(?:[ \t]*(?:,|and|&)[ \t]*\p{Lu}\.(?:[ \t]?\p{Lu}\.)?)*)\)/giu;

/** People written as initials where the message says who they are ("J.B. (DOB ...)", "Mum (L.)"). */
export function detectInitials(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(INITIALS)) {
    const end = m.index + m[0].length;
    const said =
      PERSON_AFTER.test(text.slice(end, end + 30)) ||
      PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (said) findings.push({ kind: 'name', start: m.index, end });
  }
  for (const m of text.matchAll(BRACKETED)) {
    const inner = m[1] as string;
    const at = m.index + m[0].indexOf('(') + 1;
    for (const initial of inner.matchAll(/\p{Lu}\.(?:[ \t]?\p{Lu}\.)?/gu)) {
      findings.push({ kind: 'name', start: at + initial.index, end: at + initial.index + initial[0].length });
    }
  }
  return findings;
}

// Initials or another given name in brackets straight after a name: "Kyle (K.L.), aged 12",
// "[name] (K.B., 15)", "'Tash' (Natasha), 15". Only a given name that is no everyday word:
// "[name] (Mum)", "[name] (deceased)" say who or what.
const ALIAS_IN_BRACKETS =
  /^["'”’]?[ \t]*\([ \t]*(\p{Lu}\.[ \t]?\p{Lu}\.(?:[ \t]?\p{Lu}\.)?|\p{Lu}\p{Ll}{2,15})[ \t]*[,)]/u;

function isAlias(alias: string): boolean {
  if (alias.includes('.')) return true;
  const lower = alias.toLowerCase();
  return GIVEN_NAMES.has(lower) && !isCommonWord(lower) && !ENGLISH_WORDS.has(lower);
}

// A first initial straight before a name found: "T. O'Brien", "Mr T. Jones", "k. [name] from yr 10".
// Not a label's letter ending a sentence ("follow plan B. Jayden said"), nor "i.e." or "e.g.".
const INITIAL_BEFORE = /(?:^|[\n(,;:–—-]|(?<![\p{L}\p{N}.'’])(\p{L}+)[ \t]+)[ \t]*(\p{L})\.[ \t]?$/du;
const TITLE_OR_KIN = /^(?:dad|mum|mam|nan|gran|sister|brother|mr|mrs|ms|miss|mx|dr)$/i;
const LEADS_TO_PERSON = /^(?:to|with|for|re|about|abt|by|called|named|saw|met|rang|ring|phoned)$/i;

/**
 * The initials or given name a message gives in brackets after a name it names, and a first
 * initial written straight before it ("T. O'Brien"), as names too.
 */
export function initialsAfterNames(
  text: string,
  findings: readonly PersonalDataFinding[],
): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const f of findings) {
    if (f.kind !== 'name') continue;
    const from = Math.max(0, f.start - 24);
    const before = INITIAL_BEFORE.exec(text.slice(from, f.start));
    const letterAt = before?.indices?.[2];
    // After a word, only a title or a relative ("Mr T. Jones"), or a word that leads to a person
    // before a listed surname ("spoke to t. jones"): "quick consent q. [name]", "hep C. Tyler", "I
    // got an A. Smith", "options a and b. Tyler" end a sentence or a label.
    const word = before?.[1];
    const surname = (text.slice(f.start, f.end).split(/[ \t]/)[0] ?? '').toLowerCase();
    const listedSurname = SURNAMES.has(surname) || OTHER_NAMES.has(surname);
    const led =
      word === undefined || TITLE_OR_KIN.test(word) || (LEADS_TO_PERSON.test(word) && listedSurname);
    if (before && letterAt && led) {
      found.push({ kind: 'name', start: from + letterAt[0], end: f.end });
    }
    const m = ALIAS_IN_BRACKETS.exec(text.slice(f.end, f.end + 24));
    const alias = m?.[1];
    if (!m || !alias || !isAlias(alias)) continue;
    const start = f.end + m[0].indexOf(alias);
    found.push({ kind: 'name', start, end: start + alias.length });
  }
  return found;
}
