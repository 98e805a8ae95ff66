/**
 * The interfaces core needs from the outside world. Storage and adapters implement them;
 * every repository call is scoped by workspace, so one workspace never sees another's rows.
 */

/** Where "now" comes from, so tests and the scheduler can control time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The chat platforms a workspace can be on. */
export type Platform = 'slack' | 'teams' | 'console';

/** A Slack team, a Teams tenant, or `local` for the console. */
export interface WorkspaceRef {
  id: string;
  platform: Platform;
  name?: string;
}

/** What is known of a workspace: its platform (undefined until an event names it) and removal. */
export interface WorkspaceStatus {
  platform?: Platform;
  /** Set while the app is uninstalled; its data is deleted after the grace period. */
  uninstalledAt?: Date;
}

/** Workspaces themselves: which platform each is on, and the app's removal and return. */
export interface WorkspaceRepository {
  /** Records the workspace and its platform; a workspace first seen without one takes it now. */
  ensure(workspace: WorkspaceRef): Promise<void>;
  /** The workspace's platform; undefined when no event has named it, or there is no such workspace. */
  platformOf(workspaceId: string): Promise<Platform | undefined>;
  status(workspaceId: string): Promise<WorkspaceStatus | null>;
  /** The app was removed: pending posts are cancelled, deletion follows after the grace period. */
  markUninstalled(workspaceId: string, at: Date): Promise<{ found: boolean; cancelledPosts: number }>;
  /** The app is back: the uninstall mark (and so the pending deletion) goes, and its posts resume. */
  markReinstalled(workspaceId: string): Promise<{ found: boolean; restoredPosts: number }>;
}

/** Something a workspace's coordinators must be told, such as a post that could not be sent. */
export interface WorkspaceNotice {
  id: string;
  workspaceId: string;
  /** One notice per cause (`post:<id>`): the same cause is not told twice. */
  key: string;
  kind: string;
  text: string;
  createdAt: Date;
}

export type NewWorkspaceNotice = Omit<WorkspaceNotice, 'id'>;

export interface WorkspaceNoticeRepository {
  /** Adds a notice; false when one with the same key exists. */
  add(notice: NewWorkspaceNotice): Promise<boolean>;
  /** The notices no coordinator has seen, oldest first, marked as shown to `userId`. */
  takePending(workspaceId: string, userId: string, at: Date, limit: number): Promise<WorkspaceNotice[]>;
  /** The newest notices, shown or not. */
  list(workspaceId: string, limit: number): Promise<(WorkspaceNotice & { deliveredAt?: Date })[]>;
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
  /** Urgent messages only: danger now or a concern for today. They keep no text and no author. */
  urgency?: 'now' | 'today';
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
  /** Forgets an event whose handling failed, so the platform's retry of it is processed. */
  unmark(workspaceId: string, source: string, eventId: string): Promise<void>;
  deleteExpired(now: Date): Promise<number>;
}

/**
 * A piece of a post: plain text, or a person to mention. Each platform writes mentions its own way
 * (Slack `<@id>`, Teams by name), so core never writes one into the text.
 */
export type PostPart = { text: string } | { mention: string };

/** A message the bot posts on its own (scheduled announcements, reminders, survey posts). */
export interface OutboundMessage {
  /** Complete plain-text rendering (mentions as `@id`). */
  text: string;
  /** The same text with its mentions as typed parts, when it mentions anyone. */
  parts?: PostPart[];
  /** What the post is, for adapters that render kinds differently (cards, blocks). */
  kind: string;
  /** Buttons, by id and value; the console lists them as typed commands. */
  actions?: { id: string; label: string; command: string; value: string }[];
  /**
   * Kind-specific data for richer rendering (ids of the forum occurrence, survey run...).
   * `private: true` marks a direct message: the post's channel is then a person's user id.
   */
  data?: Record<string, unknown>;
}

/** Whether a post goes to one person directly (its channel is their user id). */
export function isDirectMessage(message: OutboundMessage): boolean {
  return message.data?.private === true;
}

/** Where a post goes: a channel or conversation in a workspace. */
export interface PostTarget {
  workspaceId: string;
  channelId: string;
}

/** The outbound port: each adapter (console, Slack, Teams) sends posts its own way. */
export interface ChatGateway {
  /**
   * Sends a post. `idempotencyKey` is unique per post; gateways that can label posts store it so
   * `findPosted` can later tell whether an interrupted send went out.
   */
  post(
    target: PostTarget,
    message: OutboundMessage,
    idempotencyKey: string,
  ): Promise<{ externalId?: string }>;
  /**
   * Looks up an earlier post by its key, where the platform allows it: the post, `null` when it
   * was not sent, `undefined` when this target cannot be looked up (a gateway routing several
   * platforms, only some of which can).
   */
  findPosted?(
    target: PostTarget,
    idempotencyKey: string,
  ): Promise<{ externalId?: string } | null | undefined>;
  /**
   * Sends `text` to one person in a direct (personal) chat, where the platform allows it: how a
   * coordinator hears that a post of theirs was given up.
   */
  notify?(workspaceId: string, userId: string, text: string): Promise<void>;
}

export type ScheduledPostStatus =
  | 'pending'
  | 'sending'
  | 'sent'
  | 'skipped'
  | 'cancelled'
  | 'uncertain'
  | 'failed';

export interface NewScheduledPost {
  workspaceId: string;
  /** Unique per workspace, e.g. `forum:<occurrence id>:member_reminder`. */
  key: string;
  kind: string;
  channelId: string;
  message: OutboundMessage;
  dueAt: Date;
  /** After this the post is no longer useful and is skipped rather than sent late. */
  expiresAt?: Date;
}

/** A post claimed by one scheduler instance for the length of its lease. */
export interface ClaimedPost extends NewScheduledPost {
  id: string;
  attempts: number;
  /** True when an earlier claim's lease ran out mid-send: it may or may not have gone out. */
  interrupted: boolean;
}

/** A post the gateway accepted, to be marked sent (see `markSentMany`). */
export interface SentMark {
  id: string;
  at: Date;
  externalId?: string;
  late: boolean;
}

export interface ScheduledPostRepository {
  /** Plans a post once: a second call with the same key changes nothing unless the post is still pending. */
  schedule(post: NewScheduledPost): Promise<{ created: boolean }>;
  /**
   * Claims up to `limit` due posts for `owner` until `leaseUntil`. Concurrent claimers never get
   * the same post (row locks skipped, not waited on).
   */
  claimDue(now: Date, owner: string, leaseUntil: Date, limit: number): Promise<ClaimedPost[]>;
  /** Each mark only applies while `owner` still holds the claim; returns false otherwise. */
  markSent(
    id: string,
    owner: string,
    at: Date,
    result: { externalId?: string; late: boolean },
  ): Promise<boolean>;
  /**
   * Marks several posts sent in one write; like `markSent`, only posts `owner` still holds are
   * changed. Returns how many were.
   */
  markSentMany(owner: string, marks: readonly SentMark[]): Promise<number>;
  markSkipped(id: string, owner: string, reason: string): Promise<boolean>;
  markUncertain(id: string, owner: string, reason: string): Promise<boolean>;
  /** Gives a claim back after a failed send, to be retried from `retryAt` (or failed for good). */
  release(id: string, owner: string, error: string, retryAt: Date, giveUp: boolean): Promise<boolean>;
  /** Releases every claim `owner` holds (graceful shutdown), so another instance can take them. */
  releaseAll(owner: string): Promise<number>;
  /**
   * Cancels pending posts whose key starts with `keyPrefix` (a cancelled meeting, or an
   * announcement superseded by a newer one), except the post keyed `exceptKey`.
   */
  cancelPending(workspaceId: string, keyPrefix: string, exceptKey?: string): Promise<number>;
  /** When the soonest pending post falls due, if at or before `until` (a simulated clock steps to it). */
  nextDueAt(until: Date): Promise<Date | null>;
  /** A post by its key: its status and message (what went out, once it has been sent). */
  find(
    workspaceId: string,
    key: string,
  ): Promise<{ status: ScheduledPostStatus; message: OutboundMessage } | null>;
  countByStatus(workspaceId?: string): Promise<Record<string, number>>;
  /**
   * Posts whose key starts with `keyPrefix` that failed or are being retried after a failed send
   * (status `failed`, `uncertain`, or `pending` with an error), oldest first: what `forum schedule`
   * and `pulse list` show a coordinator.
   */
  listTroubled(workspaceId: string, keyPrefix: string): Promise<TroubledPost[]>;
}

/** A post that failed or is being retried, as a coordinator is shown it. */
export interface TroubledPost {
  key: string;
  kind: string;
  channelId: string;
  dueAt: Date;
  status: ScheduledPostStatus;
  attempts: number;
  lastError?: string;
}

/** What the product reports about itself; the ops layer turns it into metrics. Every method is optional to implement meaningfully. */
export interface Telemetry {
  questionAnswered(kind: AnswerKind, milliseconds: number): void;
  surveyResponseRecorded(): void;
  errorRaised(code: string): void;
}

/** Telemetry that records nothing (tests, and `joinedup ask`). */
export const noTelemetry: Telemetry = {
  questionAnswered: () => {},
  surveyResponseRecorded: () => {},
  errorRaised: () => {},
};

/** Where a chat platform finds an installation again: the team, or the enterprise of an org-wide install. */
export interface InstallationLookup {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
}

/**
 * An app installation as stored: lookup fields in the clear, the platform's installation (with its
 * tokens) sealed by the adapter before it gets here.
 */
export interface InstallationRecord extends InstallationLookup {
  workspaceId: string;
  name?: string;
  botUserId?: string;
  tokenExpiresAt?: Date;
  sealed: string;
}

/** App installations (Slack OAuth): storing one is an install or a reinstall. */
export interface InstallationRepository {
  /** Stores or replaces a workspace's installation; a reinstall within the grace period keeps its data and posts. */
  save(record: InstallationRecord): Promise<void>;
  /** The sealed installation of a workspace, or of the enterprise whose org-wide install covers it. */
  findSealed(
    workspaceId: string,
    enterpriseId?: string,
  ): Promise<{ workspaceId: string; sealed: string } | null>;
  lookup(workspaceId: string): Promise<InstallationLookup | null>;
  delete(workspaceId: string): Promise<void>;
  /** Installations whose rotating bot token expires before `before`. */
  expiringBefore(before: Date): Promise<InstallationLookup[]>;
}

/** One item of turn state and its version. */
export interface TurnStateItem {
  value: Record<string, unknown>;
  eTag: string;
}

/** Key-value turn state with optimistic concurrency (Teams' bot state). */
export interface TurnStateRepository {
  read(keys: string[]): Promise<Record<string, TurnStateItem>>;
  /**
   * Writes an item. With `expectedETag` the write only applies to that version (or creates the
   * item when there is none); false when another turn changed or created it meanwhile.
   */
  write(key: string, value: Record<string, unknown>, expectedETag?: string): Promise<boolean>;
  delete(keys: string[]): Promise<void>;
}

/** A stored conversation reference: where the bot can post on its own. */
export interface StoredConversationReference {
  workspaceId: string;
  conversationId: string;
  reference: Record<string, unknown>;
  active: boolean;
}

/** Conversation references by (workspace, conversation), for proactive posts. */
export interface ConversationReferenceRepository {
  /** Stores or refreshes a reference and marks it active (the bot is installed there). */
  save(workspaceId: string, conversationId: string, reference: Record<string, unknown>): Promise<void>;
  find(workspaceId: string, conversationId: string): Promise<StoredConversationReference | null>;
  /** The bot was removed (or the platform says it is not there): posts there stop. */
  markInactive(workspaceId: string, conversationId: string): Promise<boolean>;
  /** Every conversation of a team the bot was removed from (references saved with its `teamId`). */
  markTeamInactive(workspaceId: string, teamId: string): Promise<number>;
  /** The active personal (one-to-one) chat with a user, by their user id or directory object id. */
  findPersonal(workspaceId: string, userId: string): Promise<StoredConversationReference | null>;
  /** Any active reference of the workspace (its service URL opens a new personal chat). */
  findAnyActive(workspaceId: string): Promise<StoredConversationReference | null>;
}

/** A scheduled post's message by its key, for a card that is redrawn after a click. */
export interface PostMessageLookup {
  messageFor(workspaceId: string, key: string): Promise<OutboundMessage | null>;
}
