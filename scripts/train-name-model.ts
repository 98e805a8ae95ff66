// Trains the identifier guard's name model (src/core/privacy/name-model.ts): an averaged
// perceptron over each word's features, on the labelled messages in training/identifiers.json
// and the tuning half of eval/identifiers (never the check half). Writes the weights into
// src/core/privacy/name-model-weights.ts, so nothing is loaded at run time.
//   npx tsx scripts/train-name-model.ts              train on both, write the weights
//   npx tsx scripts/train-name-model.ts --hold-out   train on the training file only (to measure
//                                                    on the tuning half), write the weights
//   --epochs N, --threshold X                         change the defaults (12, 0)

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isCandidate, modelTokens, ruledNames, tokenFeatures } from '../src/core/privacy/name-model.ts';
import { detectNames } from '../src/core/privacy/names.ts';

interface Labelled {
  text: string;
  spans: { text: string; kind: string }[];
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const holdOut = args.includes('--hold-out');
const epochs = option('--epochs', 12);
const threshold = option('--threshold', 4);
const vocabularyMargin = option('--vocabulary-margin', 6);
const unlistedMargin = option('--unlisted-margin', 6);

// --fold K: leave out the messages whose position is K modulo 2, to measure on them.
const fold = option('--fold', -1);
// The tuning half is written the way the evaluation is; its messages count this many times.
const tuningWeight = option('--tuning-weight', 3);
const read = (relative: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8')) as Labelled[];
const sources = ['../training/identifiers.json', ...(holdOut ? [] : ['../eval/identifiers/tuning.json'])];
const tuning = holdOut ? [] : read('../eval/identifiers/tuning.json').filter((_, i) => i % 2 !== fold);
const messages = [
  ...read('../training/identifiers.json').filter((_, i) => i % 2 !== fold),
  ...Array.from({ length: tuningWeight }, () => tuning).flat(),
];

// One example per word: its features and whether it lies inside a name span (every occurrence of
// the span's text counts, as the evaluation counts it).
interface Example {
  features: number[];
  name: boolean;
}
const featureIds = new Map<string, number>();
const idOf = (feature: string) => {
  let id = featureIds.get(feature);
  if (id === undefined) {
    id = featureIds.size;
    featureIds.set(feature, id);
  }
  return id;
};
const examples: Example[] = [];
for (const message of messages) {
  const text = message.text;
  const inName = new Array<boolean>(text.length).fill(false);
  for (const span of message.spans) {
    if (span.kind !== 'name') continue;
    for (let at = text.indexOf(span.text); at !== -1; at = text.indexOf(span.text, at + 1)) {
      for (let k = at; k < at + span.text.length; k += 1) inName[k] = true;
    }
  }
  const tokens = modelTokens(text);
  // The same context the guard gives the model: names the capital-letter rules found.
  const ruled = ruledNames(tokens, detectNames(text));
  for (const [i, token] of tokens.entries()) {
    if (!isCandidate(token)) continue;
    examples.push({
      features: tokenFeatures(text, tokens, i, ruled).map(idOf),
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
for (let epoch = 0; epoch < epochs; epoch += 1) {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  let mistakes = 0;
  for (const index of order) {
    const example = examples[index] as Example;
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
  console.log(`epoch ${epoch + 1}: ${mistakes} mistakes of ${examples.length}`);
}

const lines: string[] = [];
for (const [feature, id] of featureIds) {
  const value = (w[id] as number) - (u[id] as number) / c;
  const rounded = Math.round(value * 1000) / 1000;
  if (rounded !== 0 && !feature.includes('\n') && !feature.includes('\t'))
    lines.push(`${feature}\t${rounded}`);
}
lines.sort();

const names = examples.filter((e) => e.name).length;
const out = fileURLToPath(new URL('../src/core/privacy/name-model-weights.ts', import.meta.url));
writeFileSync(
  out,
  `// Generated by scripts/train-name-model.ts: do not edit by hand. Trained on ${messages.length} labelled
// messages (${sources.map((s) => s.replace('../', '')).join(', ')}), ${examples.length} words of which ${names} are
// parts of names; ${epochs} epochs of an averaged perceptron; ${lines.length} non-zero weights.

/** The name model: a word is part of a name when its features' weights sum above \`threshold\`. */
export const NAME_MODEL: {
  threshold: number;
  vocabularyMargin: number;
  unlistedMargin: number;
  weights: string;
} = {
  threshold: ${threshold},
  vocabularyMargin: ${vocabularyMargin},
  unlistedMargin: ${unlistedMargin},
  weights: ${JSON.stringify(lines.join('\n'))},
};
`,
);
execFileSync('npx', ['biome', 'format', '--write', out], { stdio: 'ignore' });
console.log(`${lines.length} weights, ${examples.length} words (${names} in names) -> ${out}`);
