import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { BotStateStorage } from '../../../src/adapters/teams/bot-state-storage.ts';
import { createTeamsAdapter } from '../../../src/adapters/teams/index.ts';
import { ThreadPacer } from '../../../src/adapters/teams/outbound-pacing.ts';
import {
  makeActivity,
  startTeamsHarness,
  TEST_TENANT,
  type TeamsHarness,
} from '../../../src/adapters/teams/testing/harness.ts';
import { loadConfig } from '../../../src/config.ts';
import type { ConversationService } from '../../../src/core/conversation/conversation-service.ts';
import { createLogger } from '../../../src/logger.ts';
import { createRepositories } from '../../../src/storage/index.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { shippedGuidance } from '../../support/guidance.ts';

/** Makes every turn slow, as a slow database or a large export would. */
function slow(delayMs: number) {
  return (service: ConversationService) =>
    new Proxy(service, {
      get(target, prop, receiver) {
        if (prop === 'handle') {
          return async (...args: Parameters<ConversationService['handle']>) => {
            await new Promise((r) => setTimeout(r, delayMs));
            return target.handle(...args);
          };
        }
        return Reflect.get(target, prop, receiver);
      },
    });
}

describeEachDatabase('Teams: reliability', (db) => {
  let h: TeamsHarness;
  beforeAll(async () => {
    h = await startTeamsHarness({
      storage: db.storage,
      guidance: shippedGuidance(),
      ackTimeoutMs: 300,
      wrap: slow(1200),
      retry: { baseDelayMs: 40, maxDelayMs: 400 },
    });
  });
  afterAll(async () => {
    await h?.stop();
  });
  beforeEach(() => h.connector.reset());

  it('answers the request in time and sends a slow reply proactively to the same thread', async () => {
    const activity = makeActivity(h.connector.url, { text: 'who can start a CAF?' });
    const res = await h.send(activity);
    expect(res.status).toBe(200);
    // Answered before the reply existed: the turn takes 1.2 s, the answer waits 0.3 s at most.
    expect(h.connector.messages()).toHaveLength(0);
    await h.connector.waitForCalls(1, 10_000);
    const [reply] = h.connector.messages();
    expect(reply?.conversationId).toBe('a:personal-chat-1');
    expect(reply?.activityId).toBe(activity.id);
    expect(JSON.stringify(reply?.body)).toMatch(/trained in the CAF/);
  });

  it('retries 429, 412, 502 and 504 from the connector with growing, jittered waits, and delivers once', async () => {
    await h.send(makeActivity(h.connector.url, { text: 'help' }));
    await h.connector.waitForCalls(1);
    h.connector.reset();
    h.connector.failNext({ status: 429 }, { status: 412 }, { status: 502 }, { status: 504 });
    await h.adapter.gateway.post(
      { workspaceId: TEST_TENANT, channelId: 'a:personal-chat-1' },
      { kind: 'forum_announcement', text: 'North CAF Forum meets on Tuesday' },
      'retry-key',
    );
    expect(h.connector.failed.map((c) => c.method)).toHaveLength(4);
    expect(h.connector.messages()).toHaveLength(1);
    const times = [...h.connector.failed, ...h.connector.calls].map((c) => c.at);
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? t));
    // backoff 40, 80, 160, 320 ms with full jitter between half and all of each step
    expect(gaps[0]).toBeGreaterThanOrEqual(15);
    expect(gaps[3]).toBeGreaterThanOrEqual(150);

    // Retry-After is honoured; a send that keeps failing gives up after five attempts
    h.connector.reset();
    h.connector.failNext(...Array.from({ length: 6 }, () => ({ status: 503, retryAfter: 0 })));
    await expect(
      h.adapter.gateway.post(
        { workspaceId: TEST_TENANT, channelId: 'a:personal-chat-1' },
        { kind: 'forum_announcement', text: 'x' },
        'k',
      ),
    ).rejects.toBeTruthy();
    expect(h.connector.failed).toHaveLength(5);
  });

  it('paces posts to one thread under Teams limits (7 a second, 8 in two seconds)', async () => {
    await h.send(makeActivity(h.connector.url, { text: 'help' }));
    await h.connector.waitForCalls(1);
    h.connector.reset();
    const started = Date.now();
    const target = { workspaceId: TEST_TENANT, channelId: 'a:personal-chat-1' };
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        h.adapter.gateway.post(target, { kind: 'forum_announcement', text: `post ${i}` }, `p${i}`),
      ),
    );
    const times = h.connector
      .messages()
      .map((c) => c.at)
      .sort((a, b) => a - b);
    expect(times).toHaveLength(10);
    // ten posts to one thread cannot all go within two seconds
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    // measured on arrival, so the windows allow for the time a request takes to arrive
    for (let i = 0; i < times.length; i++) {
      const inSecond = times.filter((t) => t >= (times[i] ?? 0) && t < (times[i] ?? 0) + 850).length;
      const inTwo = times.filter((t) => t >= (times[i] ?? 0) && t < (times[i] ?? 0) + 1800).length;
      expect(inSecond).toBeLessThanOrEqual(7);
      expect(inTwo).toBeLessThanOrEqual(8);
    }
  });

  it('a redelivered activity whose turns all answer late gets one reply, not one per delivery', async () => {
    // Every turn here outlives the answer deadline, so every reply goes out after the HTTP
    // answer. A harness of its own, stopped before counting: stopping waits for late replies.
    const late = await startTeamsHarness({
      storage: db.storage,
      guidance: shippedGuidance(),
      ackTimeoutMs: 1,
      wrap: slow(200),
    });
    try {
      const activity = makeActivity(late.connector.url, { text: 'what is a TAC meeting?' });
      const [a, b] = await Promise.all([late.send(activity), late.send(activity)]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect((await late.send(activity)).status).toBe(200);
    } finally {
      await late.stop();
    }
    const replies = late.connector.messages();
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0]?.body)).toMatch(/team around the child/i);
  });

  it('stopping waits for a turn whose caller hung up, so its reply still goes before the database closes', async () => {
    let entered: () => void = () => {};
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    // Every turn waits at the gate, as one behind a slow database would.
    const gated = (service: ConversationService) =>
      new Proxy(service, {
        get(target, prop, receiver) {
          if (prop === 'handle') {
            return async (...args: Parameters<ConversationService['handle']>) => {
              entered();
              await gate;
              return target.handle(...args);
            };
          }
          return Reflect.get(target, prop, receiver);
        },
      });
    const held = await startTeamsHarness({
      storage: db.storage,
      guidance: shippedGuidance(),
      ackTimeoutMs: 60_000,
      wrap: gated,
    });
    const caller = new AbortController();
    const request = fetch(`${held.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${held.token()}` },
      body: JSON.stringify(makeActivity(held.connector.url, { text: 'who can start a CAF?' })),
      signal: caller.signal,
    }).catch((error: unknown) => error);
    await inside;
    // The caller gives up (as a load generator's end, or a channel's own timeout, does).
    caller.abort();
    expect(await request).toBeInstanceOf(Error);
    let stopped = false;
    const stopping = held.stop().then(() => {
      stopped = true;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(stopped).toBe(false);
    open();
    await stopping;
    const replies = held.connector.messages();
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0]?.body)).toMatch(/Any practitioner/);
  });

  it('keeps turn state in the database with eTag concurrency', async () => {
    const storage = new BotStateStorage(createRepositories(db.storage.prisma).turnState);
    await storage.write({ 'msteams/conv/1': { count: 1 } });
    const read = await storage.read(['msteams/conv/1']);
    const item = read['msteams/conv/1'] as { count: number; eTag: string };
    expect(item.count).toBe(1);
    await storage.write({ 'msteams/conv/1': { ...item, count: 2 } });
    await expect(storage.write({ 'msteams/conv/1': { ...item, count: 3 } })).rejects.toThrow(/eTag/);
    await storage.write({ 'msteams/conv/1': { count: 4, eTag: '*' } });
    expect((await storage.read(['msteams/conv/1']))['msteams/conv/1']).toMatchObject({ count: 4 });
    await storage.delete(['msteams/conv/1']);
    expect(await storage.read(['msteams/conv/1'])).toEqual({});
  });

  it('refuses to start with an empty app id unless local development is switched on', async () => {
    expect(() => loadConfig({ MICROSOFT_APP_PASSWORD: 'secret' })).toThrow(/MICROSOFT_APP_ID: required/);
    expect(() => loadConfig({ TEAMS_LOCAL_DEVELOPMENT: 'true', NODE_ENV: 'production' })).toThrow(
      /TEAMS_LOCAL_DEVELOPMENT/,
    );
    expect(() =>
      loadConfig({
        MICROSOFT_APP_ID: 'abc',
        MICROSOFT_APP_TYPE: 'SingleTenant',
        MICROSOFT_APP_PASSWORD: 'x',
      }),
    ).toThrow(/MICROSOFT_APP_TENANT_ID/);
    expect(loadConfig({ MICROSOFT_APP_ID: 'abc', MICROSOFT_APP_PASSWORD: 'x' }).teams?.appId).toBe('abc');
    expect(loadConfig({}).teams).toBeUndefined();
    const app = { conversation: h.conversation, forums: h.forums, pulse: h.pulse, repos: h.repos };
    const logger = createLogger('silent');
    await expect(
      createTeamsAdapter({ config: { appType: 'MultiTenant', localDevelopment: false }, app, logger }),
    ).rejects.toMatchObject({ code: 'INSECURE_CONFIG' });
    const local = await createTeamsAdapter({
      config: loadConfig({ TEAMS_LOCAL_DEVELOPMENT: 'true' }).teams ?? {
        appType: 'MultiTenant',
        localDevelopment: true,
      },
      app,
      logger,
    });
    expect(local.mount.prefix).toBe('/api/messages');
    await local.stop();
  });
});

it('a pacer never lets a thread exceed its windows', () => {
  let now = 0;
  const pacer = new ThreadPacer(undefined, undefined, () => now);
  const sent: number[] = [];
  const tryAt = async () => {
    while (pacer.waitFor('t') > 0) now += pacer.waitFor('t');
    await pacer.acquire('t');
    sent.push(now);
  };
  return (async () => {
    for (let i = 0; i < 70; i++) await tryAt();
    for (const t of sent) {
      expect(sent.filter((x) => x >= t && x < t + 1000).length).toBeLessThanOrEqual(7);
      expect(sent.filter((x) => x >= t && x < t + 2000).length).toBeLessThanOrEqual(8);
      expect(sent.filter((x) => x >= t && x < t + 30_000).length).toBeLessThanOrEqual(60);
    }
    // the other thread is not held up
    expect(pacer.waitFor('other')).toBe(0);
  })();
});
