import type { AuthorizeResult, AuthorizeSourceData } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { WorkspaceRepository } from '../../core/shared/ports.ts';
import type { Logger } from '../../logger.ts';
import { slackWorkspaceId } from './installation-store.ts';
import { boltLogger } from './receiver.ts';

/** Who the configured bot token belongs to, as `auth.test` says. */
interface TokenIdentity {
  workspaceId: string;
  teamName?: string;
  botUserId?: string;
  botId?: string;
  isEnterpriseInstall: boolean;
}

/** Slack's answers for a token that no longer works: the app was removed or the token revoked. */
const DEAD_TOKEN = new Set([
  'invalid_auth',
  'token_revoked',
  'account_inactive',
  'not_authed',
  'token_expired',
]);

export interface SingleWorkspaceOptions {
  botToken: string;
  apiUrl?: string;
  workspaces: WorkspaceRepository;
  logger: Logger;
  /** How long a workspace's installed/uninstalled state is trusted before it is read again (10 s). */
  statusTtlMs?: number;
  /** How long a token Slack refused is not asked about again (30 s). */
  deadTokenTtlMs?: number;
}

/**
 * Authorization for a single bot token (`SLACK_BOT_TOKEN`), the setup most partnerships use.
 * Slack sends `app_uninstalled` when the app is removed and revokes the token; a reinstall gives a
 * working token (a new one in the configuration, or the same one restored) and events arrive again.
 * So: while a workspace is marked uninstalled nothing is answered, unless Slack accepts the token
 * again, which is a reinstall: the mark goes (so the pending deletion is cancelled) and the
 * posts stopped at uninstall resume. The same check runs at start, so a restart with a new token
 * resumes posts before any event arrives.
 */
export class SingleWorkspaceAuth {
  private identity?: Promise<TokenIdentity>;
  private deadUntil = 0;
  private readonly status = new Map<string, { uninstalled: boolean; until: number }>();
  private readonly client: WebClient;

  constructor(private readonly options: SingleWorkspaceOptions) {
    this.client = new WebClient(options.botToken, {
      slackApiUrl: options.apiUrl,
      retryConfig: { retries: 1, minTimeout: 200, maxTimeout: 1000 },
      timeout: 10_000,
      logger: boltLogger(options.logger),
    });
  }

  /**
   * Bolt's `authorize`: the configured token, unless the workspace is uninstalled and Slack does
   * not accept the token (then it throws, Bolt acknowledges and no listener runs).
   */
  async authorize(source: AuthorizeSourceData<boolean>): Promise<AuthorizeResult> {
    const workspaceId = slackWorkspaceId(source);
    if (await this.isUninstalled(workspaceId)) {
      const identity = await this.liveIdentity();
      if (!identity || identity.workspaceId !== workspaceId) {
        throw new Error('joinedup is uninstalled from this workspace');
      }
      await this.reinstalled(workspaceId, 'event');
    }
    const identity = await this.liveIdentity().catch(() => undefined);
    return {
      botToken: this.options.botToken,
      botUserId: identity?.botUserId,
      botId: identity?.botId,
      teamId: source.teamId,
      enterpriseId: source.enterpriseId,
      isEnterpriseInstall: source.isEnterpriseInstall,
    };
  }

  /**
   * At start: asks Slack whose token this is, records that workspace as a Slack one (so its
   * scheduled posts are routed to Slack whatever arrives first), and treats a working token for
   * a workspace marked uninstalled as its reinstall. A token Slack refuses is logged, not fatal.
   */
  async reconcile(): Promise<void> {
    const identity = await this.liveIdentity().catch((error: unknown) => {
      this.options.logger.warn(
        { code: (error as { code?: string }).code },
        'could not reach Slack to check the bot token at start',
      );
      return undefined;
    });
    if (!identity) return;
    await this.options.workspaces.ensure({
      id: identity.workspaceId,
      platform: 'slack',
      name: identity.teamName,
    });
    const status = await this.options.workspaces.status(identity.workspaceId);
    if (status?.uninstalledAt) await this.reinstalled(identity.workspaceId, 'start');
    else this.status.set(identity.workspaceId, { uninstalled: false, until: this.until() });
  }

  /** `app_uninstalled` was received: the token is dead until Slack says otherwise. */
  uninstalled(workspaceId: string): void {
    this.status.set(workspaceId, { uninstalled: true, until: this.until() });
    this.identity = undefined;
    this.deadUntil = Date.now() + (this.options.deadTokenTtlMs ?? 30_000);
  }

  private until(): number {
    return Date.now() + (this.options.statusTtlMs ?? 10_000);
  }

  private async isUninstalled(workspaceId: string): Promise<boolean> {
    const cached = this.status.get(workspaceId);
    if (cached && cached.until > Date.now()) return cached.uninstalled;
    const status = await this.options.workspaces.status(workspaceId);
    const uninstalled = status?.uninstalledAt !== undefined;
    this.status.set(workspaceId, { uninstalled, until: this.until() });
    return uninstalled;
  }

  private async reinstalled(workspaceId: string, seenAt: 'start' | 'event'): Promise<void> {
    const { restoredPosts } = await this.options.workspaces.markReinstalled(workspaceId);
    this.status.set(workspaceId, { uninstalled: false, until: this.until() });
    this.options.logger.info(
      { workspaceId, restoredPosts, seenAt },
      'Slack app reinstalled: uninstall mark cleared, pending deletion cancelled, posts resumed',
    );
  }

  /** The token's identity when Slack accepts it; undefined when Slack refuses it. */
  private async liveIdentity(): Promise<TokenIdentity | undefined> {
    if (Date.now() < this.deadUntil) return undefined;
    this.identity ??= this.client.auth.test().then((r) => ({
      workspaceId: slackWorkspaceId({
        isEnterpriseInstall: r.is_enterprise_install === true,
        enterpriseId: r.enterprise_id,
        teamId: r.team_id,
      }),
      teamName: r.team,
      botUserId: r.user_id,
      botId: r.bot_id,
      isEnterpriseInstall: r.is_enterprise_install === true,
    }));
    try {
      return await this.identity;
    } catch (error) {
      this.identity = undefined;
      const code = (error as { data?: { error?: string } }).data?.error;
      if (code && DEAD_TOKEN.has(code)) {
        this.deadUntil = Date.now() + (this.options.deadTokenTtlMs ?? 30_000);
        this.options.logger.warn({ slackError: code }, 'Slack refused the bot token');
        return undefined;
      }
      throw error;
    }
  }
}
