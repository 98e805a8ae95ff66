import { isCommonWord, TIME_WORD } from './common-words.ts';
import { ORGANISATION_WORDS } from './name-deny-list.ts';
import { ENGLISH_WORDS, GIVEN_NAMES, SURNAMES } from './name-lists.ts';
import type { PersonalDataFinding } from './types.ts';

// What stands next to a child's name and is part of it, or names the same child again: an initial
// ("fatima b", "Rich P."), a name in brackets after a person ("a boy in year 1 (Ishaan)",
// "[name] (abdi)"), a sibling or relative named after the word for them ("her brother ocean").

/** "fatima b in 4R", "Rich P. at parkside": one letter after a name is its surname's initial. */
const INITIAL_AFTER =
  /^[ \t]+([b-hj-zB-HJ-Z])\.?(?=[ \t]*(?:[,.;:)?!\n-]|$|[ \t](?:in|at|is|was|has|had|and|yr|year|y\d|from|said|says|told)\b))/;

// A person, then a single word in brackets: another name for the same child.
const PERSON_BEFORE_BRACKET =
  /\b(?:boy|girl|child|son|daughter|oldest|eldest|youngest|baby|toddler|brother|sister|twin|lad|kid|pupil|student|young person|yp|one|in my class|in my group|in our class|(?:year|yr|y)[ \t]?\d{1,2}|\d{1,2}[ \t]?(?:yo|y\/o|year old|yr old))[ \t]*$/i;
const BRACKETED_WORD = /\((?:aka[ \t]+|known as[ \t]+|goes by[ \t]+)?([A-Za-z][a-z'’-]{1,19})\)/g;

// "her brother ocean", "and her aunt precious at", "his sister star was": a relative's name that is
// also a word, straight after the word for the relative.
const RELATIVE_THEN_NAME =
  /\b(?:her|his|their|the)[ \t]+(?:(?:older|younger|big|little|baby|twin|half|step)[ \t]+)?(?:brother|sister|aunt|auntie|aunty|uncle|cousin)[ \t]+([a-z][a-z'’-]{1,19})(?=[ \t]*(?:[,.;:)?!\n]|$|[ \t](?:and|were|was|is|are|has|had|at|who|\())\b)/gi;
// Words that open "X and her children" without naming anyone.
const FAMILY_OPENERS = new Set(
  'mum mam mother dad father nan gran grandma grandad she he they it this that mummy daddy auntie aunty uncle carer foster'.split(
    ' ',
  ),
);
const NOT_A_NAME_HERE = new Set(
  'is was has had and or but who that which will would can could may might did does do says said told too also as at in on to from with for of the a an'.split(
    ' ',
  ),
);

// A bracketed word straight after one of these names the person it belongs to: "[NHS number] (Zack)",
// "[phone] (Margaret)".
const PERSON_KINDS: ReadonlySet<PersonalDataFinding['kind']> = new Set([
  'name',
  'nhs_number',
  'date_of_birth',
  'phone',
]);

function endsBefore(text: string, findings: readonly PersonalDataFinding[], at: number): boolean {
  return findings.some(
    (f) => PERSON_KINDS.has(f.kind) && f.end <= at && /^[ \t]*$/.test(text.slice(f.end, at)),
  );
}

// "the Fosters are moving", "help the Coopers at", "for the Okonkwos?": a family by its surname in
// the plural. Not after "at", "to" or "from" ("at the Beeches" is a place), and not before a
// singular verb or a place word ("the Meadows Health Centre", "the Beeches has").
const FAMILY_PLURAL =
  /(?<!\b(?:at|to|from|in|into|near|outside|on)[ \t]{1,3})\b[Tt]he[ \t]{1,3}([A-Z][a-z'’]{2,}(?:s|es))\b(?=[ \t]{0,3}(?:[,.;:)?!\n]|$|[ \t]{1,3}(?:are|were|have|had|want|wanted|need|needed|moved|moving|family|kids|children|boys|girls|twins|at|and|who|said|say|refused|declined|agreed|live|lived|got|keep)\b))/g;
// "Fam: Okonkwo", "family surname Ahmadi", "family = Kennedys", "the family (Robinsons, ...)", "both
// kids Shah": a surname after a label (see `surnameLike` for what counts as one).
const LABELLED_SURNAME =
  /\b(?:(?:[Ff]am|[Ff]amily)(?:[ \t]{0,3}[:=(]|[ \t]{1,3}[–-])|(?:[Ss]urname|[Ff]amily name|[Ff]amily surname|[Ll]ast name)(?:[ \t]{0,3}[:=(]|[ \t]{1,3}[–-]|[ \t]{1,3}is)?|(?:[Bb]oth kids|[Aa]ll the kids))[ \t]{0,3}\(?[ \t]{0,3}([A-Z][a-z'’-]{1,20})\b/g;
// "[name], [name], Ruth", "[name] 7, Poppy 4", "Zack and Lexi": a given name in a list beside a name
// already found.
const LISTED_AFTER =
  /^(?:[ \t]*\(?(?:\d{1,2}|[Yy]\d{1,2}|yr[ \t]?\d{1,2})\)?)?[ \t]*(?:,|and|&|\+)[ \t]*(?:and[ \t]+)?([A-Za-z][a-z'’-]{1,19})\b/;
// "a child, pixie, with", "new girl ..., Alina, from": a given name set off by commas after the
// word for a child.
const APPOSITIVE =
  /\b(?:child|boy|girl|kid|baby|son|daughter|lad|toddler|pupil|student|one|yesterday|\d{1,2}[ \t]?(?:yo|year old))[ \t]*,[ \t]*([A-Za-z][a-z'’-]{1,19})[ \t]*,/gi;

// "[name] (9) and [name] (6) Tate": a surname after the age that follows a name.
const SURNAME_AFTER_AGE = /^[ \t]*\((?:\d{1,2}|[Yy]\d{1,2}|yr[ \t]?\d{1,2})\)[ \t]+([A-Z][a-z'’-]{1,20})\b/;
// "patience and her 3 children arrived", "paisley and her mum are sofa surfing": a person opening a
// sentence with her family.
const PERSON_AND_FAMILY =
  /(?:^|[.!?\n][ \t]*)([A-Za-z][a-z'’-]{1,19})[ \t]+and[ \t]+(?:her|his|their)[ \t]+(?:(?:\d{1,2}|two|three|four|five|six)[ \t]+)?(?:children|kids|son|sons|daughter|daughters|baby|babies|mum|mam|dad|brother|brothers|sister|sisters|siblings|twins|partner|boyfriend|girlfriend)\b/g;

// Peoples, faiths and groups named in the plural ("the Travellers", "the Scouts"): not families.
const GROUPS = new Set(
  'muslim sikh hindu jew christian catholic protestant buddhist traveller gypsy gypsie roma ukrainian afghan syrian somali eritrean sudanese pole romanian albanian kurd iranian iraqi pakistani indian bangladeshi nigerian ghanaian polish scout brownie cub cadet guide beaver rainbow samaritan midland court police governor trustee parent carer friend neighbour colleague partner'.split(
    ' ',
  ),
);

/**
 * A capitalised word after a label or "the" that can be a surname: a listed surname or given name,
 * or a word that is neither ordinary English nor a service, a people or a faith ("Fam: Okonkwo",
 * not "Family: Roma", "Surname is Polish" or "both kids Autistic").
 */
function surnameLike(word: string): boolean {
  const lower = word.toLowerCase();
  if (isCommonWord(lower) || TIME_WORD.test(lower) || ORGANISATION_WORDS.has(lower) || GROUPS.has(lower))
    return false;
  return SURNAMES.has(lower) || GIVEN_NAMES.has(lower) || !ENGLISH_WORDS.has(lower);
}

/** The word `pattern` (anchored, one group) reads straight after each name found, where `accept` keeps it. */
function wordsAfterNames(
  text: string,
  known: readonly PersonalDataFinding[],
  pattern: RegExp,
  accept: (word: string) => boolean,
): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const name of known) {
    if (name.kind !== 'name') continue;
    const m = pattern.exec(text.slice(name.end, name.end + 40));
    const word = m?.[1] ?? '';
    if (!m || !accept(word)) continue;
    const start = name.end + m[0].length - word.length;
    findings.push({ kind: 'name', start, end: start + word.length });
  }
  return findings;
}

function familyNames(text: string, known: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(FAMILY_PLURAL)) {
    const word = m[1] ?? '';
    const stems = [word.toLowerCase().replace(/['’]?s$/, ''), word.toLowerCase().replace(/['’]?es$/, '')];
    // "the Fosters": a surname that is also a word ("foster") is vouched for by the name lists.
    const listed = stems.some((stem) => SURNAMES.has(stem) || GIVEN_NAMES.has(stem));
    if (stems.some((stem) => GROUPS.has(stem)) || !(listed || stems.some(surnameLike))) continue;
    const start = m.index + m[0].length - word.length;
    findings.push({ kind: 'name', start, end: start + word.length });
  }
  for (const m of text.matchAll(LABELLED_SURNAME)) {
    const word = m[1] ?? '';
    if (!surnameLike(word.replace(/['’]?s$/, '')) || ACRONYMS.has(word.toLowerCase())) continue;
    const start = m.index + m[0].length - word.length;
    findings.push({ kind: 'name', start, end: start + word.length });
  }
  findings.push(
    ...wordsAfterNames(
      text,
      known,
      LISTED_AFTER,
      (word) => GIVEN_NAMES.has(word.toLowerCase()) && !plainWord(word),
    ),
    ...wordsAfterNames(text, known, SURNAME_AFTER_AGE, surnameLike),
  );
  for (const m of text.matchAll(PERSON_AND_FAMILY)) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    if (!GIVEN_NAMES.has(lower) || NOT_A_NAME_HERE.has(lower) || FAMILY_OPENERS.has(lower)) continue;
    const start = m.index + m[0].indexOf(word);
    findings.push({ kind: 'name', start, end: start + word.length });
  }
  for (const m of text.matchAll(APPOSITIVE)) {
    const word = m[1] ?? '';
    if (!GIVEN_NAMES.has(word.toLowerCase()) || NOT_A_NAME_HERE.has(word.toLowerCase())) continue;
    if (plainWord(word) && !/^\p{Lu}/u.test(word)) continue;
    const start = m.index + m[0].lastIndexOf(word);
    findings.push({ kind: 'name', start, end: start + word.length });
  }
  return findings;
}

function plainWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isCommonWord(lower) || (ENGLISH_WORDS.has(lower) && !GIVEN_NAMES.has(lower));
}

// "GRACE OBI - DOB", "ZHEN CHEN (b. 01.06.14)", "the FAROUK family": a name typed in capitals in a
// message that is not itself in capitals. The first word must be a listed given name (an ordinary
// word only with an age or a date of birth after it); a capitalised word after it is the surname
// unless it is one of the field's acronyms.
const CAPITALS =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}{2,}(?:['’-]\p{Lu}+)*)(?:[ \t]+(\p{Lu}{2,}(?:['’-]\p{Lu}+)*))?(?![\p{L}\p{N}'’-])/gu;
const ACRONYMS = new Set(
  'dob nhs ni caf eha tac taf lp dsl csc hv gp sw mash cin cp lac sen send senco ehcp yr pe adhd asd da dv la ok fyi asap re pru camhs salt ot ta tbc urgent help please update'.split(
    ' ',
  ),
);
const PERSON_AFTER_CAPITALS =
  /^(?:[ \t]*[-–,(:][ \t]*(?:dob|d\.o\.b|born|b\.|aged?|\d{1,2}\b|yr|year)|[ \t]+(?:\(\d{1,2}\)|is[ \t]+\d{1,2}\b|family\b|dob\b))/i;

const CUE_BEFORE_CAPITALS =
  /\b(?:for|about|re|child|boy|girl|son|daughter|named|called|brother|sister|baby|mum|dad|pupil|student)[ \t:]*$/i;

function capitalNames(text: string): PersonalDataFinding[] {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '');
  if (letters.length === 0 || capitals.length / letters.length > 0.5) return [];
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(CAPITALS)) {
    const first = (m[1] ?? '').toLowerCase();
    const second = (m[2] ?? '').toLowerCase();
    if (ACRONYMS.has(first) || TIME_WORD.test(first)) continue;
    const end = m.index + m[0].length;
    const personAfter = PERSON_AFTER_CAPITALS.test(text.slice(end, end + 30));
    const cued = CUE_BEFORE_CAPITALS.test(text.slice(Math.max(0, m.index - 20), m.index));
    const surname =
      second !== '' && !ACRONYMS.has(second) && !isCommonWord(second) && !TIME_WORD.test(second);
    if (
      GIVEN_NAMES.has(first) &&
      (surname || personAfter || cued) &&
      (!isCommonWord(first) || personAfter || cued)
    ) {
      findings.push({
        kind: 'name',
        start: m.index,
        end: m.index + (surname ? m[0].length : (m[1] ?? '').length),
      });
    } else if (!second && !isCommonWord(first) && !ENGLISH_WORDS.has(first) && personAfter) {
      // A surname alone before "family" or a date of birth: "the FAROUK family".
      findings.push({ kind: 'name', start: m.index, end });
    }
  }
  return findings;
}

/** Names found beside names already found, or beside the word for a person or relative. */
export function detectNameSurroundings(
  text: string,
  known: readonly PersonalDataFinding[],
): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const name of known) {
    if (name.kind !== 'name') continue;
    const m = INITIAL_AFTER.exec(text.slice(name.end, name.end + 40));
    if (m) findings.push({ kind: 'name', start: name.start, end: name.end + m[0].length });
  }
  for (const m of text.matchAll(BRACKETED_WORD)) {
    const word = m[1] ?? '';
    const start = m.index + m[0].length - word.length - 1;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const afterPerson = PERSON_BEFORE_BRACKET.test(before) || endsBefore(text, known, m.index);
    if (!afterPerson || plainWord(word) || /^[A-Z]+$/.test(word)) continue;
    findings.push({ kind: 'name', start, end: start + word.length });
  }
  findings.push(...capitalNames(text), ...familyNames(text, known));
  for (const m of text.matchAll(RELATIVE_THEN_NAME)) {
    const word = (m[1] ?? '').toLowerCase();
    if (NOT_A_NAME_HERE.has(word) || !GIVEN_NAMES.has(word)) continue;
    const start = m.index + m[0].length - word.length;
    findings.push({ kind: 'name', start, end: start + word.length });
  }
  return findings;
}
