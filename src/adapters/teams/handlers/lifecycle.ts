import type { Application, TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, TurnContext } from 'botbuilder';
import { baseConversation, tenantOf } from '../activity.ts';
import { cardActivity } from '../render/activities.ts';
import { renderIntroductionCard, renderWelcomeCard } from '../render/cards.ts';
import type { TeamsContext } from './context.ts';

/** Where the bot can post: conversation references kept fresh, and marked inactive on removal. */
export type ReferenceKeeper = ReturnType<typeof createReferenceKeeper>;

export function createReferenceKeeper(ctx: TeamsContext) {
  const { references, log } = ctx;

  /**
   * Stores where the bot can post, and marks the conversation active, on every activity: no
   * per-process cache, so a conversation marked inactive by any replica is active again as soon
   * as anything arrives from it (a re-add, a message, a click).
   */
  async function saveReference(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const tenant = tenantOf(activity);
    if (!tenant) return;
    const conversationId = baseConversation(activity.conversation.id);
    // Posts start a new thread in a channel: the reference names the channel, not this message.
    const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(activity);
    const channelData = activity.channelData as { team?: { id?: string } } | undefined;
    await references.save(tenant, conversationId, {
      ...reference,
      conversation: { ...activity.conversation, id: conversationId },
      ...(channelData?.team?.id ? { teamId: channelData.team.id } : {}),
    });
  }

  async function markRemoved(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const tenant = tenantOf(activity);
    if (!tenant) return;
    const conversationId = baseConversation(activity.conversation.id);
    const teamId = (activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
    await references.markInactive(tenant, conversationId);
    if (teamId) await references.markTeamInactive(tenant, teamId);
    log.info({ workspaceId: tenant }, 'bot removed from a conversation; its posts stop');
  }

  return { saveReference, markRemoved };
}

const introducedKey = (activity: TurnContext['activity']) =>
  `msteams/conversations/${baseConversation(activity.conversation.id)}/introduced`;

/**
 * Introduces the bot once per install: a welcome card with Ask / Help / Forums in a personal chat,
 * an introduction in a team or group chat. Teams sends both `installationUpdate` and
 * `conversationUpdate` for one install, and `membersAdded` for every person who joins later: the
 * mark in the database (created once, on any replica) makes it once. Removal clears it.
 */
async function introduce(ctx: TeamsContext, context: TurnContext): Promise<void> {
  const first = await ctx.deps.repos.turnState.write(
    introducedKey(context.activity),
    { at: Date.now() },
    '-',
  );
  if (!first) return;
  const personal = context.activity.conversation.conversationType === 'personal';
  await context.sendActivity(
    cardActivity(personal ? renderWelcomeCard() : renderIntroductionCard(), "Hello, I'm joinedup."),
  );
}

/** Installed, added to a team or chat, or removed: keep the reference up to date. */
export function registerLifecycleHandlers(
  application: Application<TurnState>,
  ctx: TeamsContext,
  refs: ReferenceKeeper,
): void {
  const { saveReference, markRemoved } = refs;
  const removed = async (context: TurnContext) => {
    await markRemoved(context);
    await ctx.deps.repos.turnState.delete([introducedKey(context.activity)]);
  };
  application.conversationUpdate('membersAdded', async (context) => {
    const added = context.activity.membersAdded ?? [];
    if (!added.some((m) => m.id === context.activity.recipient.id)) return;
    await saveReference(context);
    await introduce(ctx, context);
  });
  application.conversationUpdate('membersRemoved', async (context) => {
    const gone = context.activity.membersRemoved ?? [];
    if (gone.some((m) => m.id === context.activity.recipient.id)) await removed(context);
  });
  application.activity(ActivityTypes.InstallationUpdate, async (context) => {
    const action = String(context.activity.action ?? '');
    if (action.startsWith('remove')) await removed(context);
    else if (action.startsWith('add')) {
      await saveReference(context);
      await introduce(ctx, context);
    }
  });
}
