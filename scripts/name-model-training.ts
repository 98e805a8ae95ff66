// Training for the identifier guard's name model (src/core/privacy/name-model.ts): an averaged
// perceptron over each word's features. Used by scripts/train-name-model.ts (which writes the
// shipped weights) and scripts/cross-validate-names.ts (which measures models trained on part of
// the data). Deterministic: the same messages give the same weights.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isCandidate, modelTokens, tokenFeatures } from '../src/core/privacy/name-model.ts';

export interface Labelled {
  text: string;
  set?: string;
  spans: { text: string; kind: string }[];
}

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Every training file: `training/identifiers*.json`, in name order. */
export function trainingFiles(): string[] {
  return readdirSync(here('../training'))
    .filter((name) => /^identifiers.*\.json$/.test(name))
    .sort()
    .map((name) => `training/${name}`);
}

/** The items of a file relative to the repository root (never the check half of eval/identifiers). */
export function readLabelled(path: string): Labelled[] {
  if (/check\.json$/.test(path)) throw new Error('The check half is never used for training.');
  return JSON.parse(readFileSync(here(`../${path}`), 'utf8')) as Labelled[];
}

export interface TrainedModel {
  /** `feature<TAB>weight` lines, sorted, zero weights left out. */
  lines: string[];
  words: number;
  nameWords: number;
}

/** Trains the name model on `messages` for `epochs` epochs; logs each epoch's mistakes when asked. */
export function trainNameModel(
  messages: readonly Labelled[],
  options: { epochs: number; log?: (line: string) => void },
): TrainedModel {
  // One example per word: its features and whether it lies inside a name span (every occurrence of
  // the span's text counts, as the evaluation counts it).
  const featureIds = new Map<string, number>();
  const idOf = (feature: string) => {
    let id = featureIds.get(feature);
    if (id === undefined) {
      id = featureIds.size;
      featureIds.set(feature, id);
    }
    return id;
  };
  const examples: { features: number[]; name: boolean }[] = [];
  for (const message of messages) {
    const text = message.text;
    const inName = new Array<boolean>(text.length).fill(false);
    for (const span of message.spans) {
      if (span.kind !== 'name' || span.text.length === 0) continue;
      for (let at = text.indexOf(span.text); at !== -1; at = text.indexOf(span.text, at + 1)) {
        for (let k = at; k < at + span.text.length; k += 1) inName[k] = true;
      }
    }
    const tokens = modelTokens(text);
    for (const [i, token] of tokens.entries()) {
      if (!isCandidate(token)) continue;
      examples.push({
        features: tokenFeatures(text, tokens, i).map(idOf),
        name: inName.slice(token.start, token.end).some(Boolean),
      });
    }
  }

  // Averaged perceptron, examples in a fixed shuffled order per epoch (seeded, so a rebuild gives
  // the same weights).
  const w = new Float64Array(featureIds.size);
  const u = new Float64Array(featureIds.size);
  let seed = 20261204;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  let c = 1;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let mistakes = 0;
    for (const index of order) {
      const example = examples[index] as { features: number[]; name: boolean };
      const y = example.name ? 1 : -1;
      let score = 0;
      for (const f of example.features) score += w[f] as number;
      if (y * score <= 0) {
        mistakes += 1;
        for (const f of example.features) {
          w[f] = (w[f] as number) + y;
          u[f] = (u[f] as number) + y * c;
        }
      }
      c += 1;
    }
    options.log?.(`epoch ${epoch + 1}: ${mistakes} mistakes of ${examples.length}`);
  }

  const lines: string[] = [];
  for (const [feature, id] of featureIds) {
    const value = (w[id] as number) - (u[id] as number) / c;
    const rounded = Math.round(value * 1000) / 1000;
    if (rounded !== 0 && !feature.includes('\n') && !feature.includes('\t'))
      lines.push(`${feature}\t${rounded}`);
  }
  lines.sort();
  return { lines, words: examples.length, nameWords: examples.filter((e) => e.name).length };
}
