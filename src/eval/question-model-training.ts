/**
 * Training the question classifier (src/core/guidance/question-model.ts): multinomial logistic
 * regression with L2, by AdaGrad over shuffled examples. Deterministic for a given seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';
import type { Article } from '../core/guidance/article.ts';
import { questionFeatures } from '../core/guidance/question-features.ts';
import { NOT_COVERED, QuestionModel, type QuestionModelParts } from '../core/guidance/question-model.ts';
import type { WordVectors } from '../core/guidance/word-vectors.ts';
import { redactPersonalData } from '../core/privacy/index.ts';

export interface TrainingExample {
  text: string;
  /** Article id, or null for "not covered". */
  topic: string | null;
  /** How much the example counts (article titles and headings less than real questions). */
  weight?: number;
}

export interface TrainingOptions {
  epochs?: number;
  l2?: number;
  rate?: number;
  seed?: number;
}

/**
 * The examples an article gives about itself: its title, section headings and alternative
 * questions. The title counts three times: with thousands of corpus questions spread over close
 * articles (seven on the lead professional), a title's own wording ("Who can be a lead
 * professional?") must still win its article (docs/evaluation.md, round 4).
 */
export function articleExamples(
  articles: Article[],
  headingWeight = 0.7,
  titleWeight = 3,
): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const a of articles) {
    out.push({ text: a.title, topic: a.id, weight: titleWeight });
    for (const s of a.sections.slice(1)) out.push({ text: s.heading, topic: a.id, weight: headingWeight });
    for (const q of a.questions ?? []) out.push({ text: q, topic: a.id });
  }
  return out;
}

const trainingDir = fileURLToPath(new URL('../knowledge/training/', import.meta.url));

/** The training corpus: every `*.json` file of `{ text, topic }` items in the training folder. */
export function readTrainingCorpus(knownIds: Set<string>): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const file of readdirSync(trainingDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const items = JSON.parse(readFileSync(`${trainingDir}${file}`, 'utf8')) as TrainingExample[];
    for (const item of items) {
      if (typeof item.text !== 'string' || (item.topic !== null && !knownIds.has(item.topic))) {
        throw new Error(`${file}: an item with an unknown topic (${String(item.topic)})`);
      }
      out.push({ text: item.text, topic: item.topic });
    }
  }
  return out;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains a model; classes are the examples' topics plus "not covered". */
export function trainQuestionModel(
  examples: TrainingExample[],
  vectors: WordVectors | null,
  options: TrainingOptions = {},
): QuestionModelParts {
  const epochs = options.epochs ?? 30;
  const l2 = options.l2 ?? 1e-4;
  const rate = options.rate ?? 0.3;
  const classes = [...new Set(examples.map((e) => e.topic ?? NOT_COVERED))].sort();
  if (!classes.includes(NOT_COVERED)) classes.push(NOT_COVERED);
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const featureIndex = new Map<string, number>();
  const rows = examples.map((e) => {
    // The privacy guard runs before retrieval, so the model learns from what it will be given.
    const { values } = questionFeatures(redactPersonalData(e.text).text, stemmer, vectors);
    const ids: number[] = [];
    const xs: number[] = [];
    for (const [name, v] of values) {
      let f = featureIndex.get(name);
      if (f === undefined) {
        f = featureIndex.size;
        featureIndex.set(name, f);
      }
      ids.push(f);
      xs.push(v);
    }
    return { ids, xs, y: classIndex.get(e.topic ?? NOT_COVERED) as number, weight: e.weight ?? 1 };
  });
  const k = classes.length;
  const d = featureIndex.size;
  const w = new Float32Array(d * k);
  const g2 = new Float32Array(d * k).fill(1e-6);
  const bias = new Float32Array(k);
  const b2 = new Float32Array(k).fill(1e-6);
  const random = mulberry32(options.seed ?? 7);
  const order = rows.map((_, i) => i);
  const logits = new Float64Array(k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const r of order) {
      const row = rows[r];
      if (!row) continue;
      logits.set(bias);
      for (let n = 0; n < row.ids.length; n++) {
        const off = (row.ids[n] as number) * k;
        const x = row.xs[n] as number;
        for (let c = 0; c < k; c++) logits[c] = (logits[c] as number) + (w[off + c] as number) * x;
      }
      let max = Number.NEGATIVE_INFINITY;
      for (const l of logits) max = Math.max(max, l);
      let sum = 0;
      for (let c = 0; c < k; c++) {
        logits[c] = Math.exp((logits[c] as number) - max);
        sum += logits[c] as number;
      }
      for (let c = 0; c < k; c++) {
        const err = ((logits[c] as number) / sum - (c === row.y ? 1 : 0)) * row.weight;
        b2[c] = (b2[c] as number) + err * err;
        bias[c] = (bias[c] as number) - (rate * err) / Math.sqrt(b2[c] as number);
        for (let n = 0; n < row.ids.length; n++) {
          const idx = (row.ids[n] as number) * k + c;
          const grad = err * (row.xs[n] as number) + l2 * (w[idx] as number);
          g2[idx] = (g2[idx] as number) + grad * grad;
          w[idx] = (w[idx] as number) - (rate * grad) / Math.sqrt(g2[idx] as number);
        }
      }
    }
  }
  return { classes, features: [...featureIndex.keys()], weights: w, bias };
}

/** A model straight from trained parts (full precision), for experiments and tests. */
export function modelFromParts(parts: QuestionModelParts): QuestionModel {
  return new QuestionModel(
    parts.classes,
    parts.features,
    parts.weights,
    new Float32Array(parts.features.length).fill(1),
    parts.bias,
  );
}
