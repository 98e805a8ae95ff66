import { type Activity, type ConversationReference, MessageFactory } from 'botbuilder';
import type {
  ChatGateway,
  OutboundMessage,
  PostTarget,
  StoredConversationReference,
} from '../../core/shared/ports.ts';
import { isDirectMessage } from '../../core/shared/ports.ts';
import { statusOf } from './activity.ts';
import type { TeamsContext } from './handlers/context.ts';
import { DEFERRED_REPLY, sendDeferredReply } from './handlers/deferred-replies.ts';
import { cardActivity } from './render/activities.ts';
import { renderPostCard } from './render/cards.ts';

/**
 * A send Teams refused or that cannot be made. `permanent` when retrying cannot help (the bot was
 * never added there); a conversation the bot was removed from is retried as every failed post is,
 * because the bot may be added back meanwhile.
 */
export class TeamsPostError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'TeamsPostError';
  }
}

/** Sends one activity proactively as a new message (a new thread in a channel). */
function asNewMessage(ctx: TeamsContext, activity: Partial<Activity>) {
  return async (reference: Partial<ConversationReference>) => {
    let id: string | undefined;
    await ctx.adapter.continueConversationAsync(ctx.appId, reference, async (turn) => {
      id = (await turn.sendActivity(activity))?.id;
    });
    return id;
  };
}

/** Delivers to a stored reference; a 403/404 marks it inactive. The id Teams gave the message. */
async function sendTo(
  ctx: TeamsContext,
  stored: StoredConversationReference,
  deliver: (reference: Partial<ConversationReference>) => Promise<string | undefined>,
): Promise<string | undefined> {
  const { teamId: _teamId, ...reference } = stored.reference;
  try {
    return await deliver(reference as Partial<ConversationReference>);
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      // Marked in the database, not in this process: any replica sees it, and the next activity
      // from that conversation (or a re-add) marks it active again.
      await ctx.references.markInactive(stored.workspaceId, stored.conversationId);
      ctx.log.warn(
        { workspaceId: stored.workspaceId, status },
        'bot is not in that conversation; marked inactive',
      );
      throw new TeamsPostError(
        `Teams answered ${status}: joinedup is no longer in that conversation.`,
        false,
      );
    }
    throw error;
  }
}

/** Display names of the people a post mentions, where the bot knows them. */
async function mentionNames(
  ctx: TeamsContext,
  workspaceId: string,
  message: OutboundMessage,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const members = ctx.deps.repos.members;
  if (!members) return names;
  for (const part of message.parts ?? []) {
    if (!('mention' in part) || names.has(part.mention)) continue;
    const member = await members.findMember(workspaceId, part.mention).catch(() => null);
    if (member?.displayName) names.set(part.mention, member.displayName);
  }
  return names;
}

/** Scheduled posts, sent proactively to the conversations the bot was added to. */
export function createTeamsGateway(ctx: TeamsContext): ChatGateway {
  const { adapter, appId, references } = ctx;
  /** Sends to a person's personal chat with the bot, opening one when there is none yet. */
  async function sendDirect(
    workspaceId: string,
    userId: string,
    activity: Partial<Activity>,
  ): Promise<string | undefined> {
    const personal = await references.findPersonal(workspaceId, userId);
    if (personal) return sendTo(ctx, personal, asNewMessage(ctx, activity));
    const any = await references.findAnyActive(workspaceId);
    const serviceUrl = any?.reference.serviceUrl;
    if (typeof serviceUrl !== 'string') {
      throw new TeamsPostError('joinedup is not installed anywhere in that Teams tenant.', true);
    }
    let externalId: string | undefined;
    await adapter.createConversationAsync(
      appId,
      'msteams',
      serviceUrl,
      ctx.audience,
      {
        isGroup: false,
        bot: { id: `28:${appId}`, name: 'joinedup' },
        members: [{ id: userId, name: '' }],
        tenantId: workspaceId,
        channelData: { tenant: { id: workspaceId } },
      },
      async (turn) => {
        externalId = (await turn.sendActivity(activity))?.id;
      },
    );
    return externalId;
  }

  return {
    async post(target: PostTarget, message: OutboundMessage, idempotencyKey: string) {
      const stored = await references.find(target.workspaceId, target.channelId);
      if (!stored && isDirectMessage(message)) {
        // To one person (a host's turn notice, a private survey reminder): their personal chat.
        const names = await mentionNames(ctx, target.workspaceId, message);
        const activity = cardActivity(
          renderPostCard(message, idempotencyKey, undefined, names),
          message.text,
        );
        return { externalId: await sendDirect(target.workspaceId, target.channelId, activity) };
      }
      if (!stored) {
        throw new TeamsPostError(
          'joinedup has not been added to that Teams conversation (no conversation reference).',
          true,
        );
      }
      if (!stored.active) {
        throw new TeamsPostError(
          'joinedup was removed from that Teams conversation; it is tried again in case it is added back.',
          false,
        );
      }
      if (message.kind === DEFERRED_REPLY) {
        const externalId = await sendTo(ctx, stored, (reference) =>
          sendDeferredReply(ctx, reference, message),
        );
        return { externalId };
      }
      const runId = message.data?.runId;
      const run =
        message.kind === 'pulse_open' && typeof runId === 'string'
          ? await ctx.deps.pulse.findRun(target.workspaceId, runId).catch(() => null)
          : null;
      const names = await mentionNames(ctx, target.workspaceId, message);
      const activity = cardActivity(
        renderPostCard(message, idempotencyKey, run?.template, names),
        message.text,
      );
      const externalId = await sendTo(ctx, stored, asNewMessage(ctx, activity));
      return { externalId };
    },

    /** A direct message: the person's personal chat with the bot, or a new one opened for it. */
    async notify(workspaceId: string, userId: string, text: string) {
      await sendDirect(workspaceId, userId, MessageFactory.text(text));
    },
  };
}
