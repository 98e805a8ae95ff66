import type { App } from '@slack/bolt';
import { newLogId, runWithLogContext } from '../../../ops/log-context.ts';
import type { SlackIds, SlackListenerContext } from '../context.ts';
import { publishHome } from './surfaces.ts';

/** What removal needs beyond the core: forgetting the installation's tokens. */
export interface SlackInstallHooks {
  /** Deletes the stored installation (OAuth); nothing to do with a single bot token. */
  forget(ids: SlackIds): Promise<void>;
  /** A single bot token's workspace was removed: it is not answered until Slack accepts the token again. */
  uninstalled(workspaceId: string): void;
}

/** The App Home, the app's removal and revoked tokens, and the adapter's one final error handler. */
export function registerLifecycleListeners(
  app: App,
  ctx: SlackListenerContext,
  hooks: SlackInstallHooks,
): void {
  app.event('app_home_opened', async ({ event, context, client, body }) => {
    if (event.tab !== 'home') return;
    const workspace = ctx.workspaceOf(context, body.team_id);
    await runWithLogContext({ turnId: newLogId() }, () => publishHome(ctx, client, workspace, event.user));
  });

  // The app was removed: its tokens are deleted now, the workspace's data after the grace period.
  app.event('app_uninstalled', async ({ body, context }) => {
    const workspace = ctx.workspaceOf(context, body.team_id);
    // Posts stop first; then the tokens go.
    const result = await ctx.workspaces.markUninstalled(workspace.id, ctx.clock.now());
    hooks.uninstalled(workspace.id);
    await hooks.forget(context);
    ctx.log.info(
      { workspaceId: workspace.id, cancelledPosts: result.cancelledPosts },
      'Slack app uninstalled',
    );
  });

  app.event('tokens_revoked', async ({ event, body, context }) => {
    if ((event.tokens?.bot ?? []).length === 0) return;
    const workspace = ctx.workspaceOf(context, body.team_id);
    await hooks.forget(context);
    ctx.log.info({ workspaceId: workspace.id }, 'Slack bot token revoked; installation removed');
  });

  app.error(async (error) => {
    const e = error as Error & { code?: string; original?: Error & { code?: string } };
    ctx.log.error(
      { err: { name: e.original?.name ?? e.name, code: e.original?.code ?? e.code } },
      'Slack listener failed',
    );
  });
}
