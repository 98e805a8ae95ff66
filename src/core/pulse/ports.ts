import type { Sector } from '../forums/types.ts';
import type { StoredRelease } from './release-results.ts';
import type { ReleasePolicy, ResponseRecord, SurveyAnswer, SurveyTemplate } from './types.ts';

export type RunStatus = 'scheduled' | 'open' | 'closed';
export type Recurrence = 'none' | 'monthly' | 'quarterly' | 'yearly';

/** A survey run as stored. */
export interface SurveyRunRecord {
  id: string;
  workspaceId: string;
  templateKey: string;
  /** The template as it was when the run started. */
  template: SurveyTemplate;
  channelId: string;
  anonymous: boolean;
  opensAt: Date;
  closesAt: Date;
  status: RunStatus;
  audienceSize?: number;
  /** Who the survey is for, when known (a forum's contacts). */
  audienceUserIds?: string[];
  recurrence: Recurrence;
  createdBy?: string;
  closedAt?: Date;
  /** Aggregate results saved at close; kept after the raw responses expire. */
  summary?: unknown;
  /** When results are released while open; unset means the default (`defaultReleasePolicy`). */
  resultsRelease?: ReleasePolicy;
}

export type NewSurveyRun = Omit<SurveyRunRecord, 'id' | 'status' | 'closedAt' | 'summary'>;

/** One person's answers as recorded; `userId` only for attributed runs. */
export interface NewSurveyResponse {
  workspaceId: string;
  runId: string;
  respondentKey: string;
  userId?: string;
  sector: Sector;
  answers: Record<string, SurveyAnswer>;
  now: Date;
  expiresAt: Date;
}

/** Storage for surveys; every call is workspace-scoped except the scheduler's sweeps. */
export interface PulseRepository {
  /** Fails with BAD_INPUT when the key is taken in the workspace. */
  saveTemplate(workspaceId: string, template: SurveyTemplate, createdBy: string): Promise<SurveyTemplate>;
  listTemplates(workspaceId: string): Promise<SurveyTemplate[]>;
  createRun(run: NewSurveyRun): Promise<SurveyRunRecord>;
  findRun(workspaceId: string, runId: string): Promise<SurveyRunRecord | null>;
  listRuns(
    workspaceId: string,
    filter?: { templateKey?: string; status?: RunStatus },
  ): Promise<SurveyRunRecord[]>;
  /**
   * Opens scheduled runs whose time has come; each is returned by exactly one caller. A run whose
   * survey already has an open run in the workspace waits until that one closes.
   */
  openDueRuns(now: Date): Promise<SurveyRunRecord[]>;
  /** Runs open now, across workspaces (the scheduler's sweep). */
  listOpenRuns(now: Date): Promise<SurveyRunRecord[]>;
  /** Open runs past their closing time. */
  listRunsToClose(now: Date): Promise<SurveyRunRecord[]>;
  /** Closes an open run with its summary; true for exactly one caller however many race. */
  closeRun(workspaceId: string, runId: string, now: Date, summary: unknown): Promise<boolean>;
  /**
   * Records one person's answers: a second answer before close replaces the first (one row per
   * run and respondent, enforced by a unique key). `accepted` is false when the run is not open.
   */
  recordResponse(input: NewSurveyResponse): Promise<{ accepted: boolean; replaced: boolean }>;
  listResponses(workspaceId: string, runId: string): Promise<ResponseRecord[]>;
  countResponses(workspaceId: string, runId: string): Promise<number>;
  /** Whether the respondent with this key has answered the run. */
  hasResponse(workspaceId: string, runId: string, respondentKey: string): Promise<boolean>;
  /** User ids that answered an attributed run (anonymous runs store none). */
  listRespondentUserIds(workspaceId: string, runId: string): Promise<string[]>;
  getSector(workspaceId: string, userId: string): Promise<Sector | null>;
  setSector(workspaceId: string, userId: string, sector: Sector): Promise<void>;
  /** The releases of a run's results, oldest first. */
  listReleases(workspaceId: string, runId: string): Promise<StoredRelease[]>;
  /** Stores a release; false when the run already has one with that number (another process won). */
  saveRelease(workspaceId: string, runId: string, release: StoredRelease): Promise<boolean>;
  /** Deletes raw responses past their expiry; run summaries stay. */
  deleteExpiredResponses(now: Date): Promise<number>;
}
