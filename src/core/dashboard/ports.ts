// What the coordinators' dashboard needs from storage. Every call is scoped by workspace, so a
// session of one workspace can never read or write another's rows.
import type { QuestionLogEntry } from '../shared/ports.ts';

/** A one-time sign-in as stored: the link carries its id, signed. */
export interface SignInRecord {
  id: string;
  workspaceId: string;
  userId: string;
  expiresAt: Date;
}

/** A signed-in dashboard session; `id` is the SHA-256 of the cookie value, never the value. */
export interface SessionRecord {
  id: string;
  workspaceId: string;
  userId: string;
  expiresAt: Date;
}

/** Sign-in links and sessions. */
export interface DashboardAuthRepository {
  createSignIn(signIn: SignInRecord): Promise<void>;
  /**
   * Marks a sign-in used, if it exists, is unused and has not expired, and returns it; null
   * otherwise. Exactly one caller gets it however many race (a conditional update).
   */
  consumeSignIn(id: string, now: Date): Promise<SignInRecord | null>;
  createSession(session: SessionRecord): Promise<void>;
  /** The session when it exists and has not expired. */
  findSession(id: string, now: Date): Promise<SessionRecord | null>;
  deleteSession(id: string): Promise<void>;
  /** Deletes expired sign-ins and sessions. */
  deleteExpired(now: Date): Promise<number>;
}

/** A local answer written by a coordinator, as stored. */
export interface LocalArticleRecord {
  id: string;
  workspaceId: string;
  /** Kebab-case, unique in the workspace; the article id the bot uses. It stays when the title is edited. */
  slug: string;
  title: string;
  /** Markdown: a lead paragraph, then optional `## Question?` sections. */
  body: string;
  keywords: string[];
  createdBy?: string;
  /** Who keeps the answer up to date: a role or team, as the coordinator wrote it. */
  owner?: string;
  /** When a coordinator last checked the answer is still right, and who. */
  reviewedAt?: Date;
  reviewedBy?: string;
  /** Set while the answer is withdrawn: the bot does not use it. */
  withdrawnAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

export type NewLocalArticle = Omit<
  LocalArticleRecord,
  'id' | 'createdAt' | 'updatedAt' | 'reviewedAt' | 'reviewedBy' | 'withdrawnAt'
>;

/** What an edit changes: the text and its owner; the slug (the article id) stays. */
export type LocalArticleChange = Pick<LocalArticleRecord, 'title' | 'body' | 'keywords' | 'owner'>;

/** Local answers, read by the bot for that workspace only. */
export interface LocalArticleRepository {
  /** Fails with BAD_INPUT when the workspace already has an article with that slug. */
  create(article: NewLocalArticle): Promise<LocalArticleRecord>;
  /** The answers in use (withdrawn ones left out): what the bot answers from. */
  list(workspaceId: string): Promise<LocalArticleRecord[]>;
  /** Every answer of the workspace, withdrawn ones included, oldest first. */
  listAll(workspaceId: string): Promise<LocalArticleRecord[]>;
  /** One answer of this workspace by id (withdrawn included); null for any other workspace's. */
  find(workspaceId: string, id: string): Promise<LocalArticleRecord | null>;
  update(workspaceId: string, id: string, change: LocalArticleChange): Promise<LocalArticleRecord | null>;
  markReviewed(workspaceId: string, id: string, at: Date, by: string): Promise<LocalArticleRecord | null>;
  /** Withdraws (a date) or restores (null) an answer. */
  setWithdrawn(workspaceId: string, id: string, at: Date | null): Promise<LocalArticleRecord | null>;
  /** A cheap fingerprint (count and latest change) to tell whether the answers changed. */
  version(workspaceId: string): Promise<string>;
}

/** A scheduled post that was given up, or may not have gone out. */
export interface PostProblem {
  id: string;
  kind: string;
  channelId: string;
  dueAt: Date;
  status: 'failed' | 'uncertain';
  /** The last error as the platform gave it (codes such as `not_in_channel`; never message text). */
  error?: string;
  at: Date;
}

/** What needs a coordinator's attention about the bot's own posts. */
export interface DashboardAttentionRepository {
  /** Failed and uncertain posts of the workspace that were due at or after `since`, newest first. */
  listPostProblems(workspaceId: string, since: Date): Promise<PostProblem[]>;
  /** Conversations the bot was removed from (Teams), by id. */
  listLostChannels(workspaceId: string): Promise<string[]>;
}

/** Records a host agency's confirmation of one meeting. */
export interface HostConfirmationRepository {
  /** False when the meeting is not in the workspace or is cancelled. */
  confirmHost(
    workspaceId: string,
    occurrenceId: string,
    confirmation: { agencyId: string; at: Date; by: string },
  ): Promise<boolean>;
}

/** Questions over a period, for counts by topic. */
export interface QuestionStatsRepository {
  /** Questions asked in the workspace at or after `since`, oldest first (text already redacted). */
  listAskedSince(workspaceId: string, since: Date): Promise<QuestionLogEntry[]>;
}
