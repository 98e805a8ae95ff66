import { AMBIGUOUS_NAME_WORDS, isCommonWord } from './common-words.ts';
import { CHAT_WORDS, droppedG, misspeltWord, SEASON } from './contextual-names.ts';
import { NAME_DENY_PHRASES, NAME_DENY_WORDS, ORGANISATION_WORDS } from './name-deny-list.ts';
import { ENGLISH_WORDS, GIVEN_NAMES, SURNAMES } from './name-lists.ts';
import { NAME_MODEL } from './name-model-weights.ts';
import type { PersonalDataFinding } from './types.ts';

// The third reading of a message for names: a linear classifier over each word, trained by
// scripts/train-name-model.ts on labelled practitioner messages (training/identifiers.json and
// the tuning half of eval/identifiers). It sees what a person would: the word, its shape and
// capital, whether it is a listed given name or surname or ordinary English, the words and
// punctuation either side. The rules in names.ts and contextual-names.ts still run; this adds the
// names they have no rule for ("Zayn wont eat", "Nolan family -", "Temi Ahmed: 3 referrals").

/** A word or a number of a message, as the model sees it. */
export interface ModelToken {
  start: number;
  /** End without a possessive "'s". */
  end: number;
  /** End including the possessive. */
  rawEnd: number;
  /** Lower case, curly apostrophes straightened, possessive removed. */
  norm: string;
  /** The word as written, possessive removed. */
  base: string;
  number: boolean;
  possessive: boolean;
  sentenceStart: boolean;
}

const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*['’]?|\d+/gu;
const SENTENCE_GAP = /[.!?\n;•]|\s[-–—]\s/;

/** Splits a message into words and numbers, noting possessives and sentence starts. */
export function modelTokens(text: string): ModelToken[] {
  const tokens: ModelToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const number = /^\d/.test(raw);
    const possessive = !number && /['’]s$/i.test(raw) && raw.length > 3;
    const base = possessive ? raw.slice(0, -2) : raw.replace(/['’]$/, '');
    tokens.push({
      start: match.index,
      end: match.index + base.length,
      rawEnd: match.index + raw.length,
      norm: base.toLowerCase().replace(/’/g, "'"),
      base,
      number,
      possessive,
      sentenceStart: tokens.length === 0 || SENTENCE_GAP.test(text.slice(previousEnd, match.index)),
    });
    previousEnd = match.index + raw.length;
  }
  return tokens;
}

/** "Jayden" -> "Xx", "ellie-may" -> "x-x", "O'Neill" -> "X'Xx": runs of one kind of character. */
function shape(base: string): string {
  let out = '';
  let last = '';
  for (const char of base) {
    let kind: string;
    if (char >= '0' && char <= '9') kind = '9';
    else if (char === "'" || char === '’') kind = "'";
    else if (char === '-') kind = '-';
    else if (char !== char.toLowerCase()) kind = 'X';
    else kind = 'x';
    if (kind !== last) out += kind;
    last = kind;
    if (out.length >= 8) break;
  }
  return out;
}

function inList(norm: string, list: ReadonlySet<string>): boolean {
  if (list.has(norm)) return true;
  const parts = norm.split('-');
  return parts.length > 1 && parts.some((part) => list.has(part));
}

// Lexicon codes of words seen lately: the same words come back in every message.
const lexiconCache = new Map<string, string>();

/** Which lists a word is in, as a short code: given name, surname, English, common, ambiguous. */
function lexicon(norm: string): string {
  const cached = lexiconCache.get(norm);
  if (cached !== undefined) return cached;
  const code = lexiconOf(norm);
  if (lexiconCache.size >= 20_000) lexiconCache.clear();
  lexiconCache.set(norm, code);
  return code;
}

function lexiconOf(norm: string): string {
  if (/\d/.test(norm)) return 'num';
  const single = norm.length > 3 && norm.endsWith('s') ? norm.slice(0, -1) : norm;
  let code = '';
  if (inList(norm, GIVEN_NAMES)) code += 'G';
  if (inList(norm, SURNAMES)) code += 'S';
  if (ENGLISH_WORDS.has(norm)) code += 'E';
  else if (single !== norm && ENGLISH_WORDS.has(single)) code += 'e';
  if (isCommonWord(norm) || isCommonWord(single)) code += 'C';
  if (AMBIGUOUS_NAME_WORDS.has(norm)) code += 'A';
  if (NAME_DENY_WORDS.has(norm) || NAME_DENY_WORDS.has(single)) code += 'D';
  if (ORGANISATION_WORDS.has(norm) || ORGANISATION_WORDS.has(single)) code += 'O';
  if (CHAT_WORDS.has(norm) || CHAT_WORDS.has(single)) code += 'K';
  return code || 'U';
}

function isVocabulary(norm: string): boolean {
  return /[ECeK]/.test(lexicon(norm));
}

/** Punctuation between two tokens, compacted: "", ",", " - ", "(", ":" ... */
function gap(text: string, from: number, to: number): string {
  const between = text.slice(from, to);
  const compact = between.replace(/\s+/g, ' ').trim();
  if (compact === '') return between.length > 0 ? '_' : '';
  return compact.slice(0, 3);
}

function numberClass(token: ModelToken): string {
  return token.norm.length <= 2 ? '<n2>' : token.norm.length === 4 ? '<n4>' : '<nn>';
}

function word(token: ModelToken | undefined, edge: string): string {
  if (!token) return edge;
  return token.number ? numberClass(token) : token.norm;
}

/** The features of token `i`, as strings; the model's weight for each is summed. */
export function tokenFeatures(text: string, tokens: readonly ModelToken[], i: number): string[] {
  const t = tokens[i] as ModelToken;
  const p1 = tokens[i - 1];
  const p2 = tokens[i - 2];
  const n1 = tokens[i + 1];
  const n2 = tokens[i + 2];
  const w = t.norm;
  const lex = lexicon(w);
  const cap = /^\p{Lu}/u.test(t.base) ? (t.base === t.base.toUpperCase() ? 'U' : 'C') : 'l';
  const start = t.sentenceStart ? 'S' : 'm';
  const lp1 = p1 ? lexicon(p1.norm) : '<s>';
  const ln1 = n1 ? lexicon(n1.norm) : '</s>';
  const cp1 = p1 ? (/^\p{Lu}/u.test(p1.base) ? 'C' : 'l') : '-';
  const cn1 = n1 ? (/^\p{Lu}/u.test(n1.base) ? 'C' : 'l') : '-';
  const gl = p1 ? gap(text, p1.rawEnd, t.start) : '^';
  const gr = n1 ? gap(text, t.rawEnd, n1.start) : gap(text, t.rawEnd, text.length) || '$';
  const wp1 = word(p1, '<s>');
  const wp2 = word(p2, '<s>');
  const wn1 = word(n1, '</s>');
  const wn2 = word(n2, '</s>');
  const poss = t.possessive ? 'P' : '-';
  // The word itself only for vocabulary: a prior for "grace" or "autumn" is worth learning, one
  // for each child's name in the training messages is not (it would be learned instead of context).
  const vocabulary = /[ECeDOK]/.test(lex);
  return [
    'bias',
    vocabulary ? `w=${w}` : `w=<name-like>`,
    vocabulary ? `w=${w}|${cap}` : `w=<name-like>|${cap}`,
    `sh=${shape(t.base)}`,
    `lex=${lex}`,
    `lex=${lex}|${cap}|${start}`,
    `lex=${lex}|${poss}`,
    `cap=${cap}|${start}`,
    `len=${Math.min(w.length, 10)}`,
    `hy=${w.includes('-') ? 1 : 0}${w.includes("'") ? 1 : 0}`,
    `p1=${wp1}`,
    `p1=${wp1}|${lex}`,
    `p1=${wp1}|${cap}`,
    `p2=${wp2}|${wp1}`,
    `n1=${wn1}`,
    `n1=${wn1}|${lex}`,
    `n1=${wn1}|${poss}`,
    `n2=${wn1}|${wn2}`,
    `gl=${gl}`,
    `gr=${gr}`,
    `gl=${gl}|${lex}`,
    `gr=${gr}|${lex}`,
    `gr=${gr}|${wn1}`,
    `gl=${gl}|${wp1}`,
    `lp1=${lp1}|${cp1}|${lex}|${cap}`,
    `ln1=${ln1}|${cn1}|${lex}|${cap}`,
    `lp1=${lp1}|ln1=${ln1}|${lex}`,
    `poss=${poss}|${wn1}`,
  ];
}

/** A trained name model: its weights (feature, tab, weight; a line each) and its score bars. */
export interface NameModel {
  threshold: number;
  vocabularyMargin: number;
  unlistedMargin: number;
  weights: string;
}

let active: NameModel = NAME_MODEL;

/** The model's weights, parsed once: feature -> weight. */
let weights: Map<string, number> | undefined;
function loadWeights(): Map<string, number> {
  if (weights) return weights;
  weights = new Map();
  for (const line of active.weights.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) weights.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return weights;
}

/**
 * Swaps the model the guard uses (the shipped one when `model` is undefined). Only for
 * scripts/cross-validate-names.ts, which measures models trained on part of the data.
 */
export function useNameModel(model: NameModel | undefined): void {
  active = model ?? NAME_MODEL;
  weights = undefined;
}

/**
 * Whether the model reads the token at all: a capitalised word, or a lower-case one that is a
 * listed name, an ambiguous word or in no list. Lower-case ordinary words ("the", "referral") are
 * never names here, and skipping them keeps screening fast.
 */
export function isCandidate(token: ModelToken): boolean {
  if (token.number || token.norm.length < 2 || acronym(token.base)) return false;
  return /^\p{Lu}/u.test(token.base) || /[GSAU]/.test(lexicon(token.norm));
}

// A capitalised word before one of these names a place or an organisation, not a person: "Lakeside
// family hub", "the Willow Tree Nursery", "Oakfield Primary", "the Beacon Centre".
const PLACE_AFTER =
  /^(?:centre|center|hub|hubs|site|school|schools|primary|academy|nursery|infants|juniors|college|clinic|surgery|practice|hall|house|road|street|lane|avenue|close|drive|way|court|park|estate|campus|library|church|mosque|temple|gurdwara|team|service|services|office|ward|unit|room|building|youth|leisure|medical|health|community|tree|trust|foundation|project|partnership|group|forum|network|charity|council|police|hospital|station|village|green|fields?|term|day|days|of)$/;

const COLLEAGUE_ROLE =
  /^[ \t]+(?:school[ \t]+)?(?:nurse|senco|dsl|hv|health visitor|teacher|head|headteacher|manager|worker|coordinator|co-ordinator|officer|lead|sw|social worker|midwife|gp|ta|chair|pcso|family support|early help|youth worker)\b/i;

/** The word is part of a place's or an organisation's name, by what is around it. */
function partOfPlace(text: string, tokens: readonly ModelToken[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  // "at the Guildhall", "in Sefton", "from Hillside": after these a capitalised word is a place.
  if (
    previous &&
    /^(?:st|saint|the|at|in|from|near|outside|inside|opposite|behind)$/.test(previous.norm) &&
    /^[ \t]+$/.test(text.slice(previous.rawEnd, (tokens[i] as ModelToken).start))
  )
    return true;
  // "Hi Sarah,", "Thanks, Ben": the person being written to is a colleague, left to the rules
  // ("morning, lacey keeps saying" is not a greeting to lacey).
  if (
    previous &&
    i <= 2 &&
    /^(?:hi|hello|hiya|hey|thanks|thank|cheers|dear|morning|afternoon)$/.test(previous.norm) &&
    /^\s*(?:[,.!:;-]|$)/.test(text.slice((tokens[i] as ModelToken).rawEnd))
  )
    return true;
  // "Sarah here from the nursery", "Kelly the school nurse", "Jo the SENCO": a colleague.
  if (next?.norm === 'here' && /^[ \t,]+$/.test(text.slice((tokens[i] as ModelToken).rawEnd, next.start)))
    return true;
  if (next?.norm === 'the' && COLLEAGUE_ROLE.test(text.slice(next.rawEnd, next.rawEnd + 24))) return true;
  if (!next || (tokens[i] as ModelToken).possessive) return false;
  if (PLACE_AFTER.test(next.norm) && next.norm !== 'family') return true;
  // "Lakeside family hub", "Summerfield children's centre".
  return (next.norm === 'family' || next.norm === 'children') && PLACE_AFTER.test(tokens[i + 2]?.norm ?? '');
}

/** "NRPF", "DBS", "HVs", "DoLS": mostly capitals, an acronym rather than a name. */
function acronym(base: string): boolean {
  const letters = base.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
  return (
    capitals >= 2 && (capitals === letters.length || (letters.length <= 5 && capitals >= letters.length - 2))
  );
}

/** Words the guard's lists say are never a person's name here: agencies, products, calendar words. */
function listedAsNotAName(norm: string): boolean {
  const single = norm.endsWith('s') ? norm.slice(0, -1) : norm;
  const parts = norm.split('-');
  return (
    [norm, single].some((word) => NAME_DENY_WORDS.has(word) || ORGANISATION_WORDS.has(word)) ||
    (parts.length > 1 && parts.every((part) => NAME_DENY_WORDS.has(part)))
  );
}

const DENY_PHRASES: readonly string[][] = NAME_DENY_PHRASES.map((phrase) =>
  phrase
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/\s+/),
);

/** Tokens inside a listed phrase that looks like a name but is not one ("Arthur Labinjo-Hughes"). */
function deniedTokens(tokens: readonly ModelToken[]): boolean[] {
  const denied = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i += 1) {
    for (const words of DENY_PHRASES) {
      if (words.every((word, k) => tokens[i + k]?.norm === word)) {
        for (let k = 0; k < words.length; k += 1) denied[i + k] = true;
      }
    }
  }
  return denied;
}

// Before a name these are rare; before a noun they are usual: "his willy", "a telly", "their pics".
const DETERMINERS =
  /^(?:his|her|their|its|my|a|an|some|any|no|this|that|these|those|every|each|your|which|what|wat|wot)$/;
// "Clare's law", "Gillick's test": a possessive before a law or a scheme.
const NAMED_THING =
  /^(?:law|act|principle|scheme|report|review|inquiry|rule|rules|test|competence|guidance|syndrome|disease|hierarchy|theory|model|triangle|pyramid|framework|scale|wish|trust|foundation|hospice|house|place|centre|charity|project|way)$/;

// "she'll", "he'd", "they've", "wasn't", "y'all": a contraction, never a name (apostrophe names are
// "o'brien", "d'angelo", "ja'kari").
export const CONTRACTION =
  /^(?:i|you|u|he|she|it|we|they|there|that|who|what|where|how|y)'(?:ll|d|ve|re|m|s|all)$|n't$|^(?:ain|aint|ya|ma|o)'$/;

/** What around the word shows it is not a person's name, whatever the model's score. */
function notAPerson(
  text: string,
  tokens: readonly ModelToken[],
  i: number,
  denied: readonly boolean[],
): boolean {
  const token = tokens[i] as ModelToken;
  const previous = tokens[i - 1];
  if (denied[i] || acronym(token.base) || listedAsNotAName(token.norm)) return true;
  if (/^(?:mr|mrs|ms|miss|mx|dr|master)$/.test(token.norm)) return true;
  if (CONTRACTION.test(token.norm)) return true;
  // "case-specific", "follow-up": every part an ordinary word and none a given name.
  const parts = token.norm.split('-');
  if (parts.length > 1 && parts.every((part) => ENGLISH_WORDS.has(part) && !GIVEN_NAMES.has(part)))
    return true;
  if (previous && DETERMINERS.test(previous.norm)) return true;
  // "Hi, I'm Gemma", "Jane from Barnardo's will present": a colleague introduced, left to the rules.
  if (previous && /^(?:i'm|im|am)$/.test(previous.norm)) return true;
  if (tokens[i + 1]?.norm === 'from' && !token.possessive) return true;
  if (token.possessive && NAMED_THING.test(tokens[i + 1]?.norm ?? '')) return true;
  // Inside a Title Case phrase: "Summer Lane surgery", "Rose Street Community Centre", "Ivy House":
  // the next word is capitalised ordinary English and no name ("Jayden Smith", "Nathaniel Green"
  // are names: Smith and Green are listed surnames).
  const next = tokens[i + 1];
  if (
    next &&
    !token.possessive &&
    /^[ \t]+$/.test(text.slice(token.rawEnd, next.start)) &&
    /^\p{Lu}/u.test(next.base) &&
    next.norm.length >= 3 &&
    /[ECeO]/.test(lexicon(next.norm)) &&
    !/[GS]/.test(lexicon(next.norm))
  )
    return true;
  return partOfPlace(text, tokens, i);
}

/** Characters of a message the model reads. */
export const MODEL_MAX_LENGTH = 6000;

const SEASON_WORD = /\b(?:spring|summer|autumn|winter)\b/i;
// An age or who they are soon after a season names children: "Summer and Autumn (twins, 4)".
const PERSON_SOON_AFTER =
  /^[^.!?\n,]{0,30}?(?:\((?:[^)]{0,12}\d|twins?|sisters?|brothers?|siblings?)|\b\d{1,2}[ \t]*(?:yo|y\/o|yrs?|years? old)\b|\b(?:is|are|was|were)[ \t]+\d{1,2}\b)/i;

/** A given name that is no everyday word: a dropped-g word after it is a surname ("jack rankin"). */
function afterGivenName(before: string): boolean {
  return GIVEN_NAMES.has(before) && !isCommonWord(before);
}

/**
 * A season said as a school term: before "term", "half term" or "holidays", or listed with other
 * seasons in a sentence about terms ("Summer, Autumn, Spring - which term ..."). Seasons listed
 * alone are children as often ("Summer, Autumn and Winter were left home alone").
 */
function seasonal(text: string, start: number, end: number): boolean {
  if (PERSON_SOON_AFTER.test(text.slice(end, end + 60))) return false;
  if (/^[ \t]+(?:half[ \t-]?)?(?:term|terms|holidays?|hols)\b/i.test(text.slice(end, end + 20))) return true;
  const around = `${text.slice(Math.max(0, start - 16), start)} ${text.slice(end, end + 16)}`;
  const sentence = text.slice(start, end + 80).split(/[.!?\n]/)[0] ?? '';
  return SEASON_WORD.test(around) && /\bterms?\b/i.test(sentence);
}

// A given name that is also an everyday word, capitalised inside a sentence ("she said Mason still
// hasn't", "Update on Faith - she's"), is written as a name: it needs less extra evidence than the
// word in lower case or opening a sentence ("Grace period", "Will she"), unless the training taught
// the model that the word capitalised is mostly something else (a weight below -1: "does Brook need
// consent", the sexual health service), the word names a kind of thing with the word after it
// ("Jasmine rice", "Amber alert", "Dean Row clinic") or an idiom before it ("such Joy", "till
// Dawn", "found Joy in").
const CAPITALISED_GIVEN_MARGIN = 4;
// What follows a person's name: a pause, a verb, a preposition, another name.
const PERSON_FOLLOWER =
  /^(?:is|was|isn't|isnt|wasn't|has|had|hasn't|hasnt|have|says|said|sez|and|or|to|in|at|on|from|with|who|still|will|would|can|can't|cant|won't|wont|does|did|doesn't|doesnt|didn't|didnt|keeps|kept|went|goes|came|comes|told|tells|needs|wants|got|gets|gave|rang|seems|looks|left|lives|stays|never|always|now|again|too|also|herself|himself|back|yesterday|today|tonight|off|without|turns|turned|been|being)$/;
const IDIOM_BEFORE =
  /^(?:such|till|until|til|found|find|finds|bring|brings|brought|have|has|had|no|much|great|pure|more|some|any|of|keep|keeps|kept|lost|losing)$/;

/** The extra evidence an ordinary English word needs before the model calls it a name. */
function vocabularyMargin(
  text: string,
  tokens: readonly ModelToken[],
  i: number,
  lex: string,
  model: ReadonlyMap<string, number>,
): number {
  const token = tokens[i] as ModelToken;
  const next = tokens[i + 1];
  const afterNext = tokens[i + 2];
  const previous = tokens[i - 1];
  const followed =
    next === undefined ||
    /[^ \t]/.test(text.slice(token.rawEnd, next.start)) ||
    PERSON_FOLLOWER.test(next.norm) ||
    (/^\p{Lu}/u.test(next.base) && !(afterNext && PLACE_AFTER.test(afterNext.norm))) ||
    // A surname after a capitalised given name that is no everyday word ("Daniel Grant without"; not
    // "the Outcome Star", "Royal Mail").
    (previous !== undefined &&
      /^\p{Lu}\p{Ll}/u.test(previous.base) &&
      lexicon(previous.norm).includes('G') &&
      !isVocabulary(previous.norm) &&
      /^[ \t]+$/.test(text.slice(previous.rawEnd, token.start)));
  const capitalisedGiven =
    lex.includes('G') &&
    !token.sentenceStart &&
    /^\p{Lu}\p{Ll}/u.test(token.base) &&
    (model.get(`w=${token.norm}|C`) ?? 0) > -1 &&
    followed &&
    !(previous && IDIOM_BEFORE.test(previous.norm));
  return capitalisedGiven
    ? Math.min(CAPITALISED_GIVEN_MARGIN, active.vocabularyMargin)
    : active.vocabularyMargin;
}

/**
 * Names the model finds, as findings (adjacent name words joined into one), leaving out words
 * inside what another detector already found (`known`, such as an address or an email).
 */
export function detectModelNames(
  text: string,
  known: readonly PersonalDataFinding[] = [],
): PersonalDataFinding[] {
  // The model reads the first MODEL_MAX_LENGTH characters (more than the longest message or local
  // answer the bot accepts); the rules read all of a longer paste, which is refused anyway.
  const tokens = modelTokens(text.length > MODEL_MAX_LENGTH ? text.slice(0, MODEL_MAX_LENGTH) : text);
  const words = tokens.filter((token) => !token.number && token.norm.length >= 2);
  // A word alone has no context to read, and a message mostly in no list is not English
  // ("Witam, martwię się o dziecko"): the rules read those.
  if (words.length < 2) return [];
  const unknown = words.filter((token) => lexicon(token.norm) === 'U').length;
  if (words.length >= 4 && unknown / words.length > 0.6) return [];
  const denied = deniedTokens(tokens);
  const model = loadWeights();
  const findings: PersonalDataFinding[] = [];
  let previous = -2;
  // Characters inside what another detector found (an address, an email): not names.
  const taken = new Uint8Array(text.length);
  for (const f of known) if (f.kind !== 'name') taken.fill(1, f.start, f.end);
  for (const [i, token] of tokens.entries()) {
    if (!isCandidate(token) || taken[token.start] === 1 || notAPerson(text, tokens, i, denied)) continue;
    // "@kelly", "www.oakfield", "#team": handles, addresses and tags, not a person named.
    if (/[@./\\#]$/.test(text.slice(Math.max(0, token.start - 1), token.start))) continue;
    // "its not workin n step up": a word typed without its final g; not after a given name, where
    // it is a surname ("jack rankin", "ellie mullin").
    if (droppedG(token.norm) && !afterGivenName(tokens[i - 1]?.norm ?? '')) continue;
    // "becuase mum said no": a slip of the keys, not a name no list holds.
    if (misspeltWord(token.norm)) continue;
    // "Summer, Autumn, Spring - which term": seasons listed together, or a season's term.
    if (SEASON.test(token.norm) && seasonal(text, token.start, token.end)) continue;
    // Ordinary English needs more evidence than a word that is only a name ("willow trees"), and
    // so does a word in no list of names ("wat", "pics", "Guildhall"): places and slang are.
    const lex = lexicon(token.norm);
    const unlisted = !/[GS]/.test(lex);
    const bar =
      active.threshold +
      (isVocabulary(token.norm) ? vocabularyMargin(text, tokens, i, lex, model) : 0) +
      (unlisted ? active.unlistedMargin : 0);
    let score = 0;
    for (const feature of tokenFeatures(text, tokens, i)) score += model.get(feature) ?? 0;
    if (score <= bar) continue;
    // "Robert'); DROP TABLE": code, not a message.
    if (/^['"`]?[);]/.test(text.slice(token.rawEnd, token.rawEnd + 2))) continue;
    const last = findings.at(-1);
    if (last && previous === i - 1 && /^[ \t]+$/.test(text.slice(last.end, token.start))) {
      last.end = token.end;
    } else {
      findings.push({ kind: 'name', start: token.start, end: token.end });
    }
    previous = i;
  }
  return findings;
}
