import { GroupCommit } from '../core/shared/group-commit.ts';
import type {
  ChatGateway,
  ClaimedPost,
  Clock,
  ScheduledPostRepository,
  SentMark,
} from '../core/shared/ports.ts';
import type { Logger } from '../logger.ts';

export interface DispatchOptions {
  posts: ScheduledPostRepository;
  gateway: ChatGateway;
  clock: Clock;
  /** This instance's name in leases (host:pid:random). */
  owner: string;
  logger?: Logger;
  /** How long a claim is held; a send must finish well within it. */
  leaseMs?: number;
  /** A post sent later than this after its due time carries a "(late)" note. */
  lateAfterMs?: number;
  /** Posts claimed per batch. */
  batchSize?: number;
  /**
   * How many channels are sent to at once (default 32). Posts to one channel always go one after
   * another, in the order they fell due. Sends wait on the chat service, not the database, so many
   * channels at once is what makes a busy minute quick: with 8, a tick of 10,000 reminders over 50
   * channels sent about 2,100 posts/s on PGlite; with 32, about 3,500 (docs/performance.md). Each
   * gateway paces itself against its service's rate limits (429s are waited out).
   */
  channelConcurrency?: number;
  /** Attempts before a failing post is given up (and logged). */
  maxAttempts?: number;
  /**
   * Shutdown: once aborted, no further post is sent or claimed; posts already claimed but not
   * sent stay leased to `owner`, for `releaseAll(owner)` to hand back at once.
   */
  signal?: AbortSignal;
  /**
   * Told when a post is given up or marked uncertain, so the workspace's coordinators hear of it
   * (a failure here is logged and does not stop the tick).
   */
  onAttention?(
    post: ClaimedPost,
    outcome: 'failed' | 'uncertain',
    reason: string,
    gateway: ChatGateway,
  ): Promise<void>;
}

export interface DispatchResult {
  sent: number;
  late: number;
  skipped: number;
  retried: number;
  failed: number;
  uncertain: number;
}

const LATE_NOTE = '(late) ';

/**
 * Sends every due post once. The rules, in order, for each claimed post:
 * - past its `expiresAt` (the meeting has happened): skipped and logged, never sent;
 * - claimed before by an instance that died mid-send: if the gateway can look the post up, it is
 *   marked sent when found and sent when not; if it cannot, it is marked `uncertain` and logged
 *   for a coordinator, because sending again could post it twice;
 * - otherwise sent, with a "(late)" note when more than `lateAfterMs` after its due time;
 * - a failed send is retried with backoff, and given up (logged) after `maxAttempts`.
 */
export async function dispatchDuePosts(options: DispatchOptions): Promise<DispatchResult> {
  const { posts, gateway, clock, owner, logger } = options;
  const leaseMs = options.leaseMs ?? 60_000;
  const lateAfterMs = options.lateAfterMs ?? 15 * 60_000;
  const batchSize = options.batchSize ?? 100;
  const maxAttempts = options.maxAttempts ?? 5;
  const result: DispatchResult = { sent: 0, late: 0, skipped: 0, retried: 0, failed: 0, uncertain: 0 };

  const channelConcurrency = Math.max(1, options.channelConcurrency ?? 32);
  const sentMarks = createSentMarks(posts, owner, logger);

  while (!options.signal?.aborted) {
    const now = clock.now();
    const claimed = await posts.claimDue(now, owner, new Date(now.getTime() + leaseMs), batchSize);
    if (claimed.length === 0) break;
    await forEachChannel(claimed, channelConcurrency, async (post) => {
      if (!options.signal?.aborted) await dispatchOne(post);
    });
    if (claimed.length < batchSize) break;
  }
  return result;

  async function tell(post: ClaimedPost, outcome: 'failed' | 'uncertain', reason: string) {
    try {
      await options.onAttention?.(post, outcome, reason, gateway);
    } catch (error) {
      logger?.warn(
        { postId: post.id, err: error instanceof Error ? { name: error.name } : {} },
        'could not record a notice for coordinators',
      );
    }
  }

  async function dispatchOne(post: ClaimedPost): Promise<void> {
    const now = clock.now();
    const target = { workspaceId: post.workspaceId, channelId: post.channelId };
    const log = { postId: post.id, kind: post.kind, workspaceId: post.workspaceId };
    if (post.expiresAt && now > post.expiresAt) {
      await posts.markSkipped(post.id, owner, 'no longer useful: the time it was for has passed');
      logger?.warn({ ...log, dueAt: post.dueAt }, 'scheduled post skipped: too late to be useful');
      result.skipped++;
      return;
    }
    if (post.interrupted) {
      const found = gateway.findPosted ? await gateway.findPosted(target, post.key) : undefined;
      if (found === undefined) {
        await posts.markUncertain(
          post.id,
          owner,
          'an earlier send was interrupted; not resent to avoid a duplicate',
        );
        logger?.error(
          log,
          'scheduled post interrupted mid-send; marked uncertain for a coordinator to check',
        );
        result.uncertain++;
        await tell(post, 'uncertain', 'an earlier send was interrupted and could not be checked');
        return;
      }
      if (found) {
        await sentMarks.write({ id: post.id, at: now, externalId: found.externalId, late: false });
        result.sent++;
        return;
      }
    }
    const late = now.getTime() - post.dueAt.getTime() > lateAfterMs;
    const message = late ? { ...post.message, text: `${LATE_NOTE}${post.message.text}` } : post.message;
    let sent: { externalId?: string };
    try {
      sent = await gateway.post(target, message, post.key);
    } catch (error) {
      // A gateway marks errors that retrying cannot fix (the channel is gone, the app was removed).
      const permanent = (error as { permanent?: unknown } | null)?.permanent === true;
      const giveUp = permanent || post.attempts >= maxAttempts;
      const backoffMs = Math.min(60 * 60_000, 30_000 * 2 ** (post.attempts - 1));
      const reason = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 500) : 'send failed';
      await posts.release(post.id, owner, reason, new Date(now.getTime() + backoffMs), giveUp);
      if (giveUp) {
        logger?.error(
          { ...log, attempts: post.attempts, code: (error as { code?: string } | null)?.code },
          'scheduled post failed; giving up',
        );
        result.failed++;
        await tell(post, 'failed', error instanceof Error ? error.message : 'the send failed');
      } else {
        logger?.warn(
          { ...log, attempts: post.attempts, retryInMs: backoffMs },
          'scheduled post failed; will retry',
        );
        result.retried++;
      }
      return;
    }
    // Marked before this channel's next post is sent, in one write with other channels' marks.
    // Should that write fail, the tick stops and the post stays claimed until its lease runs out:
    // then it is treated as interrupted, looked up, never blindly sent again.
    await sentMarks.write({ id: post.id, at: clock.now(), externalId: sent.externalId, late });
    result.sent++;
    if (late) result.late++;
  }
}

/**
 * Runs `each` over the posts, at most `limit` channels at a time; one channel's posts run in order.
 */
async function forEachChannel(
  claimed: readonly ClaimedPost[],
  limit: number,
  each: (post: ClaimedPost) => Promise<void>,
): Promise<void> {
  const byChannel = new Map<string, ClaimedPost[]>();
  for (const post of claimed) {
    const key = `${post.workspaceId}\u0000${post.channelId}`;
    const queue = byChannel.get(key);
    if (queue) queue.push(post);
    else byChannel.set(key, [post]);
  }
  const queues = [...byChannel.values()];
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    for (let queue = queues[next++]; queue && !failure; queue = queues[next++]) {
      for (const post of queue) {
        if (failure) return;
        try {
          await each(post);
        } catch (error) {
          // The first failure stops every channel before its next post; the others finish the
          // post in hand, and the tick then fails with that first error.
          failure ??= { error };
          return;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, queues.length) }, worker));
  if (failure) throw failure.error;
}

/**
 * Sent marks written together (a group commit): while one write is under way the marks of other
 * channels gather and go in the following one, so posts to many channels cost a few statements
 * instead of one each. Each caller waits for its own mark; a write that still fails after its
 * retries fails every mark in it.
 */
function createSentMarks(posts: ScheduledPostRepository, owner: string, logger?: Logger) {
  return new GroupCommit<SentMark, void>(async (marks) => {
    try {
      // A passing database hiccup is retried before the tick gives up.
      await withRetries(() => posts.markSentMany(owner, marks), [100, 1_000]);
    } catch (error) {
      logger?.error(
        { posts: marks.length, err: error instanceof Error ? { name: error.name } : {} },
        'could not mark sent posts; they stay claimed and are looked up when their lease runs out',
      );
      throw error;
    }
    return marks.map(() => undefined);
  });
}

async function withRetries<T>(work: () => Promise<T>, waitsMs: readonly number[]): Promise<T> {
  for (const waitMs of waitsMs) {
    try {
      return await work();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
  return work();
}
