import { App, SocketModeReceiver } from '@slack/bolt';
import { InstallProvider } from '@slack/oauth';
import pLimit from 'p-limit';
import type { SlackConfig } from '../../config.ts';
import type { ConversationService } from '../../core/conversation/conversation-service.ts';
import type { IncomingMessage, Reply } from '../../core/conversation/types.ts';
import type { ForumService } from '../../core/forums/forum-service.ts';
import { ForumUseCases } from '../../core/forums/use-cases.ts';
import type { PulseService } from '../../core/pulse/pulse-service.ts';
import { PulseUseCases } from '../../core/pulse/use-cases.ts';
import {
  type Clock,
  type InstallationRepository,
  type MemberRepository,
  systemClock,
  type WorkspaceRepository,
} from '../../core/shared/ports.ts';
import type { Logger } from '../../logger.ts';
import type { HttpMount } from '../../ops/http-server.ts';
import { newLogId, runWithLogContext } from '../../ops/log-context.ts';
import type { SlackIds, SlackListenerContext, SlackMetrics } from './context.ts';
import { SlackInstallationStore, slackWorkspaceId } from './installation-store.ts';
import { registerActionListeners } from './listeners/actions.ts';
import { BotThreads } from './listeners/bot-threads.ts';
import { registerCommandListeners } from './listeners/commands.ts';
import { registerLifecycleListeners } from './listeners/lifecycle.ts';
import { registerMessageListeners } from './listeners/messages.ts';
import { registerViewListeners } from './listeners/views.ts';
import { boltLogger, createBoltReceiver, createSlackMount } from './receiver.ts';
import { SingleWorkspaceAuth } from './single-workspace.ts';
import { SlackGateway } from './slack-gateway.ts';

export { stripMention } from './listeners/messages.ts';

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
  /** Slack OAuth installations (stored sealed). */
  installations: InstallationRepository;
  logger: Logger;
  metrics?: SlackMetrics;
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

/** The turn queue: a few turns at a time, the rest wait after being acknowledged. */
function createTurnQueue(deps: SlackAdapterDeps) {
  // Events are acknowledged at once and their turns run a few at a time, so a burst queues here
  // instead of exhausting the database's connections (or, on PGlite, starving acknowledgements).
  const limit = pLimit(deps.maxConcurrentTurns ?? 8);
  const turn = (message: IncomingMessage): Promise<Reply | null> =>
    limit(async () => {
      // Let pending I/O (acknowledgements above all) run before the next turn takes the thread.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return runWithLogContext({ turnId: newLogId(), workspaceId: message.workspace.id }, async () => {
        const reply = await deps.conversation.handle(message);
        deps.metrics?.inboundRequest('slack', reply ? 'accepted' : 'duplicate');
        return reply;
      });
    });
  const perform: SlackListenerContext['perform'] = (actor, name, work) =>
    limit(() =>
      runWithLogContext({ turnId: newLogId(), workspaceId: actor.workspace.id }, () =>
        deps.conversation.act(actor, work, name),
      ),
    );
  return { limit, turn, perform };
}

/** OAuth: the installation store and Slack's install provider, when OAuth is configured. */
function createInstaller(deps: SlackAdapterDeps, bolt: ReturnType<typeof boltLogger>) {
  const { config } = deps;
  if (!config.oauth) return { store: undefined, installer: undefined };
  const store = new SlackInstallationStore(deps.installations, config.oauth.installationKey);
  const installer = new InstallProvider({
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
  });
  return { store, installer };
}

const permanent = (message: string) => Object.assign(new Error(message), { permanent: true });

/**
 * The Slack adapter: Bolt listeners that turn Slack payloads into core calls and replies into
 * Block Kit. Requests are verified before Bolt sees them (signature, and a timestamp within five
 * minutes either way); events are acknowledged at once and handled after; each event id has one
 * side effect, enforced by the database.
 */
export async function createSlackAdapter(deps: SlackAdapterDeps): Promise<SlackAdapter> {
  const { config } = deps;
  const log = deps.logger.child({ component: 'slack' });
  const bolt = boltLogger(log);
  const { store, installer } = createInstaller(deps, bolt);
  const receiver = createBoltReceiver(config, bolt, log);
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
    clientOptions: {
      slackApiUrl: config.apiUrl,
      // Replies to a person: a couple of quick retries; scheduled posts use the gateway's own client.
      retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
      timeout: 10_000,
    },
    logger: bolt,
    ignoreSelf: true,
    // Bolt's default conversation store is unused here (turns keep no Bolt-side state), and its
    // lookup rejects with a new Error, stack trace and all, on every event that has no entry.
    convoStore: false,
  });

  const gateway = new SlackGateway({
    apiUrl: config.apiUrl,
    logger: log,
    channelIntervalMs: deps.channelIntervalMs,
    onRateLimited: () => deps.metrics?.rateLimited('slack'),
    tokenFor: async (workspaceId) => {
      if (config.botToken) return config.botToken;
      if (!installer || !store) throw new Error('Slack OAuth is not configured.');
      const query = await store.queryFor(workspaceId);
      if (!query) throw permanent('the app is not installed in this workspace');
      // authorize() refreshes a rotating token that expires within two hours, and stores it.
      const auth = await installer.authorize(query);
      if (!auth.botToken) throw permanent('no bot token for this workspace');
      return auth.botToken;
    },
  });

  const queue = createTurnQueue(deps);
  const ctx: SlackListenerContext = {
    config,
    log,
    clock: deps.clock ?? systemClock,
    conversation: deps.conversation,
    forums: deps.forums,
    pulse: deps.pulse,
    members: deps.members,
    workspaces: deps.workspaces,
    forumActs: new ForumUseCases(deps.forums),
    pulseActs: new PulseUseCases(deps.pulse),
    metrics: deps.metrics,
    viewDeadlineMs: deps.viewDeadlineMs ?? 2500,
    threads: new BotThreads(),
    workspaceOf: (ids: SlackIds, teamId?: string) => ({
      id: slackWorkspaceId({ ...ids, teamId: ids.teamId ?? teamId }),
      platform: 'slack',
    }),
    turn: queue.turn,
    perform: queue.perform,
  };
  registerMessageListeners(app, ctx);
  registerCommandListeners(app, ctx);
  registerActionListeners(app, ctx);
  registerViewListeners(app, ctx);
  registerLifecycleListeners(app, ctx, {
    forget: async (ids) => {
      await store?.deleteInstallation({
        teamId: ids.teamId,
        enterpriseId: ids.enterpriseId,
        isEnterpriseInstall: ids.isEnterpriseInstall ?? false,
      });
    },
    uninstalled: (workspaceId) => single?.uninstalled(workspaceId),
  });

  const { limit } = queue;
  const mount = createSlackMount({
    config,
    receiver,
    installer,
    redirectUri: deps.publicUrl ? `${deps.publicUrl}/slack/oauth_redirect` : undefined,
    scopes: BOT_SCOPES,
    log,
    metrics: deps.metrics,
    bodyLimit: deps.bodyLimitBytes ?? 1024 * 1024,
    queued: () => limit.pendingCount,
    maxQueued: deps.maxQueuedTurns ?? 5000,
  });
  const socket = receiver instanceof SocketModeReceiver ? receiver : undefined;

  return {
    mount,
    gateway,
    start: async () => {
      await single?.reconcile();
      if (socket) await socket.start();
    },
    pendingTurns: () => limit.activeCount + limit.pendingCount,
    stop: async (drainMs = 8000) => {
      if (socket) {
        // Closing the socket waits for Slack's goodbye; a dead connection must not hold up shutdown.
        await Promise.race([
          socket.stop().catch(() => {}),
          new Promise<void>((resolve) => setTimeout(resolve, 2000).unref()),
        ]);
      }
      const until = Date.now() + drainMs;
      while (limit.activeCount + limit.pendingCount > 0 && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Past the deadline, turns not yet started are dropped (the database is about to close
      // under them) and the few running ones are let finish.
      const dropped = limit.pendingCount;
      limit.clearQueue();
      if (dropped > 0) log.warn({ turns: dropped }, 'Slack turns still waiting at shutdown were dropped');
      while (limit.activeCount > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}
