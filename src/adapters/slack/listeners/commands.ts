import type { App } from '@slack/bolt';
import { type SlackListenerContext, sendAttachment } from '../context.ts';
import { replyToBlocks } from '../render/blocks.ts';
import { openForumModal, openSurveyModal } from './surfaces.ts';

/** `/joinedup …`: the forms open as modals; everything else is chat text, answered privately. */
export function registerCommandListeners(app: App, ctx: SlackListenerContext): void {
  app.command('/joinedup', async ({ command, ack, respond, client, context }) => {
    const text = (command.text ?? '').trim();
    const workspace = ctx.workspaceOf(context, command.team_id);
    // Acknowledge first: Slack waits three seconds at most, an answer may take longer.
    await ack();
    if (/^(forums?)\s+(new|create)$/i.test(text)) {
      await openForumModal(client, command.trigger_id, command.channel_id);
      return;
    }
    if (/^(pulse|survey)\s+(new|start)$/i.test(text)) {
      await openSurveyModal(ctx, client, workspace, command.trigger_id, command.channel_id);
      return;
    }
    const reply = await ctx.turn({
      workspace,
      userId: command.user_id,
      text: text || 'help',
      eventId: `command:${command.trigger_id}`,
      channelId: command.channel_id,
    });
    if (!reply) return;
    const { text: fallback, blocks } = replyToBlocks(reply);
    await respond({ response_type: 'ephemeral', text: fallback, blocks });
    await sendAttachment(client, command.user_id, reply);
  });
}
