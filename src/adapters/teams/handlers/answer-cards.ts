/**
 * Answer cards are kept by question id, so a 👍 / 👎 click can redraw the card it was made on
 * (rated, the buttons spent) however often Teams sends the click. Kept with the conversation's
 * turn state: removed with the workspace's data.
 */
import type { Reply } from '../../../core/conversation/types.ts';
import { baseConversation, errorSummary } from '../activity.ts';
import type { AdaptiveCard } from '../render/card-model.ts';
import { renderReplyCard } from '../render/cards.ts';
import type { TeamsContext } from './context.ts';

const keyFor = (conversationId: string, questionId: string) =>
  `msteams/conversations/${baseConversation(conversationId)}/answers/${questionId}`;

function isCard(value: unknown): value is AdaptiveCard {
  const card = value as Partial<AdaptiveCard> | undefined;
  return card?.type === 'AdaptiveCard' && Array.isArray(card.body);
}

/** Keeps the card of an answer that can be rated. */
export async function rememberAnswerCard(
  ctx: TeamsContext,
  conversationId: string,
  reply: Reply,
): Promise<void> {
  if (!reply.questionId || reply.guidance?.kind !== 'answer') return;
  await ctx.deps.repos.turnState
    .write(keyFor(conversationId, reply.questionId), { card: renderReplyCard(reply) })
    .catch((error: unknown) => ctx.log.warn({ err: errorSummary(error) }, 'answer card not kept'));
}

/** The card of an answer, as it was sent; undefined when it was not kept. */
export async function recallAnswerCard(
  ctx: TeamsContext,
  conversationId: string,
  questionId: string,
): Promise<AdaptiveCard | undefined> {
  const key = keyFor(conversationId, questionId);
  const items = await ctx.deps.repos.turnState.read([key]).catch(() => ({}) as Record<string, never>);
  const card = items[key]?.value.card;
  return isCard(card) ? card : undefined;
}
