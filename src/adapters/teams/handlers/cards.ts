import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, TurnContext } from 'botbuilder';
import { feedbackReply } from '../../../core/conversation/conversation-service.ts';
import type { Actor, Reply } from '../../../core/conversation/types.ts';
import { forumCreatedReply, rsvpCountsText, rsvpReply } from '../../../core/forums/present.ts';
import { formFieldOf, templateInputFromForm } from '../../../core/pulse/build-template.ts';
import { surveyAnsweredReply, surveyStartedReply, templateSavedReply } from '../../../core/pulse/present.ts';
import { type AppError, isAppError } from '../../../core/shared/errors.ts';
import type { Outcome } from '../../../core/shared/outcome.ts';
import { errorSummary, tenantOf } from '../activity.ts';
import { type CardAction, readCardAction, type TemplateForm } from '../card-actions.ts';
import { cardActivity, replyActivity } from '../render/activities.ts';
import {
  type AdaptiveCard,
  renderForumForm,
  renderRsvpCard,
  renderSurveyCard,
  renderSurveyForm,
} from '../render/cards.ts';
import { renderTemplateForm } from '../render/template-card.ts';
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

/** Sends the forum or survey form, with a refusal beside the field it names. */
export async function sendForm(
  ctx: TeamsContext,
  context: TurnContext,
  form: 'forum' | 'survey',
  error?: AppError,
): Promise<void> {
  const tenant = tenantOf(context.activity) ?? 'teams-local';
  const problem = error ? { field: error.field, message: error.message } : undefined;
  const card =
    form === 'forum'
      ? renderForumForm(problem)
      : renderSurveyForm(await surveyTemplates(ctx, tenant), problem);
  await context.sendActivity(cardActivity(card, form === 'forum' ? 'Create a forum' : 'Start a survey'));
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

/** The card that replaces a clicked RSVP or survey card, when the use case succeeded. */
async function updatedCard(
  ctx: TeamsContext,
  workspaceId: string,
  action: CardAction,
  done: CardDone,
): Promise<AdaptiveCard | undefined> {
  if (action.verb === 'rsvp' && done.rsvp) {
    const text = (await postText(ctx, workspaceId, action.postKey)) ?? 'Forum meeting';
    return renderRsvpCard(text, action.occurrenceId, action.postKey, rsvpCountsText(done.rsvp.counts));
  }
  if (action.verb === 'pulse_answer' && done.answered) {
    const { run } = done.answered;
    return renderSurveyCard(run.template.title, run.id, run.template, `✅ ${done.reply.text}`);
  }
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
    try {
      action = readCardAction({ ...value, verb: context.activity.value?.action?.verb ?? value.verb });
    } catch (error) {
      return isAppError(error) ? error.message : 'That button is not valid any more.';
    }
    const actor = actorOf(context);
    if (!actor) return 'I could not tell who clicked that.';
    await saveReference(context);
    if (action.verb === 'command') {
      const message = { ...actor, text: action.command };
      const { reply, late } = await handleWithin(message);
      if (late) {
        deliverLater(message, TurnContext.getConversationReference(context.activity), late);
        return 'Working on it: I will reply here in a moment.';
      }
      if (!reply) return 'Already done.';
      await sendOrDefer(context, replyActivity(reply), message);
      return 'Done.';
    }
    const { done, late } = await within(actor, runCard(ctx, actor, action));
    if (late) {
      deliverLater(actor, TurnContext.getConversationReference(context.activity), late);
      return 'Working on it: I will reply here in a moment.';
    }
    if (!done) return 'Already done.';
    const card = await updatedCard(ctx, actor.workspace.id, action, done);
    if (card) return card;
    if (
      action.verb === 'feedback' ||
      action.verb === 'forum_create' ||
      action.verb === 'pulse_start' ||
      action.verb === 'pulse_template'
    ) {
      await sendOrDefer(context, replyActivity(done.reply), actor);
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
      if (value.verb === 'forum_create' && isAppError(error)) return sendForm(ctx, context, 'forum', error);
      if (value.verb === 'pulse_start' && isAppError(error)) return sendForm(ctx, context, 'survey', error);
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
    if (action.verb === 'command') return replyTo(context, action.command);
    const { done, late } = await within(actor, runCard(ctx, actor, action));
    if (late) return deliverLater(actor, TurnContext.getConversationReference(context.activity), late);
    if (!done) return;
    // A refused form comes back with the problem beside its field.
    if (done.error && action.verb === 'forum_create') return sendForm(ctx, context, 'forum', done.error);
    if (done.error && action.verb === 'pulse_start') return sendForm(ctx, context, 'survey', done.error);
    if (done.error && action.verb === 'pulse_template')
      return sendTemplateForm(context, action.form, done.error);
    const replyToId = context.activity.replyToId;
    // An RSVP updates the card in place with the counts, for everyone in the conversation.
    if (action.verb === 'rsvp' && replyToId && done.rsvp) {
      const card = await updatedCard(ctx, actor.workspace.id, action, done);
      if (card) {
        try {
          await context.updateActivity({ ...cardActivity(card, 'RSVP'), id: replyToId });
          return;
        } catch (error) {
          log.warn({ err: errorSummary(error) }, 'card update failed; replying instead');
        }
      }
    }
    await sendOrDefer(context, replyActivity(done.reply), actor);
  });
}
