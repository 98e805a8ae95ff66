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

import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { ActivityTypes, type Middleware } from 'botbuilder';
import {
  CertificateServiceClientCredentialsFactory,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import type { TeamsConfig } from '../../config.ts';
import { ForumUseCases } from '../../core/forums/use-cases.ts';
import { PulseUseCases } from '../../core/pulse/use-cases.ts';
import { type ChatGateway, systemClock } from '../../core/shared/ports.ts';
import type { Logger } from '../../logger.ts';
import { captureConsole } from '../../ops/capture-console.ts';
import type { HttpMount } from '../../ops/http-server.ts';
import { settleAll } from '../../ops/settle-all.ts';
import { BotStateStorage } from './bot-state-storage.ts';
import { cacheAuthentication } from './cached-authentication.ts';
import { createTeamsGateway } from './gateway.ts';
import { registerCardHandlers } from './handlers/cards.ts';
import type { TeamsAppDeps, TeamsContext } from './handlers/context.ts';
import { createReferenceKeeper, registerLifecycleHandlers } from './handlers/lifecycle.ts';
import { registerMessageHandlers } from './handlers/messages.ts';
import { createTurns } from './handlers/turns.ts';
import { defaultRetryOptions, installPacedRetry, type RetryOptions, ThreadPacer } from './outbound-pacing.ts';
import { createTeamsMount } from './receiver.ts';

export { TeamsPostError } from './gateway.ts';
export type { TeamsAppDeps } from './handlers/context.ts';
export { replyActivity } from './render/activities.ts';

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
  /** Requests whose token was taken again and those checked in full (absent when not cached). */
  tokenChecks?: () => { reused: number; validated: number };
}

const MAX_BODY_BYTES = 512 * 1024;
const TURN_DEADLINE_MS = 9_000;
/** How long stopping waits for turns and deferred replies still running. */
const STOP_WAIT_MS = 5_000;

/** Starts the adapter. Call through `createTeamsAdapter` (index.ts), which checks the settings first. */
export async function startTeamsAdapter(options: TeamsAdapterOptions): Promise<TeamsAdapterHandle> {
  const { config, app: deps, logger } = options;
  const ackTimeoutMs = options.ackTimeoutMs ?? 5_000;
  const appId = config.appId ?? '';
  const retry: RetryOptions = { ...defaultRetryOptions, ...options.testing?.retry };
  const pacer = options.testing?.pacer ?? new ThreadPacer();
  const log = logger.child({ adapter: 'teams' });
  // botbuilder and jsonwebtoken write to the console (keys, claims, stack traces): JSON lines instead.
  const releaseConsole = captureConsole(log);

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

  // Tokens checked once until they expire, and one connector client per service URL.
  const authentication = cacheAuthentication(adapter);
  if (!authentication) log.warn('botbuilder authentication not found: every token is checked in full');

  // Every connector client (inbound turns and proactive posts) gets the paced retry policy once;
  // an inbound turn's retries stop at its own answer deadline, which the policy reads from the
  // turn it runs in (a client serves many turns).
  const turnDeadline = new AsyncLocalStorage<number | undefined>();
  const pacing: Middleware = {
    onTurn: async (context, next) => {
      const proactive =
        context.activity.type === ActivityTypes.Event && context.activity.name === 'ContinueConversation';
      installPacedRetry(context.turnState.get(adapter.ConnectorClientKey), {
        pacer,
        retry,
        deadline: () => turnDeadline.getStore(),
        onRetry: (info) => {
          if (info.status === 429) options.app.metrics?.rateLimited('teams');
          log.warn(info, 'connector call retried');
        },
      });
      await turnDeadline.run(proactive ? undefined : Date.now() + TURN_DEADLINE_MS, next);
    },
  };
  adapter.use(pacing);

  const application = new Application<TurnState>({
    adapter,
    botAppId: appId,
    storage: new BotStateStorage(deps.repos.turnState),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  const pending = new Set<Promise<unknown>>();
  const ctx: TeamsContext = {
    config,
    deps,
    conversation: deps.conversation,
    forumActs: new ForumUseCases(deps.forums),
    pulseActs: new PulseUseCases(deps.pulse),
    references: deps.repos.conversationReferences,
    adapter,
    appId,
    clock: deps.clock ?? systemClock,
    audience: options.testing?.authSettings?.ToChannelFromBotOAuthScope ?? 'https://api.botframework.com',
    log,
    ackTimeoutMs,
    track: (work) => {
      pending.add(work);
      void work.finally(() => pending.delete(work));
    },
  };
  const turns = createTurns(ctx);
  const refs = createReferenceKeeper(ctx);
  registerLifecycleHandlers(application, ctx, refs);
  registerCardHandlers(application, ctx, turns, refs);
  registerMessageHandlers(application, ctx, turns, refs);

  const mount = createTeamsMount({ adapter, application, log, bodyLimit: MAX_BODY_BYTES });
  return {
    mount,
    gateway: createTeamsGateway(ctx),
    ...(authentication ? { tokenChecks: () => ({ ...authentication.counts }) } : {}),
    stop: async () => {
      // Turns still running (their callers may have hung up), then the replies they deferred,
      // before the database and the connector go: at most five seconds for both.
      const deadline = Date.now() + STOP_WAIT_MS;
      await mount.settled(deadline);
      await settleAll(pending, deadline);
      releaseConsole();
    },
  };
}
