import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One half of an evaluation set, as written (never edited for tuning). */
export type Half = 'tuning' | 'check';

/** The items of one half of a set under `eval/<set>/<half>.json`. */
export function readHalf<T>(set: string, half: Half): T[] {
  const path = fileURLToPath(new URL(`../../eval/${set}/${half}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as T[];
}

/** A row of figures: a name and its values (percentages or counts), printed as a table. */
export interface FigureRow {
  label: string;
  values: Record<string, string | number>;
}

/** What one evaluation reports for one half. */
export interface EvalReport {
  /** `guidance`, `triage`, `identifiers`. */
  name: string;
  half: Half;
  rows: FigureRow[];
  /** Whether the half meets its targets (only meaningful for the check half). */
  targets?: { description: string; met: boolean }[];
  /** Tuning half only, with --verbose: the items it got wrong, to learn from. */
  failures?: string[];
}

/** An evaluation: runs over one half of its set. */
export interface Evaluation {
  name: string;
  run(half: Half, options: { verbose: boolean }): Promise<EvalReport>;
}

/** The evaluations `npm run eval` runs, in order. Each module adds itself here. */
const evaluations: (() => Promise<Evaluation>)[] = [
  () => import('./guidance-eval.ts').then((m) => m.guidanceEvaluation),
  async () => (await import('./triage-eval.ts')).triageEvaluation,
  async () => (await import('./identifier-eval.ts')).identifierEvaluation,
];

export function table(rows: FigureRow[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r.values)))];
  const width = Math.max(8, ...rows.map((r) => r.label.length));
  const head = `${''.padEnd(width)}  ${columns.map((c) => c.padStart(12)).join(' ')}`;
  const lines = rows.map(
    (r) =>
      `${r.label.padEnd(width)}  ${columns.map((c) => String(r.values[c] ?? '').padStart(12)).join(' ')}`,
  );
  return [head, ...lines].join('\n');
}

/**
 * `joinedup eval [--verbose] [--json] [--tuning-only] [names...]`: every evaluation on its tuning and check halves.
 * Failures are listed for the tuning half only (with --verbose): the check half is for figures.
 */
export async function runEval(args: string[]): Promise<number> {
  const verbose = args.includes('--verbose');
  const json = args.includes('--json');
  const names = args.filter((a) => !a.startsWith('--'));
  // While tuning, the check half need not run at all.
  const halves = args.includes('--tuning-only') ? (['tuning'] as const) : (['tuning', 'check'] as const);
  const reports: EvalReport[] = [];
  for (const load of evaluations) {
    const evaluation = await load();
    if (names.length > 0 && !names.includes(evaluation.name)) continue;
    for (const half of halves) {
      const report = await evaluation.run(half, { verbose: verbose && half === 'tuning' });
      reports.push(report);
      if (json) continue;
      process.stdout.write(`\n== ${report.name}: ${half} half ==\n${table(report.rows)}\n`);
      for (const t of report.targets ?? [])
        process.stdout.write(`${t.met ? 'met    ' : 'NOT MET'}  ${t.description}\n`);
      if (report.failures?.length) process.stdout.write(`\n${report.failures.join('\n')}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  return 0;
}
