import { randomUUID } from 'node:crypto';
import type {
  AnswerKind,
  Feedback,
  NewQuestionLogEntry,
  QuestionLogEntry,
  QuestionLogRepository,
} from '../../core/shared/ports.ts';
import type { PrismaClient } from '../client.ts';
import type { GuidanceQuestion } from '../generated/prisma/client.ts';
import { type QuestionLogWriter, questionLogWriterFor, questionRow } from '../question-log-writer.ts';

function toEntry(row: GuidanceQuestion): QuestionLogEntry {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    userId: row.userId ?? undefined,
    redactedText: row.redactedText,
    answerKind: row.answerKind as AnswerKind,
    urgency: row.urgency === 'now' || row.urgency === 'today' ? row.urgency : undefined,
    matchedArticles: row.matchedArticles,
    confidence: row.confidence,
    privacyWarning: row.privacyWarning,
    feedback: (row.feedback as Feedback | null) ?? undefined,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
  };
}

export class PrismaQuestionLogRepository implements QuestionLogRepository {
  private readonly writer: QuestionLogWriter;

  constructor(private readonly prisma: PrismaClient) {
    this.writer = questionLogWriterFor(prisma);
  }

  /** Hands the entry to the batched writer and returns it at once (see question-log-writer.ts). */
  async record(entry: NewQuestionLogEntry): Promise<QuestionLogEntry> {
    const row = questionRow(randomUUID(), entry, new Date());
    this.writer.add(row);
    return toEntry({ ...row, feedback: null, feedbackAt: null });
  }

  /** Writes the entries still waiting: every read below sees every question recorded before it. */
  flush(): Promise<void> {
    return this.writer.flush();
  }

  async setFeedback(workspaceId: string, questionId: string, feedback: Feedback, at: Date): Promise<boolean> {
    await this.writer.flush();
    const result = await this.prisma.guidanceQuestion.updateMany({
      where: { id: questionId, workspaceId },
      data: { feedback, feedbackAt: at },
    });
    return result.count > 0;
  }

  async find(workspaceId: string, questionId: string): Promise<QuestionLogEntry | null> {
    await this.writer.flush();
    const row = await this.prisma.guidanceQuestion.findFirst({ where: { id: questionId, workspaceId } });
    return row ? toEntry(row) : null;
  }

  async latestForUser(workspaceId: string, userId: string): Promise<QuestionLogEntry | null> {
    await this.writer.flush();
    const row = await this.prisma.guidanceQuestion.findFirst({
      where: { workspaceId, userId },
      orderBy: { createdAt: 'desc' },
    });
    return row ? toEntry(row) : null;
  }

  async listNeedingAnswers(workspaceId: string, limit: number): Promise<QuestionLogEntry[]> {
    await this.writer.flush();
    const rows = await this.prisma.guidanceQuestion.findMany({
      where: { workspaceId, OR: [{ answerKind: 'no_answer' }, { feedback: 'unhelpful' }] },
      orderBy: { createdAt: 'desc' },
      take: limit,
    });
    return rows.map(toEntry);
  }

  async deleteExpired(now: Date): Promise<number> {
    await this.writer.flush();
    const result = await this.prisma.guidanceQuestion.deleteMany({ where: { expiresAt: { lte: now } } });
    return result.count;
  }
}
