/**
 * Replies Teams would not take in time (429 with a long Retry-After, or a service still failing
 * after the in-turn retries) are not lost: the rendered reply is kept as a scheduled post, due
 * when Teams said to come back, and the scheduler sends it as a reply in the same thread. The
 * turn itself is answered 200, so Teams does not redeliver the message.
 */
import { type Activity, ActivityTypes, type ConversationReference, type TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { OutboundMessage } from '../../../core/shared/ports.ts';
import { baseConversation, errorSummary, retryAfterOf, statusOf, tenantOf } from '../activity.ts';
import { RETRYABLE_STATUSES } from '../outbound-pacing.ts';
import type { TeamsContext } from './context.ts';

/** The kind of a scheduled post that is a deferred reply (rendered by the Teams gateway). */
export const DEFERRED_REPLY = 'teams_reply';
/** The wait when Teams asked for one without saying how long. */
const DEFAULT_WAIT_S = 30;

/** True for a failed send worth keeping for later: Teams said "not now". */
export function isDeferrable(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined && RETRYABLE_STATUSES.has(status);
}

/** The deferred reply's data: the rendered activity and the message it answers. */
interface DeferredData {
  activity: Partial<Activity>;
  conversationId: string;
  replyToId?: string;
}

function deferredData(message: OutboundMessage): DeferredData | undefined {
  const data = message.data;
  const activity = data?.activity;
  const conversationId = data?.conversationId;
  if (!activity || typeof activity !== 'object' || typeof conversationId !== 'string') return undefined;
  const replyToId = typeof data?.replyToId === 'string' ? data.replyToId : undefined;
  return { activity: activity as Partial<Activity>, conversationId, ...(replyToId ? { replyToId } : {}) };
}

/** Where a reply goes: the tenant, the conversation (a channel thread keeps `;messageid=`) and the message answered. */
export interface ReplyPlace {
  workspaceId: string;
  conversationId: string;
  replyToId?: string;
}

/** The reply place of a turn's message, when it names its tenant. */
export function placeOf(context: TurnContext): ReplyPlace | undefined {
  const source = context.activity;
  const workspaceId = tenantOf(source);
  if (!workspaceId) return undefined;
  return {
    workspaceId,
    conversationId: source.conversation.id,
    ...(source.id ? { replyToId: source.id } : {}),
  };
}

/**
 * Keeps `activity` (a reply) as a scheduled post due after Teams' wait (its Retry-After, else
 * 30 s); the scheduler sends it in the same thread. Returns false when it cannot be kept.
 */
export async function deferReply(
  ctx: TeamsContext,
  place: ReplyPlace | undefined,
  activity: Partial<Activity>,
  error: unknown,
): Promise<boolean> {
  if (!place || !isDeferrable(error)) return false;
  const waitS = retryAfterOf(error) ?? DEFAULT_WAIT_S;
  const now = ctx.clock.now();
  const channelId = baseConversation(place.conversationId);
  const data: DeferredData = {
    activity,
    conversationId: place.conversationId,
    ...(place.replyToId ? { replyToId: place.replyToId } : {}),
  };
  try {
    await ctx.deps.repos.posts.schedule({
      workspaceId: place.workspaceId,
      key: `reply:${channelId}:${place.replyToId ?? now.getTime()}`,
      kind: DEFERRED_REPLY,
      channelId,
      message: {
        kind: DEFERRED_REPLY,
        text: typeof activity.summary === 'string' ? activity.summary : (activity.text ?? ''),
        data: { ...data },
      },
      dueAt: new Date(now.getTime() + Math.max(1, waitS) * 1000),
    });
  } catch (storeError) {
    ctx.log.error({ err: errorSummary(storeError) }, 'a reply Teams refused could not be kept for later');
    return false;
  }
  ctx.log.warn(
    { workspaceId: place.workspaceId, status: statusOf(error), retryAfterS: waitS },
    'reply deferred: Teams asked to wait; it goes out as a scheduled reply',
  );
  return true;
}

/**
 * Sends `activity` proactively as a reply to `replyToId` in `conversationId` (a channel thread
 * keeps its `;messageid=`), or as a new message when there is nothing to reply to.
 */
export async function sendReplyProactively(
  ctx: TeamsContext,
  reference: Partial<ConversationReference>,
  conversationId: string,
  replyToId: string | undefined,
  activity: Partial<Activity>,
): Promise<string | undefined> {
  let id: string | undefined;
  const { adapter, appId } = ctx;
  await adapter.continueConversationAsync(appId, reference, async (turn) => {
    const client = turn.turnState.get(adapter.ConnectorClientKey) as ConnectorClient | undefined;
    if (!client || !replyToId) {
      id = (await turn.sendActivity(activity))?.id;
      return;
    }
    const sent = await client.conversations.replyToActivity(conversationId, replyToId, {
      ...activity,
      type: ActivityTypes.Message,
      channelId: reference.channelId,
      serviceUrl: reference.serviceUrl,
      conversation: { ...reference.conversation, id: conversationId },
      from: reference.bot,
      recipient: reference.user,
      replyToId,
    } as Activity);
    id = sent.id;
  });
  return id;
}

/** The gateway's side: sends a deferred reply post, in the thread of the message it answers. */
export async function sendDeferredReply(
  ctx: TeamsContext,
  reference: Partial<ConversationReference>,
  message: OutboundMessage,
): Promise<string | undefined> {
  const data = deferredData(message);
  if (!data) return undefined;
  return sendReplyProactively(ctx, reference, data.conversationId, data.replyToId, data.activity);
}
