import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { IncomingMessage } from '../../../core/conversation/types.ts';
import type { WorkspaceRef } from '../../../core/shared/ports.ts';
import { type SlackListenerContext, sendAttachment } from '../context.ts';
import { replyMessages } from '../render/blocks.ts';
import { resolveSlackText } from '../resolve-mentions.ts';

const MAX_COMMAND_TEXT = 4000;

/** Removes the leading @mention of the bot from a channel message. */
export function stripMention(text: string, botUserId?: string): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/;
  return text
    .replace(mention, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

interface Said {
  client: WebClient;
  workspace: WorkspaceRef;
  userId: string;
  text: string;
  eventId?: string;
  channel: string;
  thread?: string;
  /** A channel (replies meant for the asker alone are ephemeral there), not a DM. */
  shared: boolean;
}

/** Answers a DM or a mention: in the thread, and privately where the reply is for the asker only. */
async function answer(ctx: SlackListenerContext, said: Said): Promise<void> {
  const { client } = said;
  if (said.text.length > MAX_COMMAND_TEXT * 2) {
    // Far past the limit: answered without handing the text to anything else.
    await client.chat.postEphemeral({
      channel: said.channel,
      user: said.userId,
      text: `That message is too long for me (the limit is ${MAX_COMMAND_TEXT.toLocaleString('en-GB')} characters). Please ask one short question, without case details.`,
    });
    return;
  }
  const resolved = resolveSlackText(said.text);
  if (!resolved.ok) {
    await client.chat.postEphemeral({
      channel: said.channel,
      user: said.userId,
      thread_ts: said.thread,
      text: resolved.message,
    });
    return;
  }
  const message: IncomingMessage = {
    workspace: said.workspace,
    userId: said.userId,
    text: resolved.text,
    eventId: said.eventId,
    channelId: said.channel,
  };
  const reply = await ctx.turn(message);
  if (!reply) return;
  try {
    const privateReply = said.shared && (reply.ephemeral || reply.guidance?.privacyWarning);
    for (const { text, blocks } of replyMessages(reply)) {
      if (privateReply) {
        await client.chat.postEphemeral({
          channel: said.channel,
          user: said.userId,
          thread_ts: said.thread,
          text,
          blocks,
        });
      } else {
        await client.chat.postMessage({
          channel: said.channel,
          thread_ts: said.thread,
          text,
          blocks,
          unfurl_links: false,
        });
      }
    }
    if (said.shared && said.thread) ctx.threads.remember(said.channel, said.thread);
    await sendAttachment(client, said.userId, reply);
  } catch (error) {
    // The reply did not reach the person: forget the event so Slack's retry runs the turn again.
    await ctx.conversation.releaseEvent(message).catch(() => {});
    ctx.metrics?.inboundRequest('slack', 'failed');
    throw error;
  }
}

/** Mentions in channels and direct messages: chat text, one way in to the core. */
export function registerMessageListeners(app: App, ctx: SlackListenerContext): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    if (!event.user || typeof event.text !== 'string') return;
    await answer(ctx, {
      client,
      workspace: ctx.workspaceOf(context, body.team_id),
      userId: event.user,
      text: stripMention(event.text, context.botUserId),
      eventId: body.event_id,
      channel: event.channel,
      thread: event.thread_ts ?? event.ts,
      shared: true,
    });
  });

  app.message(async ({ message, body, context, client }) => {
    if (message.subtype !== undefined) return;
    if (message.bot_id || !message.user || typeof message.text !== 'string') return;
    if (message.channel_type !== 'im') {
      // In channels: a reply in a thread the bot answered, without a new mention (a mention is
      // answered by app_mention). Any other channel message is not the bot's business.
      const thread = message.thread_ts;
      if (!thread || thread === message.ts) return;
      if (context.botUserId && message.text.includes(`<@${context.botUserId}`)) return;
      const bot = { userId: context.botUserId, botId: context.botId };
      if (!(await ctx.threads.isBots(client, message.channel, thread, bot))) return;
      await answer(ctx, {
        client,
        workspace: ctx.workspaceOf(context, body.team_id),
        userId: message.user,
        text: message.text,
        eventId: body.event_id,
        channel: message.channel,
        thread,
        shared: true,
      });
      return;
    }
    await answer(ctx, {
      client,
      workspace: ctx.workspaceOf(context, body.team_id),
      userId: message.user,
      text: message.text,
      eventId: body.event_id,
      channel: message.channel,
      thread: message.thread_ts,
      shared: false,
    });
  });
}
