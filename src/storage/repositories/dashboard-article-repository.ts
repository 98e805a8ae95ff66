import type {
  LocalArticleChange,
  LocalArticleRecord,
  LocalArticleRepository,
  NewLocalArticle,
  QuestionStatsRepository,
} from '../../core/dashboard/ports.ts';
import { AppError } from '../../core/shared/errors.ts';
import type { AnswerKind, Feedback, QuestionLogEntry } from '../../core/shared/ports.ts';
import type { PrismaClient } from '../client.ts';
import type { LocalArticle } from '../generated/prisma/client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { flushQuestionLog } from '../question-log-writer.ts';

const toRecord = (row: LocalArticle): LocalArticleRecord => ({
  id: row.id,
  workspaceId: row.workspaceId,
  slug: row.slug,
  title: row.title,
  body: row.body,
  keywords: row.keywords,
  createdBy: row.createdBy ?? undefined,
  owner: row.owner ?? undefined,
  reviewedAt: row.reviewedAt ?? undefined,
  reviewedBy: row.reviewedBy ?? undefined,
  withdrawnAt: row.withdrawnAt ?? undefined,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** Coordinators' local answers, one workspace at a time. */
export class PrismaLocalArticleRepository implements LocalArticleRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async create(article: NewLocalArticle): Promise<LocalArticleRecord> {
    try {
      const row = await this.prisma.localArticle.create({
        data: {
          workspace: {
            connectOrCreate: {
              where: { id: article.workspaceId },
              create: { id: article.workspaceId, platform: 'unknown' },
            },
          },
          slug: article.slug,
          title: article.title,
          body: article.body,
          keywords: article.keywords,
          createdBy: article.createdBy ?? null,
          owner: article.owner ?? null,
        },
      });
      return toRecord(row);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new AppError(
          'BAD_INPUT',
          'There is already a local answer with this title. Give this one a different title.',
        );
      }
      throw error;
    }
  }

  async list(workspaceId: string): Promise<LocalArticleRecord[]> {
    const rows = await this.prisma.localArticle.findMany({
      where: { workspaceId, withdrawnAt: null },
      orderBy: [{ createdAt: 'asc' }, { slug: 'asc' }],
    });
    return rows.map(toRecord);
  }

  async listAll(workspaceId: string): Promise<LocalArticleRecord[]> {
    const rows = await this.prisma.localArticle.findMany({
      where: { workspaceId },
      orderBy: [{ createdAt: 'asc' }, { slug: 'asc' }],
    });
    return rows.map(toRecord);
  }

  async find(workspaceId: string, id: string): Promise<LocalArticleRecord | null> {
    const row = await this.prisma.localArticle.findFirst({ where: { id, workspaceId } });
    return row ? toRecord(row) : null;
  }

  /** Changes one row of the workspace; null when there is no such row there. */
  private async change(
    workspaceId: string,
    id: string,
    data: Prisma.LocalArticleUpdateManyMutationInput,
  ): Promise<LocalArticleRecord | null> {
    const { count } = await this.prisma.localArticle.updateMany({ where: { id, workspaceId }, data });
    return count === 1 ? this.find(workspaceId, id) : null;
  }

  update(workspaceId: string, id: string, change: LocalArticleChange): Promise<LocalArticleRecord | null> {
    return this.change(workspaceId, id, {
      title: change.title,
      body: change.body,
      keywords: change.keywords,
      owner: change.owner ?? null,
    });
  }

  markReviewed(workspaceId: string, id: string, at: Date, by: string): Promise<LocalArticleRecord | null> {
    return this.change(workspaceId, id, { reviewedAt: at, reviewedBy: by });
  }

  setWithdrawn(workspaceId: string, id: string, at: Date | null): Promise<LocalArticleRecord | null> {
    return this.change(workspaceId, id, { withdrawnAt: at });
  }

  async version(workspaceId: string): Promise<string> {
    const result = await this.prisma.localArticle.aggregate({
      where: { workspaceId },
      _count: { _all: true },
      _max: { updatedAt: true },
    });
    return `${result._count._all}:${result._max.updatedAt?.toISOString() ?? ''}`;
  }
}

/** Logged questions over a period, for the dashboard's counts by topic. */
export class PrismaQuestionStatsRepository implements QuestionStatsRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async listAskedSince(workspaceId: string, since: Date): Promise<QuestionLogEntry[]> {
    await flushQuestionLog(this.prisma);
    const rows = await this.prisma.guidanceQuestion.findMany({
      where: { workspaceId, createdAt: { gte: since } },
      orderBy: { createdAt: 'asc' },
      take: 50_000,
    });
    return rows.map((row) => ({
      id: row.id,
      workspaceId: row.workspaceId,
      redactedText: row.redactedText,
      answerKind: row.answerKind as AnswerKind,
      matchedArticles: row.matchedArticles,
      confidence: row.confidence,
      privacyWarning: row.privacyWarning,
      feedback: (row.feedback as Feedback | null) ?? undefined,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
    }));
  }
}
