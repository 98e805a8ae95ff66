import { detectAddresses } from './address.ts';
import { isCommonWord, TIME_WORD } from './common-words.ts';
import { CHAT_WORDS, detectContextualNames, nameOpeningBefore } from './contextual-names.ts';
import { detectDates } from './dates.ts';
import { detectEmails } from './email.ts';
import { detectInitials, initialsAfterNames } from './initials.ts';
import { childrenListedOrPaired, listedChildren, wordListedChildren } from './listed-children.ts';
import { NAME_DENY_PHRASES, NAME_DENY_WORDS, PUBLIC_FIGURES } from './name-deny-list.ts';
import { ENGLISH_WORDS, GIVEN_NAMES, OTHER_NAMES, SURNAMES } from './name-lists.ts';
import { detectModelNames } from './name-model.ts';
import { detectNameSurroundings, LOWER_MISS_CUE, lowerSurnamesAfterAges } from './name-surroundings.ts';
import { detectNames, PARTICLES } from './names.ts';
import { detectNhsNumbers } from './nhs-number.ts';
import { detectNiNumbers } from './ni-number.ts';
import { detectPhoneNumbers } from './phone.ts';
import { DISTRICT, detectPostcodes } from './postcode.ts';
import {
  detectAttendedSettings,
  detectBirthYears,
  detectSettings,
  detectSettingsAfterNames,
  detectStreetNames,
} from './quasi-identifiers.ts';
import { detectReferenceNumbers } from './reference-number.ts';
import { detectRelationCues, standaloneRelationCues } from './relation-cues.ts';
import { withoutSelfIntroductions } from './self-introduction.ts';
import type { PersonalDataFinding, PersonalDataKind } from './types.ts';

// Kinds that identify a child or family by themselves; beside any of them a school or a street
// name identifies too.
const IDENTIFYING: ReadonlySet<PersonalDataKind> = new Set([
  'name',
  'date_of_birth',
  'address',
  'postcode',
  'nhs_number',
  'ni_number',
  'phone',
  'email',
  'reference',
]);

// When two findings overlap, the more specific kind names the merged span: a checksummed NHS
// number beats the phone shape it also fits, an address beats the capitalised street words that
// look like a name.
const SPECIFICITY: Record<PersonalDataKind, number> = {
  email: 9,
  nhs_number: 8,
  reference: 8,
  ni_number: 7,
  postcode: 6,
  phone: 5,
  date_of_birth: 4,
  date: 3,
  address: 2,
  school: 2,
  name: 1,
};

const DETECTORS: ReadonlyArray<(text: string) => PersonalDataFinding[]> = [
  detectEmails,
  detectNhsNumbers,
  detectReferenceNumbers,
  detectNiNumbers,
  detectPostcodes,
  detectPhoneNumbers,
  detectDates,
  detectAddresses,
  detectNames,
  detectInitials,
];

/**
 * Sorts findings by start and merges any that overlap into one span covering both, named by the
 * more specific kind. Touching but non-overlapping findings stay separate.
 */
export function mergeFindings(findings: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const sorted = findings
    .filter((finding) => finding.end > finding.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PersonalDataFinding[] = [];
  for (const finding of sorted) {
    const last = merged.at(-1);
    if (last && finding.start < last.end) {
      last.end = Math.max(last.end, finding.end);
      if (SPECIFICITY[finding.kind] > SPECIFICITY[last.kind]) last.kind = finding.kind;
      continue;
    }
    merged.push({ ...finding });
  }
  return merged;
}

// The district after a street address: "14 Granby Terrace, Gorton", "2 Abbey Street, Beeston LS11".
const LOCALITY_AFTER =
  /^,[ \t]*(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?)(?=[ \t]*(?:[,.;:)]|$|\n|[-–—]|(?:with|and|for|since|until)\b|\p{Lu}{1,2}\d))/u;

// A school's patron after its type word: "Cathedral School of St Aidan", "Academy of the Holy Cross".
const PATRON_AFTER =
  /^(?:[ \t]+of)?[ \t]+(?:St\.?|Saint|the|Our)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?/u;

/** Extends each school over the patron named straight after it. */
function withPatron(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  return findings.map((finding) => {
    if (finding.kind !== 'school') return finding;
    // "of" is needed, though a reader may have taken it already ("Cathedral School of").
    const m = PATRON_AFTER.exec(text.slice(finding.end, finding.end + 50));
    const of = /\bof$/i.test(text.slice(finding.start, finding.end)) || /^[ \t]+of\b/i.test(m?.[0] ?? '');
    return m && of ? { ...finding, end: finding.end + m[0].length } : finding;
  });
}

// A flat's number after its building's street: "112B Kingsway, Flat 2".
const FLAT_AFTER = /^[ \t]*,?[ \t]*(?:flat|apartment|apt|unit)[ \t]*\d{1,4}[a-z]?\b/i;

/** Extends each address over a flat number written after it. */
function withFlat(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  return findings.map((finding) => {
    if (finding.kind !== 'address') return finding;
    const flat = FLAT_AFTER.exec(text.slice(finding.end, finding.end + 20));
    return flat ? { ...finding, end: finding.end + flat[0].length } : finding;
  });
}

/** Extends each address over the district named straight after it. */
function withLocality(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  return findings.map((finding) => {
    if (finding.kind !== 'address') return finding;
    const m = LOCALITY_AFTER.exec(text.slice(finding.end, finding.end + 60));
    const words = (m?.[1] ?? '').toLowerCase().split(/[ \t]+/);
    if (!m || words.some((word) => isCommonWord(word))) return finding;
    return { ...finding, end: finding.end + m[0].length };
  });
}

// A capitalised word for a building, a venue or a line straight after a "name": the words name the
// place ("Florence Ashby House", "the Mandela Hall", "Victoria line's down", "Rocco's Pizzeria").
// "Hall" and "Ward" are surnames too, so they count only after "the"; "the Delaney house", in
// lower case, is a family's home and stays a name.
const VENUE_WORDS = String.raw`House|Centre|Center|Hub|Library|Clinic|Surgery|Hospital|Lodge|Café|Cafe|Pizzeria|Restaurant|Kitchen|Bakery|Line|line|Suite|Room|Lounge|Studio|Theatre|Gym|Pavilion|(Hall|Ward)`;
const VENUE_AFTER = new RegExp(
  String.raw`^(?:['’]s)?[ \t]+(?:${VENUE_WORDS})(?![\p{L}-])(?![ \t]+(?:captain|captains|point|points|team|colours)\b)`,
  'u',
);
const VENUE_LAST = new RegExp(String.raw`[ \t](?:${VENUE_WORDS})$`, 'u');
const THE_BEFORE = /\bthe[ \t]+$/i;

// After the venue's word, what says the words were a family's or a child's name after all: "the
// Kai Ward twins", "the Mia Hall children", "Jack House are siblings", "Mia Khan Hospital admission".
const FAMILY_AFTER_VENUE =
  /^[ \t]+(?:twins|children|kids|family|families|fam|case|boys|girls|siblings|brothers|sisters|lad|lads|lass|boy|girl)\b|^[ \t]*\(/i;
// Without "the", what a person is or has: "Jack House are siblings", "Mia Khan Hospital admission".
const PERSON_AFTER_VENUE =
  /^[ \t]+(?:are|is|was|were|has|had|and|aged?|admission|admitted|visit|referral|letter|appointment|appt|notes)\b/i;

/** `text` without accents ("Climbié" to "Climbie"). */
function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** One alternation of phrases, any case and accents, a possessive or "-style" allowed after. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const body = phrases
    .map((phrase) =>
      withoutAccents(phrase)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, '[ \\t]+'),
    )
    .join('|');
  return new RegExp(
    `(?<![\\p{L}'’-])(?:${body})(?:-(?:style|like|esque|type|inspired)\\b|['’]s\\b)?(?![\\p{L}'’-])`,
    'giu',
  );
}
// The deny list's phrases (inquiries, places, charities) and public figures, in any case.
// ("Joe Wicks-style" is the figure; "Andrew Tate-Smith" may be a child.)
const DENY_PHRASE = phrasePattern(NAME_DENY_PHRASES);
const FIGURE_PHRASE = phrasePattern(PUBLIC_FIGURES);

// A child is spoken of around a phrase: an age or a class after it ("Jamie Oliver (8)", "Andrew
// Tate, is 14", "Marcus Rashford, aged 9"), or a word for a child or a naming cue before it ("my
// pupil Marcus Rashford", "The child, Andrew Tate", "worried about Logan Mwangi").
const CHILD_AFTER_PHRASE =
  /^(?:['’]s)?[ \t]*(?:\([ \t]*(?:aged?[ \t]*)?\d|,?[ \t]*(?:aged?|age)[ \t]+\d|,?[ \t]+(?:is|was)[ \t]+(?:only[ \t]+|now[ \t]+)?\d{1,2}\b|,[ \t]*\d{1,2}\b|,?[ \t]+(?:in|from)[ \t]+(?:my|our|the|his|her)[ \t]+(?:class|group|form|tutor|year)|,?[ \t]+(?:yr|year|y)[ \t]?\d|,?[ \t]+(?:dob|d\.o\.b|born|at[ \t]+\p{Lu}))/iu;
// After the phrase as a possessive, someone or something of a child's: "Marcus Rashford's mum".
const FAMILY_AFTER_POSSESSIVE =
  /^[ \t]+(?:mum|mam|dad|nan|gran|grandma|grandad|brother|sister|sibling|carer|foster|step ?dad|step ?mum|teacher|class|school|nursery|dob|address|social worker|sw)\b/i;
const CHILD_BEFORE_PHRASE =
  /\b(?:child|children|boy|girl|pupil|student|son|daughter|kid|baby|brother|sister|twin|toddler|teen|teenager|young person|yp|about|for|re|regarding|called|named|(?:name|child|boy|girl|pupil) is|mum|dad|nan|carer|visit|visited|saw|met|refer|referred|referring)[ \t]*[,:(-]?[ \t]*$/i;
// A public figure is let go only where the words around say it is the figure: their campaign,
// report, videos or style, or someone quoting, watching or following them.
const FIGURE_AFTER =
  /^(?:['’]s)?[ \t]*(?:-(?:style|like|esque|type|inspired)\b|(?:free[ \t]+|\p{Lu}{2,6}[ \t]+)?(?:school[ \t]+(?:meals|dinners|strikes?|uniform)|memorial|playing[ \t]+fields?|park|hospital|statue|gardens|ward|wing|museum|bridge|barracks|(?:is[ \t]+|was[ \t]+)?(?:down|closed|delayed|delays|suspended|part[ \t]+closed|not[ \t]+running|strike|station|trains?|service)|campaigns?|reports?|foundation|trust|videos?|content|clips?|posts?|tiktoks?|podcasts?|documentary|stuff|principles?|reviews?|inquiry|law|meals|dinners|books?|research|speech|quotes?|fans?|followers|fund|toolkit|resources?|murder|trial|case[ \t]+review|style|type|effect|thing))\b/iu;
const FIGURE_BEFORE =
  /\b(?:quoting|quotes|quoted|watching|watches|watched|following|follows|followed|listening[ \t]+to|listens[ \t]+to|fans?[ \t]+of|idolises|idolizes|obsessed[ \t]+with|influenced[ \t]+by|(?:videos?|content|posts?|clips?|tiktoks?)[ \t]+(?:of|by|from)|like)[ \t]*$/i;

/** Where the phrases of `pattern` stand in the folded text and no child is spoken of around them. */
function phraseSpans(
  text: string,
  folded: string,
  pattern: RegExp,
  findings: readonly PersonalDataFinding[],
): (readonly [number, number])[] {
  return Array.from(folded.matchAll(pattern), (m) => [m.index, m.index + m[0].length] as const).filter(
    ([from, to]) =>
      // "baby Peter Smith", "Alexis Jay Patel": a name goes on past the phrase.
      !findings.some((f) => f.kind === 'name' && f.start >= to && /^[ \t]*$/.test(text.slice(to, f.start))) &&
      !CHILD_AFTER_PHRASE.test(text.slice(to, to + 40)) &&
      !(/['’]s$/.test(text.slice(from, to)) && FAMILY_AFTER_POSSESSIVE.test(text.slice(to, to + 30))) &&
      !CHILD_BEFORE_PHRASE.test(text.slice(Math.max(0, from - 30), from)),
  );
}

// "the Schools Bill", "the Online Safety Bill", "the Children's Wellbeing and Schools Bill": a bill
// before Parliament, after "the", capitalised words and a word bills are about ("Uncle Bill",
// "Today Bill hit him" and "the Police Bill was drunk" are a man).
const BILL_TOPIC =
  /^(?:schools?|education|safety|rights|abuse|care|work|access|protection|reform|prisoners|victims|families|children|wellbeing|migration|asylum|crime|courts|justice|health|data|adoption|welfare|equality|housing|renters|skills|employment|benefits|security|bill)$/;
const WORD_BEFORE_BILL =
  /\b[Tt]he[ \t]+(?:\p{Lu}[\p{L}'’]*[ \t]+(?:(?:and|&)[ \t]+)?){0,4}(\p{Lu}\p{Ll}+)['’]?[ \t]+$/u;
function aBill(text: string, f: PersonalDataFinding): boolean {
  if (f.kind !== 'name' || text.slice(f.start, f.end) !== 'Bill') return false;
  const word = (
    WORD_BEFORE_BILL.exec(text.slice(Math.max(0, f.start - 80), f.start))?.[1] ?? ''
  ).toLowerCase();
  return BILL_TOPIC.test(word);
}

/**
 * Names and schools wholly inside one of the deny list's phrases are none, unless a child is
 * spoken of around it; a finding that reaches past the phrase ("baby Peter Smith", "St Helens
 * Primary") stays. A public figure's name is let go only where the words around it say it is the
 * figure ("the Marcus Rashford campaign", "quoting andrew tate") and nothing in the message
 * identifies a child by itself: a child may share the name.
 */
function withoutDeniedPhrases(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  if (!findings.some((f) => f.kind === 'name' || f.kind === 'school')) return findings;
  if (findings.some((f) => aBill(text, f))) findings = findings.filter((f) => !aBill(text, f));
  // Accents folded one code unit for one, so positions stay those of the text.
  const folded = text
    .split('')
    .map((ch) => withoutAccents(ch)[0] ?? ch)
    .join('');
  const phrases = phraseSpans(text, folded, DENY_PHRASE, findings);
  // Beside a detail that identifies by itself (a date of birth, an NHS number, an address), a
  // public figure's name is a child's.
  const figures = findings.some((f) => f.kind !== 'name' && IDENTIFYING.has(f.kind))
    ? []
    : phraseSpans(text, folded, FIGURE_PHRASE, findings).filter(
        ([from, to]) =>
          /-(?:style|like|esque|type|inspired)$/i.test(text.slice(from, to)) ||
          FIGURE_AFTER.test(text.slice(to, to + 40)) ||
          FIGURE_BEFORE.test(text.slice(Math.max(0, from - 30), from)),
      );
  if (phrases.length === 0 && figures.length === 0) return findings;
  return findings.filter(
    (f) =>
      !(
        (f.kind === 'name' || f.kind === 'school') &&
        (phrases.some(([from, to]) => f.start >= from && f.end <= to) ||
          // "Marcus Rashford school meals": a school read from the figure's name goes with it.
          figures.some(([from, to]) => f.start >= from && (f.end <= to || f.kind === 'school')))
      ),
  );
}

// "we're reading Matilda in yr 5": what a class reads in a lesson is a book. Only "reading", and
// only before a class or a lesson or the end of the sentence: not a possessive ("reading Tom's
// file"), someone read to ("reading Ella a story", "reading Matilda together in the quiet room"), a
// child watched or studied ("watching Kayden at break"), nor a name found again elsewhere.
const READ_BEFORE = /\breading[ \t]+$/i;
const TITLE_AFTER =
  /^(?:[ \t]+in[ \t]+(?:year|yr|y|class|english|literacy|lessons?|pshe|guided reading|book club)\b|[ \t]*(?:[.!?]|$))/i;

/** Drops a one-word "name" that is what a class is reading. */
function withoutTitles(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  return findings.filter((f) => {
    if (f.kind !== 'name') return true;
    const word = text.slice(f.start, f.end);
    if (!/^\p{Lu}[\p{L}-]+$/u.test(word)) return true;
    if (!READ_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start))) return true;
    if (!TITLE_AFTER.test(text.slice(f.end, f.end + 16))) return true;
    const again = findings.some(
      (other) => other !== f && other.kind === 'name' && text.slice(other.start, other.end) === word,
    );
    return again;
  });
}

/**
 * Drops "names" that are a building's, a venue's or a line's. Only where nothing says a person:
 * the words hold no given name unless "the" goes before them ("the Florence House forum", not
 * "Jack House are siblings"), no word for a child or a family follows, and the same words are not
 * a name found elsewhere in the message.
 */
function withoutVenues(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  // Chains of names joined by spaces are judged whole ("Florence Ashby" before "House").
  const chains: PersonalDataFinding[][] = [];
  for (const finding of findings) {
    if (finding.kind !== 'name') continue;
    const chain = chains.at(-1);
    const last = chain?.at(-1);
    if (chain && last && /^[ \t]+$/.test(text.slice(last.end, finding.start))) chain.push(finding);
    else chains.push([finding]);
  }
  const venue = new Set<PersonalDataFinding>();
  for (const chain of chains) {
    const first = chain[0] as PersonalDataFinding;
    const last = chain.at(-1) as PersonalDataFinding;
    const words = text.slice(first.start, last.end);
    const afterText = text.slice(last.end, last.end + 40);
    const after = VENUE_AFTER.exec(afterText);
    const ending = VENUE_LAST.exec(words);
    if (!after && !ending) continue;
    const the = THE_BEFORE.test(text.slice(Math.max(0, first.start - 5), first.start));
    const nameWords = (ending ? words.slice(0, ending.index) : words)
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[ \t]+/);
    const given = nameWords.some((word) => GIVEN_NAMES.has(word));
    // Hall and Ward are surnames too: a venue's only after "the", and never with a given name.
    if ((after?.[1] ?? ending?.[1]) !== undefined && (!the || given)) continue;
    const rest = after ? afterText.slice(after[0].length) : afterText;
    if (FAMILY_AFTER_VENUE.test(rest) || (!the && PERSON_AFTER_VENUE.test(rest))) continue;
    if (!the && given) continue;
    const named = nameWords.join(' ');
    const elsewhere = findings.some(
      (f) =>
        f.kind === 'name' && !chain.includes(f) && text.slice(f.start, f.end).toLowerCase().includes(named),
    );
    if (elsewhere) continue;
    for (const finding of chain) venue.add(finding);
  }
  return findings.filter((finding) => !venue.has(finding));
}

// After "the" and a capitalised name, a kind of thing: "the Paris trip", "the River Lea walk", "the
// Precious Lives charity", "the Poppyfields toddler group".
const NAMED_THING_AFTER =
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}[ \t]+(?:(?!(?:family|families|fam|kids|children|twins|girls|boys|siblings|household|lot|core|strategy|review|case|planning|professionals?|support|cp|cin|taf|tac)\b)[a-z]+[ \t]+)?(?:trip|trips|walk|walks|group|groups|charity|project|scheme|club|programme|program|course|event|fair|festival|award|awards|fund|appeal|exhibition|museum|residential|camp|toolkit|app|website|campaign|partnership|network|forum|conference|lecture|initiative|pathway|model|approach|framework|bus|route)\b/u;

// "the clinic on Mill Lane has moved": two words read as a given name and a surname that are a
// street after a word for where.
const STREET_LAST =
  /[ \t](?:Lane|Road|Street|Avenue|Close|Drive|Way|Crescent|Grove|Gardens|Terrace|Mews|Parade)$/;
const WHERE_BEFORE = /\b(?:on|off|in|at|near|from|opposite|along|down|up|past|behind)[ \t]+$/i;

/** Drops a "name" that is a street after a word for where ("on Mill Lane"). */
function withoutStreetNames(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  return findings.filter(
    (f) =>
      f.kind !== 'name' ||
      !STREET_LAST.test(text.slice(f.start, f.end)) ||
      // ("the party at Chloe Lane's house": a person's.)
      /^['’]s\b/.test(text.slice(f.end, f.end + 3)) ||
      !WHERE_BEFORE.test(text.slice(Math.max(0, f.start - 10), f.start)),
  );
}

/** Drops a name after "the" that is a thing's: a trip, a group, a charity named after someone. */
function withoutNamedThings(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  return findings.filter((f, index) => {
    if (f.kind !== 'name' || !THE_BEFORE.test(text.slice(Math.max(0, f.start - 5), f.start))) return true;
    // A family ("the Ahmeds trip") or a full name ("the Jayden Smith appeal") stays a name.
    const lower = text.slice(f.start, f.end).toLowerCase();
    const words = lower.split(/[ \t]+/);
    if (words.slice(1).some((word) => SURNAMES.has(word))) return true;
    const single = words[0] ?? '';
    if (
      single.endsWith('s') &&
      [single.slice(0, -1), single.slice(0, -2)].some(
        (stem) => SURNAMES.has(stem) || OTHER_NAMES.has(stem) || GIVEN_NAMES.has(stem),
      )
    )
      return true;
    // The words that open the name, and the capitalised words straight after it (its chain).
    let end = f.end;
    for (let k = index + 1; k < findings.length; k += 1) {
      const next = findings[k] as PersonalDataFinding;
      if (next.kind !== 'name' || !/^[ \t]+$/.test(text.slice(end, next.start))) break;
      end = next.end;
    }
    if (!NAMED_THING_AFTER.test(text.slice(end, end + 60))) return true;
    // Named elsewhere as a person, it stays a name.
    return findings.some(
      (other) =>
        other !== f && other.kind === 'name' && text.slice(other.start, other.end).toLowerCase() === lower,
    );
  });
}

// A particle between two names joins them: "Ffion ap Rhys", "Daan van Dijk".
const PARTICLE_GAP = new RegExp(String.raw`^[ \t]+(?:${[...PARTICLES].join('|')})[ \t]+$`, 'i');

/** Extends each name over a first word that belongs to it ("Big [name]", "summer-rain [name]"). */
function withNameOpenings(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  let previousEnd = 0;
  return findings.map((finding) => {
    const from = finding.kind === 'name' ? nameOpeningBefore(text, finding.start) : undefined;
    const extended = from !== undefined && from >= previousEnd ? { ...finding, start: from } : finding;
    previousEnd = extended.end;
    return extended;
  });
}

/**
 * Joins names separated only by spaces (or a particle) into one ("jayden" found by one reading and
 * "okafor" by another are one name), and the parts of an address separated by a comma, so the
 * redaction reads "[name]" or "[address]" once.
 */
function joinAdjacentNames(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  const joined: PersonalDataFinding[] = [];
  for (const finding of findings) {
    const last = joined.at(-1);
    const gap = last ? text.slice(last.end, finding.start) : '';
    if (
      (last?.kind === 'name' &&
        finding.kind === 'name' &&
        (/^[ \t]+$/.test(gap) || PARTICLE_GAP.test(gap))) ||
      // "Flat 6, Marlowe Court, Ashby Road": the parts of one address, read one by one.
      (last?.kind === 'address' && finding.kind === 'address' && /^,?[ \t]+$/.test(gap))
    ) {
      last.end = finding.end;
      continue;
    }
    joined.push(finding);
  }
  return joined;
}

// A given name typed in lower case anywhere ("cos of abdullahi", "spoke to abdullahi.he has"): one
// the name lists hold that is no English word, no chat word and no word the guard never takes.
const LOWER_WORD = /(?<![\p{L}\p{N}'’@-])([a-z][a-z-]{3,19})(?:['’]s)?(?![\p{L}\p{N}-])(?!['’]\p{L})/gu;
// A web or email address around the word ("www.gov.scot", "kemar@school.org") is no name.
const ADDRESS_RUN = /(?:www\.|:\/\/|@|\.(?:com|org|net|uk|gov|scot|wales|nhs|ac|co|io|sch|ly)\b)/i;
const COLLEAGUE_BEFORE =
  /\b(?:sw|hv|dsl|gp|ta|lp|senco|teacher|worker|nurse|manager|colleague|coordinator|co-ordinator|officer|headteacher|head teacher|midwife|practitioner|supervisor|keyworker|mentor|therapist|my boss)s?[ \t]*[(:,=-]?[ \t]*$/i;
const NOT_A_PERSON_AFTER =
  /^(?:basket|baskets|rd|st|ave|protocol|foundation|principles?|inquiry|centre|center|clinic|surgery|road|street|lane|avenue|crescent|terrace|gardens)$/;
// The public inquiries and places the deny list names as phrases, typed in lower case.
const DENIED_PAIRS: ReadonlySet<string> = new Set(
  NAME_DENY_PHRASES.map((phrase) => withoutAccents(phrase).toLowerCase().split(/\s+/).slice(0, 2).join(' ')),
);

/** The run of text without spaces that holds position `at`, at most 60 characters either side. */
function runAround(text: string, at: number): string {
  let from = at;
  let to = at;
  while (from > Math.max(0, at - 60) && !/\s/.test(text[from - 1] ?? ' ')) from -= 1;
  while (to < Math.min(text.length, at + 60) && !/\s/.test(text[to] ?? ' ')) to += 1;
  return text.slice(from, to);
}

function lowerCaseGivenNames(text: string, known: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const m of text.matchAll(LOWER_WORD)) {
    const typed = m[1] ?? '';
    // "wiktorias new school", "at his mate nathans": a given name's possessive typed without its
    // apostrophe, where the word with its "s" is no word or name of its own ("marks", "peters").
    const word = possessiveStem(typed) ?? typed;
    if (
      !GIVEN_NAMES.has(word) ||
      ENGLISH_WORDS.has(word) ||
      isCommonWord(word) ||
      CHAT_WORDS.has(word) ||
      NAME_DENY_WORDS.has(word) ||
      TIME_WORD.test(word) ||
      /\b(?:st|saint)\.?[ \t]+$/i.test(text.slice(Math.max(0, m.index - 7), m.index)) ||
      // (A mention, "@kelly", is never matched: LOWER_WORD does not start after "@".)
      ADDRESS_RUN.test(runAround(text, m.index)) ||
      // After an article a lower-case word is a thing ("we read a surah", "the merlin report").
      /\b(?:a|an|the)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) ||
      // A colleague named by their role ("the SW (marcus)") is no child.
      COLLEAGUE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))
    )
      continue;
    if (known.some((f) => f.start <= m.index && m.index < f.end)) continue;
    // What follows can make it a thing's name: "moses basket", "harlan rd", "the lucy faithfull
    // foundation", "victoria climbie" (an inquiry), "the philomena protocol".
    const next =
      /^[ \t]+([\p{L}'’-]+)/u.exec(text.slice(m.index + (m[1] ?? '').length, m.index + 60))?.[1] ?? '';
    const nextLower = next.toLowerCase();
    if (NOT_A_PERSON_AFTER.test(nextLower) || DENIED_PAIRS.has(`${word} ${nextLower}`)) continue;
    // ("at her nanis flat": a relative's word after "her", not a name.)
    if (
      word !== typed &&
      /\b(?:his|her|my|their|our|your)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 7), m.index))
    )
      continue;
    // ("sarahs law", "clares law", "addisons disease": a scheme or a thing named after someone.)
    const following = text.slice(m.index + typed.length, m.index + typed.length + 16);
    if (word !== typed && (NAMED_SCHEME_AFTER.test(following) || THING_AFTER_POSSESSIVE.test(following)))
      continue;
    findings.push({ kind: 'name', start: m.index, end: m.index + typed.length });
  }
  return findings;
}

/** The given name in its possessive typed without the apostrophe ("aaliyahs"), else undefined. */
function possessiveStem(word: string): string | undefined {
  if (word.length < 5 || !word.endsWith('s') || word.includes('-')) return undefined;
  if (ENGLISH_WORDS.has(word) || isCommonWord(word) || CHAT_WORDS.has(word) || GIVEN_NAMES.has(word))
    return undefined;
  if (SURNAMES.has(word) || NAME_DENY_WORDS.has(word) || NOT_A_POSSESSIVE.has(word)) return undefined;
  const stem = word.slice(0, -1);
  return stem.endsWith('s') ? undefined : stem;
}
// Shops, conditions, theories and relatives' words typed as a name's possessive: "lloyds",
// "claires", "addisons", "darwins", "nonnas".
const NOT_A_POSSESSIVE: ReadonlySet<string> = new Set(
  `lloyds claires tommys clintons argos clarks jordans spencers harveys addisons gilberts huntingtons
  parkinsons alzheimers aspergers crohns hodgkins tourettes graves downs perthes osgoods kawasakis
  darwins pascals eriksons piagets maslows bowlbys vygotskys freuds skinners pavlovs newtons
  nonnas nanas nanis dadis babcias omas abuelas yiayias ellas millies pauls hollands kanyes tates`
    .split(/\s+/)
    .filter(Boolean),
);
// After a name's possessive typed without the apostrophe, a kind of thing: a condition, a theory,
// a shop or a product ("addisons disease", "ellas kitchen pouches", "harveys furniture").
const THING_AFTER_POSSESSIVE =
  /^[ \t]+(?:disease|syndrome|theory|triangle|stages|hierarchy|kitchen|cookies|pharmacy|chemist|accessories|cafe|café|salon|garage|furniture|betting|pregnancy|company|shop|store|videos|music|album|story|pies|factory|bakery|takeaway|restaurant|pizza)\b/i;

/**
 * Finds personal data in a practitioner's message: names, dates of birth and other full dates,
 * addresses, postcodes, NHS and NI numbers, phone numbers and emails. Returns offsets only, sorted
 * by start and non-overlapping. Never throws on odd input; every pattern is linear-time.
 */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const found = detectIn(text);
  // "OAKLEY AND JAXON BOTH ABSENT AGAIN", "MALAKAI WILLIAMS-BROWN - anyone open?": in capitals every
  // word looks like an acronym, so the message is read again, a message wholly in capitals in lower
  // case and runs of capitals in title case (same length, so the positions hold), and both readings
  // are kept.
  const recased = shouted(text) ? lowerKeepingLength(text) : withCapitalRunsInTitleCase(text);
  return recased === undefined ? found : mergeFindings([...found, ...detectIn(recased)]);
}

// Two or more words in capitals side by side ("MALAKAI WILLIAMS-BROWN"), each of three letters or
// more ("LA EDT", "EH LP" are services and roles).
const CAPITAL_RUN =
  /(?<![\p{L}\d'’-])\p{Lu}[\p{Lu}'’-]{2,30}(?:[ \t]+\p{Lu}[\p{Lu}'’-]{2,30})+(?![\p{L}\d'’-])/gu;

// "the JONESES", "the DALEYS": a family named by their surname in the plural, in capitals.
// (Four letters or more before the "S": "the SIDS advice" is an acronym.)
// (The lookahead first: the lookbehind then runs only where capitals start, so a run of spaces is
// not read back over at every position.)
const CAPITAL_FAMILY = String.raw`(?=\p{Lu})(?<=\b[Tt][Hh][Ee][ \t]+)\p{Lu}{4,20}S(?![\p{L}\d'’-])`;
const CAPITAL_RUN_OR_FAMILY = new RegExp(`${CAPITAL_RUN.source}|${CAPITAL_FAMILY}`, 'gu');

/**
 * The text with each run of capitalised words in title case ("MALAKAI WILLIAMS-BROWN" reads as
 * "Malakai Williams-Brown", "ROSIE'S PLACE" as the venue "Rosie's Place"), or undefined when it
 * has none.
 */
function withCapitalRunsInTitleCase(text: string): string | undefined {
  let changed = false;
  const out = text.replace(CAPITAL_RUN_OR_FAMILY, (run) => {
    // A single word is a family only when a surname list holds it ("the DALEYS", not "the CAMHS").
    if (!/[ \t]/.test(run)) {
      const lower = run.toLowerCase();
      const stems = [lower.slice(0, -1), ...(lower.endsWith('es') ? [lower.slice(0, -2)] : [])];
      // (Not "the WOODS", "the WARDS", "the BELLS": a surname that is also a word is the word.)
      if (
        !stems.some(
          (stem) =>
            (SURNAMES.has(stem) || GIVEN_NAMES.has(stem) || OTHER_NAMES.has(stem)) &&
            !ENGLISH_WORDS.has(stem) &&
            !isCommonWord(stem),
        )
      )
        return run;
    }
    const titled = lowerKeepingLength(run).replace(
      /(^|[ \t-])(\p{Ll})/gu,
      (_m, before: string, ch: string) => {
        const up = ch.toUpperCase();
        return before + (up.length === 1 ? up : ch);
      },
    );
    if (titled !== run) changed = true;
    return titled;
  });
  return changed ? out : undefined;
}

/** A message typed in capitals: at least eight letters, nearly all of them upper case. */
function shouted(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of text) {
    if (ch >= 'A' && ch <= 'Z') upper += 1;
    else if (ch >= 'a' && ch <= 'z') lower += 1;
  }
  return upper >= 8 && upper >= 4 * lower;
}

/** Lower case, one code unit for one, so every offset stays that of the text. */
function lowerKeepingLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    const low = ch.toLowerCase();
    out += low.length === 1 ? low : ch;
  }
  return out;
}

function detectIn(text: string): PersonalDataFinding[] {
  const ruled = DETECTORS.flatMap((detect) => detect(text));
  const found = mergeFindings([...ruled, ...detectModelNames(text, ruled)]);
  const contextual = mergeFindings([...found, ...detectContextualNames(text, found)]);
  const given = mergeFindings([...contextual, ...lowerCaseGivenNames(text, contextual)]);
  // The relation readers that need no other finding are read once; the rest join each stage's names.
  const standalone = standaloneRelationCues(text);
  const named = mergeFindings([...given, ...detectRelationCues(text, given, standalone)]);
  const surrounded = withoutSelfIntroductions(
    text,
    mergeFindings([...named, ...detectNameSurroundings(text, named), ...detectAttendedSettings(text)]),
  );
  // ("the clinic on Mill Lane has moved": a street read as a given name and a surname is dropped
  // before it can make the message identifying.)
  const all = withoutStreetNames(
    text,
    mergeFindings([...surrounded, ...detectRelationCues(text, surrounded, standalone)]),
  );
  // Schools, streets and birth years identify only beside something that identifies by itself.
  const placed = all.some((finding) => IDENTIFYING.has(finding.kind))
    ? [
        // `all` already holds the attended settings; each address here reaches over its district.
        ...withLocality(text, all),
        ...detectSettings(text),
        ...detectSettingsAfterNames(text, all),
        ...detectStreetNames(text),
        ...detectBirthYears(text),
      ]
    : all;
  const joined = joinAdjacentNames(
    text,
    withoutDeniedPhrases(
      text,
      withoutTitles(
        text,
        withoutNamedThings(
          text,
          withoutVenues(text, mergeFindings(withFlat(text, withPatron(text, placed)))),
        ),
      ),
    ),
  );
  // A last pass with the names joined whole: "tiger and [storm cole] are living in a tent".
  const related = detectRelationCues(text, joined, standalone);
  const whole =
    related.length === 0 ? joined : joinAdjacentNames(text, mergeFindings([...joined, ...related]));
  const opened = withDistricts(text, withSites(text, withSchoolFor(text, withNameOpenings(text, whole))));
  const initials = initialsAfterNames(text, opened);
  const titled = withTitles(text, initials.length === 0 ? opened : mergeFindings([...opened, ...initials]));
  const possessives = possessiveMentions(text, titled);
  const mentioned = possessives.length === 0 ? titled : mergeFindings([...titled, ...possessives]);
  // Children read from how they are introduced first, so a list goes on from them ("blue 7 n sky 5").
  const paired = childrenListedOrPaired(text, mentioned);
  const introduced = paired.length === 0 ? mentioned : mergeFindings([...mentioned, ...paired]);
  const listed = [...listedChildren(text, introduced), ...wordListedChildren(text, introduced)];
  if (paired.length === 0 && listed.length === 0) return introduced;
  // The family's surname after children found only now ("kids r kai 6 n ava 3 sivakumar -").
  const withListed = listed.length === 0 ? introduced : mergeFindings([...introduced, ...listed]);
  const surnames = lowerSurnamesAfterAges(text, withListed);
  return surnames.length === 0 ? withListed : mergeFindings([...withListed, ...surnames]);
}

/**
 * "worried about wiktoria ... wiktorias new school": a name found, then typed again as a possessive
 * without its apostrophe. Only names of four letters or more that are no word, typed as the name
 * was or in lower case (never in capitals: "Sid" is no "SIDS"), and only where the word with its
 * "s" is none either ("marks", "wills" stay).
 */
function possessiveMentions(text: string, findings: readonly PersonalDataFinding[]): PersonalDataFinding[] {
  const words = new Set<string>();
  for (const f of findings) {
    if (f.kind !== 'name') continue;
    const word = text.slice(f.start, f.end);
    const lower = word.toLowerCase();
    if (!/^\p{L}{4,20}$/u.test(word) || ENGLISH_WORDS.has(lower) || isCommonWord(lower)) continue;
    if (ENGLISH_WORDS.has(`${lower}s`) || isCommonWord(`${lower}s`) || CHAT_WORDS.has(`${lower}s`)) continue;
    words.add(word);
    words.add(lower);
  }
  if (words.size === 0) return [];
  const more: PersonalDataFinding[] = [];
  for (const m of text.matchAll(POSSESSIVE_WITHOUT_APOSTROPHE)) {
    if (!words.has(m[1] ?? '')) continue;
    // "clares law", "marthas rule", "winstons wish": a scheme named after someone, not the child.
    if (NAMED_SCHEME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    if (findings.some((f) => f.start < m.index + m[0].length && m.index < f.end)) continue;
    more.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
  }
  return more;
}
const NAMED_SCHEME_AFTER =
  /^[ \t]+(?:law|laws|rule|rules|wish|act|principle|protocol|scheme|review|trust|foundation|house|place|fund|appeal|centre|center|hospice|charity|project)\b/i;
const POSSESSIVE_WITHOUT_APOSTROPHE = /(?<![\p{L}\d'’-])(\p{L}{4,20})s(?![\p{L}\d'’-])/gu;

// "Mulberry School for Girls", "the Grammar School for Boys": the rest of a school's name.
const SCHOOL_FOR = /^[ \t]+for[ \t]+(?:[Gg]irls|[Bb]oys)\b/;

/** Widens a school to take in "for Girls" or "for Boys" after it. */
function withSchoolFor(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  return findings.map((f) => {
    if (f.kind !== 'school') return f;
    const m = SCHOOL_FOR.exec(text.slice(f.end, f.end + 16));
    return m ? { ...f, end: f.end + m[0].length } : f;
  });
}

// Where a Traveller family's caravan stands: "on the [Hollybush Lane] site" is the address.
const SITE_AFTER = /^[ \t]+(?:caravan[ \t]+|traveller[ \t]+)?site\b/i;

/** Widens an address to take in "site" after it. */
function withSites(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  return findings.map((f) => {
    if (f.kind !== 'address') return f;
    const site = SITE_AFTER.exec(text.slice(f.end, f.end + 24));
    return site ? { ...f, end: f.end + site[0].length } : f;
  });
}

// A postcode's district alone straight after an address: "2b nelson st, sr4", "2 lime st l1",
// "[address], B10". (A full postcode is the postcode reader's.)
const DISTRICT_AFTER = new RegExp(
  String.raw`^,?[ \t]*(${DISTRICT})(?![\p{L}\p{N}])(?![ \t]*\d[A-Za-z]{2}\b)`,
  'iu',
);

/** Adds the postcode district typed after an address, as a postcode. */
function withDistricts(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  const added: PersonalDataFinding[] = [];
  for (const f of findings) {
    if (f.kind !== 'address') continue;
    const m = DISTRICT_AFTER.exec(text.slice(f.end, f.end + 12));
    const district = m?.[1];
    if (!m || !district) continue;
    const start = f.end + m[0].indexOf(district);
    if (findings.some((other) => other.start <= start && other.end > start)) continue;
    added.push({ kind: 'postcode', start, end: start + district.length });
  }
  return added.length === 0 ? findings : mergeFindings([...findings, ...added]);
}

// A title straight before a name ("Mrs Okafor", "mr bello", "Dr. Khan"): it says a person's sex or
// marital status and, beside the rest of a message, helps single a family out, so it goes with the
// name. "Miss" and "Master" only capitalised: "I miss [name]" is a verb. Not "MS" in capitals, nor
// "ms" in lower case after "has" or "with": "mum who has MS. [name] ..." is an illness ("Ms" is
// always a title: "on behalf of Ms Fernando"). In "Mr and Mrs Okafor" only "Mrs" goes: "Mr and"
// names no one, and retrieval read a question it opens better with it left (docs/evaluation.md).
const TITLE_BEFORE =
  /(?:\b(?:[Mm]rs?|MRS?|[Mm]x|[Dd]r)|\bMs|(?<!\b(?:has|have|had|having|with|of|got|for)[ \t]+)\bms|\b(?:Miss|MISS|Master|MASTER))\.?[ \t]+$/;

// "miss patel says", "class teacher miss jones": "miss" in lower case is a title where a sentence
// starts or after a role or a verb of saying, not after "I", "will" or a comma ("I miss [name]",
// "weekends at dads, miss [name] a lot").
const LOWER_MISS = new RegExp(String.raw`(?:${LOWER_MISS_CUE}|\bfrom)[ \t]*(miss\.?[ \t]+)$`, 'i');
const OPENING_MISS = /^[ \t]*(miss\.?[ \t]+)$/i;
function lowerMiss(text: string, start: number): [string] | undefined {
  const near = text.slice(Math.max(0, start - 30), start);
  const m = LOWER_MISS.exec(near) ?? (start <= 30 ? OPENING_MISS.exec(near) : null);
  return m ? [m[1] ?? ''] : undefined;
}

/**
 * Widens each name found to take in a title typed before it, never into the finding before it
 * ("7 Oak Dr Kai Smith": the "Dr" is the address's).
 */
function withTitles(text: string, findings: PersonalDataFinding[]): PersonalDataFinding[] {
  let previousEnd = 0;
  return findings.map((f) => {
    const from = previousEnd;
    previousEnd = Math.max(previousEnd, f.end);
    if (f.kind !== 'name') return f;
    const near = text.slice(Math.max(0, f.start - 18), f.start);
    const title = TITLE_BEFORE.exec(near) ?? lowerMiss(text, f.start);
    return title && f.start - title[0].length >= from ? { ...f, start: f.start - title[0].length } : f;
  });
}
