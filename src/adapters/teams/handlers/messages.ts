import type { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, MessageFactory } from 'botbuilder';
import { plainText, resolveMentions } from '../activity.ts';
import { formNamed, sendForm, sendTemplateForm } from './cards.ts';
import type { TeamsContext } from './context.ts';
import type { ReferenceKeeper } from './lifecycle.ts';
import type { TeamsTurns } from './turns.ts';

const TEMPLATE_FORM = /^(pulse template new|pulse template add|new survey template|new template)$/i;

/** Messages: the forms by name, everything else is chat text for the core. */
export function registerMessageHandlers(
  application: Application<TurnState>,
  ctx: TeamsContext,
  turns: TeamsTurns,
  refs: ReferenceKeeper,
): void {
  const { replyTo } = turns;
  const { saveReference } = refs;
  application.activity(ActivityTypes.Message, async (context) => {
    const activity = context.activity;
    await saveReference(context);
    const text = plainText(resolveMentions(activity)).trim();
    if (!text) {
      if (activity.value !== undefined) {
        await context.sendActivity(MessageFactory.text('That button is not one of mine, or it has expired.'));
      }
      return;
    }
    const form = formNamed(text);
    if (form) return sendForm(ctx, context, form);
    if (TEMPLATE_FORM.test(text)) return sendTemplateForm(context);
    await replyTo(context, text);
  });
}
