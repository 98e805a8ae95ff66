/**
 * The interfaces core needs from the outside world. Storage and adapters implement them;
 * every repository call is scoped by workspace, so one workspace never sees another's rows.
 */

/** Where "now" comes from, so tests and the scheduler can control time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A Slack team, a Teams tenant, or `local` for the console. */
export interface WorkspaceRef {
  id: string;
  platform: 'slack' | 'teams' | 'console';
  name?: string;
}

export type Role = 'member' | 'host' | 'coordinator';
export const roles: readonly Role[] = ['member', 'host', 'coordinator'];

export interface MemberRecord {
  workspaceId: string;
  userId: string;
  role: Role;
  displayName?: string;
}

export interface MemberRepository {
  /** Creates the workspace and the member if new. The first member of a workspace becomes its coordinator. */
  ensureMember(workspace: WorkspaceRef, userId: string, displayName?: string): Promise<MemberRecord>;
  findMember(workspaceId: string, userId: string): Promise<MemberRecord | null>;
  setRole(workspaceId: string, userId: string, role: Role): Promise<MemberRecord>;
  listMembers(workspaceId: string): Promise<MemberRecord[]>;
}

export type AnswerKind = 'answer' | 'urgent' | 'no_answer';
export type Feedback = 'helpful' | 'unhelpful';

/** A guidance question as stored: the text is always redacted before it gets here. */
export interface QuestionLogEntry {
  id: string;
  workspaceId: string;
  userId?: string;
  redactedText: string;
  answerKind: AnswerKind;
  matchedArticles: string[];
  confidence: number;
  privacyWarning: boolean;
  feedback?: Feedback;
  createdAt: Date;
  expiresAt: Date;
}

export type NewQuestionLogEntry = Omit<QuestionLogEntry, 'id' | 'feedback' | 'createdAt'> & {
  createdAt?: Date;
};

export interface QuestionLogRepository {
  record(entry: NewQuestionLogEntry): Promise<QuestionLogEntry>;
  /** Returns false when there is no such question in that workspace. */
  setFeedback(workspaceId: string, questionId: string, feedback: Feedback, at: Date): Promise<boolean>;
  find(workspaceId: string, questionId: string): Promise<QuestionLogEntry | null>;
  /** The newest question a person asked in a workspace. */
  latestForUser(workspaceId: string, userId: string): Promise<QuestionLogEntry | null>;
  /** Questions the bot could not answer or that were marked unhelpful, newest first. */
  listNeedingAnswers(workspaceId: string, limit: number): Promise<QuestionLogEntry[]>;
  deleteExpired(now: Date): Promise<number>;
}

export interface ProcessedEventRepository {
  /**
   * Records an inbound event id. Returns true the first time and false on every redelivery,
   * enforced by a unique key, so only the first delivery has side effects.
   */
  markProcessed(workspaceId: string, source: string, eventId: string, expiresAt: Date): Promise<boolean>;
  deleteExpired(now: Date): Promise<number>;
}
