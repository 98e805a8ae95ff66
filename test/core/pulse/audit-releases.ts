// An attacker's view of a run's results: every distinct set of figures a coordinator could have
// read, in order. `auditReleases` lists every way those figures could be subtracted into fewer
// than `min` people (empty when the run is safe), so the attack tests can say what leaked.
import type { RunResults } from '../../../src/core/pulse/index.ts';

interface Read {
  total: number;
  /** Visible groups' n. */
  visible: Map<string, number>;
  hidden: Set<string>;
  /** Per question: its overall n, when shown. */
  questions: Map<string, number>;
}

function readOf(results: RunResults): Read | undefined {
  if (results.suppressed) return undefined;
  const visible = new Map<string, number>();
  const hidden = new Set<string>();
  for (const group of results.bySector) {
    if (group.suppressed || group.n === null) hidden.add(group.group);
    else visible.set(group.group, group.n);
  }
  const questions = new Map<string, number>();
  for (const question of results.questions) {
    if (!question.suppressed && question.n !== null && question.distribution)
      questions.set(question.questionId, question.n);
  }
  return { total: results.responseCount, visible, hidden, questions };
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
const small = (difference: number, min: number) => difference !== 0 && Math.abs(difference) < min;

/** Ways the reads (in order) can be combined into a group of fewer than `min` people. */
export function auditReleases(reads: readonly RunResults[], min: number): string[] {
  const problems: string[] = [];
  const distinct = reads
    .filter((read, index) => index === 0 || JSON.stringify(read) !== JSON.stringify(reads[index - 1]))
    .map(readOf)
    .filter((read): read is Read => read !== undefined);
  for (const [index, read] of distinct.entries()) {
    // Within one read: the hidden groups together are total minus the visible ones.
    const pool = read.total - sum(read.visible.values());
    if (small(pool, min)) problems.push(`read ${index}: total minus shown sectors leaves ${pool}`);
    for (const [group, n] of read.visible)
      if (n < min) problems.push(`read ${index}: ${group} shown with ${n}`);
    const before = distinct[index - 1];
    if (!before) continue;
    if (small(read.total - before.total, min))
      problems.push(`reads ${index - 1}->${index}: total moved by ${read.total - before.total}`);
    for (const [question, n] of read.questions) {
      const then = before.questions.get(question);
      if (then !== undefined && small(n - then, min))
        problems.push(`reads ${index - 1}->${index}: ${question} moved by ${n - then} answers`);
    }
    for (const group of before.hidden)
      if (read.visible.has(group)) problems.push(`reads ${index - 1}->${index}: hidden ${group} shown again`);
    for (const [group, n] of read.visible) {
      const then = before.visible.get(group);
      if (then !== undefined && small(n - then, min))
        problems.push(`reads ${index - 1}->${index}: ${group} moved by ${n - then}`);
    }
    // The hidden pool then and now, less what the newly hidden groups were known to hold.
    const newlyHidden = sum(
      [...before.visible].filter(([group]) => !read.visible.has(group)).map(([, n]) => n),
    );
    const poolBefore = before.total - sum(before.visible.values());
    const change = pool - poolBefore - newlyHidden;
    if (small(change, min))
      problems.push(`reads ${index - 1}->${index}: hidden sectors together moved by ${change}`);
  }
  return problems;
}
