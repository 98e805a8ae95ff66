import { collect } from './collect.ts';
import { isCommonWord, TIME_WORD } from './common-words.ts';
import { NAME_DENY_WORDS } from './name-deny-list.ts';
import { ENGLISH_WORDS, GIVEN_NAMES } from './name-lists.ts';
import type { PersonalDataFinding } from './types.ts';

// Schools and nurseries are mostly named after places, and practitioners name them without the type
// word: "she's at hillside", "kids go to Greenbank + Kingsmead", "DSL (secondary): Kingsmead",
// "teacher at the grange", "2yo at busy bees". On its own such a word reads the same as a district
// or a hall, so these readers run only beside a child's identifier (detectSettings), where a place
// the child is tied to identifies as much as the school does.

// A place word made of two: "Kings|mead", "Oak|field", "Hill|side", "Green|bank", "North|field".
const HEAD =
  'hill|kings?|queens?|princes|bishops?|deans?|oaks?|north|south|east|west|brook|river|ash|elm|green|beech|birch|pine|fern|moor|wood|rose|holly|willow|thorn|hawthorn|broad|church|mill|stone|fair|high|long|red|white|black|sand|spring|sunny|sun|cliff|park|glen|heath|well|cross|castle|bridge|lime|cedar|maple|hazel|cherry|apple|orchard|meadow|marsh|lake|bay|bramble|fir|larch|lark|wharf|mead|crown|dale|lea|ever|golden|silver|sea|fox|swan|kirk|grange|manor|priory|abbey|star|blue|bram|beck|holm|mount|rock|fal|ivy|lily|primrose|bluebell|mulberry|chestnut|yew|rowan|alder|poplar|woodland|brent|hollin|hart|bel|carr|gill|wren|robin|oak|ald|farn|bramley|stan|wick|shel|hay|hey|bar|cold|har|ken|her|mar|pen|hol|nether|upper|lower|middle|new|old';
const TAIL =
  'side|fields?|meade?|woods?|brook|dale|vale|view|hills?|ridge|croft|gates?|way|lands?|banks?|stone|ford|hurst|combe|more|mere|grove|park|lea|hall|crest|court|green|bury|wells?|moors?|worth|thorpe|church|row|acres?|fold|heath|holme|haven|bourne|burn|cliffe|water|meadows?|trees?|lodge|garth|royd|brow|shaw|lees|mount|dene|den|ings|lands|hope|stead|wick|cote|cott|leys|lake|lakes|end|gill|beck|wold|wolds|well';
const COMPOUND = new RegExp(`^(?:${HEAD})(?:${TAIL})$`);

// Nurseries' names that say nothing else: "Little Acorns", "Busy Bees", "Tiny Tots".
const NURSERY_NAME =
  /\b(?:little[ \t]+(?:acorns|owls|stars|oaks|explorers|angels|learners|treasures|ducklings|cherubs|sprouts|seeds|saplings|footprints|pebbles|ladybirds|lambs|robins|wrens|foxes|bears|monkeys|tigers|dragons|pips|rainbows|sunbeams|blossoms|buttercups|bees|bunnies|chicks|cubs|darlings|diamonds|gems|hands|feet|people|scholars|sparrows|squirrels|wonders|pioneers|adventurers|discoverers|sunflowers|rascals|owlets|einsteins)|busy[ \t]+(?:bees|bodies|fingers)|tiny[ \t]+(?:tots|steps|toes|feet|hands)|bright[ \t]+(?:beginnings|horizons|sparks|futures)|kids[ \t]+planet|kiddi[ \t]+caru|happy[ \t]+(?:days|faces|times)|twinkle[ \t]+(?:stars|toes|tots)|tinker[ \t]?bells?|teddy[ \t]+bears?|humpty[ \t]+dumpty|early[ \t]+years?[ \t]+(?:village|house))\b/gi;

// A single nursery-like word, named only where a child is placed: "at rainbows", "(Ladybirds)".
const NURSERY_WORD =
  /^(?:acorns|ladybirds?|tadpoles|sunbeams|sunshine|rainbows?|butterflies|caterpillars|buttercups|bluebells|daisies|snowdrops|dandelions|bumblebees|stepping[ \t]+stones|first[ \t]+steps|footprints|treetops|hedgehogs|squirrels|puddleducks|twinkles|kinder[a-z]*|montessori)$/i;

// "the Grange", "the beeches", "the Willows": a house name a school keeps.
const THE_HOUSE =
  /\b[Tt]he[ \t]+((?:grange|beeches|willows|oaks|elms|laurels|limes|priory|hollies|cedars|ridings|firs|pines|hawthorns|brambles|chestnuts|maples|meadows|rowans|sycamores|poplars|acorns|spinney|coppice|friary|manse|glebe)|(?:Grange|Beeches|Willows|Oaks|Elms|Laurels|Limes|Priory|Hollies|Cedars|Ridings|Firs|Pines|Hawthorns|Brambles|Chestnuts|Maples|Meadows|Rowans|Sycamores|Poplars|Acorns|Spinney|Coppice|Friary|Manse|Glebe))\b(?![ \t]+(?:[Rr]oad|[Rr]d|[Ll]ane|[Ss]treet|[Ss]t|[Aa]venue|[Aa]ve|[Cc]lose|[Dd]rive|[Cc]rescent|[Ee]state|[Hh]otel|[Pp]ub|[Ss]urgery|[Mm]edical|[Hh]ealth|[Ll]eisure|[Cc]entre|[Ff]ete|[Cc]ommittee))/g;

// Words after which the compound is a street, a building or a service, not a setting.
const NOT_A_SETTING_AFTER =
  /^[ \t]+(?:road|rd|lane|ln|street|st|avenue|ave|close|drive|dr|way|court|ct|crescent|cres|grove|gardens|terrace|place|walk|mews|rise|view|estate|park|hotel|pub|surgery|medical|health|hospital|leisure|library|police|station|shopping|retail|house|towers?|flats|hub|team|fc|mosque|church|chapel|temple|gurdwara|synagogue|hall|ward|unit|clinic|practice|pharmacy|community|centre|center|village|town|city|borough|council|family|families|children['’]?s|kids|household|patch|locality|area|district|cluster|operation|network|forum|partnership|office|offices|taf|tac|branch|site)\b/i;

// Before the word: a surname after a given name ("Ava Greenwood"), or a patch ("officer for Greenbank").
const NOT_A_SETTING_BEFORE =
  /(?:\b(?:officer|worker|lead|manager|coordinator|covering|cover|covers)[ \t]+(?:for[ \t]+)?(?:the[ \t]+)?|\bthe[ \t]+)$/i;

function afterAGivenName(text: string, start: number): boolean {
  const before = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return before !== null && GIVEN_NAMES.has((before[1] ?? '').toLowerCase());
}

// Where a child is placed: "at", "@", "from", "to", "(", "school:".
const PLACED_BEFORE =
  /(?:\b(?:at|from|frm|to|into|joined|joining|attends|attending|started|starting)|@|\(|[Ss]chool[ \t]*:|[Nn]ursery[ \t]*:)[ \t]*$/;

const WORD = /(?<![\p{L}\d'’@./-])(\p{L}[\p{L}'’]*)(?![\p{L}\d@]|[./-]\p{L})/gu;

function endsAClause(rest: string): boolean {
  return /^(?:[ \t]*(?:[.,;:)!?/+&\n–—-]|$)|[ \t]+(?:and|or|in|on|for|since|yr|year|y\d|but|so|now|nursery|school|reception|has|have|had|is|are|was|were|said|says|rang|called|asked|told|say|keeps?|who|where|which|because|b\/c|with|w\/?|about|re|until|till|last|this|today|tmrw|tomorrow|yesterday|every|each|twice|\d))/i.test(
    rest,
  );
}

// A type word typed after the place, however short: "castlebrook coll", "northcliffe girls".
const TYPE_AFTER =
  /^[ \t]+(?:primary|prim|academy|acad|college|coll|school|high|juniors?|jnrs?|infants?|infs?|nursery|girls|boys|pre-?school|childminding|childminders?|pru|rc|ce|c[ \t]of[ \t]e|cofe)\b/i;

function withTypeWord(text: string, finding: PersonalDataFinding): PersonalDataFinding {
  if (finding.kind !== 'school') return finding;
  const m = TYPE_AFTER.exec(text.slice(finding.end, finding.end + 16));
  return m ? { ...finding, end: finding.end + m[0].length } : finding;
}

// A saint's school where a child or a school role is: "TA @ st marys rc", "dsl st joes -",
// "(Year 6, St Luke's)".
const PLACED_SAINT =
  /(?:\b(?:at|from|frm|to|dsl|ta|senco|teacher|head)\b(?:[ \t]*[-–:])?|@|\(|,)[ \t]*((?:st\.?|saint)[ \t]+[a-z][a-z'’]+(?:[ \t]+(?:rc|ce|c[ \t]of[ \t]e|cofe|catholic))?)(?=[ \t]*(?:[.,;:)!?/\n–—-]|$|[ \t](?:and|or|in|on|for|yr|year|y\d|has|have|is|are|was|were|said|says|sez|rang|called|keeps?|who|dad|mum|cn|can|do|does|re)\b))/gi;
// A school's initials in brackets after its name: "Hollins Park Academy (HPA)".
const INITIALS_AFTER_TYPE =
  /\b(?:[Aa]cademy|[Ss]chool|[Pp]rimary|[Hh]igh|[Cc]ollege|[Gg]rammar|[Nn]ursery|[Jj]uniors|[Ii]nfants)[ \t]*\(([A-Z]{2,5})(?=\))/g;

// A school named by its own staff opening a message: "Bishop Hooper DSL here", "SMA dsl here -",
// "Oakdene office:".
const SCHOOL_ROLE_OPENING =
  /(?:^|\n)[ \t]*((?:St\.?[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}|\p{Lu}{2,5}|\p{Ll}{4,})[ \t]+(?:DSL|dsl|Dsl|SENCO|SENCo|senco|[Hh]ead(?:[ \t]?teacher)?|[Dd]eputy[ \t]+[Hh]ead|[Oo]ffice|[Rr]eception)[ \t]*(?:here\b|[-–:,])/gu;
const NOT_A_SCHOOL_OPENING =
  /^(?:our|the|a|an|deputy|acting|new|interim|school|nursery|primary|secondary|i|hi|hello|hiya|morning|im|i['’]m|as|assistant|trust|lead|designated|senior|safeguarding|family|named|federation|academy|college|ks\d|eyfs)$/i;

function schoolRoleOpenings(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(SCHOOL_ROLE_OPENING)) {
    const value = m[1] ?? '';
    const words = value.split(/[ \t]+/);
    const lower = value.toLowerCase();
    const first = (words[0] ?? '').toLowerCase();
    if (words.some((w) => NOT_A_SCHOOL_OPENING.test(w))) continue;
    // Ordinary words ("Urgent DSL here") and the sender's own name ("Sarah Jones DSL here") are no school.
    if (words.length === 1 && (ENGLISH_WORDS.has(lower) || isCommonWord(lower) || GIVEN_NAMES.has(lower)))
      continue;
    if (words.length > 1 && GIVEN_NAMES.has(first)) continue;
    const start = m.index + m[0].indexOf(value);
    findings.push({ kind: 'school', start, end: start + value.length });
  }
  return findings;
}

// A school's initials where a school stands: "QE yr 8 girl", "KEGS yr 7", "(Y8, QEGS)", "at QEGS,".
const INITIALS =
  /(?:(?:^|\n)[ \t]*(\p{Lu}{2,5})(?=[ \t]+(?:[Yy]|[Yy]r|[Yy]ear)[ \t]?\d{1,2}\b)|[(,][ \t]*(?:[Yy]|[Yy]r|[Yy]ear)[ \t]?\d{1,2}[ \t]*,[ \t]*(\p{Lu}{2,5})(?=[ \t]*[),])|(?:\b(?:at|from|frm)[ \t]+|@[ \t]*)(\p{Lu}{2,5})(?=[ \t]*(?:[),.;:!?\n–—-]|$)|[ \t]+(?:[Yy]|[Yy]r|[Yy]ear)[ \t]?\d{1,2}\b))/gu;
// The field's own letters are not a school's.
const NOT_INITIALS = new Set(
  'DOB NHS NI CAF EHA TAC TAF LP DSL CSC HV GP SW MASH CIN CP LAC SEN SEND SENCO EHCP YR PE ADHD ASD DA DV LA OK FYI ASAP RE PRU CAMHS SALT OT TA TBC UTC SEMH FSM PP EAL FGM CSE CCE NRM YOT YOS PCSO PC CPOMS MARAC MAPPA LADO ED RSE PSHE KS EYFS SATS GCSE AP EWO EHE CME SGO MH GDPR DPA ICO UASC UK USA EU BBC NSPCC CEOP IT ICT PTA SLT HT DHT AM PM URGENT HELP NFA AKA EH SS SC KCSIE GMC NMC HCPC DBS CIC CYP YP ASC DWP HMRC UC ESA PIP DLA CCG ICB LSCP MSP VS IRO PEP SDQ EP CAMH IAPT OOH'.split(
    ' ',
  ),
);

function schoolInitials(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(INITIALS)) {
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    if (NOT_INITIALS.has(value)) continue;
    const start = m.index + m[0].length - value.length;
    findings.push({ kind: 'school', start, end: start + value.length });
  }
  return findings;
}

/** Clergy titles a school is named after; before a name they are never a child's ("Bishop Hensley"). */
export const CLERGY_TITLE = '(?:arch)?bishop|cardinal|pope';
// Schools named after their patrons: "archbishop rowntree", "Sir John Talbot's", "Bishop Hooper",
// "Dame Alice Owen's", "Cardinal Newman".
const PATRON =
  /\b((?:[Aa]rch)?[Bb]ishop|[Cc]ardinal|[Ss]ir|[Dd]ame|[Bb]lessed|[Pp]ope)[ \t]+(\p{L}[\p{L}'’-]+)(?:[ \t]+(\p{L}[\p{L}'’-]+))?/gu;

function patronSchools(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(PATRON)) {
    // "Maya Bishop NHS ...": a surname, not a title.
    const before = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1] ?? '';
    if (/^\p{Lu}/u.test(before) && GIVEN_NAMES.has(before.toLowerCase())) continue;
    const second = m[2] ?? '';
    if (/^\p{Lu}{2,}$/u.test(second)) continue;
    // "says sir Jamal Khan hit him" (a teacher, in a pupil's words), "Blessed Moyo (8)" (a child):
    // a knight's, a dame's or a blessed's school only with a capital and no age after it.
    const title = m[1] ?? '';
    if (/^(?:sir|dame|blessed)$/.test(title)) continue;
    if (
      /^[ \t]*(?:\([ \t]*\d|,[ \t]*\d{1,2}\b)/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 8),
      )
    )
      continue;
    const third = m[3] ?? '';
    const bare = (word: string) => word.toLowerCase().replace(/['’]s$/, '');
    if (isCommonWord(bare(second)) || /^(?:of|and|the|is|was|has|said|says)$/.test(bare(second))) continue;
    // "Sir John Talbot's": a given name then a surname; "Bishop Hooper DSL": one word.
    const withThird =
      third !== '' &&
      GIVEN_NAMES.has(bare(second)) &&
      // ("Bishop Hooper DSL here": a role's letters after the patron end the name.)
      !/^\p{Lu}{2,}$/u.test(third) &&
      !isCommonWord(bare(third)) &&
      !ENGLISH_WORDS.has(bare(third));
    const secondEnd = m.index + m[0].indexOf(second, (m[1] ?? '').length) + second.length;
    findings.push({ kind: 'school', start: m.index, end: withThird ? m.index + m[0].length : secondEnd });
  }
  return findings;
}

// Nicknames for the school a child is at: "not going back to the comp", "from the high -".
const NICKNAME =
  /\b(?:at|to|from|frm|in|back[ \t]+to)[ \t]+the[ \t]+(comp|high|unit)(?=[ \t]*(?:[.,;:!?\n–—-]|$)|[ \t]+(?:after|since|now|and|but|because|cos|b\/c|yr|year|y\d|for|n|when|today|yesterday)\b)/gi;

// After a setting's name, the district it is in: "busy bees sheffield", "Grangemoor School Pudsey",
// "Teddies Nursery Walkden", "kids planet wythenshawe".
const DISTRICT_AFTER =
  /^[ \t]+(\p{Lu}[\p{Ll}'’-]{2,}(?:[ \t]+\p{Lu}[\p{Ll}'’-]{2,})?|\p{Ll}[\p{Ll}'’-]{3,})(?=[ \t]*(?:[.,;:!?)\n–—-]|$)|[ \t]+\p{Ll})/u;

function withDistrict(text: string, finding: PersonalDataFinding): PersonalDataFinding {
  if (finding.kind !== 'school') return finding;
  const m = DISTRICT_AFTER.exec(text.slice(finding.end, finding.end + 40));
  const value = m?.[1] ?? '';
  if (!m || !value) return finding;
  // A district in lower case only after a name typed in lower case: "busy bees sheffield".
  if (/^\p{Ll}/u.test(value) && (/-/.test(value) || /\p{Lu}/u.test(text.slice(finding.start, finding.end))))
    return finding;
  const words = value.toLowerCase().split(/[ \t]+/);
  // A place's name is no ordinary word and no person's first name ("sheffield", "Pudsey").
  // ("Sheffield" is on the given-name list, and on the list of places that are never names.)
  const notAPlace = (w: string) =>
    isCommonWord(w) ||
    ENGLISH_WORDS.has(w) ||
    TIME_WORD.test(w) ||
    (GIVEN_NAMES.has(w) && !NAME_DENY_WORDS.has(w));
  if (words.some(notAPlace)) return finding;
  return { ...finding, end: finding.end + m[0].length };
}

/** Place-named schools and nurseries in a message that already names a child. */
export function detectPlaceNamedSettings(text: string): PersonalDataFinding[] {
  return readPlaceNamedSettings(text).map((finding) => withTypeWord(text, finding));
}

/** The district after any setting found, however it was found: "Grangemoor School Pudsey". */
export function withDistricts(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  return findings.map((finding) => withDistrict(text, finding));
}

function readPlaceNamedSettings(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [
    ...schoolRoleOpenings(text),
    ...schoolInitials(text),
    ...patronSchools(text),
    ...collect(NICKNAME, text, 'school', 1),
    ...collect(PLACED_SAINT, text, 'school', 1),
    ...collect(INITIALS_AFTER_TYPE, text, 'school', 1),
    // "the Grange" with its "the": the match ends with the house name.
    ...collect(THE_HOUSE, text, 'school'),
    ...collect(NURSERY_NAME, text, 'school').filter(
      (finding) => !NOT_A_SETTING_AFTER.test(text.slice(finding.end, finding.end + 24)),
    ),
  ];
  for (const m of text.matchAll(WORD)) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    if (lower.length < 7 || !COMPOUND.test(lower)) continue;
    if (GIVEN_NAMES.has(lower) || isCommonWord(lower)) continue;
    const start = m.index;
    const end = start + word.length;
    const rest = text.slice(end, end + 24);
    if (NOT_A_SETTING_AFTER.test(rest)) continue;
    // "the Greenwoods", "Ava Greenwood", "honey blackwood": a family's name, read as a name elsewhere.
    if (/s$/i.test(word) && /\bthe[ \t]+$/i.test(text.slice(Math.max(0, start - 5), start))) continue;
    if (afterAGivenName(text, start) || NOT_A_SETTING_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
      continue;
    // An ordinary English word ("hillside", "riverside", "woodland") names a setting only when
    // capitalised or where a child is placed.
    if (ENGLISH_WORDS.has(lower)) {
      const capitalised = /^\p{Lu}/u.test(word);
      const placed = PLACED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && endsAClause(rest);
      if (!capitalised && !placed) continue;
      // A capitalised word at the start of a sentence is capitalised for that reason alone.
      if (capitalised && !placed && /(?:^|[.!?\n][ \t]*)$/.test(text.slice(Math.max(0, start - 4), start)))
        continue;
    }
    // "15 Ashgrove": a house number before it makes it the family's address.
    // Not an age or a year group: "(14, kingsmead)", "yr 4 hillside".
    const before = text.slice(Math.max(0, start - 24), start);
    const number =
      /\b(?:flat|apt|apartment|unit|room)[ \t]?\d{1,4}[a-z]?,?[ \t]+\d{1,4}[a-z]?[ \t]+$/i.exec(before) ??
      /(?<![\d(,][ \t]?|\b(?:yr|year|y|aged?)[ \t]?)\b\d{1,4}[a-z]?[ \t]+$/i.exec(before);
    if (number) findings.push({ kind: 'address', start: start - number[0].length, end });
    else findings.push({ kind: 'school', start, end });
  }
  findings.push(...placedNurseryWords(text));
  findings.push(...placedTwoWordPlaces(text));
  return findings;
}

// Where a child is placed, before the place's words: "at", "frm", "attends", "@", "(".
const PLACED_CUE = String.raw`(?:\b(?:at|from|frm|to|into|attends|attending)\b|@|\()[ \t]*`;
const PLACED_WORDS = new RegExp(
  String.raw`${PLACED_CUE}((?:the[ \t]+)?[\p{L}][\p{L}'’]*(?:[ \t]+[\p{L}][\p{L}'’]*)?)`,
  'giu',
);

// "at rainbows", "(Ladybirds)", "@ sunshine": a nursery's one word where a child is placed.
function placedNurseryWords(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(PLACED_WORDS)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    const bare = value.replace(/^the[ \t]+/i, '');
    const words = bare.split(/[ \t]+/);
    // One word, or the two of "stepping stones" and "first steps".
    for (const candidate of [bare, words[0] ?? '']) {
      if (!NURSERY_WORD.test(candidate)) continue;
      const length = value.length - bare.length + candidate.length;
      if (!endsAClause(text.slice(start + length, start + length + 24))) break;
      findings.push({ kind: 'school', start, end: start + length });
      break;
    }
  }
  return findings;
}

// "at beech hill", "kids at spring bank.", "at Castle View": two place words where a child is placed.
const PLACED_TWO_WORDS = new RegExp(String.raw`${PLACED_CUE}([\p{L}]+[ \t]+[\p{L}]+)`, 'giu');
const HEAD_WORD = new RegExp(`^(?:${HEAD})$`);
const TAIL_WORD = new RegExp(`^(?:${TAIL})$`);

function placedTwoWordPlaces(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(PLACED_TWO_WORDS)) {
    const value = m[1] ?? '';
    const [headWord = '', tail = ''] = value.split(/[ \t]+/);
    const head = headWord.toLowerCase();
    // "Farnley Park", "Bramley Park": a capitalised word no list knows names the place too.
    const namedHead =
      HEAD_WORD.test(head) ||
      (/^\p{Lu}\p{Ll}{3,}$/u.test(headWord) &&
        !ENGLISH_WORDS.has(head) &&
        !isCommonWord(head) &&
        !GIVEN_NAMES.has(head));
    if (!namedHead || !TAIL_WORD.test(tail.toLowerCase())) continue;
    // "at high risk", "to park" are not places; "at Beech Hill Road" is a street (read elsewhere).
    const start = m.index + m[0].length - value.length;
    const rest = text.slice(start + value.length, start + value.length + 24);
    if (NOT_A_SETTING_AFTER.test(rest) || !endsAClause(rest)) continue;
    findings.push({ kind: 'school', start, end: start + value.length });
  }
  return findings;
}
