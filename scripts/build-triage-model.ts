#!/usr/bin/env -S npx tsx
// Builds src/knowledge/triage/triage-model.bin, the learned half of the safeguarding triage, from
// the training corpus (every .json file in src/core/guidance/triage/training, see its README) and
// the tuning half of the triage evaluation (eval/triage/tuning.json). The check half is never read
// here.
//
//   npx tsx scripts/build-triage-model.ts [--report] [--folds 5] [--max-false-alarm 0.015]
//     [--min-now-recall 0.98] [--max-veto 0.2] [--now-weight 3] [--l2 0.0001] [--iterations 300]
//     [--out path]
//
// Thresholds are chosen on out-of-fold scores: the concern threshold is the lowest at which the
// rules and the classifier together raise at most --max-false-alarm on the messages that must not
// trigger; the danger-now threshold is the highest that keeps --min-now-recall of the danger-now
// messages flagged as danger now. --report prints those out-of-fold figures per source.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assessByRules,
  classifierDefers,
  classifierMayOverturn,
} from '../src/core/guidance/triage/assess-urgency.ts';
import {
  FEATURE_BITS,
  featuresOf,
  type SparseVector,
  sentencesOf,
} from '../src/core/guidance/triage/classifier/features.ts';
import { type Example, trainLogistic } from '../src/core/guidance/triage/classifier/linear-model.ts';
import {
  type ClassifierVerdict,
  classify,
  type TriageModel,
  writeTriageModel,
} from '../src/core/guidance/triage/classifier/triage-model.ts';
import { normaliseForTriage } from '../src/core/guidance/triage/triage-normalise.ts';
import { NEITHER, NOW, TODAY } from '../test/core/guidance/triage/tier-corpus.ts';
import { NOT_URGENT, URGENT } from '../test/core/guidance/triage/urgency-corpus.ts';
import { DEV_QUESTIONS } from '../test/support/dev-questions.ts';

type Tier = 'now' | 'today' | 'none';
type Source = 'training' | 'tuning' | 'dev' | 'guidance';
const SOURCES: readonly Source[] = ['training', 'tuning', 'dev', 'guidance'];
interface Item {
  text: string;
  /** Tier known, or only whether it is a concern at all ('concern'). */
  tier: Tier | 'concern';
  source: Source;
  normalised: string;
  x: SparseVector;
  rules: Tier;
  cancelled: ReadonlySet<string>;
  fold: number;
  /** The training file it came from, for the report. */
  file?: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const folds = Number(arg('folds', '5'));
const maxFalseAlarm = Number(arg('max-false-alarm', '0.015'));
const minNowRecall = Number(arg('min-now-recall', '0.98'));
const l2 = Number(arg('l2', '0.0001'));
const iterations = Number(arg('iterations', '300'));
const learningRate = Number(arg('learning-rate', '0.05'));
// A rule's signal is overturned only when the classifier is at least this sure the message is
// ordinary: a missed danger costs more than a false alarm.
const maxVeto = Number(arg('max-veto', '0.2'));
// A danger-now message missed altogether costs more than a concern for today: in choosing the
// concern and veto thresholds, each counts this many times.
const nowWeight = Number(arg('now-weight', '3'));
const report = process.argv.includes('--report');
const noWrite = process.argv.includes('--no-write');
const out = arg('out', join(root, 'src/knowledge/triage/triage-model.bin'));
const dimensions = 1 << FEATURE_BITS;

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function item(text: string, tier: Item['tier'], source: Source): Item {
  const message = normaliseForTriage(text);
  const rules = assessByRules(message);
  return {
    text,
    tier,
    source,
    normalised: message.text,
    x: featuresOf(sentencesOf(message.text)),
    rules: rules.urgent ? (rules.tier ?? 'now') : 'none',
    cancelled: rules.cancelled,
    fold: fnv(text) % folds,
  };
}

function load(path: string, source: Source): Item[] {
  const raw = JSON.parse(readFileSync(join(root, path), 'utf8')) as { text: string; tier: Tier }[];
  return raw.map(({ text, tier }) => ({ ...item(text, tier, source), file: path }));
}

// The team's development cases (the triage unit-test corpora and development questions), and the
// guidance evaluation's tuning questions, which are ordinary questions that must not trigger
// (except those asking what to do for a child in danger now, which may go either way).
function developmentItems(): Item[] {
  return [
    ...NOW.map((text) => item(text, 'now', 'dev')),
    ...TODAY.map((text) => item(text, 'today', 'dev')),
    ...NEITHER.map((text) => item(text, 'none', 'dev')),
    ...URGENT.map(({ text }) => item(text, 'concern', 'dev')),
    ...NOT_URGENT.map((text) => item(text, 'none', 'dev')),
    ...DEV_QUESTIONS.map(({ q, kind }) => item(q, kind === 'urgent' ? 'concern' : 'none', 'dev')),
  ];
}

function guidanceItems(): Item[] {
  const raw = JSON.parse(readFileSync(join(root, 'eval/guidance/tuning.json'), 'utf8')) as {
    q: string;
    expect: string | null;
  }[];
  return raw.filter((q) => q.expect !== 'child-in-danger-now').map((q) => item(q.q, 'none', 'guidance'));
}

// The training corpus: one file per batch of messages written blind (see the folder's README).
const TRAINING_DIR = 'src/core/guidance/triage/training';
const trainingFiles = readdirSync(join(root, TRAINING_DIR))
  .filter((name) => name.endsWith('.json'))
  .sort();

const seen = new Set<string>();
const items = [
  ...trainingFiles.flatMap((name) => load(join(TRAINING_DIR, name), 'training')),
  ...load('eval/triage/tuning.json', 'tuning'),
  ...developmentItems(),
  ...guidanceItems(),
].filter((i) => !seen.has(i.normalised) && seen.add(i.normalised));

// The team's development cases are few and written to pin down the behaviour the triage must have
// (negations, frames, registers), so each counts as much as two training messages.
const DEV_WEIGHT = Number(arg('dev-weight', '2'));
const weightOf = (item: Item) => (item.source === 'dev' ? DEV_WEIGHT : 1);

function train(set: readonly Item[]): Pick<TriageModel, 'concern' | 'now'> {
  const options = { dimensions, l2, iterations, learningRate };
  const concernExamples: Example[] = set.map((item) => ({
    x: item.x,
    y: item.tier === 'none' ? 0 : 1,
    weight: weightOf(item),
  }));
  const nowExamples: Example[] = set
    .filter((item) => item.tier === 'now' || item.tier === 'today')
    .map((item) => ({ x: item.x, y: item.tier === 'now' ? 1 : 0, weight: weightOf(item) }));
  return { concern: trainLogistic(concernExamples, options), now: trainLogistic(nowExamples, options) };
}

// Out-of-fold scores: each item scored by a model that never saw it.
const scores = new Map<Item, ClassifierVerdict>();
for (let fold = 0; fold < folds; fold++) {
  const models = train(items.filter((item) => item.fold !== fold));
  const model: TriageModel = { ...models, thresholds: { concern: 0.5, veto: 0, now: 0.5 }, meta: {} };
  for (const item of items.filter((i) => i.fold === fold)) scores.set(item, classify(model, item.normalised));
}
const score = (item: Item) => scores.get(item) as ClassifierVerdict;

// As the triage does: the classifier alone does not bring back a harm the rules read as negated,
// settled history or a figure of speech, unless (not for a figure of speech) it reaches `override`.

function verdict(item: Item, t: Thresholds): Tier {
  const s = score(item);
  // A rule's signal needs the classifier not to find the message plainly ordinary ("asthma attack
  // in PE, inhaler given, all fine"); without a rule the classifier needs more confidence.
  const concern =
    item.rules !== 'none'
      ? s.concern >= t.veto || !classifierMayOverturn(item.normalised, s.whole)
      : s.concern >= t.concern && !classifierDefers(item.cancelled, s.concern, t.override);
  if (!concern) return 'none';
  return item.rules === 'now' || s.now >= t.now ? 'now' : 'today';
}
interface Thresholds {
  concern: number;
  veto: number;
  now: number;
  override?: number;
}

// The concern and veto thresholds: the pair that catches the most concerns (either tier, danger-now
// ones counted --now-weight times) with false alarms within the limit, on a grid of probabilities.
// False alarms are counted on the messages written as a set of their own (the training corpus,
// the tuning half, the development cases); the guidance questions must not trigger either, and
// are held to the same limit separately.
const nones = items.filter((item) => item.tier === 'none' && item.source !== 'guidance');
const questions = items.filter((item) => item.tier === 'none' && item.source === 'guidance');
const concerns = items.filter((item) => item.tier !== 'none');
const grid = Array.from({ length: 199 }, (_, i) => (i + 1) / 200);
let best: Thresholds = { concern: 1, veto: 0, now: 0.5 };
let bestRecall = -1;
for (const veto of [0, ...grid.filter((p) => p <= maxVeto)]) {
  for (const concern of grid) {
    if (concern < veto) continue;
    const t = { concern, veto, now: 2 };
    const alarms = nones.filter((item) => verdict(item, t) !== 'none').length;
    if (alarms / nones.length > maxFalseAlarm) continue;
    const questionAlarms = questions.filter((item) => verdict(item, t) !== 'none').length;
    if (questionAlarms / questions.length > maxFalseAlarm) continue;
    const caught = concerns
      .filter((item) => verdict(item, t) !== 'none')
      .reduce((sum, item) => sum + (item.tier === 'now' ? nowWeight : 1), 0);
    if (caught > bestRecall) {
      bestRecall = caught;
      best = t;
    }
  }
}
// Override threshold: the lowest at which the classifier may read a concern the rules cancelled as
// negated or settled history without false alarms passing the limit (none if no such threshold).
const withinLimit = (t: Thresholds) =>
  nones.filter((item) => verdict(item, t) !== 'none').length / nones.length <= maxFalseAlarm &&
  questions.filter((item) => verdict(item, t) !== 'none').length / questions.length <= maxFalseAlarm;
for (const override of [0.999, 0.995, 0.99, 0.98, 0.97, 0.96, 0.95, 0.925, 0.9]) {
  if (override < best.concern || !withinLimit({ ...best, override })) break;
  best.override = override;
}
// Danger-now threshold: the highest that keeps the danger-now recall (as flagged) at the target.
const nows = items.filter((item) => item.tier === 'now' && verdict(item, best) !== 'none');
const nowCandidates = [...new Set(nows.map((item) => score(item).now))].sort((a, b) => b - a);
for (const t of nowCandidates) {
  best.now = t;
  const hit = nows.filter((item) => verdict(item, best) === 'now').length;
  if (hit / nows.length >= minNowRecall) break;
}
const thresholds = best;

function figures(set: readonly Item[], decide: (item: Item) => Tier) {
  const of = (tier: Item['tier']) => set.filter((item) => item.tier === tier);
  const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
  const now = of('now');
  const today = of('today');
  const none = of('none');
  return {
    now: pct(now.filter((i) => decide(i) === 'now').length, now.length),
    concern: pct(of('concern').filter((i) => decide(i) !== 'none').length, of('concern').length),
    today: pct(today.filter((i) => decide(i) !== 'none').length, today.length),
    falseAlarm: pct(none.filter((i) => decide(i) !== 'none').length, none.length),
    todayAsNow: today.filter((i) => decide(i) === 'now').length,
    messages: set.length,
  };
}

if (report) {
  // How the danger-now threshold trades danger-now recall against today concerns sent to 999.
  for (const target of [0.9, 0.95, 0.97, 0.98, 0.99]) {
    let at = 0.5;
    for (const t of nowCandidates) {
      at = t;
      if (
        nows.filter((item) => verdict(item, { ...thresholds, now: t }) === 'now').length / nows.length >=
        target
      )
        break;
    }
    const todays = items.filter((item) => item.tier === 'today');
    const up = todays.filter((item) => verdict(item, { ...thresholds, now: at }) === 'now').length;
    console.log(
      `danger-now recall ${target}: threshold ${at.toFixed(3)}, today answered now ${up} of ${todays.length}`,
    );
  }
  const ways: [string, (item: Item) => Tier][] = [
    ['rules', (item) => item.rules],
    ['no veto', (item) => verdict(item, { ...thresholds, veto: 0 })],
    ['combined', (item) => verdict(item, thresholds)],
  ];
  console.log(`thresholds ${JSON.stringify(thresholds)} (out of fold, ${folds} folds)`);
  for (const [name, decide] of ways) {
    for (const source of SOURCES) {
      console.log(
        name.padEnd(11),
        source.padEnd(9),
        JSON.stringify(
          figures(
            items.filter((i) => i.source === source),
            decide,
          ),
        ),
      );
    }
  }
  // Each training file alone: a new batch, scored by models that never saw its messages.
  for (const name of trainingFiles) {
    const file = join(TRAINING_DIR, name);
    console.log(
      'combined'.padEnd(11),
      name.padEnd(9),
      JSON.stringify(
        figures(
          items.filter((i) => i.file === file),
          (item) => verdict(item, thresholds),
        ),
      ),
    );
  }
  for (const item of items.filter((i) => process.argv.includes(`--misses-${i.source}`))) {
    const v = verdict(item, thresholds);
    const wrong = item.tier === 'now' ? v !== 'now' : item.tier === 'none' ? v !== 'none' : v === 'none';
    if (wrong) {
      const s = score(item);
      console.log(`[${item.tier} -> ${v}] c=${s.concern.toFixed(2)} n=${s.now.toFixed(2)} ${item.text}`);
    }
  }
}

if (!noWrite) {
  const model: TriageModel = {
    ...train(items),
    thresholds,
    meta: {
      built: 'scripts/build-triage-model.ts',
      messages: Object.fromEntries(SOURCES.map((s) => [s, items.filter((i) => i.source === s).length])),
      folds,
      maxFalseAlarm,
      maxVeto,
      minNowRecall,
      l2,
      iterations,
    },
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, writeTriageModel(model));
  console.log(`wrote ${out}`);
}
