import { type NormalisedQuestion, normaliseQuestion } from '../language/normalise-question.ts';
import { GUIDANCE_SPELLINGS } from './guidance-spellings.ts';
import { expandSynonyms } from './synonyms.ts';
import type { WordVectors } from './word-vectors.ts';

/**
 * The features the question classifier reads, the same at training (scripts) and at answer time:
 * a question's stemmed words and word pairs after the shared normalisation and the abbreviation
 * table, the letter groups of its words (a typo still shares most of them), and the meaning of
 * the whole question as a word-vector sum. Each group is scaled to unit length so a long message
 * does not outweigh a short one.
 */
export interface QuestionFeatures {
  /** Feature name -> value. */
  values: Map<string, number>;
  /** The question's words after normalisation (role prefix and placeholders removed). */
  text: string;
}

/** Word-vector dimensions appear as features named `v0`, `v1`...; scaled by this. */
const vectorScale = 1;
const charScale = 0.6;
const pairScale = 0.7;

/**
 * Dropped before reading: words that say nothing about which article answers (greetings, helper
 * verbs, filler). Question words stay: "who can start" and "when to start" differ.
 */
const filler = new Set([
  ...['a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'to', 'of', 'in'],
  ...['on', 'at', 'for', 'and', 'or', 'it', 'its', 'this', 'that', 'i', 'me', 'my', 'we', 'our'],
  ...['you', 'your', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'hi', 'hello', 'hey'],
  ...['please', 'pls', 'plz', 'thanks', 'thank', 'cheers', 'just', 'really', 'actually', 'so'],
  ...['do', 'does', 'did', 'can', 'could', 'would', 'should', 'will', 'shall', 'might', 'may'],
  ...['have', 'has', 'had', 'get', 'got', 'anyone', 'know', 'quick', 'question', 'q', 'ok', 'okay'],
  ...['um', 'erm', 'hmm', 'lol', 'btw', 'tbh', 'with', 'from', 'by', 'as', 'about', 'there', 'here'],
]);

/** Placeholder kinds the privacy guard leaves, as one token each, so the model can learn to ignore them. */
const placeholderToken = 'zzplaceholder';

function stem(word: string, stemmer: (w: string) => string): string {
  return stemmer(word);
}

/**
 * Features of one question. `stemmer` is the Porter stemmer (passed in so this module stays
 * dependency-light for tests); `vectors` adds the meaning features when given. A question the
 * caller has already normalised (with the guidance spellings) is read as it is.
 */
export function questionFeatures(
  question: string | NormalisedQuestion,
  stemmer: (w: string) => string,
  vectors: WordVectors | null,
): QuestionFeatures {
  const normalised =
    typeof question === 'string' ? normaliseQuestion(question, { spellings: GUIDANCE_SPELLINGS }) : question;
  const text = normalised.text;
  const values = new Map<string, number>();
  if (text.length === 0) return { values, text };
  const surface = text.split(' ').filter((w) => w.length > 0 && !filler.has(w));
  const expanded = expandSynonyms(surface.join(' '), { everyday: true }).text;
  const stems = expanded
    .split(' ')
    .filter((w) => w.length > 0 && !filler.has(w))
    .map((w) => stem(w, stemmer));
  const words = new Set(stems);
  const pairs = new Set<string>();
  const own = surface.map((w) => stem(w, stemmer));
  for (let i = 0; i + 1 < own.length; i++) pairs.add(`${own[i]}_${own[i + 1]}`);
  const chars = new Set<string>();
  for (const w of surface) {
    if (w.length < 3) continue;
    const padded = `^${w}$`;
    for (let n = 3; n <= 4; n++) {
      for (let i = 0; i + n <= padded.length; i++) chars.add(padded.slice(i, i + n));
    }
  }
  const add = (prefix: string, set: Set<string>, scale: number) => {
    if (set.size === 0) return;
    const v = scale / Math.sqrt(set.size);
    for (const f of set) values.set(`${prefix}${f}`, v);
  };
  add('w:', words, 1);
  add('b:', pairs, pairScale);
  add('c:', chars, charScale);
  if (normalised.placeholders.length > 0) values.set(`w:${placeholderToken}`, 0.3);
  if (vectors) {
    const embedded = vectors.embed(surface.map((w) => [w, 1] as const));
    if (embedded) {
      for (let k = 0; k < embedded.length; k++) values.set(`v${k}`, (embedded[k] as number) * vectorScale);
    }
  }
  return { values, text };
}
