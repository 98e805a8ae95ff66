import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databases, mention, type SlackHarness, startSlackHarness, waitFor } from './harness.ts';

let envelopes = 0;
const envelope = (body: string, retryAttempt = 0) => ({
  envelope_id: `env-${++envelopes}`,
  type: 'events_api',
  accepts_response_payload: false,
  retry_attempt: retryAttempt,
  retry_reason: retryAttempt > 0 ? 'timeout' : '',
  payload: JSON.parse(body),
});

for (const database of databases) {
  describe(`Slack Socket Mode [${database.label}]`, () => {
    let h: SlackHarness;
    beforeAll(async () => {
      h = await startSlackHarness({
        databaseUrl: database.url,
        env: { SLACK_APP_TOKEN: 'xapp-1-test-token' },
      });
      await waitFor(() => h.fake.socketConnections === 1, 'the socket');
    });
    afterAll(async () => {
      await h?.stop();
    });
    const answered = (text: RegExp) =>
      (h.fake.channels.get('C1') ?? []).filter((m) => text.test(JSON.stringify(m.blocks ?? m.text))).length;

    it('connects with the app-level token and acknowledges and answers events from the socket', async () => {
      expect(h.fake.callsOf('apps.connections.open')[0]?.token).toBe('xapp-1-test-token');
      const e = envelope(mention('who can start a CAF', { eventId: 'EvSock1' }));
      h.fake.sendEnvelope(e);
      await waitFor(() => h.fake.acks.includes(e.envelope_id), 'the acknowledgement');
      await waitFor(() => h.fake.callsOf('chat.postMessage').length === 1, 'the answer');
    });

    it('does not serve the HTTP events endpoint in Socket Mode', async () => {
      expect((await h.send(mention('what is a CAF'))).status).toBe(404);
    });

    it('reconnects after a forced disconnect, without losing or duplicating events', async () => {
      const posts = h.fake.callsOf('chat.postMessage').length;
      await h.app.storage.repos.flush();
      const questions = await h.app.storage.prisma.guidanceQuestion.count();
      const pending = mention('what is a team around the family', { eventId: 'EvSock2' });
      h.fake.sendEnvelope(envelope(pending));
      // The connection is cut before the answer could be acknowledged; Slack redelivers on the new one.
      h.fake.dropSockets();
      await waitFor(() => h.fake.socketConnections === 2, 'a new connection', 20_000);
      await waitFor(() => h.fake.sockets.at(-1)?.readyState === 1, 'the new socket open');
      await new Promise((r) => setTimeout(r, 200));
      const redelivered = envelope(pending, 1);
      const fresh = envelope(mention('what is the MASH', { eventId: 'EvSock3' }));
      h.fake.sendEnvelope(redelivered);
      h.fake.sendEnvelope(fresh);
      await waitFor(
        () => h.fake.acks.includes(redelivered.envelope_id) && h.fake.acks.includes(fresh.envelope_id),
        'the acknowledgements',
      );
      await waitFor(() => h.fake.callsOf('chat.postMessage').length === posts + 2, 'two answers');
      await new Promise((r) => setTimeout(r, 300));
      expect(h.fake.callsOf('chat.postMessage')).toHaveLength(posts + 2);
      await h.app.storage.repos.flush();
      expect(await h.app.storage.prisma.guidanceQuestion.count()).toBe(questions + 2);
      expect(answered(/team around the family/i)).toBe(1);
    });
  });
}
