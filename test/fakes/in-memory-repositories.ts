import { randomUUID } from 'node:crypto';
import type {
  Clock,
  Feedback,
  MemberRecord,
  MemberRepository,
  NewQuestionLogEntry,
  ProcessedEventRepository,
  QuestionLogEntry,
  QuestionLogRepository,
  Role,
  WorkspaceRef,
} from '../../src/core/shared/ports.ts';

export class InMemoryMembers implements MemberRepository {
  readonly rows = new Map<string, MemberRecord>();
  private key = (ws: string, user: string) => `${ws}\u0000${user}`;

  async ensureMember(workspace: WorkspaceRef, userId: string, displayName?: string): Promise<MemberRecord> {
    const existing = this.rows.get(this.key(workspace.id, userId));
    if (existing) return existing;
    const first = ![...this.rows.values()].some(
      (m) => m.workspaceId === workspace.id && m.role === 'coordinator',
    );
    const record: MemberRecord = {
      workspaceId: workspace.id,
      userId,
      role: first ? 'coordinator' : 'member',
      displayName,
    };
    this.rows.set(this.key(workspace.id, userId), record);
    return record;
  }

  async findMember(workspaceId: string, userId: string) {
    return this.rows.get(this.key(workspaceId, userId)) ?? null;
  }

  async setRole(workspaceId: string, userId: string, role: Role) {
    const record = { ...(this.rows.get(this.key(workspaceId, userId)) ?? { workspaceId, userId }), role };
    this.rows.set(this.key(workspaceId, userId), record);
    return record;
  }

  async listMembers(workspaceId: string) {
    return [...this.rows.values()].filter((m) => m.workspaceId === workspaceId);
  }
}

export class InMemoryQuestions implements QuestionLogRepository {
  readonly rows: QuestionLogEntry[] = [];

  async record(entry: NewQuestionLogEntry) {
    const row: QuestionLogEntry = { ...entry, id: randomUUID(), createdAt: entry.createdAt ?? new Date() };
    this.rows.push(row);
    return row;
  }

  async setFeedback(workspaceId: string, questionId: string, feedback: Feedback) {
    const row = this.rows.find((r) => r.id === questionId && r.workspaceId === workspaceId);
    if (!row) return false;
    row.feedback = feedback;
    return true;
  }

  async find(workspaceId: string, questionId: string) {
    return this.rows.find((r) => r.id === questionId && r.workspaceId === workspaceId) ?? null;
  }

  /** Newest first by time asked; ties keep the order they were recorded in. */
  private newestFirst(rows: QuestionLogEntry[]) {
    return rows
      .map((row, i) => ({ row, i }))
      .sort((a, b) => b.row.createdAt.getTime() - a.row.createdAt.getTime() || b.i - a.i)
      .map((x) => x.row);
  }

  async latestForUser(workspaceId: string, userId: string) {
    return (
      this.newestFirst(this.rows.filter((r) => r.workspaceId === workspaceId && r.userId === userId))[0] ??
      null
    );
  }

  async listNeedingAnswers(workspaceId: string, limit: number) {
    return this.newestFirst(
      this.rows.filter(
        (r) => r.workspaceId === workspaceId && (r.answerKind === 'no_answer' || r.feedback === 'unhelpful'),
      ),
    ).slice(0, limit);
  }

  async deleteExpired(now: Date) {
    const before = this.rows.length;
    const keep = this.rows.filter((r) => r.expiresAt > now);
    this.rows.splice(0, this.rows.length, ...keep);
    return before - keep.length;
  }
}

export class InMemoryEvents implements ProcessedEventRepository {
  readonly seen = new Set<string>();

  async markProcessed(workspaceId: string, source: string, eventId: string) {
    const key = `${workspaceId}/${source}/${eventId}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  async unmark(workspaceId: string, source: string, eventId: string) {
    this.seen.delete(`${workspaceId}/${source}/${eventId}`);
  }

  async deleteExpired() {
    return 0;
  }
}

export class FixedClock implements Clock {
  constructor(public current = new Date('2026-11-21T10:00:00Z')) {}
  now() {
    return new Date(this.current);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}
