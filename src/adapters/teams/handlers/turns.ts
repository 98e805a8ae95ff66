import { type ConversationReference, TurnContext } from 'botbuilder';
import type { Actor, IncomingMessage, Reply } from '../../../core/conversation/types.ts';
import { newLogId, runWithLogContext } from '../../../ops/log-context.ts';
import { baseConversation, errorSummary, tenantOf } from '../activity.ts';
import { replyActivity } from '../render/activities.ts';
import { rememberAnswerCard } from './answer-cards.ts';
import type { CardDone, TeamsContext } from './context.ts';
import { deferReply, placeOf, type ReplyPlace, sendReplyProactively } from './deferred-replies.ts';

/** Turns with a deadline: the reply in time, or acknowledged and sent proactively when ready. */
export type TeamsTurns = ReturnType<typeof createTurns>;

export function createTurns(ctx: TeamsContext) {
  const { config, conversation, ackTimeoutMs, log, track } = ctx;

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
    const place: ReplyPlace = {
      workspaceId: message.workspace.id,
      conversationId: reference.conversation?.id ?? '',
      ...(reference.activityId ? { replyToId: reference.activityId } : {}),
    };
    track(
      late
        .then(async (reply) => {
          if (!reply) return;
          await rememberAnswerCard(ctx, place.conversationId, reply);
          const activity = replyActivity(reply);
          try {
            // A continuation replies to a fresh activity id; this reply belongs to the user's message.
            await sendReplyProactively(ctx, reference, place.conversationId, place.replyToId, activity);
          } catch (error) {
            if (!(await deferReply(ctx, place, activity, error))) throw error;
          }
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
    await sendOrDefer(context, reply, message);
  }

  /**
   * Sends a turn's reply. When Teams says "wait" for longer than the turn can (429 with a long
   * Retry-After, or still busy after the retries), the reply is kept and sent as a scheduled reply
   * after the wait: the turn is answered 200 and nothing is lost. Any other failure forgets the
   * event, so Teams' retry of it is handled again.
   */
  async function sendOrDefer(context: TurnContext, reply: Reply, actor: Actor): Promise<void> {
    await rememberAnswerCard(ctx, context.activity.conversation.id, reply);
    const activity = replyActivity(reply);
    try {
      await context.sendActivity(activity);
    } catch (error) {
      if (await deferReply(ctx, placeOf(context), activity, error)) return;
      await conversation.releaseEvent(actor).catch(() => {});
      throw error;
    }
  }

  return { incoming, actorOf, handleWithin, within, deliverLater, replyTo, sendOrDefer };
}
