import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../../src/adapters/slack/testing/fake-slack.ts';
import { signSlackRequest } from '../../../src/adapters/slack/verify-signature.ts';
import { loadConfig } from '../../../src/config.ts';
import { runCli, startServing } from '../../support/run-cli.ts';
import { directMessage, mention, SIGNING_SECRET, waitFor } from './harness.ts';

describe('Slack configuration is refused when unsafe', () => {
  const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };
  it('without a signing secret', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET: required/);
  });
  it('with signature verification off outside tests', () => {
    expect(() =>
      loadConfig({ ...base, SLACK_SIGNATURE_VERIFICATION: 'false', NODE_ENV: 'production' }),
    ).toThrow(/SLACK_SIGNATURE_VERIFICATION: may only be turned off when NODE_ENV=test/);
    expect(
      loadConfig({ ...base, SLACK_SIGNATURE_VERIFICATION: 'false', NODE_ENV: 'test' }).slack
        ?.signatureVerification,
    ).toBe(false);
  });
  it('with an OAuth state secret too short to be safe', () => {
    let message = '';
    try {
      loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: 'c', SLACK_STATE_SECRET: 'short' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/SLACK_STATE_SECRET: must be at least 16/);
  });
  it('with OAuth settings incomplete, or mixed with a bot token', () => {
    expect(() =>
      loadConfig({
        SLACK_SIGNING_SECRET: 's',
        SLACK_CLIENT_ID: 'c',
        SLACK_CLIENT_SECRET: 'x',
        SLACK_STATE_SECRET: 'state-secret-0123456789',
      }),
    ).toThrow(/SLACK_INSTALLATION_KEY: required with OAuth/);
    expect(() => loadConfig({ ...base, SLACK_CLIENT_ID: 'c' })).toThrow(/not both/);
  });
  it('the CLI exits non-zero with the message and starts nothing', async () => {
    const result = await runCli(['start'], { env: { SLACK_BOT_TOKEN: 'xoxb-1', DATA_DIR: 'memory://' } });
    expect(result.code).not.toBe(0);
    expect(result.stderr + result.stdout).toMatch(/SLACK_SIGNING_SECRET/);
  });
});

describe('npm start with Slack credentials serves Slack over HTTP', () => {
  let fake: FakeSlack;
  let dataDir: string;
  beforeAll(async () => {
    fake = await new FakeSlack().start();
    dataDir = mkdtempSync(join(tmpdir(), 'joinedup-slack-start-'));
  });
  afterAll(async () => {
    await fake.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a signed mention and stops cleanly on SIGTERM', async () => {
    const { child, url, stderr, stdout, exited } = await startServing({
      DATA_DIR: dataDir,
      SCHEDULER_CRON: '*/2 * * * * *',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-started',
      SLACK_API_URL: fake.apiUrl,
    });
    try {
      await waitFor(() => /Slack adapter started/.test(stderr()), 'the Slack adapter', 30_000);
      const body = mention('who can be a lead professional');
      const timestamp = Math.floor(Date.now() / 1000);
      const res = await fetch(`${url}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signSlackRequest(SIGNING_SECRET, body, timestamp),
        },
        body,
      });
      expect(res.status).toBe(200);
      await waitFor(() => fake.callsOf('chat.postMessage').length === 1, 'the answer', 15_000);
      expect(fake.callsOf('chat.postMessage')[0]?.token).toBe('xoxb-started');
      // A forum made after that first mention: its announcement is sent to Slack by the
      // scheduler `joinedup start` runs, not printed on its standard output.
      // Its first meeting falls 7 to 13 days ahead, inside the default four-week lead time, so it
      // is announced on the next scheduler tick.
      const start = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      for (const text of [
        `forum create "Start Forum" cadence="every 4 weeks on tuesday" time=13:30 start=${start} channel=C-FORUM`,
        'forum agency add "Start Forum" name="Oakfield Primary" sector=education',
      ]) {
        const dm = directMessage(text);
        const at = Math.floor(Date.now() / 1000);
        await fetch(`${url}/slack/events`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-slack-request-timestamp': String(at),
            'x-slack-signature': signSlackRequest(SIGNING_SECRET, dm, at),
          },
          body: dm,
        });
        const before = fake.callsOf('chat.postMessage').length;
        await waitFor(() => fake.callsOf('chat.postMessage').length > before, 'the reply', 15_000);
      }
      await waitFor(
        () => fake.callsOf('chat.postMessage').some((c) => c.params.channel === 'C-FORUM'),
        'the announcement in Slack',
        20_000,
      );
      expect(stdout()).not.toMatch(/📣/);
      expect(stderr()).not.toContain('xoxb-started');
      expect(stderr()).not.toMatch(/lead professional/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
