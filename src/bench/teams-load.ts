import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
/**
 * Load test for the Teams adapter: the real adapter over real HTTP on loopback (with the fake
 * OpenID issuer and Bot Connector), driven by autocannon in a separate process sending
 * authenticated message activities, each a new activity from one of many users and chats. Each
 * request is a whole turn: token validation, deduplication, the guidance answer, the question
 * log and the reply card posted to the connector.
 */
import { ThreadPacer } from '../adapters/teams/outbound-pacing.ts';
import { CapturedResponse } from '../adapters/teams/receiver.ts';
import {
  makeActivity,
  startTeamsHarness,
  TEST_APP_ID,
  TEST_APP_PASSWORD,
  type TeamsHarness,
} from '../adapters/teams/testing/harness.ts';
import { TokenEndpointCredentialsFactory } from '../adapters/teams/testing/token-endpoint-credentials.ts';
import { GuidanceService } from '../core/guidance/answer-question.ts';
import { KnowledgeIndex } from '../core/guidance/knowledge-index.ts';
import { loadKnowledgeBase } from '../core/guidance/load-knowledge-base.ts';
import { AnswerThread } from '../ops/answer-thread.ts';
import { readBody } from '../ops/read-body.ts';
import { openStorage, type Storage } from '../storage/index.ts';
import { createScratchDatabase } from '../storage/scratch-database.ts';
import { closeInOrder, LOAD_QUESTIONS, runLoadGenerator } from './load-generator.ts';
import { ratio } from './sections.ts';

export interface TeamsLoadOptions {
  /** PostgreSQL server to use (a scratch database is made and dropped); PGlite in memory otherwise. */
  databaseUrl?: string;
  durationSeconds?: number;
  connections?: number;
  /** Unmeasured load first (default none). */
  warmUpSeconds?: number;
  /** Accepted for symmetry with the Slack bench: a Teams turn ends with its request. */
  drainSeconds?: number;
  /** Answers on a worker thread, as `joinedup start` does with Teams on two cores (default true). */
  answerThread?: boolean;
  /** How long the baseline is loaded (default the load's duration; shorter in the quick bench). */
  baselineSeconds?: number;
}

export interface TeamsLoadResult {
  database: 'pglite' | 'postgres';
  connections: number;
  duration_s: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  replies: number;
  turnsPerSecond: number;
  answerThread: { answered: number; handedBack: number; restarts: number } | null;
  botbuilderNoopTurn: { requestsPerSecond: number; p50Ms: number; p99Ms: number };
  ratioToNoopTurn: number | null;
  target: { requestsPerSecond: number; p99Ms: number };
}

const QUESTIONS = [...LOAD_QUESTIONS, 'help'];

// Runs in the load-generating process: autocannon, with a fresh activity for every request.
const worker = `
import autocannon from 'autocannon';
const env = process.env;
const template = JSON.parse(env.TEAMS_TEMPLATE);
const questions = JSON.parse(env.TEAMS_QUESTIONS);
let n = 0;
const result = await autocannon({
  url: env.TEAMS_URL,
  method: 'POST',
  connections: Number(env.TEAMS_CONNECTIONS),
  duration: Number(env.TEAMS_DURATION),
  headers: { 'content-type': 'application/json', authorization: 'Bearer ' + env.TEAMS_TOKEN },
  requests: [{
    setupRequest: (request) => {
      n++;
      const user = 'bench-user-' + (n % 200);
      const activity = {
        ...template,
        id: 'bench-' + process.pid + '-' + n,
        from: { id: '29:' + user, aadObjectId: user, name: user },
        conversation: { ...template.conversation, id: 'a:bench-chat-' + (n % 500) },
        text: questions[n % questions.length],
      };
      return { ...request, body: JSON.stringify(activity) };
    },
  }],
});
process.stdout.write(JSON.stringify({
  rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
  total: result.requests.total, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
}));
`;

function runWorker(env: Record<string, string>): Promise<Record<string, number>> {
  return runLoadGenerator(worker, env);
}

/**
 * botbuilder's adapter with the same authentication and a turn that does nothing: the floor for
 * any Teams bot on this machine, so the bot's own turn shows as a ratio to it.
 */
async function noopBotbuilderServer(
  harness: TeamsHarness,
): Promise<{ url: string; close: () => Promise<void> }> {
  const { TeamsAdapter } = await import('@microsoft/teams-ai');
  const adapter = new TeamsAdapter(
    {
      MicrosoftAppId: TEST_APP_ID,
      MicrosoftAppPassword: TEST_APP_PASSWORD,
      MicrosoftAppType: 'MultiTenant',
      ...harness.issuer.authSettings(harness.tokens.tokenUrl),
    },
    new TokenEndpointCredentialsFactory(TEST_APP_ID, TEST_APP_PASSWORD, harness.tokens.tokenUrl),
  );
  const server = createServer((req, res) => {
    void readBody(req, 512 * 1024)
      .then(async (raw) => {
        const captured = new CapturedResponse(req.socket);
        const body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
        await adapter.process({ body, headers: req.headers, method: req.method }, captured, async () => {});
        res.writeHead(captured.statusCode);
        res.end();
      })
      .catch(() => {
        res.writeHead(500);
        res.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Starts the adapter on the given database, loads it (and the baseline) from another process, and reports. */
export async function benchTeamsLoad(options: TeamsLoadOptions = {}): Promise<TeamsLoadResult> {
  const connections = options.connections ?? 16;
  const duration = options.durationSeconds ?? 10;
  const closers: (() => Promise<unknown>)[] = [];
  try {
    let storage: Storage;
    if (options.databaseUrl) {
      const scratch = await createScratchDatabase(options.databaseUrl, 'joinedup_bench_teams');
      closers.unshift(scratch.drop);
      storage = await openStorage({ databaseUrl: scratch.url, dataDir: 'unused' });
    } else {
      storage = await openStorage({ dataDir: 'memory://' });
    }
    closers.unshift(() => storage.close());
    const { articles } = loadKnowledgeBase();
    const guidanceOptions = { minConfidence: 0.45, emergency: {} };
    const guidance = new GuidanceService(new KnowledgeIndex(articles), guidanceOptions);
    // As a Teams deployment on this machine runs by default (GUIDANCE_THREAD=auto, two cores).
    const offThread =
      options.answerThread === false ? undefined : new AnswerThread({ articles, options: guidanceOptions });
    if (offThread) {
      closers.unshift(() => offThread.close());
      await offThread.whenReady();
    }
    // Per-thread pacing stays on (500 chats); the all-threads cap is lifted to measure the adapter.
    const harness = await startTeamsHarness({
      storage,
      guidance,
      offThread,
      pacer: new ThreadPacer(undefined, []),
    });
    // The harness stops the adapter, then its server, which waits for requests still in flight.
    closers.unshift(() => harness.stop());
    const template = makeActivity(harness.connector.url, { text: '' });
    // warm-up: JWKS fetched, outbound token cached
    await harness.send(makeActivity(harness.connector.url, { text: 'help' }));
    const env = {
      TEAMS_TOKEN: harness.token(),
      TEAMS_TEMPLATE: JSON.stringify(template),
      TEAMS_QUESTIONS: JSON.stringify(QUESTIONS),
      TEAMS_CONNECTIONS: String(connections),
    };
    const noop = await noopBotbuilderServer(harness);
    closers.unshift(noop.close);
    const baseline = await runWorker({
      ...env,
      TEAMS_URL: noop.url,
      TEAMS_DURATION: String(options.baselineSeconds ?? duration),
    });
    if (options.warmUpSeconds)
      await runWorker({
        ...env,
        TEAMS_URL: `${harness.url}/api/messages`,
        TEAMS_DURATION: String(options.warmUpSeconds),
      });
    const repliesBefore = harness.connector.messages().length;
    const started = performance.now();
    const result = await runWorker({
      ...env,
      TEAMS_URL: `${harness.url}/api/messages`,
      TEAMS_DURATION: String(duration),
    });
    // Whole turns answered while the load ran (autocannon's average undercounts slow requests).
    const replies = harness.connector.messages().length - repliesBefore;
    const seconds = (performance.now() - started) / 1000;
    return {
      database: options.databaseUrl ? 'postgres' : 'pglite',
      connections,
      duration_s: duration,
      requestsPerSecond: Math.round(result.rps ?? 0),
      p50Ms: result.p50 ?? 0,
      p99Ms: result.p99 ?? 0,
      requests: result.total ?? 0,
      non2xx: result.non2xx ?? 0,
      errors: result.errors ?? 0,
      timeouts: result.timeouts ?? 0,
      replies,
      turnsPerSecond: Math.round(replies / seconds),
      // Questions answered on the answer thread, and handed back to the main thread.
      answerThread: offThread ? { ...offThread.counts } : null,
      botbuilderNoopTurn: {
        requestsPerSecond: Math.round(baseline.rps ?? 0),
        p50Ms: baseline.p50 ?? 0,
        p99Ms: baseline.p99 ?? 0,
      },
      ratioToNoopTurn: ratio(replies / seconds, baseline.rps ?? 0),
      target: { requestsPerSecond: options.databaseUrl ? 200 : 100, p99Ms: 300 },
    };
  } finally {
    await closeInOrder(closers);
  }
}
