import type { App } from '@slack/bolt';
import { type SlackListenerContext, sendAttachment } from '../context.ts';
import { replyMessages } from '../render/blocks.ts';
import { slackHelp } from '../render/help.ts';
import { resolveSlackText } from '../resolve-mentions.ts';
import { openAgencyModal, openForumModal, openSurveyModal } from './surfaces.ts';

/** `/joinedup …`: the forms open as modals; everything else is chat text, answered privately. */
export function registerCommandListeners(app: App, ctx: SlackListenerContext): void {
  app.command('/joinedup', async ({ command, ack, respond, client, context }) => {
    const resolved = resolveSlackText((command.text ?? '').trim());
    const workspace = ctx.workspaceOf(context, command.team_id);
    // Acknowledge first: Slack waits three seconds at most, an answer may take longer.
    await ack();
    if (!resolved.ok) {
      await respond({ response_type: 'ephemeral', text: resolved.message });
      return;
    }
    const { text } = resolved;
    if (/^(help|\?)?$/i.test(text)) {
      // As any first contact: the person (and the workspace) are known from now on.
      await ctx.members.ensureMember(workspace, command.user_id);
      const help = slackHelp({ teamId: command.team_id, appId: command.api_app_id });
      await respond({ response_type: 'ephemeral', ...help });
      return;
    }
    if (/^(forums?)\s+(new|create)$/i.test(text)) {
      await openForumModal(client, command.trigger_id, command.channel_id);
      return;
    }
    if (/^(forums?\s+)?agency\s+(new|add)$/i.test(text)) {
      await openAgencyModal(ctx, client, workspace, command.trigger_id);
      return;
    }
    if (/^(pulse|survey)\s+(new|start)$/i.test(text)) {
      await openSurveyModal(ctx, client, workspace, command.trigger_id, command.channel_id);
      return;
    }
    const reply = await ctx.turn({
      workspace,
      userId: command.user_id,
      text,
      eventId: `command:${command.trigger_id}`,
      channelId: command.channel_id,
    });
    if (!reply) return;
    for (const { text: fallback, blocks } of replyMessages(reply)) {
      await respond({ response_type: 'ephemeral', text: fallback, blocks });
    }
    await sendAttachment(client, command.user_id, reply);
  });
}
