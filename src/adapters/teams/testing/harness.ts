/**
 * The real Teams adapter over real HTTP on loopback, with the fake issuer, token endpoint and Bot
 * Connector beside it, and the core services over a given database. Used by the adapter's tests
 * and by the load test; nothing in production imports it.
 */
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { TeamsConfig } from '../../../config.ts';
import {
  type ConversationDeps,
  ConversationService,
} from '../../../core/conversation/conversation-service.ts';
import { forumRoutes } from '../../../core/forums/forum-routes.ts';
import { ForumService } from '../../../core/forums/forum-service.ts';
import type { GuidanceService } from '../../../core/guidance/answer-question.ts';
import { pulseRoutes } from '../../../core/pulse/pulse-routes.ts';
import { PulseService } from '../../../core/pulse/pulse-service.ts';
import { type Clock, systemClock } from '../../../core/shared/ports.ts';
import type { Logger } from '../../../logger.ts';
import { type OpsServer, startOpsServer } from '../../../ops/http-server.ts';
import { Metrics } from '../../../ops/metrics.ts';
import type { Repositories, Storage } from '../../../storage/index.ts';
import { createTeamsAdapter, type TeamsAdapterHandle } from '../index.ts';
import type { RetryOptions, ThreadPacer } from '../outbound-pacing.ts';
import {
  FakeBotConnector,
  FakeOpenIdIssuer,
  FakeTokenEndpoint,
  type TokenClaims,
} from './fake-bot-framework.ts';
import { TokenEndpointCredentialsFactory } from './token-endpoint-credentials.ts';

export const TEST_APP_ID = '00000000-0000-4000-8000-00000000b07a';
export const TEST_APP_PASSWORD = 'test-app-password-not-a-secret';
export const TEST_TENANT = '11111111-1111-4111-8111-111111111111';

export interface HarnessOptions {
  storage: Storage;
  guidance: GuidanceService;
  /** Answers on another thread, as `joinedup start` does with Teams on two cores. */
  offThread?: ConversationDeps['offThread'];
  logger?: Logger;
  ackTimeoutMs?: number;
  retry?: Partial<RetryOptions>;
  pacer?: ThreadPacer;
  clock?: Clock;
  /** Wraps the conversation service, e.g. to make turns slow. */
  wrap?: (service: ConversationService) => ConversationService;
  /**
   * A Bot Connector that outlives this harness (the caller starts and stops it), as Teams' own
   * service outlives a restart of the bot.
   */
  connector?: FakeBotConnector;
  /** The port the fake OpenID issuer listens on (any free one by default). */
  issuerPort?: number;
}

/** A running adapter and its fakes. */
export interface TeamsHarness {
  url: string;
  issuer: FakeOpenIdIssuer;
  tokens: FakeTokenEndpoint;
  connector: FakeBotConnector;
  adapter: TeamsAdapterHandle;
  conversation: ConversationService;
  repos: Repositories;
  forums: ForumService;
  pulse: PulseService;
  /** A signed channel token for this bot and the fake connector (claims replace the defaults). */
  token(claims?: TokenClaims): string;
  /** POSTs an activity to /api/messages with a valid token unless `authorization` is given. */
  send(
    activity: Record<string, unknown>,
    authorization?: string | null,
  ): Promise<{ status: number; body: string; ms: number }>;
  stop(): Promise<void>;
}

export async function startTeamsHarness(options: HarnessOptions): Promise<TeamsHarness> {
  const logger = options.logger ?? pino({ level: 'silent' });
  const clock = options.clock ?? systemClock;
  const [issuer, tokens, connector] = await Promise.all([
    new FakeOpenIdIssuer().start(options.issuerPort),
    new FakeTokenEndpoint(TEST_APP_ID, TEST_APP_PASSWORD).start(),
    options.connector ?? new FakeBotConnector().start(),
  ]);
  const { repos } = options.storage;
  const forums = new ForumService({
    forums: repos.forums,
    posts: repos.posts,
    clock,
    calendarDomain: 'joinedup.test',
  });
  const pulse = new PulseService({
    pulse: repos.pulse,
    forums: repos.forums,
    posts: repos.posts,
    clock,
    respondentSecret: 'teams-test-respondent-secret',
    responseRetentionDays: 365,
    anonymity: { minGroupSize: 5 },
  });
  const base = new ConversationService({
    telemetry: new Metrics({ defaultMetrics: false }),
    routes: [...forumRoutes(forums), ...pulseRoutes(pulse)],
    guidance: options.guidance,
    offThread: options.offThread,
    members: repos.members,
    questions: repos.questions,
    events: repos.events,
    clock,
    questionRetentionDays: 90,
  });
  const conversation = options.wrap ? options.wrap(base) : base;
  const config: TeamsConfig = {
    appId: TEST_APP_ID,
    appPassword: TEST_APP_PASSWORD,
    appType: 'MultiTenant',
    localDevelopment: false,
  };
  const adapter = await createTeamsAdapter({
    config,
    app: { conversation, forums, pulse, repos, clock },
    logger,
    ackTimeoutMs: options.ackTimeoutMs,
    testing: {
      authSettings: issuer.authSettings(tokens.tokenUrl),
      credentialsFactory: new TokenEndpointCredentialsFactory(
        TEST_APP_ID,
        TEST_APP_PASSWORD,
        tokens.tokenUrl,
      ),
      retry: { baseDelayMs: 20, maxDelayMs: 500, ...options.retry },
      pacer: options.pacer,
    },
  });
  const server: OpsServer = await startOpsServer(0, '127.0.0.1', {
    metrics: new Metrics({ defaultMetrics: false }),
    checks: {},
    mounts: [adapter.mount],
  });
  const token = (claims?: TokenClaims) => issuer.token(TEST_APP_ID, connector.url, claims);
  return {
    url: server.url,
    issuer,
    tokens,
    connector,
    adapter,
    conversation,
    repos,
    forums,
    pulse,
    token,
    async send(activity, authorization) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const auth = authorization === undefined ? `Bearer ${token()}` : authorization;
      if (auth !== null) headers.authorization = auth;
      const started = performance.now();
      const response = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers,
        body: JSON.stringify(activity),
      });
      const body = await response.text();
      return { status: response.status, body, ms: performance.now() - started };
    },
    async stop() {
      await adapter.stop();
      const closing = server.close();
      // Every turn has ended (the adapter waited for them): a connection still open is kept
      // alive or was left by a caller that gave up, and neither is worth waiting for.
      server.server.closeAllConnections();
      await closing;
      await Promise.all([issuer.stop(), tokens.stop(), options.connector ? undefined : connector.stop()]);
    },
  };
}

/** Builders for the activities Teams sends. */
export function makeActivity(
  serviceUrl: string,
  overrides: Record<string, unknown> = {},
  scope: 'personal' | 'channel' | 'groupChat' = 'personal',
): Record<string, unknown> {
  const conversation =
    scope === 'personal'
      ? { id: 'a:personal-chat-1', conversationType: 'personal', tenantId: TEST_TENANT }
      : scope === 'channel'
        ? {
            id: '19:general@thread.tacv2;messageid=1700000000001',
            conversationType: 'channel',
            tenantId: TEST_TENANT,
            isGroup: true,
          }
        : {
            id: '19:group-chat@thread.v2',
            conversationType: 'groupChat',
            tenantId: TEST_TENANT,
            isGroup: true,
          };
  return {
    type: 'message',
    id: `1${Date.now()}${randomUUID().slice(0, 6)}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:user-1', aadObjectId: 'aad-user-1', name: 'Sam Practitioner' },
    recipient: { id: `28:${TEST_APP_ID}`, name: 'joinedup' },
    conversation,
    channelData: {
      tenant: { id: TEST_TENANT },
      ...(scope === 'channel'
        ? { team: { id: '19:general@thread.tacv2' }, channel: { id: '19:general@thread.tacv2' } }
        : {}),
    },
    locale: 'en-GB',
    text: 'who can start a CAF?',
    ...overrides,
  };
}

/** A channel message that @mentions the bot, as Teams sends it. */
export function mentionText(text: string): Record<string, unknown> {
  return {
    text: `<at>joinedup</at> ${text}`,
    entities: [
      {
        type: 'mention',
        text: '<at>joinedup</at>',
        mentioned: { id: `28:${TEST_APP_ID}`, name: 'joinedup' },
      },
    ],
  };
}
