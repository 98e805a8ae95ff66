import type { Logger } from '../logger.ts';
import type { PrismaClient } from './client.ts';
import { rollUpPastRsvps } from './retention.ts';
import { deleteUninstalledWorkspaces } from './workspace-lifecycle.ts';

/** The scheduler's housekeeping queries: retention and the forums to re-plan. */
export class PrismaMaintenance {
  constructor(private readonly prisma: PrismaClient) {}

  rollUpPastRsvps(now: Date, retentionDays: number) {
    return rollUpPastRsvps(this.prisma, now, retentionDays);
  }

  deleteUninstalledWorkspaces(now: Date, graceDays: number, logger?: Logger) {
    return deleteUninstalledWorkspaces(this.prisma, now, graceDays, logger);
  }

  /** The installed workspaces that have at least one forum. */
  async workspacesWithForums(): Promise<string[]> {
    const rows = await this.prisma.forum.findMany({
      where: { workspace: { uninstalledAt: null } },
      select: { workspaceId: true },
      distinct: ['workspaceId'],
    });
    return rows.map((r) => r.workspaceId);
  }
}
