import type {
  InstallationLookup,
  InstallationRecord,
  InstallationRepository,
} from '../../core/shared/ports.ts';
import type { PrismaClient } from '../client.ts';
import { markWorkspaceReinstalled } from '../workspace-lifecycle.ts';

/**
 * Slack OAuth installations. Only lookup fields are stored in the clear; the installation with its
 * tokens arrives sealed (AES-256-GCM) and is stored as it came.
 */
export class PrismaInstallationRepository implements InstallationRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async save(record: InstallationRecord): Promise<void> {
    const { workspaceId, name } = record;
    const fields = {
      enterpriseId: record.enterpriseId ?? null,
      teamId: record.teamId ?? null,
      isEnterpriseInstall: record.isEnterpriseInstall,
      botUserId: record.botUserId ?? null,
      tokenExpiresAt: record.tokenExpiresAt ?? null,
      sealed: record.sealed,
    };
    await this.prisma.$transaction([
      this.prisma.workspace.upsert({
        where: { id: workspaceId },
        create: { id: workspaceId, platform: 'slack', name },
        update: name ? { name } : {},
      }),
      this.prisma.slackInstallation.upsert({
        where: { workspaceId },
        create: { workspaceId, ...fields },
        update: fields,
      }),
    ]);
    // A reinstall within the uninstall grace period keeps the workspace's data and its posts.
    await markWorkspaceReinstalled(this.prisma, workspaceId);
  }

  async findSealed(
    workspaceId: string,
    enterpriseId?: string,
  ): Promise<{ workspaceId: string; sealed: string } | null> {
    const select = { workspaceId: true, sealed: true };
    const row = await this.prisma.slackInstallation.findUnique({ where: { workspaceId }, select });
    if (row || !enterpriseId) return row;
    // An event from a workspace of an org-wide install names the team; the install is the org's.
    return this.prisma.slackInstallation.findFirst({
      where: { workspaceId: enterpriseId, isEnterpriseInstall: true },
      select,
    });
  }

  async lookup(workspaceId: string): Promise<InstallationLookup | null> {
    const row = await this.prisma.slackInstallation.findUnique({
      where: { workspaceId },
      select: { teamId: true, enterpriseId: true, isEnterpriseInstall: true },
    });
    return row ? toLookup(row) : null;
  }

  async delete(workspaceId: string): Promise<void> {
    await this.prisma.slackInstallation.deleteMany({ where: { workspaceId } });
  }

  async expiringBefore(before: Date): Promise<InstallationLookup[]> {
    const rows = await this.prisma.slackInstallation.findMany({
      where: { tokenExpiresAt: { lt: before } },
      select: { enterpriseId: true, teamId: true, isEnterpriseInstall: true },
    });
    return rows.map(toLookup);
  }
}

function toLookup(row: {
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
}): InstallationLookup {
  return {
    teamId: row.teamId ?? undefined,
    enterpriseId: row.enterpriseId ?? undefined,
    isEnterpriseInstall: row.isEnterpriseInstall,
  };
}
