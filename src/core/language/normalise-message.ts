import { TEXT_SPEAK } from './text-speak.ts';

/**
 * A message reduced to the form language rules are written against: lower-case ASCII words
 * separated by single spaces, commas kept as ` , ` (clause breaks) and sentence ends as ` | `.
 */
export interface NormalisedMessage {
  text: string;
  /** Positions of every ` | ` sentence break in `text`, ascending, for finding a match's sentence. */
  breaks: number[];
  /** True when the message is a bot command (forum, rsvp, pulse...) rather than a question. */
  command: boolean;
}

// Long enough for any real chat message (Slack caps at 40,000); beyond it the head and tail are
// kept, because the worrying sentence is as likely to come last as first.
const MAX_CHARS = 60_000;
// A "word" longer than this is noise (a URL, a base64 blob, a keyboard mash). Splitting it keeps
// every bounded-gap pattern cheap however the text was built.
const MAX_TOKEN = 40;

const COMMAND_START = /^\s*[/!]?(?:forum|rsvp|pulse|survey|poll)\b/i;

// Pictures people use instead of words in a hurry.
const EMOJI_WORDS: [RegExp, string][] = [
  [/🔪|🗡️?/gu, ' knife '],
  [/🔫/gu, ' gun '],
  [/💊/gu, ' pills '],
  [/🩸/gu, ' blood '],
  [/🚑/gu, ' ambulance '],
  [/🆘/gu, ' help me '],
];

// Contractions are expanded before apostrophes go, so "can't" and "cant" end up as the same words.
const CONTRACTIONS: [RegExp, string][] = [
  // "OD'd", "o.d." and "ODed" mean an overdose; the generic 'd rule below would make "od would".
  [/\bo\.?d(?:'?d|'?ed)\b|\bo\.d\./g, 'overdosed'],
  [/\bcan'?t\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/\bi'm\b/g, 'i am'],
  [/'d\b/g, ' would'],
  [/\b(he|she|it|that|there|who|what|where|here|how)'s\b/g, '$1 is'],
  // Any other 's is a possessive ("mum's boyfriend"): the rules match the bare noun.
  [/'s\b/g, ''],
];

// Text-speak, common slips and spelling variants seen in hurried messages, mapped to the words the
// rules use. Only unambiguous forms: "ill", "hell" and "shell" are real words, so they stay.
/** True when a and b differ by one insertion, deletion, substitution or adjacent swap. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** What a reader adds to the shared steps: its own spellings, and words worth correcting one slip. */
export interface NormaliseOptions {
  /** Extra spellings (consulted before the shared text-speak). */
  spellings?: ReadonlyMap<string, string>;
  /** Long words a single typo away from which are corrected to them. */
  fuzzyTargets?: readonly string[];
  /** Real words one slip from a target, never "corrected". */
  fuzzyExceptions?: ReadonlySet<string>;
}

function corrector(options: NormaliseOptions): (token: string) => string {
  const targets = options.fuzzyTargets ?? [];
  const targetSet = new Set(targets);
  const exceptions = options.fuzzyExceptions ?? new Set<string>();
  return (token) => {
    const mapped = options.spellings?.get(token) ?? TEXT_SPEAK.get(token);
    if (mapped !== undefined) return mapped;
    if (token.length < 8 || targetSet.has(token) || exceptions.has(token)) return token;
    for (const target of targets) {
      if (withinOneEdit(token, target)) return target;
    }
    return token;
  };
}

function cap(text: string): string {
  if (text.length <= MAX_CHARS) return text;
  const half = MAX_CHARS / 2;
  return `${text.slice(0, half)}\n${text.slice(-half)}`;
}

/**
 * Normalises a chat message for language rules (safeguarding triage, guidance retrieval): emoji
 * that stand for words, accents and invisible marks, contractions, text-speak, punctuation as
 * clause and sentence breaks. Never throws: anything that is not a string is an empty message.
 */
export function normaliseMessage(input: unknown, options: NormaliseOptions = {}): NormalisedMessage {
  const correctToken = corrector(options);
  const raw = typeof input === 'string' ? cap(input) : '';
  const command = COMMAND_START.test(raw);

  let text = raw;
  for (const [pattern, word] of EMOJI_WORDS) text = text.replace(pattern, word);
  text = text
    .normalize('NFKD')
    // A line break before a lower-case word is wrapping ("dad is hitting\nhim"), not a new sentence.
    // (No leading [ \t]* here: on a long run of spaces it would backtrack quadratically.)
    .replace(/(?:\r\n?|\n)[ \t]*(?=[a-z])/g, ' ')
    // Accents, zero-width joiners and other invisible marks would split words ("k\u200Bill").
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032\u00B4`\u02BC]/g, "'")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  text = text
    // A decimal point or time ("7.30pm") is not a sentence end.
    .replace(/(\d)[.:](\d)/g, '$1 $2')
    .replace(/&/g, ' and ')
    // Text-speak "scared 2 go home", "going 2 kill": a lone 2 before a verb is "to".
    .replace(/\b2 (?=(?:go|be|get|do|say|tell|see|come|kill|hurt|die|jump|end)\b)/g, 'to ')
    .replace(/[.!?;\n]+/g, ' | ')
    .replace(/,+/g, ' , ')
    .replace(/[^a-z0-9|, ]+/g, ' ');

  const words: string[] = [];
  for (const token of text.split(' ')) {
    if (token === '') continue;
    if (token === '|' && (words.length === 0 || words[words.length - 1] === '|')) continue;
    if (token.length > MAX_TOKEN) {
      for (let i = 0; i < token.length; i += MAX_TOKEN) words.push(token.slice(i, i + MAX_TOKEN));
      continue;
    }
    words.push(correctToken(token));
  }
  while (words.length > 0 && words[words.length - 1] === '|') words.pop();

  const normalised = words.join(' ');
  const breaks: number[] = [];
  for (let i = normalised.indexOf('|'); i !== -1; i = normalised.indexOf('|', i + 1)) breaks.push(i);
  return { text: normalised, breaks, command };
}
