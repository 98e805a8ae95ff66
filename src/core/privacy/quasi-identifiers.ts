import { collect } from './collect.ts';
import { isCommonWord, TIME_WORD } from './common-words.ts';
import { NAME_DENY_WORDS, ORGANISATION_WORDS } from './name-deny-list.ts';
import { ENGLISH_WORDS, GIVEN_NAMES } from './name-lists.ts';
import { givenNameAndStreetSurname, ONLY_A_STREET, PERSON_AFTER } from './names.ts';
import { detectPlaceNamedSettings, withDistricts } from './place-named-settings.ts';
import type { PersonalDataFinding } from './types.ts';

// Details that identify nobody on their own but do beside a child's name or date of birth: the
// school or nursery a child attends, the street a family lives on. "St Joseph's would like to swap
// hosting dates" and "is the hub on Mill Lane open?" are ordinary messages and keep them; "Keira
// Walsh at St Anne's C of E Primary, dob ..." does not. detectPersonalData adds these only when a
// message already holds a personal identifier.

const FAITH =
  '(?:C of E|CofE|CE|RC|R\\.C\\.|Church of England|Catholic|Methodist|Sikh|Muslim|Islamic|Jewish|Hindu|Christian)';
const STAGE = '(?:Infants?|Juniors?|Nursery|Primary)';
const SETTING_TYPE = `(?:(?:${FAITH}|Community|${STAGE}[ \\t]+(?:and|&)[ \\t]+${STAGE})[ \\t]+)?(?:${STAGE}[ \\t]+(?:and|&)[ \\t]+${STAGE}(?:[ \\t]+School)?|Primary(?:[ \\t]+School)?|Academy|Infants?(?:[ \\t]+School)?|Juniors?(?:[ \\t]+School)?|Nursery(?:[ \\t]+School)?|Day[ \\t]+Nursery|Pre-?[ \\t]?[Ss]chool|Sixth[ \\t]+Form(?:[ \\t]+College)?|High(?:[ \\t]+School)?(?![ \\t]+(?:Street|St|Road|Rd|Court|Risk|Needs|Level|Priority)\\b)|Secondary(?:[ \\t]+School)?|Grammar(?:[ \\t]+School)?|Free[ \\t]+School|College|School|Children'?s[ \\t]+Centre|Pupil[ \\t]+Referral[ \\t]+Unit|PRU|Learning[ \\t]+Centre|Montessori(?:[ \\t]+(?:School|Nursery))?|Childminders?|Alternative[ \\t]+Provision|UTC|SEMH|Federation|Studio[ \\t]+School|(?:Boys|Girls)(?:['’][ \\t]+(?:School|Grammar|High|Academy))?(?![ \\t]+(?:and|&|[Ff]ootball|[Bb]rigade|[Cc]lub|[Gg]roup)\\b))`;
// "St Anne's C of E Primary", "Brambles Day Nursery", "Northfield Sixth Form", "Parkside Academy".
const SETTING = new RegExp(
  `(?<![\\w'’])(?!(?:The|A|An|Our|This|That|Her|His|Their|My|Your|Every|Each|Any|Which|What|Local|New|Same|Other)\\b)(?:(?:St\\.?|Saint)[ \\t]+)?(?:[A-Z][\\w'’-]*[ \\t]+){1,4}?${SETTING_TYPE}\\b`,
  'g',
);
// A capitalised name with its type word in lower case: "Little Acorns nursery", "Oakfield prim",
// "Parkside pupil referral unit". The naming words must hold one that is not ordinary ("Her old
// nursery" and "Sunday school" are kinds of place).
const NAMED_LOWER_TYPE =
  /(?<![\w'’])((?:(?:St\.?|Saint)[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){1,3}?(?:(?:c of e|ce|rc|catholic)[ \t]+)?(?:primary|prim|pri|academy|infants?|infs|juniors?|jnrs|nursery|pre-?school|high|college|school|pru|pupil referral unit|montessori|childminders?|sixth form))\b(?=[ \t]{0,3}(?:[,.;:()!?\n–-]|$)|[ \t]{1,3}(?:is|has|have|had|in|on|at|and|or|for|from|to|with|yr|year|said|says|rang|called|because|but|who|where|which|was|were|are|the|a|an|about|since|dsl|senco|head|office|manager|staff|teacher|teachers|room|class|keyworker|key worker|sent|asked|want|wants|told|reported)\b)/g;
// Words that name a kind of school, a time or a body, not one school ("Ofsted nursery", "Sikh school").
const NOT_A_SCHOOL_NAME = new Set(
  'police ofsted local authority council county city sure start sikh muslim jewish catholic christian islamic hindu church state private independent special free'.split(
    ' ',
  ),
);

// Words that place a time beside "school" rather than name one ("after school", "now school").
const AROUND_SCHOOL_TIME = new Set(
  'after before during since until till now then still also just anyway'.split(' '),
);

const LOWER_TYPE_WORD =
  /^(?:st\.?|saint|c|of|e|ce|rc|catholic|primary|prim|pri|academy|infants?|infs|juniors?|jnrs|nursery|pre-?school|high|college|school|pru|pupil|referral|unit|montessori|childminders?)$/;

function namedLowerTypes(text: string): PersonalDataFinding[] {
  return collect(NAMED_LOWER_TYPE, text, 'school', 1).filter((finding) => {
    // "Jack Smith's nursery" is whose nursery, not its name; "St Mary's nursery" is a name.
    const span = text.slice(finding.start, finding.end);
    if (/['’]s[ \t]+\S+$/.test(span) && !/^(?:St\.?|Saint)[ \t]/.test(span)) return false;
    // (A name made only of times and bodies, "Ofsted nursery", is refused for every reader by
    // detectSettings.)
    const naming = wordsOf(text, finding).filter((w) => !LOWER_TYPE_WORD.test(w));
    // Capitals in the middle of a sentence name a place: "nursery manager - Little Stars nursery".
    if (!/(?:^|[.!?\n][ \t]*)$/.test(text.slice(0, finding.start))) return true;
    return naming.some(
      (w) => !NOT_ONE_SCHOOL.has(w) && !FUNCTION_WORD.has(w) && !isCommonWord(w) && !TIME_WORD.test(w),
    );
  });
}

// Typed in lower case after "at", "attends", "goes to" or "school is": "oakwood primary",
// "st joseph's rc primary".
const LOWER_SETTING =
  /\b(?:at|attends|attended|goes to|went to|from|school is|nursery is|in)[ \t]+((?:st\.?[ \t]+)?(?:[a-z][a-z'’-]*[ \t]+){1,3}?(?:(?:c of e|ce|rc|catholic)[ \t]+)?(?:primary|academy|infants|juniors|nursery|sixth form|high school|secondary|college|utc|semh|federation|day nursery))\b/gi;
// "at St Mary Magdalene's": a saint's name in the possessive after "at" is the school or church;
// so is a place and a saint ("at Hetton St Barnabas").
const SAINT_SETTING =
  /\b(?:at|attends|goes to|from|(?:yr|year|y)[ \t]?\d{1,2})[ \t]+((?:St\.?|Saint)[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*['’]s?|(?:St\.?|Saint)[ \t]+[A-Z][\w-]*[ \t]+[A-Z][\w-]*(?=[ \t]+(?:pick|picks|have|has|is|are|said|say|says|rang|called|want|wants|asked|DSL|dsl)\b)|[A-Z][a-z]+[ \t]+(?:St\.?|Saint)[ \t]+[A-Z][\w-]*(?:['’]s?)?)(?![\w])/g;

/** A church's letters after a school's name: "C of E", "CE", "RC". */
const CHURCH = String.raw`(?:C[ \t]of[ \t]E|CofE|CE|C\.E\.|RC|R\.C\.)`;

// "St Aidan's C of E", "St. Mary's RC": a saint's name with a church's letters names a church
// school (or its church), with or without a type word after it.
const SAINT_WITH_CHURCH_LETTERS = new RegExp(
  String.raw`(?<![\p{L}'’])(?:St\.?|Saint)[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}\p{Lu}[\p{L}'’-]*[ \t]+${CHURCH}(?![\p{L}])`,
  'gu',
);

const STREET_TYPE =
  '(?:Road|Rd|Street|St(?![ \\t]+[A-Z][a-z])|Lane|Ln|Avenue|Ave|Close|Drive|Way|Court|Crescent|Grove|Gardens|Terrace|Place|Walk|Hill|Rise|View|Mews|Square|Row|Green|Parade|Vale|Fold|Croft|Bank|Brow|Chase|Top|Side|End)';
// "Mill Lane", "Bury Old Road", "heather road": a street named without a house number.
const STREET = new RegExp(
  `(?<![\\w'’])(?:[A-Z][a-z'’]+[ \\t]+){1,3}${STREET_TYPE}\\b(?![ \\t]+(?:Primary|Academy|School|Surgery|Health|Medical|Clinic|Children|Community|Centre|Library|Station))`,
  'g',
);
// (The short types too, "on elm st", "on lime tree ave", "on lark rise", but never "st" before a
// saint's name: "at st marys".)
const LOWER_STREET =
  /\b(?:on|in|at|off|near|lives on|living on|moved to|from)[ \t]+((?!the\b|a\b|my\b|our\b|their\b|his\b|her\b|its\b|st\b|roll\b)[a-z]+(?:[ \t]+(?!(?:at|to|in|on|of|for|by|the|a|and|or|with|w)\b)[a-z]+)?[ \t]+(?:road|street|lane|avenue|close|drive|crescent|grove|gardens|terrace|mews|rd|ave|rise|st(?![ \t]+[a-z]+['’]?s\b)(?![ \t]*['’]s\b)))\b/g;

// "7 lambert st", "2b nelson st, sr4", "32 cedar dr", "6 jubilee st": a house number and a street in
// lower case with its type typed short. Only beside a child's details, like the rest here, and
// not a number of things ("3 kids see dr"), nor a saint after "st" ("7, goes to st marys").
const LOWER_NUMBERED_STREET =
  /(?<![\w.,/:£$-])\d{1,4}[a-z]?,?[ \t]+(?!(?:the|a|an|no|kids|children|boys|girls|weeks?|wks?|days?|months?|mths?|years?|yrs?|yo|y|hours?|hrs?|mins?|minutes?|miles?|km|metres?|meters?|steps|times|of|x|more|other|see|saw|seen|new|old|at|to|in|on|and|n|or|with|w|each|either|every|both|head|family|crown|magistrates|youth|county|high|aged|age|points?|appts?|appointments?|buses|bus|trains?|visits?|sessions?|nights?|attends|goes|went|is|was|has|had|can|will|per|heading|going|coming|walking|one|two|three|half|long|short|whole|other|that|this)\b)[a-z][a-z'’-]+(?:[ \t]+(?!(?:see|saw|seen|at|to|in|on|and|n|or|each|every|the|a|with|w|by|of|for|from|can|will|is|was|that|this|their|his|her|my|your|its|our|any|either|other)\b)[a-z][a-z'’-]+)?[ \t]+(?:st|street|rd|road|ave|avenue|lane|ln|close|cl|cres|crescent|grove|sq|terr|terrace|rise|mews|gardens|gdns|row|parade|vale|drive|court|ct|way|view)\b(?![ \t]+[a-z]+['’]?s\b)(?![ \t]*['’]s\b)/g;

// "on the Beechwood estate", "from the manor estate": where a family lives, beside a child's details.
const ESTATE =
  /\b(?:on|in|from|at|off|near|onto|to)[ \t]+the[ \t]+((?!(?:housing|council|new|same|local|big|private|industrial|retail|trading|business|whole|other|next|old)\b)[a-z][a-z'’-]+(?:[ \t]+(?!estate\b)[a-z][a-z'’-]+)?[ \t]+estate)\b/gi;
// "Room 2, Jubilee House", "room 18 kestrel heights": a room in a hostel or temporary housing.
const ROOM_IN =
  /\b[Rr]oom[ \t]+\d{1,3}[a-z]?,?[ \t]+((?:[A-Za-z][a-z'’]+[ \t]+){1,2}(?:[Hh]ouse|[Hh]eights|[Tt]ower|[Cc]ourt|[Ll]odge|[Hh]all|[Vv]iew|[Pp]oint|[Mm]ansions|[Hh]otel))\b/g;

/** The words of a finding, in lower case. */
function wordsOf(text: string, finding: PersonalDataFinding): string[] {
  return text
    .slice(finding.start, finding.end)
    .toLowerCase()
    .split(/[ \t]+/);
}

/** Schools, nurseries and colleges named in a message. */
export function detectSettings(text: string): PersonalDataFinding[] {
  const read = readSettings(text).filter((finding) => {
    // "Ofsted nursery", "the January school census", "Sikh school": a body, a time or a kind.
    const naming = wordsOf(text, finding).filter((w) => !LOWER_TYPE_WORD.test(w) && w !== 'the');
    // "at the park after school", "Now school want a plan": a time, not a school's name.
    if (naming.some((w) => AROUND_SCHOOL_TIME.has(w))) return false;
    return !naming.every((w) => TIME_WORD.test(w) || NOT_A_SCHOOL_NAME.has(w));
  });
  // Place-named settings and nicknames ("the high") are read with their own checks.
  return withDistricts(text, [...read, ...detectPlaceNamedSettings(text)]).map((finding) => {
    // "St Peter's CE", "Holy Family RC": the church's letters after a school's name are part of it.
    const suffix = CHURCH_LETTERS.exec(text.slice(finding.end, finding.end + 12));
    return suffix ? { ...finding, end: finding.end + suffix[0].length } : finding;
  });
}

const CHURCH_LETTERS = new RegExp(String.raw`^[ \t]{1,2}(?:${CHURCH}|VA|VC)(?![\p{L}])`, 'u');

// "nursery is Rainbow Days", "nursery (Tiny Steps)", "DSL at Lime Tree": capitalised words after a
// setting's label or a school role's "at" name the setting, even when they are ordinary words.
const SETTING_BY_CUE =
  /(?:\b(?:[Ss]chool|[Nn]ursery|[Pp]re-?[ \t]?[Ss]chool|[Ss]etting|[Aa]cademy|[Cc]ollege)(?:[ \t]{0,3}[:(]|[ \t]{1,3}(?:is|=))|\b(?:DSL|SENCO|SENCo|[Hh]ead(?:[ \t]?[Tt]eacher)?|[Dd]eputy[ \t]+[Hh]ead|[Cc]lass[ \t]+[Tt]eacher|[Tt]eacher|I[ \t]+teach|TA|[Kk]ey[ \t]?(?:[Ww]orker|[Pp]erson)|[Rr]eceptionist|[Nn]ursery[ \t]+(?:[Mm]anager|[Mm]gr|[Nn]urse|[Tt]eacher|[Ww]orker))[ \t]{0,3}(?:at|@)|\b(?:[Hh]e|[Ss]he|[Hh]es|[Ss]hes|[Tt]hey|[Kk]ids?|[Cc]hild(?:ren)?|[Ss]on|[Dd]aughter|[Bb]oy|[Gg]irl|[Tt]wins|[Ss]ister|[Bb]rother|[Ss]ibling)(?:['’]s|[ \t]+(?:has|have|is|are|now|still|also|both|all|been|just))*[ \t]+(?:goes|go|moved|transferred|transferring)[ \t]+to|\battend(?:s|ed|ing)?|\b(?:[Kk]ids?|[Cc]hildren|ones|son|daughter|siblings?|[Tt]wins|brother|sister)[ \t]+(?:(?:are|is|both|all)[ \t]+)?at|\b(?:[Tt]hey|[Kk]ids|[Cc]hildren|[Bb]oth|[Tt]wins)[ \t]+(?:both[ \t]+|all[ \t]+)?go[ \t]+to)[ \t]{0,3}((?:[Tt]he[ \t]+)?(?:(?:St\.?|Saint)[ \t]+)?\p{Lu}[\p{Ll}'’-]+(?:[ \t]{1,2}(?:\p{Lu}[\p{Ll}'’-]+|C[ \t]of[ \t]E)){0,2})/gu;

function settingsByCue(text: string): PersonalDataFinding[] {
  return collect(SETTING_BY_CUE, text, 'school', 1).filter((finding) => {
    const words = wordsOf(text, finding)
      .map((w) => w.replace(/['’]s$/, ''))
      .filter((w, i) => !(i === 0 && w === 'the'));
    if (FUNCTION_WORD.has(words[0] ?? '') || words.every((w) => LOWER_TYPE_WORD.test(w))) return false;
    // "school: Mr Okafor asked": a person after the label.
    if (/^(?:mr|mrs|ms|miss|mx|dr)\.?$/.test(words[0] ?? '')) return false;
    // "nursery: Evie (2) has ...": a child's name after the label, not a setting's.
    if (words.length === 1 && GIVEN_NAMES.has(words[0] ?? '') && /^[ \t]*\(/.test(text.slice(finding.end)))
      return false;
    return !words.every(
      (w) => TIME_WORD.test(w) || NOT_A_SCHOOL_NAME.has(w) || ORGANISATION_WORDS.has(w) || isCommonWord(w),
    );
  });
}

function readSettings(text: string): PersonalDataFinding[] {
  return [
    ...collect(SETTING, text, 'school'),
    ...namedLowerTypes(text),
    ...collect(LOWER_SETTING, text, 'school', 1).filter((finding) =>
      namesOneSchool(text.slice(finding.start, finding.end)),
    ),
    ...collect(SAINT_SETTING, text, 'school', 1),
    ...collect(SAINT_WITH_CHURCH_LETTERS, text, 'school'),
    ...collect(OUR_LADY, text, 'school', 1),
    ...typedSchools(text),
    ...listedSchools(text),
    ...labelledSchools(text),
    ...bareSchools(text),
    ...settingsByCue(text),
  ];
}

// "at our ladys", "(our lady's rc)", "at holy rosary", "Sacred Heart": Catholic schools' names, named in passing.
const OUR_LADY =
  /(?:\b(?:at|to|from|attends|attending)[ \t]+|\([ \t]*|(?=Our[ \t]+Lady\b|Holy[ \t]+[A-Z]|Sacred[ \t]+Heart\b|Corpus[ \t]+Christi\b))((?:(?:holy[ \t]+(?!spirit\b|week\b|day\b|grail\b)[a-z]+|sacred[ \t]+heart|corpus[ \t]+christi|christ[ \t]+the[ \t]+king)|our[ \t]+lady(?:['’]?s)?)(?:[ \t]+(?:rc|catholic|primary|high|academy|school|(?:and|&)[ \t]+(?:st\.?|saint)[ \t]+[a-z'’]+|of[ \t]+(?:the[ \t]+)?[a-z'’]+))*)\b/gi;

const TYPE_WORD =
  '(?:primary|prim|pri|juniors|jnrs|jnr|infants|infs|inf|academy|high|nursery|college|school|sixth[ \\t]+form)';
// A school with its type word straight after a year group or a comma or bracket, in a child's
// details: "(yr 9, greenway juniors)", "yr 6 kirkgate primary", "dob ..., ashgrove infs,".
const LISTED_SCHOOL = new RegExp(
  `(?:^|[(,:;]|[-–][ \\t]|\\b(?:yr|year|y)[ \\t]?\\d{1,2})[ \\t]*((?:[a-z][a-z'’-]*[ \\t]+){1,2}${TYPE_WORD})\\b`,
  'gi',
);

/** Schools named with a type word in a list of a child's details (beside a child's identifier). */
function listedSchools(text: string): PersonalDataFinding[] {
  return collect(LISTED_SCHOOL, text, 'school', 1).filter((finding) => {
    const naming = wordsOf(text, finding).slice(0, -1);
    return !naming.some(
      (w) =>
        NOT_ONE_SCHOOL.has(w) ||
        FUNCTION_WORD.has(w) ||
        isCommonWord(w) ||
        /^(?:sixth|yr|year)$|['’]s$/.test(w),
    );
  });
}

// "school: kirkgate", "her new school is st marys", "school - westfield": the words after a label.
const LABELLED_SCHOOL =
  /\b(?:school|nursery|setting)(?:[ \t]*[:=–-]|[ \t]+is)[ \t]+((?:st\.?[ \t]+|our[ \t]+)?[a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){0,2}?)(?=[ \t]*(?:[.,;:)!?\n]|$|[-–]|\b(?:and|but|so|do|does|is|yr|year)\b))/gi;

function labelledSchools(text: string): PersonalDataFinding[] {
  return collect(LABELLED_SCHOOL, text, 'school', 1).filter((finding) => {
    // "school: st aidans": the saint's "st" is part of the name.
    const words = wordsOf(text, finding).filter((w, i) => !(i === 0 && /^st\.?$/.test(w)));
    return !words.some((w) => NOT_ONE_SCHOOL.has(w) || FUNCTION_WORD.has(w) || isCommonWord(w));
  });
}

// "kids at northfield.", "she's at hillcrest, yr 8", "at beech hill -": a place a child is at, named
// by one or two words that are no ordinary word, beside a child's identifier.
const BARE_AT =
  /\b(?:at|from)[ \t]+((?:st\.?[ \t]+)?[a-z][a-z'’-]{2,}(?:[ \t]+[a-z][a-z'’-]{2,})?)(?=[ \t]*(?:[.,;:)!?\n]|$|[-–][ \t]|\b(?:yr|year|in[ \t]+yr|in[ \t]+year)\b))/gi;

function bareSchools(text: string): PersonalDataFinding[] {
  return collect(BARE_AT, text, 'school', 1).filter((finding) => {
    const words = wordsOf(text, finding);
    if (/^st\.?$/.test(words[0] ?? '')) return words.length > 1;
    return !words.some(
      (w) =>
        NOT_ONE_SCHOOL.has(w) ||
        FUNCTION_WORD.has(w) ||
        isCommonWord(w) ||
        ENGLISH_WORDS.has(w.replace(/['’]s$/, '')) ||
        GIVEN_NAMES.has(w.replace(/['’]s$/, '')) ||
        TIME_WORD.test(w),
    );
  });
}

const FUNCTION_WORD = new Set(
  'and or of for in on at to with from into than as if is are was were be been by about after before'.split(
    ' ',
  ),
);

// "born 2016", "born in 2019", "b. 2018", "b. 04/2023": a birth year (and month) beside a child's name.
const BORN_YEAR =
  /(?:\bborn(?:[ \t]+in)?[ \t]+|(?<!\b(?:plan|appendix|section|part|option|schedule|annex|note|point|step|item|table|figure|page|para|paragraph|grade|class|level|tier|form)[ \t])\bb\.[ \t]{0,3}|\bd\.?o\.?b\b\.?:?[ \t]*)((?:(?:0?[1-9]|1[0-2])[/.-])?(?:19|20)\d{2})\b/gi;

/** Birth years written on their own. */
export function detectBirthYears(text: string): PersonalDataFinding[] {
  return collect(BORN_YEAR, text, 'date_of_birth', 1);
}

/** Streets named without a house number (and a number just before, if one was missed). */
export function detectStreetNames(text: string): PersonalDataFinding[] {
  const streets = [
    ...collect(STREET, text, 'address').filter((street) => !personNamed(text, street)),
    ...collect(LOWER_STREET, text, 'address', 1),
  ].map((finding) => {
    // Not a year group's number: "(Y2, Gorse Hill)".
    const number = /(?<![\p{L}\d])\d{1,4}[a-z]?,?[ \t]+$/iu.exec(
      text.slice(Math.max(0, finding.start - 8), finding.start),
    );
    return number ? { ...finding, start: finding.start - number[0].length } : finding;
  });
  return [
    ...streets,
    ...collect(LOWER_NUMBERED_STREET, text, 'address'),
    ...collect(ESTATE, text, 'address', 1),
    ...collect(ROOM_IN, text, 'address'),
  ];
}

/**
 * "Jacob Hill (yr 4)", "Max Hill DOB ...": a given name and a surname that is also a street word,
 * then an age, year group or date of birth, and no house number before: a person, not a street.
 */
function personNamed(text: string, street: PersonalDataFinding): boolean {
  // The last two words: "Baby Max Hill" is Max Hill.
  const [given, surname] = wordsOf(text, street).slice(-2);
  if (!given || !surname || !GIVEN_NAMES.has(given) || ONLY_A_STREET.test(surname)) return false;
  const givenStart = street.end - surname.length - 1 - given.length;
  // "refer Leo Green to": a surname that is also a street word.
  if (givenNameAndStreetSurname(text, given, surname, givenStart, street.end)) return true;
  if (/\d[a-z]?,?[ \t]+$/i.test(text.slice(Math.max(0, street.start - 8), street.start))) return false;
  return PERSON_AFTER.test(text.slice(street.end, street.end + 40));
}

// A child's school named by what the child does there: "she goes to Rivermead Academy", "Kian is at
// oakfield", "in yr 9 at hillcrest primary", "on roll at Crossley Heath", "a managed move from St
// Joseph's RC Primary", "Highcliffe Juniors have excluded him", lower case and without "Primary"
// too. Like the settings above, they are added only beside a child's identifier; "the forum at
// Oakfield Primary" and "St Mary's is hosting" are never read this way.
const ATTENDS_CUE = String.raw`(?:\b(?:goes|go|going|gone|went)[ \t]+to|\battend(?:s|ed|ing)?|\bon[ \t]+roll[ \t]+at\b|\b(?:transferred|transferring|managed[ \t]+move|moved[ \t]+schools?|excluded)[ \t]+from|\bdue[ \t]+to[ \t]+start[ \t]+at\b|\blast[ \t]+known[ \t]+school|\b\d{1,2}[ \t]?(?:yo|y\/o|yr[ \t]+old|year[ \t]+old)[ \t]+at\b|\b(?:(?:his|her|their)[ \t]+(?:school|sch|skl)|(?<!\b(?:our|my)[ \t]+)(?:sch|skl))[ \t]+(?:is|=)(?=[ \t])|\b(?:yr|year|y)[ \t]?\d{1,2}[ \t]+at\b|\b(?:he|she|child|kid|boy|girl|son|daughter|one|brother|sister|twins|pupil|student|learner|teen|teenager)(?:['’]s|[ \t]+(?:is|are|was|were|r))?(?:[ \t]+(?:now|still|also))?[ \t]+at\b|\b(?:his|her|their)[ \t]+(?:school|nursery|college)(?=[ \t]*[(,])|\bthe[ \t]+(?:school|nursery|college)(?=[ \t]*\()|\b(?:both|his|her|their)[ \t]+(?:children|kids|boys|girls)[ \t]+at\b|\b(?:children|kids|boys|girls|pupils)[ \t]+(?:(?:are|r|were)(?:[ \t]+(?:now|still|also|both))?|now|both)[ \t]+at\b)`;
const SCHOOL_WORDS = String.raw`(?:(?:St\.?|st\.?|Saint|saint)[ \t]+)?[\p{L}][\p{L}'’-]*(?:[ \t]+[\p{L}][\p{L}'’-]*){0,4}`;
// The cue is found first (plain ASCII, fast), then the school's words are read from where it ends.
const ATTENDS = new RegExp(ATTENDS_CUE, 'gi');
const SCHOOL_AFTER_CUE = new RegExp(String.raw`(?:[ \t]*:?[ \t]+|[ \t]*[(,][ \t]*)(${SCHOOL_WORDS})`, 'uy');
const SCHOOL_TYPE_WORD =
  /^(?:primary|prim|academy|acad|infants?|juniors?|nursery|pre-?school|playgroup|playgrp|school|college|high|secondary|grammar|pru|sixth|c|ce|cofe|rc)$/i;
const SCHOOL_SUBJECT =
  /(?<![\p{L}'’-])((?:St\.?[ \t]+)?(?:[A-Z][\p{L}'’]*(?:-[\p{L}'’]+)*[ \t]+(?:for[ \t]+)?){1,5}(?:Primary|Academy|Infants|Juniors|Nursery|Pre-school|School|College|High|PRU|Girls|Boys))[ \t]+(?:have|has|keep|keeps|kept|are|is)[ \t]+(?:excluded|excluding|called|calling|rung|ringing|emailed|emailing|chasing|asked|asking|refused|worried|concerned|reported|referred)/gu;
const AFTER_SCHOOL_STOP = new Set(
  'but and or with who which where because for in on at to since until is are was were has have had so then mum dad his her their he she they says said - the a an'.split(
    ' ',
  ),
);
const NOT_A_SCHOOL_AFTER =
  /^(?:health|centre|center|clinic|surgery|hub|library|hospital|station|park|forum|meeting|training|team|office)$/i;

/** A school type word among the captured words after word `k`, before any stop word. */
function typedLater(words: readonly string[], k: number): boolean {
  for (let j = k + 2; j < words.length; j += 2) {
    const word = words[j] ?? '';
    if (AFTER_SCHOOL_STOP.has(word.toLowerCase())) return false;
    if (SCHOOL_TYPE_WORD.test(word)) return true;
  }
  return false;
}

/** The words of a captured school name: up to a stop word, and a school only if it looks like one. */
function schoolLength(value: string, capitalisedPlaceWords = false): number {
  const words = value.split(/([ \t]+)/);
  let length = 0;
  let typed = false;
  let count = 0;
  for (let k = 0; k < words.length; k += 2) {
    const word = words[k] ?? '';
    const lower = word.toLowerCase();
    if (k > 0 && AFTER_SCHOOL_STOP.has(lower)) break;
    // "the health centre" is not a school; "Manor Park Academy" is one.
    if (NOT_A_SCHOOL_AFTER.test(word) && !typedLater(words, k)) return 0;
    count += 1;
    length = words.slice(0, k + 1).join('').length;
    if (SCHOOL_TYPE_WORD.test(word)) {
      // "goes to school", "goes to nursery": the kind of place, not one school's name.
      if (k === 0) return 0;
      typed = true;
    } else if (typed) {
      // "C of E", "Primary School": a few more words after a type word belong to it.
      if (!/^(?:of|e|primary|school|for|girls|boys|form)$/i.test(word)) {
        length = words.slice(0, k - 1).join('').length;
        break;
      }
    }
  }
  if (count === 0) return 0;
  // A school's name starts with a capital or with a word that is not ordinary English: "stab
  // someone after school" and "her whole school" are not schools.
  const opening = (value.split(/[ \t]+/)[0] ?? '').toLowerCase().replace(/['’]s$/, '');
  if (
    !/^\p{Lu}/u.test(value) &&
    !(capitalisedPlaceWords && /^the[ \t]+\p{Lu}\p{Ll}/u.test(value)) &&
    (isCommonWord(opening) || ENGLISH_WORDS.has(opening)) &&
    !/^st\.?$/.test(opening)
  )
    return 0;
  if (typed) return length;
  // No type word: one or two words, none of them ordinary vocabulary ("Hillcrest", "Crossley Heath",
  // "oakfield"), or a saint's name ("St Anne's"). Where the cue says a child is there, a
  // capitalised word of the dictionary that is not an everyday one names the place too ("The
  // Grange", "Hillside", "The Willows"); "at Risk", "at Home", "at Church" stay words.
  const theFirst = /^[Tt]he[ \t]+(?=\p{Lu})/u.exec(value)?.[0].length ?? 0;
  const first = value.slice(theFirst, length).split(/[ \t]+/);
  if (theFirst === 0 && /^(?:st\.?|saint)$/i.test(first[0] ?? '')) return first.length >= 2 ? length : 0;
  const head = first[0] ?? '';
  const norm = head.toLowerCase().replace(/['’]s$/, '');
  const namedPlace = capitalisedPlaceWords && /^\p{Lu}\p{Ll}/u.test(head) && ENGLISH_WORDS.has(norm);
  if (
    norm.length < 4 ||
    isCommonWord(norm) ||
    (ENGLISH_WORDS.has(norm) && !namedPlace) ||
    NAME_DENY_WORDS.has(norm) ||
    NAME_DENY_WORDS.has(norm.replace(/s$/, '')) ||
    /^\p{Lu}{2,}s?$/u.test(head)
  )
    return 0;
  // Keep the second word only when it is capitalised like the first ("Crossley Heath").
  const second = first[1];
  if (
    second &&
    /^\p{Lu}/u.test(head) &&
    /^\p{Lu}/u.test(second) &&
    !AFTER_SCHOOL_STOP.has(second.toLowerCase())
  )
    return theFirst + head.length + value.slice(theFirst + head.length).search(/\S/) + second.length;
  return theFirst + head.length;
}

// "Brookside have excluded him", "Hillcrest have suspended her": only a school excludes a child,
// so a name-like word before it (no type word needed) is one.
const EXCLUDING_SUBJECT =
  /(?<![\p{L}'’-])((?:St\.?[ \t]+)?[A-Z][\p{L}'’]*(?:[ \t]+[A-Z][\p{L}'’]*)?)[ \t]+(?:have|has|had)[ \t]+(?:(?:now|just|already|permanently|again)[ \t]+)?(?:excluded|suspended|off-rolled)\b/gu;

const LOWER_TYPED_SCHOOL =
  /^((?:[a-z][a-z'’-]*[ \t]+){1,3}?)(?:primary|academy|nursery|infants|juniors|high|college|pre-?school)(?:[ \t]+school)?\b/;
/** Words that may open one school's name though they also describe a kind ("little acorns"). */
const SOFT_KIND_WORDS = new Set(['little', 'big', 'old', 'new', 'high', 'first', 'middle']);
/** How a setting is attended or what it is, not its name ("sixth form college", "part time nursery"). */
const SETTING_KIND_WORDS = new Set(
  'sixth form full part time term further higher education workplace work risk both and or secondary primary nursery infant junior residential boarding specialist sen send alternative provision'.split(
    ' ',
  ),
);

/**
 * The length of a lower-case school name ending in its type word ("beech hill primary", "little
 * acorns nursery"), or 0 when its words only say what kind of school it is ("the local primary",
 * "her old nursery", "the local authority nursery").
 */
function lowerCaseTypedSchool(value: string): number {
  const m = LOWER_TYPED_SCHOOL.exec(value);
  if (!m) return 0;
  const naming = (m[1] ?? '').trim().split(/[ \t]+/);
  const kind = (w: string) =>
    NOT_ONE_SCHOOL.has(w) || SETTING_KIND_WORDS.has(w) || TIME_WORD.test(w) || NOT_A_SCHOOL_NAME.has(w);
  if (naming.every(kind)) return 0;
  if (naming.some((w) => kind(w) && !SOFT_KIND_WORDS.has(w))) return 0;
  if (naming.some((w) => FUNCTION_WORD.has(w))) return 0;
  return m[0].length;
}

/** Schools a child is said to attend, whatever else the message holds. */
export function detectAttendedSettings(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const cue of text.matchAll(ATTENDS)) {
    SCHOOL_AFTER_CUE.lastIndex = cue.index + cue[0].length;
    const m = SCHOOL_AFTER_CUE.exec(text);
    if (!m) continue;
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    // Travel ("going to Guinea", "went to Spain") is no sign that a capitalised word is a school.
    let length = schoolLength(value, !/^(?:go|going|gone|went)\b/i.test(cue[0]));
    // "earlyhelp@…" is an email; "attending physio" an appointment, not a school.
    if (text[start + length] === '@') length = 0;
    if (/^attend/i.test(cue[0]) && !/^\p{Lu}/u.test(value) && !/\s/.test(value.slice(0, length))) length = 0;
    // "goes to the local primary", "attends a special school": a kind of school, not one school.
    if (length > 0 && !namesOneSchool(value.slice(0, length))) length = 0;
    // After "6yo at" or "sch is", a lower-case word names a school only with its type word
    // ("6yo at greenhill infants"; not "at after-school club", "sch is haram").
    if (/^(?:\d|sch|skl)/i.test(cue[0]) && !/^(?:\p{Lu}|[Ss]t\.?[ \t]|[Ss]aint[ \t])/u.test(value))
      length = 0;
    // "kid is at beech hill primary", "at little acorns nursery": in lower case, ordinary words
    // before a school's type word name one school where a child is said to be there.
    if (length === 0 && !/^(?:go|going|gone|went)\b/i.test(cue[0])) length = lowerCaseTypedSchool(value);
    if (length > 0) findings.push({ kind: 'school', start, end: start + length });
  }
  for (const m of text.matchAll(SCHOOL_SUBJECT)) {
    findings.push({ kind: 'school', start: m.index, end: m.index + (m[1] ?? '').length });
  }
  for (const m of text.matchAll(EXCLUDING_SUBJECT)) {
    const value = m[1] ?? '';
    const length = schoolLength(value);
    if (length === value.length) findings.push({ kind: 'school', start: m.index, end: m.index + length });
  }
  return findings;
}

// A school typed in any case after "at", "to", "from", "off": "at st marys c of e", "to kingsmead
// academy", "at northfield pru", "off st josephs since tues", "at the grange school". Read only
// beside a child's identifier, like the settings above; "at the local primary", "to high school",
// "at forest school" name a kind of place, not one school.
const TYPED_SCHOOL =
  /(?:^|\([ \t]*|@[ \t]*|\b(?:at|to|from|off|into|joined|joining|attends|attending|started|starting)[ \t]+)(?:the[ \t]+)?((?:st|saint|ss)\.?[ \t]+[a-z][a-z'’-]*(?:[ \t]+(?:and|&)[ \t]+[a-z][a-z'’-]*)?(?:[ \t]+(?:rc|ce|c[ \t]+of[ \t]+e|cofe|catholic|primary|juniors?|infants?|high|academy|school|nursery|college))*|[a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){0,2}[ \t]+(?:academy|primary|prim|pri|juniors|jnrs|jnr|infants|infs|inf|high|pru|college|nursery|school)(?:[ \t]+school)?)\b/gi;
const NOT_ONE_SCHOOL = new Set(
  'the a an his her their our my your its this that these those any which what every each one another other new old local same next previous current virtual primary secondary special mainstream village catholic faith independent private state free big little junior infant senior high nursery grammar boarding forest sunday summer holiday driving dance music swim swimming language football sports drama night church home secondary comprehensive first middle upper lower alternative residential hospital pupil referral unit day main whole wrong right different same usual feeder linked partner sister nearest nearby closest good outstanding failing academy school college'.split(
    ' ',
  ),
);

/**
 * False for "the local primary", "a special school", "high school": a kind of school, not one.
 * Capitals name one ("Little Acorns Nursery", "The Orchard Special School").
 */
function namesOneSchool(value: string): boolean {
  if (/\p{Lu}/u.test(value)) return true;
  const words = value.toLowerCase().split(/[ \t]+/);
  if (/^(?:st|saint|ss)\.?$/.test(words[0] ?? '')) return true;
  const naming = words.filter((w, i) => !(i === 0 && w === 'the') && !SCHOOL_TYPE_WORD.test(w));
  return naming.length > 0 && !naming.some((w) => NOT_ONE_SCHOOL.has(w));
}

/** Schools named with their type word in any case (read by `detectSettings`, beside a child's details). */
function typedSchools(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(TYPED_SCHOOL)) {
    const value = m[1] ?? '';
    const words = value.toLowerCase().split(/[ \t]+/);
    const saint = /^(?:st|saint|ss)\.?$/.test(words[0] ?? '');
    const naming = saint ? words.slice(1, 2) : words.slice(0, -1).filter((w) => !SCHOOL_TYPE_WORD.test(w));
    if (naming.length === 0 || naming.some((w) => NOT_ONE_SCHOOL.has(w))) continue;
    if (naming.every((w) => TIME_WORD.test(w) || NOT_A_SCHOOL_NAME.has(w))) continue;
    const start = m.index + m[0].length - value.length;
    // Opening the message ("st annes juniors dsl - ..."), no cue vouches for it: ordinary words
    // before "school" ("she goes to school") are not a school's name.
    const opening = start === m.index && m.index === 0;
    if (
      opening &&
      !saint &&
      naming.some((w) => FUNCTION_WORD.has(w) || isCommonWord(w) || ENGLISH_WORDS.has(w))
    )
      continue;
    findings.push({ kind: 'school', start, end: start + value.length });
  }
  return findings;
}

// After a child's name: "Jayden at Hillcrest says", "Mia is at oakfield", "Kai, Brookside, yr 7".
const AT_AFTER_NAME =
  /^(?:['’]s)?,?[ \t]+(?:(?:(?:is|was|r|are)[ \t]+(?:(?:now|still|also)[ \t]+)?)?at|(?:(?:has|have|was|is)[ \t]+)?(?:(?:just|now|since|then)[ \t]+)?(?:moved|transferred|gone|goes|went)[ \t]+to)[ \t]+/iy;
const SCHOOL_WORDS_AT_START = new RegExp(`^(${SCHOOL_WORDS})`, 'u');
const LISTED_AFTER_NAME =
  /^,[ \t]*((?:St\.?[ \t]+)?[A-Z][\p{L}'’-]*(?:[ \t]+[A-Z][\p{L}'’-]*){0,3})[ \t]*[,-][ \t]*(?:yr|year|y)[ \t]?\d{1,2}\b/u;

// In brackets after a child's name, with or without the age first: "[name] (14, kingsmead)",
// "[name] (Little Acorns)", "[name] (St Aidans)".
const BRACKETED_AFTER_NAME =
  /^[ \t]*\([ \t]*(?:(?:\d{1,2}|(?:yr|year|y)[ \t]?\d{1,2})[ \t]*,[ \t]*)?((?:[Ss]t\.?[ \t]+)?[\p{L}][\p{L}'’-]*(?:[ \t]+[\p{L}][\p{L}'’-]*){0,3})[ \t]*[,)]/u;
const NOT_A_SETTING_IN_BRACKETS =
  /^(?:dob|d\.o\.b|nhs|ni|born|b|aged?|yr|year|y\d|male|female|boy|girl|he|she|they|him|her|them|mum|dad|nan|gran|sister|brother|twin|baby|ref|case|upn|tel|mob|mobile|phone|email|cp|cin|lac|ehcp|sen|send|eal)$/i;

function bracketedSetting(text: string, name: PersonalDataFinding): PersonalDataFinding | undefined {
  const rest = text.slice(name.end, name.end + 80);
  const m = BRACKETED_AFTER_NAME.exec(rest);
  const value = m?.[1] ?? '';
  if (!m || !value) return undefined;
  const words = value.split(/[ \t]+/);
  if (NOT_A_SETTING_IN_BRACKETS.test(words[0] ?? '')) return undefined;
  const aged = /^[ \t]*\([ \t]*(?:\d|yr|year|y\d)/i.test(rest);
  const saint = /^st\.?$/i.test(words[0] ?? '') && words.length >= 2;
  // Two or more capitalised words that are not all ordinary ("Little Acorns"), or after an age
  // one word that is no ordinary word ("kingsmead").
  const capitalised =
    words.length >= 2 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    !words.every((w) => isCommonWord(w.toLowerCase()) || TIME_WORD.test(w.toLowerCase()));
  const length = saint || capitalised ? value.length : aged ? schoolLength(value) : 0;
  if (length === 0) return undefined;
  const start = name.end + m[0].indexOf(value, m[0].indexOf('(') + 1);
  return { kind: 'school', start, end: start + length };
}

/** Schools named straight after a child's name that was found: "Kian at Hillcrest", "Kai, Brookside, yr 7". */
export function detectSettingsAfterNames(
  text: string,
  names: readonly PersonalDataFinding[],
): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const name of names) {
    if (name.kind !== 'name') continue;
    const rest = text.slice(name.end, name.end + 120);
    const bracketed = bracketedSetting(text, name);
    if (bracketed) {
      findings.push(bracketed);
      continue;
    }
    AT_AFTER_NAME.lastIndex = 0;
    const at = AT_AFTER_NAME.exec(rest);
    if (at) {
      const m = SCHOOL_WORDS_AT_START.exec(rest.slice(at[0].length));
      const value = m?.[1] ?? '';
      const length = value ? schoolLength(value) : 0;
      const start = name.end + at[0].length;
      if (length > 0 && text[start + length] !== '@')
        findings.push({ kind: 'school', start, end: start + length });
      continue;
    }
    const listed = LISTED_AFTER_NAME.exec(rest);
    if (listed) {
      const value = listed[1] ?? '';
      const length = schoolLength(value);
      const start = name.end + rest.indexOf(value);
      if (length > 0) findings.push({ kind: 'school', start, end: start + length });
    }
  }
  return findings;
}
