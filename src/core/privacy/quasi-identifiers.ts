import type { PersonalDataFinding } from './types.ts';

// Details that identify nobody on their own but do beside a child's name or date of birth: the
// school or nursery a child attends, the street a family lives on. "St Joseph's would like to swap
// hosting dates" and "is the hub on Mill Lane open?" are ordinary messages and keep them; "Keira
// Walsh at St Anne's C of E Primary, dob ..." does not. detectPersonalData adds these only when a
// message already holds a personal identifier.

const SETTING_TYPE =
  "(?:(?:C of E|CofE|CE|RC|R\\.C\\.|Church of England|Catholic|Methodist|Community|Junior and Infant|Infant and Junior|Nursery and Infant)[ \\t]+)?(?:Primary(?:[ \\t]+School)?|Academy|Infants?(?:[ \\t]+School)?|Juniors?(?:[ \\t]+School)?|Nursery(?:[ \\t]+School)?|Day[ \\t]+Nursery|Pre-?[ \\t]?[Ss]chool|Sixth[ \\t]+Form(?:[ \\t]+College)?|High[ \\t]+School|Secondary(?:[ \\t]+School)?|Grammar(?:[ \\t]+School)?|Free[ \\t]+School|College|School|Children'?s[ \\t]+Centre)";
// "St Anne's C of E Primary", "Brambles Day Nursery", "Northfield Sixth Form", "Parkside Academy".
const SETTING = new RegExp(
  `(?<![\\w'’])(?!(?:The|A|An|Our|This|That|Her|His|Their|My|Your|Every|Each|Any|Which|What|Local|New|Same|Other)\\b)(?:(?:St\\.?|Saint)[ \\t]+)?(?:[A-Z][\\w'’-]*[ \\t]+){1,4}?${SETTING_TYPE}\\b`,
  'g',
);
// Typed in lower case after "at", "attends", "goes to" or "school is": "oakwood primary",
// "st joseph's rc primary".
const LOWER_SETTING =
  /\b(?:at|attends|attended|goes to|went to|from|school is|nursery is|in)[ \t]+((?:st\.?[ \t]+)?(?:[a-z][a-z'’-]*[ \t]+){1,3}?(?:(?:c of e|ce|rc|catholic)[ \t]+)?(?:primary|academy|infants|juniors|nursery|sixth form|high school|secondary|college))\b/gi;
// "at St Mary Magdalene's": a saint's name in the possessive after "at" is the school or church.
const SAINT_SETTING =
  /\b(?:at|attends|goes to|from)[ \t]+((?:St\.?|Saint)[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*['’]s?)(?![\w])/g;

const STREET_TYPE =
  '(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Way|Court|Crescent|Grove|Gardens|Terrace|Place|Walk|Hill|Rise|View|Mews|Square|Row|Green|Parade|Vale|Fold|Croft|Bank|Brow|Chase|Top|Side|End)';
// "Mill Lane", "Bury Old Road", "heather road": a street named without a house number.
const STREET = new RegExp(
  `(?<![\\w'’])(?:[A-Z][a-z'’]+[ \\t]+){1,3}${STREET_TYPE}\\b(?![ \\t]+(?:Primary|Academy|School|Surgery|Health|Medical|Clinic|Children|Community|Centre|Library|Station))`,
  'g',
);
const LOWER_STREET =
  /\b(?:on|in|at|off|near|lives on|living on|moved to|from)[ \t]+((?!the\b|a\b|my\b|our\b|their\b|his\b|her\b)[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:road|street|lane|avenue|close|drive|crescent|grove|gardens|terrace|mews))\b/g;

function collect(pattern: RegExp, text: string, kind: PersonalDataFinding['kind'], group = 0) {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[group] ?? '';
    const start = match.index + match[0].length - value.length;
    findings.push({ kind, start, end: start + value.replace(/[ \t]+$/, '').length });
  }
  return findings;
}

/** Schools, nurseries and colleges named in a message. */
export function detectSettings(text: string): PersonalDataFinding[] {
  return [
    ...collect(SETTING, text, 'school'),
    ...collect(LOWER_SETTING, text, 'school', 1),
    ...collect(SAINT_SETTING, text, 'school', 1),
  ];
}

// "born 2016", "born in 2019": a birth year beside a child's name.
const BORN_YEAR = /\bborn(?:[ \t]+in)?[ \t]+((?:19|20)\d{2})\b/gi;

/** Birth years written on their own. */
export function detectBirthYears(text: string): PersonalDataFinding[] {
  return collect(BORN_YEAR, text, 'date_of_birth', 1);
}

/** Streets named without a house number (and a number just before, if one was missed). */
export function detectStreetNames(text: string): PersonalDataFinding[] {
  return [...collect(STREET, text, 'address'), ...collect(LOWER_STREET, text, 'address', 1)].map(
    (finding) => {
      const number = /\d{1,4}[a-z]?,?[ \t]+$/i.exec(
        text.slice(Math.max(0, finding.start - 8), finding.start),
      );
      return number ? { ...finding, start: finding.start - number[0].length } : finding;
    },
  );
}
