import type { ChatGateway, Platform, PostTarget } from '../core/shared/ports.ts';
import type { Logger } from '../logger.ts';

export interface PostRouterOptions {
  /** The workspace's platform as stored; undefined when no event has named it yet. */
  platformOf(workspaceId: string): Promise<Platform | undefined>;
  /** A gateway per platform this process serves. */
  gateways: Partial<Record<Platform, ChatGateway>>;
  logger?: Logger;
  /** Counts each post that could not be routed, by the platform it was on (or `unknown`). */
  onUnroutable?(platform: string): void;
}

/** A post refused because no gateway of this process serves its workspace. */
export class UnroutablePostError extends Error {
  readonly code = 'POST_UNROUTABLE';
  constructor(
    message: string,
    /** False when a restart with the right configuration could send it (retried for a while). */
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'UnroutablePostError';
  }
}

/**
 * The scheduler's one gateway: each post goes out on its own workspace's platform. A workspace
 * whose platform is unknown, or whose platform this process does not serve (Slack credentials
 * removed, say), is refused with an error that the dispatcher retries, logs and finally reports
 * to the workspace's coordinators; a post is never printed or sent somewhere else instead.
 *
 * A known platform never changes, so it is remembered; an unknown one is asked again next time.
 */
export function createPostRouter(options: PostRouterOptions): ChatGateway {
  const known = new Map<string, Platform>();
  const platformOf = async (workspaceId: string): Promise<Platform | undefined> => {
    const cached = known.get(workspaceId);
    if (cached) return cached;
    const platform = await options.platformOf(workspaceId);
    if (platform) known.set(workspaceId, platform);
    return platform;
  };
  const route = async (target: PostTarget): Promise<ChatGateway> => {
    const platform = await platformOf(target.workspaceId);
    const gateway = platform ? options.gateways[platform] : undefined;
    if (gateway) return gateway;
    options.onUnroutable?.(platform ?? 'unknown');
    const reason = platform
      ? `this workspace is on ${platform}, which this joinedup is not configured for`
      : 'no message from this workspace has said which chat platform it is on';
    options.logger?.error(
      { workspaceId: target.workspaceId, platform: platform ?? 'unknown', code: 'POST_UNROUTABLE' },
      'scheduled post refused: no gateway for its workspace',
    );
    throw new UnroutablePostError(`The post could not be sent: ${reason}.`, false);
  };
  return {
    post: async (target, message, key) => (await route(target)).post(target, message, key),
    notify: async (workspaceId, userId, text) => {
      const gateway = await route({ workspaceId, channelId: '' });
      await gateway.notify?.(workspaceId, userId, text);
    },
    // undefined: the post cannot be looked up here, so an interrupted send is marked uncertain
    // (and reported) rather than sent again.
    findPosted: async (target, key) => {
      const gateway = await route(target).catch((error: unknown) => {
        if (error instanceof UnroutablePostError) return undefined;
        throw error;
      });
      return gateway?.findPosted ? gateway.findPosted(target, key) : undefined;
    },
  };
}
