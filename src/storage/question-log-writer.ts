/**
 * The question log written off the reply path: a turn hands its entry over (with an id made
 * here, so the reply's feedback buttons can name it) and answers at once; the entries of turns
 * that arrive meanwhile are written together in one statement (group commit). Nothing waits for a
 * timer: the first entry is written as soon as it arrives, so a quiet bot stores each at once.
 * Readers of the log flush it first, and shutdown flushes it, so nothing is lost or unseen.
 */
import type { NewQuestionLogEntry } from '../core/shared/ports.ts';
import type { PrismaClient } from './client.ts';
import { lookupCachesFor } from './lookup-cache.ts';

export interface QuestionRow {
  id: string;
  workspaceId: string;
  userId: string | null;
  redactedText: string;
  answerKind: string;
  urgency: string | null;
  matchedArticles: string[];
  confidence: number;
  privacyWarning: boolean;
  createdAt: Date;
  expiresAt: Date;
}

/** Entries written at most in one statement. */
const BATCH = 500;
/**
 * After a failed write (database gone, disk full) the entries are kept, in order, and tried again
 * after a wait that doubles from RETRY_MS up to MAX_RETRY_MS, for as long as it takes: an outage
 * loses nothing. Only past MAX_WAITING entries are the oldest dropped (and reported), so an outage
 * that never ends cannot exhaust memory.
 */
const RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;
const MAX_WAITING = 20_000;

/**
 * Whether the database refused the data itself (SQLSTATE class 22 data exception or 23 integrity
 * constraint), rather than being unreachable, full or shutting down: retrying that row cannot help.
 */
function isDataError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const sqlState = /Code: `([0-9A-Z]{5})`/.exec(error.message)?.[1] ?? (error as { code?: unknown }).code;
  return typeof sqlState === 'string' && /^2[23][0-9A-Z]{3}$/.test(sqlState);
}

export function questionRow(id: string, entry: NewQuestionLogEntry, now: Date): QuestionRow {
  return {
    id,
    workspaceId: entry.workspaceId,
    userId: entry.userId ?? null,
    redactedText: entry.redactedText,
    answerKind: entry.answerKind,
    urgency: entry.urgency ?? null,
    matchedArticles: entry.matchedArticles,
    confidence: entry.confidence,
    privacyWarning: entry.privacyWarning,
    createdAt: entry.createdAt ?? now,
    expiresAt: entry.expiresAt,
  };
}

const FLUSH_TRIES = 3;

export class QuestionLogWriter {
  private pending: QuestionRow[] = [];
  private writing: Promise<void> | undefined;
  private retry: NodeJS.Timeout | undefined;
  private attempts = 0;
  /** Told when a batch could not be written (and is kept for another try, or given up). */
  onError: (error: unknown, info: { entries: number; givenUp: boolean }) => void = () => {};

  constructor(private readonly prisma: PrismaClient) {}

  /** Queues an entry; its write starts now unless one is running, which then takes it too. */
  add(row: QuestionRow): void {
    this.pending.push(row);
    if (this.pending.length > MAX_WAITING) {
      const dropped = this.pending.splice(0, this.pending.length - MAX_WAITING);
      this.onError(new Error('too many question log entries waiting'), {
        entries: dropped.length,
        givenUp: true,
      });
    }
    if (!this.retry) this.start();
  }

  /** Entries waiting (for a running write or a retry). */
  get waiting(): number {
    return this.pending.length;
  }

  /**
   * Resolves once every entry handed over so far is written, or three tries at it in a row have
   * failed (the first query after an outage can meet a connection the outage cut; the next gets a
   * fresh one). What is still waiting then stays queued for the usual retries.
   */
  async flush(): Promise<void> {
    for (let tries = 0; tries < FLUSH_TRIES; tries++) {
      if (this.retry) {
        clearTimeout(this.retry);
        this.retry = undefined;
        this.start();
      }
      while (this.writing) await this.writing;
      if (this.pending.length === 0) return;
    }
  }

  private start(): void {
    if (this.writing || this.pending.length === 0) return;
    this.writing = this.drain().finally(() => {
      this.writing = undefined;
    });
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, BATCH);
      try {
        await this.write(batch);
        this.attempts = 0;
      } catch (caught) {
        let error = caught;
        let waiting = batch;
        if (isDataError(error)) {
          // The rows themselves are refused (not the database being away): each is tried alone,
          // and only one the database refuses again is dropped, so one bad row blocks nothing.
          const stopped = await this.writeOneByOne(batch);
          if (!stopped) continue;
          ({ error, rest: waiting } = stopped);
        }
        this.attempts += 1;
        this.onError(error, { entries: waiting.length, givenUp: false });
        // Kept, in order, for a later try: the database may be back by then.
        this.pending.unshift(...waiting);
        const wait = Math.min(RETRY_MS * 2 ** (this.attempts - 1), MAX_RETRY_MS);
        this.retry = setTimeout(() => {
          this.retry = undefined;
          this.start();
        }, wait);
        this.retry.unref();
        return;
      }
    }
  }

  /** Writes rows one at a time; stops at an error that is not the row's fault, with the rows left. */
  private async writeOneByOne(
    batch: QuestionRow[],
  ): Promise<{ error: unknown; rest: QuestionRow[] } | undefined> {
    for (const [index, row] of batch.entries()) {
      try {
        await this.write([row]);
      } catch (error) {
        if (!isDataError(error)) return { error, rest: batch.slice(index) };
        this.onError(error, { entries: 1, givenUp: true });
      }
    }
    return undefined;
  }

  /**
   * Writes a batch. Ids are made here, so a row already present is this entry, written by an
   * earlier try whose commit reached the database but whose reply did not (a connection cut by an
   * outage at that moment): it is skipped, not retried for ever as a conflict.
   */
  private async write(batch: QuestionRow[]): Promise<void> {
    const known = lookupCachesFor(this.prisma).workspaces;
    const workspaces = [...new Set(batch.map((r) => r.workspaceId))].filter(
      (id) => known.get(id) === undefined,
    );
    if (workspaces.length > 0) {
      // A workspace only a question has named so far is recorded without a platform.
      await this.prisma.$transaction([
        this.prisma.workspace.createMany({
          data: workspaces.map((id) => ({ id, platform: 'unknown' })),
          skipDuplicates: true,
        }),
        this.insert(batch),
      ]);
      // The row exists now; with which platform is not known here (another writer may have set one).
      for (const id of workspaces) if (known.get(id) === undefined) known.set(id, 'unknown');
    } else {
      await this.insert(batch);
    }
  }

  /**
   * The rows in one statement whose text is the same for any number of rows: Prisma plans a
   * query once per shape, and a `createMany` of a batch's size and nulls was a new shape almost
   * every time (its planning was some 5% of a busy bot's main thread, docs/performance.md).
   */
  private insert(batch: QuestionRow[]) {
    const column = <T>(read: (row: QuestionRow) => T) => batch.map(read);
    return this.prisma.$executeRaw`
      INSERT INTO guidance_question (id, workspace_id, user_id, redacted_text, answer_kind, urgency,
                                     matched_articles, confidence, privacy_warning, created_at, expires_at)
      SELECT v.id, v.workspace_id, v.user_id, v.redacted_text, v.answer_kind, v.urgency,
             ARRAY(SELECT a.value FROM jsonb_array_elements_text(v.matched_articles::jsonb)
                   WITH ORDINALITY AS a(value, n) ORDER BY a.n), v.confidence,
             v.privacy_warning, (v.created_at::timestamptz AT TIME ZONE 'UTC'),
             (v.expires_at::timestamptz AT TIME ZONE 'UTC')
      FROM unnest(${column((r) => r.id)}::text[], ${column((r) => r.workspaceId)}::text[],
                  ${column((r) => r.userId)}::text[], ${column((r) => r.redactedText)}::text[],
                  ${column((r) => r.answerKind)}::text[], ${column((r) => r.urgency)}::text[],
                  ${column((r) => JSON.stringify(r.matchedArticles))}::text[],
                  ${column((r) => r.confidence)}::float8[], ${column((r) => r.privacyWarning)}::boolean[],
                  ${column((r) => r.createdAt.toISOString())}::text[],
                  ${column((r) => r.expiresAt.toISOString())}::text[])
           AS v(id, workspace_id, user_id, redacted_text, answer_kind, urgency, matched_articles,
                confidence, privacy_warning, created_at, expires_at)
      ON CONFLICT (id) DO NOTHING`;
  }
}

const writers = new WeakMap<object, QuestionLogWriter>();

/** The question log writer of one database client (one per client, shared by its readers). */
export function questionLogWriterFor(prisma: PrismaClient): QuestionLogWriter {
  let writer = writers.get(prisma);
  if (!writer) {
    writer = new QuestionLogWriter(prisma);
    writers.set(prisma, writer);
  }
  return writer;
}

/** Writes the question log entries still waiting; before reading or deleting questions directly. */
export function flushQuestionLog(prisma: PrismaClient): Promise<void> {
  return writers.get(prisma)?.flush() ?? Promise.resolve();
}
