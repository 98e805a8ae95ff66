// Aggregates one run's responses into figures that are safe to show a partnership board.
//
// Anonymity, in the order it is applied:
// 1. A run with fewer than `minGroupSize` responses shows only its response count.
// 2. With `mergeSmallSectors`, every sector below the threshold joins `other`, which is then
//    labelled "Other and smaller sectors" whether or not anything joined it (so the label never
//    gives away that a small sector took part).
// 3. A group below the threshold is hidden ("not enough responses").
// 4. Complementary suppression: the hidden groups' combined figures can always be worked out as
//    the total minus the visible groups. That is only safe when at least two groups are hidden and
//    together they hold at least `minGroupSize` responses; until then the smallest visible group is
//    hidden too. (Two hidden groups of one person each would still give both people away.)
// 5. Steps 3 and 4 run again per question, on how many in each group answered it, because optional
//    questions can leave a visible group with too few answers to one question.
// 6. A question's overall distribution is hidden when fewer than `minGroupSize` answered it.
// 7. Comments are shown only when the run has at least `commentMinResponses` responses, sorted,
//    with no sector or time attached.
// Everything is counted in one pass with fixed-size arrays (answers are small integers or option
// indexes), so 100,000 responses cost a few milliseconds; medians come from the counts, not a sort.
import type { Sector } from '../forums/types.ts';
import { SECTORS } from '../forums/types.ts';
import { resolveAnonymity } from './resolve-anonymity.ts';
import { type CellHistory, suppressAcrossReleases } from './suppress-across-releases.ts';
import type {
  AnonymityOptions,
  GroupResult,
  QuestionResult,
  ResponseRecord,
  RunResults,
  SuppressionReason,
  SurveyQuestion,
  SurveyTemplate,
} from './types.ts';

/** Options for `computeRunResults`. */
export interface ComputeResultsOptions {
  /** How many members the survey went to, for the response rate. */
  audienceSize?: number;
  /** Thresholds; missing values take the defaults and low values are raised (see `resolveAnonymity`). */
  anonymity?: Partial<AnonymityOptions>;
  /** What the run's previous release showed, so this one cannot be subtracted from it. */
  history?: ReleaseState;
}

/**
 * What one release of a run showed, kept so the next release stays consistent with it: each
 * group's, question's and cell's count and whether it was hidden, and which sectors were merged.
 * Holds counts only, never answers.
 */
export interface ReleaseState {
  /** Sectors merged into "Other and smaller sectors"; once merged, always merged in the run. */
  merged: Sector[];
  /** By group (sector). */
  groups: Record<string, CellHistory>;
  /** By question id: the overall figures. */
  questions: Record<string, CellHistory>;
  /** By `${group}:${questionId}`: a group's figures for one question. */
  cells: Record<string, CellHistory>;
}

export const EMPTY_RELEASE_STATE: ReleaseState = { merged: [], groups: {}, questions: {}, cells: {} };

const SECTOR_INDEX = new Map<Sector, number>(SECTORS.map((sector, index) => [sector, index]));
const OTHER = SECTORS.indexOf('other');

/** A scored question's answer space: how to map an answer to a slot and the slot's key and value. */
interface Scale {
  question: SurveyQuestion;
  keys: string[];
  /** Numeric value of each slot, for means and medians; undefined for choice questions. */
  values?: number[];
  slotOf(answer: unknown): number;
}

function buildScale(question: SurveyQuestion): Scale {
  if (question.type === 'agree5' || question.type === 'scale10') {
    const [min, max] = question.type === 'agree5' ? [1, 5] : [0, 10];
    const values = Array.from({ length: max - min + 1 }, (_, index) => min + index);
    return {
      question,
      keys: values.map(String),
      values,
      // Stored answers were validated on the way in; anything else is ignored rather than counted.
      slotOf: (answer) =>
        typeof answer === 'number' && Number.isInteger(answer) && answer >= min && answer <= max
          ? answer - min
          : -1,
    };
  }
  const options = question.options ?? [];
  const index = new Map(options.map((option, slot) => [option, slot]));
  return {
    question,
    keys: [...options],
    slotOf: (answer) => (typeof answer === 'string' ? (index.get(answer) ?? -1) : -1),
  };
}

function round(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** The k-th smallest value (1-based) from slot counts. */
function nthValue(counts: ArrayLike<number>, values: number[], k: number): number {
  let seen = 0;
  for (let slot = 0; slot < counts.length; slot += 1) {
    seen += counts[slot] ?? 0;
    if (seen >= k) return values[slot] ?? 0;
  }
  return values[values.length - 1] ?? 0;
}

function describeCounts(scale: Scale, counts: ArrayLike<number>, n: number): Partial<QuestionResult> {
  const distribution: Record<string, number> = {};
  scale.keys.forEach((key, slot) => {
    distribution[key] = counts[slot] ?? 0;
  });
  const values = scale.values;
  if (values === undefined || n === 0) return { distribution };
  let sum = 0;
  for (let slot = 0; slot < counts.length; slot += 1) sum += (counts[slot] ?? 0) * (values[slot] ?? 0);
  const median =
    n % 2 === 1
      ? nthValue(counts, values, (n + 1) / 2)
      : (nthValue(counts, values, n / 2) + nthValue(counts, values, n / 2 + 1)) / 2;
  return { distribution, mean: round(sum / n, 2), median };
}

/**
 * Computes the anonymity-safe results of one run: counts, response rate, per-question distribution,
 * mean and median, the sector breakdown and the comments. The output holds no respondent keys, no
 * submission times and nothing attributed to a person or, for comments, to a sector.
 */
export function computeRunResults(
  template: SurveyTemplate,
  responses: readonly ResponseRecord[],
  options: ComputeResultsOptions = {},
): RunResults {
  return computeRunRelease(template, responses, options).results;
}

/**
 * `computeRunResults` for one release of a run: given what the previous release showed
 * (`options.history`), hides whatever could be worked out by comparing the two (see
 * `suppressAcrossReleases`), and returns the state the next release must respect.
 */
export function computeRunRelease(
  template: SurveyTemplate,
  responses: readonly ResponseRecord[],
  options: ComputeResultsOptions = {},
): { results: RunResults; state: ReleaseState } {
  const history = options.history ?? EMPTY_RELEASE_STATE;
  const state: ReleaseState = { merged: [...history.merged], groups: {}, questions: {}, cells: {} };
  const anonymity = resolveAnonymity(options.anonymity);
  const min = anonymity.minGroupSize;
  const scales = template.questions.filter((question) => question.type !== 'comment').map(buildScale);
  const commentQuestion = template.questions.find((question) => question.type === 'comment');
  const sectorCount = SECTORS.length;

  // counts[q][sector * slots + slot]
  const sectorTotals = new Array<number>(sectorCount).fill(0);
  const counts = scales.map((scale) => new Uint32Array(sectorCount * scale.keys.length));
  const comments: string[] = [];

  for (const response of responses) {
    const sector = SECTOR_INDEX.get(response.sector) ?? OTHER;
    sectorTotals[sector] = (sectorTotals[sector] ?? 0) + 1;
    const answers = response.answers;
    for (let q = 0; q < scales.length; q += 1) {
      const scale = scales[q] as Scale;
      const slot = scale.slotOf(answers[scale.question.id]);
      if (slot >= 0) (counts[q] as Uint32Array)[sector * scale.keys.length + slot] += 1;
    }
    if (commentQuestion) {
      const comment = answers[commentQuestion.id];
      if (typeof comment === 'string' && comment.trim() !== '') comments.push(comment.trim());
    }
  }

  const responseCount = responses.length;
  const base = {
    responseCount,
    ...(options.audienceSize !== undefined && options.audienceSize > 0
      ? { audienceSize: options.audienceSize, responseRate: round(responseCount / options.audienceSize, 3) }
      : {}),
    anonymity,
  };

  if (responseCount < min) {
    const results: RunResults = {
      ...base,
      suppressed: true,
      questions: template.questions.map((question) => ({
        questionId: question.id,
        type: question.type,
        n: null,
        suppressed: true,
        reason: 'run-too-small',
      })),
      bySector: [],
      comments: { hidden: `Results are shown only when at least ${min} people respond.` },
    };
    return { results, state: history };
  }

  // Which group each sector lands in; groups are listed in SECTORS order with `other` last.
  const groupOfSector = SECTORS.map((sector, index) => {
    if (!anonymity.mergeSmallSectors || sector === 'other') return index;
    const total = sectorTotals[index] ?? 0;
    if (total === 0) return index;
    if (total < min && !state.merged.includes(sector)) state.merged.push(sector);
    return state.merged.includes(sector) ? OTHER : index;
  });
  const groups = SECTORS.map((_, index) => index).filter((group) =>
    groupOfSector.some((target, sector) => target === group && (sectorTotals[sector] ?? 0) > 0),
  );
  const groupTotals = groups.map((group) =>
    groupOfSector.reduce(
      (sum, target, sector) => (target === group ? sum + (sectorTotals[sector] ?? 0) : sum),
      0,
    ),
  );
  const groupHidden: (SuppressionReason | undefined)[] = groupTotals.map((total) =>
    total < min ? 'not-enough-responses' : undefined,
  );
  const groupKeys = groups.map((group) => SECTORS[group] as string);
  suppressAcrossReleases(
    groupTotals,
    groupHidden,
    groupKeys.map((key) => history.groups[key]),
    min,
  );
  groupKeys.forEach((key, position) => {
    state.groups[key] = { n: groupTotals[position] ?? 0, hidden: groupHidden[position] !== undefined };
  });

  // Per question: totals, and per-group slot counts folded from the sectors.
  const perGroup = scales.map((scale, q) => {
    const slots = scale.keys.length;
    const sectorCounts = counts[q] as Uint32Array;
    const overall = new Array<number>(slots).fill(0);
    const byGroup = groups.map(() => new Array<number>(slots).fill(0));
    for (let sector = 0; sector < sectorCount; sector += 1) {
      const groupPosition = groups.indexOf(groupOfSector[sector] ?? OTHER);
      for (let slot = 0; slot < slots; slot += 1) {
        const count = sectorCounts[sector * slots + slot] ?? 0;
        if (count === 0) continue;
        overall[slot] = (overall[slot] ?? 0) + count;
        const target = byGroup[groupPosition];
        if (target) target[slot] = (target[slot] ?? 0) + count;
      }
    }
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    const n = sum(overall);
    const groupN = byGroup.map(sum);
    const hidden = groupN.map(
      (answered, position) =>
        groupHidden[position] ?? (n < min || answered < min ? 'not-enough-responses' : undefined),
    );
    const id = scale.question.id;
    const cellKeys = groupKeys.map((key) => `${key}:${id}`);
    suppressAcrossReleases(
      groupN,
      hidden,
      cellKeys.map((key) => history.cells[key]),
      min,
    );
    cellKeys.forEach((key, position) => {
      state.cells[key] = { n: groupN[position] ?? 0, hidden: hidden[position] !== undefined };
    });
    // The question overall: hidden once, hidden for the rest of the run; and never a few answers apart.
    const before = history.questions[id];
    const grown = Math.abs(n - (before?.n ?? 0));
    const questionHidden = n < min || (before !== undefined && (before.hidden || (grown > 0 && grown < min)));
    state.questions[id] = { n, hidden: questionHidden };
    return { scale, overall, n, byGroup, groupN, hidden, questionHidden };
  });

  const questions: QuestionResult[] = template.questions.map((question) => {
    if (question.type === 'comment') {
      return {
        questionId: question.id,
        type: question.type,
        n: comments.length,
        suppressed: responseCount < anonymity.commentMinResponses,
        ...(responseCount < anonymity.commentMinResponses ? { reason: 'not-enough-responses' as const } : {}),
      };
    }
    const figures = perGroup.find((entry) => entry.scale.question === question);
    const n = figures?.n ?? 0;
    if (!figures || figures.questionHidden) {
      return {
        questionId: question.id,
        type: question.type,
        n,
        suppressed: true,
        reason: n < min ? 'not-enough-responses' : 'protects-smaller-group',
      };
    }
    return {
      questionId: question.id,
      type: question.type,
      n,
      suppressed: false,
      ...describeCounts(figures.scale, figures.overall, n),
    };
  });

  const bySector: GroupResult[] = groups.map((group, position) => {
    const sector = SECTORS[group] as Sector;
    const merged = sector === 'other' && anonymity.mergeSmallSectors;
    const reason = groupHidden[position];
    if (reason !== undefined)
      return { group: sector, merged, n: null, suppressed: true, reason, questions: [] };
    return {
      group: sector,
      merged,
      n: groupTotals[position] ?? 0,
      suppressed: false,
      questions: perGroup.map(({ scale, byGroup, groupN, hidden }) => {
        const questionReason = hidden[position];
        const base = { questionId: scale.question.id, type: scale.question.type };
        if (questionReason !== undefined)
          return { ...base, n: null, suppressed: true, reason: questionReason };
        const n = groupN[position] ?? 0;
        return { ...base, n, suppressed: false, ...describeCounts(scale, byGroup[position] ?? [], n) };
      }),
    };
  });

  const showComments = !commentQuestion || responseCount >= anonymity.commentMinResponses;
  const results: RunResults = {
    ...base,
    suppressed: false,
    questions,
    bySector,
    comments: showComments
      ? // Sorted, so the order says nothing about who answered when.
        comments.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      : { hidden: `Comments are shown only when at least ${anonymity.commentMinResponses} people respond.` },
  };
  return { results, state };
}
