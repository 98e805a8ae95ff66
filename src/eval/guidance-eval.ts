import { loadConfig } from '../config.ts';
import { GuidanceService } from '../core/guidance/answer-question.ts';
import { KnowledgeIndex } from '../core/guidance/knowledge-index.ts';
import { loadKnowledgeBase } from '../core/guidance/load-knowledge-base.ts';
import type { EvalReport, Evaluation, FigureRow, Half } from './run-eval.ts';
import { readHalf } from './run-eval.ts';

/** One question of the guidance set, as written. */
export interface GuidanceItem {
  q: string;
  /** The article that answers it; null when the guidance does not cover it. */
  expect: string | null;
  register: 'formal' | 'informal' | 'role' | 'identifiers' | 'not-covered';
  /** A second article that answers it equally well. */
  also?: string[];
}

/** What joinedup did with one question. */
export type GuidanceOutcome =
  /** Answered from an article in expect/also. */
  | 'correct'
  /** Answered from any other article (for a not-covered question: answered at all). */
  | 'wrong'
  /** Offered a "did you mean" list that includes the expected article. */
  | 'offer_right'
  /** Offered a "did you mean" list without it (for a not-covered question: any offer). */
  | 'offer_other'
  /** Said the guidance does not cover it. */
  | 'not_covered'
  /** Took the safeguarding route. */
  | 'urgent';

/** The settings of a deployment with none set (ANSWER_MIN_CONFIDENCE at its default). */
const options = {
  minConfidence: Number(process.env.EVAL_MIN_CONFIDENCE ?? loadConfig({}).guidance.minConfidence),
  emergency: {},
};

/** The article whose advice the urgent reply gives. */
const emergencyArticle = 'child-in-danger-now';

/** Classifies one reply against the item's expectation. */
export function judgeGuidance(service: GuidanceService, item: GuidanceItem): GuidanceOutcome {
  const reply = service.answer(item.q);
  const accepted = item.expect ? [item.expect, ...(item.also ?? [])] : [];
  // The safeguarding route's reply is the child-in-danger guidance itself (999, children's social
  // care, the DSL, no CAF), with the area's numbers: for that article it is the right answer.
  if (reply.kind === 'urgent') return accepted.includes(emergencyArticle) ? 'correct' : 'urgent';
  if (reply.kind === 'answer') {
    return accepted.includes(reply.sources[0]?.id ?? reply.articleIds[0] ?? '') ? 'correct' : 'wrong';
  }
  if (reply.suggestions.length > 0) {
    return reply.suggestions.some((s) => accepted.includes(s.id)) ? 'offer_right' : 'offer_other';
  }
  return 'not_covered';
}

const pct = (n: number, of: number) => (of === 0 ? '-' : (Math.round((1000 * n) / of) / 10).toFixed(1));

interface Tally {
  items: number;
  counts: Record<GuidanceOutcome, number>;
}

const emptyTally = (): Tally => ({
  items: 0,
  counts: { correct: 0, wrong: 0, offer_right: 0, offer_other: 0, not_covered: 0, urgent: 0 },
});

function coveredRow(label: string, t: Tally): FigureRow {
  const c = t.counts;
  return {
    label,
    values: {
      items: t.items,
      'correct %': pct(c.correct, t.items),
      'wrong %': pct(c.wrong, t.items),
      'offer ok %': pct(c.offer_right, t.items),
      'offer miss %': pct(c.offer_other, t.items),
      'not cov. %': pct(c.not_covered, t.items),
      'urgent %': pct(c.urgent, t.items),
      'c+offer %': pct(c.correct + c.offer_right, t.items),
    },
  };
}

function refusedRow(label: string, t: Tally): FigureRow {
  const c = t.counts;
  return {
    label,
    values: {
      items: t.items,
      'wrong %': pct(c.wrong, t.items),
      'offer miss %': pct(c.offer_other, t.items),
      'not cov. %': pct(c.not_covered, t.items),
      'urgent %': pct(c.urgent, t.items),
      'refused %': pct(c.not_covered + c.offer_other + c.urgent, t.items),
    },
  };
}

const informalRegisters = ['informal', 'role', 'identifiers'] as const;

/** Scores a set of items: the figures printed by `npm run eval`, and the targets on the check half. */
export function scoreGuidance(
  service: GuidanceService,
  items: GuidanceItem[],
  half: Half,
  verbose: boolean,
): EvalReport {
  const byRegister = new Map<string, Tally>();
  const covered = emptyTally();
  const all = emptyTally();
  const failures: string[] = [];
  for (const item of items) {
    const outcome = judgeGuidance(service, item);
    const register = byRegister.get(item.register) ?? emptyTally();
    byRegister.set(item.register, register);
    for (const t of item.expect ? [register, covered, all] : [register, all]) {
      t.items++;
      t.counts[outcome]++;
    }
    if (verbose && outcome !== 'correct' && !(item.expect === null && outcome === 'not_covered')) {
      const reply = service.answer(item.q);
      const got =
        reply.kind === 'answer'
          ? reply.sources[0]?.id
          : reply.suggestions.map((s) => s.id).join('|') || reply.articleIds.slice(0, 2).join(',');
      failures.push(
        `${outcome.padEnd(11)} [${item.register}] ${item.q}\n            want ${item.expect ?? 'not covered'}${item.also ? ` (or ${item.also.join(', ')})` : ''}; got ${reply.kind} ${got ?? '-'} ${Math.round(reply.confidence * 100)}%`,
      );
    }
  }
  const rows: FigureRow[] = [coveredRow('covered', covered)];
  for (const r of ['formal', ...informalRegisters]) {
    const t = byRegister.get(r);
    if (t) rows.push(coveredRow(`  ${r}`, t));
  }
  const notCovered = byRegister.get('not-covered') ?? emptyTally();
  rows.push(refusedRow('not-covered', notCovered));
  // Every question: a not-covered one answered at all is a wrong answer.
  rows.push({
    label: 'all',
    values: {
      items: all.items,
      'wrong %': pct(all.counts.wrong, all.items),
    },
  });

  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  const lowestInformal = Math.min(
    ...informalRegisters.map((r) => {
      const t = byRegister.get(r);
      return t ? share(t.counts.correct, t.items) : 1;
    }),
  );
  const targets =
    half === 'check'
      ? [
          {
            description: `correct answers >= 95% of covered questions (${pct(covered.counts.correct, covered.items)}%)`,
            met: share(covered.counts.correct, covered.items) >= 0.95,
          },
          {
            description: `wrong answers <= 1% of all questions, not-covered ones included (${pct(all.counts.wrong, all.items)}%)`,
            met: share(all.counts.wrong, all.items) <= 0.01,
          },
          {
            description: `every informal register (informal, role, identifiers) >= 90% correct (lowest ${pct(lowestInformal, 1)}%)`,
            met: lowestInformal >= 0.9,
          },
        ]
      : undefined;
  return { name: 'guidance', half, rows, targets, failures: verbose ? failures : undefined };
}

/** The guidance evaluation: the shipped knowledge base against `eval/guidance/<half>.json`. */
export const guidanceEvaluation: Evaluation = {
  name: 'guidance',
  async run(half, { verbose }) {
    // EVAL_WORD_VECTORS=off measures retrieval on words alone, to weigh what the vectors add.
    const vectors = process.env.EVAL_WORD_VECTORS === 'off' ? { vectors: null } : {};
    const service = new GuidanceService(new KnowledgeIndex(loadKnowledgeBase().articles, vectors), options);
    return scoreGuidance(service, readHalf<GuidanceItem>('guidance', half), half, verbose);
  },
};
