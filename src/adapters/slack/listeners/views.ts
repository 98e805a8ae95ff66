import type { App, SlackViewMiddlewareArgs, ViewResponseAction } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Actor, Reply } from '../../../core/conversation/types.ts';
import { agencyAddedReply, forumCreatedReply } from '../../../core/forums/present.ts';
import { surveyAnsweredReply, surveyStartedReply, templateSavedReply } from '../../../core/pulse/present.ts';
import type { AppError } from '../../../core/shared/errors.ts';
import type { Outcome } from '../../../core/shared/outcome.ts';
import type { MemberRecord } from '../../../core/shared/ports.ts';
import { dmChannel, type SlackListenerContext } from '../context.ts';
import { agencyInputFrom } from '../render/agency-modal.ts';
import { replyMessages, sections } from '../render/blocks.ts';
import {
  answerInputFrom,
  blockForField,
  forumInputFrom,
  replyView,
  surveyInputFrom,
  VIEW,
  type ViewState,
} from '../render/modals.ts';
import {
  TEMPLATE_BLOCKS,
  TEMPLATE_VIEW,
  templateErrors,
  templateInputFrom,
} from '../render/template-modal.ts';

type Ack = SlackViewMiddlewareArgs['ack'];

interface Submission<T> {
  ack: Ack;
  client: WebClient;
  actor: Actor;
  name: string;
  /** The form's block ids, in order: a refusal shows beside the one it names, or the first. */
  blocks: string[];
  work: (member: MemberRecord) => Promise<Outcome<T>>;
  reply: (data: T) => Reply;
  /** The modal to show after success, while it is still open; otherwise it closes and a DM follows. */
  thanks?: (reply: Reply) => ModalView;
  /** Every problem of a refusal beside its block, for forms whose use case reports several at once. */
  errors?: (error: AppError) => Record<string, string>;
}

/**
 * Runs a modal's use case and answers Slack in time: a refusal beside the field it names while
 * the modal is open, otherwise it closes and the result follows as a direct message. A use case
 * slower than the deadline closes the modal first and sends its result (success or refusal)
 * afterwards. Success is the outcome's, never read from the reply.
 */
async function submit<T>(ctx: SlackListenerContext, s: Submission<T>): Promise<void> {
  let acked = false;
  const ack = async (response?: ViewResponseAction) => {
    if (acked) return;
    acked = true;
    await (response ? s.ack(response) : s.ack());
  };
  const timer = setTimeout(() => void ack().catch(() => {}), ctx.viewDeadlineMs);
  let outcome: Outcome<T> | null;
  try {
    outcome = await ctx.perform(s.actor, s.name, s.work);
  } finally {
    clearTimeout(timer);
  }
  if (!outcome) return ack();
  if (!outcome.ok && outcome.error.code !== 'INTERNAL' && !acked) {
    const block = blockForField(outcome.error.field, s.blocks);
    const errors = s.errors?.(outcome.error) ?? { [block]: outcome.error.message.slice(0, 300) };
    return ack({ response_action: 'errors', errors });
  }
  const reply: Reply = outcome.ok
    ? s.reply(outcome.data)
    : { text: outcome.error.message, ephemeral: true, error: outcome.error.code };
  if (!acked && s.thanks && outcome.ok) return ack({ response_action: 'update', view: s.thanks(reply) });
  await ack();
  const channel = await dmChannel(s.client, s.actor.userId);
  for (const { text, blocks } of replyMessages(reply)) {
    await s.client.chat.postMessage({ channel, text, blocks });
  }
}

/** Modal submissions: each form's fields are its use case's typed input. */
export function registerViewListeners(app: App, ctx: SlackListenerContext): void {
  /** A form whose fields parse to its use case's input; fields that do not parse stay in the modal. */
  const form = <I, T>(
    callbackId: string,
    parse: (state: ViewState) => { input?: I; errors: Record<string, string> },
    spec: (input: I) => Omit<Submission<T>, 'ack' | 'client' | 'actor'> & { channelId?: string },
  ) =>
    app.view(callbackId, async ({ ack, body, view, client, context }) => {
      const parsed = parse(view.state.values as ViewState);
      const input = parsed.input;
      if (!input) return void (await ack({ response_action: 'errors', errors: parsed.errors }));
      const workspace = ctx.workspaceOf(context, body.team?.id ?? body.user.team_id);
      const { channelId, ...submission } = spec(input);
      await submit(ctx, {
        ...submission,
        ack,
        client,
        actor: { workspace, userId: body.user.id, ...(channelId ? { channelId } : {}) },
      });
    });

  form(VIEW.forum, forumInputFrom, (input) => ({
    channelId: input.channelId,
    name: 'forum-create',
    blocks: ['name', 'cadence', 'time', 'start', 'duration', 'channel'],
    work: (member) => ctx.forumActs.createForum(member, input),
    reply: (forum) => forumCreatedReply(ctx.forums.describe(forum), forum.name),
  }));

  form(VIEW.agency, agencyInputFrom, (input) => ({
    name: 'agency-add',
    blocks: ['forum', 'name', 'sector', 'contacts', 'host'],
    work: (member) => ctx.forumActs.addAgency(member, input),
    reply: agencyAddedReply,
  }));

  form(VIEW.survey, surveyInputFrom, (input) => ({
    channelId: input.channelId,
    name: 'pulse-start',
    blocks: ['template', 'days', 'channel', 'forum'],
    work: (member) => ctx.pulseActs.startSurvey(member, input),
    reply: surveyStartedReply,
  }));

  app.view(TEMPLATE_VIEW, async ({ ack, body, view, client, context }) => {
    const input = templateInputFrom(view.state.values as ViewState);
    const workspace = ctx.workspaceOf(context, body.team?.id ?? body.user.team_id);
    await submit(ctx, {
      ack,
      client,
      actor: { workspace, userId: body.user.id },
      name: 'pulse-template-add',
      blocks: TEMPLATE_BLOCKS,
      work: (member) => ctx.pulseActs.createTemplate(member, input),
      reply: templateSavedReply,
      errors: templateErrors,
    });
  });

  app.view(VIEW.answer, async ({ ack, body, view, client, context }) => {
    const workspace = ctx.workspaceOf(context, body.team?.id ?? body.user.team_id);
    const run = await ctx.pulse.findRun(workspace.id, view.private_metadata).catch(() => null);
    if (!run) return void (await ack({ response_action: 'clear' }));
    const state = view.state.values as ViewState;
    const input = answerInputFrom(run, state);
    await submit(ctx, {
      ack,
      client,
      actor: { workspace, userId: body.user.id },
      name: 'pulse-answer',
      blocks: [...(state.sector ? ['sector'] : []), ...run.template.questions.map((q) => `q:${q.id}`)],
      work: (member) => ctx.pulseActs.answerSurvey(member, input),
      reply: surveyAnsweredReply,
      thanks: (reply) => replyView('Thank you', sections(reply.text)),
    });
  });
}
