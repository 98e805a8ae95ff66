#!/usr/bin/env -S npx tsx
// Figures of the safeguarding triage on any set of labelled messages written like the evaluation
// sets ({ text, tier: "now" | "today" | "none", harm, register }): a new batch of messages, before
// it joins the training corpus, is the honest measure of how the triage does on wording it never
// saw. Counts as `npm run eval` does; the evaluation's check half is refused (it is only ever run
// for its figures, by `npm run eval`).
//
//   npx tsx scripts/triage-report.ts path.json [--misses] [--rules]
//
// --misses lists the messages it got wrong; --rules reports the rules alone, without the classifier.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { assessByRules, assessUrgency } from '../src/core/guidance/triage/assess-urgency.ts';
import { normaliseForTriage } from '../src/core/guidance/triage/triage-normalise.ts';

type Tier = 'now' | 'today' | 'none';
interface Item {
  text: string;
  tier: Tier;
  harm?: string;
  register?: string;
}

const path = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!path) {
  console.error('usage: npx tsx scripts/triage-report.ts path.json [--misses] [--rules]');
  process.exit(2);
}
const absolute = resolve(path);
if (basename(absolute) === 'check.json' && basename(dirname(absolute)) === 'triage') {
  console.error('the check half is only run for its figures, by `npm run eval`');
  process.exit(2);
}
const rulesOnly = process.argv.includes('--rules');
const listMisses = process.argv.includes('--misses');
const items = JSON.parse(readFileSync(absolute, 'utf8')) as Item[];

const verdictOf = (text: string): Tier => {
  const assessment = rulesOnly ? assessByRules(normaliseForTriage(text)) : assessUrgency(text);
  return assessment.urgent ? (assessment.tier ?? 'now') : 'none';
};

interface Tally {
  now: number;
  nowHit: number;
  today: number;
  todayHit: number;
  todayAsNow: number;
  none: number;
  alarms: number;
}
const tallies = new Map<string, Tally>();
const tally = (key: string) => {
  let t = tallies.get(key);
  if (!t) {
    t = { now: 0, nowHit: 0, today: 0, todayHit: 0, todayAsNow: 0, none: 0, alarms: 0 };
    tallies.set(key, t);
  }
  return t;
};
const misses: string[] = [];
for (const item of items) {
  const verdict = verdictOf(item.text);
  const keys = ['all', `register ${item.register ?? '-'}`];
  if (item.tier !== 'none') keys.push(`harm ${item.harm ?? '-'}`);
  for (const key of keys) {
    const t = tally(key);
    if (item.tier === 'now') {
      t.now += 1;
      if (verdict === 'now') t.nowHit += 1;
    } else if (item.tier === 'today') {
      t.today += 1;
      if (verdict !== 'none') t.todayHit += 1;
      if (verdict === 'now') t.todayAsNow += 1;
    } else {
      t.none += 1;
      if (verdict !== 'none') t.alarms += 1;
    }
  }
  const right =
    item.tier === 'now' ? verdict === 'now' : item.tier === 'today' ? verdict !== 'none' : verdict === 'none';
  if (!right)
    misses.push(`[${item.tier} -> ${verdict}] (${item.harm ?? '-'}, ${item.register ?? '-'}) ${item.text}`);
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const keys = [...tallies.keys()].sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));
console.log(
  `${''.padEnd(32)}${['now recall', 'today recall', 'false alarm', 'today->now', 'messages'].map((c) => c.padStart(13)).join('')}`,
);
for (const key of keys) {
  const t = tallies.get(key) as Tally;
  const cells = [
    pct(t.nowHit, t.now),
    pct(t.todayHit, t.today),
    t.none === 0 ? '-' : `${pct(t.alarms, t.none)} (${t.alarms})`,
    String(t.todayAsNow),
    String(t.now + t.today + t.none),
  ];
  console.log(`${key.padEnd(32)}${cells.map((c) => c.padStart(13)).join('')}`);
}
if (listMisses) console.log(`\n${misses.join('\n')}`);
