/**
 * Features for the learned triage classifier, read from a message already normalised for triage
 * (lower-case words, ` , ` clause and ` | ` sentence breaks): word unigrams and bigrams within a
 * sentence, and character 3- to 5-grams inside each word (which carry typos, text-speak and word
 * forms the word features miss). Each feature is hashed into a fixed number of buckets, so the
 * model needs no vocabulary; each of the two groups is scaled to unit length so a long message
 * does not outweigh a short one.
 */

import {
  GENERIC_FRAME,
  HISTORIC,
  HYPOTHETICAL_FRAME,
  IMMINENT,
  IMMINENT_STRONG,
  NOW_LOOSE,
  NOW_STRICT,
  PAST_OR_HABIT,
  QUESTION_FRAME,
  SCENARIO,
  SPECIFIC,
  TOPIC_TALK,
} from '../message-frames.ts';

// The triage's own readings of time, frame and specificity, as features: the classifier learns how
// much each counts ("tonight", "what should I do if", "in the past", "my pupil").
const FRAMES: readonly RegExp[] = [
  GENERIC_FRAME,
  HISTORIC,
  HYPOTHETICAL_FRAME,
  IMMINENT,
  IMMINENT_STRONG,
  NOW_LOOSE,
  NOW_STRICT,
  PAST_OR_HABIT,
  QUESTION_FRAME,
  SCENARIO,
  SPECIFIC,
  TOPIC_TALK,
];
const FRAME_VALUE = 0.5;

/** log2 of the number of feature buckets. */
export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

// Words read in one vector: more than any message the model learnt from (most are under 40
// words); a longer message is also read in windows of a few sentences (see `featureWindows`).
const MAX_WORDS = 150;
const CHAR_GRAM_MIN = 3;
const CHAR_GRAM_MAX = 5;
// Words this long are noise (URLs, keyboard mash); their character grams would only add weight.
const MAX_WORD_CHARS = 24;

/** 32-bit FNV-1a of a string, seeded with a group tag. */
function hash(tag: number, text: string): number {
  let h = (0x811c9dc5 ^ tag) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const WORD = 1;
const BIGRAM = 2;
const CHARS = 3;
const FRAME = 4;
const NEGATED = 5;

const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'nobody',
  'nothing',
  'without',
  'denies',
  'denied',
]);
const NEGATION_REACH = 3;

/** A sparse feature vector: bucket indices and their values (an index may repeat; values add). */
export interface SparseVector {
  indices: Uint32Array;
  values: Float32Array;
}

/** Sentences of a normalised message as arrays of words (commas dropped, breaks as boundaries). */
export function sentencesOf(normalised: string): string[][] {
  const sentences: string[][] = [[]];
  for (const token of normalised.split(' ')) {
    if (token === '') continue;
    if (token === '|') {
      if ((sentences[sentences.length - 1] as string[]).length > 0) sentences.push([]);
      continue;
    }
    if (token === ',') continue;
    (sentences[sentences.length - 1] as string[]).push(token);
  }
  return sentences.filter((s) => s.length > 0);
}

/** The features of some sentences (at most MAX_WORDS words are read). */
export function featuresOf(sentences: readonly (readonly string[])[], maxWords = MAX_WORDS): SparseVector {
  const wordFeatures = new Set<number>();
  const charFeatures = new Set<number>();
  let read = 0;
  outer: for (const sentence of sentences) {
    let previous = '<s>';
    let negated = 0;
    for (const word of sentence) {
      if (read++ >= maxWords) break outer;
      wordFeatures.add(hash(WORD, word) & MASK);
      // "never hit her", "not in danger": the few words after a negation are also read as negated.
      if (negated > 0) {
        wordFeatures.add(hash(NEGATED, word) & MASK);
        negated -= 1;
      }
      if (NEGATIONS.has(word)) negated = NEGATION_REACH;
      wordFeatures.add(hash(BIGRAM, `${previous} ${word}`) & MASK);
      previous = word;
      if (word.length > MAX_WORD_CHARS) continue;
      // Every 3- to 5-gram of " word ", each hashed as the earlier ones are extended.
      const padded = ` ${word} `;
      for (let i = 0; i + CHAR_GRAM_MIN <= padded.length; i++) {
        let h = (0x811c9dc5 ^ CHARS) >>> 0;
        const end = Math.min(padded.length, i + CHAR_GRAM_MAX);
        for (let j = i; j < end; j++) {
          h = Math.imul(h ^ padded.charCodeAt(j), 0x01000193);
          if (j - i + 1 >= CHAR_GRAM_MIN) charFeatures.add((h >>> 0) & MASK);
        }
      }
    }
    wordFeatures.add(hash(BIGRAM, `${previous} </s>`) & MASK);
  }
  const text = sentences
    .map((sentence) => sentence.join(' '))
    .join(' | ')
    .split(' ', maxWords)
    .join(' ');
  const frames: number[] = [];
  FRAMES.forEach((frame, i) => {
    if (frame.test(text)) frames.push(hash(FRAME, String(i)) & MASK);
  });
  const size = wordFeatures.size + charFeatures.size + frames.length;
  const indices = new Uint32Array(size);
  const values = new Float32Array(size);
  let k = 0;
  const wordValue = wordFeatures.size > 0 ? 1 / Math.sqrt(wordFeatures.size) : 0;
  const charValue = charFeatures.size > 0 ? 1 / Math.sqrt(charFeatures.size) : 0;
  for (const index of wordFeatures) {
    indices[k] = index;
    values[k++] = wordValue;
  }
  for (const index of charFeatures) {
    indices[k] = index;
    values[k++] = charValue;
  }
  for (const index of frames) {
    indices[k] = index;
    values[k++] = FRAME_VALUE;
  }

  return { indices, values };
}

// A message of several sentences is also read a sentence at a time and a few sentences at a
// time: the worrying sentence of a long message is otherwise diluted by everything around it.
const WINDOW_SIZES = [1, 3];
const MAX_WINDOWS_PER_SIZE = 12;
// A window is a sentence or three, not a pasted page: words beyond this are not read in it.
const WINDOW_WORDS = 80;
// Messages of up to this many sentences are read whole only: short messages are what the model was
// trained on, and their parts read alone lose the context that makes them ordinary.
export const WHOLE_UP_TO = 3;

/**
 * The feature vectors a message is scored on: the whole message and, for a message of more than
 * WHOLE_UP_TO sentences, each sentence and each run of three consecutive sentences (at most
 * MAX_WINDOWS_PER_SIZE of each, spread over the message), so the cost stays bounded for any input.
 */
export function featureWindows(normalised: string): SparseVector[] {
  const sentences = sentencesOf(normalised);
  const windows = [featuresOf(sentences)];
  if (sentences.length <= WHOLE_UP_TO) return windows;
  for (const size of WINDOW_SIZES) {
    if (sentences.length <= size) continue;
    const starts = sentences.length - size + 1;
    const step = Math.max(1, Math.ceil(starts / MAX_WINDOWS_PER_SIZE));
    for (let start = 0; start < starts; start += step) {
      windows.push(featuresOf(sentences.slice(start, start + size), WINDOW_WORDS));
    }
    // The last sentences always: a message often ends with what it is about.
    if ((starts - 1) % step !== 0) windows.push(featuresOf(sentences.slice(starts - 1), WINDOW_WORDS));
  }
  return windows;
}
