import type { ForumSeries } from '../../core/forums/types.ts';
import type { ChatGateway, Clock, ScheduledPostRepository } from '../../core/shared/ports.ts';
import type { Logger } from '../../logger.ts';
import { type DispatchResult, dispatchDuePosts } from '../dispatch-due-posts.ts';
import { type ReplanOptions, replanForums, replanForumsJob } from './replan-forums.ts';

export interface SchedulerTickOptions {
  clock: Clock;
  /** This instance's name in post leases. */
  owner: string;
  posts: ScheduledPostRepository;
  /** Forums to re-plan, hourly. */
  forums: Omit<ReplanOptions, 'logger' | 'plan'> & { plan(forum: ForumSeries): Promise<unknown> };
  /** Opens and closes due surveys and plans their posts (PulseService.tick). */
  pulseTick(): Promise<unknown>;
  /** Records a post given up, or perhaps not sent, for the workspace's coordinators. */
  onAttention: NonNullable<Parameters<typeof dispatchDuePosts>[0]['onAttention']>;
  /** Told the dispatch counts of every tick (metrics). */
  onDispatched?(result: DispatchResult): void;
  logger?: Logger;
}

/**
 * One scheduler tick: hourly (by the app's clock) the forums' horizons roll forward; every tick
 * surveys open and close and due posts go out through `gateway`. Once `signal` is aborted no
 * further post is sent.
 */
export function createSchedulerTick(
  options: SchedulerTickOptions,
): (gateway: ChatGateway, signal?: AbortSignal) => Promise<void> {
  const { clock, logger } = options;
  let lastReplan: number | undefined;
  return async (gateway, signal) => {
    const now = clock.now().getTime();
    if (lastReplan === undefined || now - lastReplan > replanForumsJob.everyMs) {
      lastReplan = now;
      await replanForums({ ...options.forums, logger });
    }
    await options.pulseTick();
    if (signal?.aborted) return;
    const result = await dispatchDuePosts({
      posts: options.posts,
      gateway,
      clock,
      owner: options.owner,
      logger,
      signal,
      onAttention: options.onAttention,
    });
    options.onDispatched?.(result);
    if (result.sent + result.skipped + result.failed + result.uncertain > 0)
      logger?.info(result, 'scheduled posts');
  };
}
