import type { ConversationReference } from 'botbuilder';
import type { ChatGateway, OutboundMessage, PostTarget } from '../../core/shared/ports.ts';
import { statusOf } from './activity.ts';
import type { TeamsContext } from './handlers/context.ts';
import { cardActivity } from './render/activities.ts';
import { renderPostCard } from './render/cards.ts';

/** A send that will never succeed (the bot is not in that conversation): the scheduler gives up. */
export class TeamsPostError extends Error {
  readonly permanent = true;
  constructor(message: string) {
    super(message);
    this.name = 'TeamsPostError';
  }
}

/** Scheduled posts, sent proactively to the conversations the bot was added to. */
export function createTeamsGateway(ctx: TeamsContext): ChatGateway {
  const { adapter, appId, references, log } = ctx;
  return {
    async post(target: PostTarget, message: OutboundMessage, idempotencyKey: string) {
      const stored = await references.find(target.workspaceId, target.channelId);
      if (!stored) {
        throw new TeamsPostError(
          'joinedup has not been added to that Teams conversation (no conversation reference)',
        );
      }
      if (!stored.active) throw new TeamsPostError('joinedup was removed from that Teams conversation');
      const runId = message.data?.runId;
      const run =
        message.kind === 'pulse_open' && typeof runId === 'string'
          ? await ctx.deps.pulse.findRun(target.workspaceId, runId).catch(() => null)
          : null;
      const activity = cardActivity(renderPostCard(message, idempotencyKey, run?.template), message.text);
      const { teamId: _teamId, ...reference } = stored.reference;
      let externalId: string | undefined;
      try {
        await adapter.continueConversationAsync(
          appId,
          reference as Partial<ConversationReference>,
          async (turn) => {
            const sent = await turn.sendActivity(activity);
            externalId = sent?.id;
          },
        );
      } catch (error) {
        const status = statusOf(error);
        if (status === 403 || status === 404) {
          await references.markInactive(target.workspaceId, target.channelId);
          log.warn(
            { workspaceId: target.workspaceId, status },
            'bot is not in that conversation; marked inactive',
          );
          throw new TeamsPostError(`Teams answered ${status}: joinedup is no longer in that conversation`);
        }
        throw error;
      }
      return { externalId };
    },
  };
}
