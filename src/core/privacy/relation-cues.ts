import { AMBIGUOUS_NAME_WORDS, isCommonWord, TIME_WORD, WEEKDAY } from './common-words.ts';
import { CHAT_WORDS, RELATIVE_AGE } from './contextual-names.ts';
import { NAME_DENY_WORDS, ORGANISATION_WORDS } from './name-deny-list.ts';
import { ENGLISH_WORDS, GIVEN_NAMES, SURNAMES } from './name-lists.ts';
import type { PersonalDataFinding } from './types.ts';

// Names that only a relation gives away: the word itself may be an everyday one ("gift", "tiger",
// "journey"), or in no list ("tigist"), but what is said of it belongs to a person. Where a
// construction also takes things ("is summer still open", "re grant - they"), the reading takes
// only listed names that are no everyday word.

// Words that take these constructions without naming anyone.
const NOT_A_NAME = new Set(
  `i me you he she it we they him her us them his hers its our ours their theirs my your this that
  these those who whom whose which what one ones someone somebody anyone anybody everyone everybody
  noone nobody nothing something everything no the a an and or but if so
  mum mam mom mother dad father parent parents carer carers nan nana gran granny grandma grandad
  grandpa grandparents brother brothers sister sisters sibling siblings son sons daughter daughters
  child children kid kids baby babies boy boys girl girls lad lads twin twins cousin cousins uncle
  aunt auntie aunty partner friend friends mate mates neighbour teacher teachers school nursery
  family families pupil pupils student students people person staff everyone today tomorrow
  yesterday week year month night world team class group case service services ex boyfriend
  girlfriend bf gf husband wife fiance fiancee stepdad stepmum nephew niece godmother godfather guardian
  foster sw hv gp dsl teacher worker nurse doctor manager colleague client patient tutor mentor
  how where when why there here else victim victims leaver leavers user users eldest youngest oldest
  middle perpetrator perpetrators perp offender suspect learner learners unborn survivor resident
  tenant applicant member visitor caller step-dad step-mum stepbrother stepsister adult adults
  toddler toddlers mindee mindees infant infants newborn teen teens teenager teenagers youngster yp`
    .split(/\s+/)
    .filter(Boolean),
);

// Determiners and possessives: "the school's mum", "my friend's dad" name no one.
const DETERMINER =
  /(?:^|[^\p{L}'’])(?:the|a|an|my|our|your|his|her|their|this|that|every|each|one|another|any|some|no)[ \t]+$/iu;

// Family only: a service has a social worker or a teacher too ("the council's social worker").
const KIN = String.raw`(?:mum|mam|mom|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|stepdad|stepmum|step[ -]dad|step[ -]mum|aunt|auntie|aunty|uncle|sister|brother)`;
const SIBLINGS = String.raw`(?:brothers|sisters|twins|siblings|cousins|half[ -]brothers|half[ -]sisters|step[ -]?brothers|step[ -]?sisters|best friends)`;
const WORD = String.raw`[\p{L}][\p{L}'’-]{1,24}`;
// What makes "4" and a capitalised word an address, a place or a count ("4 Harvey Road").
const PLACE_AFTER =
  /^[ \t]*(?:road|rd|street|st|lane|ln|avenue|ave|close|cl|drive|dr|way|court|ct|place|pl|crescent|cres|terrace|grove|gardens|gdns|park|house|hall|view|walk|row|square|sq|mews|rise|hill|green|primary|school|academy|nursery|college|centre|center|wing|ward|block|floor|warnings?|cards?|days?|weeks?)\b/i;
// Words that "4" counts or numbers ("year 4 Jacob", "Room 4 Victoria wing", "Tier 4 Kent").
const NUMBERED =
  /(?:^|[^\p{L}])(?:year|yr|y|room|rm|page|section|s|class|step|stage|tier|level|number|no|ks|phase|week|wk|day|block|floor|flat|unit|group|set|table|bay|ward|bed|gate|door|platform|option|point|question|q|part|chapter|form|aged|age|ages|and|or|to|of|under|over|top|last|first|next|got|have|had|gave|give|only|just|about|around|the|all)[ \t]+$/iu;
const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof)$/;
// Roles practitioners put before a colleague's name (the guard redacts professionals' names too).
// Not "dr": a doctor's name is left ("see dr patel"), and titles are read elsewhere.
const ROLE = String.raw`pcso|pc|dc|ds|sgt|lp|sw|hv|dsl|senco|cllr|nurse|midwife|keyworker|key worker`;

/**
 * A word that could be someone's name in these readings: not a pronoun, question word, relative,
 * role, weekday, acronym or service.
 */
function nameable(word: string): boolean {
  const norm = word.toLowerCase().replace(/['’]s?$/, '');
  if (norm.length < 2 || NOT_A_NAME.has(norm) || CHAT_WORDS.has(norm) || WEEKDAY.test(norm)) return false;
  // An acronym ("MGM's sister", "UASC's uncle") is a service or a status, not a name.
  if (/^\p{Lu}{2,}(?:['’]s?)?$/u.test(word)) return false;
  if (ORGANISATION_WORDS.has(norm)) return false;
  // Agencies and guidance ("caf", "nhs") are never anyone's name; a surname or given name is.
  if (NAME_DENY_WORDS.has(norm) && !GIVEN_NAMES.has(norm) && !SURNAMES.has(norm)) return false;
  return !/^\d/.test(norm);
}

function finding(start: number, end: number): PersonalDataFinding {
  return { kind: 'name', start, end };
}

// "mason's older brother", "kai's little sister": an age or step between the name and the relative.
const KIN_ADJECTIVE = String.raw`(?:(?:older|younger|little|big|baby|twin|half|step|elder|eldest|youngest|oldest|new)[ \t-]+)?`;
const POSSESSIVE_KIN = new RegExp(
  String.raw`(?<![\p{L}\d'’-])(${WORD})['’]s?[ \t]+${KIN_ADJECTIVE}${KIN}\b`,
  'giu',
);
// "AJ and his little sister", "Bo & her mum": what "his" or "her" points back to is a person.
const AND_THEIR_KIN = new RegExp(
  String.raw`(?<![\p{L}\d'’-])(${WORD})(?:[ \t]+\(?(?:[1-9]|1[0-7])\)?)?[ \t]+(?:and|&|\+|n)[ \t]+(?:his|her)[ \t]+${KIN_ADJECTIVE}(?:${KIN}|sisters|brothers|siblings|cousins?|twin)\b`,
  'dgiu',
);
// "mum dimple says", "nan Joy rang": a relative, a word, then what a person says or does.
const KIN_WORD_SAYS = new RegExp(
  String.raw`(?<![\p{L}\d'’-])${KIN}[ \t]+(${WORD})[ \t]+(?:says|said|sez|told|tells|rang|rings|phoned|texted|called|emailed|messaged|thinks|thought|wants|wanted|agreed|refused|disclosed|reported|asked|is refusing|has refused|has agreed)\b`,
  'dgiu',
);
// Words that come between a relative and what they say without naming anyone.
const BETWEEN_KIN_AND_VERB =
  /^(?:also|just|jus|juss|jst|nw|2day|2nite|tonite|tonight|agen|aswell|never|always|now|still|then|first|later|earlier|even|only|again|too|herself|himself|themselves|instead|tho|though|today|finally|eventually|apparently|actually|has|had|have|and|or|who|that|boyfriend|girlfriend|partner|bf|gf|yesterday|already|once|twice|often|sometimes|usually|recently|initially|originally)$/i;
const SIBLINGS_SAID = new RegExp(
  String.raw`(?<![\p{L}\d'’-])(${WORD})(?:[ \t]*,)?[ \t]*(?:and|&|\+|n)[ \t]+(${WORD})[ \t]+(?:are|r|were)[ \t]+(?:both[ \t]+)?(?:my[ \t]+|our[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+)?${SIBLINGS}\b`,
  'giu',
);
// A full stop only after "PC.": after a role it ends a sentence ("... the HV. Can I").
const ROLE_BEFORE = new RegExp(String.raw`(?<![\p{L}\d'’-])(?:(?:${ROLE})|pc\.)[ \t]+(${WORD})`, 'giu');
const FOUR_BEFORE = /(?<![\p{L}\d.,:/£$%-])4[ \t]+(\p{Lu}[\p{Ll}'’-]+)/gu;
const TITLE_BEFORE_TWO =
  /(?<![\p{L}\d'’-])(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+(\p{Lu}\p{Ll}[\p{Ll}'’-]*)[ \t]+\p{Lu}\p{Ll}/gu;
const TWO_BEFORE_AGE =
  /(?<![\p{L}\d'’-])(\p{Lu}\p{Ll}[\p{Ll}'’-]*)[ \t]+(\p{Lu}\p{Ll}[\p{Ll}'’-]*)(?=(?:[ \t]?\([ \t]?(?:aged?[ \t]?)?\d{1,2}[ \t]?(?:yo|y\/o|yrs?|years?(?: old)?)?[ \t]?\)|[ \t]?\d{1,2}[ \t]?(?:yo|y\/o|yrs?\b|years? old)|,[ \t]?(?:aged?[ \t]?)?\d{1,2}\b(?![ \t]?(?:[:/.]\d|am\b|pm\b|%|sessions?|days?|weeks?|months?|years?|hours?|places|children|kids|families|referrals|cases|people|pupils|spaces))|[ \t](?:is|was)[ \t](?:aged[ \t])?\d{1,2}\b(?![ \t]?(?:[:/.]\d|am\b|pm\b|%|mins?|minutes|miles|days|weeks|months))))/gu;
const BEFORE_OUR_ROLE =
  /(?<![\p{L}\d'’-])(\p{L}[\p{L}'’-]{2,24}),?[ \t](?:our|my)[ \t](?:ta|sw|hv|senco|dsl|lp|teacher|class teacher|nurse|school nurse|manager|key ?worker|family worker|fsw|ehw|mentor|tutor|head|deputy|receptionist|midwife|gp)\b/giu;
const PLURAL_FAMILY_HAS =
  /(?<![\p{L}\d'’-])the[ \t]+(\p{L}{3,24}s)['’][ \t]+(?:eldest|youngest|oldest|middle one|kids|children|boys|girls|twins|mum|dad|son|daughter|baby|house|home|flat|case|caf|eha|plan|tac|taf)\b/giu;
const ROLE_IS =
  /(?<![\p{L}\d'’-])(?:class teacher|teacher|senco|dsl|sw|social worker|hv|health visitor|lp|lead professional|key ?worker|family worker|fsw|ehw|school nurse|mentor|tutor|headteacher)[ \t]+(?:is|was|=|:)[ \t]+(?:(?:mr|mrs|ms|miss|mx)\.?[ \t]+)?(\p{L}[\p{L}-]{1,24})(?:[ \t]+(\p{L}[\p{L}-]{1,24}))?/giu;
const ABOUT_THEN_DASH =
  /(?<![\p{L}\d'’-])(?:about|abt|re|thinking of|worried about|worried abt|for|4)[ \t]+(\p{L}[\p{L}'’-]{1,24})[ \t]+[-–—][ \t]+(?:his|her|their|he|she|they)\b/dgiu;
const CALLS_THEM =
  /(?<![\p{L}\d'’-])(?:calls?|called|calling)[ \t]+(?:her|him|them)[ \t]+(\p{Lu}\p{Ll}[\p{Ll}'’-]*)/dgu;
const CASE_STATUS =
  /(?<![\p{L}\d'’-])(?:is|was|are)[ \t]+(\p{L}[\p{L}'’-]{1,24})[ \t]+(?:still[ \t]+)?(?:open|closed|allocated|on[ \t]+(?:the[ \t]+|our[ \t]+|a[ \t]+|your[ \t]+|my[ \t]+)?(?:[\p{L}-]+[ \t]+)?(?:list|caseload|books|register))\b/dgiu;
const AT_SETTING = /(?<![\p{L}\d'’-])(\p{Lu}\p{Ll}[\p{Ll}'’-]*)[ \t]*@[ \t]*\p{Lu}/dgu;
const FAMILY_BEFORE_LIST =
  /(?<![\p{L}\d'’-])the[ \t]+(\p{L}[\p{L}'’-]{1,24})[ \t]+(?:kids|children|family|fam|twins|boys|girls)[ \t]*[,:(-][ \t]*$/iu;
// Words that describe children rather than name their family: "the other kids, [name] and ...".
const DESCRIBES_CHILDREN =
  /^(?:other|same|older|younger|two|three|four|five|six|both|new|little|foster|birth|host|whole|extended|wider|local|poor|big|young|old|adoptive|school|nursery|class|primary|secondary|above|following|below|said|neighbours?|sibling|refugee|traveller|gypsy|roma|polish|romanian|syrian|afghan|ukrainian|eritrean|somali)$/i;
// After a later mention of a name that is also a word: what is said of a person.
const PERSON_AGAIN = /^(?:['’]s\b|[ \t]+(?:is|was|has|had|said|says|told|and)\b|[ \t]*\(|[ \t]+\d{1,2}\b)/i;
const JOINED_BEFORE = new RegExp(String.raw`(?<![\p{L}\d'’-])(${WORD})[ \t]*(?:and|&|\+|n)[ \t]+$`, 'iu');
const PEOPLE_AFTER =
  /^[ \t]*(?:\)[ \t]*)?(?:,[ \t]*)?(?:are|r|were|both|have both|\([ \t]*twins|\([ \t]*both|twins|sleep|share|live|stay|go|get|fight|play|walk)\b/i;

const CAPITAL_JOINED_BEFORE = /(?<![\p{L}\d'’-])(\p{Lu}\p{Ll}[\p{Ll}'’-]{1,23})[ \t]+(?:and|&|or)[ \t]+$/u;
const CAPITAL_JOINED_AFTER = /^[ \t]+(?:and|&|or)[ \t]+(\p{Lu}\p{Ll}[\p{Ll}'’-]{1,23})(?![\p{L}'’-])/u;
// What is said of two people after them: their mum, where they sleep, who they are.
const PAIR_SPOKEN_OF =
  /^(?:['’]s?[ \t]+(?:mum|dad|mam|nan|gran|mother|father|parents?|carers?|house|home|sw|social worker|school|teacher)\b|[ \t]+(?:who['’]s|who is|who are|are|were|r|have|had|both|sleep|slept|share|shared|live|lived|stay|stayed|go|went|laughed|keep|kept)\b)/iu;

/** A capitalised given name, everyday word or not ("Storm", "Daisy", "Reign"), that is no title, kin or service. */
function capitalisedGiven(word: string): boolean {
  const norm = word.toLowerCase();
  return (
    (GIVEN_NAMES.has(norm) || AMBIGUOUS_NAME_WORDS.has(norm)) &&
    nameable(word) &&
    !TIME_WORD.test(norm) &&
    !TITLE.test(norm)
  );
}

const afterDeterminer = (text: string, at: number) => DETERMINER.test(text.slice(Math.max(0, at - 12), at));

/** "gift's mum rang", "spoke to hope's nan"; not "the school's", "my friend's", "teens' mum". */
function possessiveBeforeKin(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const match of text.matchAll(POSSESSIVE_KIN)) {
    const word = (match[1] as string).replace(/['’]$/, '');
    // A plural possessive ("the twins' mum") is left to the other readers.
    const plural = /s$/i.test(word) && /^['’](?!s)/i.test(text.slice(match.index + word.length));
    if (plural || !nameable(word) || afterDeterminer(text, match.index)) continue;
    out.push(finding(match.index, match.index + word.length));
  }
  return out;
}

/**
 * The word each match of `pattern` captures first (the pattern has the `d` flag), as a name where
 * `keep` accepts it; `keep` is given the word, where the whole match starts and where the word ends.
 */
function capturedNames(
  text: string,
  pattern: RegExp,
  keep: (word: string, matchStart: number, wordEnd: number) => boolean,
): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const match of text.matchAll(pattern)) {
    const span = match.indices?.[1];
    if (span && keep(match[1] as string, match.index, span[1])) out.push(finding(span[0], span[1]));
  }
  return out;
}

/**
 * "AJ and his little sister", "kyron 7 and his sister": a word (and its age) before "and his/her"
 * and a relative is a person, even when it is two capitals (initials are how some children are
 * known). Not "mum and her partner".
 */
function andTheirKin(text: string): PersonalDataFinding[] {
  return capturedNames(text, AND_THEIR_KIN, (word, at) => {
    // ("[name]'s 11 and his older brother": the possessive is no part of the name.)
    if (/['’]s?$/.test(word)) return false;
    // With an age between, a given name that is no word, or a lower-case word no list holds
    // ("kyron 7 and his sister"; not "Bay 4 and her mum", "Floor 7 and his nan").
    if (/^[ \t]+\(?\d/.test(text.slice(at + word.length, at + word.length + 4))) {
      const lower = word.toLowerCase();
      return (
        givenNameNoWord(word) ||
        (word === lower && !ordinaryWord(lower) && !SURNAMES.has(lower) && nameable(word))
      );
    }
    const initials = /^\p{Lu}{2,3}$/u.test(word) && !NAME_DENY_WORDS.has(word.toLowerCase());
    if (!(initials || nameable(word)) || afterDeterminer(text, at)) return false;
    const norm = word.toLowerCase();
    // An everyday word only with a capital ("Hope and her sister"), not "home and her mum".
    return initials || !ordinaryWord(norm) || (GIVEN_NAMES.has(norm) && /^\p{Lu}/u.test(word));
  });
}

// "mum = chelsea,", "dad: storm (not involved)", "mum - april, both at the refuge": a relative
// labelled with their name, then a break or an age.
const KIN_LABELLED = new RegExp(
  String.raw`(?<![\p{L}\d'’-])${KIN}[ \t]*(?:=|:|[-–—])[ \t]*(${WORD})(?=[ \t]*(?:[,.;()]|$)|[ \t]+${RELATIVE_AGE}\b)`,
  'dgiu',
);

/** "mum = chelsea,": a relative labelled with a given name or a word people are named, not a date. */
function kinLabelled(text: string): PersonalDataFinding[] {
  return capturedNames(text, KIN_LABELLED, (word, _matchStart, end) => {
    const norm = word.toLowerCase();
    if (!nameable(word) || TITLE.test(norm)) return false;
    // ("mum: april 3rd", "mum: april 20" are dates; "mum - may be pregnant" a verb.)
    const numberAfter = /^[ \t]+\d/.test(text.slice(end, end + 4));
    if (TIME_WORD.test(norm) && (!GIVEN_NAMES.has(norm) || norm === 'may' || numberAfter)) return false;
    return GIVEN_NAMES.has(norm) || AMBIGUOUS_NAME_WORDS.has(norm) || !ordinaryWord(norm);
  });
}

/** "mum dimple says", "nan Joy rang": a relative's own name between the relative and a verb. */
function kinNameSays(text: string): PersonalDataFinding[] {
  return capturedNames(text, KIN_WORD_SAYS, (word, at) => {
    const norm = word.toLowerCase();
    if (!nameable(word) || BETWEEN_KIN_AND_VERB.test(norm) || /ly$/.test(norm)) return false;
    if (isCommonWord(norm) || TIME_WORD.test(norm) || TITLE.test(norm) || /['’]/.test(word)) return false;
    return !afterDeterminer(text, at);
  });
}

// "d'andre", "o'neill", "mcgrath": an Irish, Scottish or French patronymic prefix, in any case;
// never an English word but "o'clock" (nor a burger chain or a biscuit maker).
const PATRONYMIC =
  /(?<![\p{L}\d'’-])(?:(?:d|o)['’](?!clock\b)\p{L}{3,24}|mc(?!(?:donald|donalds|flurry|flurries|fly|vities|afee|laren|cain|nuggets?|muffins?|chicken|plant|delivery|dlt|crispy|wrap|wraps)\b)\p{L}{3,20})(?![\p{L}'’])/giu;
// "sunny hasnt been seen since half term": opening a sentence, someone not seen or gone missing.
const NOT_SEEN = new RegExp(
  String.raw`(?:^|[.!?|\n][ \t]*)(${WORD})[ \t]+(?:has not|hasnt|hasn['’]t|had not|hadnt|hadn['’]t|has n['’]t) been (?:seen|home|in school|heard from)\b`,
  'dgiu',
);

/** "d'andre 12 carrying knife?", "[name] mcgrath": a name with an O', D' or Mc prefix, whatever its case. */
function patronymic(text: string): PersonalDataFinding[] {
  return [...text.matchAll(PATRONYMIC)].map((m) => finding(m.index, m.index + m[0].length));
}

/** "sunny hasnt been seen since half term": who has not been seen is a person. */
function notSeen(text: string): PersonalDataFinding[] {
  return capturedNames(text, NOT_SEEN, (word) => {
    const norm = word.toLowerCase();
    return nameable(word) && !TIME_WORD.test(norm) && !CHAT_WORDS.has(norm) && !isCommonWord(norm);
  });
}

// "angel in reception has bruises", "kai in yr 3 keeps": a given name, the child's class, then
// what the child has or does.
const IN_CLASS_DOES = new RegExp(
  String.raw`(?<![\p{L}\d'’-])(${WORD})[ \t]+in[ \t]+(?:reception|nursery|year[ \t]?\d{1,2}|yr[ \t]?\d{1,2}|y\d{1,2}|class[ \t]?\d{1,2})[ \t]+(?:has|had|keeps|kept|said|says|told|came|comes|went|seems|looks|cried|cries|wet|smells|disclosed|got|gets|needs|wants|will not|won['’]?t|cannot|can['’]?t|hit|kicked|bit|threw|ran|refuses|refused|is being|was being)\b`,
  'dgiu',
);
// "a 17yo, Jade Pickering, EDD march", "the girl, Esme, said": a name set off by commas after
// the words for who the child is.
const APPOSITIVE =
  /\b(?:[Aa]|[Aa]n|[Tt]he|[Oo]ur|[Mm]y|[Tt]his)[ \t]+(?:\d{1,2}[ \t]?(?:yo|y\/o|year[ \t]old|yr[ \t]old|years[ \t]old)|girl|boy|young person|teenager|teen|pupil|student|baby|toddler|child|lad|young (?:man|woman|lady)|mum|dad|mother|father)[ \t]*,[ \t]*(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*))?[ \t]*(?=[,(]|[ \t]+(?:\(|aged?\b|who\b|has\b|is\b|was\b|said\b|says\b))/gu;

// "grandad picking up Jaheim from now on", "collecting Tia at 3": who is collected is a person.
const COLLECTED = new RegExp(
  String.raw`(?<![\p{L}\d'’-])(?:picking up|pick up|picks up|picked up|collecting|collects|collected|dropping off|drop off|drops off|dropped off)[ \t]+(${WORD})(?=[ \t]+(?:from|at|after|before|on|today|tonight|tomorrow|tmrw|now|early|late|every|for|and|&)\b|[ \t]*[,.;:!?]|[ \t]*$)`,
  'dgiu',
);

/** "grandad picking up Jaheim from now on": a name that is no everyday word, or a listed one, collected. */
function collected(text: string): PersonalDataFinding[] {
  return capturedNames(text, COLLECTED, (word) => {
    const norm = word.toLowerCase();
    if (!nameable(word) || TIME_WORD.test(norm) || TITLE.test(norm) || CHAT_WORDS.has(norm)) return false;
    const listed = GIVEN_NAMES.has(norm) && !isCommonWord(norm);
    return listed || (!ordinaryWord(norm) && /^\p{Lu}/u.test(word));
  });
}

/** "angel in reception has bruises": a listed given name before the child's class and a verb. */
function inClassDoes(text: string): PersonalDataFinding[] {
  return capturedNames(text, IN_CLASS_DOES, (word, at) => {
    const norm = word.toLowerCase();
    if (!nameable(word) || !GIVEN_NAMES.has(norm) || isCommonWord(norm) || TIME_WORD.test(norm)) return false;
    return !afterDeterminer(text, at);
  });
}

const ETHNICITY =
  /^(?:white|black|asian|mixed|british|irish|english|scottish|welsh|african|caribbean|pakistani|bangladeshi|indian|chinese|arab|gypsy|roma|traveller|polish|romanian|eastern|european|other)$/i;

/** "a 17yo, Jade Pickering, EDD march": the name between commas after who the child is. */
function appositive(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const match of text.matchAll(APPOSITIVE)) {
    const first = match[1] as string;
    const second = match[2];
    const norm = first.toLowerCase();
    if (
      !nameable(first) ||
      TITLE.test(norm) ||
      TIME_WORD.test(norm) ||
      /^(?:year|yr|reception|nursery)$/.test(norm)
    )
      continue;
    // "the girl, White British, is 14": an ethnicity, not a name.
    if (ETHNICITY.test(first) || (second !== undefined && ETHNICITY.test(second))) continue;
    const at = match.index + match[0].indexOf(first, match[0].indexOf(','));
    const secondOk =
      second !== undefined &&
      nameable(second) &&
      !TIME_WORD.test(second.toLowerCase()) &&
      !/^(?:Year|Yr)$/.test(second);
    const end = secondOk
      ? match.index + match[0].indexOf(second, at - match.index + first.length) + second.length
      : at + first.length;
    out.push(finding(at, end));
  }
  return out;
}

/** "journey and cash are brothers": two words said to be siblings. */
function saidToBeSiblings(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const match of text.matchAll(SIBLINGS_SAID)) {
    const first = match[1] as string;
    const second = match[2] as string;
    if (!nameable(first) || !nameable(second) || afterDeterminer(text, match.index)) continue;
    out.push(finding(match.index, match.index + first.length));
    const at = match.index + match[0].indexOf(second, first.length);
    out.push(finding(at, at + second.length));
  }
  return out;
}

/**
 * "PCSO Deacon wants", "LP Sam (school)", "sw kerry said": a role before a capitalised name, or
 * before a lower-case word that is a name and no English word.
 */
function afterRole(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const match of text.matchAll(ROLE_BEFORE)) {
    const word = match[1] as string;
    const norm = word.toLowerCase();
    // Not a contraction ("the DSL isn't in", "as a school nurse I've") or a title ("DSL Mrs Khan"),
    // and "SW" in capitals before a place is south-west ("SW London").
    if (!nameable(word) || TIME_WORD.test(norm) || /['’]/.test(word) || TITLE.test(norm)) continue;
    if (/^SW\b/.test(match[0])) continue;
    const listed = GIVEN_NAMES.has(norm) || SURNAMES.has(norm);
    const english = ENGLISH_WORDS.has(norm);
    const capital = /^\p{Lu}\p{Ll}/u.test(word);
    if (!(capital ? (listed && !isCommonWord(norm)) || !english : listed && !english)) continue;
    const at = match.index + match[0].length - word.length;
    out.push(finding(at, at + word.length));
  }
  return out;
}

/**
 * "LP 4 Harvey pls": "4" typed for "for" before a capitalised given name that is no English word,
 * not after a word it counts or numbers ("year 4 Jacob", "Room 4 Victoria") and not before a
 * street, a place or a count ("4 Harvey Road", "4 Amber warnings").
 */
function afterFourForFor(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const match of text.matchAll(FOUR_BEFORE)) {
    const word = match[1] as string;
    const norm = word.toLowerCase();
    const end = match.index + match[0].length;
    if (!nameable(word) || !GIVEN_NAMES.has(norm) || ENGLISH_WORDS.has(norm) || isCommonWord(norm)) continue;
    if (TIME_WORD.test(norm) || PLACE_AFTER.test(text.slice(end, end + 16))) continue;
    if (NUMBERED.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    out.push(finding(end - word.length, end));
  }
  return out;
}

/** "Ms Tigist Haile": after a capitalised title and before a surname, a given name whatever the lists say. */
function afterTitleBeforeSurname(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const match of text.matchAll(TITLE_BEFORE_TWO)) {
    const word = match[1] as string;
    const norm = word.toLowerCase();
    if (!nameable(word) || TIME_WORD.test(norm) || ENGLISH_WORDS.has(norm)) continue;
    const at = match.index + match[0].indexOf(word, 2);
    out.push(finding(at, at + word.length));
  }
  return out;
}

/** "Reuben Gold 12yo", "Holly Green (8)": a given name and a capitalised word before an age. */
function twoWordsBeforeAge(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const match of text.matchAll(TWO_BEFORE_AGE)) {
    const first = match[1] as string;
    const second = match[2] as string;
    const norm = first.toLowerCase();
    if (!GIVEN_NAMES.has(norm) || isCommonWord(norm) || !nameable(first) || !nameable(second)) continue;
    // The second word a surname, or no ordinary word: not "Early Help (12)", "Summer Term, 12".
    const last = second.toLowerCase().replace(/['’]s?$/, '');
    if (ordinaryWord(last) && !SURNAMES.has(last)) continue;
    if (
      TIME_WORD.test(norm) ||
      TIME_WORD.test(second.toLowerCase()) ||
      /^(?:Year|Yr|Room|Key|Stage)$/.test(second)
    )
      continue;
    // The name without its possessive ("Molly Hart's (14)").
    const end = match.index + match[0].length - (/['’]s?$/.exec(second)?.[0].length ?? 0);
    out.push(finding(match.index, end));
  }
  return out;
}

/** "deepa our ta says", "Kelly our HV": a word in no dictionary before "our" and a role. */
function beforeOurRole(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const match of text.matchAll(BEFORE_OUR_ROLE)) {
    const word = match[1] as string;
    const norm = word.toLowerCase();
    // A listed name and no other word: not "yday our ta", "incl our TAs", "slt, our head".
    const listed = GIVEN_NAMES.has(norm) || SURNAMES.has(norm);
    if (!listed || !nameable(word) || ordinaryWord(norm) || CHAT_WORDS.has(norm)) continue;
    out.push(finding(match.index, match.index + word.length));
  }
  return out;
}

/** A word that names no one in its own right: in a dictionary, a chat word or a time. */
function ordinaryWord(norm: string): boolean {
  // "part-time", "follow-up": a compound of ordinary words is one.
  if (norm.includes('-')) return norm.split('-').every((part) => part === '' || ordinaryWord(part));
  return ENGLISH_WORDS.has(norm) || isCommonWord(norm) || TIME_WORD.test(norm) || !/[aeiouy]/.test(norm);
}

/**
 * "class teacher is miss hargreave", "senco is bola adesina": after a role and "is", a name in no
 * dictionary (the role's holder), or a given name before one; "the senco is off", "sw is new" are
 * left, and so is a doctor ("the gp is dr patel", as everywhere).
 */
function roleIsName(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const match of text.matchAll(ROLE_IS)) {
    const first = match[1] as string;
    const second = match[2];
    const norm = first.toLowerCase();
    const next = second?.toLowerCase() ?? '';
    // Only a listed name, never a word typed short ("the senco is lookin into it", "sw is awol"),
    // and a surname after it only when listed too ("jo smith").
    const listed = (word: string) => GIVEN_NAMES.has(word) || SURNAMES.has(word);
    const surname =
      second !== undefined &&
      nameable(second) &&
      listed(next) &&
      next.length >= 3 &&
      !isCommonWord(next) &&
      !TIME_WORD.test(next);
    if (!nameable(first) || TITLE.test(norm) || !listed(norm) || ordinaryWord(norm) || CHAT_WORDS.has(norm))
      continue;
    const at = match.index + match[0].lastIndexOf(first, match[0].length - (second?.length ?? 0));
    out.push(finding(at, surname ? match.index + match[0].length : at + first.length));
  }
  return out;
}

/** "the osmans' eldest": a family named in the plural, in lower case, before what a family has. */
function pluralFamilyBeforeWhatItHas(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const match of text.matchAll(PLURAL_FAMILY_HAS)) {
    const word = match[1] as string;
    const single = word.slice(0, -1).toLowerCase();
    if (!nameable(single) || isCommonWord(single) || ENGLISH_WORDS.has(single)) continue;
    if (!SURNAMES.has(single) && !GIVEN_NAMES.has(single) && ENGLISH_WORDS.has(word.toLowerCase())) continue;
    const at = match.index + match[0].indexOf(word, 3);
    out.push(finding(at, at + word.length));
  }
  return out;
}

// "7yo kayden again", "14 yr old kayden says": a name straight after the age said before it.
const AGE_THEN_WORD =
  /(?<![\p{L}\d'’-])\d{1,2}[ \t]?(?:yo|y\/o|yr old|year old|years old)[ \t]+([\p{L}][\p{L}'’-]{1,19})/dgu;
// "new addy 4 tiana n mum", "a place for kairo and his mum": a name before "and" and a parent.
const FOR_NAME_AND_PARENT =
  /(?<![\p{L}\d'’-])(?:4|for)[ \t]+([\p{L}][\p{L}'’-]{1,19})[ \t]+(?:n|and|&)[ \t]+(?:(?:her|his|their)[ \t]+)?(?:mum|mam|mom|dad|nan|gran)\b/dgiu;

/**
 * "7yo kayden again", "4 tiana n mum": a given name of four letters or more that is no word, chat or
 * service ("16yo ed relapse", "5yo dev delay", "info 4 sib n mum", "4 brekky n mum" stay).
 */
function givenNameNoWord(word: string): boolean {
  const norm = word.toLowerCase();
  return (
    norm.length >= 4 &&
    GIVEN_NAMES.has(norm) &&
    !ENGLISH_WORDS.has(norm) &&
    !isCommonWord(norm) &&
    !TIME_WORD.test(norm) &&
    // (`nameable` also turns away chat words: "info 4 sib n mum".)
    nameable(word)
  );
}

function namedByAgeOrParent(text: string): PersonalDataFinding[] {
  return [AGE_THEN_WORD, FOR_NAME_AND_PARENT].flatMap((pattern) =>
    capturedNames(text, pattern, givenNameNoWord),
  );
}

// "ash short for ashton", "Ty is short for Tyrone", "Liz (short for Elizabeth)": a name and the
// longer one it stands for.
const SHORT_FOR =
  /(?:^|[\n.,;:!?(–—-])[ \t]*(\p{L}[\p{L}'’-]{0,19})[ \t]*(?:\([ \t]*|,[ \t]*)?(?:is[ \t]+|['’]s[ \t]+)?short[ \t]+for[ \t]+(\p{L}[\p{L}'’-]{1,19})/dgiu;

/**
 * "ash short for ashton": both, where the longer is a given name and no word (so "EHA is short for
 * early help assessment" is left alone) and the shorter opens the clause as a name.
 */
function shortForName(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const match of text.matchAll(SHORT_FOR)) {
    const [short, long] = [match[1] as string, match[2] as string];
    const [a, b] = [match.indices?.[1], match.indices?.[2]];
    const longer = long.toLowerCase();
    if (!a || !b || !GIVEN_NAMES.has(longer) || ENGLISH_WORDS.has(longer) || isCommonWord(longer)) continue;
    // The short form opens the clause and is a name too: a given name, or a short word no list
    // holds; it may be chat elsewhere ("ty"), never an acronym ("EHA") or an ordinary word ("we are
    // short for Harvey", "funds are short for Oliver", "that's short for Gabriel").
    const shorter = short.toLowerCase();
    const nameToo =
      GIVEN_NAMES.has(shorter) ||
      (shorter.length <= 6 &&
        !CHAT_WORDS.has(shorter) &&
        !ENGLISH_WORDS.has(shorter) &&
        !isCommonWord(shorter) &&
        !/^\p{Lu}{2,}$/u.test(short));
    if (
      !nameToo ||
      /^(?:it|its|it['’]s|this|that|that['’]s|thats|which|what|what['’]s|whats|he|she|they|is|name)$/.test(
        shorter,
      )
    )
      continue;
    out.push(finding(a[0], a[1]), finding(b[0], b[1]));
  }
  return out;
}

/**
 * A given name in a place only a person takes: "abt will - his mum rang", "everyone calls her
 * Stevie", "is grace still open 2 EH", "is ruby on the forum list", "LP suggested Gail @ Moorside".
 */
function givenNameInPersonSlot(text: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const pattern of [ABOUT_THEN_DASH, CALLS_THEM, CASE_STATUS, AT_SETTING]) {
    for (const match of text.matchAll(pattern)) {
      const word = match[1] as string;
      const norm = word.toLowerCase();
      if (!GIVEN_NAMES.has(norm) || !nameable(word) || TIME_WORD.test(norm) || TITLE.test(norm)) continue;
      // An everyday word in these places is as often the word ("re grant - they got turned down",
      // "is summer still open for HAF", "they called him Gay in the playground").
      if (isCommonWord(norm) || (pattern === CALLS_THEM && ENGLISH_WORDS.has(norm))) continue;
      const [start, end] = match.indices?.[1] ?? [match.index, match.index + word.length];
      out.push(finding(start, end));
    }
  }
  return out;
}

/** "tiger and [name] are living in a tent", "saint + [name] (twins": a word joined to a name found. */
function joinedToFound(text: string, found: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  for (const name of found) {
    if (name.kind !== 'name' || !PEOPLE_AFTER.test(text.slice(name.end, name.end + 40))) continue;
    const before = text.slice(Math.max(0, name.start - 40), name.start);
    const joined = JOINED_BEFORE.exec(before);
    if (!joined) continue;
    const word = joined[1] as string;
    const start = name.start - before.length + joined.index;
    if (!nameable(word) || afterDeterminer(text, start)) continue;
    out.push(finding(start, start + word.length));
  }
  // "Storm and [name]'s mum", "Is it Daisy or [name] who's", "me and [name] and Reign sleep": a
  // capitalised given name, even one that is an everyday word, joined to a name found, the two then
  // spoken of as people.
  for (const name of found) {
    if (name.kind !== 'name') continue;
    const before = text.slice(Math.max(0, name.start - 40), name.start);
    const joined = CAPITAL_JOINED_BEFORE.exec(before);
    const after = text.slice(name.end, name.end + 40);
    if (joined && PAIR_SPOKEN_OF.test(after)) {
      const word = joined[1] as string;
      const start = name.start - before.length + joined.index;
      if (capitalisedGiven(word) && !afterDeterminer(text, start))
        out.push(finding(start, start + word.length));
    }
    const next = CAPITAL_JOINED_AFTER.exec(after);
    if (next && PAIR_SPOKEN_OF.test(text.slice(name.end + next[0].length, name.end + next[0].length + 24))) {
      const word = next[1] as string;
      const start = name.end + next[0].length - word.length;
      if (capitalisedGiven(word)) out.push(finding(start, start + word.length));
    }
  }
  // "the Kowalski kids, [name] and [name]": a family named by the children listed after it.
  for (const name of found) {
    if (name.kind !== 'name') continue;
    const before = text.slice(Math.max(0, name.start - 48), name.start);
    const family = FAMILY_BEFORE_LIST.exec(before);
    const word = family?.[1];
    if (!family || !word || !nameable(word) || DESCRIBES_CHILDREN.test(word)) continue;
    // A surname or no ordinary word: not "the focus children: Ellie and Josh".
    if (
      ordinaryWord(word.toLowerCase()) &&
      !(SURNAMES.has(word.toLowerCase()) && !isCommonWord(word.toLowerCase()))
    )
      continue;
    const start = name.start - before.length + family.index + family[0].indexOf(word, 3);
    out.push(finding(start, start + word.length));
  }
  return out;
}

const READERS: ReadonlyArray<(text: string) => PersonalDataFinding[]> = [
  possessiveBeforeKin,
  andTheirKin,
  kinNameSays,
  patronymic,
  notSeen,
  inClassDoes,
  appositive,
  collected,
  saidToBeSiblings,
  afterRole,
  afterFourForFor,
  afterTitleBeforeSurname,
  twoWordsBeforeAge,
  beforeOurRole,
  pluralFamilyBeforeWhatItHas,
  roleIsName,
  givenNameInPersonSlot,
  shortForName,
  namedByAgeOrParent,
  kinLabelled,
];

/** What the readers above find in `text` alone, whatever else has been found. */
export function standaloneRelationCues(text: string): PersonalDataFinding[] {
  return READERS.flatMap((read) => read(text));
}

/**
 * Names read from what is said of them (each reader above says which), with every later mention
 * of a word so read. `found` are the names already found, for the readers that join to them; a
 * caller asking more than once about one text passes `standalone` (`standaloneRelationCues`), the
 * part that does not change, rather than have it read again.
 */
export function detectRelationCues(
  text: string,
  found: readonly PersonalDataFinding[],
  standalone: readonly PersonalDataFinding[] = standaloneRelationCues(text),
): PersonalDataFinding[] {
  return withLaterMentions(text, [...standalone, ...joinedToFound(text, found)]);
}

/** Every other mention of a word read as a name here: "journey is 11 cash is 7". */
function withLaterMentions(text: string, names: PersonalDataFinding[]): PersonalDataFinding[] {
  if (names.length === 0) return names;
  const words = new Set(names.map((n) => text.slice(n.start, n.end).toLowerCase()));
  const all = [...names];
  for (const word of words) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const everyday = ordinaryWord(word);
    for (const match of text.matchAll(
      new RegExp(String.raw`(?<![\p{L}\d'’-])${escaped}(?![\p{L}\d-])`, 'giu'),
    )) {
      const end = match.index + word.length;
      // An everyday word ("will", "journey") again only where a person is again: "journey is 11".
      if (everyday && !PERSON_AGAIN.test(text.slice(end, end + 16))) continue;
      all.push(finding(match.index, end));
    }
  }
  return all;
}
