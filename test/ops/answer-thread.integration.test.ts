import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuidanceService } from '../../src/core/guidance/answer-question.ts';
import { KnowledgeIndex } from '../../src/core/guidance/knowledge-index.ts';
import { loadKnowledgeBase } from '../../src/core/guidance/load-knowledge-base.ts';
import { AnswerThread } from '../../src/ops/answer-thread.ts';

const { articles } = loadKnowledgeBase();
const options = {
  minConfidence: 0.9,
  coordinatorContact: 'caf@example.org',
  emergency: { mash: '01234 567890' },
};
const here = new GuidanceService(new KnowledgeIndex(articles), options);

/** Ordinary, informal, urgent, identifying, empty and hostile messages. */
const QUESTIONS = [
  'who can start a CAF?',
  'whats a TAF mtg for',
  'cn a 14yo say no to a caf',
  'baby has bruises on his cheeks and hes only 3 months, mum says he fell',
  'can i share about ruby-mae, dob 2/3/19, with the school nurse?',
  'what time is the forum on friday',
  '😀😀😀',
  '[name] [name]',
  `a\u0000b\u202e${'x'.repeat(5000)}`,
  '',
];

let thread: AnswerThread | undefined;
afterEach(async () => {
  await thread?.close();
  thread = undefined;
});

describe('answers on a worker thread', () => {
  it('gives exactly the reply the main thread gives, for every kind of message', async () => {
    thread = new AnswerThread({ articles, options });
    expect(await thread.whenReady()).toBe(true);
    for (const question of QUESTIONS) {
      for (const context of [{}, { logged: true }]) {
        const reply = await thread.answer(question, context);
        expect(reply, question).toEqual(here.answer(question, context));
      }
    }
    expect(thread.counts.answered).toBe(QUESTIONS.length * 2);
  });

  it('hands questions back to the caller before it is ready, when too many wait, and once closed', async () => {
    thread = new AnswerThread({ articles, options, maxPending: 2 });
    expect(await thread.answer('who can start a CAF?')).toBeUndefined();
    await thread.whenReady();
    const replies = await Promise.all([1, 2, 3, 4].map(() => thread?.answer('who can start a CAF?')));
    expect(replies.filter((r) => r === undefined)).toHaveLength(2);
    expect(replies.filter((r) => r?.kind === 'answer')).toHaveLength(2);
    await thread.close();
    expect(await thread.answer('who can start a CAF?')).toBeUndefined();
    expect(await thread.whenReady()).toBe(false);
  });

  it('hands back what was in flight when the thread dies, then starts a new one that answers', async () => {
    thread = new AnswerThread({ articles, options, restartDelayMs: 10 });
    await thread.whenReady();
    const inFlight = Array.from({ length: 20 }, () => thread?.answer('what does a lead professional do?'));
    // The thread ends as a crash would end it (its isolate gone, its questions unanswered).
    await (thread as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    const settled = await Promise.all(inFlight);
    // Each question was answered by the thread or handed back for the caller: none was lost.
    expect(settled).toHaveLength(20);
    for (const reply of settled) if (reply) expect(reply.kind).toBe('answer');
    expect(thread.isReady).toBe(false);
    expect(await thread.answer('who can start a CAF?')).toBeUndefined();
    expect(await thread.whenReady()).toBe(true);
    expect(thread.counts.restarts).toBe(1);
    expect((await thread.answer('who can start a CAF?'))?.kind).toBe('answer');
  });

  it('hands a question back when the thread takes too long, and starts a fresh thread', async () => {
    thread = new AnswerThread({ articles, options, timeoutMs: 1, restartDelayMs: 10 });
    await thread.whenReady();
    // Long messages on a thread given one millisecond: the caller answers them instead.
    const long = 'what does a lead professional do when the family moves away and the school changes '.repeat(
      20,
    );
    const replies = await Promise.all(Array.from({ length: 50 }, () => thread?.answer(long)));
    expect(replies.some((r) => r === undefined)).toBe(true);
    expect(thread.counts.handedBack).toBeGreaterThan(0);
    // The slow thread is ended and another one started in its place.
    await vi.waitFor(() => expect(thread?.counts.restarts).toBeGreaterThanOrEqual(1), { timeout: 30_000 });
    expect(await thread.whenReady()).toBe(true);
  });
});
