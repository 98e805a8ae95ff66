import { PassThrough, Writable } from 'node:stream';
import { ConsoleGateway } from '../../../src/adapters/console/console-chat.ts';
import {
  createSlackAdapter,
  type SlackAdapter,
  type SlackAdapterDeps,
} from '../../../src/adapters/slack/slack-adapter.ts';
import { FakeSlack } from '../../../src/adapters/slack/testing/fake-slack.ts';
import { signSlackRequest } from '../../../src/adapters/slack/verify-signature.ts';
import { loadConfig } from '../../../src/config.ts';
import type { ChatGateway, Clock } from '../../../src/core/shared/ports.ts';
import { createLogger } from '../../../src/logger.ts';
import { type App, createApp, slackServicesOf } from '../../../src/main.ts';
import { type OpsServer, startOpsServer } from '../../../src/ops/http-server.ts';
import { createScratchDatabase } from '../../../src/storage/scratch-database.ts';
import { migratedTemplate } from '../../support/migrated-template.ts';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-single-workspace';

/** The databases the Slack suites run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const databases: { label: string; url?: string }[] = [
  { label: 'pglite' },
  ...(process.env.TEST_DATABASE_URL ? [{ label: 'postgres', url: process.env.TEST_DATABASE_URL }] : []),
];

export interface SlackHarness {
  fake: FakeSlack;
  app: App;
  adapter: SlackAdapter;
  ops: OpsServer;
  /** Every log line, parsed. */
  logs: Record<string, unknown>[];
  /**
   * The scheduler's gateway as `joinedup start` builds it: Slack for Slack workspaces, the
   * console (whose output is `consoleOutput`) for its own workspace, and nothing else.
   */
  router: ChatGateway;
  /** What the console gateway printed. */
  consoleOutput(): string;
  /** Posts a signed request to /slack/events. */
  send(body: string, options?: SendOptions): Promise<{ status: number; ms: number; text: string }>;
  stop(): Promise<void>;
}

export interface SendOptions {
  contentType?: string;
  retryNum?: number;
  /** Seconds since the epoch to sign with (default now). */
  timestamp?: number;
  /** Seconds to move the signed timestamp from the moment of sending (clock skew). */
  skewSeconds?: number;
  signature?: string | null;
  /** Change the body after signing. */
  tamper?: (body: string) => string;
  omitTimestamp?: boolean;
}

/** The real app (createApp) with the real Slack adapter, served on loopback, against a fake Slack. */
export async function startSlackHarness(
  options: {
    databaseUrl?: string;
    /** Use this database as it is (not a scratch copy), and leave it in place at stop. */
    keepDatabaseUrl?: string;
    /** PGlite in this directory instead of in memory (kept at stop). */
    dataDir?: string;
    clock?: Clock;
    /** The app's fake Slack (default: a new one, stopped with the harness). */
    fake?: FakeSlack;
    env?: Record<string, string>;
    adapter?: Partial<SlackAdapterDeps>;
    wrapConversation?: (c: App['conversation']) => App['conversation'];
  } = {},
): Promise<SlackHarness> {
  const fake = options.fake ?? (await new FakeSlack().start());
  const scratch = options.databaseUrl
    ? await createScratchDatabase(options.databaseUrl, 'joinedup_slack')
    : undefined;
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: options.dataDir ?? 'memory://',
    DATABASE_URL: options.keepDatabaseUrl ?? scratch?.url ?? '',
    PULSE_RESPONDENT_SECRET: 'respondent-secret-for-tests-0123456789',
    SCHEDULER_ENABLED: 'false',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    ...options.env,
  });
  const logger = createLogger('info', sink);
  const inMemory = config.storage.dataDir === 'memory://' && !config.storage.databaseUrl;
  const app = await createApp(config, logger, {
    clock: options.clock,
    loadDataDir: inMemory ? await migratedTemplate() : undefined,
  });
  if (!config.slack) throw new Error('Slack is not configured');
  const adapter = await createSlackAdapter({
    config: config.slack,
    ...slackServicesOf(app),
    conversation: options.wrapConversation?.(app.conversation) ?? app.conversation,
    logger,
    metrics: app.metrics,
    publicUrl: 'https://joinedup.example.org',
    ...options.adapter,
  });
  const ops = await startOpsServer(0, '127.0.0.1', {
    metrics: app.metrics,
    checks: app.readiness,
    mounts: [adapter.mount],
  });
  await adapter.start();
  const consoleSink = new PassThrough();
  let printed = '';
  consoleSink.on('data', (c: Buffer) => {
    printed += c.toString();
  });
  return {
    fake,
    app,
    adapter,
    ops,
    logs,
    router: app.postRouter({ slack: adapter.gateway, console: new ConsoleGateway(consoleSink) }),
    consoleOutput: () => printed,
    async send(body, o = {}) {
      const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000) + (o.skewSeconds ?? 0);
      const headers: Record<string, string> = { 'content-type': o.contentType ?? 'application/json' };
      if (!o.omitTimestamp) headers['x-slack-request-timestamp'] = String(timestamp);
      const signature =
        o.signature === undefined ? signSlackRequest(SIGNING_SECRET, body, timestamp) : o.signature;
      if (signature !== null) headers['x-slack-signature'] = signature;
      if (o.retryNum !== undefined) {
        headers['x-slack-retry-num'] = String(o.retryNum);
        headers['x-slack-retry-reason'] = 'http_timeout';
      }
      const started = performance.now();
      const res = await fetch(`${ops.url}/slack/events`, {
        method: 'POST',
        headers,
        body: o.tamper ? o.tamper(body) : body,
      });
      const text = await res.text();
      return { status: res.status, ms: performance.now() - started, text };
    },
    async stop() {
      await adapter.stop();
      await ops.close();
      await app.stop();
      if (!options.fake) await fake.stop();
      await scratch?.drop();
    },
  };
}

let counter = 0;

/** An Events API callback as Slack sends it. */
export function eventCallback(
  event: Record<string, unknown>,
  options: { eventId?: string; teamId?: string } = {},
): string {
  const teamId = options.teamId ?? 'T1';
  counter++;
  return JSON.stringify({
    token: 'legacy',
    team_id: teamId,
    api_app_id: 'A1',
    event: { event_ts: `${1_700_000_000 + counter}.000001`, ...event },
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${Date.now()}${counter}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  });
}

/** A mention of the bot in a channel. */
export function mention(
  text: string,
  options: { user?: string; channel?: string; eventId?: string; teamId?: string } = {},
): string {
  counter++;
  return eventCallback(
    {
      type: 'app_mention',
      user: options.user ?? 'U1',
      text: `<@UBOT> ${text}`,
      channel: options.channel ?? 'C1',
      ts: `${1_700_000_000 + counter}.000200`,
    },
    options,
  );
}

/** A direct message to the bot. */
export function directMessage(text: string, options: { user?: string; eventId?: string } = {}): string {
  counter++;
  return eventCallback(
    {
      type: 'message',
      channel_type: 'im',
      user: options.user ?? 'U1',
      text,
      channel: `D${options.user ?? 'U1'}`,
      ts: `${1_700_000_000 + counter}.000300`,
    },
    options,
  );
}

/** An interaction payload (button, modal submission) as a form body. */
export function interaction(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A slash command as a form body. */
export function slashCommand(
  text: string,
  fake: FakeSlack,
  options: { user?: string; channel?: string } = {},
): string {
  counter++;
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: options.channel ?? 'C1',
    channel_name: 'forum',
    user_id: options.user ?? 'U1',
    user_name: 'someone',
    command: '/joinedup',
    text,
    api_app_id: 'A1',
    response_url: `${fake.url}/respond/${counter}`,
    trigger_id: `trigger-${counter}`,
  }).toString();
}

/** A view_submission payload (a modal sent) with these block values, as a form body. */
export function submission(
  callbackId: string,
  values: Record<string, Record<string, unknown>>,
  user = 'U1',
  privateMetadata = '',
) {
  return interaction({
    type: 'view_submission',
    team: { id: 'T1', domain: 'test' },
    user: { id: user, team_id: 'T1' },
    api_app_id: 'A1',
    trigger_id: `trigger-view-${Math.random()}`,
    view: {
      id: 'V1',
      type: 'modal',
      callback_id: callbackId,
      private_metadata: privateMetadata,
      state: { values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])) },
    },
  });
}

/** A block_actions payload for a button click. */
export function buttonClick(
  actionId: string,
  value: string,
  fake: FakeSlack,
  options: {
    user?: string;
    home?: boolean;
    /** The message clicked, as Slack sends it (its channel, ts and blocks). */
    message?: { channel: string; ts: string; blocks: unknown; text?: string };
  } = {},
): string {
  const clicked = options.message;
  counter++;
  return interaction({
    type: 'block_actions',
    team: { id: 'T1', domain: 'test' },
    user: { id: options.user ?? 'U1', team_id: 'T1' },
    api_app_id: 'A1',
    trigger_id: `trigger-${counter}`,
    ...(options.home
      ? { view: { type: 'home', id: 'VHOME' }, container: { type: 'view', view_id: 'VHOME' } }
      : {
          channel: { id: clicked?.channel ?? 'C1', name: 'forum' },
          container: {
            type: 'message',
            message_ts: clicked?.ts ?? '1.2',
            channel_id: clicked?.channel ?? 'C1',
            is_ephemeral: false,
          },
          response_url: `${fake.url}/respond/${counter}`,
          message: clicked
            ? { ts: clicked.ts, text: clicked.text ?? 'x', blocks: clicked.blocks }
            : { ts: '1.2', text: 'x' },
        }),
    actions: [
      { type: 'button', action_id: actionId, block_id: 'b', value, action_ts: String(Date.now() / 1000) },
    ],
  });
}

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 8000,
): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A clock the test moves: 10:00 UTC on Monday 4 January 2027. */
export function movableClock() {
  let now = new Date('2027-01-04T10:00:00Z');
  return { now: () => now, set: (d: Date) => (now = d) };
}

/** Two days before the first meeting (12 January, 13:30): its host and member reminders are due. */
export const REMINDERS_DUE = new Date('2027-01-10T13:31:00Z');
export const FORUM =
  'forum create "North CAF Forum" cadence="monthly on day 12" time=13:30 start=2027-01-05 channel=C-FORUM';
export const AGENCY = 'forum agency add "North CAF Forum" name="Oakfield Primary" sector=education';
