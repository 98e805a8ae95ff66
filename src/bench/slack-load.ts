/**
 * Load test for the Slack adapter's HTTP endpoint: the real app (createApp) and the real Bolt
 * adapter on loopback, with the fake Slack Web API receiving the answers, driven by autocannon in
 * a separate process sending signed `app_mention` events, each a new event id from one of many
 * users. Beside it, in the same run, a bare Node HTTP server that only checks the signature, so
 * the adapter's cost shows as a ratio. Slack needs the acknowledgement within three seconds; the
 * answer itself is composed and posted after it, so the backlog drain time is reported too.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { FakeSlack } from '../adapters/slack/testing/fake-slack.ts';
import { verifySlackSignature } from '../adapters/slack/verify-signature.ts';
import { loadConfig } from '../config.ts';
import { createApp, slackServicesOf } from '../main.ts';
import { startOpsServer } from '../ops/http-server.ts';
import { createScratchDatabase } from '../storage/scratch-database.ts';
import { closeInOrder, LOAD_QUESTIONS, runLoadGenerator } from './load-generator.ts';
import { ratio } from './sections.ts';

const SECRET = 'bench-signing-secret-0123456789';

export interface SlackLoadOptions {
  /** PostgreSQL server to use (a scratch database is made and dropped); PGlite in memory otherwise. */
  databaseUrl?: string;
  durationSeconds?: number;
  connections?: number;
  /** Turns handled at once (default as in `joinedup start`: 2 on PGlite, 16 on PostgreSQL). */
  maxConcurrentTurns?: number;
  /** Unmeasured load first: this many requests (default 2,000). */
  warmUpRequests?: number;
  /** How long to wait for acknowledged events to be answered (default 180 s). */
  drainSeconds?: number;
  /** Answers on a worker thread, as `joinedup start` does with Slack on two cores (default true). */
  answerThread?: boolean;
  /** Also offer events at the target rate for the same time (default true; off in the quick bench). */
  atTargetRate?: boolean;
  /** How long each baseline is loaded (default the load's duration; shorter in the quick bench). */
  baselineSeconds?: number;
}

// Runs in the load-generating process: a freshly signed event with a new id for every request.
const worker = `
import { createHmac } from 'node:crypto';
import autocannon from 'autocannon';
const env = process.env;
const questions = JSON.parse(env.SLACK_QUESTIONS);
let n = 0;
const result = await autocannon({
  url: env.SLACK_URL,
  method: 'POST',
  connections: Number(env.SLACK_CONNECTIONS),
  ...(env.SLACK_AMOUNT ? { amount: Number(env.SLACK_AMOUNT) } : { duration: Number(env.SLACK_DURATION) }),
  ...(env.SLACK_RATE ? { overallRate: Number(env.SLACK_RATE) } : {}),
  headers: { 'content-type': 'application/json' },
  requests: [{
    setupRequest: (request) => {
      n++;
      const ts = Math.floor(Date.now() / 1000);
      const body = JSON.stringify({
        token: 'legacy', team_id: 'TBENCH', api_app_id: 'A1', type: 'event_callback',
        event_id: 'EvBench' + process.pid + 'x' + n, event_time: ts,
        authorizations: [{ team_id: 'TBENCH', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
        event: { type: 'app_mention', user: 'UBENCH' + (n % 200), channel: 'C' + (n % 50),
          text: '<@UBOT> ' + questions[n % questions.length], ts: ts + '.' + String(n).padStart(6, '0'), event_ts: ts + '.000001' },
      });
      const signature = 'v0=' + createHmac('sha256', env.SLACK_SECRET).update('v0:' + ts + ':' + body).digest('hex');
      return { ...request, body, headers: { ...request.headers, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature } };
    },
  }],
});
process.stdout.write(JSON.stringify({
  rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
  total: result.requests.total, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
}));
`;

/** Load for `duration` seconds, or `{ amount }` requests; as fast as served, or at `rate` per second. */
function runWorker(
  url: string,
  connections: number,
  length: number | { amount: number },
  rate?: number,
): Promise<Record<string, number>> {
  return runLoadGenerator(worker, {
    SLACK_URL: url,
    SLACK_SECRET: SECRET,
    SLACK_QUESTIONS: JSON.stringify(LOAD_QUESTIONS),
    SLACK_CONNECTIONS: String(connections),
    ...(typeof length === 'number'
      ? { SLACK_DURATION: String(length) }
      : { SLACK_AMOUNT: String(length.amount) }),
    ...(rate ? { SLACK_RATE: String(rate) } : {}),
  });
}

/** A server that only reads the body and checks the signature: the floor for any Slack endpoint. */
async function bareServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const ok = verifySlackSignature({
        signingSecret: SECRET,
        body: Buffer.concat(chunks).toString('utf8'),
        timestamp: req.headers['x-slack-request-timestamp'] as string | undefined,
        signature: req.headers['x-slack-signature'] as string | undefined,
      }).ok;
      res.writeHead(ok ? 200 : 401);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, server };
}

/**
 * Bolt itself with a listener that does nothing: the floor for a Bolt app, so the cost of the
 * bot's own work (de-duplication, the turn queue, storage) shows as a ratio to it.
 */
async function noopBoltServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const { App, HTTPReceiver, LogLevel } = await import('@slack/bolt');
  const receiver = new HTTPReceiver({ signingSecret: SECRET, logLevel: LogLevel.ERROR });
  const app = new App({
    receiver,
    token: 'xoxb-bench',
    botId: 'BBENCH',
    botUserId: 'UBOT',
    tokenVerificationEnabled: false,
    logLevel: LogLevel.ERROR,
    // As the bot's own app: the floor should not include a store the bot does not use.
    convoStore: false,
  });
  app.event('app_mention', async () => {});
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    close: () => app.stop().then(() => undefined),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Loads the Slack endpoint and its two baselines in the same run, and reports all three. */
export async function benchSlackLoad(options: SlackLoadOptions = {}): Promise<Record<string, unknown>> {
  const connections = options.connections ?? 16;
  const duration = options.durationSeconds ?? 10;
  const warmUpRequests = options.warmUpRequests ?? 2000;
  const drainMs = (options.drainSeconds ?? 180) * 1000;
  const fake = await new FakeSlack().start();
  const scratch = options.databaseUrl
    ? await createScratchDatabase(options.databaseUrl, 'joinedup_bench_slack')
    : undefined;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: 'memory://',
    DATABASE_URL: scratch?.url ?? '',
    PULSE_RESPONDENT_SECRET: 'bench-respondent-secret-0123456789',
    SCHEDULER_ENABLED: 'false',
    // As a Slack deployment on this machine runs by default (GUIDANCE_THREAD=auto, two cores).
    GUIDANCE_THREAD: options.answerThread === false ? 'off' : 'on',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_API_URL: fake.apiUrl,
  });
  const logger = pino({ level: process.env.BENCH_LOG_LEVEL ?? 'silent' });
  const closers: (() => Promise<unknown>)[] = [() => fake.stop(), async () => scratch?.drop()];
  try {
    const bare = await bareServer();
    closers.unshift(() => new Promise<void>((resolve) => bare.server.close(() => resolve())));
    const baseline = await runWorker(bare.url, connections, options.baselineSeconds ?? duration);
    const bolt = await noopBoltServer();
    closers.unshift(bolt.close);
    const boltBaseline = await runWorker(bolt.url, connections, options.baselineSeconds ?? duration);
    const app = await createApp(config, logger);
    closers.unshift(() => app.stop());
    await app.answerThread?.whenReady();
    const { createSlackAdapter } = await import('../adapters/slack/index.ts');
    const adapter = await createSlackAdapter({
      config: config.slack as NonNullable<typeof config.slack>,
      ...slackServicesOf(app),
      logger,
      maxConcurrentTurns: options.maxConcurrentTurns ?? (options.databaseUrl ? 16 : 2),
    });
    // Turns already acknowledged finish before the database closes (teardown runs in order).
    closers.unshift(() => adapter.stop(drainMs));
    const ops = await startOpsServer(0, '127.0.0.1', {
      metrics: app.metrics,
      checks: {},
      mounts: [adapter.mount],
    });
    closers.unshift(() => ops.close());
    const posted = () => fake.callsOf('chat.postMessage').length;
    // Warm-up, not measured: the code paths are compiled and the users have met the bot once.
    const warmUp = await runWorker(`${ops.url}/slack/events`, connections, { amount: warmUpRequests });
    const warm = Date.now() + drainMs;
    while (posted() < (warmUp.total ?? 0) - (warmUp.non2xx ?? 0) && Date.now() < warm) await sleep(100);
    const answersBefore = posted();
    const started = Date.now();
    const load = await runWorker(`${ops.url}/slack/events`, connections, duration);
    // The answers follow the acknowledgements; wait for the backlog to drain.
    const expected = (load.total ?? 0) - (load.non2xx ?? 0);
    const until = Date.now() + drainMs;
    while (posted() - answersBefore < expected && Date.now() < until) await sleep(100);
    const answered = posted() - answersBefore;
    const answersPerSecond = answered / ((Date.now() - started) / 1000);
    // Then events offered at the target rate, as a busy workspace sends them: every one should be
    // acknowledged (no 503) and answered, with the answers keeping up.
    const targetRate = options.databaseUrl ? 300 : 150;
    const atTarget = async () => {
      const before = posted();
      const paced = await runWorker(`${ops.url}/slack/events`, connections, duration, targetRate);
      const loadEnded = Date.now();
      const pacedExpected = (paced.total ?? 0) - (paced.non2xx ?? 0);
      const pacedUntil = Date.now() + drainMs;
      while (posted() - before < pacedExpected && Date.now() < pacedUntil) await sleep(20);
      const pacedAnswered = posted() - before;
      return {
        offered_per_second: targetRate,
        events: paced.total,
        events_per_second: round(paced.rps ?? 0),
        non2xx: paced.non2xx,
        errors: paced.errors,
        ack_p50_ms: paced.p50,
        ack_p99_ms: paced.p99,
        answers_posted: pacedAnswered,
        answers_drained: pacedAnswered >= pacedExpected,
        // How long the last answers took to follow once the load stopped: small when they keep up.
        answers_behind_ms: Date.now() - loadEnded,
      };
    };
    const atTargetRate = options.atTargetRate === false ? null : await atTarget();
    return {
      database: options.databaseUrl ? 'postgres' : 'pglite',
      connections,
      duration_s: duration,
      events_per_second: round(load.rps ?? 0),
      ack_p50_ms: load.p50,
      ack_p99_ms: load.p99,
      events: load.total,
      non2xx: load.non2xx,
      errors: load.errors,
      timeouts: load.timeouts,
      answers_posted: answered,
      answers_drained: answered >= expected,
      answers_per_second: round(answersPerSecond),
      bare_signature_server: {
        requests_per_second: round(baseline.rps ?? 0),
        p50_ms: baseline.p50,
        p99_ms: baseline.p99,
      },
      bolt_noop_listener: {
        requests_per_second: round(boltBaseline.rps ?? 0),
        p50_ms: boltBaseline.p50,
        p99_ms: boltBaseline.p99,
      },
      ratio_events_to_bare: ratio(load.rps ?? 0, baseline.rps ?? 0),
      ratio_events_to_bolt_noop: ratio(load.rps ?? 0, boltBaseline.rps ?? 0),
      ratio_answers_to_bolt_noop: ratio(answersPerSecond, boltBaseline.rps ?? 0),
      at_target_rate: atTargetRate,
      // Questions answered on the answer thread, and handed back to the main thread.
      answer_thread: app.answerThread ? { ...app.answerThread.counts } : null,
      target: { answers_per_second: targetRate, ack_p99_ms: 50, non2xx: 0 },
    };
  } finally {
    await closeInOrder(closers);
  }
}
