import { afterEach, describe, expect, it } from 'vitest';
import { type OpsServer, startOpsServer } from '../../src/ops/http-server.ts';
import { Metrics } from '../../src/ops/metrics.ts';

let server: OpsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('operations endpoints', () => {
  it('reports liveness, readiness per check, and Prometheus metrics over HTTP', async () => {
    const metrics = new Metrics({ defaultMetrics: false });
    let databaseUp = true;
    server = await startOpsServer(0, '127.0.0.1', {
      metrics,
      checks: { database: async () => databaseUp, scheduler: async () => true },
    });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: true, scheduler: true } });

    databaseUp = false;
    const notReady = await fetch(`${server.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({
      status: 'not ready',
      checks: { database: false, scheduler: true },
    });

    metrics.questionAnswered('answer', 2);
    metrics.questionAnswered('no_answer', 1);
    metrics.errorRaised('BAD_INPUT');
    metrics.schedulerTicked({ sent: 3, late: 1, skipped: 1, retried: 0, failed: 0, uncertain: 0 });
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/joinedup_questions_total\{kind="answer",app="joinedup"\} 1/);
    expect(text).toMatch(/joinedup_posts_total\{outcome="sent",app="joinedup"\} 3/);
    expect(text).toMatch(/joinedup_errors_total\{code="BAD_INPUT",app="joinedup"\} 1/);
    expect(text).toMatch(/joinedup_scheduler_lag_seconds\{app="joinedup"\} \d/);
    expect(text).toMatch(/joinedup_answer_seconds_bucket/);
  });

  it('fails a check that hangs, and refuses other paths and methods', async () => {
    server = await startOpsServer(0, '127.0.0.1', {
      metrics: new Metrics({ defaultMetrics: false }),
      checks: { database: () => new Promise<boolean>(() => {}) },
      checkTimeoutMs: 100,
    });
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${server.url}/admin`)).status).toBe(404);
    expect((await fetch(`${server.url}/healthz`, { method: 'POST' })).status).toBe(405);
  });
});
