import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeBotConnector } from '../../../src/adapters/teams/testing/fake-bot-framework.ts';
import {
  makeActivity,
  startTeamsHarness,
  TEST_TENANT,
  type TeamsHarness,
} from '../../../src/adapters/teams/testing/harness.ts';
import { createLogger } from '../../../src/logger.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { shippedGuidance } from '../../support/guidance.ts';

/** A pino logger whose lines are kept, to read what the adapter decided. */
function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = {
    write(line: string) {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  };
  return { lines, logger: createLogger('info', stream as unknown as NodeJS.WritableStream) };
}

describeEachDatabase('Teams: state in the database survives a restart', (db) => {
  let connector: FakeBotConnector;
  let first: TeamsHarness | undefined;
  let second: TeamsHarness | undefined;
  beforeAll(async () => {
    connector = await new FakeBotConnector().start();
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    await connector?.stop();
  });

  it('after a restart: a re-sent activity is not answered twice, and proactive posts reach conversations met before', async () => {
    first = await startTeamsHarness({ storage: db.storage, guidance: shippedGuidance(), connector });
    const activity = makeActivity(connector.url, { text: 'who can start a CAF?' });
    expect((await first.send(activity)).status).toBe(200);
    await connector.waitForCalls(1, 20_000);
    expect(connector.messages()).toHaveLength(1);
    // What the next process needs is in the database, not in this one's memory.
    const reference = await db.storage.prisma.conversationReference.findUnique({
      where: {
        workspaceId_conversationId: { workspaceId: TEST_TENANT, conversationId: 'a:personal-chat-1' },
      },
    });
    expect(reference?.reference).toMatchObject({ serviceUrl: connector.url });
    expect(
      await db.storage.prisma.processedEvent.count({
        where: { workspaceId: TEST_TENANT, eventId: { endsWith: String(activity.id) } },
      }),
    ).toBe(1);
    await first.stop();
    first = undefined;

    // A new process: nothing in memory, the same database.
    second = await startTeamsHarness({ storage: db.storage, guidance: shippedGuidance(), connector });
    // Teams sends the same activity again (it does when an answer is slow): not answered again.
    expect((await second.send(activity)).status).toBe(200);
    const next = makeActivity(connector.url, { text: 'what is a lead professional?' });
    expect((await second.send(next)).status).toBe(200);
    await connector.waitForCalls(2, 20_000);
    const replies = connector.messages();
    expect(replies.map((r) => r.activityId)).toEqual([activity.id, next.id]);

    // A scheduled post to the conversation the first process met, with no message since.
    await second.adapter.gateway.post(
      { workspaceId: TEST_TENANT, channelId: 'a:personal-chat-1' },
      { kind: 'forum_announcement', text: 'North CAF Forum meets on Tuesday' },
      'after-restart',
    );
    const posted = connector.messages().at(-1);
    expect(posted?.conversationId).toBe('a:personal-chat-1');
    expect(JSON.stringify(posted?.body)).toMatch(/North CAF Forum meets on Tuesday/);
  }, 120_000);
});

describeEachDatabase('Teams: a channel issuer on a port another issuer had', (db) => {
  let first: TeamsHarness | undefined;
  let second: TeamsHarness | undefined;
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
  });

  // botbuilder keeps OpenID metadata for the whole process, keyed by its URL: a later issuer
  // (another test file in the same worker, or this restart) can be given a freed port, and its
  // first request must still be taken.
  it('a request signed by the new issuer is authenticated', async () => {
    first = await startTeamsHarness({ storage: db.storage, guidance: shippedGuidance() });
    expect((await first.send(makeActivity(first.connector.url, { text: 'help' }))).status).toBe(200);
    const port = Number(new URL(first.issuer.url).port);
    await first.stop();
    first = undefined;
    second = await startTeamsHarness({
      storage: db.storage,
      guidance: shippedGuidance(),
      issuerPort: port,
    });
    expect(new URL(second.issuer.url).port).toBe(String(port));
    expect((await second.send(makeActivity(second.connector.url, { text: 'help' }))).status).toBe(200);
  }, 120_000);
});

describeEachDatabase('Teams: Retry-After of several seconds', (db) => {
  let h: TeamsHarness;
  const log = recordingLogger();
  beforeAll(async () => {
    h = await startTeamsHarness({
      storage: db.storage,
      guidance: shippedGuidance(),
      logger: log.logger,
      // The production ceiling on a single wait, not the short one other tests use.
      retry: { maxDelayMs: 30_000 },
    });
    await h.send(makeActivity(h.connector.url, { text: 'help' }));
    await h.connector.waitForCalls(1, 20_000);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('waits as long as the connector asks, then delivers once', async () => {
    h.connector.reset();
    h.connector.failNext({ status: 429, retryAfter: 3 }, { status: 503, retryAfter: 2 });
    await h.adapter.gateway.post(
      { workspaceId: TEST_TENANT, channelId: 'a:personal-chat-1' },
      { kind: 'forum_announcement', text: 'Rate limited, then sent' },
      'retry-after-seconds',
    );
    expect(h.connector.failed).toHaveLength(2);
    expect(h.connector.messages()).toHaveLength(1);
    // What the adapter decided to wait: the connector's Retry-After exactly, not its own backoff.
    const retried = log.lines.filter((l) => l.msg === 'connector call retried');
    expect(retried.map((l) => [l.status, l.delayMs])).toEqual([
      [429, 3000],
      [503, 2000],
    ]);
    // And it did wait before each retry (a lower bound, which a loaded machine cannot break).
    const [first, second] = h.connector.failed;
    const [sent] = h.connector.messages();
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(2990);
    expect((sent?.at ?? 0) - (second?.at ?? 0)).toBeGreaterThanOrEqual(1990);
  }, 60_000);
});
