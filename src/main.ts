import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ConsoleGateway, describeStorageError, runConsoleChat } from './adapters/console/console-chat.ts';
import { SimulatedClock } from './adapters/console/simulated-clock.ts';
import { createTeamsAdapter } from './adapters/teams/index.ts';
import { createCalendarFeedMount } from './adapters/web/calendar-feed-http.ts';
import type { Config } from './config.ts';
import { ConversationService } from './core/conversation/conversation-service.ts';
import { DashboardAuth } from './core/dashboard/dashboard-auth.ts';
import { dashboardRoutes } from './core/dashboard/dashboard-routes.ts';
import { DashboardService } from './core/dashboard/dashboard-service.ts';
import { WorkspaceGuidance } from './core/dashboard/workspace-guidance.ts';
import { subjectAccessRoutes } from './core/data-protection/subject-access-routes.ts';
import { forumRoutes } from './core/forums/forum-routes.ts';
import { ForumService } from './core/forums/forum-service.ts';
import { type GuidanceOptions, GuidanceService } from './core/guidance/answer-question.ts';
import type { Article } from './core/guidance/article.ts';
import { KnowledgeIndex } from './core/guidance/knowledge-index.ts';
import { loadKnowledgeBase } from './core/guidance/load-knowledge-base.ts';
import { pulseRoutes } from './core/pulse/pulse-routes.ts';
import { PulseService } from './core/pulse/pulse-service.ts';
import { AppError } from './core/shared/errors.ts';
import { type ChatGateway, type Clock, type Platform, systemClock } from './core/shared/ports.ts';
import type { Logger } from './logger.ts';
import { AnswerThread } from './ops/answer-thread.ts';
import { startOpsServer } from './ops/http-server.ts';
import { createLegalPageMounts } from './ops/legal-pages.ts';
import { runWithLogContext } from './ops/log-context.ts';
import { Metrics } from './ops/metrics.ts';
import { readinessChecks } from './ops/readiness.ts';
import { retentionJob, runRetention } from './scheduler/jobs/retention.ts';
import { createSchedulerTick } from './scheduler/jobs/scheduler-tick.ts';
import { createPostAttention } from './scheduler/post-notices.ts';
import { createPostRouter } from './scheduler/post-router.ts';
import { instanceName, startTicker, type Ticker } from './scheduler/ticker.ts';
import { openStorage, type Repositories, type Storage } from './storage/index.ts';
import { dashboardSecret, respondentSecret } from './storage/secrets.ts';

/** How answers are composed, from the configuration. */
function guidanceOptions(config: Config): GuidanceOptions {
  return {
    minConfidence: config.guidance.minConfidence,
    coordinatorContact: config.guidance.coordinatorContact,
    emergency: config.guidance.emergency,
  };
}

/** Loads the knowledge base (shipped plus the area's own) and builds the guidance service. */
export function createGuidance(config: Config, logger?: Logger): GuidanceService {
  return loadGuidance(config, logger).guidance;
}

function loadGuidance(config: Config, logger?: Logger): { guidance: GuidanceService; articles: Article[] } {
  const { articles, warnings } = loadKnowledgeBase({ localDir: config.guidance.localKnowledgeDir });
  for (const warning of warnings) logger?.warn({ code: 'KNOWLEDGE_WARNING' }, warning);
  return { guidance: new GuidanceService(new KnowledgeIndex(articles), guidanceOptions(config)), articles };
}

/**
 * Whether answers are worked out on a second thread: worth it where chat requests arrive over
 * HTTP and a second core can take the searching (docs/performance.md).
 */
export function wantsAnswerThread(config: Config): boolean {
  if (config.guidance.thread !== 'auto') return config.guidance.thread === 'on';
  return config.env !== 'test' && (!!config.slack || !!config.teams) && availableParallelism() > 1;
}

/** The running application: storage, core services and the adapters started. */
export interface App {
  storage: Storage;
  conversation: ConversationService;
  guidance: GuidanceService;
  /** The thread answers are worked out on, when one runs (GUIDANCE_THREAD). */
  answerThread?: AnswerThread;
  forums: ForumService;
  pulse: PulseService;
  /** The repositories, for adapters that read members or store platform data. */
  repos: Repositories;
  /** The coordinators' dashboard, when served (PORT set): sign-in and its read models. */
  dashboard?: { auth: DashboardAuth; service: DashboardService; publicUrl: string };
  /** Starts the scheduler sending posts through `gateway`; returns it for readiness checks. */
  startScheduler(gateway: ChatGateway): Ticker | undefined;
  /** One scheduler tick now (planning, surveys, due posts), whether or not the scheduler runs. */
  tickOnce(gateway: ChatGateway): Promise<void>;
  /**
   * The scheduler's gateway over the platforms this process serves: each post on its own
   * workspace's platform, refused (logged, counted, told to coordinators) when there is none.
   */
  postRouter(gateways: Partial<Record<Platform, ChatGateway>>): ChatGateway;
  metrics: Metrics;
  /** The application's clock (adapters schedule by it). */
  clock: Clock;
  /** Readiness checks for `/readyz`: database, migrations, scheduler. */
  readiness: Record<string, () => Promise<boolean>>;
  stop(): Promise<void>;
}

export interface CreateAppOptions {
  /** Where "now" comes from: the system clock, or one a test (or the console) moves. */
  clock?: Clock;
  /** With `DATA_DIR=memory://` only: start from this PGlite data directory (tests: one already migrated). */
  loadDataDir?: Blob;
}

/** What the Slack adapter serves from the app: the conversation, the use cases and its repositories. */
export function slackServicesOf(app: App) {
  return {
    conversation: app.conversation,
    forums: app.forums,
    pulse: app.pulse,
    members: app.repos.members,
    workspaces: app.repos.workspaces,
    installations: app.repos.installations,
  };
}

/** The composition root: config -> storage -> core services. Adapters are started by the caller. */
export async function createApp(
  config: Config,
  logger: Logger,
  options: CreateAppOptions = {},
): Promise<App> {
  const clock = options.clock ?? systemClock;
  // Opening the database starts compiling PGlite's WebAssembly in the background; building the
  // search index meanwhile overlaps the two slowest parts of start-up.
  const opening = openStorage({
    databaseUrl: config.storage.databaseUrl,
    dataDir: config.storage.dataDir,
    loadDataDir: options.loadDataDir,
    connectRetries: config.storage.connectRetries,
    connectRetryDelayMs: config.storage.connectRetryDelayMs,
    onConnectRetry: ({ attempt, retries, delayMs, error }) =>
      logger.warn(
        { attempt, retries, retryInMs: delayMs, err: error instanceof Error ? { name: error.name } : {} },
        'database not reachable yet; retrying',
      ),
    // A PostgreSQL connection ended by the server is replaced by the pool; the process goes on.
    onConnectionError: (error) =>
      logger.warn(
        { err: { name: error.name, code: (error as { code?: string }).code } },
        'database connection lost; the pool replaces it',
      ),
    onPermissionsTightened: (report) =>
      logger.warn(report, 'DATA_DIR was open to other users: made private (directories 0700, files 0600)'),
    onBackgroundError: (error, info) =>
      logger.error(
        { ...info, err: describeStorageError(error) },
        info.givenUp
          ? 'question log entries dropped: too many waiting while the database is unavailable'
          : 'question log write failed; kept and retried',
      ),
  });
  let guidance: GuidanceService;
  let answerThread: AnswerThread | undefined;
  try {
    const loaded = loadGuidance(config, logger);
    guidance = loaded.guidance;
    if (wantsAnswerThread(config)) {
      answerThread = new AnswerThread({
        articles: loaded.articles,
        options: guidanceOptions(config),
        logger,
      });
    }
  } catch (error) {
    await opening.then((s) => s.close()).catch(() => {});
    throw error;
  }
  const storage = await opening.catch(async (error) => {
    await answerThread?.close();
    throw error;
  });
  if (storage.appliedMigrations.length > 0) {
    logger.info({ migrations: storage.appliedMigrations }, 'database migrated');
  }
  const { repos } = storage;
  // Calendar feeds are served with the dashboard (PORT), signed with the same server secret.
  const feedSecret = config.http.port !== undefined ? dashboardSecret(config) : undefined;
  const forums = new ForumService({
    forums: repos.forums,
    posts: repos.posts,
    clock,
    calendarDomain: config.forums.calendarDomain,
    members: repos.members,
    ...(feedSecret
      ? {
          calendarFeed: {
            secret: feedSecret,
            baseUrl: config.dashboard.publicUrl ?? `http://localhost:${config.http.port}`,
          },
        }
      : {}),
  });
  const metrics = new Metrics();
  const respondentKeySecret = respondentSecret(config);
  const pulse = new PulseService({
    pulse: repos.pulse,
    forums: repos.forums,
    posts: repos.posts,
    clock,
    respondentSecret: respondentKeySecret,
    responseRetentionDays: config.pulse.responseRetentionDays,
    anonymity: { minGroupSize: config.pulse.minGroupSize },
    telemetry: metrics,
  });
  // Each workspace answers from the shipped articles plus its coordinators' local answers.
  const workspaceGuidance = new WorkspaceGuidance({
    base: guidance,
    loadArticles: () => loadKnowledgeBase({ localDir: config.guidance.localKnowledgeDir }).articles,
    options: guidanceOptions(config),
    localArticles: repos.localArticles,
    clock,
  });
  let dashboard: App['dashboard'];
  if (config.http.port !== undefined) {
    const secret = dashboardSecret(config);
    if (!secret) {
      await storage.close();
      throw new AppError(
        'INSECURE_CONFIG',
        'Set DASHBOARD_SECRET (32+ random characters, the same on every replica) when using DATABASE_URL with PORT.',
      );
    }
    const publicUrl = config.dashboard.publicUrl ?? `http://localhost:${config.http.port}`;
    const auth = new DashboardAuth({
      auth: repos.dashboardAuth,
      members: repos.members,
      clock,
      secret,
      publicUrl,
    });
    const service = new DashboardService({
      forums,
      pulse,
      questions: repos.questions,
      stats: repos.questionStats,
      localArticles: repos.localArticles,
      guidance: workspaceGuidance,
      attention: repos.attention,
      hostConfirmations: repos.hostConfirmations,
      clock,
    });
    dashboard = { auth, service, publicUrl };
  }
  const conversation = new ConversationService({
    telemetry: metrics,
    routes: [
      ...forumRoutes(forums),
      ...pulseRoutes(pulse),
      ...dashboardRoutes(dashboard?.auth),
      ...subjectAccessRoutes(storage.dataProtection(respondentKeySecret), (entry) =>
        logger.info(entry, 'subject access export made'),
      ),
    ],
    guidance,
    offThread: answerThread,
    // If the local answers cannot be read, the shipped guidance still answers.
    guidanceFor: (workspaceId) => workspaceGuidance.guidanceFor(workspaceId).catch(() => guidance),
    members: repos.members,
    notices: repos.notices,
    questions: repos.questions,
    events: repos.events,
    clock,
    questionRetentionDays: config.guidance.questionRetentionDays,
    onError: (error, turn) =>
      logger.error(
        {
          err: error instanceof Error ? { name: error.name, code: (error as { code?: string }).code } : {},
          ...turn,
        },
        'turn failed',
      ),
  });
  // Retention at start and every hour (see the job for what goes).
  const retention = () =>
    runWithLogContext({ job: retentionJob.name }, () =>
      runRetention({
        questions: repos.questions,
        events: repos.events,
        surveyResponses: { deleteExpired: (now) => repos.pulse.deleteExpiredResponses(now) },
        dashboardSignIns: repos.dashboardAuth,
        store: repos.maintenance,
        clock,
        rsvpDays: config.retention.rsvpDays,
        uninstallGraceDays: config.retention.uninstallGraceDays,
        logger,
      }).catch((error: unknown) =>
        logger.warn({ err: error instanceof Error ? { name: error.name } : {} }, 'retention purge failed'),
      ),
    );
  await retention();
  const retentionTimer = setInterval(() => void retention(), retentionJob.everyMs);
  retentionTimer.unref();
  const owner = instanceName();
  let ticker: Ticker | undefined;
  const tick = createSchedulerTick({
    clock,
    owner,
    posts: repos.posts,
    forums: {
      workspacesWithForums: () => repos.maintenance.workspacesWithForums(),
      listForums: (workspaceId) => repos.forums.listForums(workspaceId),
      plan: (forum) => forums.plan(forum),
    },
    pulseTick: () => pulse.tick(),
    // A post given up, or perhaps not sent, is told to the workspace's coordinators.
    // A post given up, or perhaps not sent, is told to the workspace's coordinators, and directly
    // to the coordinator who owns its forum or survey.
    onAttention: createPostAttention({
      notices: repos.notices,
      owners: { forums: repos.forums, pulse: repos.pulse },
      clock,
      logger,
    }),
    onDispatched: (result) => metrics.schedulerTicked(result),
    logger,
  });
  return {
    storage,
    conversation,
    guidance,
    answerThread,
    forums,
    pulse,
    repos,
    dashboard,
    metrics,
    clock,
    readiness: readinessChecks({
      database: storage,
      // The embedded database on a nearly full volume is not ready before a write fails.
      dataDir:
        storage.kind === 'pglite' && !config.storage.dataDir.startsWith('memory://')
          ? config.storage.dataDir
          : undefined,
      scheduler: { enabled: config.scheduler.enabled, lastTickAt: () => ticker?.lastTickAt() },
    }),
    tickOnce: (gateway) => tick(gateway),
    postRouter: (gateways) =>
      createPostRouter({
        platformOf: (workspaceId) => repos.workspaces.platformOf(workspaceId),
        gateways,
        logger,
        onUnroutable: (platform) => metrics.postUnroutable(platform),
      }),
    startScheduler(gateway) {
      if (!config.scheduler.enabled) return undefined;
      ticker = startTicker((signal) => tick(gateway, signal), { cron: config.scheduler.cron, logger });
      void ticker.tick();
      return ticker;
    },
    stop: async () => {
      clearInterval(retentionTimer);
      await ticker?.stop();
      await repos.posts.releaseAll(owner);
      await repos.flush();
      await answerThread?.close();
      await storage.close();
    },
  };
}

/** `joinedup start`: the console chat now; Slack and Teams when their credentials are set. */
export async function start(config: Config, logger: Logger): Promise<void> {
  // Until the database is reached (PostgreSQL may come up after the app, see
  // DATABASE_CONNECT_RETRIES) the port already answers: /healthz alive, /readyz not ready. The
  // full server then takes over the same port.
  const starting =
    config.http.port !== undefined
      ? await startOpsServer(config.http.port, config.http.host, {
          metrics: new Metrics({ defaultMetrics: false }),
          checks: { database: async () => false },
          closeConnections: true,
        })
      : undefined;
  if (starting) logger.info({ url: starting.url }, 'operations endpoints listening; not ready yet');
  // Until it serves everything, it does not keep the process alive: a failed start still exits.
  starting?.server.unref();
  const opsPort = starting ? (starting.server.address() as AddressInfo).port : config.http.port;
  // The code of what this configuration uses loads while the database opens and the search
  // index is built; what it does not use is never loaded.
  const loading = {
    slack: config.slack ? import('./adapters/slack/index.ts') : undefined,
    teams: config.teams ? import('./adapters/teams/teams-adapter.ts').catch(() => undefined) : undefined,
    dashboard: config.http.port !== undefined ? import('./adapters/web/dashboard-http.ts') : undefined,
  };
  for (const module of Object.values(loading)) void module?.catch(() => {});
  let app: App;
  // CONSOLE_CLOCK (refused with Slack or Teams at start-up): the console's own simulated time.
  const simulatedClock = config.console.clock ? new SimulatedClock(config.console.clock) : undefined;
  try {
    app = await createApp(config, logger, simulatedClock ? { clock: simulatedClock } : {});
  } catch (error) {
    await starting?.close();
    throw error;
  }
  // Teams is served on PORT under /api/messages; its SDKs load only when it is configured.
  const teams = config.teams
    ? await (async () => {
        if (opsPort === undefined)
          throw new AppError('CONFIG_INVALID', 'Teams needs PORT: the Bot Framework posts to /api/messages.');
        return createTeamsAdapter({ config: config.teams as NonNullable<Config['teams']>, app, logger });
      })().catch(async (error: unknown) => {
        await app.stop();
        throw error;
      })
    : undefined;
  // Slack: HTTP mode under /slack on PORT, or Socket Mode; Bolt loads only when it is configured.
  const slack = config.slack
    ? await (async () => {
        const slackConfig = config.slack as NonNullable<Config['slack']>;
        if (!slackConfig.appToken && opsPort === undefined)
          throw new AppError(
            'CONFIG_INVALID',
            'Slack in HTTP mode needs PORT (Slack posts to /slack/events); or set SLACK_APP_TOKEN for Socket Mode.',
          );
        const { createSlackAdapter } = await (loading.slack ?? import('./adapters/slack/index.ts'));
        return createSlackAdapter({
          config: slackConfig,
          publicUrl: config.dashboard.publicUrl,
          ...slackServicesOf(app),
          logger,
          metrics: app.metrics,
          // PGlite runs on this thread: a couple of turns at a time keep acknowledgements prompt.
          maxConcurrentTurns: config.storage.databaseUrl ? 16 : 2,
        });
      })().catch(async (error: unknown) => {
        await teams?.stop();
        await app.stop();
        throw error;
      })
    : undefined;
  const createDashboardMount = app.dashboard
    ? (await (loading.dashboard ?? import('./adapters/web/dashboard-http.ts'))).createDashboardMount
    : undefined;
  // The server that answered during start-up serves everything now, on the same port.
  const ops =
    starting !== undefined
      ? starting.reconfigure({
          metrics: app.metrics,
          checks: app.readiness,
          mounts: [
            ...createLegalPageMounts(config),
            ...(slack ? [slack.mount] : []),
            ...(teams ? [teams.mount] : []),
            createCalendarFeedMount({ forums: app.forums, logger }),
            ...(app.dashboard && createDashboardMount
              ? [
                  createDashboardMount({
                    ...app.dashboard,
                    dashboard: app.dashboard.service,
                    clock: systemClock,
                    logger,
                  }),
                ]
              : []),
          ],
        })
      : undefined;
  if (ops) logger.info({ url: ops.url }, 'operations endpoints listening');
  let stopping: Promise<void> | undefined;
  // Graceful shutdown: stop taking requests, let a running tick finish, hand back job leases,
  // close the database; a deadline ends the process however far that got.
  const stop = () => {
    stopping ??= (async () => {
      const deadline = setTimeout(() => {
        logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown deadline passed; exiting');
        process.exit(1);
      }, config.shutdownTimeoutMs);
      deadline.unref();
      await ops?.close();
      await slack?.stop();
      await teams?.stop();
      await app.stop();
      clearTimeout(deadline);
    })();
    return stopping;
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      void stop().then(() => process.exit(0));
    });
  }
  await slack?.start();
  if (slack) logger.info({ mode: config.slack?.appToken ? 'socket' : 'http' }, 'Slack adapter started');
  // Scheduled posts go out on each workspace's own platform; the console's stay in the terminal.
  const router = app.postRouter({
    console: new ConsoleGateway(process.stdout),
    ...(slack ? { slack: slack.gateway } : {}),
    ...(teams ? { teams: teams.gateway } : {}),
  });
  app.startScheduler(router);
  await runConsoleChat({
    conversation: app.conversation,
    userId: config.console.user,
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY),
    exportDir: join(config.storage.dataDir, 'exports'),
    logger,
    ...(simulatedClock
      ? {
          simulation: {
            clock: simulatedClock,
            tick: async () => {
              await app.tickOnce(router);
            },
            nextDueAt: (until: Date) => app.repos.posts.nextDueAt(until),
          },
        }
      : {}),
  }).catch((error: unknown) =>
    logger.error({ err: error instanceof Error ? { name: error.name } : {} }, 'console chat failed'),
  );
  // Serving the operations endpoints, the process runs until it is told to stop; otherwise the
  // end of the terminal input ends it.
  if (!ops) await stop();
  else await new Promise<void>(() => {});
}
