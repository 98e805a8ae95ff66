import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import { App, type Logger as BoltLogger, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt';
import { InstallProvider } from '@slack/oauth';
import type { WebClient } from '@slack/web-api';
import pLimit from 'p-limit';
import type { SlackConfig } from '../../config.ts';
import type { ConversationService } from '../../core/conversation/conversation-service.ts';
import type { Actor, IncomingMessage, Reply } from '../../core/conversation/types.ts';
import type { ForumService } from '../../core/forums/forum-service.ts';
import { forumCreatedReply } from '../../core/forums/present.ts';
import { ForumUseCases } from '../../core/forums/use-cases.ts';
import { surveyAnsweredReply, surveyStartedReply } from '../../core/pulse/present.ts';
import type { PulseService } from '../../core/pulse/pulse-service.ts';
import { PulseUseCases } from '../../core/pulse/use-cases.ts';
import type { Outcome } from '../../core/shared/outcome.ts';
import {
  type Clock,
  type MemberRecord,
  type MemberRepository,
  systemClock,
  type WorkspaceRef,
  type WorkspaceRepository,
} from '../../core/shared/ports.ts';
import type { Logger } from '../../logger.ts';
import type { HttpMount } from '../../ops/http-server.ts';
import { newLogId, runWithLogContext } from '../../ops/log-context.ts';
import type { PrismaClient } from '../../storage/client.ts';
import { type Block, replyToBlocks, sections } from './blocks.ts';
import { homeView } from './home.ts';
import { PrismaInstallationStore, slackWorkspaceId } from './installation-store.ts';
import {
  answerInputFrom,
  blockForField,
  forumCreateView,
  forumInputFrom,
  replyView,
  surveyAnswerView,
  surveyCreateView,
  surveyInputFrom,
  VIEW,
  type ViewState,
} from './modals.ts';
import { SingleWorkspaceAuth } from './single-workspace.ts';
import { SlackGateway } from './slack-gateway.ts';
import { verifySlackSignature } from './verify-signature.ts';

/** The bot scopes the app asks for, and no more (see manifests/slack/manifest.yaml). */
export const BOT_SCOPES = [
  'app_mentions:read',
  'channels:history',
  'groups:history',
  'chat:write',
  'commands',
  'files:write',
  'im:history',
  'im:write',
];

export interface SlackAdapterDeps {
  config: SlackConfig;
  /** Where the app is reachable, for the OAuth redirect (`PUBLIC_URL`). */
  publicUrl?: string;
  conversation: ConversationService;
  forums: ForumService;
  pulse: PulseService;
  members: MemberRepository;
  /** Workspaces' platform and the app's removal and return. */
  workspaces: WorkspaceRepository;
  /** The app's clock (uninstall times); the system clock by default. */
  clock?: Clock;
  prisma: PrismaClient;
  logger: Logger;
  metrics?: {
    rateLimited(platform: string): void;
    inboundRequest(platform: string, outcome: 'accepted' | 'rejected' | 'duplicate' | 'failed'): void;
  };
  /** Largest request body accepted (default 1 MiB; Slack's payloads are far smaller). */
  bodyLimitBytes?: number;
  /** Pacing of scheduled posts per channel (default about one a second). */
  channelIntervalMs?: number;
  /** How long a modal submission may take before the modal is closed and the result sent by DM. */
  viewDeadlineMs?: number;
  /**
   * Single-token mode: how long a token Slack refused (after `app_uninstalled`) is not asked
   * about again (default 30 s).
   */
  deadTokenTtlMs?: number;
  /** Turns handled at once; the rest wait their turn after being acknowledged (default 8). */
  maxConcurrentTurns?: number;
  /**
   * Turns waiting beyond this many make the endpoint answer 503, so Slack retries later rather
   * than the backlog growing without bound (default 5000).
   */
  maxQueuedTurns?: number;
}

export interface SlackAdapter {
  /** The HTTP endpoints under `/slack` (events, OAuth install and redirect). */
  mount: HttpMount;
  /** Scheduled posts by the Web API with each workspace's bot token. */
  gateway: SlackGateway;
  /** Connects Socket Mode when configured; nothing to do in HTTP mode. */
  start(): Promise<void>;
  /**
   * Stops taking events (Socket Mode disconnects; HTTP stops with the server) and waits up to
   * `drainMs` (default 8 s) for turns already acknowledged, which Slack will not send again.
   */
  stop(drainMs?: number): Promise<void>;
  /** Turns acknowledged and not yet finished. */
  pendingTurns(): number;
}

const MAX_COMMAND_TEXT = 4000;

type ModalView = Block;
type ViewResponse =
  | { response_action: 'errors'; errors: Record<string, string> }
  | { response_action: 'update'; view: ModalView }
  | { response_action: 'clear' };

/** Bolt's logger, onto ours: warnings and errors only, as one short line without payloads. */
function boltLogger(logger: Logger): BoltLogger {
  const line = (args: unknown[]) =>
    args
      .map((a) =>
        a instanceof Error
          ? `${a.name}${(a as { code?: string }).code ? ` ${(a as { code?: string }).code}` : ''}`
          : typeof a === 'string'
            ? a
            : '',
      )
      .filter(Boolean)
      .join(' ')
      .slice(0, 300);
  return {
    debug: () => {},
    info: () => {},
    warn: (...args) => logger.warn({ component: 'slack' }, line(args)),
    error: (...args) => logger.error({ component: 'slack' }, line(args)),
    setLevel: () => {},
    getLevel: () => LogLevel.WARN,
    setName: () => {},
  };
}

/** Reads a request body up to `limit` bytes; rejects with status 413 beyond it. */
function readBody(req: HttpRequest, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) return;
      if (size > limit) {
        // Answer at once; the rest of the upload drains unread.
        tooLarge = true;
        chunks.length = 0;
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function header(req: HttpRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function respondStatus(res: ServerResponse, status: number, body = ''): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/** Removes the leading @mention of the bot from a channel message. */
export function stripMention(text: string, botUserId?: string): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/;
  return text
    .replace(mention, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * The Slack adapter: Bolt listeners that turn Slack payloads into core calls and replies into
 * Block Kit. Requests are verified before Bolt sees them (signature, and a timestamp within five
 * minutes either way); events are acknowledged at once and handled after; each event id has one
 * side effect, enforced by the database.
 */
export async function createSlackAdapter(deps: SlackAdapterDeps): Promise<SlackAdapter> {
  const { config, conversation, logger } = deps;
  const forumActs = new ForumUseCases(deps.forums);
  const pulseActs = new PulseUseCases(deps.pulse);
  const log = logger.child({ component: 'slack' });
  const bolt = boltLogger(log);
  const clientOptions = {
    slackApiUrl: config.apiUrl,
    // Replies to a person: a couple of quick retries; scheduled posts use the gateway's own client.
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
    timeout: 10_000,
  };
  const store = config.oauth
    ? new PrismaInstallationStore(deps.prisma, config.oauth.installationKey)
    : undefined;
  const installer =
    config.oauth && store
      ? new InstallProvider({
          clientId: config.oauth.clientId,
          clientSecret: config.oauth.clientSecret,
          stateSecret: config.oauth.stateSecret,
          installationStore: store,
          logger: bolt,
          directInstall: true,
          clientOptions: { slackApiUrl: config.apiUrl },
          installUrlOptions: {
            scopes: BOT_SCOPES,
            ...(deps.publicUrl ? { redirectUri: `${deps.publicUrl}/slack/oauth_redirect` } : {}),
          },
        })
      : undefined;

  const receiver = config.appToken
    ? new SocketModeReceiver({
        appToken: config.appToken,
        logger: bolt,
        installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
      })
    : new HTTPReceiver({
        signingSecret: config.signingSecret,
        endpoints: '/slack/events',
        signatureVerification: config.signatureVerification,
        processBeforeResponse: false,
        logger: bolt,
        processEventErrorHandler: async ({ error, response }) => {
          log.error(
            { err: { name: (error as Error).name, code: (error as { code?: string }).code } },
            'Slack event failed',
          );
          if (!response.headersSent) respondStatus(response, 500);
          return false;
        },
      });

  // One bot token: authorized here, so an uninstalled workspace is not answered until Slack
  // accepts the token again (a reinstall).
  const single = config.botToken
    ? new SingleWorkspaceAuth({
        botToken: config.botToken,
        apiUrl: config.apiUrl,
        workspaces: deps.workspaces,
        logger: log,
        deadTokenTtlMs: deps.deadTokenTtlMs,
      })
    : undefined;
  const app = new App({
    receiver,
    authorize: async (source) => {
      if (single) return single.authorize(source);
      if (!installer) throw new Error('Slack OAuth is not configured.');
      return installer.authorize(source);
    },
    clientOptions,
    logger: bolt,
    ignoreSelf: true,
  });

  const gateway = new SlackGateway({
    apiUrl: config.apiUrl,
    logger: log,
    channelIntervalMs: deps.channelIntervalMs,
    onRateLimited: () => deps.metrics?.rateLimited('slack'),
    tokenFor: async (workspaceId) => {
      if (config.botToken) return config.botToken;
      if (!installer) throw new Error('Slack OAuth is not configured.');
      const row = await deps.prisma.slackInstallation.findUnique({
        where: { workspaceId },
        select: { teamId: true, enterpriseId: true, isEnterpriseInstall: true },
      });
      if (!row)
        throw Object.assign(new Error('the app is not installed in this workspace'), { permanent: true });
      // authorize() refreshes a rotating token that expires within two hours, and stores it.
      const auth = await installer.authorize({
        teamId: row.teamId ?? undefined,
        enterpriseId: row.enterpriseId ?? undefined,
        isEnterpriseInstall: row.isEnterpriseInstall,
      } as never);
      if (!auth.botToken)
        throw Object.assign(new Error('no bot token for this workspace'), { permanent: true });
      return auth.botToken;
    },
  });

  const workspaceOf = (
    context: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean },
    teamId?: string,
  ): WorkspaceRef => ({
    id: slackWorkspaceId({
      isEnterpriseInstall: context.isEnterpriseInstall,
      enterpriseId: context.enterpriseId,
      teamId: context.teamId ?? teamId,
    }),
    platform: 'slack',
  });

  // Events are acknowledged at once and their turns run a few at a time, so a burst queues here
  // instead of exhausting the database's connections (or, on PGlite, starving acknowledgements).
  const limit = pLimit(deps.maxConcurrentTurns ?? 8);
  const maxQueued = deps.maxQueuedTurns ?? 5000;
  /** One turn, queued, with its own log id; a failure is logged without any message text. */
  const turn = async (message: IncomingMessage): Promise<Reply | null> =>
    limit(async () => {
      // Let pending I/O (acknowledgements above all) run before the next turn takes the thread.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return runWithLogContext({ turnId: newLogId(), workspaceId: message.workspace.id }, async () => {
        const reply = await conversation.handle(message);
        deps.metrics?.inboundRequest('slack', reply ? 'accepted' : 'duplicate');
        return reply;
      });
    });

  const dmChannel = async (client: WebClient, userId: string): Promise<string> => {
    const opened = await client.conversations.open({ users: userId });
    const id = (opened.channel as { id?: string } | undefined)?.id;
    if (!id) throw new Error('could not open a direct message');
    return id;
  };

  /** Files (calendar, CSV) go to the person's DM with the bot, never to a shared channel. */
  const sendAttachment = async (client: WebClient, userId: string, reply: Reply) => {
    if (!reply.attachment) return;
    await client.filesUploadV2({
      channel_id: await dmChannel(client, userId),
      filename: reply.attachment.filename,
      file: Buffer.from(reply.attachment.content, 'utf8'),
      title: reply.attachment.filename,
    } as never);
  };

  /** Answers a DM or a mention: in the thread, and privately where the reply is for the asker only. */
  const answer = async (input: {
    client: WebClient;
    workspace: WorkspaceRef;
    userId: string;
    text: string;
    eventId?: string;
    channel: string;
    thread?: string;
    shared: boolean;
  }) => {
    if (input.text.length > MAX_COMMAND_TEXT * 2) {
      // Far past the limit: answered without handing the text to anything else.
      await input.client.chat.postEphemeral({
        channel: input.channel,
        user: input.userId,
        text: `That message is too long for me (the limit is ${MAX_COMMAND_TEXT.toLocaleString('en-GB')} characters). Please ask one short question, without case details.`,
      });
      return;
    }
    const message: IncomingMessage = {
      workspace: input.workspace,
      userId: input.userId,
      text: input.text,
      eventId: input.eventId,
      channelId: input.channel,
    };
    const reply = await turn(message);
    if (!reply) return;
    try {
      const { text, blocks } = replyToBlocks(reply);
      const privateReply = input.shared && (reply.ephemeral || reply.guidance?.privacyWarning);
      if (privateReply) {
        await input.client.chat.postEphemeral({
          channel: input.channel,
          user: input.userId,
          thread_ts: input.thread,
          text,
          blocks: blocks as never[],
        });
      } else {
        await input.client.chat.postMessage({
          channel: input.channel,
          thread_ts: input.thread,
          text,
          blocks: blocks as never[],
          unfurl_links: false,
        });
      }
      await sendAttachment(input.client, input.userId, reply);
    } catch (error) {
      // The reply did not reach the person: forget the event so Slack's retry runs the turn again.
      await conversation.releaseEvent(message).catch(() => {});
      deps.metrics?.inboundRequest('slack', 'failed');
      throw error;
    }
  };

  app.event('app_mention', async ({ event, body, context, client }) => {
    if (!event.user || typeof event.text !== 'string') return;
    await answer({
      client,
      workspace: workspaceOf(context, (body as { team_id?: string }).team_id),
      userId: event.user,
      text: stripMention(event.text, context.botUserId),
      eventId: (body as { event_id?: string }).event_id,
      channel: event.channel,
      thread: event.thread_ts ?? event.ts,
      shared: true,
    });
  });

  app.message(async ({ message, body, context, client }) => {
    const m = message as {
      channel_type?: string;
      subtype?: string;
      bot_id?: string;
      user?: string;
      text?: string;
      channel: string;
      thread_ts?: string;
    };
    // Direct messages only: in channels the bot answers when mentioned.
    if (m.channel_type !== 'im' || m.subtype || m.bot_id || !m.user || typeof m.text !== 'string') return;
    await answer({
      client,
      workspace: workspaceOf(context, (body as { team_id?: string }).team_id),
      userId: m.user,
      text: m.text,
      eventId: (body as { event_id?: string }).event_id,
      channel: m.channel,
      thread: m.thread_ts,
      shared: false,
    });
  });

  const openForumModal = async (client: WebClient, triggerId: string, channelId?: string) =>
    client.views.open({ trigger_id: triggerId, view: forumCreateView(channelId) as never });
  const openSurveyModal = async (
    client: WebClient,
    workspace: WorkspaceRef,
    triggerId: string,
    channelId?: string,
  ) => {
    const [templates, forums] = await Promise.all([
      deps.pulse.templates(workspace.id),
      deps.forums.listForums(workspace.id),
    ]);
    await client.views.open({
      trigger_id: triggerId,
      view: surveyCreateView(
        templates,
        forums.map((f) => f.name),
        channelId,
      ) as never,
    });
  };

  app.command('/joinedup', async ({ command, ack, respond, client, context }) => {
    const text = (command.text ?? '').trim();
    const workspace = workspaceOf(context, command.team_id);
    if (/^(forums?)\s+(new|create)$/i.test(text)) {
      await ack();
      await openForumModal(client, command.trigger_id, command.channel_id);
      return;
    }
    if (/^(pulse|survey)\s+(new|start)$/i.test(text)) {
      await ack();
      await openSurveyModal(client, workspace, command.trigger_id, command.channel_id);
      return;
    }
    // Acknowledge first: Slack waits three seconds at most, an answer may take longer.
    await ack();
    const reply = await turn({
      workspace,
      userId: command.user_id,
      text: text || 'help',
      eventId: `command:${command.trigger_id}`,
      channelId: command.channel_id,
    });
    if (!reply) return;
    const { text: fallback, blocks } = replyToBlocks(reply);
    await respond({ response_type: 'ephemeral', text: fallback, blocks: blocks as never[] });
    await sendAttachment(client, command.user_id, reply);
  });

  const publishHome = async (client: WebClient, workspace: WorkspaceRef, userId: string) => {
    const member = await deps.members.ensureMember(workspace, userId);
    const [meetings, surveys, runs] = await Promise.all([
      deps.forums.upcomingFor(member),
      deps.pulse.openRunsFor(member),
      member.role === 'coordinator' ? deps.pulse.listRuns(workspace.id) : Promise.resolve([]),
    ]);
    await client.views.publish({
      user_id: userId,
      view: homeView({ role: member.role, meetings, surveys, recentRuns: runs }) as never,
    });
  };

  app.event('app_home_opened', async ({ event, context, client, body }) => {
    if (event.tab !== 'home') return;
    await runWithLogContext({ turnId: newLogId() }, () =>
      publishHome(client, workspaceOf(context, (body as { team_id?: string }).team_id), event.user),
    );
  });

  app.action(/.*/, async ({ ack, body, action, client, respond, context }) => {
    await ack();
    const b = body as {
      type: string;
      trigger_id?: string;
      user: { id: string; team_id?: string };
      team?: { id: string } | null;
      channel?: { id: string };
      view?: { type?: string };
    };
    const a = action as { action_id?: string; value?: string; type?: string };
    if (b.type !== 'block_actions' || !a.action_id) {
      log.warn({ type: b.type }, 'Slack interaction of an unknown kind ignored');
      return;
    }
    const workspace = workspaceOf(context, b.team?.id ?? b.user.team_id);
    const fromHome = b.view?.type === 'home';
    const deliver = async (reply: Reply) => {
      const { text, blocks } = replyToBlocks(reply);
      if (respond && !fromHome) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text,
          blocks: blocks as never[],
        });
      } else if (b.trigger_id) {
        await client.views
          .open({ trigger_id: b.trigger_id, view: replyView('joinedup', blocks) as never })
          .catch(async () => {
            await client.chat.postMessage({
              channel: await dmChannel(client, b.user.id),
              text,
              blocks: blocks as never[],
            });
          });
      }
      await sendAttachment(client, b.user.id, reply);
    };
    if (a.action_id.startsWith('cmd:')) {
      const value = (a.value ?? '').trim();
      if (!value || value.length > 500) {
        log.warn({ actionId: a.action_id }, 'Slack button without a usable value ignored');
        return;
      }
      const reply = await turn({
        workspace,
        userId: b.user.id,
        text: value,
        eventId: b.trigger_id ? `action:${b.trigger_id}` : undefined,
        channelId: b.channel?.id,
      });
      if (!reply) return;
      await deliver(reply);
      if (fromHome) await publishHome(client, workspace, b.user.id);
      return;
    }
    if (!b.trigger_id) return;
    if (a.action_id === 'open_forum_modal')
      return void (await openForumModal(client, b.trigger_id, b.channel?.id));
    if (a.action_id === 'open_pulse_modal')
      return void (await openSurveyModal(client, workspace, b.trigger_id, b.channel?.id));
    if (a.action_id === 'pulse_answer_open') {
      const member = await deps.members.ensureMember(workspace, b.user.id);
      const run = await deps.pulse.findRun(workspace.id, a.value ?? '').catch(() => null);
      if (run?.status !== 'open' || run.closesAt <= (deps.clock ?? systemClock).now()) {
        await deliver({
          text: run ? `"${run.template.title}" is not open for answers.` : 'I could not find that survey.',
          ephemeral: true,
        });
        return;
      }
      const needsSector = !(await deps.pulse.sectorOf(member));
      await client.views.open({
        trigger_id: b.trigger_id,
        view: surveyAnswerView(run, needsSector) as never,
      });
      return;
    }
    log.warn({ actionId: a.action_id.slice(0, 60) }, 'unknown Slack action ignored');
  });

  /** A use case for a form or button, queued with the turns, with its own log id. */
  const perform = <T>(actor: Actor, name: string, work: (member: MemberRecord) => Promise<Outcome<T>>) =>
    limit(() =>
      runWithLogContext({ turnId: newLogId(), workspaceId: actor.workspace.id }, () =>
        conversation.act(actor, work, name),
      ),
    );

  /**
   * Runs a modal's use case and answers Slack in time: a refusal beside the field it names while
   * the modal is open, otherwise it closes and the result follows as a direct message. A use case
   * slower than the deadline closes the modal first and sends its result (success or refusal)
   * afterwards. Success is the outcome's, never read from the reply.
   */
  const submitForm = async <T>(input: {
    ack: (response?: ViewResponse) => Promise<void>;
    client: WebClient;
    actor: Actor;
    name: string;
    blocks: string[];
    work: (member: MemberRecord) => Promise<Outcome<T>>;
    reply: (data: T) => Reply;
    thanks?: (reply: Reply) => ModalView;
  }) => {
    let acked = false;
    const ack = async (response?: ViewResponse) => {
      if (acked) return;
      acked = true;
      await input.ack(response);
    };
    const timer = setTimeout(() => void ack().catch(() => {}), deps.viewDeadlineMs ?? 2500);
    let outcome: Outcome<T> | null;
    try {
      outcome = await perform(input.actor, input.name, input.work);
    } finally {
      clearTimeout(timer);
    }
    if (!outcome) return ack();
    if (!outcome.ok && outcome.error.code !== 'INTERNAL' && !acked) {
      const block = blockForField(outcome.error.field, input.blocks);
      return ack({ response_action: 'errors', errors: { [block]: outcome.error.message.slice(0, 300) } });
    }
    const reply: Reply = outcome.ok
      ? input.reply(outcome.data)
      : { text: outcome.error.message, ephemeral: true, error: outcome.error.code };
    if (!acked && input.thanks && outcome.ok)
      return ack({ response_action: 'update', view: input.thanks(reply) });
    await ack();
    const { text, blocks } = replyToBlocks(reply);
    await input.client.chat.postMessage({
      channel: await dmChannel(input.client, input.actor.userId),
      text,
      blocks: blocks as never[],
    });
  };

  app.view(VIEW.forum, async ({ ack, body, view, client, context }) => {
    const parsed = forumInputFrom(view.state.values as ViewState);
    const input = parsed.input;
    if (!input) return void (await ack({ response_action: 'errors', errors: parsed.errors }));
    await submitForm({
      ack: ack as never,
      client,
      actor: {
        workspace: workspaceOf(context, body.team?.id ?? body.user.team_id),
        userId: body.user.id,
        channelId: input.channelId,
      },
      name: 'forum-create',
      blocks: ['name', 'cadence', 'time', 'start', 'duration', 'channel'],
      work: (member) => forumActs.createForum(member, input),
      reply: (forum) => forumCreatedReply(deps.forums.describe(forum), forum.name),
    });
  });

  app.view(VIEW.survey, async ({ ack, body, view, client, context }) => {
    const parsed = surveyInputFrom(view.state.values as ViewState);
    const input = parsed.input;
    if (!input) return void (await ack({ response_action: 'errors', errors: parsed.errors }));
    await submitForm({
      ack: ack as never,
      client,
      actor: {
        workspace: workspaceOf(context, body.team?.id ?? body.user.team_id),
        userId: body.user.id,
        channelId: input.channelId,
      },
      name: 'pulse-start',
      blocks: ['template', 'days', 'channel', 'forum'],
      work: (member) => pulseActs.startSurvey(member, input),
      reply: surveyStartedReply,
    });
  });

  app.view(VIEW.answer, async ({ ack, body, view, client, context }) => {
    const workspace = workspaceOf(context, body.team?.id ?? body.user.team_id);
    const run = await deps.pulse.findRun(workspace.id, view.private_metadata).catch(() => null);
    if (!run) return void (await ack({ response_action: 'clear' }));
    const state = view.state.values as ViewState;
    const input = answerInputFrom(run, state);
    await submitForm({
      ack: ack as never,
      client,
      actor: { workspace, userId: body.user.id },
      name: 'pulse-answer',
      blocks: [...(state.sector ? ['sector'] : []), ...run.template.questions.map((q) => `q:${q.id}`)],
      work: (member) => pulseActs.answerSurvey(member, input),
      reply: surveyAnsweredReply,
      thanks: (reply) => replyView('Thank you', sections(reply.text)),
    });
  });

  // The app was removed: its tokens are deleted now, the workspace's data after the grace period.
  app.event('app_uninstalled', async ({ body, context }) => {
    const workspace = workspaceOf(context, (body as { team_id?: string }).team_id);
    // Posts stop first; then the tokens go.
    const result = await deps.workspaces.markUninstalled(workspace.id, (deps.clock ?? systemClock).now());
    single?.uninstalled(workspace.id);
    await store?.deleteInstallation({
      teamId: context.teamId,
      enterpriseId: context.enterpriseId,
      isEnterpriseInstall: context.isEnterpriseInstall,
    } as never);
    log.info({ workspaceId: workspace.id, cancelledPosts: result.cancelledPosts }, 'Slack app uninstalled');
  });

  app.event('tokens_revoked', async ({ event, body, context }) => {
    if ((event.tokens?.bot ?? []).length === 0) return;
    const workspace = workspaceOf(context, (body as { team_id?: string }).team_id);
    await store?.deleteInstallation({
      teamId: context.teamId,
      enterpriseId: context.enterpriseId,
      isEnterpriseInstall: context.isEnterpriseInstall,
    } as never);
    log.info({ workspaceId: workspace.id }, 'Slack bot token revoked; installation removed');
  });

  app.error(async (error) => {
    const e = error as Error & { code?: string; original?: Error & { code?: string } };
    log.error(
      { err: { name: e.original?.name ?? e.name, code: e.original?.code ?? e.code } },
      'Slack listener failed',
    );
  });

  const bodyLimit = deps.bodyLimitBytes ?? 1024 * 1024;
  const mount: HttpMount = {
    prefix: '/slack',
    handle: async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path === '/slack/events') {
        if (config.appToken)
          return respondStatus(res, 404, 'Socket Mode is on: events arrive over the socket.');
        if (req.method !== 'POST') return respondStatus(res, 405);
        let raw: Buffer;
        try {
          raw = await readBody(req, bodyLimit);
        } catch (error) {
          log.warn({ status: 413 }, 'Slack request refused: body too large');
          return respondStatus(res, (error as { status?: number }).status ?? 400);
        }
        if (limit.pendingCount >= maxQueued) {
          deps.metrics?.inboundRequest('slack', 'rejected');
          log.warn({ queued: limit.pendingCount }, 'Slack request deferred: too many turns waiting');
          res.setHeader('retry-after', '5');
          return respondStatus(res, 503);
        }
        if (config.signatureVerification) {
          const check = verifySlackSignature({
            signingSecret: config.signingSecret,
            body: raw.toString('utf8'),
            timestamp: header(req, 'x-slack-request-timestamp'),
            signature: header(req, 'x-slack-signature'),
          });
          if (!check.ok) {
            deps.metrics?.inboundRequest('slack', 'rejected');
            log.warn({ reason: check.reason }, 'Slack request refused: not verified');
            return respondStatus(res, 401);
          }
        }
        if ((header(req, 'content-type') ?? '').startsWith('application/json')) {
          let type: unknown;
          try {
            type = (JSON.parse(raw.toString('utf8')) as { type?: unknown } | null)?.type;
          } catch {
            log.warn({ status: 400 }, 'Slack request refused: malformed JSON');
            return respondStatus(res, 400);
          }
          if (type !== 'event_callback' && type !== 'url_verification' && type !== 'app_rate_limited') {
            log.warn({ type: String(type).slice(0, 40) }, 'Slack payload of an unknown type ignored');
            return respondStatus(res, 200);
          }
        }
        (req as HttpRequest & { rawBody?: Buffer }).rawBody = raw;
        (receiver as HTTPReceiver).requestListener(req, res);
        return;
      }
      if (installer && req.method === 'GET' && path === '/slack/install') {
        return installer.handleInstallPath(req, res, undefined, {
          scopes: BOT_SCOPES,
          ...(deps.publicUrl ? { redirectUri: `${deps.publicUrl}/slack/oauth_redirect` } : {}),
        });
      }
      if (installer && req.method === 'GET' && path === '/slack/oauth_redirect') {
        return installer.handleCallback(req, res, {
          failure: (error, _options, _req, response) => {
            log.warn({ code: (error as { code?: string }).code }, 'Slack installation failed');
            response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
            response.end('The installation did not complete. Please try again from the install link.');
          },
        });
      }
      respondStatus(res, 404);
    },
  };

  return {
    mount,
    gateway,
    start: async () => {
      await single?.reconcile();
      if (config.appToken) await (receiver as SocketModeReceiver).start();
    },
    pendingTurns: () => limit.activeCount + limit.pendingCount,
    stop: async (drainMs = 8000) => {
      if (config.appToken) {
        // Closing the socket waits for Slack's goodbye; a dead connection must not hold up shutdown.
        await Promise.race([
          (receiver as SocketModeReceiver).stop().catch(() => {}),
          new Promise<void>((resolve) => setTimeout(resolve, 2000).unref()),
        ]);
      }
      const until = Date.now() + drainMs;
      while (limit.activeCount + limit.pendingCount > 0 && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const left = limit.activeCount + limit.pendingCount;
      if (left > 0) log.warn({ turns: left }, 'Slack turns still waiting at shutdown');
    },
  };
}
