import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import type { InstallationLookup, InstallationRepository } from '../../core/shared/ports.ts';
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

/** Slack's query for a stored installation's lookup fields. */
function toQuery(found: InstallationLookup): InstallationQuery<boolean> {
  return {
    teamId: found.teamId,
    enterpriseId: found.enterpriseId,
    isEnterpriseInstall: found.isEnterpriseInstall,
  };
}

/**
 * Slack's installation store over the installations repository. The installation (bot token,
 * refresh token, user token) is sealed here with AES-256-GCM before it is stored; only lookup
 * fields go in the clear. Reads are cached briefly so acknowledging an event never waits on the
 * database.
 */
export class SlackInstallationStore implements InstallationStore {
  private readonly cache = new Map<string, { at: number; installation: Installation }>();

  constructor(
    private readonly installations: InstallationRepository,
    private readonly key: Buffer,
  ) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const workspaceId = slackWorkspaceId({
      isEnterpriseInstall: installation.isEnterpriseInstall,
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
    });
    await this.installations.save({
      workspaceId,
      name: installation.team?.name ?? installation.enterprise?.name,
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
      isEnterpriseInstall: installation.isEnterpriseInstall === true,
      botUserId: installation.bot?.userId,
      tokenExpiresAt: installation.bot?.expiresAt ? new Date(installation.bot.expiresAt * 1000) : undefined,
      sealed: seal(this.key, JSON.stringify(installation), workspaceId),
    });
    this.cache.set(workspaceId, { at: Date.now(), installation });
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const workspaceId = slackWorkspaceId(query);
    const cached = this.cache.get(workspaceId);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.installation;
    const enterpriseId = query.isEnterpriseInstall ? undefined : query.enterpriseId;
    const row = await this.installations.findSealed(workspaceId, enterpriseId);
    if (!row) throw new Error(`No installation for workspace ${workspaceId}.`);
    const installation = JSON.parse(unseal(this.key, row.sealed, row.workspaceId)) as Installation;
    this.cache.set(workspaceId, { at: Date.now(), installation });
    return installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const workspaceId = slackWorkspaceId(query);
    this.cache.delete(workspaceId);
    await this.installations.delete(workspaceId);
  }

  /** The query that finds a workspace's installation, or null when it has none. */
  async queryFor(workspaceId: string): Promise<InstallationQuery<boolean> | null> {
    const found = await this.installations.lookup(workspaceId);
    return found ? toQuery(found) : null;
  }

  /** Workspaces whose rotating bot token expires before `before`, to refresh ahead of use. */
  async expiringBefore(before: Date): Promise<InstallationQuery<boolean>[]> {
    return (await this.installations.expiringBefore(before)).map(toQuery);
  }
}
