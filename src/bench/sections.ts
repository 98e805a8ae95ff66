/**
 * The bench as a tool: sections run one after another, each printed as one JSON line the moment
 * it finishes, so a later failure (or a crash) never loses what was already measured. A section
 * that throws, or that an error escaping its teardown reaches, is marked failed in the summary and
 * the next section still runs.
 */
import { loadavg } from 'node:os';

export interface BenchSection {
  name: string;
  run(): Promise<unknown> | unknown;
}

export type SectionOutcome =
  | { section: string; ok: true; seconds: number; result: unknown }
  | { section: string; ok: false; seconds: number; error: string };

export interface BenchSummary {
  summary: true;
  ok: boolean;
  failed: string[];
  /** Load average (1, 5, 15 minutes) at the start and the end: the machine may be shared. */
  load_start: number[];
  load_end: number[];
  seconds: number;
  sections: Record<string, unknown>;
}

const roundLoad = () => loadavg().map((n) => Math.round(n * 100) / 100);

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`.slice(0, 500);
  }
  return String(error).slice(0, 500);
}

/**
 * Runs the sections in order and writes each outcome as a JSON line, then the summary line.
 * Errors that escape a section's promise (an `error` event nobody listened to, a rejection
 * nobody awaited) are caught while the bench runs and charged to the section that was running.
 */
export async function runSections(
  sections: BenchSection[],
  write: (line: string) => void,
): Promise<BenchSummary> {
  const loadStart = roundLoad();
  const started = performance.now();
  const results: Record<string, unknown> = {};
  const failed: string[] = [];
  let current: { name: string; stray: unknown[] } | undefined;
  const onStray = (error: unknown) => {
    if (current) current.stray.push(error);
    else write(`${JSON.stringify({ stray_error: messageOf(error) })}\n`);
  };
  process.on('uncaughtException', onStray);
  process.on('unhandledRejection', onStray);
  try {
    for (const section of sections) {
      current = { name: section.name, stray: [] };
      const t0 = performance.now();
      let outcome: SectionOutcome;
      try {
        const result = await section.run();
        // Let errors from closed connections surface before the section is called a success.
        await new Promise((resolve) => setTimeout(resolve, 20));
        const seconds = Math.round((performance.now() - t0) / 10) / 100;
        outcome =
          current.stray.length > 0
            ? { section: section.name, ok: false, seconds, error: `stray: ${messageOf(current.stray[0])}` }
            : { section: section.name, ok: true, seconds, result };
      } catch (error) {
        const seconds = Math.round((performance.now() - t0) / 10) / 100;
        outcome = { section: section.name, ok: false, seconds, error: messageOf(error) };
      }
      if (outcome.ok) results[section.name] = outcome.result;
      else {
        failed.push(section.name);
        results[section.name] = { failed: outcome.error };
      }
      write(`${JSON.stringify(outcome)}\n`);
    }
  } finally {
    current = undefined;
    process.off('uncaughtException', onStray);
    process.off('unhandledRejection', onStray);
  }
  const summary: BenchSummary = {
    summary: true,
    ok: failed.length === 0,
    failed,
    load_start: loadStart,
    load_end: roundLoad(),
    seconds: Math.round((performance.now() - started) / 100) / 10,
    sections: results,
  };
  write(`${JSON.stringify(summary)}\n`);
  return summary;
}

/** `measured / baseline`, two decimals; null when the baseline measured nothing. */
export function ratio(measured: number, baseline: number): number | null {
  if (!(baseline > 0)) return null;
  return Math.round((measured / baseline) * 100) / 100;
}
