import { isCommonWord, TIME_WORD } from './common-words.ts';
import { CHAT_WORDS, childNameWord, droppedG, misspeltWord, SEASON } from './contextual-names.ts';
import { NAME_DENY_WORDS, ORGANISATION_WORDS } from './name-deny-list.ts';
import { ENGLISH_WORDS, GIVEN_NAMES, OTHER_NAMES, SURNAMES } from './name-lists.ts';
import type { PersonalDataFinding } from './types.ts';

// What stands next to a child's name and is part of it, or names the same child again: an initial
// ("fatima b", "Rich P."), a name in brackets after a person ("a boy in year 1 (Ishaan)",
// "[name] (abdi)"), a sibling or relative named after the word for them ("her brother ocean").

// A surname straight after a found name, then what a person does ("shannon price blames").
const SURNAME_THEN_VERB =
  /^ ([a-z][a-z'’-]{2,19})(?= (?:blames|blamed|says|said|sez|sed|told|tells|wants|wanted|has|had|is|was|refuses|refused|admits|admitted|denies|denied)\b)/;
// A word in no list straight after a found name, then a pause or what a person is or does ("hodan
// warsame both absent", "[name] okonjo, 9"): the name's surname. Chat words are left ("[name] tmrw").
const UNKNOWN_SURNAME_AFTER =
  /^ ([a-z]{4,20})(?![\p{L}'’-])(?=[ \t]*(?:[,.;:)?!\n]|$|\([ \t]*\d)|[ \t]+(?:both|is|was|has|had|and|n|says|said|sez|sed|told|at|in|from|who|whose|aged?|\d{1,2})\b)/u;
// "[name] adeyemi stepping down", "[name] friedman need tac": a surname the name lists hold and no
// dictionary does, straight after a found name, is its surname whatever follows.
const LISTED_SURNAME_AFTER = /^ ([a-z][a-z'’-]{2,19})(?![\p{L}'’-])/u;
const FUNCTION_WORD =
  /^(?:also|now|then|just|still|never|always|only|even|again|first|later|today|who|that|which|and|but|has|had|is|was|are|were|does|did)$/i;
/** "fatima b in 4R", "Rich P. at parkside": one letter after a name is its surname's initial. */
const INITIAL_AFTER =
  /^[ \t]+([b-hj-zB-HJ-Z])\.?(?=[ \t]*(?:[,.;:()?!\n-]|$|[ \t](?:in|at|is|was|has|had|and|n|or|not|yr|year|y\d|from|said|says|told)\b))/;

// A person, then a single word in brackets: another name for the same child.
const PERSON_BEFORE_BRACKET =
  /\b(?:boy|girl|child|son|daughter|oldest|eldest|youngest|baby|toddler|brother|sister|twin|lad|kid|pupil|student|young person|yp|one|in my class|in my group|in our class|(?:year|yr|y)[ \t]?\d{1,2}|\d{1,2}[ \t]?(?:yo|y\/o|year old|yr old))[ \t]*$/i;
const BRACKETED_WORD = /\((?:aka[ \t]+|known as[ \t]+|goes by[ \t]+)?([A-Za-z][a-z'’-]{1,19})\)/g;

// "her brother ocean", "and her aunt precious at", "his sister star was": a relative's name that is
// also a word, straight after the word for the relative.
const RELATIVE_THEN_NAME =
  /\b(?:her|his|their|the)[ \t]+(?:(?:older|younger|big|little|baby|twin|half|step)[ \t]+)?(?:brother|sister|bro|sis|aunt|auntie|aunty|uncle|cousin|son|daughter|stepson|stepdaughter|grandson|granddaughter|nephew|niece)[ \t]+([a-z][a-z'’-]{1,19})((?:[ \t]+[a-z][a-z-]{1,19}(?!['’]))?)(?=[ \t]*(?:[,.;:)?!\n]|$|[ \t](?:and|n|were|was|is|are|aren['’]?t|isn['’]?t|wasn['’]?t|weren['’]?t|both|has|had|at|who|\())\b)/gi;
// Words that open "X and her children" without naming anyone.
const FAMILY_OPENERS = new Set(
  'mum mam mother dad father nan gran grandma grandad she he they it this that mummy daddy auntie aunty uncle carer foster'.split(
    ' ',
  ),
);
const NOT_A_NAME_HERE = new Set(
  'is was has had and or but who that which will would can could may might did does do says said told too also as at in on to from with for of the a an baby babies twins boy girl kids children now again'.split(
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

/**
 * A lower-case word of the language, the chat, the field or the calendar, or one the guard never
 * takes: never a surname read from where it stands alone.
 */
function everydayWord(word: string): boolean {
  return (
    ENGLISH_WORDS.has(word) ||
    isCommonWord(word) ||
    CHAT_WORDS.has(word) ||
    NAME_DENY_WORDS.has(word) ||
    ORGANISATION_WORDS.has(word) ||
    FIELD_LETTERS.has(word) ||
    TIME_WORD.test(word)
  );
}

/** A name found at `start`, as long as `word`. */
function nameAt(start: number, word: string): PersonalDataFinding {
  return { kind: 'name', start, end: start + word.length };
}

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
// "visit 2 the o'sullivans 2moro", "mtg w the adebolas 2day": the same typed in lower case, after
// meeting or visiting them, and only a surname in no dictionary.
const LOWER_FAMILY_PLURAL =
  /\b(?:with|w|wiv|visit|visiting|visited|see|seeing|saw|to|2|for|4)[ \t]+the[ \t]+((?:o['’])?[a-z]{3,}?)(e?s)(?![\p{L}'’-])(?=[ \t]*(?:[,.;:)?!\n]|$|[ \t]+(?:today|2day|tomorrow|tmrw|2moro|tonight|tonite|next|this|again|agn|later|are|were|have|had|want|need|about|re)\b))/gu;
// What is said of a family after its name: "the obis didnt turn up", "the begums to the TAF list".
const FAMILY_SPOKEN_OF =
  /^(?:[ \t]*(?:[,.;:?!)]|$)|[ \t]+(?:are|r|were|have|had|has|kids|children|family|fam|moved|mum|dad|didnt|didn['’]t|did|never|with|w|to the|on the list|again|agn|today|2day|tomorrow|tmrw|asked|want|wanted|need|needed|refused|declined|agreed|said|sed|sez|live|lived|got)\b)/i;
// "the ibrahims asked", "stepping down the gallaghers", "the sokolovs with a 3 year old": a family
// in lower case in the plural anywhere, when its stem is a surname or given name in no dictionary.
// (Not a topic, a brand or a show: "the normans topic", "the jordans trainers", "the bensons for beds".)
const LOWER_FAMILY_ANYWHERE =
  /\bthe[ \t]+((?:o['’])?[a-z]{3,}?)(e?s)(?![\p{L}'’-])(?![ \t]+(?:topic|project|unit|lessons?|trip|day|week|display|homework|trainers|shoes|for beds|film|films|books?|songs?|band|concert|tour|show|era|period|invasion)\b)/gu;
// "Fam: Okonkwo", "family surname Ahmadi", "family = Kennedys", "the family (Robinsons, ...)", "both
// kids Shah": a surname after a label (see `surnameLike` for what counts as one).
const LABELLED_SURNAME =
  /\b(?:(?:[Ff]am|[Ff]amily)(?:[ \t]{0,3}[:=(]|[ \t]{1,3}[–-])|(?:[Ss]urname|[Ff]amily name|[Ff]amily surname|[Ll]ast name)(?:[ \t]{0,3}[:=(]|[ \t]{1,3}[–-]|[ \t]{1,3}is)?|(?:[Bb]oth kids|[Aa]ll the kids))[ \t]{0,3}\(?[ \t]{0,3}([A-Z][a-z'’-]{1,20})\b/g;
// "[name], [name], Ruth", "[name] 7, Poppy 4", "Zack and Lexi": a given name in a list beside a name
// already found.
const LISTED_AFTER =
  /^(?:[ \t]*\(?(?:\d{1,2}|[Yy]\d{1,2}|yr[ \t]?\d{1,2})\)?)?[ \t]*(?:,|and|&|\+|\/)[ \t]*(?:and[ \t]+)?([A-Za-z][a-z'’-]{1,19})\b/;
// "a child, pixie, with", "new girl ..., Alina, from": a given name set off by commas after the
// word for a child.
const APPOSITIVE =
  /\b(?:child|boy|girl|kid|baby|son|daughter|lad|toddler|pupil|student|one|yesterday|\d{1,2}[ \t]?(?:yo|year old))[ \t]*,[ \t]*([A-Za-z][a-z'’-]{1,19})[ \t]*,/gi;

// Children listed with their ages: "kids jayden 11 kaylee 8 ruby 2", "(king 7 and [name] 4)".
// Beside a name found with its age, another word with an age is a name too when it is a given name
// or a word in no dictionary (see `agedName`), and no word of the list itself.
// A baby's age is in months: "autumn 18 months", "(ruby 9mths)".
const AGE = String.raw`\(?(?:aged?[ \t]*)?(?:(?:[1-9]|1[0-7])\)?(?:[ \t]*(?:yo|y\/o|yrs?))?|(?:[1-9]|1\d|2[0-4])[ \t]*(?:months?|mths?|mnths?|m\/o)(?:[ \t]+old)?\)?)`;
const LIST_JOIN = String.raw`[ \t]*(?:,|;|and|&|n|\+)?[ \t]*`;
// After the second age, the list ends or goes on: never a noun the number counts ("has 5 agencies").
const LIST_GOES_ON = String.raw`(?=[ \t]*(?:[,;)\-–—.!?@]|(?:and|n|r|are|were|is|was|both|all|at|in|from)\b|&|\+|$|\p{L}[\p{L}'’-]{1,19}[ \t]*\(?\d))`;
const AGED_AFTER = new RegExp(
  String.raw`^[ \t]*${AGE}${LIST_JOIN}(\p{L}[\p{L}'’-]{1,19})[ \t]*${AGE}(?![\p{L}\p{N}:/%]|\.\d)${LIST_GOES_ON}`,
  'du',
);
const AGED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(\p{L}[\p{L}'’-]{1,19})[ \t]*${AGE}${LIST_JOIN}$`,
  'du',
);
const AGED_FOUND = new RegExp(String.raw`^[ \t]*${AGE}(?![\p{L}\p{N}:/%]|\.\d)`, 'u');
const AGE_LIST_WORD =
  /^(?:he|she|they|him|her|his|it|we|me|you|u|and|n|or|the|a|an|aged?|yr|yrs|year|years|y|yo|under|over|about|around|nearly|almost|only|just|both|all|kids|children|boys|girls|twins|baby|babies|sons|daughters|brothers|sisters|siblings|months?|mths?|weeks?|wks?|is|are|was|were|r|of|to|at|in|on|for|from|with|w|plus|ages|between|turning|turned|now|then|also|son|daughter|boy|girl|child|kid|one|other|older|younger|eldest|oldest|youngest|middle|page|room|class|group|step|section|part|level|tier|stage|point|number|no|ref|item|week|day|bus|route|flat|house|block|floor|unit|ward|bed|beds|bedroom|bedrooms|hours?|hrs?|mins?|minutes?|days?|times?|x|pm|am|case|cases|court|courts|mark|marks|grade|grades|set|test|score|exam|paper|module|lesson|phase|wave|cohort|session|slot|team|band|version|chapter|question|box)$/i;

/** A given name, even one that is a word ("ruby", "hope", "king"), or a word in no dictionary. */
function agedName(word: string): boolean {
  const lower = word.toLowerCase();
  if (AGE_LIST_WORD.test(lower) || ACRONYMS.has(lower) || CHAT_WORDS.has(lower) || TIME_WORD.test(lower))
    return false;
  // "he's 7, she's 4", "brother's 9": a pronoun or a relative with "is", not a name.
  if (/['’]/.test(lower) && !GIVEN_NAMES.has(lower) && !SURNAMES.has(lower)) return false;
  if (GIVEN_NAMES.has(lower)) return true;
  // A word in no dictionary, with a vowel and four letters or more ("khaleesi"; not "ds", "rm",
  // "wnts", "slt", "pex", which are chat).
  return !everydayWord(lower) && !droppedG(lower) && lower.length >= 4 && /[aeiouy]/.test(lower);
}

const givenName = (word: string): boolean => GIVEN_NAMES.has(word.toLowerCase());
// An age in months straight after a word: "autumn 18 months", "(ruby 9mths)".
const MONTHS_AFTER = /^[ \t]*\(?(?:aged?[ \t]*)?\d{1,2}[ \t]*(?:months?|mths?|mnths?|m\/o)\b/i;
/**
 * Beside an age in months only a given name is a child ("ehcna 6 months", "semh 12 months" are
 * waits), and no season beside another ("summer 9 months, autumn 6 months" is a waiting list).
 */
const agedInMonthsName = (text: string, at: number, word: string): boolean =>
  !MONTHS_AFTER.test(text.slice(at + word.length, at + word.length + 16)) ||
  (givenName(word) && !(SEASON.test(word.toLowerCase()) && (text.match(SEASON_WORDS) ?? []).length > 1));
const SEASON_WORDS = /\b(?:spring|summer|autumn|winter)\b/gi;
/** `agedName`, less a capitalised word no list holds: beside a count that is a place ("Harehills 6"). */
function agedListName(word: string): boolean {
  return agedName(word) && (!/^\p{Lu}/u.test(word) || givenName(word));
}

// Two children with their ages, joined, where no name was found yet: "(river 6, storm 3)".
const AGED_PAIR = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(\p{L}[\p{L}'’-]{1,19})[ \t]*${AGE}[ \t]*(?:,|&|\+|and|n)[ \t]*(\p{L}[\p{L}'’-]{1,19})[ \t]*${AGE}(?![\p{L}\p{N}:/%]|\.\d)${LIST_GOES_ON}`,
  'dgu',
);

// A bare 2 or 4 followed by a space and a word: "to" or "for" in text-speak, not an age.
const TEXTSPEAK_NUMBER = /(?<![\d(])[24][ \t]+(?!(?:and|n|&)\b)[\p{L}[]/u;

function agedNeighbours(text: string, found: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(AGED_PAIR)) {
    const [first, second] = [m[1] ?? '', m[2] ?? ''];
    const [a, b] = [m.indices?.[1], m.indices?.[2]];
    // The same word twice is a list of things ("case 1 and case 2").
    if (
      !a ||
      !b ||
      !agedListName(first) ||
      !agedListName(second) ||
      !agedInMonthsName(text, a[0], first) ||
      !agedInMonthsName(text, b[0], second) ||
      first.toLowerCase() === second.toLowerCase()
    )
      continue;
    findings.push(nameAt(a[0], first), nameAt(b[0], second));
  }
  for (const name of found) {
    if (name.kind !== 'name') continue;
    const rest = text.slice(name.end, name.end + 48);
    if (!AGED_FOUND.test(rest)) continue;
    const after = AGED_AFTER.exec(rest);
    const afterAt = after?.indices?.[1];
    // "sgo 4 Jayden 9": a bare 2 or 4 with only a space after it is "to" or "for", unless the word
    // is a given name ("kaylee 4 ruby 2").
    if (
      after &&
      afterAt &&
      agedListName(after[1] ?? '') &&
      agedInMonthsName(text, name.end + afterAt[0], after[1] ?? '') &&
      (givenName(after[1] ?? '') || !TEXTSPEAK_NUMBER.test(after[0]))
    )
      findings.push(nameAt(name.end + afterAt[0], after[1] ?? ''));
    const from = Math.max(0, name.start - 48);
    const before = AGED_BEFORE.exec(text.slice(from, name.start));
    const beforeAt = before?.indices?.[1];
    const beforeAndName = `${before?.[0] ?? ''}${text.slice(name.start, name.start + 1)}`;
    if (
      before &&
      beforeAt &&
      agedListName(before[1] ?? '') &&
      agedInMonthsName(text, from + beforeAt[0], before[1] ?? '') &&
      (givenName(before[1] ?? '') || !TEXTSPEAK_NUMBER.test(beforeAndName))
    )
      findings.push(nameAt(from + beforeAt[0], before[1] ?? ''));
  }
  return findings;
}

// "cj n [name] - mum lost her tenancy", "caf 4 tj n [name]", "rose and [name] went": a lower-case
// word joined to a name found straight after it, where a clause starts: a given name, or a word in
// no dictionary (two letters will do: initials typed as a name).
const LOWER_JOINED_BEFORE =
  /(?:(?:^|[.,;:!?(\n–—-])[ \t]*|\b(?:re|for|4|about|abt|with|w\/|and|kids?|children|twins)[ \t]+)([a-z][a-z'’-]{1,19})[ \t]+(?:n|and|&)[ \t]+$/du;
const QUOTED_BETWEEN = /^[ \t]+['‘"“](\p{L}[\p{L}'’-]{0,18}\p{L})['’"”][ \t]+/du;
// "[name] aka ky 15", "[name] (known as bazza)": another name for the person found.
const AKA_AFTER =
  /^[ \t]*,?[ \t]*\(?(?:aka|a\.k\.a\.?|known as|nicknamed)[ \t]+['"‘“]?(\p{L}[\p{L}'’-]{1,19})/du;

function joinedAndAkaNames(text: string, known: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const name of known) {
    if (name.kind !== 'name') continue;
    const from = Math.max(0, name.start - 40);
    const before = LOWER_JOINED_BEFORE.exec(text.slice(from, name.start));
    const at = before?.indices?.[1];
    const word = before?.[1] ?? '';
    const plain =
      AGE_LIST_WORD.test(word) ||
      ACRONYMS.has(word) ||
      CHAT_WORDS.has(word) ||
      TIME_WORD.test(word) ||
      droppedG(word);
    if (at && !plain && (GIVEN_NAMES.has(word) ? !isCommonWord(word) : !everydayWord(word)))
      findings.push(nameAt(from + at[0], word));
    // "Patrick 'Paddy' McDonagh": a nickname in quotes between a given name and a surname found.
    const quoted = QUOTED_BETWEEN.exec(text.slice(name.end, name.end + 30));
    const quotedAt = quoted?.indices?.[1];
    if (quoted && quotedAt && known.some((k) => k.kind === 'name' && k.start === name.end + quoted[0].length))
      findings.push(nameAt(name.end + quotedAt[0], quoted[1] ?? ''));
    const aka = AKA_AFTER.exec(text.slice(name.end, name.end + 40));
    const akaAt = aka?.indices?.[1];
    const nick = (aka?.[1] ?? '').toLowerCase();
    if (aka && akaAt && !isCommonWord(nick) && !AGE_LIST_WORD.test(nick) && !NAME_DENY_WORDS.has(nick))
      findings.push(nameAt(name.end + akaAt[0], aka[1] ?? ''));
  }
  return findings;
}

// An adverb set off by commas says how, not who ("the boy, apparently,"); the other words that do
// ("however", "aged", "upset") are everyday words, which a name set off by commas never is.
const ADVERB = /^.+ly$/;

// "[name] (9) and [name] (6) Tate": a surname after the age that follows a name.
const SURNAME_AFTER_AGE = /^[ \t]*\((?:\d{1,2}|[Yy]\d{1,2}|yr[ \t]?\d{1,2})\)[ \t]+([A-Z][a-z'’-]{1,20})\b/;
// "Child: [name] CHAUDHRY.": a listed surname in capitals straight after a name.
const CAPITALS_SURNAME_AFTER = /^[ \t]+(\p{Lu}[\p{Lu}'’-]{2,20})(?![\p{L}])/u;
// "[name] (5) n [name] (3) jenkins, mum is ...", "[name] 10 n [name] 8 boswell - home ed": the same
// in lower case, a listed surname only, before a break.
const LOWER_SURNAME_AFTER_AGE =
  /^(?:[ \t]*\((?:\d{1,2}|[Yy]\d{1,2}|yr[ \t]?\d{1,2})\)|[ \t]+(?:1[0-7]|[1-9]))[ \t]+([a-z][a-z'’-]{2,20})(?=[ \t]*(?:[,.;:)!?\n–—-]|$))/;
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

// Roles and bodies named with an "-er" word in the plural: "the Carers", "the Rangers" are not families.
const NOT_A_TRADE_SURNAME = new Set(
  'member partner worker carer provider officer manager leader volunteer teacher other user owner reader speaker trainer helper youngster ranger player supporter commissioner adopter foster customer employer lawyer learner stakeholder voter power order border number letter chapter corner'.split(
    ' ',
  ),
);

/**
 * "the Bakers", "the Barkers", "the Coopers": an old trade's name ending "-er" is among the commonest
 * English surnames, and capitalised in the plural after "the" it names a family.
 */
function tradeSurname(stem: string): boolean {
  return /^[a-z]{3,}er$/.test(stem) && ENGLISH_WORDS.has(stem) && !NOT_A_TRADE_SURNAME.has(stem);
}

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
    findings.push(nameAt(start, word));
  }
  return findings;
}

const SCHOOL_ROLES = /^(?:hoy|hod|slt|sen|dsl|ddsl|ta|lsa|elsa|tlr|pse|sendco|senco)$/;

/** "[name] (5) n [name] (3) jenkins,", "[name] 10 n [name] 8 boswell -": a family's surname after its children. */
export function lowerSurnamesAfterAges(
  text: string,
  known: readonly PersonalDataFinding[],
): PersonalDataFinding[] {
  return wordsAfterNames(
    text,
    known,
    LOWER_SURNAME_AFTER_AGE,
    (word) =>
      (SURNAMES.has(word) || OTHER_NAMES.has(word)) &&
      !everydayWord(word) &&
      !GIVEN_NAMES.has(word) &&
      // ("Ben 14 hoy - says he is fine": head of year.)
      !SCHOOL_ROLES.test(word),
  );
}

function familyNames(text: string, known: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(FAMILY_PLURAL)) {
    const word = m[1] ?? '';
    const stems = [word.toLowerCase().replace(/['’]?s$/, ''), word.toLowerCase().replace(/['’]?es$/, '')];
    // "the Fosters": a surname that is also a word ("foster") is vouched for by the name lists.
    const listed = stems.some((stem) => SURNAMES.has(stem) || GIVEN_NAMES.has(stem) || tradeSurname(stem));
    if (stems.some((stem) => GROUPS.has(stem)) || !(listed || stems.some(surnameLike))) continue;
    const start = m.index + m[0].length - word.length;
    findings.push(nameAt(start, word));
  }
  for (const m of text.matchAll(LOWER_FAMILY_PLURAL)) {
    const stem = m[1] ?? '';
    const word = `${stem}${m[2] ?? ''}`;
    const plain = (w: string) => everydayWord(w) || GROUPS.has(w);
    if (stem.length < 4 || plain(stem) || plain(word) || plain(`${stem}${(m[2] ?? '').slice(-1)}`)) continue;
    const start = m.index + m[0].length - word.length;
    findings.push(nameAt(start, word));
  }
  for (const m of text.matchAll(LOWER_FAMILY_ANYWHERE)) {
    const stem = m[1] ?? '';
    const word = `${stem}${m[2] ?? ''}`;
    const plain = (w: string) => everydayWord(w) || GROUPS.has(w) || FAMILY_OPENERS.has(w);
    // (Only a listed stem: "the childminders", "the referrers", "the enuresis clinic" are in no list
    // either. A three-letter stem only as a surname: "the obis", "the lius", not "the abs".)
    // (Other names' parts only as the word less its "s": "the begums", not "the thames" as "tham".)
    const listedSurname = SURNAMES.has(stem);
    const listedGiven = GIVEN_NAMES.has(stem);
    const surname = listedSurname || OTHER_NAMES.has(word.slice(0, -1));
    if (stem.length < (surname ? 3 : 4) || !(surname || listedGiven) || plain(stem) || plain(word)) continue;
    // A part only the other-names list holds ("the obis", not "the netherlands", "the goths and
    // emos", "the krays documentary"): only where a family is spoken of.
    const otherOnly = !listedSurname && !listedGiven;
    const end = m.index + m[0].length;
    if (
      otherOnly &&
      (/\b(?:from|in|into|to|across|around|near|at|of)[ \t]+$/i.test(
        text.slice(Math.max(0, m.index - 8), m.index),
      ) ||
        !FAMILY_SPOKEN_OF.test(text.slice(end, end + 24)))
    )
      continue;
    // ("he watches the simpsons all day": a programme.)
    if (/\bwatch(?:es|ed|ing)?[ \t]+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const start = m.index + m[0].length - word.length;
    findings.push(nameAt(start, word));
  }
  for (const m of text.matchAll(LABELLED_SURNAME)) {
    const word = m[1] ?? '';
    if (!surnameLike(word.replace(/['’]?s$/, '')) || ACRONYMS.has(word.toLowerCase())) continue;
    const start = m.index + m[0].length - word.length;
    findings.push(nameAt(start, word));
  }
  findings.push(
    ...wordsAfterNames(text, known, LISTED_AFTER, listedName),
    ...wordsAfterNames(text, known, SURNAME_AFTER_AGE, surnameLike),
    ...wordsAfterNames(text, known, CAPITALS_SURNAME_AFTER, (word) => {
      const lower = word.toLowerCase();
      // A listed surname, or a word in no list long enough to be no acronym ("CHAUDHRY", not "EHCP").
      return (
        !everydayWord(lower) &&
        !ACRONYMS.has(lower) &&
        (SURNAMES.has(lower) || (lower.length >= 5 && /[aeiouy]/.test(lower) && !GIVEN_NAMES.has(lower)))
      );
    }),
    ...lowerSurnamesAfterAges(text, known),
  );
  for (const m of text.matchAll(PERSON_AND_FAMILY)) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    if (!GIVEN_NAMES.has(lower) || NOT_A_NAME_HERE.has(lower) || FAMILY_OPENERS.has(lower)) continue;
    const start = m.index + m[0].indexOf(word);
    findings.push(nameAt(start, word));
  }
  for (const m of text.matchAll(APPOSITIVE)) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    // A given name, or a capitalised word no list holds ("the middle one, Cathal, but").
    const capitalUnknown =
      /^\p{Lu}\p{Ll}/u.test(word) &&
      !ENGLISH_WORDS.has(lower) &&
      !isCommonWord(lower) &&
      !FIELD_LETTERS.has(lower);
    // Or a name part another list holds, set off by commas and in no dictionary ("a child, adaeze,
    // with"; not "the child, however,", "the boy, tbf,", "the child, barefoot," or "a 6 yo,
    // romanian,").
    const setOff =
      !everydayWord(lower) &&
      (OTHER_NAMES.has(lower) || SURNAMES.has(lower)) &&
      !ADVERB.test(lower) &&
      !GROUPS.has(lower) &&
      !/(?:ian|ese|ish|ean|i)$/.test(lower);
    if ((!GIVEN_NAMES.has(lower) && !capitalUnknown && !setOff) || NOT_A_NAME_HERE.has(lower)) continue;
    if (plainWord(word) && !/^\p{Lu}/u.test(word) && !setOff) continue;
    const start = m.index + m[0].lastIndexOf(word);
    findings.push(nameAt(start, word));
  }
  return findings;
}

/**
 * A word listed beside a name is a name when it is a given name that is not ordinary English, or
 * it is capitalised and could be a surname ("[name]/Jordan/Tyler", "[name] and Jun").
 */
function listedName(word: string): boolean {
  const lower = word.toLowerCase();
  // A possessive is read with its name by the cues for it ("Kelly's mum").
  if (/['’]s$/.test(lower)) return false;
  if (TITLES.has(lower) || ACRONYMS.has(lower)) return false;
  if (GIVEN_NAMES.has(lower) && !plainWord(word)) return true;
  return /^\p{Lu}/u.test(word) && surnameLike(word);
}

// Titles and greetings that stand before a name without being one.
const TITLES = new Set('mr mrs ms miss mx dr prof sir rev hi hello hey dear re fao attn cc'.split(' '));

// "Rio [name]", "Ffion ap [name]": a capitalised given name or surname-like word straight before a
// name already found (with a Welsh, Dutch or Arabic particle between them) is part of it.
const WORD_BEFORE_NAME =
  /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]{0,18}\p{Ll})(?:[ \t]{1,2}(?:ap|ab|van|von|de|da|di|del|bin|binti|ibn|al|el|le|la))?[ \t]{1,2}$/u;
// "Jun and [name]", "Kai/[name]": a capitalised word listed before a name already found.
const LISTED_BEFORE =
  /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]{0,18}\p{Ll})[ \t]*(?:\([^()]{1,12}\))?[ \t]*(?:,|and|&|\/)[ \t]*$/u;

// Capitalised words that are also given names but, straight before a name, are something else:
// a helping verb ("Will Jayden need"), a greeting, a request, a relative or a month.
const NOT_A_FIRST_NAME = new Set(
  'will may can did does do should could would shall must might dear hi hey hello thanks cheers ask tell please call ring contact email see meet sister nurse doctor father mother brother baby little big young old june april august'.split(
    ' ',
  ),
);

/**
 * A given name that is also a word, straight before a capitalised name found: its first part
 * ("Bear Lomax", "Mrs Comfort Olumide"), which no reading takes alone; never after a saint ("St
 * Faith").
 */
function firstNameOfFound(text: string, word: string, at: number, name: PersonalDataFinding): boolean {
  const lower = word.toLowerCase();
  return (
    /^\p{Lu}/u.test(text.slice(name.start, name.start + 1)) &&
    /^[ \t]+$/.test(text.slice(at + word.length, name.start)) &&
    GIVEN_NAMES.has(lower) &&
    !NOT_A_FIRST_NAME.has(lower) &&
    !/\b(?:st|saint)\.?[ \t]+$/i.test(text.slice(Math.max(0, at - 7), at))
  );
}

// "lp for jahid [name]", "sohrab [name]": a lower-case word straight before a name found, one space
// between ("ok habibi, [name]" is someone spoken to).
const LOWER_WORD_BEFORE =
  /(?<![\p{L}\d'’-])(?:((?:for|about|abt|re|with|4|called|named)[ \t]+))?([a-z][a-z'’-]{2,19})[ \t]$/u;

/**
 * A lower-case word straight before a found name is its first part when a list holds it as a name
 * and as no word ("sohrab [name]"), or, after a cue that leads to a person, when no list holds it
 * at all ("lp for jahid [name]").
 */
function lowerFirstPart(before: string): string | undefined {
  const m = LOWER_WORD_BEFORE.exec(before);
  const word = m?.[2];
  if (!m || !word || everydayWord(word) || droppedG(word) || !/[aeiouy]/.test(word)) return undefined;
  // (A slip of "the", "and": "teh", "adn".)
  if (/^(?:teh|adn|nad|yuo|jsut|waht)$/.test(word)) return undefined;
  // (Four letters or more unless a given name: "abt", "eng" are chat, whatever a list holds.)
  if (GIVEN_NAMES.has(word) || ((OTHER_NAMES.has(word) || SURNAMES.has(word)) && word.length >= 4))
    return word;
  // An unknown word only after the cue, and no hyphenated phrase ("with early-onset").
  return m[1] !== undefined && !word.includes('-') && !misspeltWord(word) ? word : undefined;
}

function wordsBeforeNames(text: string, known: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const name of known) {
    if (name.kind !== 'name') continue;
    const before = text.slice(Math.max(0, name.start - 40), name.start);
    const first = lowerFirstPart(before);
    if (first) findings.push({ kind: 'name', start: name.start - first.length - 1, end: name.end });
    for (const pattern of [WORD_BEFORE_NAME, LISTED_BEFORE]) {
      const m = pattern.exec(before);
      const word = m?.[1] ?? '';
      if (!m) continue;
      const at = name.start - before.length + m.index + m[0].indexOf(word);
      const listed = listedName(word) && !TIME_WORD.test(word.toLowerCase());
      if (!listed && !(pattern === WORD_BEFORE_NAME && firstNameOfFound(text, word, at, name))) continue;
      findings.push(nameAt(at, word));
    }
  }
  return findings;
}

// "Parents Gethin and Sian", "mum: Kelly", "stepdad - Wayne": a name after the word for a parent,
// relative or the children and a label sign, or a pair of names joined by "and" straight after it.
const RELATION_LABEL =
  /(?<!\p{Lu}[\p{L}'’-]*[ \t]{1,3})\b(?:[Pp]arents|[Cc]arers|[Ss]iblings|[Kk]ids|[Cc]hildren|[Mm]um|[Mm]other|[Dd]ad|[Ff]ather|[Ss]tep[ \t-]?(?:dad|mum|father|mother)|[Ss]tepdad|[Ss]tepmum|[Bb]rother|[Ss]ister|[Nn]an|[Gg]ran|[Gg]randma|[Gg]randad|[Aa]unt|[Aa]untie|[Aa]unty|[Uu]ncle|[Pp]artner|[Bb]oyfriend|[Gg]irlfriend)(?:[ \t]{0,3}[:=–-][ \t]{0,3}(\p{Lu}[\p{Ll}'’-]{0,18}\p{Ll})|[ \t]{1,3}(\p{Lu}[\p{Ll}'’-]{0,18}\p{Ll})[ \t]{1,3}(?:and|&)[ \t]{1,3}(\p{Lu}[\p{Ll}'’-]{0,18}\p{Ll}))/gu;
// "Angel (girl, 12)", "Sam (boy 9)": a word before a bracket that says who the child is.
const BEFORE_CHILD_BRACKET =
  /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]{0,18}\p{Ll})[ \t]{0,2}\((?:girl|boy|f|m|male|female|son|daughter|twin|baby|aged?)\b/gu;
// "reign (boy, 9)", "blue (girl 6)": in lower case, a word children are named.
const LOWER_BEFORE_CHILD_BRACKET =
  /(?<![\p{L}'’-])(?=\p{Ll})(?<!\b(?:our|the|a|an|my|little|real|that|this|their|his|her|your|what a)[ \t]+)(\p{Ll}[\p{Ll}'’-]{1,18}\p{Ll})[ \t]{0,2}\((?:girl|boy|son|daughter|twin)\b/gu;
// "kids call him 'Tank'", "his stepdad 'Big Mike'", "known as 'Smudge'": a nickname in quotes.
const QUOTED_NICKNAME =
  /\b(?:[Cc]all(?:s|ed)?[ \t]{1,3}(?:him|her|them|me|himself|herself)|(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]ho)(?:['’]s|[ \t]{1,3}(?:is|was|are|were|goes))?[ \t]{1,3}(?:known[ \t]{1,3}as|nicknamed|by)|[Ss]tep[ \t]?(?:dad|mum)|[Dd]ad|[Mm]um|[Uu]ncle|[Bb]oyfriend|[Pp]artner|[Ff]riend|[Mm]an|[Gg]uy|[Bb]loke|[Ll]ad|[Cc]ousin|[Bb]rother|[Ss]ister)[ \t]{1,3}['‘"“](\p{Lu}[\p{Ll}'’-]{0,18}\p{Ll}(?:[ \t]\p{Lu}[\p{Ll}'’-]{0,18}\p{Ll})?)['’"”]/gu;
// "mum's bf 'ste'", "her cousin 'jay'": a lower-case nickname in quotes straight after a person.
const QUOTED_LOWER_NICKNAME =
  /\b(?:bf|gf|boyfriend|girlfriend|partner|stepdad|stepmum|step[ \t-](?:dad|mum)|uncle|cousin|mate|friend|bro|brother|sis|sister)[ \t]{1,3}['‘"“]([a-z]{2,12})['’"”]/g;
// Insults, slurs and roles said of a child in quotes: what the question is about, not who.
const NOT_A_NICKNAME = new Set(
  'gay queer stupid useless worthless fat ugly thick dumb idiot retard freak devil witch bastard slag slut bitch loser weirdo nerd geek runner dealer snitch grass nonce psycho possessed evil naughty bad smelly stinky tramp fatty fatso pig cow rat scum trash rubbish crybaby wimp spotty dumbo dunce thicko div muppet nutter mental spaz skank whore'.split(
    ' ',
  ),
);
// What children call an adult without naming anyone: "kids call him 'Boss'".
const PLAIN_ADDRESS = new Set(
  'boss mate bro bruv babe love darling sweetie miss teacher coach chief'.split(' '),
);
// "Paddy jr", "Wayne Snr": a name with a generational suffix.
const WITH_SUFFIX =
  /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]{0,18}\p{Ll})[ \t]{1,2}(?:jr|jnr|junior|snr|sr|senior)\b\.?/gu;
// "archie-lee", "ruby-mae": two given names joined by a hyphen, in lower case.
const HYPHENATED_GIVEN = /(?<![\p{L}'’-])([a-z]{2,12})-([a-z]{2,12})(?![\p{L}'’-])/gu;

/** Names read from the frame around them: labels, brackets, nicknames, suffixes. */
function framedNames(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const push = (start: number, word: string) => findings.push(nameAt(start, word));
  for (const m of text.matchAll(RELATION_LABEL)) {
    // After a label ("mum: Kelly") a given name; as a pair ("Parents Gethin and Sian") two words that
    // can be names. "Dad: Jamaican", "Mum Irish" and "Father Christmas" are left.
    const pair = m[1] === undefined;
    const words = (pair ? [m[2], m[3]] : [m[1]]).filter((word): word is string => Boolean(word));
    const nameable = (word: string) => {
      const lower = word.toLowerCase();
      if (/['’]s$/.test(word) || TIME_WORD.test(lower) || GROUPS.has(lower)) return false;
      if (GIVEN_NAMES.has(lower) && !isCommonWord(lower)) return true;
      return pair && listedName(word) && !ENGLISH_WORDS.has(lower);
    };
    if (words.length === 0 || !words.every(nameable)) continue;
    for (const word of words) push(m.index + m[0].lastIndexOf(word), word);
  }
  for (const m of text.matchAll(LOWER_BEFORE_CHILD_BRACKET)) {
    const word = m[1] ?? '';
    if (!childNameWord(word) || TIME_WORD.test(word) || CHAT_WORDS.has(word)) continue;
    push(m.index, word);
  }
  for (const m of [...text.matchAll(BEFORE_CHILD_BRACKET), ...text.matchAll(WITH_SUFFIX)]) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    if (TITLES.has(lower) || ACRONYMS.has(lower) || TIME_WORD.test(lower)) continue;
    if (!(GIVEN_NAMES.has(lower) || SURNAMES.has(lower) || surnameLike(word))) continue;
    push(m.index, word);
  }
  for (const m of text.matchAll(QUOTED_NICKNAME)) {
    const word = m[1] ?? '';
    // "kids call him 'Sir'", "'Stupid'", "'Gay'", "'Runner'", "'The Devil'": a title, an insult, a
    // slur or a role in quotes is no nickname ("'Peanut'", "'Tank'", "'Big Mike'" are).
    const parts = word.toLowerCase().split(/[ \t]/);
    const plain = parts.some(
      (part) =>
        TITLES.has(part) || FAMILY_OPENERS.has(part) || PLAIN_ADDRESS.has(part) || NOT_A_NICKNAME.has(part),
    );
    if (plain || parts.every((part) => isCommonWord(part))) continue;
    push(m.index + m[0].length - word.length - 1, word);
  }
  for (const m of text.matchAll(QUOTED_LOWER_NICKNAME)) {
    const word = m[1] ?? '';
    if (
      ENGLISH_WORDS.has(word) ||
      isCommonWord(word) ||
      NOT_A_NICKNAME.has(word) ||
      CHAT_WORDS.has(word) ||
      TITLES.has(word) ||
      NAME_DENY_WORDS.has(word)
    )
      continue;
    push(m.index + m[0].length - word.length - 1, word);
  }
  for (const m of text.matchAll(HYPHENATED_GIVEN)) {
    const [first, second] = [m[1] ?? '', m[2] ?? ''];
    if (!GIVEN_NAMES.has(first) || !GIVEN_NAMES.has(second)) continue;
    if (
      isCommonWord(first) ||
      isCommonWord(second) ||
      (ENGLISH_WORDS.has(first) && ENGLISH_WORDS.has(second))
    )
      continue;
    push(m.index, m[0]);
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

// A name in the possessive typed without its apostrophe: "hollys mum", "tylers ehcp", "nathans at
// hindley", "bilals school is". Before a family word any given name counts ("hollys mum"); before
// anything else only one that is no ordinary word ("codys behaviour log", "mandys flat", not "marks
// on his arm"), or before what only a person has, a word too where the word with its "s" is none
// ("daisys caf", "harmonys dob"; not "wills file").
// What relatives are called in English and in the languages of families here: "her nanis flat".
const KIN_CALLED =
  /^(?:nanny|nana|nan|nanna|baba|lil|buddy|pal|mate|matey|bff|mummy|mumma|daddy|granny|grandma|mama|papa|aunty|auntie|bestie|babe|hun|bro|sis|nani|nanu|dadi|dada|ammi|amma|ammu|abba|abbu|appa|taya|tayi|chacha|chachi|khala|khalu|phupho|mamu|bibi|bebe|dida|didi|apa|baji|bhai|nonna|nonno|oma|opa|lola|lolo|abuela|abuelo|babcia|dziadek|bunica|bunicu|teta|auntyji|ayeeyo|awoowe|habooba)$/;
const POSSESSIVE_WITHOUT_APOSTROPHE =
  /(?<![\p{L}'’-])(\p{L}{3,20})s(?=[ \t]+(?:(mum|mam|mom|dad|nan|nana|gran|grandad|grandma|granny|nanny|sister|brother|bro|sis|stepdad|stepmum|step[ \t-]?(?:mum|dad)|aunt|auntie|aunty|uncle|cousin)|(birthday|bday|b['’]day|dob|d\.o\.b|address|addy|nhs|passport|birth[ \t]+cert(?:ificate)?|red[ \t]+book|caf|eha|ehcp)|school|nursery|plan|behaviour|attendance|file|case|teacher|sw|social[ \t]+worker|keyworker|key[ \t]+worker|foster|carer|class|(flat|house|home|caravan)|referral|review|needs|at|is|was|has|been|not|still|now)\b)/giu;

// "Phoenix in my class told me", "Will from my group": a child named by where the practitioner
// knows them from.
const IN_MY_GROUP =
  /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]{1,19})(?=[ \t]+(?:in|from)[ \t]+(?:my|our)[ \t]+(?:class|group|form|tutor[ \t]+group|set|nursery[ \t]+room|room|caseload|youth[ \t]+club|club)\b)/gu;
// "ty (tyrone)", "jj (jayden-james)", "abdirahman (abdi)": a nickname with the full name in brackets.
const NAME_IN_BRACKETS_AFTER =
  /(?<![\p{L}'’-])(\p{L}{2,20})[ \t]*\([ \t]*(\p{L}{2,20}(?:-\p{L}{2,20})?)[ \t]*\)/gu;

// "will from 4B keeps falling asleep", "Yusuf from St Winifred's told TA": a child named by the class
// or school they come from.
const NAME_FROM_CLASS =
  /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]{1,19})[ \t]+from[ \t]+(?:\d{1,2}[A-Za-z]{1,3}\b|(?:class|year|yr)[ \t]?\d{1,2}\b|[Yy]\d{1,2}\b|(?:[Ss]t\.?|[Ss]aint)[ \t]+\p{L}{3,})/gu;
// "that pritchard lad", "the Delaney house": a surname before the word for a child or a home.
const SURNAME_BEFORE_CHILD =
  /\b(?:that|the)[ \t]+(\p{L}[\p{L}'’-]{2,19})[ \t]+(?:lad|lads|boy|girl|kid|kids|child|children|twins|lass|house|household|home|case)\b(?!['’])/gu;
/** A given name, or given names joined by hyphens ("jayden-james"). */
const given = (word: string) => word.split('-').every((part) => GIVEN_NAMES.has(part.toLowerCase()));

// "dad (mo)", "lad in yr 10 (tj murray)", "girl (rhiannon p)": a name in brackets straight after
// the word for a person or a school year.
const NAME_IN_BRACKETS_AFTER_PERSON =
  /\b(?:boy|girl|child|kid|lad|lass|son|daughter|baby|brother|sister|bro|sis|mum|mam|mom|dad|mother|father|nan|nana|nanny|gran|granny|grandad|grandpa|grandma|grandmother|grandfather|uncle|aunt|auntie|stepdad|stepmum|step-dad|step-mum|partner|boyfriend|girlfriend|bf|gf|pupil|student|teen|teenager|sibling|twin|cousin|(?:yr|year|y)[ \t]?\d{1,2})(?:[ \t]+aged?[ \t]+\d{1,2})?[ \t]*\([ \t]*(\p{L}[\p{L}'’-]{1,19})((?:[ \t]+\p{L}[\p{L}'’-]{0,19})?)[ \t]*\)/giu;

// "(rhiannon p)", "(Kai B.)": a given name and an initial in brackets, wherever they stand.
const GIVEN_AND_INITIAL_IN_BRACKETS = /\([ \t]*(\p{L}[\p{L}'’-]{1,19})[ \t]+\p{L}\.?[ \t]*\)/gu;

function namesInBracketsAfterPerson(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(GIVEN_AND_INITIAL_IN_BRACKETS)) {
    const first = m[1] ?? '';
    if (!given(first) || isCommonWord(first.toLowerCase()) || NAME_DENY_WORDS.has(first.toLowerCase()))
      continue;
    const start = (m.index ?? 0) + m[0].indexOf(first);
    findings.push({ kind: 'name', start, end: (m.index ?? 0) + m[0].lastIndexOf(')') });
  }
  for (const m of text.matchAll(NAME_IN_BRACKETS_AFTER_PERSON)) {
    // "Dad (Mr Akhtar)": the title's own reader takes the name after it.
    if (/^(?:mr|mrs|ms|miss|mx|dr)$/i.test(m[1] ?? '')) continue;
    const first = m[1] ?? '';
    const second = (m[2] ?? '').trim();
    const lower = first.toLowerCase();
    // A given name, or a word that is no vocabulary at all; never letters of the field ("(CIN)"),
    // a time or a word of a sentence ("dad (not PR)", "mum (deceased)").
    const nameLike =
      (given(first) && !NAME_DENY_WORDS.has(lower)) ||
      (!isCommonWord(lower) &&
        !ENGLISH_WORDS.has(lower) &&
        !NAME_DENY_WORDS.has(lower) &&
        !ORGANISATION_WORDS.has(lower) &&
        // ("mum (trav fam)": chat for a Traveller family.)
        !CHAT_WORDS.has(lower));
    if (!nameLike || FIELD_LETTERS.has(lower) || /^\p{Lu}{2,}$/u.test(first) || TIME_WORD.test(lower))
      continue;
    // A second word is a surname or an initial ("rhiannon p"), never an ordinary word.
    const secondLower = second.toLowerCase();
    const secondOk =
      second === '' ||
      /^\p{L}$/u.test(second) ||
      SURNAMES.has(secondLower) ||
      (!isCommonWord(secondLower) &&
        !ENGLISH_WORDS.has(secondLower) &&
        !FIELD_LETTERS.has(secondLower) &&
        !CHAT_WORDS.has(secondLower));
    if (!secondOk) continue;
    const start = (m.index ?? 0) + m[0].indexOf(first, m[0].indexOf('('));
    findings.push({ kind: 'name', start, end: start + first.length + (m[2] ?? '').length });
  }
  return findings;
}

// A run of single words in a list: "kai, leo, jo, sumaya, tom and ben".
const WORD_LIST =
  /(?<![\p{L}'’-])[\p{L}][\p{L}'’-]{1,19}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|n)[ \t]+)[\p{L}][\p{L}'’-]{1,19}(?![\p{L}'’-])){2,11}/gu;

/**
 * In a list of single words where two or more are names already found, the others that are no
 * ordinary word are names too ("[name], [name], sumaya, [name]").
 */
function namesInLists(text: string, known: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const isName = (start: number, end: number) =>
    known.some((f) => f.kind === 'name' && f.start <= start && end <= f.end);
  for (const m of text.matchAll(WORD_LIST)) {
    const items = [...m[0].matchAll(/[\p{L}][\p{L}'’-]*/gu)]
      .filter((w) => !/^(?:and|n)$/i.test(w[0]))
      .map((w) => ({ word: w[0], start: (m.index ?? 0) + (w.index ?? 0) }));
    const named = items.filter((w) => isName(w.start, w.start + w.word.length)).length;
    if (named < 2 || named < items.length / 2) continue;
    for (const item of items) {
      const lower = item.word.toLowerCase();
      if (isName(item.start, item.start + item.word.length)) continue;
      if (
        /['’]/.test(lower) ||
        isCommonWord(lower) ||
        (ENGLISH_WORDS.has(lower) && !GIVEN_NAMES.has(lower)) ||
        FIELD_LETTERS.has(lower) ||
        TIME_WORD.test(lower)
      )
        continue;
      findings.push(nameAt(item.start, item.word));
    }
  }
  return findings;
}

function namesByClassAndHome(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(NAME_FROM_CLASS)) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    if (!GIVEN_NAMES.has(lower) || GROUPS.has(lower) || NOT_A_CHILD_FROM.test(lower)) continue;
    findings.push(nameAt(m.index, word));
  }
  for (const m of text.matchAll(SURNAME_BEFORE_CHILD)) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase().replace(/['’]s?$/, '');
    if (FIELD_LETTERS.has(lower)) continue;
    // A surname: one the lists know, or no ordinary word; capitalised when it is also a word.
    const surname =
      (SURNAMES.has(lower) && (/^\p{Lu}/u.test(word) || !ENGLISH_WORDS.has(lower))) ||
      (!ENGLISH_WORDS.has(lower) && !isCommonWord(lower) && !TIME_WORD.test(lower));
    if (
      !surname ||
      GROUPS.has(lower) ||
      ORGANISATION_WORDS.has(lower) ||
      NAME_DENY_WORDS.has(lower) ||
      /\d/.test(word)
    )
      continue;
    const start = m.index + m[0].indexOf(word, 3);
    findings.push(nameAt(start, word));
  }
  return findings;
}
// The field's letters, typed in lower case too, are no surname or nickname: "the caf child", "the
// SW (marcus)".
const FIELD_LETTERS: ReadonlySet<string> = new Set([...ACRONYMS, 'yp', 'cyp']);
const NOT_A_CHILD_FROM =
  /^(?:someone|somebody|anyone|everyone|nobody|one|child|kid|boy|girl|pupil|student|parent|mum|dad|teacher|ta|staff|letter|email|call|referral|report|info|note|message|cover|support|help|visit|transfer|move|feedback|work|data|list)$/;

function namesByGroupAndNickname(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(IN_MY_GROUP)) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    if (!given(word) || (isCommonWord(lower) && !/^\p{Lu}/u.test(word)) || GROUPS.has(lower)) continue;
    if (
      /^(?:one|someone|somebody|child|kid|boy|girl|pupil|student|everyone|anyone|nobody|lad|lass|gal|guy|bloke|kids|lads|girls|boys|another|some)$/.test(
        lower,
      )
    )
      continue;
    findings.push(nameAt(m.index, word));
  }
  for (const m of text.matchAll(NAME_IN_BRACKETS_AFTER)) {
    const short = m[1] ?? '';
    const full = m[2] ?? '';
    // One of the two a given name and the other no ordinary word: "ty (tyrone)", "abdi" for
    // "abdirahman". Not a role's letters ("the SW (marcus)") or a place ("Devon (Torbay)").
    const oneGiven = given(full) || given(short);
    const plain = (w: string) =>
      isCommonWord(w.toLowerCase()) ||
      ENGLISH_WORDS.has(w.toLowerCase()) ||
      NAME_DENY_WORDS.has(w.toLowerCase()) ||
      /^\p{Lu}{2,}$/u.test(w) ||
      FIELD_LETTERS.has(w.toLowerCase());
    // A short form of the given name in brackets is a nickname whatever else it spells ("ty
    // (tyrone)", "mo (mohammed)").
    const shortOfFull =
      given(full) && short.length >= 2 && full.toLowerCase().startsWith(short.toLowerCase()) && !plain(full);
    if (!shortOfFull && (!oneGiven || plain(short) || plain(full) || TIME_WORD.test(full.toLowerCase())))
      continue;
    findings.push(nameAt(m.index, short));
    const fullStart = m.index + m[0].indexOf(full, short.length);
    findings.push(nameAt(fullStart, full));
  }
  return findings;
}

// "(mum of Honey)", "dad of bao", "parents of Mei": a child named after the word for a parent of.
const PARENT_OF =
  /\b(?:mum|mam|mom|mummy|mother|dad|daddy|father|parents?|carers?|nan|nana|gran|grandma|grandad|grandparents?|step[ \t-]?(?:mum|dad|mother|father)|stepmum|stepdad|guardian)[ \t]+of[ \t]+(\p{L}[\p{L}'’-]{1,19})(?![\p{L}\p{N}'’-])/giu;

// Where "miss" in lower case is a title: where a sentence starts or after a role or a verb of saying
// ("class teacher miss jones", "senco miss khan said no"), not after a comma or a dash ("new school,
// miss mocks"). Shared with the title reader in detect-personal-data.ts, which takes the title in.
export const LOWER_MISS_CUE = String.raw`[.!?(\n]|\b(?:teacher|tchr|senco|dsl|head|ta|tutor|nurse|says|said|ask|asked|tell|told)`;
// Then a surname a list holds or a word in no dictionary.
const LOWER_MISS_SURNAME = new RegExp(
  String.raw`(?:^|${LOWER_MISS_CUE})[ \t]*miss\.?[ \t]+([a-z][a-z'’-]{1,19})(?![\p{L}\p{N}'’-])`,
  'dgu',
);

function surnamesAfterLowerMiss(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(LOWER_MISS_SURNAME)) {
    const word = m[1] ?? '';
    const at = m.indices?.[1];
    if (!at || FUNCTION_WORD.test(word) || isCommonWord(word) || CHAT_WORDS.has(word)) continue;
    // A surname a list holds ("khan", "smith"), or a word in no dictionary; never a common word or
    // a time ("miss easter").
    const listed = SURNAMES.has(word) || OTHER_NAMES.has(word) || GIVEN_NAMES.has(word);
    if (TIME_WORD.test(word) || droppedG(word) || (!listed && everydayWord(word))) continue;
    findings.push(nameAt(at[0], word));
  }
  return findings;
}

function childrenOfParents(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(PARENT_OF)) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 48);
    const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
    // One child, not a kind of children: a pause, another name or a surname after the word
    // ("(mum of Honey)", "dad of bao, is", "Mum of Theo Banks"; not "parents of pda children").
    const oneChild = AMBIGUOUS_CHILD_WORD.test(rest) || (capitalised && /^[ \t]+\p{Lu}\p{Ll}/u.test(rest));
    if (!oneChild || ACRONYMS.has(lower) || GROUPS.has(lower) || /^\p{Lu}+$/u.test(word)) continue;
    // Parents of a kind of children: "parents of Roma and Traveller children", "carers of
    // neurodivergent, anxious or school-refusing kids".
    if (
      /^(?:parents|carers|grandparents)$/i.test(m[0].split(/[ \t]+/)[0] ?? '') &&
      KINDS_OF_CHILDREN.test(rest)
    )
      continue;
    if (everydayWord(lower)) {
      // A capitalised name that is also a word: "(mum of Honey)", not "mother of All".
      if (!capitalised || !GIVEN_NAMES.has(lower) || isCommonWord(lower)) continue;
    } else if (!capitalised && !OTHER_NAMES.has(lower) && !SURNAMES.has(lower) && !agedName(word)) continue;
    // "Mum of Theo Banks": a capitalised surname after it comes with it.
    const surname = /^[ \t]+(\p{Lu}\p{Ll}[\p{Ll}'’-]{1,20})(?![\p{L}\p{N}'’-])/u.exec(
      text.slice(m.index + m[0].length, m.index + m[0].length + 24),
    );
    const next = (surname?.[1] ?? '').toLowerCase();
    // An organisation's word only with nothing capitalised after it ("Theo Park (Lakeside
    // Primary)", not "Theo Park Nursery").
    const afterSurname = text.slice(m.index + m[0].length + (surname?.[0].length ?? 0));
    const organisation = ORGANISATION_WORDS.has(next) && /^[ \t]+\p{Lu}/u.test(afterSurname);
    const whole =
      surname && /^\p{Lu}/u.test(word) && !organisation && !NAME_DENY_WORDS.has(next)
        ? `${word}${surname[0]}`
        : word;
    findings.push(nameAt(m.index + m[0].length - word.length, whole));
  }
  return findings;
}
// After "parents of" and a word: a kind of children ("pda children", "Roma and Traveller kids").
const KINDS_OF_CHILDREN =
  /^[^.!?\n]{0,40}\b(?:children|kids|young people|yps?|cyps?|pupils|teens|teenagers|babies|families|boys|girls|students|learners|toddlers|infants)\b/i;
// After the word that follows "mum of": a pause, another name or an age, not a noun it qualifies.
const AMBIGUOUS_CHILD_WORD = /^(?:[ \t]*[,;:)]|[ \t]+(?:and|&|n)\b|[ \t]*$|[ \t]*\([ \t]*\d)/;

function possessivesWithoutApostrophe(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(POSSESSIVE_WITHOUT_APOSTROPHE)) {
    const stem = (m[1] ?? '').toLowerCase();
    const word = `${m[1] ?? ''}s`;
    if (
      !GIVEN_NAMES.has(stem) ||
      isCommonWord(stem) ||
      isCommonWord(word.toLowerCase()) ||
      GROUPS.has(stem) ||
      TIME_WORD.test(stem) ||
      TIME_WORD.test(word.toLowerCase()) ||
      /^(?:wat|min|hr|yr|sec|mo|wk|day|tue|wed|thu|fri|sat|sun|mon)$/.test(stem)
    )
      continue;
    // "Ellis House", "Rosie's Place": a venue's name, not whose home it is.
    if (m[4] !== undefined && !/^\p{Ll}/u.test(m[4])) continue;
    // "my nannys address", "lils bday": what a relative is called, not a name.
    if ((m[3] !== undefined || m[4] !== undefined) && KIN_CALLED.test(stem)) continue;
    // Before a relative any given name; before what only a person has ("harmonys dob") one that is
    // a word too, where the word with its "s" is none ("angels birthday" may be a party).
    if (m[2] === undefined) {
      if (ENGLISH_WORDS.has(word.toLowerCase())) continue;
      if (m[3] === undefined && ENGLISH_WORDS.has(stem)) continue;
    }
    findings.push(nameAt(m.index, word));
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
    // "mum shannon price blames his brother": a listed surname, then what a person does.
    const s = SURNAME_THEN_VERB.exec(text.slice(name.end, name.end + 40));
    if (s && SURNAMES.has((s[1] ?? '').toLowerCase()) && !FUNCTION_WORD.test(s[1] ?? ''))
      findings.push({ kind: 'name', start: name.start, end: name.end + 1 + (s[1] ?? '').length });
    const u = UNKNOWN_SURNAME_AFTER.exec(text.slice(name.end, name.end + 40));
    const surname = (u?.[1] ?? '').toLowerCase();
    if (u && !everydayWord(surname))
      findings.push({ kind: 'name', start: name.start, end: name.end + 1 + surname.length });
    const listed = (LISTED_SURNAME_AFTER.exec(text.slice(name.end, name.end + 40))?.[1] ?? '').toLowerCase();
    // With a possessive "s" and no apostrophe too: "[name] warsames new school".
    const stem = /^\p{L}{4,}s$/u.test(listed) && !everydayWord(listed) ? listed.slice(0, -1) : listed;
    // (Four letters or more: "abt", "eng" are chat, whatever a list holds.)
    if (
      stem.length >= 4 &&
      (SURNAMES.has(stem) || OTHER_NAMES.has(stem) || GIVEN_NAMES.has(stem)) &&
      !everydayWord(stem) &&
      !droppedG(stem) &&
      !FUNCTION_WORD.test(stem)
    )
      findings.push({ kind: 'name', start: name.start, end: name.end + 1 + listed.length });
  }
  for (const m of text.matchAll(BRACKETED_WORD)) {
    const word = m[1] ?? '';
    const start = m.index + m[0].length - word.length - 1;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const afterPerson = PERSON_BEFORE_BRACKET.test(before) || endsBefore(text, known, m.index);
    if (!afterPerson || plainWord(word) || /^[A-Z]+$/.test(word)) continue;
    findings.push(nameAt(start, word));
  }
  findings.push(
    ...capitalNames(text),
    ...familyNames(text, known),
    ...wordsBeforeNames(text, known),
    ...framedNames(text),
    ...possessivesWithoutApostrophe(text),
    ...namesByGroupAndNickname(text),
    ...namesByClassAndHome(text),
    ...namesInBracketsAfterPerson(text),
    ...childrenOfParents(text),
    ...surnamesAfterLowerMiss(text),
  );
  // A list read from a name found just now goes on: "[name]/Jordan(yr8)/Tyler(yr5)".
  findings.push(...agedNeighbours(text, known), ...joinedAndAkaNames(text, known));
  let fresh = findings.filter((f) => f.kind === 'name');
  for (let round = 0; round < 4 && fresh.length > 0; round += 1) {
    const seen = [...known, ...findings];
    fresh = [
      ...wordsAfterNames(text, fresh, LISTED_AFTER, listedName),
      ...wordsBeforeNames(text, fresh),
      ...agedNeighbours(text, fresh),
      ...joinedAndAkaNames(text, fresh),
    ].filter((f) => !seen.some((g) => f.start < g.end && g.start < f.end));
    findings.push(...fresh);
  }
  findings.push(...namesInLists(text, [...known, ...findings]));
  for (const m of text.matchAll(RELATIVE_THEN_NAME)) {
    const word = (m[1] ?? '').toLowerCase();
    if (NOT_A_NAME_HERE.has(word) || !GIVEN_NAMES.has(word)) continue;
    // "her cousin bridget ward aren't on roll": a surname after the given name comes with it.
    const second = (m[2] ?? '').trim().toLowerCase();
    const surname =
      second !== '' &&
      (SURNAMES.has(second) || GIVEN_NAMES.has(second) || !ENGLISH_WORDS.has(second)) &&
      !FUNCTION_WORD.test(second) &&
      !CHAT_WORDS.has(second) &&
      !TIME_WORD.test(second);
    // An ordinary word after the name is no surname: the name alone ("his brother major is").
    const captured = `${m[1] ?? ''}${m[2] ?? ''}`;
    const start = m.index + m[0].length - captured.length;
    findings.push(nameAt(start, surname ? captured : (m[1] ?? '')));
  }
  return findings;
}
