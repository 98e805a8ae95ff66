import type { PersonalDataFinding, PersonalDataKind } from './types.ts';

/** A month's name or its usual short form, as a pattern. */
export const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORDINAL = '(?:st|nd|rd|th)?';
// A four-digit year, or an apostrophe two-digit one ("'17"): a bare "17" after a month is too
// often a count ("1 Feb 17 families attended").
const YEAR = "(?:(?:19|20)\\d{2}|['’]\\d{2})";

// d/m/y, d-m-y, d.m.y with two- or four-digit years, and ISO y-m-d. The lookarounds stop a match
// inside longer dotted or slashed runs such as section "4.2.17.3" or "v1.2.2017".
const NUMERIC_DMY = /(?<![\w/-])(?<![\d.]\.)(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)/g;
// "born 2/1", "dob: 2/1": a day and month with a slash and no year, only straight after a birth
// cue and before no count ("born 2/3 weeks early", "1/2 sister" are no dates, and must not take
// the cue from a real date after them).
// The cue is matched forwards with bounded gaps (a lookbehind over a run of spaces is quadratic).
const NUMERIC_DM =
  /\b(?:born|dob|d\.o\.b\.?|date of birth|birthday|b['’]?day)(?:[ \t]{1,3}(?:is|was|on))?[ \t]{0,3}:?[ \t]{0,3}(\d{1,2})\/(\d{1,2})(?![\w/]|\.\d)(?![ \t]{0,3}(?:weeks?|wks?|days?|months?|term|brothers?|sisters?|siblings?))/dgi;
const NUMERIC_YMD = /(?<![\w./-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\w/-]|\.\d)/g;
const DAY_MONTH = new RegExp(
  `(?<![\\w/.-])(\\d{1,2})${ORDINAL}(?:[ \\t]+of)?[ \\t]+(${MONTH})\\.?(?![\\w])(?:,?[ \\t]+(${YEAR}))?(?![\\w])`,
  'gi',
);
const MONTH_DAY = new RegExp(
  `(?<![\\w])(${MONTH})\\.?[ \\t]+(\\d{1,2})${ORDINAL}(?![\\w])(?:,?[ \\t]+(${YEAR}))?(?![\\w])`,
  'gi',
);
// "2 Mar 19": a two-digit year after a day and month, unless a count follows ("1 Feb 17 families").
const DAY_MONTH_SHORT_YEAR = new RegExp(
  `(?<![\\w/.-])(\\d{1,2})${ORDINAL}[ \\t]+(${MONTH})\\.?[ \\t]+(\\d{2})(?![\\w/.-])(?![ \\t]+(?:families|children|people|pupils|young|kids|staff|new|more|of|were|attended|cases|referrals|practitioners|parents|schools|agencies|members|places|out of|percent|%))`,
  'gi',
);
// "dob 3rd of march 16": with "of" before a two-digit year only straight after a birth cue ("from
// the 1st of September 16 year olds can apply" is a count).
// (The cue is matched forwards with bounded gaps: a lookbehind over a run of spaces is quadratic.)
const BIRTH_DAY_OF_MONTH_SHORT_YEAR = new RegExp(
  `\\b(?:dob|d\\.o\\.b\\.?|born|birthday|bday|b['’]day)[ \\t]{0,3}:?[ \\t]{0,3}(?:(?:is|was|on)[ \\t]{1,3})?(?:the[ \\t]{1,3})?(\\d{1,2})${ORDINAL}[ \\t]{1,3}of[ \\t]{1,3}(${MONTH})\\.?[ \\t]{1,3}(\\d{2})(?![\\w/.-])(?![ \\t]+(?:weeks?|wks?|days?|months?|of|early|premature|prem|families|children|people|kids|year|years)\\b)`,
  'dgi',
);
// "03-Mar-2016", "3/mar/16", "3.Mar.2016": a month's name between the day and year, as forms and
// spreadsheets write dates.
const DAY_MONTH_JOINED = new RegExp(
  `(?<![\\w/.-])(\\d{1,2})([-/.])(${MONTH})\\2(\\d{4}|\\d{2})(?![\\w/-]|\\.\\d)`,
  'gi',
);
const MONTH_YEAR = new RegExp(`(?<![\\w])(${MONTH})\\.?,?[ \\t]+((?:19|20)\\d{2})(?![\\w])`, 'gi');

// Birth cues that may sit just before the date ("born", "DOB:", "date of birth is") ...
const BIRTH_BEFORE =
  /(?:\bborn\b|(?<!\b(?:plan|appendix|section|part|option|schedule|annex|note|point|step|item|table|figure|page|para|paragraph|grade|class|level|tier|form)[ \t])\bb\.|\bd\.?o\.?b\b\.?|\bdate[ -]of[ -]birth\b|\bbirth[ -]?date\b|\bbirthday\b|\bb['’]?day\b)[^.!?\n]*$/i;
// ... or just after it ("01/02/2017 (DOB)").
const BIRTH_AFTER = /^[\s(,-]*(?:\bd\.?o\.?b\b|\bdate[ -]of[ -]birth\b|\bbirthday\b)/i;
const BIRTH_WINDOW = 30;

interface DateMatch {
  start: number;
  end: number;
  hasYear: boolean;
  /** Month-and-year only ("March 2017"): identifying only as a birth date. */
  monthOnly: boolean;
}

function validDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

function collectDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of text.matchAll(NUMERIC_DMY)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const separator = m[2];
    const year = m[4] ?? '';
    // Accept either British d/m or American m/d: a transposed date is still a date.
    if (!validDayMonth(a, b) && !validDayMonth(b, a)) continue;
    // Dotted triples with a two-digit year are usually paragraph numbers ("4.2.17"); they count
    // only next to a birth cue, which the caller checks.
    const dottedShort = separator === '.' && year.length === 2;
    found.push({ start: m.index, end: m.index + m[0].length, hasYear: !dottedShort, monthOnly: false });
  }
  for (const m of text.matchAll(NUMERIC_DM)) {
    if (!validDayMonth(Number(m[1]), Number(m[2]))) continue;
    const start = m.indices?.[1]?.[0] ?? m.index;
    found.push({ start, end: m.index + m[0].length, hasYear: false, monthOnly: false });
  }
  for (const m of text.matchAll(NUMERIC_YMD)) {
    if (!validDayMonth(Number(m[3]), Number(m[2]))) continue;
    found.push({ start: m.index, end: m.index + m[0].length, hasYear: true, monthOnly: false });
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    if (Number(m[1]) < 1 || Number(m[1]) > 31) continue;
    found.push({ start: m.index, end: m.index + m[0].length, hasYear: m[3] !== undefined, monthOnly: false });
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    if (Number(m[2]) < 1 || Number(m[2]) > 31) continue;
    found.push({ start: m.index, end: m.index + m[0].length, hasYear: m[3] !== undefined, monthOnly: false });
  }
  for (const m of text.matchAll(DAY_MONTH_SHORT_YEAR)) {
    if (Number(m[1]) < 1 || Number(m[1]) > 31) continue;
    found.push({ start: m.index, end: m.index + m[0].length, hasYear: true, monthOnly: false });
  }
  for (const m of text.matchAll(BIRTH_DAY_OF_MONTH_SHORT_YEAR)) {
    const start = m.indices?.[1]?.[0] ?? m.index;
    if (Number(m[1]) < 1 || Number(m[1]) > 31) continue;
    found.push({ start, end: m.index + m[0].length, hasYear: true, monthOnly: false });
  }
  for (const m of text.matchAll(DAY_MONTH_JOINED)) {
    if (Number(m[1]) < 1 || Number(m[1]) > 31) continue;
    found.push({ start: m.index, end: m.index + m[0].length, hasYear: true, monthOnly: false });
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    found.push({ start: m.index, end: m.index + m[0].length, hasYear: true, monthOnly: true });
  }
  found.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  // Keep the longest match at each place: "1 February 2017" beats "February 2017".
  const kept: DateMatch[] = [];
  for (const date of found) {
    const last = kept.at(-1);
    if (last && date.start < last.end) continue;
    kept.push(date);
  }
  return kept;
}

/**
 * Calendar dates, labelled `date_of_birth` when a birth cue ("born", "DOB", "d.o.b", "date of
 * birth", "birthday") sits just before or after them. Without a birth cue, only a full date with a
 * year is flagged (as `date`): forum and scheduling chat is full of "Tuesday 10 March", and a
 * day-month alone identifies nobody. With a birth cue, a day-month or month-year is flagged too.
 */
export function detectDates(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  let previousEnd = 0;
  for (const date of collectDates(text)) {
    // The cue must sit between this date and the previous one, so "born 1/2/2017, seen 3/4/2020"
    // marks only the first as a birth date.
    const before = text.slice(Math.max(previousEnd, date.start - BIRTH_WINDOW), date.start);
    const after = text.slice(date.end, date.end + 20);
    const birth = BIRTH_BEFORE.test(before) || BIRTH_AFTER.test(after);
    previousEnd = date.end;
    let kind: PersonalDataKind | undefined;
    if (birth) kind = 'date_of_birth';
    else if (date.hasYear && !date.monthOnly) kind = 'date';
    if (kind) findings.push({ kind, start: date.start, end: date.end });
  }
  return findings;
}
