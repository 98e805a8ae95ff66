import type { App, BlockAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { feedbackReply } from '../../../core/conversation/conversation-service.ts';
import type { Actor, Reply } from '../../../core/conversation/types.ts';
import type { RsvpAnswer } from '../../../core/forums/ports.ts';
import { rsvpReply } from '../../../core/forums/present.ts';
import type { Outcome } from '../../../core/shared/outcome.ts';
import type { Feedback } from '../../../core/shared/ports.ts';
import { dmChannel, type SlackListenerContext, sendAttachment } from '../context.ts';
import { replyMessages, replyToBlocks, type SlackMessage } from '../render/blocks.ts';
import { fitsView } from '../render/check-blocks.ts';
import { replyView, surveyAnswerView } from '../render/modals.ts';
import { templateCreateView } from '../render/template-modal.ts';
import { openAgencyModal, openForumModal, openSurveyModal, publishHome } from './surfaces.ts';
import { type BlockChange, rated, rsvped, updateInPlace } from './update-in-place.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Click {
  body: BlockAction;
  client: WebClient;
  actor: Actor;
  respond?: (message: {
    response_type: 'ephemeral';
    replace_original: false;
    text: string;
    blocks: SlackMessage['blocks'];
  }) => Promise<unknown>;
  fromHome: boolean;
}

/** A reply to a click: beside the message clicked, or as a modal from the App Home (a DM if that fails). */
async function deliver(click: Click, reply: Reply): Promise<void> {
  const { client, body } = click;
  const parts = replyMessages(reply);
  const { respond } = click;
  if (respond && !click.fromHome) {
    for (const { text, blocks } of parts) {
      await respond({ response_type: 'ephemeral', replace_original: false, text, blocks });
    }
  } else if (body.trigger_id) {
    const { trigger_id } = body;
    // A modal when the reply fits one; otherwise (or if it cannot open) every part by DM.
    await Promise.resolve()
      .then(() => client.views.open({ trigger_id, view: replyView('joinedup', replyToBlocks(reply).blocks) }))
      .catch(async () => {
        const channel = await dmChannel(client, body.user.id);
        for (const { text, blocks } of parts) await client.chat.postMessage({ channel, text, blocks });
      });
  }
  await sendAttachment(client, body.user.id, reply);
}

/** The reply for a use case's outcome: its own success reply, or the refusal's message. */
function replyFor<T>(outcome: Outcome<T>, success: (data: T) => Reply): Reply {
  return outcome.ok
    ? success(outcome.data)
    : { text: outcome.error.message, ephemeral: true, error: outcome.error.code };
}

/**
 * What a typed click did: the reply for the person, and how the clicked message now looks (the
 * change is shown in place; `quiet` when that is all the person needs to see).
 */
interface Clicked {
  reply: Reply | null;
  change?: BlockChange;
  quiet?: boolean;
}

/** A typed button (`rsvp:<answer>`, `feedback:<kind>`): its use case, or undefined for other ids. */
async function runTyped(
  ctx: SlackListenerContext,
  click: Click,
  actionId: string,
  value: string,
): Promise<Clicked | undefined> {
  const [kind, choice] = actionId.split(':');
  if (kind === 'rsvp' && (choice === 'going' || choice === 'not_going' || choice === 'maybe')) {
    if (!UUID.test(value)) {
      return {
        reply: { text: 'That RSVP button is not valid any more. Try `forum schedule`.', ephemeral: true },
      };
    }
    const answer: RsvpAnswer = choice;
    const outcome = await ctx.perform(click.actor, 'rsvp', (m) =>
      ctx.forumActs.rsvp(m, { answer, occurrenceId: value }),
    );
    if (!outcome) return { reply: null };
    const direct = click.body.channel?.id?.startsWith('D') ?? false;
    return {
      reply: replyFor(outcome, rsvpReply),
      ...(outcome.ok ? { change: rsvped(answer, outcome.data.counts, direct), quiet: direct } : {}),
    };
  }
  if (kind === 'feedback' && (choice === 'helpful' || choice === 'unhelpful')) {
    if (!UUID.test(value))
      return { reply: { text: 'That feedback button is not valid any more.', ephemeral: true } };
    const feedback: Feedback = choice;
    // The answer clicked, by the id its buttons carry: never simply the person's latest.
    const outcome = await ctx.perform(click.actor, 'feedback', (m) =>
      ctx.conversation.rateAnswer(m, { feedback, questionId: value }),
    );
    if (!outcome) return { reply: null };
    return {
      reply: replyFor(outcome, (d) => feedbackReply(d.feedback)),
      ...(outcome.ok ? { change: rated(feedback), quiet: true } : {}),
    };
  }
  return undefined;
}

/** Opens the answer form of a survey run, if it is still open. */
async function openAnswerForm(
  ctx: SlackListenerContext,
  click: Click,
  runId: string,
  triggerId: string,
): Promise<void> {
  const { workspace, userId } = click.actor;
  const member = await ctx.members.ensureMember(workspace, userId);
  const run = await ctx.pulse.findRun(workspace.id, runId).catch(() => null);
  if (run?.status !== 'open' || run.closesAt <= ctx.clock.now()) {
    const text = run ? `"${run.template.title}" is not open for answers.` : 'I could not find that survey.';
    await deliver(click, { text, ephemeral: true });
    return;
  }
  const needsSector = !(await ctx.pulse.sectorOf(member));
  await click.client.views.open({
    trigger_id: triggerId,
    view: fitsView(surveyAnswerView(run, needsSector)),
  });
}

/**
 * Buttons: RSVPs and ratings run their use cases; `cmd:` buttons (read-only commands such as an
 * article or the results, and buttons on messages posted before typed actions) are chat text;
 * the rest open forms.
 */
export function registerActionListeners(app: App, ctx: SlackListenerContext): void {
  app.action(/.*/, async ({ ack, body, action, client, respond, context }) => {
    await ack();
    const actionId = 'action_id' in action ? action.action_id : undefined;
    if (body.type !== 'block_actions' || action.type !== 'button' || !actionId) {
      ctx.log.warn({ type: body.type }, 'Slack interaction of an unknown kind ignored');
      return;
    }
    const workspace = ctx.workspaceOf(context, body.team?.id ?? body.user.team_id);
    const eventId = body.trigger_id ? `action:${body.trigger_id}` : undefined;
    const click: Click = {
      body,
      client,
      respond,
      fromHome: body.view?.type === 'home',
      actor: { workspace, userId: body.user.id, eventId, channelId: body.channel?.id },
    };
    const value = ('value' in action ? (action.value ?? '') : '').trim();
    const typed = await runTyped(ctx, click, actionId, value);
    if (typed !== undefined) {
      if (!typed.reply) return;
      const shown =
        !click.fromHome && typed.change
          ? await updateInPlace(client, body, respond, typed.change).catch((error: unknown) => {
              ctx.log.warn({ err: { name: (error as Error).name } }, 'Slack message not updated in place');
              return false;
            })
          : false;
      if (!(shown && typed.quiet)) await deliver(click, typed.reply);
      if (click.fromHome) await publishHome(ctx, client, workspace, body.user.id);
      return;
    }
    if (actionId.startsWith('cmd:')) {
      if (!value || value.length > 500) {
        ctx.log.warn({ actionId: actionId }, 'Slack button without a usable value ignored');
        return;
      }
      const reply = await ctx.turn({ ...click.actor, text: value });
      if (!reply) return;
      await deliver(click, reply);
      if (click.fromHome) await publishHome(ctx, client, workspace, body.user.id);
      return;
    }
    const trigger = body.trigger_id;
    if (!trigger) return;
    if (actionId === 'open_forum_modal') return openForumModal(client, trigger, body.channel?.id);
    if (actionId === 'open_pulse_modal')
      return openSurveyModal(ctx, client, workspace, trigger, body.channel?.id);
    if (actionId === 'open_template_modal')
      return void (await client.views.open({ trigger_id: trigger, view: fitsView(templateCreateView()) }));
    if (actionId === 'open_agency_modal') return openAgencyModal(ctx, client, workspace, trigger);
    if (actionId === 'pulse_answer_open') return openAnswerForm(ctx, click, value, trigger);
    ctx.log.warn({ actionId: actionId.slice(0, 60) }, 'unknown Slack action ignored');
  });
}
