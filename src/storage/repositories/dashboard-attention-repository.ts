// What the dashboard's "needs action" list reads (posts the bot could not send, conversations it
// was removed from) and the one write about meetings it makes: a host agency's confirmation.
import type {
  DashboardAttentionRepository,
  HostConfirmationRepository,
  PostProblem,
} from '../../core/dashboard/ports.ts';
import type { PrismaClient } from '../client.ts';

const PROBLEMS_SHOWN = 50;

export class PrismaDashboardAttentionRepository implements DashboardAttentionRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async listPostProblems(workspaceId: string, since: Date): Promise<PostProblem[]> {
    const rows = await this.prisma.scheduledPost.findMany({
      where: { workspaceId, status: { in: ['failed', 'uncertain'] }, dueAt: { gte: since } },
      orderBy: { dueAt: 'desc' },
      take: PROBLEMS_SHOWN,
      select: {
        id: true,
        kind: true,
        channelId: true,
        dueAt: true,
        status: true,
        lastError: true,
        updatedAt: true,
      },
    });
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      channelId: row.channelId,
      dueAt: row.dueAt,
      status: row.status === 'uncertain' ? 'uncertain' : 'failed',
      error: row.lastError ?? undefined,
      at: row.updatedAt,
    }));
  }

  async listLostChannels(workspaceId: string): Promise<string[]> {
    const rows = await this.prisma.conversationReference.findMany({
      where: { workspaceId, active: false },
      orderBy: { conversationId: 'asc' },
      select: { conversationId: true },
    });
    return rows.map((row) => row.conversationId);
  }
}

export class PrismaHostConfirmationRepository implements HostConfirmationRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async confirmHost(
    workspaceId: string,
    occurrenceId: string,
    confirmation: { agencyId: string; at: Date; by: string },
  ): Promise<boolean> {
    // Conditional on the agency still being the host: a swap between reading and writing wins.
    const { count } = await this.prisma.forumOccurrence.updateMany({
      where: {
        id: occurrenceId,
        workspaceId,
        status: { not: 'cancelled' },
        hostAgencyId: confirmation.agencyId,
      },
      data: {
        hostConfirmedAgencyId: confirmation.agencyId,
        hostConfirmedAt: confirmation.at,
        hostConfirmedBy: confirmation.by,
      },
    });
    return count === 1;
  }
}
