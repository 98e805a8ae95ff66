// Measures the identifier guard on a labelled file that is neither half of eval/identifiers: a
// development set written blind, or a training file. Same counting as `npm run eval`.
//   npx tsx scripts/measure-identifiers.ts FILE [--verbose]
// FILE holds [{ text, set, spans: [{ text, kind }] }], `set` being `message` or `local` (or the
// evaluation sets' `with`, `without`, `local-with`, `local-without`).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { asIdentifierItem, type LabelledItem, measureIdentifiers } from '../src/eval/identifier-eval.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npx tsx scripts/measure-identifiers.ts FILE [--verbose]');
  process.exit(2);
}
// The check half is for `npm run eval`'s aggregate figures only.
if (/eval[\\/]identifiers[\\/]check\.json$/.test(resolve(file))) {
  console.error('The check half is read only by `npm run eval`.');
  process.exit(2);
}
const items = (JSON.parse(readFileSync(file, 'utf8')) as LabelledItem[]).map(asIdentifierItem);
const { rows, failures } = measureIdentifiers(items, { verbose: args.includes('--verbose') });
const width = Math.max(...rows.map((r) => r.label.length));
for (const row of rows) {
  const values = Object.entries(row.values).map(([k, v]) => `${k} ${v}`);
  console.log(`${row.label.padEnd(width)}  ${values.join('  ')}`);
}
if (failures.length > 0) console.log(`\n${failures.join('\n')}`);
