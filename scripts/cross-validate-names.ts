// Chooses the name model's score bars by cross-validation: the training files and the tuning half
// of eval/identifiers (never the check half) are split into K folds by position; for each fold a
// model is trained on the others (the tuning half weighted as scripts/train-name-model.ts weights
// it) and the whole guard, rules and model, is measured on the fold for each setting of the bars.
// The held-out counts are summed over the folds.
//   npx tsx scripts/cross-validate-names.ts [--folds 5] [--epochs 12]
//     [--thresholds 2,4,6] [--vocabulary-margins 4,6,8] [--unlisted-margins 4,6,8]

import { useNameModel } from '../src/core/privacy/name-model.ts';
import { asIdentifierItem, type LabelledItem, measureIdentifiers } from '../src/eval/identifier-eval.ts';
import { type Labelled, readLabelled, trainingFiles, trainNameModel } from './name-model-training.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const list = (name: string, fallback: string) => option(name, fallback).split(',').map(Number);
const folds = Number(option('--folds', '5'));
const epochs = Number(option('--epochs', '12'));
const tuningWeight = Number(option('--tuning-weight', '3'));
const thresholds = list('--thresholds', '2,4,6');
const vocabularyMargins = list('--vocabulary-margins', '4,6,8');
const unlistedMargins = list('--unlisted-margins', '4,6,8');

interface Source {
  item: Labelled;
  weight: number;
}
const sources: Source[] = [
  ...trainingFiles().flatMap((file) => readLabelled(file).map((item) => ({ item, weight: 1 }))),
  ...readLabelled('eval/identifiers/tuning.json').map((item) => ({ item, weight: tuningWeight })),
];

interface Tally {
  names: number;
  namesFound: number;
  spans: number;
  spansFound: number;
  without: number;
  flagged: number;
  localWith: number;
  localWithRefused: number;
  localWithout: number;
  localWithoutRefused: number;
}
const tallies = new Map<string, Tally>();
const key = (t: number, v: number, u: number) => `${t}\t${v}\t${u}`;

for (let fold = 0; fold < folds; fold += 1) {
  const train = sources
    .filter((_, i) => i % folds !== fold)
    .flatMap((s) => Array.from({ length: s.weight }, () => s.item));
  const held = sources
    .filter((_, i) => i % folds === fold)
    .map((s) => asIdentifierItem(s.item as LabelledItem));
  const { lines } = trainNameModel(train, { epochs });
  const weights = lines.join('\n');
  for (const threshold of thresholds)
    for (const vocabularyMargin of vocabularyMargins)
      for (const unlistedMargin of unlistedMargins) {
        useNameModel({ threshold, vocabularyMargin, unlistedMargin, weights });
        const m = measureIdentifiers(held, { verbose: false });
        const k = key(threshold, vocabularyMargin, unlistedMargin);
        const t = tallies.get(k) ?? {
          names: 0,
          namesFound: 0,
          spans: 0,
          spansFound: 0,
          without: 0,
          flagged: 0,
          localWith: 0,
          localWithRefused: 0,
          localWithout: 0,
          localWithoutRefused: 0,
        };
        const name = m.perKind.get('name') ?? { total: 0, found: 0 };
        t.names += name.total;
        t.namesFound += name.found;
        for (const kind of m.perKind.values()) {
          t.spans += kind.total;
          t.spansFound += kind.found;
        }
        t.without += m.without;
        t.flagged += m.flagged;
        t.localWith += m.localWith;
        t.localWithRefused += m.localRefusedWith;
        t.localWithout += m.localWithout;
        t.localWithoutRefused += m.localRefusedWithout;
        tallies.set(k, t);
      }
  console.error(`fold ${fold + 1} of ${folds} done`);
}
useNameModel(undefined);

const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
console.log(
  [
    'threshold',
    'vocab',
    'unlisted',
    'name recall',
    'all spans',
    'false pos',
    'local with',
    'local without',
  ].join('\t'),
);
for (const [k, t] of tallies) {
  console.log(
    [
      k,
      `${pct(t.namesFound, t.names)} (${t.names - t.namesFound} missed)`,
      pct(t.spansFound, t.spans),
      `${pct(t.flagged, t.without)} (${t.flagged}/${t.without})`,
      pct(t.localWithRefused, t.localWith),
      pct(t.localWithoutRefused, t.localWithout),
    ].join('\t'),
  );
}
