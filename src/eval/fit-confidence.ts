/**
 * Fits the guidance confidence models (src/core/guidance/confidence.ts) on the TUNING half of the
 * guidance evaluation set, never the check half: a logistic regression of "the best article is one
 * the question expects" on the features of the best match. Prints the coefficients to paste into
 * CONFIDENCE_MODELS, and the tuning figures at a few thresholds.
 *
 *   npx tsx src/eval/fit-confidence.ts
 */
import { pathToFileURL } from 'node:url';
import { type ConfidenceFeatures, confidenceFeatures } from '../core/guidance/confidence.ts';
import { KnowledgeIndex } from '../core/guidance/knowledge-index.ts';
import { loadKnowledgeBase } from '../core/guidance/load-knowledge-base.ts';
import { redactPersonalData } from '../core/privacy/index.ts';
import type { GuidanceItem } from './guidance-eval.ts';
import { readHalf } from './run-eval.ts';

export const names: (keyof ConfidenceFeatures)[] = [
  'score',
  'margin',
  'runnerUpRatio',
  'questionMatch',
  'semanticMatch',
  'titleCoverage',
  'foreignShare',
  'localArrangement',
  'knownWeight',
  'agreement',
  'signalLead',
  'classifier',
  'classifierLead',
  'notCovered',
];

/** L2-regularised logistic regression on standardised features, by gradient descent. */
export function fitLogistic(rows: number[][], labels: number[], lambda = 0.01, steps = 30000) {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + (r[j] ?? 0), 0) / n);
  const sd = Array.from(
    { length: d },
    (_, j) => Math.sqrt(rows.reduce((s, r) => s + ((r[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / n) || 1,
  );
  const z = rows.map((r) => r.map((x, j) => (x - (mean[j] ?? 0)) / (sd[j] ?? 1)));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(d).fill(0);
    let gb = 0;
    z.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-(b + x.reduce((s, v, j) => s + v * (w[j] ?? 0), 0))));
      const e = p - (labels[i] ?? 0);
      gb += e;
      x.forEach((v, j) => {
        grad[j] = (grad[j] ?? 0) + e * v;
      });
    });
    for (let j = 0; j < d; j++) w[j] = (w[j] ?? 0) - 0.5 * ((grad[j] ?? 0) / n + lambda * (w[j] ?? 0));
    b -= (0.5 * gb) / n;
  }
  // Back to the raw features' scale.
  const weights = w.map((x, j) => x / (sd[j] ?? 1));
  const bias = b - w.reduce((s, x, j) => s + (x * (mean[j] ?? 0)) / (sd[j] ?? 1), 0);
  return { weights, bias };
}

const classifierOnly = new Set<keyof ConfidenceFeatures>(['classifier', 'classifierLead', 'notCovered']);
/**
 * With the classifier, fewer features: the others added nothing in five-fold cross-validation
 * on the tuning half and a model of 250 questions should not carry more than it needs.
 */
export const classifierNames: (keyof ConfidenceFeatures)[] = [
  'score',
  'margin',
  'foreignShare',
  'localArrangement',
  'knownWeight',
  'classifier',
  'classifierLead',
  'notCovered',
];

function fitModel(mode: 'classifier' | 'vectors' | 'words') {
  const index = new KnowledgeIndex(
    loadKnowledgeBase().articles,
    mode === 'words' ? { vectors: null, model: null } : mode === 'vectors' ? { model: null } : {},
  );
  const used = mode === 'classifier' ? classifierNames : names.filter((k) => !classifierOnly.has(k));
  const rows: number[][] = [];
  const labels: number[] = [];
  for (const item of readHalf<GuidanceItem>('guidance', 'tuning')) {
    const outcome = index.find(redactPersonalData(item.q).text, 6);
    const features = confidenceFeatures(outcome);
    if (!features) continue;
    const accepted = item.expect ? [item.expect, ...(item.also ?? [])] : [];
    rows.push(used.map((k) => features[k]));
    labels.push(accepted.includes(outcome.matches[0]?.article.id ?? '') ? 1 : 0);
  }
  const { weights, bias } = fitLogistic(rows, labels);
  const round = (x: number) => Math.round(x * 100) / 100;
  process.stdout.write(`  ${mode}: {\n    bias: ${round(bias)},\n`);
  names.forEach((k) => {
    const j = used.indexOf(k);
    process.stdout.write(`    ${k}: ${j >= 0 ? round(weights[j] ?? 0) : 0},\n`);
  });
  process.stdout.write('  },\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const only = process.argv[2] as 'classifier' | 'vectors' | 'words' | undefined;
  for (const mode of only ? [only] : (['classifier', 'vectors', 'words'] as const)) fitModel(mode);
}
