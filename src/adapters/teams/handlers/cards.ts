import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, TurnContext } from 'botbuilder';
import { feedbackReply } from '../../../core/conversation/conversation-service.ts';
import type { Actor, Reply } from '../../../core/conversation/types.ts';
import {
  agencyAddedReply,
  forumCreatedReply,
  rsvpCountsText,
  rsvpReply,
} from '../../../core/forums/present.ts';
import { formFieldOf, templateInputFromForm } from '../../../core/pulse/build-template.ts';
import { surveyAnsweredReply, surveyStartedReply, templateSavedReply } from '../../../core/pulse/present.ts';
import { type AppError, isAppError } from '../../../core/shared/errors.ts';
import type { Outcome } from '../../../core/shared/outcome.ts';
import { errorSummary, tenantOf } from '../activity.ts';
import { type CardAction, readCardAction, type TemplateForm } from '../card-actions.ts';
import { cardActivity } from '../render/activities.ts';
import { agencyFormValues, renderAgencyAddedCard, renderAgencyForm } from '../render/agency-card.ts';
import {
  type AdaptiveCard,
  renderForumForm,
  renderRatedCard,
  renderRsvpCard,
  renderSurveyAnsweredCard,
  renderSurveyCard,
  renderSurveyForm,
  rsvpStatus,
} from '../render/cards.ts';
import { renderTemplateForm } from '../render/template-card.ts';
import { recallAnswerCard } from './answer-cards.ts';
import type { CardDone, TeamsContext } from './context.ts';
import type { ReferenceKeeper } from './lifecycle.ts';
import type { TeamsTurns } from './turns.ts';

type UseCaseAction = Exclude<CardAction, { verb: 'command' }>;

async function surveyTemplates(
  ctx: TeamsContext,
  workspaceId: string,
): Promise<{ key: string; title: string }[]> {
  const all = await ctx.deps.pulse.templates(workspaceId).catch(() => []);
  const seen = new Set<string>();
  return all.filter((t) => !seen.has(t.key) && seen.add(t.key));
}

/** Sends the "new survey template" card, with the values kept and each problem beside its input. */
export async function sendTemplateForm(
  context: TurnContext,
  form?: TemplateForm,
  error?: AppError,
): Promise<void> {
  const errors: Record<string, string> = {};
  if (error) {
    for (const [field, message] of Object.entries(
      error.fields ?? { [error.field ?? 'key']: error.message },
    )) {
      const id = formFieldOf(field);
      errors[id] = errors[id] ? `${errors[id]}; ${message}` : message;
    }
  }
  await context.sendActivity(cardActivity(renderTemplateForm(form, errors), 'New survey template'));
}

type FormName = 'forum' | 'survey' | 'agency';

const FORMS: [FormName, RegExp][] = [
  ['forum', /^(forum create|forum new|new forum|create forum)$/i],
  ['survey', /^(pulse start|pulse new|survey start|new survey|start survey)$/i],
  // The same command Slack opens its "add an agency" modal with.
  ['agency', /^(forums?\s+)?agency\s+(new|add)$/i],
];

/** The form a command opens (`forum create`, `pulse start`, `agency new`), if it names one. */
export function formNamed(command: string): FormName | undefined {
  return FORMS.find(([, pattern]) => pattern.test(command.trim()))?.[0];
}

const FORM_TITLES: Record<FormName, string> = {
  forum: 'Create a forum',
  survey: 'Start a survey',
  agency: 'Add an agency',
};

async function forumNames(ctx: TeamsContext, workspaceId: string): Promise<string[]> {
  const forums = await ctx.deps.forums.listForums(workspaceId).catch(() => []);
  return forums.map((f) => f.name);
}

/** The form, with a refusal beside the field it names and (for the agency form) the values kept. */
async function formCard(
  ctx: TeamsContext,
  workspaceId: string,
  form: FormName,
  error?: AppError,
  values: Record<string, unknown> = {},
): Promise<AdaptiveCard> {
  const problem = error ? { field: error.field, message: error.message } : undefined;
  if (form === 'forum') return renderForumForm(problem);
  if (form === 'agency')
    return renderAgencyForm(await forumNames(ctx, workspaceId), agencyFormValues(values), problem);
  return renderSurveyForm(await surveyTemplates(ctx, workspaceId), problem);
}

/** Sends a form as a new card, with a refusal beside the field it names. */
export async function sendForm(
  ctx: TeamsContext,
  context: TurnContext,
  form: FormName,
  error?: AppError,
  values?: Record<string, unknown>,
): Promise<void> {
  const tenant = tenantOf(context.activity) ?? 'teams-local';
  const card = await formCard(ctx, tenant, form, error, values);
  await context.sendActivity(cardActivity(card, FORM_TITLES[form]));
}

/** The form a refused submit names by its verb, if it is one of the forms. */
function formOfVerb(verb: unknown): FormName | undefined {
  if (verb === 'forum_create') return 'forum';
  if (verb === 'pulse_start') return 'survey';
  if (verb === 'agency_add') return 'agency';
  return undefined;
}

/**
 * The card that replaces the "add an agency" form after an Action.Execute submit: the form again
 * with the refusal and the values kept, or the confirmation. A repeated invoke is told it is done.
 */
async function agencyResultCard(
  ctx: TeamsContext,
  actor: Actor,
  values: Record<string, unknown>,
  done: CardDone | null,
): Promise<AdaptiveCard> {
  if (!done) return renderAgencyAddedCard('This agency has been added.');
  if (done.error) return formCard(ctx, actor.workspace.id, 'agency', done.error, values);
  return renderAgencyAddedCard(done.reply.text);
}

/** Runs a card's use case for the clicker; null for a redelivered click. */
async function runCard(ctx: TeamsContext, actor: Actor, action: UseCaseAction): Promise<CardDone | null> {
  const { conversation, forumActs, pulseActs, deps } = ctx;
  const done = <T>(
    outcome: Outcome<T> | null,
    reply: (data: T) => Reply,
    extra?: (data: T) => Partial<CardDone>,
  ) => {
    if (!outcome) return null;
    if (!outcome.ok)
      return {
        reply: { text: outcome.error.message, ephemeral: true, error: outcome.error.code },
        error: outcome.error,
      };
    return { reply: reply(outcome.data), ...extra?.(outcome.data) };
  };
  const channelId = actor.channelId ?? 'teams';
  switch (action.verb) {
    case 'feedback':
      return done(await conversation.act(actor, (m) => conversation.rateAnswer(m, action), 'feedback'), (d) =>
        feedbackReply(d.feedback),
      );
    case 'rsvp':
      return done(
        await conversation.act(actor, (m) => forumActs.rsvp(m, action), 'rsvp'),
        rsvpReply,
        (rsvp) => ({ rsvp }),
      );
    case 'pulse_answer':
      return done(
        await conversation.act(actor, (m) => pulseActs.answerSurvey(m, action), 'pulse-answer'),
        surveyAnsweredReply,
        (answered) => ({ answered }),
      );
    case 'forum_create':
      return done(
        await conversation.act(
          actor,
          (m) => forumActs.createForum(m, { ...action.input, channelId }),
          'forum-create',
        ),
        (forum) => forumCreatedReply(deps.forums.describe(forum), forum.name),
      );
    case 'agency_add':
      return done(
        await conversation.act(actor, (m) => forumActs.addAgency(m, action.input), 'agency-add'),
        agencyAddedReply,
      );
    case 'pulse_form':
      // Opens the survey's form again: nothing changes until the answers are sent.
      return { reply: { text: 'Change your answers and send them again.', ephemeral: true } };
    case 'pulse_start':
      return done(
        await conversation.act(
          actor,
          (m) => pulseActs.startSurvey(m, { ...action.input, channelId }),
          'pulse-start',
        ),
        surveyStartedReply,
      );
    case 'pulse_template':
      return done(
        await conversation.act(
          actor,
          (m) => pulseActs.createTemplate(m, templateInputFromForm(action.form)),
          'pulse-template-add',
        ),
        templateSavedReply,
      );
  }
}

/**
 * The card that replaces a clicked card for the clicker, showing the new state with the spent
 * buttons gone. `done` is null for a repeated invoke: the card is drawn again from what is stored,
 * so a retried invoke gets the same card, not an error.
 */
async function stateCard(
  ctx: TeamsContext,
  actor: Actor,
  action: UseCaseAction,
  done: CardDone | null,
): Promise<AdaptiveCard | undefined> {
  const workspaceId = actor.workspace.id;
  if (done?.error) return undefined;
  switch (action.verb) {
    case 'rsvp': {
      const text = (await postText(ctx, workspaceId, action.postKey)) ?? 'Forum meeting';
      const { counts, mine } = done?.rsvp
        ? { counts: done.rsvp.counts, mine: done.rsvp.answer }
        : await ctx.deps.forums.rsvpState(workspaceId, action.occurrenceId, actor.userId);
      const status = rsvpStatus(mine, rsvpCountsText(counts));
      return renderRsvpCard(text, action.occurrenceId, action.postKey, status, mine ?? undefined);
    }
    case 'pulse_answer': {
      const run =
        done?.answered?.run ?? (await ctx.deps.pulse.findRun(workspaceId, action.runId).catch(() => null));
      if (!run) return undefined;
      // The same card for the first click and any repeat: drawn from the survey, not the reply.
      const anonymous = run.anonymous ? ' It is anonymous.' : '';
      return renderSurveyAnsweredCard(
        run.template.title,
        run.id,
        `✅ Your answer is recorded; you can change it until the survey closes.${anonymous}`,
      );
    }
    case 'pulse_form': {
      const run = await ctx.deps.pulse.findRun(workspaceId, action.runId).catch(() => null);
      return run?.status === 'open' ? renderSurveyCard(run.template.title, run.id, run.template) : undefined;
    }
    case 'feedback':
      return renderRatedCard(
        await recallAnswerCard(ctx, actor.channelId ?? '', action.questionId),
        action.feedback,
      );
    default:
      return undefined;
  }
}

/** The shared card after an Action.Submit click (older clients): the counts, for everyone. */
async function sharedCard(
  ctx: TeamsContext,
  actor: Actor,
  action: UseCaseAction,
  done: CardDone,
): Promise<AdaptiveCard | undefined> {
  if (action.verb === 'rsvp' && done.rsvp) {
    const text = (await postText(ctx, actor.workspace.id, action.postKey)) ?? 'Forum meeting';
    return renderRsvpCard(text, action.occurrenceId, action.postKey, rsvpCountsText(done.rsvp.counts));
  }
  if (action.verb === 'feedback' && !done.error) return stateCard(ctx, actor, action, done);
  return undefined;
}

async function postText(ctx: TeamsContext, workspaceId: string, key: unknown): Promise<string | undefined> {
  if (typeof key !== 'string' || key.length > 200) return undefined;
  const message = await ctx.deps.repos.posts.messageFor(workspaceId, key).catch(() => null);
  return typeof message?.text === 'string' ? message.text : undefined;
}

/** Card actions: Universal Actions (Action.Execute) and Action.Submit, each a typed use case. */
export function registerCardHandlers(
  application: Application<TurnState>,
  ctx: TeamsContext,
  turns: TeamsTurns,
  refs: ReferenceKeeper,
): void {
  const { log } = ctx;
  const { actorOf, handleWithin, within, deliverLater, replyTo, sendOrDefer } = turns;
  const { saveReference } = refs;
  // Universal Actions (Action.Execute): the answer replaces the clicked card for the clicker.
  application.adaptiveCards.actionExecute(/.*/, async (context, _state, data) => {
    const value = (data ?? {}) as Record<string, unknown>;
    let action: CardAction;
    const verb = context.activity.value?.action?.verb ?? value.verb;
    const actor = actorOf(context);
    try {
      action = readCardAction({ ...value, verb });
    } catch (error) {
      const form = formOfVerb(verb);
      if (form === 'agency' && actor && isAppError(error))
        return formCard(ctx, actor.workspace.id, form, error, value);
      return isAppError(error) ? error.message : 'That button is not valid any more.';
    }
    if (!actor) return 'I could not tell who clicked that.';
    await saveReference(context);
    if (action.verb === 'command' && formNamed(action.command)) {
      await sendForm(ctx, context, formNamed(action.command) ?? 'forum');
      return 'Done.';
    }
    if (action.verb === 'command') {
      const message = { ...actor, text: action.command };
      const { reply, late } = await handleWithin(message);
      if (late) {
        deliverLater(message, TurnContext.getConversationReference(context.activity), late);
        return 'Working on it: I will reply here in a moment.';
      }
      if (!reply) return 'Already done.';
      await sendOrDefer(context, reply, message);
      return 'Done.';
    }
    const { done, late } = await within(actor, runCard(ctx, actor, action));
    if (late) {
      deliverLater(actor, TurnContext.getConversationReference(context.activity), late);
      return 'Working on it: I will reply here in a moment.';
    }
    if (action.verb === 'agency_add') return agencyResultCard(ctx, actor, value, done);
    const card = await stateCard(ctx, actor, action, done);
    if (card) return card;
    if (!done) return 'Already done.';
    if (
      action.verb === 'feedback' ||
      action.verb === 'forum_create' ||
      action.verb === 'pulse_start' ||
      action.verb === 'pulse_template'
    ) {
      await sendOrDefer(context, done.reply, actor);
      return 'Done.';
    }
    return done.reply.text;
  });

  // Action.Submit: a message with the card's data as its value.
  application.adaptiveCards.actionSubmit(/.*/, async (context, _state, data) => {
    const value = (data ?? {}) as Record<string, unknown>;
    let action: CardAction;
    try {
      action = readCardAction(value);
    } catch (error) {
      const form = formOfVerb(value.verb);
      if (form && isAppError(error)) return sendForm(ctx, context, form, error, value);
      if (value.verb === 'pulse_template' && isAppError(error))
        return sendTemplateForm(context, undefined, error);
      await context.sendActivity(
        MessageFactory.text(isAppError(error) ? error.message : 'That button is not valid any more.'),
      );
      return;
    }
    await saveReference(context);
    const actor = actorOf(context);
    if (!actor) return;
    if (action.verb === 'command') {
      const form = formNamed(action.command);
      return form ? sendForm(ctx, context, form) : replyTo(context, action.command);
    }
    const { done, late } = await within(actor, runCard(ctx, actor, action));
    if (late) return deliverLater(actor, TurnContext.getConversationReference(context.activity), late);
    if (!done) return;
    // A refused form comes back with the problem beside its field.
    const form = formOfVerb(action.verb);
    if (done.error && form) return sendForm(ctx, context, form, done.error, value);
    if (done.error && action.verb === 'pulse_template')
      return sendTemplateForm(context, action.form, done.error);
    const replyToId = context.activity.replyToId;
    // An RSVP updates the card in place with the counts, for everyone in the conversation.
    const card = replyToId ? await sharedCard(ctx, actor, action, done) : undefined;
    if (card && replyToId) {
      try {
        await context.updateActivity({ ...cardActivity(card, done.reply.text), id: replyToId });
        return;
      } catch (error) {
        log.warn({ err: errorSummary(error) }, 'card update failed; replying instead');
      }
    }
    await sendOrDefer(context, done.reply, actor);
  });
}
