/**
 * The Teams adapter: a teams-ai `Application` on botbuilder's `CloudAdapter` (`TeamsAdapter`),
 * served under `/api/messages` on the operations port. It only translates: an activity in, a
 * `ConversationService.handle()` call, an Adaptive Card or message out.
 *
 * - Authentication is botbuilder's (Bot Framework JWTs); an empty app id is refused unless local
 *   development is switched on (`index.ts`).
 * - Redelivered activities are dropped by the core's event ids (`<conversation>:<activity id>`).
 * - A turn that takes longer than `ackTimeoutMs` is answered (200) and its reply goes out
 *   proactively when ready, well inside Teams' 10-second budget.
 * - Conversation references and turn state live in the database.
 */

import { readFileSync } from 'node:fs';
import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import {
  type Activity,
  ActivityTypes,
  CardFactory,
  type ConversationReference,
  MessageFactory,
  type Middleware,
  TurnContext,
} from 'botbuilder';
import {
  CertificateServiceClientCredentialsFactory,
  type ConnectorClient,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import type { TeamsConfig } from '../../config.ts';
import type { ConversationService } from '../../core/conversation/conversation-service.ts';
import { feedbackReply } from '../../core/conversation/conversation-service.ts';
import type { Actor, IncomingMessage, Reply } from '../../core/conversation/types.ts';
import type { ForumService } from '../../core/forums/forum-service.ts';
import { forumCreatedReply, rsvpCountsText, rsvpReply } from '../../core/forums/present.ts';
import { ForumUseCases, type RsvpResult } from '../../core/forums/use-cases.ts';
import { surveyAnsweredReply, surveyStartedReply } from '../../core/pulse/present.ts';
import type { PulseService } from '../../core/pulse/pulse-service.ts';
import type { SurveyTemplate } from '../../core/pulse/types.ts';
import { type AnswerSurveyResult, PulseUseCases } from '../../core/pulse/use-cases.ts';
import { type AppError, isAppError } from '../../core/shared/errors.ts';
import type { Outcome } from '../../core/shared/outcome.ts';
import type { ChatGateway, OutboundMessage, PostTarget } from '../../core/shared/ports.ts';
import type { Logger } from '../../logger.ts';
import type { HttpMount } from '../../ops/http-server.ts';
import { newLogId, runWithLogContext } from '../../ops/log-context.ts';
import type { PrismaClient } from '../../storage/client.ts';
import { type CardAction, readCardAction } from './card-actions.ts';
import { defaultRetryOptions, installPacedRetry, type RetryOptions, ThreadPacer } from './outbound-pacing.ts';
import {
  type AdaptiveCard,
  isPlainReply,
  renderAttachmentCard,
  renderForumForm,
  renderPostCard,
  renderReplyCard,
  renderRsvpCard,
  renderSurveyCard,
  renderSurveyForm,
} from './render-cards.ts';
import { ConversationReferenceStore, PrismaBotStateStorage } from './teams-storage.ts';

/** What the adapter needs from the application. */
export interface TeamsAppDeps {
  conversation: Pick<ConversationService, 'handle' | 'releaseEvent' | 'act' | 'rateAnswer'>;
  /** Forum and survey services, whose use cases the cards call directly. */
  forums: ForumService;
  pulse: PulseService;
  storage: { prisma: PrismaClient };
  /** Counts connector retries on 429 (rate-limit waits) for the metrics endpoint. */
  metrics?: { rateLimited(platform: string): void };
}

/** Settings tests and the load test use to point botbuilder at loopback services. */
export interface TeamsTestingOptions {
  /** `ToBotFromChannelOpenIdMetadataUrl` and the other keys botbuilder reads (see FakeOpenIdIssuer). */
  authSettings?: Record<string, string>;
  /** Outbound credentials (a token from a local endpoint instead of Microsoft Entra). */
  credentialsFactory?: ServiceClientCredentialsFactory;
  retry?: Partial<RetryOptions>;
  pacer?: ThreadPacer;
}

export interface TeamsAdapterOptions {
  config: TeamsConfig;
  app: TeamsAppDeps;
  logger: Logger;
  /** Answer the HTTP request after this long and send the reply proactively. Default 5 s. */
  ackTimeoutMs?: number;
  testing?: TeamsTestingOptions;
}

/** The running adapter: its HTTP mount, the outbound gateway for scheduled posts, and stop. */
export interface TeamsAdapterHandle {
  mount: HttpMount;
  gateway: ChatGateway;
  /** Waits (briefly) for replies still being worked on, then stops taking requests. */
  stop(): Promise<void>;
}

/** A send that will never succeed (the bot is not in that conversation): the scheduler gives up. */
export class TeamsPostError extends Error {
  readonly permanent = true;
  constructor(message: string) {
    super(message);
    this.name = 'TeamsPostError';
  }
}

const MAX_BODY_BYTES = 512 * 1024;
const TURN_DEADLINE_MS = 9_000;

function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: number; status?: number; response?: { status?: number } } | undefined;
  return e?.statusCode ?? e?.response?.status ?? e?.status;
}

const errorSummary = (error: unknown) =>
  error instanceof Error
    ? { name: error.name, code: (error as { code?: string }).code, status: statusOf(error) }
    : { name: typeof error };

/** The tenant a Teams activity belongs to: the workspace id. */
function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id;
}

/** A channel thread's conversation id carries `;messageid=…`; posts go to the channel itself. */
const baseConversation = (id: string) => id.split(';')[0] ?? id;

/** Strips the HTML Teams may wrap a message in (mentions are removed before this). */
function plainText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function cardActivity(card: AdaptiveCard, summary: string): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  activity.summary = summary.slice(0, 200);
  return activity;
}

/** The activity for a reply: urgent replies are flagged high importance and alert the reader. */
export function replyActivity(reply: Reply): Partial<Activity> {
  if (reply.attachment) return cardActivity(renderAttachmentCard(reply), reply.text);
  if (reply.guidance?.kind === 'urgent') {
    const activity = cardActivity(renderReplyCard(reply), reply.text.split('\n')[0] ?? reply.text);
    activity.importance = 'urgent';
    activity.channelData = { notification: { alert: true } };
    return activity;
  }
  if (isPlainReply(reply)) return MessageFactory.text(reply.text);
  return cardActivity(renderReplyCard(reply), reply.text.split('\n')[0] ?? reply.text);
}

/** A card's use case done: the reply to show, and what succeeded, from the outcome itself. */
interface CardDone {
  reply: Reply;
  /** The refusal, when the use case refused (its field says where a form shows it). */
  error?: AppError;
  rsvp?: RsvpResult;
  answered?: AnswerSurveyResult;
}

type UseCaseAction = Exclude<CardAction, { verb: 'command' }>;

/** Starts the adapter. Call through `createTeamsAdapter` (index.ts), which checks the settings first. */
export async function startTeamsAdapter(options: TeamsAdapterOptions): Promise<TeamsAdapterHandle> {
  const { config, app: deps, logger } = options;
  const ackTimeoutMs = options.ackTimeoutMs ?? 5_000;
  const appId = config.appId ?? '';
  const retry: RetryOptions = { ...defaultRetryOptions, ...options.testing?.retry };
  const pacer = options.testing?.pacer ?? new ThreadPacer();
  const references = new ConversationReferenceStore(deps.storage.prisma);
  const conversation = deps.conversation;
  const forumActs = new ForumUseCases(deps.forums);
  const pulseActs = new PulseUseCases(deps.pulse);
  const log = logger.child({ adapter: 'teams' });

  const credentialsFactory: ServiceClientCredentialsFactory | undefined =
    options.testing?.credentialsFactory ??
    (config.certificate && appId
      ? new CertificateServiceClientCredentialsFactory(
          appId,
          config.certificate.thumbprint,
          readFileSync(config.certificate.privateKeyFile, 'utf8'),
          config.tenantId,
        )
      : undefined);
  const adapter = new TeamsAdapter(
    {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: config.appPassword ?? '',
      MicrosoftAppType: config.appType,
      MicrosoftAppTenantId: config.tenantId ?? '',
      ...options.testing?.authSettings,
    },
    credentialsFactory,
  );

  // Every connector client (inbound turns and proactive posts) gets the paced retry policy; an
  // inbound turn's retries stop at its answer deadline.
  const pacing: Middleware = {
    onTurn: async (context, next) => {
      const proactive =
        context.activity.type === ActivityTypes.Event && context.activity.name === 'ContinueConversation';
      installPacedRetry(context.turnState.get(adapter.ConnectorClientKey), {
        pacer,
        retry,
        deadline: proactive ? undefined : Date.now() + TURN_DEADLINE_MS,
        onRetry: (info) => {
          if (info.status === 429) options.app.metrics?.rateLimited('teams');
          log.warn(info, 'connector call retried');
        },
      });
      await next();
    },
  };
  adapter.use(pacing);

  const application = new Application<TurnState>({
    adapter,
    botAppId: appId,
    storage: new PrismaBotStateStorage(deps.storage.prisma),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  const pending = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };
  const savedReferences = new Map<string, number>();

  /** Stores where the bot can post (once an hour per conversation is enough to keep it fresh). */
  async function saveReference(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const tenant = tenantOf(activity);
    if (!tenant) return;
    const conversationId = baseConversation(activity.conversation.id);
    const cacheKey = `${tenant}|${conversationId}|${activity.serviceUrl}`;
    const last = savedReferences.get(cacheKey);
    if (last !== undefined && Date.now() - last < 3_600_000) return;
    // Posts start a new thread in a channel: the reference names the channel, not this message.
    const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(activity);
    const channelData = activity.channelData as { team?: { id?: string } } | undefined;
    await references.save(tenant, conversationId, {
      ...reference,
      conversation: { ...activity.conversation, id: conversationId },
      ...(channelData?.team?.id ? { teamId: channelData.team.id } : {}),
    });
    savedReferences.set(cacheKey, Date.now());
  }

  async function markRemoved(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const tenant = tenantOf(activity);
    if (!tenant) return;
    const conversationId = baseConversation(activity.conversation.id);
    const teamId = (activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
    await references.markInactive(tenant, conversationId);
    if (teamId) await references.markTeamInactive(tenant, teamId);
    for (const key of savedReferences.keys()) if (key.startsWith(`${tenant}|`)) savedReferences.delete(key);
    log.info({ workspaceId: tenant }, 'bot removed from a conversation; its posts stop');
  }

  function incoming(context: TurnContext, text: string): IncomingMessage | undefined {
    const a = context.activity;
    const tenant = tenantOf(a) ?? (config.localDevelopment ? 'teams-local' : undefined);
    const userId = a.from?.aadObjectId ?? a.from?.id;
    if (!tenant || !userId) return undefined;
    return {
      workspace: { id: tenant, platform: 'teams' },
      userId,
      displayName: a.from?.name,
      text,
      eventId: `${baseConversation(a.conversation.id)}:${a.id ?? ''}`,
      channelId: baseConversation(a.conversation.id),
    };
  }

  /** Runs the core with a deadline: the reply, or `late` with the promise that will bring it. */
  async function handleWithin(
    message: IncomingMessage,
  ): Promise<{ reply: Reply | null; late?: Promise<Reply | null> }> {
    const work = runWithLogContext({ turnId: newLogId(), workspaceId: message.workspace.id }, () =>
      conversation.handle(message),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), ackTimeoutMs);
    });
    try {
      const first = await Promise.race([work, timeout]);
      if (first === 'late') return { reply: null, late: work };
      return { reply: first };
    } finally {
      clearTimeout(timer);
    }
  }

  /** A card's use case with the same deadline: its result, or `late` with the promise of its reply. */
  async function within(
    actor: Actor,
    work: Promise<CardDone | null>,
  ): Promise<{ done: CardDone | null; late?: Promise<Reply | null> }> {
    const logged = runWithLogContext({ turnId: newLogId(), workspaceId: actor.workspace.id }, () => work);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), ackTimeoutMs);
    });
    try {
      const first = await Promise.race([logged, timeout]);
      if (first === 'late') return { done: null, late: logged.then((d) => d?.reply ?? null) };
      return { done: first };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends a reply later, outside the turn, to the same conversation and thread. */
  function deliverLater(
    message: Actor,
    reference: Partial<ConversationReference>,
    late: Promise<Reply | null>,
  ) {
    track(
      late
        .then(async (reply) => {
          if (!reply) return;
          await adapter.continueConversationAsync(appId, reference, async (ctx) => {
            // A continuation replies to a fresh activity id; this reply belongs to the user's message.
            const client = ctx.turnState.get(adapter.ConnectorClientKey) as ConnectorClient | undefined;
            const conversationId = reference.conversation?.id;
            if (!client || !conversationId || !reference.activityId) {
              await ctx.sendActivity(replyActivity(reply));
              return;
            }
            await client.conversations.replyToActivity(conversationId, reference.activityId, {
              ...replyActivity(reply),
              type: ActivityTypes.Message,
              channelId: reference.channelId,
              serviceUrl: reference.serviceUrl,
              conversation: reference.conversation,
              from: reference.bot,
              recipient: reference.user,
              replyToId: reference.activityId,
            } as Activity);
          });
        })
        .catch(async (error: unknown) => {
          log.error(
            { err: errorSummary(error), workspaceId: message.workspace.id },
            'late reply could not be delivered',
          );
          await conversation.releaseEvent(message).catch(() => {});
        }),
    );
  }

  /** A text message (or a card's command): handle it and reply in the same thread. */
  async function replyTo(context: TurnContext, text: string): Promise<void> {
    const message = incoming(context, text);
    if (!message) {
      log.warn({ type: context.activity.type }, 'message without a tenant or sender ignored');
      return;
    }
    const { reply, late } = await handleWithin(message);
    if (late) {
      deliverLater(message, TurnContext.getConversationReference(context.activity), late);
      return;
    }
    if (!reply) return;
    try {
      await context.sendActivity(replyActivity(reply));
    } catch (error) {
      // The reply did not reach Teams: forget the event so Teams' retry of it is handled again.
      await conversation.releaseEvent(message).catch(() => {});
      throw error;
    }
  }

  async function surveyTemplates(workspaceId: string): Promise<{ key: string; title: string }[]> {
    const all = await deps.pulse.templates(workspaceId).catch(() => []);
    const seen = new Set<string>();
    return all.filter((t) => !seen.has(t.key) && seen.add(t.key));
  }

  async function surveyOf(workspaceId: string, runId: string): Promise<SurveyTemplate | undefined> {
    const run = await deps.pulse.findRun(workspaceId, runId).catch(() => null);
    return run?.template;
  }

  async function postText(workspaceId: string, key: unknown): Promise<string | undefined> {
    if (typeof key !== 'string' || key.length > 200) return undefined;
    const row = await deps.storage.prisma.scheduledPost
      .findUnique({ where: { workspaceId_key: { workspaceId, key } }, select: { payload: true } })
      .catch(() => null);
    const text = (row?.payload as { text?: unknown } | undefined)?.text;
    return typeof text === 'string' ? text : undefined;
  }

  /** Runs a card's use case for the clicker; null for a redelivered click. */
  async function runCard(actor: Actor, action: UseCaseAction): Promise<CardDone | null> {
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
        return done(
          await conversation.act(actor, (m) => conversation.rateAnswer(m, action), 'feedback'),
          (d) => feedbackReply(d.feedback),
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
    }
  }

  /** The card that replaces a clicked RSVP or survey card, when the use case succeeded. */
  async function updatedCard(
    workspaceId: string,
    action: CardAction,
    done: CardDone,
  ): Promise<AdaptiveCard | undefined> {
    if (action.verb === 'rsvp' && done.rsvp) {
      const text = (await postText(workspaceId, action.postKey)) ?? 'Forum meeting';
      return renderRsvpCard(text, action.occurrenceId, action.postKey, rsvpCountsText(done.rsvp.counts));
    }
    if (action.verb === 'pulse_answer' && done.answered) {
      const { run } = done.answered;
      return renderSurveyCard(run.template.title, run.id, run.template, `✅ ${done.reply.text}`);
    }
    return undefined;
  }

  async function sendForm(context: TurnContext, form: 'forum' | 'survey', error?: AppError): Promise<void> {
    const tenant = tenantOf(context.activity) ?? 'teams-local';
    const problem = error ? { field: error.field, message: error.message } : undefined;
    const card =
      form === 'forum' ? renderForumForm(problem) : renderSurveyForm(await surveyTemplates(tenant), problem);
    await context.sendActivity(cardActivity(card, form === 'forum' ? 'Create a forum' : 'Start a survey'));
  }

  /** The person acting on a card, or undefined when the activity does not say who or where. */
  function actorOf(context: TurnContext): Actor | undefined {
    const message = incoming(context, '');
    if (!message) return undefined;
    const { text: _text, ...actor } = message;
    return actor;
  }

  const FORUM_FORM = /^(forum create|forum new|new forum|create forum)$/i;
  const SURVEY_FORM = /^(pulse start|pulse new|survey start|new survey|start survey)$/i;

  // Installed, added to a team or chat, or removed: keep the reference up to date.
  application.conversationUpdate('membersAdded', async (context) => {
    const added = context.activity.membersAdded ?? [];
    if (!added.some((m) => m.id === context.activity.recipient.id)) return;
    await saveReference(context);
    if (context.activity.conversation.conversationType === 'personal') {
      await context.sendActivity(
        MessageFactory.text(
          "Hello, I'm joinedup. Ask me about CAF / early help, lead professionals, TAC/TAF or information sharing, or type `help`. If a child may be in immediate danger, call 999.",
        ),
      );
    }
  });
  application.conversationUpdate('membersRemoved', async (context) => {
    const removed = context.activity.membersRemoved ?? [];
    if (removed.some((m) => m.id === context.activity.recipient.id)) await markRemoved(context);
  });
  application.activity(ActivityTypes.InstallationUpdate, async (context) => {
    const action = String(context.activity.action ?? '');
    if (action.startsWith('remove')) await markRemoved(context);
    else if (action.startsWith('add')) await saveReference(context);
  });

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
      await context.sendActivity(replyActivity(reply));
      return 'Done.';
    }
    const { done, late } = await within(actor, runCard(actor, action));
    if (late) {
      deliverLater(actor, TurnContext.getConversationReference(context.activity), late);
      return 'Working on it: I will reply here in a moment.';
    }
    if (!done) return 'Already done.';
    const card = await updatedCard(actor.workspace.id, action, done);
    if (card) return card;
    if (action.verb === 'feedback' || action.verb === 'forum_create' || action.verb === 'pulse_start') {
      await context.sendActivity(replyActivity(done.reply));
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
      if (value.verb === 'forum_create' && isAppError(error)) return sendForm(context, 'forum', error);
      if (value.verb === 'pulse_start' && isAppError(error)) return sendForm(context, 'survey', error);
      await context.sendActivity(
        MessageFactory.text(isAppError(error) ? error.message : 'That button is not valid any more.'),
      );
      return;
    }
    await saveReference(context);
    const actor = actorOf(context);
    if (!actor) return;
    if (action.verb === 'command') return replyTo(context, action.command);
    const { done, late } = await within(actor, runCard(actor, action));
    if (late) return deliverLater(actor, TurnContext.getConversationReference(context.activity), late);
    if (!done) return;
    // A refused form comes back with the problem beside its field.
    if (done.error && action.verb === 'forum_create') return sendForm(context, 'forum', done.error);
    if (done.error && action.verb === 'pulse_start') return sendForm(context, 'survey', done.error);
    const replyToId = context.activity.replyToId;
    // An RSVP updates the card in place with the counts, for everyone in the conversation.
    if (action.verb === 'rsvp' && replyToId && done.rsvp) {
      const card = await updatedCard(actor.workspace.id, action, done);
      if (card) {
        try {
          await context.updateActivity({ ...cardActivity(card, 'RSVP'), id: replyToId });
          return;
        } catch (error) {
          log.warn({ err: errorSummary(error) }, 'card update failed; replying instead');
        }
      }
    }
    try {
      await context.sendActivity(replyActivity(done.reply));
    } catch (error) {
      await conversation.releaseEvent(actor).catch(() => {});
      throw error;
    }
  });

  application.activity(ActivityTypes.Message, async (context) => {
    const activity = context.activity;
    await saveReference(context);
    const text = plainText(activity.text ?? '').trim();
    if (!text) {
      if (activity.value !== undefined) {
        await context.sendActivity(MessageFactory.text('That button is not one of mine, or it has expired.'));
      }
      return;
    }
    if (FORUM_FORM.test(text)) return sendForm(context, 'forum');
    if (SURVEY_FORM.test(text)) return sendForm(context, 'survey');
    await replyTo(context, text);
  });

  /** Activities the SDK or the routes could not cope with are answered and dropped here. */
  function problemWith(activity: Partial<Activity> | undefined): string | undefined {
    if (!activity || typeof activity !== 'object') return 'no activity';
    if (typeof activity.type !== 'string') return 'no type';
    if (!activity.channelId) return 'no channelId';
    if (!activity.conversation?.id) return 'no conversation';
    if (!activity.from?.id) return 'no sender';
    if (!activity.recipient?.id) return 'no recipient';
    if (typeof activity.serviceUrl !== 'string') return 'no serviceUrl';
    return undefined;
  }

  const mount: HttpMount = {
    prefix: '/api/messages',
    handle: async (req: HttpRequest, res: ServerResponse) => {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST', 'content-type': 'application/json' });
        res.end('{"error":"method not allowed"}');
        return;
      }
      let body: unknown;
      try {
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of req) {
          size += (chunk as Buffer).length;
          if (size > MAX_BODY_BYTES) {
            res.writeHead(413, { 'content-type': 'application/json' });
            res.end('{"error":"too large"}');
            return;
          }
          chunks.push(chunk as Buffer);
        }
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end('{"error":"the body must be a JSON activity"}');
        return;
      }
      if (
        !body ||
        typeof body !== 'object' ||
        Array.isArray(body) ||
        typeof (body as { type?: unknown }).type !== 'string'
      ) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end('{"error":"the body must be a JSON activity"}');
        return;
      }
      let status = 200;
      let responseBody: unknown;
      const headers: Record<string, string> = {};
      let logicRan = false;
      const shim = {
        status(code: number) {
          status = code;
          return shim;
        },
        header(name: string, value: unknown) {
          headers[name.toLowerCase()] = String(value);
          return shim;
        },
        send(value?: unknown) {
          responseBody = value;
          return shim;
        },
        end() {
          return shim;
        },
        socket: req.socket,
      };
      const request = { body, headers: req.headers, method: req.method };
      await adapter.process(request as never, shim as never, async (context) => {
        logicRan = true;
        const problem = problemWith(context.activity);
        if (problem) {
          log.warn({ problem, type: context.activity?.type }, 'activity ignored');
          return;
        }
        await application.run(context);
      });
      // A bad signature or a token not yet valid surfaces as 500 from botbuilder: before the
      // logic ran, every failure is an authentication failure.
      if (!logicRan && status >= 500) status = 401;
      if (status === 401) log.warn('teams request rejected: not authenticated');
      if (status >= 500) {
        log.error({ status }, 'teams turn failed');
        responseBody = { error: 'internal error' };
      }
      if (status === 401) responseBody = { error: 'unauthorized' };
      const payload =
        responseBody === undefined
          ? ''
          : typeof responseBody === 'string'
            ? responseBody
            : JSON.stringify(responseBody);
      res.writeHead(status, {
        ...(payload ? { 'content-type': 'application/json' } : {}),
        ...(headers['user-agent'] ? {} : {}),
      });
      res.end(payload);
    },
  };

  const gateway: ChatGateway = {
    async post(target: PostTarget, message: OutboundMessage, idempotencyKey: string) {
      const stored = await references.find(target.workspaceId, target.channelId);
      if (!stored) {
        throw new TeamsPostError(
          'joinedup has not been added to that Teams conversation (no conversation reference)',
        );
      }
      if (!stored.active) throw new TeamsPostError('joinedup was removed from that Teams conversation');
      const runId = message.data?.runId;
      const survey =
        message.kind === 'pulse_open' && typeof runId === 'string'
          ? await surveyOf(target.workspaceId, runId)
          : undefined;
      const activity = cardActivity(renderPostCard(message, idempotencyKey, survey), message.text);
      const { teamId: _teamId, ...reference } = stored.reference;
      let externalId: string | undefined;
      try {
        await adapter.continueConversationAsync(
          appId,
          reference as Partial<ConversationReference>,
          async (ctx) => {
            const sent = await ctx.sendActivity(activity);
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

  return {
    mount,
    gateway,
    stop: async () => {
      const deadline = new Promise((resolve) => setTimeout(resolve, 5_000).unref());
      await Promise.race([Promise.allSettled([...pending]), deadline]);
    },
  };
}
