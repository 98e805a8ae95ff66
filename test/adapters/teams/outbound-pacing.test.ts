import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  defaultRetryOptions,
  pacedRetryPolicy,
  parseRetryAfter,
  ThreadPacer,
} from '../../../src/adapters/teams/outbound-pacing.ts';

/** A connector that answers with `statuses` in turn (Retry-After from `retryAfter`), recording when. */
function connector(answers: { status: number; retryAfter?: string }[]) {
  const at: number[] = [];
  const next = async () => {
    at.push(Date.now());
    const answer = answers.shift() ?? { status: 200 };
    return {
      status: answer.status,
      headers: { get: (name: string) => (name === 'retry-after' ? answer.retryAfter : undefined) },
    };
  };
  return { at, next };
}

describe('Teams outbound retries honour Retry-After (on a simulated clock)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits exactly the seconds asked, however many, up to the ceiling, before trying again', async () => {
    vi.useFakeTimers({ now: new Date('2027-01-01T09:00:00Z') });
    const { at, next } = connector([
      { status: 429, retryAfter: '7' },
      { status: 503, retryAfter: '12' },
    ]);
    const retries: { status: number; delayMs: number }[] = [];
    const policy = pacedRetryPolicy({
      pacer: new ThreadPacer(),
      retry: defaultRetryOptions,
      onRetry: ({ status, delayMs }) => retries.push({ status, delayMs }),
    });
    const sending = policy.sendRequest(
      { url: 'https://smba.example/v3/conversations/a:1/activities', method: 'POST' },
      next,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(at).toHaveLength(1);
    // Not a moment early...
    await vi.advanceTimersByTimeAsync(6_999);
    expect(at).toHaveLength(1);
    // ...and then at once.
    await vi.advanceTimersByTimeAsync(1);
    expect(at).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(11_999);
    expect(at).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect((await sending).status).toBe(200);
    expect(at.map((t) => t - (at[0] ?? 0))).toEqual([0, 7_000, 19_000]);
    expect(retries).toEqual([
      { status: 429, delayMs: 7_000 },
      { status: 503, delayMs: 12_000 },
    ]);
  });

  it('stops retrying at the deadline of the turn the request runs in, read at each retry', async () => {
    vi.useFakeTimers({ now: new Date('2027-01-01T09:00:00Z') });
    // One policy serves every turn of a client: each asks for its own deadline when it retries.
    let deadline: number | undefined = Date.now() + 5_000;
    const policy = pacedRetryPolicy({
      pacer: new ThreadPacer(),
      retry: defaultRetryOptions,
      deadline: () => deadline,
    });
    const request = { url: 'https://smba.example/v3/conversations/a:1/activities', method: 'POST' };
    const late = connector([{ status: 429, retryAfter: '7' }]);
    expect((await policy.sendRequest(request, late.next)).status).toBe(429);
    expect(late.at).toHaveLength(1);
    // A proactive post has no deadline: the same policy waits and tries again.
    deadline = undefined;
    const proactive = connector([{ status: 429, retryAfter: '7' }]);
    const sending = policy.sendRequest(request, proactive.next);
    await vi.advanceTimersByTimeAsync(7_000);
    expect((await sending).status).toBe(200);
    expect(proactive.at).toHaveLength(2);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2027-01-01T09:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5);
    expect(parseRetryAfter('Fri, 01 Jan 2027 09:00:08 GMT', now)).toBe(8);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('hands a Retry-After longer than the longest wait back to the caller at once', async () => {
    const { at, next } = connector([{ status: 429, retryAfter: '31' }]);
    const policy = pacedRetryPolicy({ pacer: new ThreadPacer(), retry: defaultRetryOptions });
    const response = await policy.sendRequest(
      { url: 'https://smba.example/v3/conversations/a:1/activities', method: 'POST' },
      next,
    );
    expect(response.status).toBe(429);
    expect(at).toHaveLength(1);
  });
});
