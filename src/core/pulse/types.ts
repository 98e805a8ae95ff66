// The pulse-survey domain as core sees it. Storage maps its rows to these types; adapters render
// the results. Nothing here holds a user id: responses carry a keyed hash instead.
import type { Sector } from '../forums/types.ts';

/**
 * How a question is answered:
 * - `agree5`: 1 (strongly disagree) to 5 (strongly agree);
 * - `scale10`: 0 to 10;
 * - `choice`: one of the question's `options`;
 * - `comment`: free text, optional unless the template says otherwise.
 */
export type QuestionType = 'agree5' | 'scale10' | 'choice' | 'comment';

export const QUESTION_TYPES: readonly QuestionType[] = ['agree5', 'scale10', 'choice', 'comment'];

/** One question of a survey. `options` is set for `choice` questions only (2 to 10 of them). */
export interface SurveyQuestion {
  /** Stable within the template: results and trends are keyed by it. */
  id: string;
  type: QuestionType;
  text: string;
  options?: string[];
  /** True unless the question is a comment; a required question must be answered. */
  required: boolean;
}

/** A survey a coordinator can post: 1 to 5 questions, at most one of them a comment. */
export interface SurveyTemplate {
  id: string;
  /** Kebab-case name used in commands, e.g. `trust-between-agencies`. */
  key: string;
  title: string;
  description: string;
  questions: SurveyQuestion[];
  /** True for the templates that ship with joinedup; coordinator-made templates are false. */
  shipped: boolean;
}

/** A number for `agree5` and `scale10`; the option text for `choice`; the text for `comment`. */
export type SurveyAnswer = number | string;

/** One member's answers to one run. `respondentKey` is a keyed hash, never a user id. */
export interface ResponseRecord {
  respondentKey: string;
  sector: Sector;
  /** Keyed by question id; unanswered optional questions are absent. */
  answers: Record<string, SurveyAnswer>;
  submittedAt: Date;
}

/**
 * How results are protected. `minGroupSize` below 3 is raised to 3, and `commentMinResponses`
 * below `minGroupSize` is raised to it: see `resolveAnonymity`.
 */
export interface AnonymityOptions {
  /** Smallest number of responses a group (or a question) may be shown for. Default 5, never below 3. */
  minGroupSize: number;
  /** Comments are shown only when the run has at least this many responses. Default 10. */
  commentMinResponses: number;
  /** Merge sectors below the threshold into one "other" group before suppression. Default true. */
  mergeSmallSectors: boolean;
}

/** Why a figure is hidden. */
export type SuppressionReason =
  /** The group or question has fewer responses than the minimum. */
  | 'not-enough-responses'
  /** Shown, it would let a hidden smaller group be worked out by subtraction from the total. */
  | 'protects-smaller-group'
  /** The whole run has fewer responses than the minimum: only the count is shown. */
  | 'run-too-small'
  /** The run is open and its results are released later (at close, or at the next step). */
  | 'awaiting-release';

/** A sector, or `other` which (when small sectors are merged) also holds the small sectors. */
export type ResultGroup = Sector;

/** The figures for one question, over all responses or within one group. */
export interface QuestionResult {
  questionId: string;
  type: QuestionType;
  /** How many responses answered it; null only when the whole run is too small to show anything. */
  n: number | null;
  suppressed: boolean;
  reason?: SuppressionReason;
  /**
   * Answer -> count, every possible answer present (zeros included): '1'..'5' for agree5, '0'..'10'
   * for scale10, the option text for choice. Absent for comments and when suppressed.
   */
  distribution?: Record<string, number>;
  /** agree5 and scale10 only, rounded to 2 decimals; absent when suppressed or nobody answered. */
  mean?: number;
  median?: number;
}

/** One sector group's figures. Hidden groups show no n and no figures, only why. */
export interface GroupResult {
  group: ResultGroup;
  /** True when `other` also holds small sectors merged into it (which ones is not said). */
  merged: boolean;
  n: number | null;
  suppressed: boolean;
  reason?: SuppressionReason;
  /** Per-question figures (comments excluded); empty when the group is suppressed. */
  questions: QuestionResult[];
}

/** Comments are either shown (sorted, unattributed) or hidden with the reason. */
export type CommentsResult = string[] | { hidden: string };

/** The anonymity-safe results of one survey run. Holds no respondent keys and no raw responses. */
export interface RunResults {
  responseCount: number;
  /** responseCount / audienceSize, 0 to 1 rounded to 3 decimals, when the audience size is known. */
  responseRate?: number;
  audienceSize?: number;
  /** True when the run is too small to show anything but the count. */
  suppressed: boolean;
  /** The settings the results were computed with, after raising too-low values. */
  anonymity: AnonymityOptions;
  questions: QuestionResult[];
  bySector: GroupResult[];
  comments: CommentsResult;
  /** The release these figures come from (absent before the first release of an open run). */
  release?: ReleaseInfo;
  /** Responses so far, counted live; the figures cover `responseCount` of them. */
  liveResponseCount?: number;
}

/** When results of an open run are released: in steps of at least the minimum group size, or at close. */
export type ReleasePolicy = 'steps' | 'close';

/** Which release of a run a set of figures is. */
export interface ReleaseInfo {
  /** 1 for the first release of the run. */
  seq: number;
  /** ISO time of the release. */
  at: string;
  /** How many responses the figures cover. */
  responses: number;
  /** True for the release at close: these are the run's results. */
  final: boolean;
  policy: ReleasePolicy;
  /** With `steps` and while open: the response count at which the next release comes. */
  nextAt?: number;
}
