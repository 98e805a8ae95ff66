import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import type { PrismaClient } from '../../storage/client.ts';
import { markWorkspaceReinstalled } from '../../storage/workspace-lifecycle.ts';
import { seal, unseal } from './seal.ts';

/** The joinedup workspace id of an installation or query: the enterprise for org-wide installs. */
export function slackWorkspaceId(source: {
  isEnterpriseInstall?: boolean;
  enterpriseId?: string;
  teamId?: string;
}): string {
  const id = source.isEnterpriseInstall ? source.enterpriseId : (source.teamId ?? source.enterpriseId);
  if (!id) throw new Error('A Slack installation needs a team or an enterprise id.');
  return id;
}

const CACHE_MS = 60_000;

/**
 * Slack OAuth installations in the database. The installation (bot token, refresh token, user
 * token) is sealed with AES-256-GCM; only lookup fields are stored in the clear. Reads are cached
 * briefly so acknowledging an event never waits on the database.
 */
export class PrismaInstallationStore implements InstallationStore {
  private readonly cache = new Map<string, { at: number; installation: Installation }>();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly key: Buffer,
  ) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const workspaceId = slackWorkspaceId({
      isEnterpriseInstall: installation.isEnterpriseInstall,
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
    });
    const name = installation.team?.name ?? installation.enterprise?.name;
    const fields = {
      enterpriseId: installation.enterprise?.id ?? null,
      teamId: installation.team?.id ?? null,
      isEnterpriseInstall: installation.isEnterpriseInstall === true,
      botUserId: installation.bot?.userId ?? null,
      tokenExpiresAt: installation.bot?.expiresAt ? new Date(installation.bot.expiresAt * 1000) : null,
      sealed: seal(this.key, JSON.stringify(installation), workspaceId),
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
    this.cache.set(workspaceId, { at: Date.now(), installation });
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const workspaceId = slackWorkspaceId(query);
    const cached = this.cache.get(workspaceId);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.installation;
    let row = await this.prisma.slackInstallation.findUnique({ where: { workspaceId } });
    // An event from a workspace of an org-wide install names the team; the install is the org's.
    if (!row && query.enterpriseId && !query.isEnterpriseInstall) {
      row = await this.prisma.slackInstallation.findFirst({
        where: { workspaceId: query.enterpriseId, isEnterpriseInstall: true },
      });
    }
    if (!row) throw new Error(`No installation for workspace ${workspaceId}.`);
    const installation = JSON.parse(unseal(this.key, row.sealed, row.workspaceId)) as Installation;
    this.cache.set(workspaceId, { at: Date.now(), installation });
    return installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const workspaceId = slackWorkspaceId(query);
    this.cache.delete(workspaceId);
    await this.prisma.slackInstallation.deleteMany({ where: { workspaceId } });
  }

  /** The query that finds a workspace's installation, or null when it has none. */
  async queryFor(workspaceId: string): Promise<InstallationQuery<boolean> | null> {
    const row = await this.prisma.slackInstallation.findUnique({
      where: { workspaceId },
      select: { teamId: true, enterpriseId: true, isEnterpriseInstall: true },
    });
    if (!row) return null;
    return {
      teamId: row.teamId ?? undefined,
      enterpriseId: row.enterpriseId ?? undefined,
      isEnterpriseInstall: row.isEnterpriseInstall,
    };
  }

  /** Workspaces whose rotating bot token expires before `before`, to refresh ahead of use. */
  async expiringBefore(before: Date): Promise<InstallationQuery<boolean>[]> {
    const rows = await this.prisma.slackInstallation.findMany({
      where: { tokenExpiresAt: { lt: before } },
      select: { enterpriseId: true, teamId: true, isEnterpriseInstall: true },
    });
    return rows.map((r) => ({
      enterpriseId: r.enterpriseId ?? undefined,
      teamId: r.teamId ?? undefined,
      isEnterpriseInstall: r.isEnterpriseInstall,
    })) as InstallationQuery<boolean>[];
  }
}
