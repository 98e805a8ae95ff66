import { type Activity, ActivityTypes, type ConversationReference, TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { Actor, IncomingMessage, Reply } from '../../../core/conversation/types.ts';
import { newLogId, runWithLogContext } from '../../../ops/log-context.ts';
import { baseConversation, errorSummary, tenantOf } from '../activity.ts';
import { replyActivity } from '../render/activities.ts';
import type { CardDone, TeamsContext } from './context.ts';

/** Turns with a deadline: the reply in time, or acknowledged and sent proactively when ready. */
export type TeamsTurns = ReturnType<typeof createTurns>;

export function createTurns(ctx: TeamsContext) {
  const { config, conversation, ackTimeoutMs, adapter, appId, log, track } = ctx;

  function incoming(context: TurnContext, text: string): IncomingMessage | undefined {
    const a = context.activity;
    const tenant = tenantOf(a) ?? (config.localDevelopment ? 'teams-local' : undefined);
    const userId = a.from?.aadObjectId ?? a.from?.id;
    if (!tenant || !userId) return undefined;
    return {
      workspace: { id: tenant, platform: 'teams' },
      userId,
      displayName: a.from?.name,
      text,
      eventId: `${baseConversation(a.conversation.id)}:${a.id ?? ''}`,
      channelId: baseConversation(a.conversation.id),
    };
  }

  /** The person acting on a card, or undefined when the activity does not say who or where. */
  function actorOf(context: TurnContext): Actor | undefined {
    const message = incoming(context, '');
    if (!message) return undefined;
    const { text: _text, ...actor } = message;
    return actor;
  }

  /** Runs the core with a deadline: the reply, or `late` with the promise that will bring it. */
  async function handleWithin(
    message: IncomingMessage,
  ): Promise<{ reply: Reply | null; late?: Promise<Reply | null> }> {
    const work = runWithLogContext({ turnId: newLogId(), workspaceId: message.workspace.id }, () =>
      conversation.handle(message),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), ackTimeoutMs);
    });
    try {
      const first = await Promise.race([work, timeout]);
      if (first === 'late') return { reply: null, late: work };
      return { reply: first };
    } finally {
      clearTimeout(timer);
    }
  }

  /** A card's use case with the same deadline: its result, or `late` with the promise of its reply. */
  async function within(
    actor: Actor,
    work: Promise<CardDone | null>,
  ): Promise<{ done: CardDone | null; late?: Promise<Reply | null> }> {
    const logged = runWithLogContext({ turnId: newLogId(), workspaceId: actor.workspace.id }, () => work);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), ackTimeoutMs);
    });
    try {
      const first = await Promise.race([logged, timeout]);
      if (first === 'late') return { done: null, late: logged.then((d) => d?.reply ?? null) };
      return { done: first };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends a reply later, outside the turn, to the same conversation and thread. */
  function deliverLater(
    message: Actor,
    reference: Partial<ConversationReference>,
    late: Promise<Reply | null>,
  ) {
    track(
      late
        .then(async (reply) => {
          if (!reply) return;
          await adapter.continueConversationAsync(appId, reference, async (ctx) => {
            // A continuation replies to a fresh activity id; this reply belongs to the user's message.
            const client = ctx.turnState.get(adapter.ConnectorClientKey) as ConnectorClient | undefined;
            const conversationId = reference.conversation?.id;
            if (!client || !conversationId || !reference.activityId) {
              await ctx.sendActivity(replyActivity(reply));
              return;
            }
            await client.conversations.replyToActivity(conversationId, reference.activityId, {
              ...replyActivity(reply),
              type: ActivityTypes.Message,
              channelId: reference.channelId,
              serviceUrl: reference.serviceUrl,
              conversation: reference.conversation,
              from: reference.bot,
              recipient: reference.user,
              replyToId: reference.activityId,
            } as Activity);
          });
        })
        .catch(async (error: unknown) => {
          log.error(
            { err: errorSummary(error), workspaceId: message.workspace.id },
            'late reply could not be delivered',
          );
          await conversation.releaseEvent(message).catch(() => {});
        }),
    );
  }

  /** A text message (or a card's command): handle it and reply in the same thread. */
  async function replyTo(context: TurnContext, text: string): Promise<void> {
    const message = incoming(context, text);
    if (!message) {
      log.warn({ type: context.activity.type }, 'message without a tenant or sender ignored');
      return;
    }
    const { reply, late } = await handleWithin(message);
    if (late) {
      deliverLater(message, TurnContext.getConversationReference(context.activity), late);
      return;
    }
    if (!reply) return;
    try {
      await context.sendActivity(replyActivity(reply));
    } catch (error) {
      // The reply did not reach Teams: forget the event so Teams' retry of it is handled again.
      await conversation.releaseEvent(message).catch(() => {});
      throw error;
    }
  }

  return { incoming, actorOf, handleWithin, within, deliverLater, replyTo };
}
