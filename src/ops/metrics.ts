import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { AnswerKind, Telemetry } from '../core/shared/ports.ts';
import type { DispatchResult } from '../scheduler/dispatch-due-posts.ts';

/** The process's Prometheus metrics, and the core's Telemetry port implemented over them. */
export class Metrics implements Telemetry {
  readonly registry = new Registry();
  private readonly questions = new Counter({
    name: 'joinedup_questions_total',
    help: 'Guidance questions answered, by kind of reply',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  private readonly answerSeconds = new Histogram({
    name: 'joinedup_answer_seconds',
    help: 'Time to compose a guidance reply',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25],
    registers: [this.registry],
  });
  private readonly posts = new Counter({
    name: 'joinedup_posts_total',
    help: 'Scheduled posts handled, by outcome (sent, late, skipped, retried, failed, uncertain)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly lastTick = new Gauge({
    name: 'joinedup_scheduler_last_tick_timestamp_seconds',
    help: 'When the scheduler last finished a tick (Unix time)',
    registers: [this.registry],
  });
  private readonly surveyResponses = new Counter({
    name: 'joinedup_survey_responses_total',
    help: 'Survey answers recorded (including replacements)',
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'joinedup_errors_total',
    help: 'Errors shown to users or logged, by code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  private readonly rateLimitWaits = new Counter({
    name: 'joinedup_rate_limit_waits_total',
    help: 'Times a chat platform answered 429 and a send waited for its Retry-After, by platform',
    labelNames: ['platform'] as const,
    registers: [this.registry],
  });
  private readonly unroutable = new Counter({
    name: 'joinedup_posts_unroutable_total',
    help: 'Scheduled posts refused because no gateway serves their workspace, by the platform it is on (or unknown)',
    labelNames: ['platform'] as const,
    registers: [this.registry],
  });
  private readonly inbound = new Counter({
    name: 'joinedup_inbound_requests_total',
    help: 'Requests from chat platforms, by platform and outcome (accepted, rejected, duplicate, failed)',
    labelNames: ['platform', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    this.registry.setDefaultLabels({ app: 'joinedup' });
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    const metrics = this;
    // Scheduler lag is computed when scraped, from the last tick (absent until the first tick).
    new Gauge({
      name: 'joinedup_scheduler_lag_seconds',
      help: 'Seconds since the scheduler last finished a tick',
      registers: [this.registry],
      collect() {
        if (metrics.lastTickAt) this.set((Date.now() - metrics.lastTickAt.getTime()) / 1000);
      },
    });
  }

  /** When the scheduler last finished a tick. */
  lastTickAt: Date | undefined;

  questionAnswered(kind: AnswerKind, milliseconds: number): void {
    this.questions.inc({ kind });
    this.answerSeconds.observe(milliseconds / 1000);
  }

  surveyResponseRecorded(): void {
    this.surveyResponses.inc();
  }

  errorRaised(code: string): void {
    this.errors.inc({ code });
  }

  schedulerTicked(result: DispatchResult, at = new Date()): void {
    this.lastTickAt = at;
    this.lastTick.set(at.getTime() / 1000);
    this.posts.inc({ outcome: 'sent' }, result.sent);
    this.posts.inc({ outcome: 'late' }, result.late);
    this.posts.inc({ outcome: 'skipped' }, result.skipped);
    this.posts.inc({ outcome: 'retried' }, result.retried);
    this.posts.inc({ outcome: 'failed' }, result.failed);
    this.posts.inc({ outcome: 'uncertain' }, result.uncertain);
  }

  rateLimited(platform: string): void {
    this.rateLimitWaits.inc({ platform });
  }

  postUnroutable(platform: string): void {
    this.unroutable.inc({ platform });
  }

  inboundRequest(platform: string, outcome: 'accepted' | 'rejected' | 'duplicate' | 'failed'): void {
    this.inbound.inc({ platform, outcome });
  }

  /** Prometheus text exposition. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
