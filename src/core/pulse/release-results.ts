// The release rule: what a coordinator may see of a run, in chat, on the dashboard and in the CSV.
// Every read goes through `releaseResults`, so a figure can only change between two reads when at
// least the minimum group size of new responses has come in; a read one response after another
// shows the same figures. Response counts are live.
//
// - `close` (the default for anonymous runs): nothing but the count until the run closes.
// - `steps` (the default for attributed runs): a release each time the run has gained at least the
//   minimum group size of responses since the last one.
// - At close, a final release: computed afresh when enough has come in since the last release (or
//   there was none); otherwise the last release stands, with the late responses counted only.
// Each release is computed against the one before (`computeRunRelease` with its history), so a
// group hidden once stays hidden, and no pair of releases can be subtracted into a small group.
import { computeRunRelease, type ReleaseState } from './compute-results.ts';
import { resolveAnonymity } from './resolve-anonymity.ts';
import type { AnonymityOptions, ReleasePolicy, ResponseRecord, RunResults, SurveyTemplate } from './types.ts';

/** One release as stored: what was shown, when, and the state the next release must respect. */
export interface StoredRelease {
  seq: number;
  releasedAt: Date;
  responseCount: number;
  final: boolean;
  state: ReleaseState;
  results: RunResults;
}

export interface ReleaseInput {
  template: SurveyTemplate;
  /** The run's responses now. */
  responses: readonly ResponseRecord[];
  /** The run's earlier releases, any order. */
  releases: readonly StoredRelease[];
  policy: ReleasePolicy;
  /** True when the run is closing: the final release. */
  closing: boolean;
  now: Date;
  audienceSize?: number;
  anonymity?: Partial<AnonymityOptions>;
}

export interface ReleaseDecision {
  /** A new release to store before showing anything (seq is the last one's plus one). */
  release?: StoredRelease;
  /** What may be shown now. */
  shown: RunResults;
}

/** The default policy: anonymous runs release only at close; attributed runs in steps. */
export const defaultReleasePolicy = (anonymous: boolean): ReleasePolicy => (anonymous ? 'close' : 'steps');

/** Only the count, for an open run before its first release. */
function awaitingRelease(input: ReleaseInput, min: number): RunResults {
  const base = computeRunRelease(input.template, [], {
    audienceSize: input.audienceSize,
    anonymity: input.anonymity,
  }).results;
  const live = input.responses.length;
  const rate = input.audienceSize
    ? { responseRate: Math.round((live / input.audienceSize) * 1000) / 1000 }
    : {};
  const when =
    input.policy === 'close'
      ? 'Results are released when the survey closes, so that no one can be picked out by comparing reads.'
      : `Results are released in steps of at least ${min} new responses; the first comes at ${Math.max(min, live + 1)}.`;
  return {
    ...base,
    ...rate,
    responseCount: live,
    liveResponseCount: live,
    questions: base.questions.map((question) => ({ ...question, reason: 'awaiting-release' })),
    comments: { hidden: when },
  };
}

function describe(release: StoredRelease, input: ReleaseInput, min: number, live: number): RunResults {
  const open = !release.final;
  const nextAt =
    open && input.policy === 'steps' ? { nextAt: Math.max(release.responseCount + min, live + 1) } : {};
  return {
    ...release.results,
    liveResponseCount: live,
    release: {
      seq: release.seq,
      at: release.releasedAt.toISOString(),
      responses: release.responseCount,
      final: release.final,
      policy: input.policy,
      ...nextAt,
    },
  };
}

/**
 * Decides what may be shown of a run now, and whether that makes a new release (which the caller
 * stores before showing it, so it holds across processes and replicas).
 */
export function releaseResults(input: ReleaseInput): ReleaseDecision {
  const min = resolveAnonymity(input.anonymity).minGroupSize;
  const releases = [...input.releases].sort((a, b) => a.seq - b.seq);
  const last = releases[releases.length - 1];
  const live = input.responses.length;
  if (last?.final) return { shown: describe(last, input, min, live) };
  const gained = live - (last?.responseCount ?? 0);
  const due = input.closing
    ? last === undefined || gained >= min
    : input.policy === 'steps' && live >= min && gained >= min;
  if (due) {
    const { results, state } = computeRunRelease(input.template, input.responses, {
      audienceSize: input.audienceSize,
      anonymity: input.anonymity,
      ...(last ? { history: last.state } : {}),
    });
    const release: StoredRelease = {
      seq: (last?.seq ?? 0) + 1,
      releasedAt: input.now,
      responseCount: live,
      final: input.closing,
      state,
      results,
    };
    return { release, shown: describe(release, input, min, live) };
  }
  if (last && input.closing) {
    // Too few since the last release to show apart from it: the last release is the result.
    const release: StoredRelease = { ...last, seq: last.seq + 1, releasedAt: input.now, final: true };
    return { release, shown: describe(release, input, min, live) };
  }
  return { shown: last ? describe(last, input, min, live) : awaitingRelease(input, min) };
}
