import type {
  AnswerKind,
  Feedback,
  NewQuestionLogEntry,
  QuestionLogEntry,
  QuestionLogRepository,
} from '../../core/shared/ports.ts';
import type { PrismaClient } from '../client.ts';
import type { GuidanceQuestion } from '../generated/prisma/client.ts';

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
  constructor(private readonly prisma: PrismaClient) {}

  async record(entry: NewQuestionLogEntry): Promise<QuestionLogEntry> {
    const row = await this.prisma.guidanceQuestion.create({
      data: {
        workspace: {
          connectOrCreate: {
            where: { id: entry.workspaceId },
            create: { id: entry.workspaceId, platform: 'unknown' },
          },
        },
        userId: entry.userId ?? null,
        redactedText: entry.redactedText,
        answerKind: entry.answerKind,
        urgency: entry.urgency ?? null,
        matchedArticles: entry.matchedArticles,
        confidence: entry.confidence,
        privacyWarning: entry.privacyWarning,
        createdAt: entry.createdAt,
        expiresAt: entry.expiresAt,
      },
    });
    return toEntry(row);
  }

  async setFeedback(workspaceId: string, questionId: string, feedback: Feedback, at: Date): Promise<boolean> {
    const result = await this.prisma.guidanceQuestion.updateMany({
      where: { id: questionId, workspaceId },
      data: { feedback, feedbackAt: at },
    });
    return result.count > 0;
  }

  async find(workspaceId: string, questionId: string): Promise<QuestionLogEntry | null> {
    const row = await this.prisma.guidanceQuestion.findFirst({ where: { id: questionId, workspaceId } });
    return row ? toEntry(row) : null;
  }

  async latestForUser(workspaceId: string, userId: string): Promise<QuestionLogEntry | null> {
    const row = await this.prisma.guidanceQuestion.findFirst({
      where: { workspaceId, userId },
      orderBy: { createdAt: 'desc' },
    });
    return row ? toEntry(row) : null;
  }

  async listNeedingAnswers(workspaceId: string, limit: number): Promise<QuestionLogEntry[]> {
    const rows = await this.prisma.guidanceQuestion.findMany({
      where: { workspaceId, OR: [{ answerKind: 'no_answer' }, { feedback: 'unhelpful' }] },
      orderBy: { createdAt: 'desc' },
      take: limit,
    });
    return rows.map(toEntry);
  }

  async deleteExpired(now: Date): Promise<number> {
    const result = await this.prisma.guidanceQuestion.deleteMany({ where: { expiresAt: { lte: now } } });
    return result.count;
  }
}
