import type { ChatGateway, PostTarget } from '../../core/shared/ports.ts';
import type { PrismaClient } from '../../storage/client.ts';

export { BOT_SCOPES, createSlackAdapter, type SlackAdapter, type SlackAdapterDeps } from './slack-adapter.ts';

/**
 * Routes scheduled posts: those of Slack workspaces through `slack`, the rest through `other`
 * (the console, or Teams). The platform is read once per workspace.
 */
export function routeSlackPosts(prisma: PrismaClient, slack: ChatGateway, other: ChatGateway): ChatGateway {
  const platforms = new Map<string, boolean>();
  const isSlack = async (workspaceId: string) => {
    const known = platforms.get(workspaceId);
    if (known !== undefined) return known;
    const row = await prisma.workspace.findUnique({ where: { id: workspaceId }, select: { platform: true } });
    const slackWorkspace =
      row?.platform === 'slack' || (await prisma.slackInstallation.count({ where: { workspaceId } })) > 0;
    if (row) platforms.set(workspaceId, slackWorkspace);
    return slackWorkspace;
  };
  const via = async (target: PostTarget) => ((await isSlack(target.workspaceId)) ? slack : other);
  return {
    post: async (target, message, key) => (await via(target)).post(target, message, key),
    findPosted: async (target, key) => {
      const gateway = await via(target);
      return gateway.findPosted ? gateway.findPosted(target, key) : undefined;
    },
  };
}
