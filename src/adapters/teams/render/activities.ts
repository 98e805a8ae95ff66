import { type Activity, CardFactory, MessageFactory } from 'botbuilder';
import type { Reply } from '../../../core/conversation/types.ts';
import { type AdaptiveCard, isPlainReply, renderAttachmentCard, renderReplyCard } from './cards.ts';

/** A card as a message activity, with a summary for notifications. */
export function cardActivity(card: AdaptiveCard, summary: string): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  activity.summary = summary.slice(0, 200);
  return activity;
}

/** The activity for a reply: urgent replies are flagged high importance and alert the reader. */
export function replyActivity(reply: Reply): Partial<Activity> {
  if (reply.attachment) return cardActivity(renderAttachmentCard(reply), reply.text);
  if (reply.guidance?.kind === 'urgent') {
    const activity = cardActivity(renderReplyCard(reply), reply.text.split('\n')[0] ?? reply.text);
    activity.importance = 'urgent';
    activity.channelData = { notification: { alert: true } };
    return activity;
  }
  if (isPlainReply(reply)) return MessageFactory.text(reply.text);
  return cardActivity(renderReplyCard(reply), reply.text.split('\n')[0] ?? reply.text);
}
