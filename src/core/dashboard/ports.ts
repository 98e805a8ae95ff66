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
  /** Kebab-case, unique in the workspace; the article id the bot uses. */
  slug: string;
  title: string;
  /** Markdown: a lead paragraph, then optional `## Question?` sections. */
  body: string;
  keywords: string[];
  createdBy?: string;
  createdAt: Date;
  updatedAt: Date;
}

export type NewLocalArticle = Omit<LocalArticleRecord, 'id' | 'createdAt' | 'updatedAt'>;

/** Local answers, read by the bot for that workspace only. */
export interface LocalArticleRepository {
  /** Fails with BAD_INPUT when the workspace already has an article with that slug. */
  create(article: NewLocalArticle): Promise<LocalArticleRecord>;
  list(workspaceId: string): Promise<LocalArticleRecord[]>;
  /** A cheap fingerprint (count and latest change) to tell whether the list changed. */
  version(workspaceId: string): Promise<string>;
}

/** Questions over a period, for counts by topic. */
export interface QuestionStatsRepository {
  /** Questions asked in the workspace at or after `since`, oldest first (text already redacted). */
  listAskedSince(workspaceId: string, since: Date): Promise<QuestionLogEntry[]>;
}
