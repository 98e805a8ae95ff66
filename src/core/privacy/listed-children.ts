// Children named by how they are listed and introduced: beside a name found, the others in a list
// of children with ages ("[name] 13, lay-lay 10", "kj 5 and [name] 3") or joined by plus signs
// ("sonny + [name]"); and, alone, two children said to be twins or siblings ("Sky and India are
// twins"), a message opening with a child, their age and a parent ("ebony 16 mum kicked her out"),
// a person with their pronouns in brackets, a child known by two initials ending in J, and a
// nickname in quotes in brackets after a name. Words that are never a child there ("year 3", "room
// 4", "baby 2", "autumn 2" as a half term, "reading 4" as a score) are left.

import { AMBIGUOUS_NAME_WORDS, isCommonWord, TIME_WORD } from './common-words.ts';
import { CHAT_WORDS, childNameWord, PEOPLE_OR_FAITH, WORD_NAMES } from './contextual-names.ts';
import { NAME_DENY_WORDS, ORGANISATION_WORDS } from './name-deny-list.ts';
import { ENGLISH_WORDS, GIVEN_NAMES } from './name-lists.ts';
import type { PersonalDataFinding } from './types.ts';

// A word, then a child's age: bare ("kj 5") or in brackets ("marvellous (2)", "(8 mths)").
const ENTRY =
  /(?<![\p{L}\p{M}\d'’@#/-])(\p{L}[\p{L}\p{M}'’-]{0,24})(?:[ \t]+(?:1[0-7]|[0-9])(?![\d.:/%,]\d|[\d/%\p{L}]|[ \t]*(?:months?|mths?|weeks?|wks?|days?|hours?|hrs?|mins?|minutes|times|x|pm|am|%)\b)|[ \t]*\([ \t]*(?:1[0-7]|[0-9])[ \t]*(?:yo|y\/o|yrs?|years?|mths?|months?|wks?|weeks?)?[ \t]*\))/gu;
// What joins two children in a list.
const JOIN = /^[ \t]*(?:,|\+|&|\/|and|n)[ \t]*$/i;

// Words that stand before a number without naming a child: people by who they are, things that are
// numbered, school years, units, small words.
const NEVER_A_CHILD = new Set(
  `a an the and or n of to in on at by for with from his her their my our your its this that these those
  is was are were r be been has had have do did
  age aged ages about around approx nearly almost under over only just roughly maybe
  mum mam mom dad mother father parent parents nan nana gran grandma grandad carer
  baby babies bubba child children kid kids boy boys girl girls lad lads son sons daughter daughters
  sister sisters sis brother brothers bro twin twins triplets sibling siblings cousin cousins
  toddler toddlers teen teens teenager teenagers infant infants newborn pupil pupils student students
  one two three four five six seven eight nine ten other others another older younger eldest oldest
  youngest middle both all each every
  year years yr yrs y ks key stage class room group set form level tier step domain section page
  part para paragraph chapter item question point option priority rule phase box line number no
  flat house block floor bus route gate platform unit ward bed beds bedroom bedrooms
  week weeks wk wks day days month months mth mths hour hours hr hrs minute minutes min mins
  term terms half session sessions visit visits time times score scored rated rating
  spring summer autumn winter
  uncle auntie aunty aunt stepdad stepmum godmother godfather grandparents reception nursery foundation
  primary secondary residential care
  jan feb mar apr jun jul aug sep sept oct nov dec pshe rshe rse pse
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`
    .split(/\s+/)
    .filter(Boolean),
);

// Things counted after a list of numbers: "Tia 5 and Sky 3 packages".
const COUNTED_AFTER =
  /^[ \t]+(?:packages|parcels|vouchers|places|spaces|slots|sessions|tickets|boxes|bags|hampers|referrals|points|marks|stars|beds|rooms|tables|copies|forms|cases)\b/i;
// A label before a tally: "Rooms booked:", "table groups:", "referrals:".
const TALLY_LABEL =
  /\b(?:rooms?|booked|bookings|tables?|groups?|referrals|numbers|tally|totals?|scores?|attendance|places|spaces|slots|sessions|packages|parcels|vouchers|caseloads?)\b[^.\n]{0,16}[:=-][ \t]*$/i;

/** One byte per character of the text: 1 inside any of the findings. */
function mask(text: string, findings: readonly PersonalDataFinding[]): Uint8Array {
  const marks = new Uint8Array(text.length);
  for (const f of findings) marks.fill(1, f.start, f.end);
  return marks;
}

interface Entry {
  start: number;
  end: number;
  word: string;
  /** Where the entry (word and age) ends. */
  close: number;
}

/**
 * A word that can name a child there: a given name that is no everyday word, a word children are
 * given as a name ("amber"), or a word of four letters or more in no list at all ("lay-lay").
 * Subjects, scores and services in such a list ("reading 4, maths 3", "gcse 5", "nhs 3") are in a
 * list, or short.
 */
function childWord(word: string): boolean {
  const norm = word.toLowerCase().replace(/['’]$/, '');
  if (NEVER_A_CHILD.has(norm)) return false;
  // ("can", "will", "may": given names and helping verbs; only the ambiguous list vouches for them.)
  if (childNameWord(norm)) return true;
  return (
    norm.length >= 4 &&
    !ENGLISH_WORDS.has(norm) &&
    !isCommonWord(norm) &&
    !CHAT_WORDS.has(norm) &&
    !NAME_DENY_WORDS.has(norm) &&
    !ORGANISATION_WORDS.has(norm) &&
    !/^\p{Lu}+$/u.test(word)
  );
}

// "[name] + [name] + ty all on plan", "sonny + [name] + [name], mum": children joined by plus signs.
const PLUS_LIST =
  /(?<![\p{L}\p{M}\d'’@#/-])\p{L}[\p{L}\p{M}'’-]{0,24}(?:[ \t]*\+[ \t]*\p{L}[\p{L}\p{M}'’-]{0,24})+/gu;
const LIST_WORD = /\p{L}[\p{L}\p{M}'’-]{0,24}/gu;

// After the last child in a plus list: a pause or what children are or do.
const PLUS_LIST_END =
  /^(?:[ \t]*(?:[,.;:!?)=]|$)|[ \t]+(?:all|both|r|are|were|have|has|is|need|needs|n|and|mum|dad|nan|\(|-))/iu;

/** A child in a plus list: a given name that is no everyday word, or a word children are named. */
function plusWord(word: string): boolean {
  const norm = word.toLowerCase();
  if (NEVER_A_CHILD.has(norm)) return false;
  return AMBIGUOUS_NAME_WORDS.has(norm) || (GIVEN_NAMES.has(norm) && !isCommonWord(norm));
}

/** A nickname in quotes: no everyday word ("whatever", "fine", "amber"), title or answer. */
function nicknameWord(word: string): boolean {
  const norm = word.toLowerCase();
  if (norm.length < 3 || /^\p{Lu}+$/u.test(word) || isCommonWord(norm) || CHAT_WORDS.has(norm)) return false;
  return !ENGLISH_WORDS.has(norm);
}

// "Sky and India are twins", "india n kenya (sisters)": two children said to be twins or siblings.
const PAIR_OF_SIBLINGS =
  /(?<![\p{L}\p{M}'’-])(\p{L}[\p{L}\p{M}'’-]{1,24})[ \t]+(?:and|n|&)[ \t]+(\p{L}[\p{L}\p{M}'’-]{1,24})(?:[ \t]+(?:are|r|were)[ \t]+(?:(?:identical|non-identical|twin|half|step)[ \t-]+)?|[ \t]*\([ \t]*)(?:twins|triplets|sisters|brothers|siblings|cousins)\b/dgiu;
const PRONOUN = new Set('i me we us you he him she her they them it who both all'.split(' '));

/**
 * A word that could be one of the pair: a given name, a word children are given as a name, or a
 * lower-case word in no list ("Sky", "kenya"); not a person by who they are ("the boys and girls
 * are siblings", "his Uncle and Stepdad are brothers").
 */
function pairWord(word: string): boolean {
  const norm = word.toLowerCase();
  if (NEVER_A_CHILD.has(norm) || PRONOUN.has(norm) || /^\p{Lu}+$/u.test(word)) return false;
  // A capitalised word in no list is as often a place ("children from Wigan and Bolton").
  if (
    /^\p{Lu}/u.test(word) &&
    !GIVEN_NAMES.has(norm) &&
    !AMBIGUOUS_NAME_WORDS.has(norm) &&
    !WORD_NAMES.has(norm)
  )
    return false;
  return childWord(word) || GIVEN_NAMES.has(norm);
}

// "ebony 16 mum kicked her out", "princess 5 - mum sez", "major 4yo - no immunisations", "semhar
// 16 UASC in hotel", "willow 6 wks, mum", "ocean (yr 4) told": a message (or line) opening with a
// word children are named, then their age or school year and what is said of them; not a count, a
// time or a numbered part ("sched 1 para 18", "dyin 2 know", "term 6 weeks").
const OPENING_CHILD =
  /^(\p{Ll}[\p{Ll}'’-]{1,24})(?:[ \t]+(?:1[0-7]|[1-9])[ \t]*(?:yo|y\/o|yrs?[ \t]+old|years?[ \t]+old)\b|[ \t]+(?:1[0-7]|[1-9])[ \t]*(?:[-–—,:][ \t]*)?(?:mum|mam|mom|dad|nan|nana|gran|step[ \t-]?(?:mum|dad))\b(?!['’]s)|[ \t]+(?:1[0-7](?:[ \t]*[-–—,:])?|[356789](?:[ \t]*[-–—,:])?|[24][ \t]*[-–—,:])[ \t]+(?!(?:mins?|minutes|hours?|hrs?|days?|weeks?|wks?|months?|mths?|years?|yrs?|times|x|pm|am|people|kids|children|families|referrals|cases|places|spaces|sessions|pupils|staff|of|out|or|to|-|para|paragraph|section|part|page|art|article|clause|chapter|schedule|teacher|teachers|class|classroom|room|group|table|team|ta|the|a|an|lessons?|plans?|subjects?|modules?|units?|topics?|awards?|projects?|trips?|appeals?|courses?|training|protection|hospital|more|quick|last|thing|question|q)\b)(\p{L}[\p{L}'’-]*)|[ \t]+(?:[1-9]|1\d|2[0-4])[ \t]*(?:wks?|weeks?|mths?|months?)(?:[ \t]+old)?(?=[ \t]*[-–—,:(]|[ \t]+(?:mum|dad|n|and|&)\b)|[ \t]*\([ \t]*(?:(?:yr|year|y)[ \t]?(?:1[0-3]|[1-9])|(?:he|she|they)['’]?(?:s|re)[ \t]+(?:1[0-7]|[1-9])|(?:1[0-7]|[1-9])[ \t]*(?:yo|y\/o|yrs?))[ \t]*\))/u;
// A line's start, past a greeting or an opener ("hi!! ebony 16 mum kicked her out").
const LINE_START =
  /(?:^|\n)[ \t]*(?:(?:hi+|hiya|hey|hello|morning|evening|afternoon|yo|ok|okay|so|right|update|fyi|urgent|re:?)(?:[ \t]*[!.,:;-]+[ \t]*|[ \t]+))?/gi;
// After an everyday word opening the message and an age ("grace 15", "amber 2"), only what is said
// of a person makes it a child ("amber 2 - escalate", "mark 5 - evidence" are a rating and a mark).
const PERSON_NEXT =
  /^(?:mum|dad|nan|fam|gran|is|was|has|does|says|said|sez|n|and|w|wiv|not|never|missin|missing|keeps|got|been|bin|excluded|uasc|yng|young|lives|living|sofa|kicked|arrested|carryin|carrying|doin|doing|self|cse|cce|at|goes|went|ran|came|told|disclosed|pregnant|preg)$/i;
// A person after "n" or "and" ("faith 15 n bf is 22").
const JOINED_PERSON = /^[ \t]+(?:bf|gf|his|her|their|mum|dad|bro|sis|brother|sister|nan|baby)\b/i;
// Another child after "n" or "and": "blue 7 n sky 5", not "blue 7 n red 5 in the reading groups".
const NEXT_ENTRY = /^[ \t]+(\p{L}[\p{L}'’-]*)[ \t]+(?:1[0-7]|[1-9])\b/u;

// "[name] ('rico') yr 10", "[name] (aka 'bigga')": a nickname in quotes in brackets after a name.
const NICKNAME_AFTER =
  /^[ \t]*\([ \t]*(?:(?:aka|a\.k\.a\.?|known[ \t]+as|nick[ \t]?name[d]?|calls?[ \t]+(?:himself|herself|themselves))[ \t]+)?["'‘“](\p{L}[\p{L}\p{M}'’-]{1,24})["'’”][ \t]*\)/du;

// "kj keeps wettin self", "DJ in yr10 keeps turning up", "tj 7 wet himself": a child known by two
// initials ending in J (no service or role is; "oj" and "pj" are orange juice and pyjamas), before
// what a child is or does.
const J_INITIALS =
  /(?<![\p{L}\d'’@#/.-])(?![oOpPbB][jJ])([a-zA-Z][jJ])(?=[ \t]+(?:keeps|kept|is|was|has|had|says|said|sez|told|wont|won['’]t|cant|can['’]t|needs|wants|got|gets|came|went|ran|hit|hits|disclosed|in[ \t]+(?:yr|year|y)[ \t]?\d|\(|(?:1[0-7]|[1-9])(?:[ \t]*(?:yo|y\/o|yrs?)\b|[ \t]+(?:and|n|&|\+|is|has|keeps|wet|wets|says|said))))/gu;

// "River (they/them, Y10) has asked": a person with their pronouns in brackets.
const PRONOUNS_AFTER =
  /(?<![\p{L}\p{M}'’-])(\p{L}[\p{L}\p{M}'’-]{1,24})[ \t]*\([ \t]*(?:they|she|he|ze|xe)[ \t]*\/[ \t]*(?:them|her|him|hir|xem|they)\b/giu;

/** Names read from how children are listed and introduced, beside or without other findings. */
export function childrenListedOrPaired(
  text: string,
  findings: readonly PersonalDataFinding[],
): PersonalDataFinding[] {
  const more: PersonalDataFinding[] = [];
  // Characters already found (by anything), and those inside a name: masks keep this linear.
  const taken = mask(text, findings);
  const inName = mask(
    text,
    findings.filter((f) => f.kind === 'name'),
  );
  const free = (start: number, end: number) => !taken.subarray(start, end).includes(1);
  const add = (start: number, end: number) => {
    more.push({ kind: 'name', start, end });
    taken.fill(1, start, end);
    inName.fill(1, start, end);
  };
  for (const m of text.matchAll(PAIR_OF_SIBLINGS)) {
    const first = m[1] ?? '';
    const second = m[2] ?? '';
    const secondStart = m.indices?.[2]?.[0] ?? m.index;
    // A word already found counts ("Kyla and Blue (twins, Y1)").
    const found = (start: number, end: number) => !inName.subarray(start, end).includes(0);
    const firstOk = found(m.index, m.index + first.length) || pairWord(first);
    const secondOk = found(secondStart, secondStart + second.length) || pairWord(second);
    if (!firstOk || !secondOk) continue;
    // ("the kids placed in Bolton and Bury are siblings": places.)
    if (/\b(?:in|from|at|to|near|around)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)))
      continue;
    if (free(m.index, m.index + first.length)) add(m.index, m.index + first.length);
    if (free(secondStart, secondStart + second.length)) add(secondStart, secondStart + second.length);
  }
  for (const m of text.matchAll(PRONOUNS_AFTER)) {
    const word = m[1] ?? '';
    const norm = word.toLowerCase();
    // ("DSL (she/her)", "Facilitator (they/them)": a role.)
    if ((isCommonWord(norm) && !AMBIGUOUS_NAME_WORDS.has(norm)) || !pairWord(word)) continue;
    if (free(m.index, m.index + word.length)) add(m.index, m.index + word.length);
  }
  for (const m of text.matchAll(J_INITIALS)) {
    // ("the dj was great", "a DJ has been booked": a disc jockey.)
    if (/\b(?:the|a|an|our|their|his|her|my)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)))
      continue;
    if (free(m.index, m.index + 2)) add(m.index, m.index + 2);
  }
  for (const line of text.matchAll(LINE_START)) {
    const at = line.index + line[0].length;
    const m = OPENING_CHILD.exec(text.slice(at, at + 80));
    const word = m?.[1] ?? '';
    // ("june 14 - mum's hearing", "may 6 - mum has the conference": a date.)
    // ("she's 15, he's 19": who, not a name.)
    if (!m || PRONOUN.has(word) || /['’](?:s|d|m|ll|re|ve)$/.test(word)) continue;
    // ("major 4yo - no immunisations": a given name that is also a word, then an age said as one.)
    const statedAge = /\d[ \t]*(?:yo|y\/o|yrs?[ \t]+old|years?[ \t]+old)$/i.test(m[0]);
    if (
      TIME_WORD.test(word) ||
      !(
        childWord(word) ||
        (statedAge &&
          word.length >= 4 &&
          GIVEN_NAMES.has(word.toLowerCase()) &&
          // ("major 4yo - no immunisations"; not "free 2 year old places", "major 4yo catch up clinic".)
          (!isCommonWord(word.toLowerCase()) ||
            /^[ \t]*[-–—,:(][ \t]*(?!(?:funding|places|offer|clinic|entitlement|catch)\b)/i.test(
              text.slice(at + m[0].length, at + m[0].length + 20),
            )))
      )
    )
      continue;
    // ("bolton 7 parents came", "star 9 stickers": a count of people or things; "honour 2 - honour
    // based abuse": a topic numbered, named again.)
    const counted = m[2]?.toLowerCase() ?? '';
    if (/s$/.test(counted) && ENGLISH_WORDS.has(counted) && !PERSON_NEXT.test(counted)) continue;
    if (counted === word.toLowerCase()) continue;
    const norm = word.toLowerCase();
    const everyday = ENGLISH_WORDS.has(norm) || isCommonWord(norm);
    if (m[2] !== undefined) {
      if (everyday && !PERSON_NEXT.test(counted)) continue;
      const joinedOn = /^(?:n|and)$/.test(counted);
      const other = joinedOn ? NEXT_ENTRY.exec(text.slice(at + m[0].length, at + m[0].length + 40)) : null;
      if (other && (!childWord(other[1] ?? '') || (other[1] ?? '').toLowerCase() === norm)) continue;
      // ("green 3 and then we stop": an everyday word goes on into a child or a person only.)
      const joined = text.slice(at + m[0].length, at + m[0].length + 12);
      if (joinedOn && !other && everyday && !JOINED_PERSON.test(joined)) continue;
      // ("green 3 and blue 2 tables": a count.)
      if (other) {
        const otherEnd = at + m[0].length + other.index + other[0].length;
        if (COUNTED_AFTER.test(text.slice(otherEnd, otherEnd + 20))) continue;
      }
    }
    // "willow 6 wks, mum": a baby's age, not a wait ("grace 6 weeks, then they lose the place").
    if (/(?:wks?|weeks?|mths?|months?)$/.test(m[0])) {
      const after = text.slice(at + m[0].length, at + m[0].length + 20);
      if (/^[ \t]*[-–—,:]?[ \t]*(?:then|and then|n then)\b/i.test(after)) continue;
      if (everyday && !/^[ \t]*[-–—,:]?[ \t]*(?:mum|dad|old)\b|^[ \t]*\(/i.test(after)) continue;
    }
    if (free(at, at + word.length)) add(at, at + word.length);
  }
  for (const f of [...findings, ...more]) {
    if (f.kind !== 'name') continue;
    const m = NICKNAME_AFTER.exec(text.slice(f.end, f.end + 48));
    // ("Kyle ('whatever')", "Tia ('amber')": an answer or a rating in quotes.)
    if (!m || !nicknameWord(m[1] ?? '')) continue;
    const [from, to] = m.indices?.[1] ?? [0, 0];
    const start = f.end + from;
    const end = f.end + to;
    if (free(start, end)) add(start, end);
  }
  for (const m of text.matchAll(PLUS_LIST)) {
    const words = [...m[0].matchAll(LIST_WORD)].map((w) => ({
      word: w[0],
      start: m.index + w.index,
      end: m.index + w.index + w[0].length,
    }));
    if (!words.some((w) => inName[w.end - 1] === 1)) continue;
    const listEnd = m.index + m[0].length;
    for (const w of words) {
      if (!free(w.start, w.end)) continue;
      // The last in the list ends it ("Kyle + chase the school", "Kyle + Star chart" go on).
      if (w.end === listEnd && !PLUS_LIST_END.test(text.slice(listEnd, listEnd + 16))) continue;
      if (plusWord(w.word)) add(w.start, w.end);
    }
  }
  return more;
}

// "the kids are [name], [name] and river", "kids r [name], summer n storm": single words listed with
// commas and "and", "n" or "&".
const LIST_TOKEN = /(?<![\p{L}\p{M}\d'’@#/.-])\p{L}[\p{L}\p{M}'’-]{0,24}(?![\p{L}\p{M}\d'’@#-])/gu;
// Who a list is before it: "kids are", "children:", "the twins (".
const GROUP_BEFORE =
  /\b(?:kids|children|siblings|twins|triplets|sons|daughters|brothers|sisters|bros|grandchildren|grandkids)[ \t]*(?:(?:are|r|were|called|named|r called)[ \t]+|[:=(-][ \t]*|[ \t]+)$/i;
// A list said to be names: "their names are", "kids names r "", "called".
const NAMES_BEFORE =
  /\b(?:(?:kids|children|childrens|kids['’]|children['’]s|their|the)[ \t]+names?[ \t]*(?:are|r|were|is|:|=|-)|(?:kids|children|twins|triplets)[ \t]+(?:are|r)[ \t]+called)[ \t]*["'“‘]?[ \t]*$/i;
// What is said of a list of children after it: "are twins", "both in yr 2", "(siblings)".
const GROUP_AFTER =
  /^(?:[ \t]+(?:are|r|were)[ \t]+(?:(?:all|both)[ \t]+)?(?:twins|triplets|siblings|brothers|sisters|cousins|all|both)\b|[ \t]+(?:both|all)\b|[ \t]*\([ \t]*(?:twins|triplets|siblings|brothers|sisters|bros|sisters|all)\b)/i;
// Two or more children said together to do something: "both kicked off", "r both in yr 2".
const BOTH_DO_AFTER =
  /^(?:[ \t]+(?:r|are|were))?[ \t]+both[ \t]+(?:kicked off|been (?:excluded|sent home|missing|off|absent|hurt)|excluded|missing|off (?:school|sick|skl|sch)|absent|in (?:yr|year|class|reception|nursery|care)|at (?:school|nursery|home alone)|on the (?:plan|register|cp|cin)|need (?:a )?(?:caf|eha|referral)|attend|attends|go to|got excluded|started (?:nursery|school|reception)|have (?:bruises|marks|nits)|say|said|told|crying)\b|^[ \t]+(?:r|are|were)[ \t]+(?:twins|siblings|brothers|sisters)\b/i;
// Where the list ends: a pause or what children are or do.
const WORD_LIST_END =
  /^(?:[ \t]*(?:[,.;:!?)("”'’]|$)|[ \t]+(?:are|r|were|have|has|had|is|was|both|all|need|needs|were|go|went|came|live|living|still|too|aged|age|ages|\d))/i;

// Languages listed ("their names are Polish and Ukrainian", "Arabic, Urdu and Somali").
// (The peoples and faiths are the contextual reader's list; these are the languages besides.)
const LANGUAGE =
  /^(?:arabic|urdu|punjabi|bengali|bangla|sylheti|tigrinya|amharic|pashto|dari|farsi|persian|mandarin|cantonese|tamil|gujarati|hindi|gaelic|yoruba|igbo|twi|shona|swahili|lingala|romani|hebrew|yiddish)$/;

/** A word that can be a child in a list beside children found: a given or a word children are named. */
function listWord(word: string, grouped: boolean, named: boolean): boolean {
  const norm = word.toLowerCase();
  if (PRONOUN.has(norm) || /^\p{Lu}+$/u.test(word) || LANGUAGE.test(norm) || PEOPLE_OR_FAITH.test(norm))
    return false;
  const season = /^(?:spring|summer|autumn|winter)$/.test(norm);
  // Said to be names, a word in no dictionary is one too ("their names are kacper and oyin").
  if (named && !CHAT_WORDS.has(norm) && !ENGLISH_WORDS.has(norm) && !isCommonWord(norm)) return true;
  if ((NEVER_A_CHILD.has(norm) && !((grouped || named) && season)) || (!grouped && TIME_WORD.test(norm)))
    return false;
  // ("Children are [name] and Can": capitalised in a list said to be children, a given name.)
  if (grouped && /^\p{Lu}\p{Ll}/u.test(word) && (GIVEN_NAMES.has(norm) || AMBIGUOUS_NAME_WORDS.has(norm)))
    return true;
  return childNameWord(norm) || (GIVEN_NAMES.has(norm) && !isCommonWord(norm));
}

/**
 * The rest of a list of single words joined by commas and a last "and", "n" or "&", beside children
 * found in it: where two of the list are found already, or one and the list is said to be children
 * ("kids are", "are twins", "both").
 */
export function wordListedChildren(
  text: string,
  findings: readonly PersonalDataFinding[],
): PersonalDataFinding[] {
  const inName = mask(
    text,
    findings.filter((f) => f.kind === 'name'),
  );
  const taken = mask(text, findings);
  const tokens = [...text.matchAll(LIST_TOKEN)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const more: PersonalDataFinding[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A run of items: each joined to the last by a comma or "&", or by "and" or "n" as words.
    const items = [tokens[i] as (typeof tokens)[number]];
    let j = i + 1;
    for (;;) {
      const last = items.at(-1) as (typeof tokens)[number];
      const next = tokens[j];
      if (!next) break;
      const gap = text.slice(last.end, next.start);
      if (/^[ \t]*[,&][ \t]*$/.test(gap) && !/^(?:and|n)$/i.test(next.word)) {
        items.push(next);
        j += 1;
        continue;
      }
      const after = tokens[j + 1];
      if (
        /^(?:and|n)$/i.test(next.word) &&
        /^[ \t]*,?[ \t]+$/.test(gap) &&
        after &&
        /^[ \t]+$/.test(text.slice(next.end, after.start))
      ) {
        items.push(after);
        j += 2;
        continue;
      }
      break;
    }
    i = items.length > 1 ? j : i + 1;
    if (items.length < 2) continue;
    const first = items[0] as (typeof tokens)[number];
    const last = items.at(-1) as (typeof tokens)[number];
    const found = (t: (typeof tokens)[number]) => !inName.subarray(t.start, t.end).includes(0);
    const count = items.filter(found).length;
    if (count === items.length) continue;
    const lead = text.slice(Math.max(0, first.start - 30), first.start);
    // "the kids names r "sapphire, ruby and jet"": the list is said to be names.
    const named = NAMES_BEFORE.test(lead);
    // ("grace n faith both kicked off": none found, every one a word children are named, said to be
    // children.)
    const allNamed = items.every((t) => {
      const norm = t.word.toLowerCase();
      return childNameWord(norm) && !TIME_WORD.test(norm);
    });
    if (count === 0 && !named && !(allNamed && BOTH_DO_AFTER.test(text.slice(last.end, last.end + 30))))
      continue;
    const grouped = named || GROUP_BEFORE.test(lead) || GROUP_AFTER.test(text.slice(last.end, last.end + 30));
    if (!(grouped || (count >= 2 && items.length >= 3))) continue;
    if (!WORD_LIST_END.test(text.slice(last.end, last.end + 12))) continue;
    // ("kids from Bolton, Bury and Wigan": places.)
    if (
      /\b(?:in|from|at|to|near|around|of)[ \t]+$/i.test(text.slice(Math.max(0, first.start - 8), first.start))
    )
      continue;
    for (const t of items) {
      if (found(t) || taken.subarray(t.start, t.end).includes(1) || !listWord(t.word, grouped, named))
        continue;
      more.push({ kind: 'name', start: t.start, end: t.end });
    }
  }
  return more;
}

/** More names: the other children in a list of children with ages, beside one found already. */
export function listedChildren(
  text: string,
  findings: readonly PersonalDataFinding[],
): PersonalDataFinding[] {
  const names = findings.filter((f) => f.kind === 'name');
  if (names.length === 0) return [];
  const entries: Entry[] = [];
  for (const m of text.matchAll(ENTRY)) {
    const word = m[1] ?? '';
    entries.push({ start: m.index, end: m.index + word.length, word, close: m.index + m[0].length });
  }
  // The entry's word ends a name found ("Tia Jones (7)").
  const inName = mask(text, names);
  const taken = mask(text, findings);
  const named = (e: Entry) => inName[e.end - 1] === 1;
  const more: PersonalDataFinding[] = [];
  let from = 0;
  while (from < entries.length) {
    // A run of entries, each joined to the one before by a comma, "and", "n", "&", "+" or "/".
    let to = from + 1;
    while (
      to < entries.length &&
      JOIN.test(text.slice((entries[to - 1] as Entry).close, (entries[to] as Entry).start))
    )
      to += 1;
    const run = entries.slice(from, to);
    const last = run.at(-1) as Entry;
    // "Tia 5 and Sky 3 packages", "Rooms booked: Tia 3, Cedar 2": counts of things, not children.
    const counted =
      COUNTED_AFTER.test(text.slice(last.close, last.close + 20)) ||
      TALLY_LABEL.test(text.slice(Math.max(0, (run[0] as Entry).start - 40), (run[0] as Entry).start));
    // ("reign 8 + king 5": children listed with ages, every one of them a word children are named.)
    const allNames = run.every((e) => {
      const norm = e.word.toLowerCase();
      return childNameWord(norm) && !TIME_WORD.test(norm) && !NEVER_A_CHILD.has(norm);
    });
    if (run.length > 1 && !counted && (run.some(named) || allNames)) {
      for (const e of run) {
        if (named(e) || !childWord(e.word)) continue;
        if (taken.subarray(e.start, e.end).includes(1)) continue;
        more.push({ kind: 'name', start: e.start, end: e.end });
      }
    }
    from = to;
  }
  return more;
}
