import { assessUrgency } from '../core/guidance/triage/index.ts';
import type { EvalReport, Evaluation, FigureRow, Half } from './run-eval.ts';
import { readHalf } from './run-eval.ts';

/** One message of `eval/triage/<half>.json`. */
interface TriageItem {
  text: string;
  tier: 'now' | 'today' | 'none';
  harm: string;
  register: string;
}

type Verdict = 'now' | 'today' | 'none';

function verdictOf(text: string): Verdict {
  return assessUrgency(text).tier ?? 'none';
}

const percent = (hit: number, total: number) => (total === 0 ? '-' : `${((100 * hit) / total).toFixed(1)}%`);

interface Tally {
  now: number;
  nowHit: number;
  today: number;
  todayHit: number;
  none: number;
  noneAlarm: number;
}

const emptyTally = (): Tally => ({ now: 0, nowHit: 0, today: 0, todayHit: 0, none: 0, noneAlarm: 0 });

// How it counts: a "now" message is caught only when answered "now" (an act-today answer to a
// child in danger now is a miss: it has no 999 line first). An "act today" message is caught when
// answered "today" or "now" (over-escalation still gets the child to the front door; it is shown
// in its own column). A "none" message answered either tier is a false alarm.
function count(tally: Tally, item: TriageItem, verdict: Verdict): boolean {
  if (item.tier === 'now') {
    tally.now += 1;
    if (verdict === 'now') tally.nowHit += 1;
    return verdict === 'now';
  }
  if (item.tier === 'today') {
    tally.today += 1;
    if (verdict !== 'none') tally.todayHit += 1;
    return verdict !== 'none';
  }
  tally.none += 1;
  if (verdict !== 'none') tally.noneAlarm += 1;
  return verdict === 'none';
}

function row(label: string, t: Tally, extra: Record<string, string | number> = {}): FigureRow {
  return {
    label,
    values: {
      'now recall': percent(t.nowHit, t.now),
      'today recall': percent(t.todayHit, t.today),
      'false alarm': percent(t.noneAlarm, t.none),
      messages: t.now + t.today + t.none,
      ...extra,
    },
  };
}

/** Safeguarding triage: recall per tier, false alarms on "none", per register and per harm. */
export const triageEvaluation: Evaluation = {
  name: 'triage',
  async run(half: Half, options: { verbose: boolean }): Promise<EvalReport> {
    const items = readHalf<TriageItem>('triage', half);
    const all = emptyTally();
    const byRegister = new Map<string, Tally>();
    const byHarm = new Map<string, Tally>();
    let todayAsNow = 0;
    const failures: string[] = [];
    for (const item of items) {
      const verdict = verdictOf(item.text);
      const tally = byRegister.get(item.register) ?? emptyTally();
      byRegister.set(item.register, tally);
      count(tally, item, verdict);
      if (item.tier !== 'none') {
        const harm = byHarm.get(item.harm) ?? emptyTally();
        byHarm.set(item.harm, harm);
        count(harm, item, verdict);
      }
      const right = count(all, item, verdict);
      if (item.tier === 'today' && verdict === 'now') todayAsNow += 1;
      if (!right && options.verbose) {
        failures.push(`[${item.tier} -> ${verdict}] (${item.harm}, ${item.register}) ${item.text}`);
      }
    }
    const rows: FigureRow[] = [
      row('all', all, { 'today->now': todayAsNow }),
      ...[...byRegister.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([register, tally]) => row(`  ${register}`, tally)),
      ...[...byHarm.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([harm, tally]) => row(`  harm: ${harm}`, tally)),
    ];
    const nowRecall = all.now === 0 ? 1 : all.nowHit / all.now;
    const todayRecall = all.today === 0 ? 1 : all.todayHit / all.today;
    const falseAlarm = all.none === 0 ? 0 : all.noneAlarm / all.none;
    return {
      name: 'triage',
      half,
      rows,
      targets:
        half === 'check'
          ? [
              { description: 'danger-now recall 100%', met: nowRecall === 1 },
              { description: 'act-today recall 100%', met: todayRecall === 1 },
              { description: 'false alarms at most 2%', met: falseAlarm <= 0.02 },
            ]
          : undefined,
      failures: options.verbose ? failures : undefined,
    };
  },
};
