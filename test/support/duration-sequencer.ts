import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds each test file took in a recorded run, by path from the project root. */
export const durationsFile = join(import.meta.dirname, 'file-durations.json');

function recordedDurations(): Record<string, number> {
  if (!existsSync(durationsFile)) return {};
  try {
    return JSON.parse(readFileSync(durationsFile, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

/**
 * Starts the longest test files first, by the durations recorded in file-durations.json
 * (`node scripts/record-test-durations.mjs`), so the workers finish at about the same time instead
 * of one starting a two-minute file when the others are done. Vitest's own cache does this too, but
 * only on a machine that has run the suite before, never on a clean CI install. A file with no
 * recorded duration (a new one) goes first: it may be long, and it is the one being worked on.
 */
export default class DurationSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const recorded = recordedDurations();
    const root = this.ctx.config.root;
    const seconds = (spec: TestSpecification) =>
      recorded[relative(root, spec.moduleId).split('\\').join('/')] ?? Number.POSITIVE_INFINITY;
    return [...files].sort((a, b) => {
      const diff = seconds(b) - seconds(a);
      if (diff !== 0 && !Number.isNaN(diff)) return diff;
      return a.moduleId < b.moduleId ? -1 : a.moduleId > b.moduleId ? 1 : 0;
    });
  }
}
