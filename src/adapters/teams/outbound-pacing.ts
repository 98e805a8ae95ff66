/**
 * Outbound calls to the Bot Connector: paced under Teams' per-thread limits and retried on the
 * answers that mean "try again" (429, 412, 502, 504, 503) with exponential backoff, full jitter
 * and Retry-After. This replaces the connector client's own retry policy rather than adding to it,
 * so one failed send is a bounded handful of requests, never retries of retries.
 */

/** A sliding-window limit: at most `limit` sends in any `windowMs`. */
export interface RateWindow {
  windowMs: number;
  limit: number;
}

/** Teams' documented limits for one bot in one thread (conversation). */
export const TEAMS_THREAD_LIMITS: readonly RateWindow[] = [
  { windowMs: 1_000, limit: 7 },
  { windowMs: 2_000, limit: 8 },
  { windowMs: 30_000, limit: 60 },
  { windowMs: 3_600_000, limit: 1_800 },
];

/** Teams' limit for one bot across every thread. */
export const TEAMS_GLOBAL_LIMITS: readonly RateWindow[] = [{ windowMs: 1_000, limit: 50 }];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends per key (thread) and overall, kept under the limits by waiting for a free slot. */
export class ThreadPacer {
  private readonly sent = new Map<string, number[]>();
  private readonly global: number[] = [];
  private readonly longest: number;

  constructor(
    private readonly threadLimits: readonly RateWindow[] = TEAMS_THREAD_LIMITS,
    private readonly globalLimits: readonly RateWindow[] = TEAMS_GLOBAL_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.longest = Math.max(...threadLimits.map((w) => w.windowMs), ...globalLimits.map((w) => w.windowMs));
  }

  /** How long to wait before the next send to `key` keeps every window within its limit. */
  waitFor(key: string): number {
    const t = this.now();
    const times = this.sent.get(key) ?? [];
    return Math.max(0, delayFor(times, this.threadLimits, t), delayFor(this.global, this.globalLimits, t));
  }

  /** Waits for a slot for `key`, then counts the send. */
  async acquire(key: string): Promise<void> {
    for (;;) {
      const wait = this.waitFor(key);
      if (wait <= 0) break;
      await sleep(wait);
    }
    const t = this.now();
    const times = this.sent.get(key) ?? [];
    times.push(t);
    this.global.push(t);
    this.sent.set(key, prune(times, t - this.longest));
    prune(this.global, t - this.longest);
    // Forget quiet threads so the map stays bounded by the threads active in the last hour.
    if (this.sent.size > 10_000) {
      for (const [k, v] of this.sent) if ((v.at(-1) ?? 0) < t - this.longest) this.sent.delete(k);
    }
  }
}

function prune(times: number[], before: number): number[] {
  let drop = 0;
  while (drop < times.length && (times[drop] ?? 0) <= before) drop++;
  if (drop > 0) times.splice(0, drop);
  return times;
}

function delayFor(times: number[], windows: readonly RateWindow[], t: number): number {
  let wait = 0;
  for (const w of windows) {
    const inWindow = times.filter((x) => x > t - w.windowMs);
    if (inWindow.length >= w.limit) {
      const oldestThatMustLeave = inWindow[inWindow.length - w.limit] ?? t;
      wait = Math.max(wait, oldestThatMustLeave + w.windowMs - t + 1);
    }
  }
  return wait;
}

export const RETRYABLE_STATUSES = new Set([412, 429, 502, 503, 504]);

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The first backoff; each retry doubles it, with full jitter. */
  baseDelayMs: number;
  /** No single wait is longer than this (Retry-After included). */
  maxDelayMs: number;
  random?: () => number;
}

export const defaultRetryOptions: RetryOptions = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000 };

/**
 * The wait before retry number `attempt` (1 for the first retry): Retry-After when the service
 * sent one, else exponential backoff with full jitter (between half and all of the step).
 */
export function backoffDelay(attempt: number, options: RetryOptions, retryAfterSeconds?: number): number {
  if (retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0) {
    return Math.min(options.maxDelayMs, Math.ceil(retryAfterSeconds * 1000));
  }
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  const r = (options.random ?? Math.random)();
  return Math.round(step / 2 + (r * step) / 2);
}

/** Retry-After as seconds (a number or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | undefined | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const n = Number(value);
  if (Number.isFinite(n)) return Math.max(0, n);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}

/** The thread a connector URL addresses: `/v3/conversations/{id}/…` → id without `;messageid=`. */
export function threadOf(url: string): string {
  const m = /\/v3\/conversations\/([^/?]+)/.exec(url);
  const id = m?.[1] ? decodeURIComponent(m[1]) : '';
  return id.split(';')[0] ?? id;
}

/** Minimal shapes of @azure/core-rest-pipeline's policy API, which the connector client uses. */
interface PipelineRequest {
  url: string;
  method: string;
}
interface PipelineResponse {
  status: number;
  headers: { get(name: string): string | undefined };
}
export interface PipelinePolicy {
  name: string;
  sendRequest(
    request: PipelineRequest,
    next: (request: PipelineRequest) => Promise<PipelineResponse>,
  ): Promise<PipelineResponse>;
}
interface Pipeline {
  removePolicy(options: { name?: string }): unknown;
  addPolicy(policy: PipelinePolicy, options?: { phase?: 'Retry' }): void;
  getOrderedPolicies(): { name: string }[];
}

export const PACED_RETRY_POLICY = 'joinedupPacedRetry';

export interface PacedRetryOptions {
  pacer: ThreadPacer;
  retry: RetryOptions;
  /**
   * Give up rather than wait past this time (epoch ms), e.g. a turn's answer deadline; as a
   * function, read at each retry (one client serves many turns, each with its own deadline).
   */
  deadline?: number | (() => number | undefined);
  onRetry?: (info: { status: number; attempt: number; delayMs: number }) => void;
}

/** The policy: pace every activity send, retry the statuses that mean "try again". */
export function pacedRetryPolicy(options: PacedRetryOptions): PipelinePolicy {
  return {
    name: PACED_RETRY_POLICY,
    async sendRequest(request, next) {
      const paced = /\/v3\/conversations\/[^/]+\/activities/.test(request.url) && request.method !== 'GET';
      const thread = threadOf(request.url);
      for (let attempt = 1; ; attempt++) {
        if (paced) await options.pacer.acquire(thread);
        const response = await next(request);
        if (!RETRYABLE_STATUSES.has(response.status) || attempt >= options.retry.maxAttempts) return response;
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
        // Retrying before the time Teams asked for only earns another refusal: past the longest
        // wait allowed, the answer goes back to the caller (a turn's reply is then deferred).
        if (retryAfter !== undefined && retryAfter * 1000 > options.retry.maxDelayMs) return response;
        const delayMs = backoffDelay(attempt, options.retry, retryAfter);
        const deadline = typeof options.deadline === 'function' ? options.deadline() : options.deadline;
        if (deadline !== undefined && Date.now() + delayMs > deadline) return response;
        options.onRetry?.({ status: response.status, attempt, delayMs });
        await sleep(delayMs);
      }
    },
  };
}

/**
 * Swaps a connector client's default retry policy for the paced one. The connector client keeps
 * its core-rest-pipeline `ServiceClient` in `client`; anything else is left alone.
 */
export function installPacedRetry(connectorClient: unknown, options: PacedRetryOptions): boolean {
  const pipeline = (connectorClient as { client?: { pipeline?: Pipeline } } | undefined)?.client?.pipeline;
  if (!pipeline || typeof pipeline.removePolicy !== 'function') return false;
  if (pipeline.getOrderedPolicies().some((p) => p.name === PACED_RETRY_POLICY)) return true;
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.addPolicy(pacedRetryPolicy(options), { phase: 'Retry' });
  return true;
}
