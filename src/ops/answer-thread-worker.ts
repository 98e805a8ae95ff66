// The answer thread's side (see answer-thread.ts): builds the same guidance as the main thread
// from the articles and options it is given, then answers each question it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { type GuidanceOptions, GuidanceService } from '../core/guidance/answer-question.ts';
import type { Article } from '../core/guidance/article.ts';
import { KnowledgeIndex } from '../core/guidance/knowledge-index.ts';

interface Question {
  id: number;
  question: string;
  context: { logged?: boolean };
}

export function serveAnswers(): void {
  const port = parentPort;
  if (!port) throw new Error('the answer thread runs only as a worker thread');
  const { articles, options } = (workerData as { answers: { articles: Article[]; options: GuidanceOptions } })
    .answers;
  const guidance = new GuidanceService(new KnowledgeIndex(articles), options);
  // One question first, so its code is compiled before real ones arrive.
  guidance.answer('who can start a CAF?');
  port.on('message', ({ id, question, context }: Question) => {
    try {
      port.postMessage({ id, reply: guidance.answer(question, context) });
    } catch {
      // The caller answers it on its own thread (and reports any error there, with context).
      port.postMessage({ id, failed: true });
    }
  });
  port.postMessage({ ready: true });
}
