import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../../src/adapters/slack/testing/fake-slack.ts';
import { signSlackRequest } from '../../../src/adapters/slack/verify-signature.ts';
import { migratedDataDir } from '../../support/migrated-data-dir.ts';
import { startServing } from '../../support/run-cli.ts';
import { mention, SIGNING_SECRET, waitFor } from './harness.ts';

describe('SIGTERM with acknowledged Slack turns still queued', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await new FakeSlack().start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('answers each acknowledged turn exactly once before exiting: Slack will not send them again', async () => {
    const turns = 6;
    // Slack is slow to take each reply, so the turns queue up behind one another (two at a time on
    // the embedded database).
    fake.override(
      'chat.postMessage',
      async () => {
        await new Promise((r) => setTimeout(r, 300));
        return false;
      },
      turns,
    );
    const dataDir = await migratedDataDir('joinedup-slack-stop-');
    const { child, url, stderr, exited } = await startServing({
      DATA_DIR: dataDir,
      SCHEDULER_ENABLED: 'false',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-stopping',
      SLACK_API_URL: fake.apiUrl,
    });
    let exitCode: number | null | undefined;
    try {
      await waitFor(() => /Slack adapter started/.test(stderr()), 'the Slack adapter', 60_000);
      const channels = Array.from({ length: turns }, (_, i) => `C-STOP-${i}`);
      const acks = await Promise.all(
        channels.map((channel) => {
          const body = mention('who can be a lead professional', { channel, user: `U-${channel}` });
          const timestamp = Math.floor(Date.now() / 1000);
          return fetch(`${url}/slack/events`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-slack-request-timestamp': String(timestamp),
              'x-slack-signature': signSlackRequest(SIGNING_SECRET, body, timestamp),
            },
            body,
          });
        }),
      );
      // Every event was acknowledged: from here on Slack considers them delivered.
      expect(acks.map((r) => r.status)).toEqual(Array(turns).fill(200));
      const answeredBeforeStop = fake
        .callsOf('chat.postMessage')
        .filter((c) => channels.includes(String(c.params.channel))).length;
      expect(answeredBeforeStop).toBeLessThan(turns);

      child.kill('SIGTERM');
      exitCode = await exited;
      const replies = fake
        .callsOf('chat.postMessage')
        .map((c) => String(c.params.channel))
        .filter((c) => channels.includes(c));
      // Each turn answered once: none lost, none twice.
      expect(replies.sort()).toEqual([...channels].sort());
      expect(stderr()).toMatch(/shutting down/);
      expect(stderr()).not.toMatch(/Slack turns still waiting at shutdown/);
    } finally {
      if (exitCode === undefined) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    expect(exitCode).toBe(0);
  }, 180_000);
});
