/**
 * Guidance answers measured on a set of questions the shipped model may or may not have trained
 * on: a file of `[{ text, topic, register }]` (a training corpus file, or a fresh set kept aside).
 *
 *   npx tsx src/eval/guidance-dev.ts FILE              the shipped pipeline on FILE, per register
 *   npx tsx src/eval/guidance-dev.ts FILE --cv 5       cross-validated: the classifier is trained
 *                                                      on everything but one fold of FILE (which
 *                                                      must be in src/knowledge/training/) and
 *                                                      measured on that fold, for every fold
 *
 * Options: `--min 0.85` another answer threshold; `--verbose` lists the failures of the shipped
 * pipeline; `--fold N --verbose` trains for one fold only
 * and lists its failures; `--confidence` also refits the confidence on the out-of-fold features
 * and the tuning half (nested: each fold is answered with a confidence fitted without it), prints
 * right and wrong answers at a few thresholds (DEV_THRESHOLDS=0.85,0.9) for the shipped and the
 * refitted confidence (DEV_VARIANTS=shipped,refit,all), and the coefficients fitted on every row,
 * to paste into src/core/guidance/confidence.ts. The check half of the evaluation is refused.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config.ts';
import { GuidanceService } from '../core/guidance/answer-question.ts';
import type { Article } from '../core/guidance/article.ts';
import {
  CONFIDENCE_MODELS,
  type ConfidenceFeatures,
  confidenceFeatures,
} from '../core/guidance/confidence.ts';
import { KnowledgeIndex } from '../core/guidance/knowledge-index.ts';
import { loadKnowledgeBase } from '../core/guidance/load-knowledge-base.ts';
import { shippedWordVectors } from '../core/guidance/load-word-vectors.ts';
import { encodeQuestionModel, readQuestionModel } from '../core/guidance/question-model.ts';
import { redactPersonalData } from '../core/privacy/index.ts';
import { names as allNames, classifierNames, fitLogistic } from './fit-confidence.ts';
import type { GuidanceItem } from './guidance-eval.ts';
import { scoreGuidance } from './guidance-eval.ts';
import { trainingSettings } from './question-model-settings.ts';
import { articleExamples, readTrainingCorpus, trainQuestionModel } from './question-model-training.ts';
import { readHalf, table } from './run-eval.ts';

/** One question of a development or training file. */
export interface DevItem {
  text: string;
  topic: string | null;
  register?: string;
  /** A second article that answers it equally well. */
  also?: string | string[];
}

/** The evaluation's register names for the spellings a corpus may use. */
function registerOf(item: DevItem): GuidanceItem['register'] {
  if (item.topic === null) return 'not-covered';
  const r = (item.register ?? '').toLowerCase();
  if (r.startsWith('role')) return 'role';
  if (r.startsWith('ident') || r.startsWith('pii') || r.includes('identifier')) return 'identifiers';
  if (r.startsWith('formal')) return 'formal';
  return 'informal';
}

export function devItems(items: DevItem[]): GuidanceItem[] {
  return items.map((i) => ({
    q: i.text,
    expect: i.topic,
    register: registerOf(i),
    ...(i.also ? { also: Array.isArray(i.also) ? i.also : [i.also] } : {}),
  }));
}

/** Fold of each item: items of one topic spread over the folds in turn. */
export function foldsOf(items: DevItem[], k: number): number[] {
  const seen = new Map<string, number>();
  return items.map((i) => {
    const key = `${i.topic ?? ''}|${registerOf(i)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return (n + key.length) % k;
  });
}

const minConfidence = () => {
  const i = process.argv.indexOf('--min');
  return i >= 0 ? Number(process.argv[i + 1]) : loadConfig({}).guidance.minConfidence;
};

function service(index: KnowledgeIndex, min = minConfidence()): GuidanceService {
  return new GuidanceService(index, { minConfidence: min, emergency: {} });
}

function print(
  title: string,
  items: GuidanceItem[],
  svc: GuidanceService | ((i: number) => GuidanceService),
) {
  // scoreGuidance reads one service; with folds each item has its own.
  const verbose = process.argv.includes('--verbose');
  const report = typeof svc === 'function' ? undefined : scoreGuidance(svc, items, 'tuning', verbose);
  const rows = report ? report.rows : scoreWithFolds(items, svc as (i: number) => GuidanceService);
  process.stdout.write(`\n== ${title} ==\n${table(rows)}\n`);
  if (report?.failures) process.stdout.write(`${report.failures.join('\n')}\n`);
}

function scoreWithFolds(items: GuidanceItem[], svcOf: (i: number) => GuidanceService) {
  // A service per item, judged item by item, then tallied by scoreGuidance's own rules through a
  // stand-in service that replays the judged replies.
  const replies = items.map((item, i) => svcOf(i).answer(item.q));
  let n = 0;
  const replay = { answer: () => replies[n++] } as unknown as GuidanceService;
  return scoreGuidance(replay, items, 'tuning', false).rows;
}

function trainModel(articles: Article[], exclude: Set<string>) {
  const corpus = readTrainingCorpus(new Set(articles.map((a) => a.id))).filter(
    (e) => !exclude.has(`${e.topic}|${e.text}`),
  );
  const parts = trainQuestionModel(
    [...articleExamples(articles), ...corpus],
    shippedWordVectors(),
    trainingSettings,
  );
  return readQuestionModel(encodeQuestionModel(parts));
}

interface Row {
  features: ConfidenceFeatures;
  label: number;
}

function featureRow(index: KnowledgeIndex, item: GuidanceItem): Row | undefined {
  const outcome = index.find(redactPersonalData(item.q).text, 6);
  const f = confidenceFeatures(outcome);
  if (!f || !outcome.classified || outcome.matches[0]?.classifierProbability === undefined) return undefined;
  const accepted = item.expect ? [item.expect] : [];
  return {
    features: f,
    label: accepted.includes(outcome.matches[0]?.article.id ?? '') ? 1 : 0,
  };
}

type Fit = { weights: number[]; bias: number; used: (keyof ConfidenceFeatures)[] };

function fitRows(rows: Row[], used: (keyof ConfidenceFeatures)[]): Fit {
  const fit = fitLogistic(
    rows.map((r) => used.map((k) => r.features[k])),
    rows.map((r) => r.label),
  );
  return { ...fit, used };
}

function setClassifierModel({ weights, bias, used }: Fit) {
  const model = CONFIDENCE_MODELS.classifier;
  for (const k of Object.keys(model) as (keyof ConfidenceFeatures | 'bias')[]) model[k] = 0;
  model.bias = bias;
  used.forEach((k, j) => {
    model[k] = weights[j] ?? 0;
  });
}

async function main() {
  const file = process.argv[2];
  if (!file || file.startsWith('--')) {
    process.stderr.write('usage: npx tsx src/eval/guidance-dev.ts FILE [--cv K] [--min X] [--confidence]\n');
    process.exitCode = 2;
    return;
  }
  if (/eval[\\/]guidance[\\/]check/.test(file)) {
    process.stderr.write('the check half is only run for its figures, by `npm run eval`\n');
    process.exitCode = 2;
    return;
  }
  const raw = JSON.parse(readFileSync(file, 'utf8')) as DevItem[];
  const items = devItems(raw);
  const articles = loadKnowledgeBase().articles;
  const cvAt = process.argv.indexOf('--cv');
  if (cvAt < 0) {
    print(`${basename(file)}: shipped pipeline`, items, service(new KnowledgeIndex(articles)));
    return;
  }
  const k = Number(process.argv[cvAt + 1] ?? 5);
  const folds = foldsOf(raw, k);
  const indexes: KnowledgeIndex[] = [];
  const onlyAt = process.argv.indexOf('--fold');
  if (onlyAt >= 0) {
    // One fold only, its failures listed: a quick look while developing.
    const f = Number(process.argv[onlyAt + 1]);
    const exclude = new Set(raw.filter((_, i) => folds[i] === f).map((i) => `${i.topic}|${i.text}`));
    const svc = service(new KnowledgeIndex(articles, { model: trainModel(articles, exclude) }));
    const held = items.filter((_, i) => folds[i] === f);
    const report = scoreGuidance(svc, held, 'tuning', true);
    process.stdout.write(`\n== fold ${f} of ${k} ==\n${table(report.rows)}\n`);
    if (process.argv.includes('--verbose')) process.stdout.write(`${report.failures?.join('\n')}\n`);
    return;
  }
  for (let f = 0; f < k; f++) {
    const started = Date.now();
    const exclude = new Set(raw.filter((_, i) => folds[i] === f).map((i) => `${i.topic}|${i.text}`));
    indexes.push(new KnowledgeIndex(articles, { model: trainModel(articles, exclude) }));
    process.stderr.write(`fold ${f + 1}/${k} trained in ${Date.now() - started} ms\n`);
  }
  const svcs = indexes.map((ix) => service(ix));
  print(
    `${basename(file)}: ${k}-fold cross-validated`,
    items,
    (i) => svcs[folds[i] as number] as GuidanceService,
  );

  if (!process.argv.includes('--confidence')) return;
  // Out-of-fold features of every item, and the tuning half's (which no model trained on).
  const tuning = readHalf<GuidanceItem>('guidance', 'tuning');
  const rows = items.map((item, i) => featureRow(indexes[folds[i] as number] as KnowledgeIndex, item));
  const tuningRows = tuning.map((item) => featureRow(indexes[0] as KnowledgeIndex, item));
  const shipped = { ...CONFIDENCE_MODELS.classifier };
  const foldFits = (used: (keyof ConfidenceFeatures)[]) =>
    Array.from({ length: k }, (_, f) =>
      fitRows(
        [...rows.filter((_, i) => folds[i] !== f), ...tuningRows].filter((r): r is Row => !!r),
        used,
      ),
    );
  const variants = (process.env.DEV_VARIANTS ?? 'shipped,refit,all').split(',');
  const fits = foldFits(classifierNames);
  const fitsAll = foldFits(allNames);
  const sweep = (label: string, setModel: (fold: number) => void) => {
    for (const min of (process.env.DEV_THRESHOLDS ?? '0.8,0.85,0.9,0.95').split(',').map(Number)) {
      const svcs = indexes.map((ix) => service(ix, min));
      const replies = items.map((item, i) => {
        const f = folds[i] as number;
        setModel(f);
        return (svcs[f] as GuidanceService).answer(item.q);
      });
      let n = 0;
      const replay = { answer: () => replies[n++] } as unknown as GuidanceService;
      const report = scoreGuidance(replay, items, 'tuning', false).rows;
      const figure = (row: string, col: string) =>
        report.find((r) => r.label.trim() === row)?.values[col] ?? '-';
      const registers = ['formal', 'informal', 'role', 'identifiers']
        .map((r) => `${r} ${figure(r, 'correct %')}`)
        .join(', ');
      process.stdout.write(
        `${label} at ${min}: correct ${figure('covered', 'correct %')}, offer ok ${figure('covered', 'offer ok %')}, wrong (all) ${figure('all', 'wrong %')}, not-covered answered ${figure('not-covered', 'wrong %')}; ${registers}\n`,
      );
    }
  };
  process.stdout.write(`\n== ${basename(file)}: ${k}-fold, answer thresholds ==\n`);
  if (variants.includes('shipped'))
    sweep('shipped confidence', () => Object.assign(CONFIDENCE_MODELS.classifier, shipped));
  if (variants.includes('refit')) sweep('refitted out of fold', (f) => setClassifierModel(fits[f] as Fit));
  if (variants.includes('all'))
    sweep('refitted, all 14 features', (f) => setClassifierModel(fitsAll[f] as Fit));
  Object.assign(CONFIDENCE_MODELS.classifier, shipped);
  const all = [...rows, ...tuningRows].filter((r): r is Row => !!r);
  const round = (x: number) => Math.round(x * 100) / 100;
  for (const used of [classifierNames, allNames]) {
    const fit = fitRows(all, used);
    process.stdout.write(
      `confidence fitted on ${all.length} out-of-fold rows: bias ${round(fit.bias)}, ${used.map((name, j) => `${name} ${round(fit.weights[j] ?? 0)}`).join(', ')}\n`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
