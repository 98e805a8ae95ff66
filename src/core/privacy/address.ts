import type { PersonalDataFinding } from './types.ts';

const STREET_SUFFIX =
  '(?:Lane|Ln|Road|Rd|Street|St|Avenue|Ave|Close|Cl|Drive|Dr|Way|Court|Ct|Crescent|Cres|Grove|Gr|Place|Pl|Gardens|Gdns|Terrace|Terr|Walk|Hill|Row|Square|Sq|Mews|View|Park|Rise|Green|Parade|Vale|Fold|Croft|Mount|Bank|Brow|Gate|Chase|Yard|Boulevard|Broadway|Approach|Heights|Meadows?|Villas|Cottages|Wharf|Quay|Wynd|Garth|Dene|Lea|Top|End|Side|Bottom|Nook)';
// Lower-case street suffixes that are hard to confuse with ordinary words ("a 10 minute walk",
// "a 2 hour drive" and "one more way" must not become addresses).
const PLAIN_WORDS =
  'lane|road|rd|street|avenue|ave|crescent|terrace|mews|grove|gardens|close|ln|av|cres|terr|cl|wlk|vw|mt|gdns|sq';
const PLAIN_SUFFIX = `(?:${PLAIN_WORDS})`;
// After a residence cue ("lives on", "sofa surfing round") lower-case street words that are also
// ordinary words are safe enough: "lives on bankfield view", "staying round clarence walk".
// ("st" and "dr" only here: "7, goes to St Mary's" and "3 kids see dr" are no addresses.)
const HOME_SUFFIX = `(?:${PLAIN_WORDS}|st|dr|view|walk|way|drive|mount|rise|hill|row|bank|green|vale|croft|fold|court|place|park|parade|yard)`;
const FLAT_PREFIX =
  '(?:(?:[Ff]lat|FLAT|[Aa]partment|[Aa]pt|[Uu]nit|[Pp]lot|[Pp]itch|[Bb]ay)[ \\t]*\\d{1,4}[a-z]?[ \\t]*,?[ \\t]*)?';
const HOUSE_NUMBER = '\\d{1,4}[A-Za-z]?(?:[-–]\\d{1,4}[A-Za-z]?)?,?';

// "7 Oak Lane", "22a St John's Road", "Flat 3, 22 Mill Road": capitalised street words.
const CAPITALISED_STREET = new RegExp(
  `(?<![\\w.,/-])${FLAT_PREFIX}(?:(?:[Pp]lot|[Pp]itch)[ \\t]+)?${HOUSE_NUMBER}[ \\t]+(?:[A-Z][A-Za-z'’.-]*[ \\t]+){1,3}${STREET_SUFFIX}\\b\\.?`,
  'g',
);
const PLAIN_STREET = new RegExp(
  `(?<![\\w.,/-])${FLAT_PREFIX}${HOUSE_NUMBER}[ \\t]+(?:[a-z][a-z'’-]*[ \\t]+){1,2}${PLAIN_SUFFIX}\\b`,
  'gi',
);
// "lives at 14 Brookside", "address is flat 2, kings court": after an explicit cue, a house number
// and up to five words (whole words without digits, so a following postcode or district, "sr4",
// stays separate) make an address.
const CUED_ADDRESS =
  /\b(?:(?:lives|living|live|staying|stays|resides|residing|moved|moving)[ \t]+(?:at|to|on)|address(?:[ \t]+is|[ \t]*:|[ \t]+of))[ \t]+((?:(?:flat|apartment|apt|unit)[ \t]*\d{1,4}[a-z]?[ \t]*,?[ \t]*)?\d{1,4}[a-z]?,?(?:[ \t]+[A-Za-z][A-Za-z'’.-]*(?![\w])){1,5})/gi;
// "lives on Oak Lane": a street with no number, but only straight after a residence cue.
const CUED_STREET = new RegExp(
  `\\b(?:lives|living|live|staying|stays|resides|residing|moved|moving)[ \\t]+(?:at|to|on|in)[ \\t]+((?:[A-Z][A-Za-z'’.-]*[ \\t]+){1,3}${STREET_SUFFIX}\\b)`,
  'g',
);

// "flat 11 Mandela House", "Flat 26 Riverside Tower", "116 Mandela House": a flat or a numbered
// building, named by a building word, in any case.
const BUILDING_WORD =
  'house|tower|towers|point|court|flats|heights|lodge|mansions|buildings|block|apartments|lofts|mill|maltings|yard|works|wharf|chambers';
const FLAT_IN_BUILDING = new RegExp(
  `(?<![\\w.,/-])(?:flat|apartment|apt|unit)[ \\t]*\\d{1,4}[a-z]?,?[ \\t]+(?:[\\p{L}][\\p{L}'’-]*[ \\t]+){1,3}(?:${BUILDING_WORD})\\b`,
  'giu',
);
const NUMBERED_BUILDING = new RegExp(
  `(?<![\\w.,/-])\\d{1,4}[a-z]?,?[ \\t]+(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,3}(?:${BUILDING_WORD.replace(/\b\w/g, (c) => c.toUpperCase())})\\b`,
  'gu',
);
// "lives on fernbank close", "the flat is on Hollybank Road": a home's street after a residence cue,
// in any case (lower case only with the plainest street words).
const HOME_ON_STREET = new RegExp(
  `\\b(?:lives?|living|flat[ \\t]+is|house[ \\t]+is|home[ \\t]+is|they're|theyre|staying|surfing|sleeping|stopping)(?:[ \\t]+(?:w|with)[ \\t]+(?:his|her|their)?[ \\t]*[a-z]+)?[ \\t]+(?:(?:on|in|at|off|round|near|to)[ \\t]+)?((?!(?:the|a|an|my|his|her|their|our|your|its|own|with|w|and|in|on|at|to|here|there|home|alone|benefits)\\b)(?:[a-z][a-z'’-]*[ \\t]+){1,2}${HOME_SUFFIX}\\b|(?:[A-Z][A-Za-z'’.-]*[ \\t]+){1,3}${STREET_SUFFIX}\\b)`,
  'g',
);
// "no. 59 hawthorn avenue": the "no." before a house number belongs to the address.
const NUMBER_WORD_BEFORE = /(?:\bno\.?|\bnumber|\bnum\.?)[ \t]*$/i;

// A site after the street: "Lower Road Traveller site".
const SITE_AFTER =
  /^[ \t]+(?:Traveller|Travellers|Travellers'|Gypsy|Caravan|Mobile Home|Residential)[ \t]+(?:[Ss]ite|[Pp]ark)\b/i;
// "at 9 park view", "moved to 14 the green", "moved 2 12 greaves st", "at her sisters 14 Kenton
// court": after a location cue, a house number and street words
// ending in any street suffix, in any case; the first word may not be a unit ("a 10 minute walk").
const CUED_NUMBERED_STREET = new RegExp(
  `\\b(?:at|lives at|living at|moved to|moving to|move to|moved 2|moving 2|move 2|address is|address:|from|to|of|(?:at|to|from)[ \\t]+(?:her|his|their)[ \\t]+(?:sister|mum|mam|nan|nana|gran|dad|aunt|auntie|aunty|friend|mate|brother|cousin|partner|boyfriend|girlfriend|bf|gf|uncle)(?:['’]?s)?)[ \\t]+((?:(?:flat|apartment|apt|unit|plot|pitch)[ \\t]*\\d{1,4}[a-z]?[ \\t]*,?[ \\t]*)?\\d{1,4}[a-z]?,?[ \\t]+(?!(?:bed|beds|bedroom|bedrooms|bedded|door|doors|night|nights|street|streets|road|roads|house|houses|room|rooms|floor|floors|time|times|minute|minutes|min|mins|hour|hours|mile|miles|day|days|week|weeks|month|months|year|years|percent|per|more|other|extra|page|pages|point|points|step|steps|pm|am|of|or|and|to|kids|children|people|families)\\b)(?:[a-z][a-z'’-]*[ \\t]+){0,2}${STREET_SUFFIX})\\b`,
  'gi',
);

// "12 pippin way, LS6 2QT", "new address is 7 canal st": a house number and street words typed in
// lower case, then a postcode, or straight after "address (is)", "addr" or "lives (at)".
const LOWER_HOME_STREET = new RegExp(
  `(?<![\\w.,/-])\\d{1,4}[a-z]?,?[ \\t]+(?!(?:bed|beds|bedroom|bedrooms|bedded|door|doors|night|nights|street|streets|road|roads|house|houses|room|rooms|floor|floors|time|times|minute|minutes|min|mins|hour|hours|mile|miles|day|days|week|weeks|month|months|year|years|percent|per|more|other|extra|page|pages|point|points|step|steps|pm|am|of|or|and|to|kids|children|people|families|the|a|an|my|our|his|her|their)\\b)(?:[a-z][a-z'’-]*[ \\t]+){1,2}${HOME_SUFFIX}\\b`,
  'g',
);
const POSTCODE_AFTER = /^[ \t]*,?[ \t]*[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]*\d[A-Za-z]{2}\b/;
// ("the house (22 quarry hill)", "her add (17 holt st)": the home's street in brackets after it.)
const ADDRESS_WORD_BEFORE =
  /\b(?:addr|address(?:[ \t]+is|[ \t]*:)?|(?:lives|living|staying)(?:[ \t]+(?:at|in|on))?|(?:house|home|flat|add|addy|addr|address)[ \t]*\()[ \t]*$/i;

// "now at 45 Kingsway", "moved to 3 Parkside": after a location cue, a house number and one
// capitalised word that is a street's name on its own (it ends like one), not a school's.
const ONE_WORD_STREET =
  /\b(?:at|to|lives at|address is|address:)[ \t]+(\d{1,4}[a-z]?,?[ \t]+[A-Z][a-z]{2,}(?:way|gate|side|croft|lands|mead|dale|ridge|brook|moor|holme|garth|hurst|field|fields|wood|bank|view))\b(?![ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Academy|Primary|School|High|Nursery|College|Infants?|Juniors?|Centre|Hospital|Surgery|Clinic|Park|Road|Lane|Street|Avenue|Close|Drive)\b)/g;

// A number straight after one of these words is a school year, section or count, not a house.
// ("it's 110 baker road": the s of "it's" is no section).
const NOT_HOUSE_NUMBER =
  /(?<!['’])\b(?:year|yr|years|section|s|sec|page|p|pp|para|paragraph|chapter|part|step|level|tier|stage|ks|room|class|article|art|schedule|sch|version|v|aged|age|ages|week|weeks|day|days|under|over|table|figure|fig|question|q|item|point|rule|principle)[ \t.]*$/i;

// A cued address stops at the first word that is plainly not part of it ("lives at 3 Ash Grove
// with her nan", "moved to 14 Brookside last week").
const CUED_STOP_WORDS = new Set(
  `with and but since until for who which where when because mum dad her his their is was has had so
  then last next this now today yesterday tomorrow in on at from to of near by`
    .split(/\s+/)
    .filter(Boolean),
);
const SUFFIX_WORD = new RegExp(`^${STREET_SUFFIX}\\.?$`, 'i');

/** Length of the address part of a cued capture: up to a street suffix or a stop word. */
function trimCued(value: string): number {
  const parts = value.split(/([ \t]+)/);
  let length = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i] ?? '';
    if (i > 0 && CUED_STOP_WORDS.has(part.toLowerCase())) break;
    length = parts.slice(0, i + 1).join('').length;
    // "St" and "Dr" also open street names ("St John's Road"), so they do not end one.
    if (i > 0 && SUFFIX_WORD.test(part) && !/^(?:st|dr)\.?$/i.test(part)) break;
  }
  return length;
}

/**
 * Street addresses: a house number, one to three street words and a street suffix ("7 Oak Lane",
 * "flat 3, 22 Mill Road"), plus anything address-shaped straight after "lives at" / "address is".
 * Towns and postcodes are left to their own detectors, so a postcode is reported as a postcode.
 */
export function detectAddresses(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const push = (start: number, end: number): void => {
    if (NOT_HOUSE_NUMBER.test(text.slice(Math.max(0, start - 20), start))) return;
    const numberWord = NUMBER_WORD_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
    const from = numberWord ? start - numberWord[0].length : start;
    findings.push({ kind: 'address', start: from, end: end - trailingPunctuation(text.slice(start, end)) });
  };
  for (const pattern of [FLAT_IN_BUILDING, NUMBERED_BUILDING]) {
    for (const m of text.matchAll(pattern)) push(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(HOME_ON_STREET)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    push(start, start + value.length);
  }
  for (const m of text.matchAll(CAPITALISED_STREET)) {
    const site = SITE_AFTER.exec(text.slice(m.index + m[0].length));
    push(m.index, m.index + m[0].length + (site ? site[0].length : 0));
  }
  for (const m of text.matchAll(CUED_NUMBERED_STREET)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    push(start, start + value.length);
  }
  for (const m of text.matchAll(PLAIN_STREET)) push(m.index, m.index + m[0].length);
  for (const m of text.matchAll(LOWER_HOME_STREET)) {
    const end = m.index + m[0].length;
    const placed =
      POSTCODE_AFTER.test(text.slice(end, end + 12)) ||
      ADDRESS_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (placed) push(m.index, end);
  }
  for (const m of text.matchAll(ONE_WORD_STREET)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    // "team away day at 14 Brookside", "we meet at 9 Parkside": a venue or a time, unless a home
    // is spoken of just before.
    if (!HOME_CUE.test(text.slice(Math.max(0, start - 40), start))) continue;
    push(start, start + value.length);
  }
  for (const m of text.matchAll(CUED_ADDRESS)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    findings.push({ kind: 'address', start, end: start + trimCued(value) });
  }
  for (const m of text.matchAll(CUED_STREET)) {
    // "the clinic has moved to Pembroke Street": a service's new street, not a family's home.
    if (SERVICE_MOVED.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    findings.push({ kind: 'address', start, end: start + value.length });
  }
  return findings;
}

// "Family Group Conference held at 3 Northgate", "Home-Start meets at 4 Brookside": services.
const HOME_CUE =
  /\b(?:lives?|living|moved|moving|address|staying|flat|house|mum|dad|nan|gran|home(?![ \t-]?(?:start|office|team|education|learning))|family(?! (?:group|groups|hub|hubs|centre|centres|center|court|services?|conference|partnership|connect|learning|help(?! visit)|nurse(?! visit))))\b/i;

const SERVICE_MOVED =
  /\b(?:clinic|team|office|hub|centre|center|surgery|practice|service|services|school|nursery|library|unit|forum|meeting|base|site|venue|drop-in|group|club)(?:[ \t]+(?:has|have|is|are|was|were|will|be|been|now))*[ \t]*$/i;

function trailingPunctuation(value: string): number {
  const match = /[,.\s]+$/.exec(value);
  return match ? match[0].length : 0;
}
