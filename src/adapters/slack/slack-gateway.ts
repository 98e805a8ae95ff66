import {
  ErrorCode,
  LogLevel,
  type Logger as SlackLogger,
  type WebAPICallResult,
  WebClient,
} from '@slack/web-api';
import type { ChatGateway, OutboundMessage, PostTarget } from '../../core/shared/ports.ts';
import type { Logger } from '../../logger.ts';
import { boltLogger } from './receiver.ts';
import { outboundToBlocks } from './render/blocks.ts';

/** Slack errors that a retry cannot fix: the post is given up at once. */
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'invalid_auth',
  'token_revoked',
  'token_expired',
  'no_permission',
  'missing_scope',
  'team_access_not_granted',
  'restricted_action',
  'msg_too_long',
  'invalid_blocks',
]);

const METADATA_TYPE = 'joinedup_post';

export interface SlackGatewayOptions {
  apiUrl: string;
  /** The bot token for a workspace (refreshed first when it rotates). */
  tokenFor(workspaceId: string): Promise<string>;
  logger?: Logger;
  /** Least time between two posts to one channel (Slack allows about one a second). */
  channelIntervalMs?: number;
  /** 429s waited out before a send is handed back to the scheduler. */
  maxRateLimitWaits?: number;
  /** The longest Retry-After honoured inline; longer waits go back to the scheduler's backoff. */
  maxRetryAfterSeconds?: number;
  /** Per-request timeout. */
  timeoutMs?: number;
  onRateLimited?: () => void;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** An error the scheduler should not retry. */
export class PermanentSendError extends Error {
  readonly permanent = true;
}

/**
 * Scheduled posts through the Slack Web API. The client's own retries are off: a retried request
 * whose first response was lost would post twice. Instead each post carries its idempotency key in
 * message metadata, an unknown outcome is settled by looking the key up in the channel, 429s are
 * waited out per Retry-After, and posts to one channel are paced about a second apart.
 */
export class SlackGateway implements ChatGateway {
  private readonly clients = new Map<string, WebClient>();
  private readonly nextSlot = new Map<string, number>();
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: SlackGatewayOptions) {
    this.sleep = options.sleep ?? defaultSleep;
  }

  private client(token: string): WebClient {
    let client = this.clients.get(token);
    if (!client) {
      client = new WebClient(token, {
        slackApiUrl: this.options.apiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: this.options.timeoutMs ?? 10_000,
        logger: this.options.logger ? boltLogger(this.options.logger) : quietLogger,
      });
      this.clients.set(token, client);
    }
    return client;
  }

  /** Waits for this channel's next slot: one post per `channelIntervalMs`. */
  private async pace(channelKey: string): Promise<void> {
    const interval = this.options.channelIntervalMs ?? 1100;
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(channelKey) ?? 0);
    this.nextSlot.set(channelKey, slot + interval);
    if (slot > now) await this.sleep(slot - now);
  }

  async post(
    target: PostTarget,
    message: OutboundMessage,
    idempotencyKey: string,
  ): Promise<{ externalId?: string }> {
    const token = await this.options.tokenFor(target.workspaceId);
    const client = this.client(token);
    const { text, blocks } = outboundToBlocks(message);
    const maxWaits = this.options.maxRateLimitWaits ?? 3;
    for (let waits = 0; ; waits++) {
      await this.pace(`${target.workspaceId}/${target.channelId}`);
      try {
        const result = await client.chat.postMessage({
          channel: target.channelId,
          text,
          blocks,
          unfurl_links: false,
          metadata: { event_type: METADATA_TYPE, event_payload: { key: idempotencyKey } },
        });
        return { externalId: externalIdOf(result, target.channelId) };
      } catch (error) {
        const e = error as { code?: string; retryAfter?: number; data?: { error?: string } };
        if (e.code === ErrorCode.RateLimitedError) {
          const seconds = Math.max(1, e.retryAfter ?? 1);
          this.options.onRateLimited?.();
          this.options.logger?.warn(
            { channelId: target.channelId, retryAfterSeconds: seconds },
            'Slack rate limit: waiting',
          );
          if (waits >= maxWaits || seconds > (this.options.maxRetryAfterSeconds ?? 60))
            throw new Error(`rate limited by Slack for ${seconds}s`);
          // Later posts to this channel wait too.
          this.nextSlot.set(`${target.workspaceId}/${target.channelId}`, Date.now() + seconds * 1000);
          continue;
        }
        if (e.code === ErrorCode.PlatformError) {
          const code = e.data?.error ?? 'unknown_error';
          if (PERMANENT.has(code)) throw new PermanentSendError(`Slack refused the post: ${code}`);
          throw new Error(`Slack refused the post: ${code}`);
        }
        // No answer (timeout, connection reset): the post may have gone out. Look before failing,
        // so the scheduler's retry cannot post it twice.
        const found = await this.findPosted(target, idempotencyKey).catch(() => null);
        if (found) return found;
        throw new Error(`no answer from Slack (${e.code ?? 'request error'})`);
      }
    }
  }

  /** Finds a recent post of ours in the channel by the idempotency key in its metadata. */
  async findPosted(target: PostTarget, idempotencyKey: string): Promise<{ externalId?: string } | null> {
    const client = this.client(await this.options.tokenFor(target.workspaceId));
    const history = await client.conversations.history({
      channel: target.channelId,
      limit: 100,
      include_all_metadata: true,
    });
    const messages = (history.messages ?? []) as {
      ts?: string;
      metadata?: { event_type?: string; event_payload?: { key?: unknown } };
    }[];
    const match = messages.find(
      (m) => m.metadata?.event_type === METADATA_TYPE && m.metadata.event_payload?.key === idempotencyKey,
    );
    return match ? { externalId: `${target.channelId}/${match.ts ?? ''}` } : null;
  }
}

function externalIdOf(result: WebAPICallResult, channel: string): string {
  const r = result as { channel?: string; ts?: string };
  return `${r.channel ?? channel}/${r.ts ?? ''}`;
}

/** The Web API client logs request details at debug level; nothing of it is wanted in our logs. */
export const quietLogger: SlackLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};
