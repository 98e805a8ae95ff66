import { AGE_WORD, AMBIGUOUS_NAME_WORDS, isCommonWord } from './common-words.ts';
import { NAME_DENY_PHRASES, NAME_DENY_WORDS, ORGANISATION_WORDS } from './name-deny-list.ts';
import { ENGLISH_WORDS, GIVEN_NAMES } from './name-lists.ts';
import type { PersonalDataFinding } from './types.ts';

// A word: letters (with combining marks) joined by apostrophes or hyphens, so "Ellie-May",
// "O'Neill" and "Kelly's" are single tokens. A trailing apostrophe ("Practitioners'") is kept so
// it can be recognised as a possessive.
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*['’]?/gu;
const POSSESSIVE = /['’]s$|['’]$/i;

/**
 * How a capitalised word scores as a name: `solid` is unknown vocabulary (most likely a name),
 * `soft` is a word that is also a first name or surname ("Grace", "Preston"), `none` cannot be one.
 */
type NameStrength = 'solid' | 'soft' | 'none';

interface Token {
  start: number;
  /** End of the word without any possessive "'s", so "[name]'s mum" keeps the grammar. */
  end: number;
  /** End including the possessive suffix. */
  rawEnd: number;
  norm: string;
  possessive: boolean;
  strength: NameStrength;
  /** A lower-case word that is not vocabulary: usable as a name only after "called"/"named". */
  lowerName: boolean;
  sentenceStart: boolean;
}

function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

const TITLES = wordSet('mr mrs ms miss mx dr master');
// Lower-case "miss" and "master" are ordinary words; lower-case "mr"/"mrs" are still titles.
const LOWER_CASE_TITLES = wordSet('mr mrs ms mx');

const PERSON_NOUNS = wordSet(`
  boy girl child kid baby infant toddler teenager teen youngster person yp cyp pupil student learner
  client son daughter brother sister sibling twin mum mam mom mother dad father stepdad stepmum step-dad
  step-mum stepfather stepmother parent carer nan nana nanna gran granny grandma grandmother grandad
  grandpa grandfather uncle aunt auntie aunty cousin niece nephew partner boyfriend girlfriend husband
  wife ex lad lass man woman lady neighbour friend colleague teacher nurse visitor midwife worker dsl
  senco headteacher bf gf hubby bloke fella user leaver someone somebody daddy mummy`);

// Words after which a capitalised unknown word is probably a person: "a CAF on Ellie-May Turner",
// "worried about Jayden", "I spoke to Kelly".
const WEAK_CUES = wordSet(`
  on for about with regarding re concerning supporting support told asked saw seen met meet meeting
  visited visit visiting rang phoned emailed texted contacted see seeing abt wiv`);
const TO_VERBS = wordSet(
  'spoke speak spoken speaking talked talk talking chatted wrote write writing sent referred',
);
const BE_WORDS = wordSet(`is was are were be been being he's he’s she's she’s`);
const NAMING_VERBS = wordSet('called named nicknamed');
// After the day or month named: a pause or what a person is ("called Sunday, parents", "is May and
// she is 4"), never a time ("called Monday to say", "Tuesday morning").
const CALENDAR_NAME_AFTER = /^(?:[ \t]*(?:[,.;:)!?\n]|$)|[ \t]+(?:who|and (?:she|he)|is|was|aged?|\(\d)\b)/i;
// Before the cue: a young person or partner brought in with "a" ("a 19 year old boyfriend called",
// "a girl named") or "name is", never someone who rang ("her dad called Monday", "a neighbour
// called Tuesday") or a meeting ("an ICPC was called Monday").
const CALENDAR_NAME_BEFORE =
  /(?:\b(?:a|an)\b[^.!?\n]{0,16}\b(?:boy|girl|boyfriend|girlfriend|bf|gf|man|woman|lad|lass|fella|child|kid|baby|son|daughter|partner|brother|sister|cousin|twin|pupil|student|teenager|teen|friend|mate)[ \t]+(?:called|named)|\bname(?:['’]s|[ \t]+is|[ \t]+was)?)[ \t:]*$/i;
// Words a form's name field holds when the name is not given.
// ("kids go by nicknames", "known as initials": how people are named, not a name.)
const NOT_GIVEN_NAME =
  /^(?:unknown|withheld|redacted|anonymous|tbc|tba|none|private|confidential|nicknames?|names|initials|aliases|pseudonyms?|surnames?)$/;
// Days and months children are named: read as names only after a naming cue.
const CALENDAR_NAME =
  /^(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|january|april|may|june|july|august|september|october|november|december)$/;
const NAME_NOUNS = wordSet('name names surname forename firstname nickname');
export const PARTICLES = wordSet('van von de der den da di du le la bin binti al el ibn ap dos del');
const SAINTS = wordSet('st saint');

const FAMILY_AFTER_POSSESSIVE = wordSet(`
  mum mam mom mother dad father parents parent carer carers family nan nana gran granny grandma grandad
  grandparents brother brothers sister sisters siblings sibling son daughter baby partner boyfriend
  girlfriend uncle aunt auntie cousin stepdad stepmum step-dad step-mum school teacher class caf eha plan
  case file behaviour attendance needs social house home address dob birthday name nhs`);

// Text straight after a word that marks it as a person's name: an age, a birth cue or a school
// year ("(aged 7)", ", 7,", ", born", "in year 4", "is 7"). Strong enough even for a word that
// is also vocabulary ("Grace (aged 7)").
// An age or a birth cue straight after: "(aged 7)", ", 7,", ", aged 7", ", born".
const AGE_OR_BIRTH = String.raw`[ \t]*\([ \t]*(?:aged?[ \t]*)?\d{1,2}[ \t]*(?:yrs?|years?|y\/?o|months?)?[ \t]*\)|,?[ \t]+aged?[ \t]+\d{1,2}\b|,[ \t]*\d{1,2}[ \t]*(?:,|\)|yo\b|y\/o\b|yrs?\b|years?\b)|,?[ \t]+(?:born|dob|d\.o\.b)\b`;
const AGE_AFTER = new RegExp(
  String.raw`^(?:${AGE_OR_BIRTH}|[ \t]+in[ \t]+(?:year|yr|reception|nursery|y\d)|[ \t]+(?:is|was)[ \t]+(?:aged[ \t]+)?\d{1,2}\b)`,
  'i',
);
// An age, a year group or a date of birth straight after: what follows a person, never a place.
// "Rosie Ball, 7,", "Jacob Hill (yr 4)", "Max Hill DOB ...".
export const PERSON_AFTER = new RegExp(
  String.raw`^(?:${AGE_OR_BIRTH}|[ \t]*[(,][ \t]*(?:yr|year|y)[ \t]?\d{1,2}\b)`,
  'i',
);
// Street words that are no one's surname: "Hope Street, 7," is still a street.
export const ONLY_A_STREET =
  /^(?:street|st|road|rd|avenue|ave|close|drive|dr|way|crescent|grove|gardens|terrace|place|mews|square|parade|walk|row|court|ct|ln)$/;
// "who ...", "said", "disclosed": people do these, but so do agencies, so only an unknown word counts.
const SPEECH_AFTER =
  /^(?:,[ \t]*who\b|[ \t]+who[ \t]+(?:is|was|has|had|lives|lived|attends|attended|goes|went|keeps|kept|said|says|told|disclosed|came|comes)\b|,?[ \t]+(?:said|says|told|tells|disclosed|discloses|reported|mentioned|rang|phoned|emailed|texted|keeps|kept)\b)/i;

// After a forename-surname pair at the very start of a sentence, a little more is enough to tell a
// name from a capitalised phrase.
const RUN_AFTER_AT_START =
  /^(?:,|[ \t]*\(|[ \t]+(?:and|&|has|had|is|was|needs|wants|lives|attends|goes|went|came|comes|seems|will|won't|can't|does|did|didn't|doesn't)\b)/i;

// From a named place, then what a child does: "Kacey from Brambles told us", "Jordan Pike from
// Castleford Lane Academy is being moved" (not "Jane from Barnardo's will present").
export const FROM_PLACE_THEN_VERB =
  /^[ \t]+from[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:(?:has|had|is|was|keeps|kept|told|tells|says|said|disclosed|discloses|just|came|comes|turned|goes|went|lives|needs|wants)\b|\()/u;

/** The next few characters after `end`, skipping closing Markdown emphasis and quotes ("**Jayden**"). */
function textAfter(text: string, end: number): string {
  return text.slice(end, end + 48).replace(/^[*_~"'”’`]+/, '');
}

const SPACE_GAP = /^[ \t\u00a0]+$/;
const CUE_GAP = /^[ \t\u00a0]*[,:]?[ \t\u00a0]*["'“‘]?$/;
const TITLE_GAP = /^\.?[ \t\u00a0]+["'“‘]?$/;
const SENTENCE_BREAK = /[.!?\n:;•]/;

const denyPhrases = buildDenyPhrases();

function buildDenyPhrases(): Map<string, string[][]> {
  const phrases = new Map<string, string[][]>();
  for (const phrase of NAME_DENY_PHRASES) {
    const words = Array.from(phrase.matchAll(WORD), (m) => normalise(m[0]).norm);
    const first = words[0];
    if (first === undefined) continue;
    phrases.set(first, [...(phrases.get(first) ?? []), words]);
  }
  return phrases;
}

function normalise(word: string): { norm: string; base: string; possessive: boolean } {
  const possessive = word.length > 2 && POSSESSIVE.test(word);
  const base = possessive ? word.replace(POSSESSIVE, '') : word;
  return { norm: base.toLowerCase(), base, possessive };
}

function strengthOf(base: string, norm: string): NameStrength {
  if (!/^\p{Lu}/u.test(base) || TITLES.has(norm)) return 'none';
  const letters = base.replace(/[^\p{L}]/gu, '');
  // Acronyms (CAF, TAC, NHS, ICPCs) and single letters ("Child A") are never names here.
  const singular = letters.replace(/(?<=\p{Lu}{2})s$/u, '');
  if (letters.length < 2 || singular === singular.toUpperCase()) return 'none';
  const ambiguous = AMBIGUOUS_NAME_WORDS.has(norm);
  if (isDenied(norm) || isCommonWord(norm)) return ambiguous ? 'soft' : 'none';
  return 'solid';
}

// "Wednesdays", "Barnardos", "Mondays": plural or possessive-less forms of denied words.
function isDenied(norm: string): boolean {
  return NAME_DENY_WORDS.has(norm) || (norm.endsWith('s') && NAME_DENY_WORDS.has(norm.slice(0, -1)));
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const { norm, base, possessive } = normalise(match[0]);
    const strength = strengthOf(base, norm);
    const lowerName =
      /^\p{Ll}/u.test(base) &&
      base.length >= 2 &&
      !isCommonWord(norm) &&
      !isDenied(norm) &&
      !TITLES.has(norm) &&
      !PARTICLES.has(norm);
    tokens.push({
      start,
      end: start + base.length,
      rawEnd: start + match[0].length,
      norm,
      possessive,
      strength,
      lowerName,
      sentenceStart: tokens.length === 0 || SENTENCE_BREAK.test(text.slice(previousEnd, start)),
    });
    previousEnd = start + match[0].length;
  }
  markDeniedPhrases(tokens, text);
  return tokens;
}

function markDeniedPhrases(tokens: Token[], text: string): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const candidates = denyPhrases.get(tokens[i]?.norm ?? '');
    if (!candidates) continue;
    for (const words of candidates) {
      const matches = words.every((word, k) => {
        const token = tokens[i + k];
        if (!token || token.norm !== word) return false;
        return k === 0 || adjacent(text, tokens[i + k - 1], token);
      });
      if (!matches) continue;
      for (let k = 0; k < words.length; k += 1) {
        const token = tokens[i + k];
        if (token) {
          token.strength = 'none';
          token.lowerName = false;
        }
      }
    }
  }
}

function adjacent(text: string, left: Token | undefined, right: Token | undefined): boolean {
  if (!left || !right) return false;
  return SPACE_GAP.test(text.slice(left.rawEnd, right.start));
}

function gapMatches(text: string, left: Token | undefined, right: Token | undefined, gap: RegExp): boolean {
  if (!left || !right || left.possessive) return false;
  return gap.test(text.slice(left.rawEnd, right.start));
}

/**
 * Extends a name from token `first` over following capitalised name words (and particles such as
 * "van" or "de" between them), at most four words. Returns the index of the last token.
 */
function extendRun(tokens: Token[], text: string, first: number, allowSoft: boolean): number {
  let last = first;
  while (last - first < 3) {
    const current = tokens[last];
    if (!current || current.possessive) break;
    const next = tokens[last + 1];
    if (next && adjacent(text, current, next) && isNameWord(next, allowSoft)) {
      last += 1;
      continue;
    }
    const after = tokens[last + 2];
    if (
      next &&
      PARTICLES.has(next.norm) &&
      adjacent(text, current, next) &&
      adjacent(text, next, after) &&
      after &&
      isNameWord(after, true)
    ) {
      last += 2;
      continue;
    }
    break;
  }
  return last;
}

function isNameWord(token: Token, allowSoft: boolean): boolean {
  return token.strength === 'solid' || (allowSoft && token.strength === 'soft');
}

/** The token right after a run names an organisation or a place: "Oakfield Primary". */
function followedByOrganisation(tokens: Token[], text: string, last: number): boolean {
  const current = tokens[last];
  const next = tokens[last + 1];
  if (!current || current.possessive || !next || !adjacent(text, current, next)) return false;
  return ORGANISATION_WORDS.has(next.norm) || ORGANISATION_WORDS.has(next.norm.replace(/s$/, ''));
}

/**
 * The run is followed by another capitalised ordinary word, so it sits inside a Title Case phrase
 * such as "Child Poverty Action Group" rather than after a real cue. "Year" is exempt because
 * "Jayden Smith Year 4" is a common way to write a pupil's class.
 */
function followedByTitleCase(tokens: Token[], text: string, last: number): boolean {
  const current = tokens[last];
  const next = tokens[last + 1];
  if (!current || current.possessive || !next || !adjacent(text, current, next)) return false;
  const word = text.slice(next.start, next.end);
  return /^\p{Lu}/u.test(word) && next.strength === 'none' && next.norm !== 'year' && !TITLES.has(next.norm);
}

function precededBySaint(tokens: Token[], text: string, first: number): boolean {
  const previous = tokens[first - 1];
  const current = tokens[first];
  if (!previous || !current || !SAINTS.has(previous.norm)) return false;
  return /^\.?[ \t\u00a0]+$/.test(text.slice(previous.rawEnd, current.start));
}

type Cue = 'title' | 'strong' | 'naming' | 'naming-lower' | 'weak';

/** What, immediately before token `i`, suggests that a name starts at `i`. */
function cueBefore(tokens: Token[], text: string, i: number): Cue | undefined {
  const target = tokens[i];
  const previous = tokens[i - 1];
  if (!target || !previous) return undefined;
  const beforePrevious = tokens[i - 2];
  if (TITLES.has(previous.norm) && gapMatches(text, previous, target, TITLE_GAP)) {
    const titleWord = text.slice(previous.start, previous.end);
    if (/^\p{Lu}/u.test(titleWord) || LOWER_CASE_TITLES.has(previous.norm)) return 'title';
  }
  if (!gapMatches(text, previous, target, CUE_GAP)) {
    // "name's Jayden": the possessive form of "name" is a contraction of "name is".
    if (
      previous.possessive &&
      previous.norm === 'name' &&
      CUE_GAP.test(text.slice(previous.rawEnd, target.start))
    ) {
      return 'naming-lower';
    }
    return undefined;
  }
  const twoWordCue = beforePrevious && adjacent(text, beforePrevious, previous);
  if (NAMING_VERBS.has(previous.norm)) {
    const context = twoWordCue ? beforePrevious : undefined;
    const personContext =
      context !== undefined && (PERSON_NOUNS.has(context.norm) || BE_WORDS.has(context.norm));
    return personContext || previous.norm === 'nicknamed' ? 'naming-lower' : 'naming';
  }
  if (twoWordCue) {
    const pair = `${beforePrevious.norm} ${previous.norm}`;
    if (pair === 'known as' || pair === 'goes by' || pair === 'go by') return 'naming-lower';
    if (
      NAME_NOUNS.has(beforePrevious.norm) &&
      (previous.norm === 'is' || previous.norm === 'was' || previous.norm === 'are')
    ) {
      return 'naming-lower';
    }
    if (previous.norm === 'to' && TO_VERBS.has(beforePrevious.norm)) return 'weak';
  }
  if (NAME_NOUNS.has(previous.norm) && text.slice(previous.rawEnd, target.start).includes(':'))
    return 'naming-lower';
  if (PERSON_NOUNS.has(previous.norm)) return 'strong';
  if (WEAK_CUES.has(previous.norm)) return 'weak';
  return undefined;
}

interface Span {
  first: number;
  last: number;
}

// "on Mill Lane", "the Windmill Lane site": a capitalised run that ends in a street word is a
// street, left to the address detectors; "with Oakfield" after a weak cue is a place.
const STREET_WORD =
  /^(?:lane|road|street|avenue|close|drive|way|court|crescent|grove|place|gardens|terrace|walk|hill|row|square|mews|view|park|rise|green|parade|vale|croft|gate|chase|yard|boulevard|broadway|approach|heights|wharf|quay)$/;
const PLACE_SUFFIX =
  /(?:field|fields|ford|bury|borough|wood|side|gate|dale|brook|croft|mead|moor|shaw|wick|thorpe|worth|hurst|cliffe|combe|hampton|minster|chester|caster|mouth|haven|vale)$/;
function endsInStreet(tokens: Token[], text: string, last: number): boolean {
  const next = tokens[last + 1];
  return (
    STREET_WORD.test(tokens[last]?.norm ?? '') ||
    (next !== undefined &&
      adjacent(text, tokens[last], next) &&
      STREET_WORD.test(next.norm) &&
      /^\p{Lu}/u.test(text.slice(next.start, next.end)))
  );
}

function spanFromCue(tokens: Token[], text: string, i: number, cue: Cue): Span | undefined {
  const target = tokens[i];
  if (!target) return undefined;
  // "a boyfriend called Sunday", "her name is May": a day or month named straight after a naming cue.
  // Not "mum called Monday to say" (rang): only after a person spoken of ("a boyfriend called", "her
  // name is") and before a pause or what a person is.
  if (
    cue === 'naming-lower' &&
    /^\p{Lu}\p{Ll}/u.test(text.slice(target.start, target.end)) &&
    CALENDAR_NAME.test(target.norm) &&
    CALENDAR_NAME_AFTER.test(textAfter(text, target.rawEnd)) &&
    CALENDAR_NAME_BEFORE.test(text.slice(Math.max(0, target.start - 40), target.start))
  )
    return { first: i, last: i };
  // "Surname: Unknown", "name: withheld": the name is not given.
  if (NOT_GIVEN_NAME.test(target.norm)) return undefined;
  if ((cue === 'naming-lower' || cue === 'title') && target.lowerName) {
    const next = tokens[i + 1];
    const last = next?.lowerName && adjacent(text, target, next) && !target.possessive ? i + 1 : i;
    return { first: i, last };
  }
  const allowSoft = cue !== 'weak';
  // "Mr Marvellous Eze": after a title, a capitalised word before a surname is a given name, even
  // one that is an ordinary word ("Mr Men books" stay).
  const next = tokens[i + 1];
  if (
    cue === 'title' &&
    !isNameWord(target, true) &&
    /^\p{Lu}\p{Ll}/u.test(text.slice(target.start, target.end)) &&
    !isDenied(target.norm) &&
    !target.possessive &&
    next &&
    adjacent(text, target, next) &&
    next.strength === 'solid'
  )
    return { first: i, last: extendRun(tokens, text, i + 1, true) };
  if (!isNameWord(target, allowSoft)) return undefined;
  if (cue === 'weak' && PLACE_SUFFIX.test(target.norm) && !tokens[i + 1]?.possessive) return undefined;
  const last = extendRun(tokens, text, i, allowSoft);
  if (cue === 'title') return { first: i, last };
  if (followedByOrganisation(tokens, text, last) || precededBySaint(tokens, text, i)) return undefined;
  if (followedByTitleCase(tokens, text, last) || endsInStreet(tokens, text, last)) return undefined;
  return { first: i, last };
}

/** Names identified by what follows them: "Jayden (aged 7)", "Kelly's mum", "Jayden said". */
function spanFromFollowing(tokens: Token[], text: string, last: number): Span | undefined {
  const token = tokens[last];
  if (!token) return undefined;
  const next = tokens[last + 1];
  const possessiveOfFamily =
    token.possessive &&
    next !== undefined &&
    FAMILY_AFTER_POSSESSIVE.has(next.norm) &&
    SPACE_GAP.test(text.slice(token.rawEnd, next.start));
  if (possessiveOfFamily && token.lowerName && token.norm.length >= 3) return { first: last, last };
  if (token.strength === 'none') return undefined;
  // "The SENCO at Moorlands said": after "at", "in" or "near" a capitalised word is a place.
  const before = tokens[last - 1];
  if (
    !token.possessive &&
    before &&
    /^(?:at|in|near)$/.test(before.norm) &&
    adjacent(text, before, token) &&
    !possessiveOfFamily
  )
    return undefined;
  const after = token.possessive ? '' : textAfter(text, token.rawEnd);
  const personAfter =
    possessiveOfFamily || AGE_AFTER.test(after) || (token.strength === 'solid' && SPEECH_AFTER.test(after));
  if (!personAfter) return undefined;
  let first = last;
  while (first > 0 && last - first < 3) {
    const previous = tokens[first - 1];
    if (
      !previous ||
      !adjacent(text, previous, tokens[first]) ||
      !isNameWord(previous, true) ||
      previous.possessive
    )
      break;
    first -= 1;
  }
  if (precededBySaint(tokens, text, first)) return undefined;
  return { first, last };
}

/** Two or more capitalised name words in a row with at least one unknown word: "Jayden Smith". */
function spanFromRun(tokens: Token[], text: string, i: number): Span | undefined {
  const token = tokens[i];
  if (!token || !isNameWord(token, true)) return undefined;
  const previous = tokens[i - 1];
  // Only consider a run from its first word.
  if (previous && adjacent(text, previous, token) && isNameWord(previous, true) && !previous.possessive)
    return undefined;
  const last = extendRun(tokens, text, i, true);
  if (last === i) return givenNameAndWord(tokens, text, i);
  const words = tokens.slice(i, last + 1);
  if (!words.some((word) => word.strength === 'solid')) return undefined;
  // "Willow Ward", "Ivy Lodge", "Summer Fair": an everyday first word and a place word last.
  const lastWord = tokens[last];
  const firstWord = words[0];
  // A given name and one word that can end a place's name ("Ball", "Hill", "Lane"), then an age or
  // a date of birth: a person, not a venue or a street.
  const person =
    words.length === 2 &&
    firstWord !== undefined &&
    GIVEN_NAMES.has(firstWord.norm) &&
    !ONLY_A_STREET.test(lastWord?.norm ?? '') &&
    PERSON_AFTER.test(textAfter(text, tokens[last]?.rawEnd ?? 0));
  if (
    !person &&
    firstWord &&
    (firstWord.strength === 'soft' || ENGLISH_WORDS.has(firstWord.norm)) &&
    lastWord &&
    !lastWord.possessive &&
    ORGANISATION_WORDS.has(lastWord.norm)
  )
    return undefined;
  if (followedByOrganisation(tokens, text, last) || precededBySaint(tokens, text, i)) return undefined;
  if (
    !person &&
    endsInStreet(tokens, text, last) &&
    !(
      last === i + 1 &&
      givenNameAndStreetSurname(text, token.norm, lastWord?.norm ?? '', token.start, lastWord?.rawEnd ?? 0)
    )
  )
    return undefined;
  if (token.sentenceStart) {
    const after = textAfter(text, tokens[last]?.rawEnd ?? 0);
    const cued =
      AGE_AFTER.test(after) ||
      SPEECH_AFTER.test(after) ||
      RUN_AFTER_AT_START.test(after) ||
      FROM_PLACE_THEN_VERB.test(after);
    if (!cued && !tokens[last]?.possessive) return undefined;
  }
  return { first: i, last };
}

// Street words that are also common surnames ("Leo Green", "Jade Hill", "Ruby Lane").
const STREET_SURNAME = /^(?:green|hill|lane|park|croft|chase)$/;
// Given names that streets, parks and districts are named after ("Victoria Park", "Albert Road").
const STREET_NAMESAKES = wordSet(
  'victoria albert alexandra edward george william elizabeth charles james mary anne john peter arthur alfred henry stanley nelson byron clarence wellington cromwell milton tennyson richmond hyde primrose maida forest tower herne tulse denmark golders parsons bethnal notting',
);
// What goes before a place rather than a person: "at Jack Green", "off Leo Lane", "2 Ruby Lane".
const PLACE_BEFORE =
  /(?:\b(?:the|at|on|in|off|near|from|to|into|via|along|up|down|past|opposite|behind|by|towards|round|around|nr|outside|inside|(?:centre|center|hub|library|church|hall|house|clinic|surgery|office|school|academy|nursery|station|unit|block|estate)[ \t]*,)|\d)[ \t]*$/i;

/**
 * "refer Leo Green to", "mum is Ava Hill": a given name that is no word and no street's namesake,
 * then a street word that is also a common surname, not after a place word or a house number and
 * not before another capitalised word: a person, where "on Mill Lane" stays a street. `start` and
 * `end` are where the two words begin and end in `text`; the words are in lower case.
 */
export function givenNameAndStreetSurname(
  text: string,
  given: string,
  surname: string,
  start: number,
  end: number,
): boolean {
  if (!GIVEN_NAMES.has(given) || ENGLISH_WORDS.has(given) || STREET_NAMESAKES.has(given)) return false;
  if (!STREET_SURNAME.test(surname) || PLACE_BEFORE.test(text.slice(Math.max(0, start - 20), start)))
    return false;
  const after = textAfter(text, end);
  return (
    !/^[ \t]+\p{Lu}/u.test(after) &&
    !/^[ \t]+(?:area|estate|ward|district|side|end|way|road|rd|lane|street|st)\b/i.test(after)
  );
}

/**
 * "Rosie Ball, 7,", "Amy Hope (yr 2)": a given name, then a capitalised everyday word as surname,
 * then an age, year group or date of birth.
 */
function givenNameAndWord(tokens: Token[], text: string, i: number): Span | undefined {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token || !next || !GIVEN_NAMES.has(token.norm) || !adjacent(text, token, next)) return undefined;
  if (ONLY_A_STREET.test(next.norm)) return undefined;
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(next.start, next.end))) return undefined;
  const after = textAfter(text, next.rawEnd);
  return PERSON_AFTER.test(after) || FROM_PLACE_THEN_VERB.test(after) ? { first: i, last: i + 1 } : undefined;
}

/**
 * A second name joined to a found one by "and" or "&": "mum Kelly and Dean", "Jayden and Ellie-May".
 * Only unknown words qualify, so "Kelly and Leeds" or "Jayden and Early Help" add nothing.
 */
function spanJoinedTo(tokens: Token[], text: string, span: Span, flagged: boolean[]): Span | undefined {
  const after = joinedIndex(tokens, text, span.last, 1);
  if (after !== undefined && !flagged[after]) {
    const last = extendRun(tokens, text, after, true);
    if (!followedByOrganisation(tokens, text, last)) return { first: after, last };
  }
  const before = joinedIndex(tokens, text, span.first, -1);
  if (before !== undefined && !flagged[before] && !tokens[before]?.possessive) {
    if (!precededBySaint(tokens, text, before)) return { first: before, last: before };
  }
  return undefined;
}

/** Index of the solid name word on the other side of "and"/"&" from token `from`, if any. */
function joinedIndex(tokens: Token[], text: string, from: number, direction: 1 | -1): number | undefined {
  const neighbour = tokens[from + direction];
  const [left, right] = direction === 1 ? [tokens[from], neighbour] : [neighbour, tokens[from]];
  if (!left || !right || left.possessive) return undefined;
  let candidate: number | undefined;
  if (/^[ \t]*&[ \t]*$/.test(text.slice(left.rawEnd, right.start))) {
    candidate = from + direction;
  } else if (neighbour?.norm === 'and' && adjacent(text, left, right)) {
    const other = tokens[from + 2 * direction];
    const [l, r] = direction === 1 ? [neighbour, other] : [other, neighbour];
    if (other && adjacent(text, l, r)) candidate = from + 2 * direction;
  }
  if (candidate === undefined) return undefined;
  return tokens[candidate]?.strength === 'solid' ? candidate : undefined;
}

/**
 * People's names, found from context rather than a list of names: after titles ("Mrs Patel"),
 * person nouns ("her son Aarav", "mum Kelly"), naming verbs ("a boy called tom", lower case
 * allowed), prepositions and contact verbs ("a CAF on Ellie-May Turner", "spoke to Kelly"); before
 * age, birth and speech cues ("Jayden (aged 7)", "Kelly's mum", "Jayden said"); and as runs of two
 * or more capitalised words that are not ordinary vocabulary, domain terms or places
 * ("Jayden Smith in year 4"). A span covers only the name, not the title or a possessive "'s".
 */
export function detectNames(text: string): PersonalDataFinding[] {
  const tokens = tokenise(text);
  const flagged: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const spans: Span[] = [];
  const add = (span: Span | undefined): void => {
    if (!span) return;
    spans.push(span);
    for (let k = span.first; k <= span.last; k += 1) flagged[k] = true;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    if (flagged[i]) continue;
    const cue = cueBefore(tokens, text, i);
    const span = (cue && spanFromCue(tokens, text, i, cue)) || spanFromRun(tokens, text, i);
    if (span) {
      add(span);
      i = span.last;
      continue;
    }
    add(spanFromFollowing(tokens, text, i));
  }
  for (const span of [...spans]) add(spanJoinedTo(tokens, text, span, flagged));
  return spans
    .map((span) => ({
      kind: 'name' as const,
      start: tokens[span.first]?.start ?? 0,
      end: tokens[span.last]?.end ?? 0,
    }))
    .filter((finding) => !AGE_WORD.test(text.slice(finding.start, finding.end)));
}
