import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buttonClick,
  databases,
  directMessage,
  eventCallback,
  mention,
  type SlackHarness,
  startSlackHarness,
  waitFor,
} from './harness.ts';

const blocksOf = (call: { params: Record<string, unknown> } | undefined) =>
  JSON.stringify(call?.params.blocks ?? []);

for (const database of databases) {
  describe(`Slack events over HTTP [${database.label}]`, () => {
    let h: SlackHarness;
    beforeAll(async () => {
      h = await startSlackHarness({ databaseUrl: database.url });
    });
    afterAll(async () => {
      await h?.stop();
    });
    const questions = async () => {
      await h.app.storage.repos.flush();
      return h.app.storage.prisma.guidanceQuestion.count();
    };

    it('answers a mention in the thread, with the source as a link and buttons for feedback and related articles', async () => {
      const res = await h.send(mention('who can be a lead professional?'));
      expect(res.status).toBe(200);
      await waitFor(() => h.fake.callsOf('chat.postMessage').length === 1, 'the answer');
      const post = h.fake.callsOf('chat.postMessage')[0];
      expect(post?.token).toBe('xoxb-test-single-workspace');
      expect(post?.params.channel).toBe('C1');
      expect(post?.params.thread_ts).toMatch(/\.000200$/);
      const blocks = blocksOf(post);
      expect(blocks).toMatch(/Source: <https?:\/\/[^|>]+\|/);
      expect(blocks).toContain('👍 Helpful');
      expect(blocks).toContain('"value":"article ');
      expect(String(post?.params.text)).toMatch(/lead professional/i);
    });

    it('stores 👍/👎 from the feedback buttons against the question', async () => {
      await h.app.storage.repos.flush();
      const row = await h.app.storage.prisma.guidanceQuestion.findFirst({ orderBy: { createdAt: 'desc' } });
      const res = await h.send(buttonClick('cmd:1', `unhelpful ${row?.id}`, h.fake), {
        contentType: 'application/x-www-form-urlencoded',
      });
      expect(res.status).toBe(200);
      await waitFor(() => h.fake.responses.length > 0, 'the ephemeral thanks');
      expect(h.fake.responses.at(-1)?.body).toMatchObject({
        response_type: 'ephemeral',
        replace_original: false,
      });
      await h.app.storage.repos.flush();
      const updated = await h.app.storage.prisma.guidanceQuestion.findUnique({
        where: { id: row?.id ?? '' },
      });
      expect(updated?.feedback).toBe('unhelpful');
    });

    it('rates the answer clicked, not the latest, and shows the rating in that message', async () => {
      const asked = h.fake.callsOf('chat.postMessage').length;
      await h.send(mention('what is a team around the family', { channel: 'CRATE' }));
      await waitFor(() => (h.fake.channels.get('CRATE') ?? []).length === 1, 'the first answer');
      await h.send(mention('when can I share information without consent', { channel: 'CRATE' }));
      await waitFor(() => (h.fake.channels.get('CRATE') ?? []).length === 2, 'both answers');
      expect(h.fake.callsOf('chat.postMessage').length).toBe(asked + 2);
      const [first, second] = h.fake.channels.get('CRATE') ?? [];
      const helpful = (blocks: unknown) =>
        (blocks as { type: string; elements?: { action_id?: string; value?: string }[] }[])
          .flatMap((b) => b.elements ?? [])
          .find((e) => e.action_id === 'feedback:helpful');
      const button = helpful(first?.blocks);
      expect(button?.value).toMatch(/^[0-9a-f-]{36}$/);
      expect(button?.value).not.toBe(helpful(second?.blocks)?.value);
      const res = await h.send(
        buttonClick('feedback:helpful', button?.value ?? '', h.fake, {
          message: { channel: 'CRATE', ts: String(first?.ts), blocks: first?.blocks },
        }),
        { contentType: 'application/x-www-form-urlencoded' },
      );
      expect(res.status).toBe(200);
      await waitFor(() => h.fake.callsOf('chat.update').length === 1, 'the message updated in place');
      const update = h.fake.callsOf('chat.update')[0];
      expect(update?.params).toMatchObject({ channel: 'CRATE', ts: first?.ts });
      expect(blocksOf(update)).toContain('Rated 👍 helpful');
      expect(blocksOf(update)).not.toContain('feedback:');
      expect(blocksOf(update)).toContain('"value":"article ');
      await h.app.storage.repos.flush();
      const rows = await h.app.storage.prisma.guidanceQuestion.findMany({
        where: { id: { in: [button?.value ?? '', helpful(second?.blocks)?.value ?? ''] } },
      });
      expect(rows.find((r) => r.id === button?.value)?.feedback).toBe('helpful');
      expect(rows.find((r) => r.id !== button?.value)?.feedback ?? null).toBeNull();
      expect(h.fake.refused).toEqual([]);
    });

    it('answers a reply in its own thread without a new mention, and only in its own threads', async () => {
      const threadReply = (channel: string, thread: string, text: string) =>
        eventCallback({
          type: 'message',
          channel,
          channel_type: 'channel',
          user: 'U1',
          text,
          thread_ts: thread,
          ts: `${Date.now() / 1000}`,
        });
      const asked = mention('who can start a CAF', { channel: 'CTHREAD' });
      const thread = String((JSON.parse(asked) as { event: { ts: string } }).event.ts);
      await h.send(asked);
      await waitFor(() => (h.fake.channels.get('CTHREAD') ?? []).length === 1, 'the answer in the thread');
      await h.send(threadReply('CTHREAD', thread, 'what is a lead professional'));
      await waitFor(() => (h.fake.channels.get('CTHREAD') ?? []).length === 2, 'the follow-up answered');
      expect(h.fake.channels.get('CTHREAD')?.[1]?.thread_ts).toBe(thread);
      // A thread the bot answered before a restart: known from Slack's thread history, not memory.
      h.fake.channels.set('COLD', [
        { ts: '1600000000.000100', user: 'UBOT', bot_id: 'BBOT', thread_ts: '1600000000.000001' },
      ]);
      await h.send(threadReply('COLD', '1600000000.000001', 'what is team around the family'));
      await waitFor(
        () => (h.fake.channels.get('COLD') ?? []).length === 2,
        'the follow-up in an older thread',
      );
      // Someone else's thread: not the bot's business.
      const questionsBefore = await questions();
      await h.send(threadReply('COTHER', '1600000000.000009', 'what is a CAF'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(h.fake.channels.get('COTHER')).toBeUndefined();
      expect(await questions()).toBe(questionsBefore);
    });

    it('answers a direct message without a thread', async () => {
      const before = h.fake.callsOf('chat.postMessage').length;
      await h.send(directMessage('what is a team around the family'));
      await waitFor(() => h.fake.callsOf('chat.postMessage').length === before + 1, 'the DM answer');
      const post = h.fake.callsOf('chat.postMessage').at(-1);
      expect(post?.params.channel).toBe('DU1');
      expect(post?.params.thread_ts).toBeUndefined();
    });

    it('puts an urgent safeguarding reply first, under a header that stands out', async () => {
      const before = h.fake.callsOf('chat.postMessage').length;
      await h.send(mention('a child told me her stepdad hits her and she is scared to go home tonight'));
      await waitFor(() => h.fake.callsOf('chat.postMessage').length === before + 1, 'the urgent reply');
      const blocks = h.fake.callsOf('chat.postMessage').at(-1)?.params.blocks as {
        type: string;
        text?: { text: string };
      }[];
      expect(blocks[0]?.type).toBe('header');
      expect(blocks[0]?.text?.text).toMatch(/Urgent/);
      expect(JSON.stringify(blocks)).toMatch(/999/);
    });

    it('shows a privacy warning only to the person who posted personal details in a channel', async () => {
      const posts = h.fake.callsOf('chat.postMessage').length;
      const ephemerals = h.fake.callsOf('chat.postEphemeral').length;
      await h.send(mention('can I start a CAF for Jayden Smith DOB 03/04/2019 at 22 Mill Road LS6 2AB'));
      await waitFor(
        () => h.fake.callsOf('chat.postEphemeral').length === ephemerals + 1,
        'the private warning',
      );
      const warning = h.fake.callsOf('chat.postEphemeral').at(-1);
      expect(warning?.params.user).toBe('U1');
      expect(JSON.stringify(warning?.params)).not.toMatch(/Jayden|Mill Road|LS6 2AB/);
      expect(h.fake.callsOf('chat.postMessage')).toHaveLength(posts);
      await h.app.storage.repos.flush();
      const stored = await h.app.storage.prisma.guidanceQuestion.findFirst({
        orderBy: { createdAt: 'desc' },
      });
      expect(stored?.redactedText).not.toMatch(/Jayden|Smith|Mill Road/);
      expect(h.logs.map((l) => JSON.stringify(l)).join('\n')).not.toMatch(/Jayden|Mill Road/);
    });

    it('has one side effect for an event delivered again with X-Slack-Retry-Num', async () => {
      const body = mention('what does MASH stand for', { eventId: 'EvRetry1' });
      const posts = h.fake.callsOf('chat.postMessage').length;
      const count = await questions();
      expect((await h.send(body)).status).toBe(200);
      expect((await h.send(body, { retryNum: 1 })).status).toBe(200);
      expect((await h.send(body, { retryNum: 2 })).status).toBe(200);
      await waitFor(() => h.fake.callsOf('chat.postMessage').length === posts + 1, 'one answer');
      await new Promise((r) => setTimeout(r, 300));
      expect(h.fake.callsOf('chat.postMessage')).toHaveLength(posts + 1);
      expect(await questions()).toBe(count + 1);
    });

    it('processes the retry of an event whose first attempt failed', async () => {
      const body = mention('what is early help', { eventId: 'EvFailedFirst' });
      const posts = h.fake.callsOf('chat.postMessage').length;
      // The reply cannot be posted on the first delivery (the client's own retries included).
      h.fake.serverError('chat.postMessage', 3);
      await h.send(body);
      await waitFor(() => h.fake.callsOf('chat.postMessage').length === posts + 3, 'three failed tries');
      await new Promise((r) => setTimeout(r, 200));
      await h.send(body, { retryNum: 1 });
      await waitFor(
        () => h.fake.channels.get('C1')?.some((m) => /early help/i.test(String(m.text))) === true,
        'the answer on retry',
      );
      await h.send(body, { retryNum: 2 });
      await new Promise((r) => setTimeout(r, 300));
      expect(h.fake.callsOf('chat.postMessage')).toHaveLength(posts + 4);
    });

    it('acknowledges before the turn has finished, however slow the turn is', async () => {
      let release: () => void = () => {};
      const gate = new Promise<void>((r) => {
        release = r;
      });
      const slow = await startSlackHarness({
        databaseUrl: database.url,
        wrapConversation: (c) =>
          Object.assign(Object.create(c), {
            handle: async (m: Parameters<typeof c.handle>[0]) => {
              await gate;
              return c.handle(m);
            },
          }),
      });
      try {
        // The turn cannot finish until the gate opens, so a 200 here was sent before the turn ran.
        const res = await slow.send(mention('who can start a CAF'));
        expect(res.status).toBe(200);
        expect(slow.fake.callsOf('chat.postMessage')).toHaveLength(0);
        release();
        await waitFor(() => slow.fake.callsOf('chat.postMessage').length === 1, 'the late answer', 20_000);
      } finally {
        release();
        await slow.stop();
      }
    });

    it('answers 503 when too many turns are waiting, and Slack’s retry is then processed', async () => {
      const busy = await startSlackHarness({
        databaseUrl: database.url,
        adapter: { maxConcurrentTurns: 1, maxQueuedTurns: 1 },
        wrapConversation: (c) =>
          Object.assign(Object.create(c), {
            handle: async (m: Parameters<typeof c.handle>[0]) => {
              await new Promise((r) => setTimeout(r, 400));
              return c.handle(m);
            },
          }),
      });
      try {
        const bodies = [1, 2, 3].map((i) => mention(`what is a CAF ${i}`, { eventId: `EvBusy${i}` }));
        const statuses = [];
        for (const body of bodies) statuses.push((await busy.send(body)).status);
        expect(statuses).toEqual([200, 200, 503]);
        await waitFor(() => busy.fake.callsOf('chat.postMessage').length === 2, 'the two accepted answers');
        expect((await busy.send(bodies[2] ?? '', { retryNum: 1 })).status).toBe(200);
        await waitFor(() => busy.fake.callsOf('chat.postMessage').length === 3, 'the retried answer');
      } finally {
        await busy.stop();
      }
    });

    describe('refuses unverified requests with 401 and processes nothing', () => {
      const now = () => Math.floor(Date.now() / 1000);
      // Options are made when each case runs: a timestamp taken at collection goes stale on a busy machine.
      const cases: [string, () => Parameters<SlackHarness['send']>[1]][] = [
        ['a wrong signature', () => ({ signature: `v0=${'0'.repeat(64)}` })],
        ['no signature header', () => ({ signature: null })],
        ['no timestamp header', () => ({ omitTimestamp: true })],
        ['a body changed after signing', () => ({ tamper: (b) => b.replace('CAF', 'TAF') })],
        ['a timestamp six minutes old', () => ({ timestamp: now() - 360 })],
        ['a timestamp six minutes in the future', () => ({ timestamp: now() + 360 })],
        ['a signature of another version', () => ({ signature: 'v1=abc' })],
      ];
      for (const [name, options] of cases) {
        it(name, async () => {
          const posts = h.fake.calls.length;
          const count = await questions();
          const res = await h.send(mention('who can start a CAF', { eventId: `EvBad${name}` }), options());
          expect(res.status).toBe(401);
          await new Promise((r) => setTimeout(r, 150));
          expect(h.fake.calls).toHaveLength(posts);
          expect(await questions()).toBe(count);
          expect(h.logs.some((l) => l.msg === 'Slack request refused: not verified')).toBe(true);
        });
      }
      it('accepts a timestamp four minutes off in either direction', async () => {
        expect((await h.send(mention('what is a CAF'), { skewSeconds: -240 })).status).toBe(200);
        expect((await h.send(mention('what is a CAF'), { skewSeconds: 240 })).status).toBe(200);
      });
    });

    describe('bad payloads get a status and a log line, never a crash', () => {
      it('malformed JSON with a valid signature: 400', async () => {
        expect((await h.send('{"type": "event_callback", ')).status).toBe(400);
      });
      it('an unknown action id: 200 and a warning', async () => {
        const res = await h.send(buttonClick('no_such_action', 'x', h.fake), {
          contentType: 'application/x-www-form-urlencoded',
        });
        expect(res.status).toBe(200);
        await waitFor(() => h.logs.some((l) => l.msg === 'unknown Slack action ignored'), 'the warning');
      });
      it('an event without its user or text: 200, nothing posted', async () => {
        const res = await h.send(eventCallback({ type: 'app_mention', channel: 'CNOUSER', ts: '1.1' }));
        expect(res.status).toBe(200);
        await new Promise((r) => setTimeout(r, 200));
        expect(h.fake.calls.filter((c) => JSON.stringify(c.params).includes('CNOUSER'))).toEqual([]);
      });
      it('an unknown payload type: 200', async () => {
        expect((await h.send(JSON.stringify({ type: 'mystery', team_id: 'T1' }))).status).toBe(200);
      });
      it('a huge message gets a polite refusal, nothing stored', async () => {
        const count = await questions();
        const ephemerals = h.fake.callsOf('chat.postEphemeral').length;
        const res = await h.send(mention(`where do I start ${'very '.repeat(2500)}`));
        expect(res.status).toBe(200);
        await waitFor(() => h.fake.callsOf('chat.postEphemeral').length === ephemerals + 1, 'the refusal');
        expect(JSON.stringify(h.fake.callsOf('chat.postEphemeral').at(-1)?.params)).toMatch(/too long/);
        expect(await questions()).toBe(count);
      });
      it('a body over the size limit: 413', async () => {
        expect((await h.send(JSON.stringify({ pad: 'x'.repeat(1_100_000) }))).status).toBe(413);
      });
      it('url_verification is answered with the challenge', async () => {
        const res = await h.send(
          JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' }),
        );
        expect(res.status).toBe(200);
        expect(res.text).toContain('abc123');
      });
      it('still answers after all of that', async () => {
        const before = h.fake.callsOf('chat.postMessage').length;
        expect((await h.send(mention('what is a TAF'))).status).toBe(200);
        await waitFor(() => h.fake.callsOf('chat.postMessage').length === before + 1, 'an answer');
      });
    });
  });
}
