// Guidance answers on a second thread. A chat turn is mostly waiting (the database, Slack's or
// Teams' API) plus one stretch of pure computation: screening the message and searching the
// knowledge base, about a millisecond. On the event loop that millisecond holds up every other
// request's acknowledgement, and the machine's second core sits partly idle; on a worker thread
// it runs beside them (docs/performance.md, "Answers on a second thread").
//
// The thread is a helper, never a dependency: until it has built its index, while it restarts
// after a crash, or when it is too slow (it is then replaced), `answer` resolves undefined and the caller answers on
// its own thread, with the same articles and options. No question is lost or delayed for long.
import { Worker } from 'node:worker_threads';
import type { GuidanceOptions, GuidanceReply } from '../core/guidance/answer-question.ts';
import type { Article } from '../core/guidance/article.ts';
import type { Logger } from '../logger.ts';

export interface AnswerThreadOptions {
  /** The articles the caller's own guidance answers from (shipped and local), so both agree. */
  articles: Article[];
  options: GuidanceOptions;
  logger?: Logger;
  /**
   * How long an answer may take on the thread before the caller answers itself and the thread,
   * stuck or starved, is started afresh (default 1 s; an answer takes a millisecond or two).
   */
  timeoutMs?: number;
  /** First wait before a crashed thread is started again (default 1 s, doubling to a minute). */
  restartDelayMs?: number;
  /** Most questions waiting on the thread; past it the caller answers itself (default 64). */
  maxPending?: number;
}

interface Pending {
  resolve: (reply: GuidanceReply | undefined) => void;
  timer: NodeJS.Timeout;
}

type FromWorker = { ready: true } | { id: number; reply?: GuidanceReply; failed?: true };

/** The module the worker runs: the same loader as the `joinedup` command (bundle or sources). */
const loaderUrl = new URL('../../bin/load-sources.mjs', import.meta.url).href;
// The worker's own entry: load joinedup's sources as the command does, then serve answers. Kept
// as a small CommonJS script so it needs no file of its own in the bundle.
// It loads the very code the main thread runs (the same bundle, or the same sources): the
// sources on disk may have changed since the process started.
const bootstrap = `
const { workerData } = require('node:worker_threads');
import(workerData.loaderUrl)
  .then(({ loadCli, loadCliAt }) => (workerData.cliUrl ? loadCliAt(workerData.cliUrl) : loadCli()))
  .then((cli) => cli.runWorker('answers'))
  .catch((error) => { process.exitCode = 1; throw error; });
`;
/** Where this process loaded its code from, when `bin/load-sources.mjs` loaded it. */
const loadedCli = () => (globalThis as Record<symbol, unknown>)[Symbol.for('joinedup.loadedCli')];

export class AnswerThread {
  private worker?: Worker;
  private ready = false;
  private closed = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private restartDelay: number;
  private restartTimer?: NodeJS.Timeout;
  private readyWaiters: ((ready: boolean) => void)[] = [];
  /** Answers given on the thread, and questions handed back to the caller, for tests and metrics. */
  readonly counts = { answered: 0, handedBack: 0, restarts: 0 };

  constructor(private readonly settings: AnswerThreadOptions) {
    this.restartDelay = settings.restartDelayMs ?? 1000;
    this.spawn();
  }

  /** True once the thread has built its index and takes questions. */
  get isReady(): boolean {
    return this.ready;
  }

  /** Resolves true when the thread is ready, false when it is closed first. */
  whenReady(): Promise<boolean> {
    if (this.ready || this.closed) return Promise.resolve(this.ready);
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /**
   * The reply the guidance on the thread gives, or undefined when the caller should answer
   * itself: not ready, restarting, too many waiting, too slow or failed.
   */
  answer(question: string, context: { logged?: boolean } = {}): Promise<GuidanceReply | undefined> {
    const worker = this.worker;
    if (!this.ready || !worker || this.pending.size >= (this.settings.maxPending ?? 64)) {
      this.counts.handedBack++;
      return Promise.resolve(undefined);
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.timedOut(id, worker), this.settings.timeoutMs ?? 1000);
      timer.unref();
      this.pending.set(id, { resolve, timer });
      worker.postMessage({ id, question, context });
    });
  }

  /** Stops the thread; questions still on it are handed back to their callers. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.restartTimer);
    for (const waiter of this.readyWaiters.splice(0)) waiter(false);
    this.handBackAll();
    const worker = this.worker;
    this.worker = undefined;
    this.ready = false;
    await worker?.terminate();
  }

  /** A question the thread did not answer in time: the caller answers it, and the thread is replaced. */
  private timedOut(id: number, worker: Worker): void {
    this.settle(id, undefined);
    if (this.worker !== worker) return;
    this.settings.logger?.warn(
      'answer thread too slow; starting it afresh, answering on the main thread meanwhile',
    );
    // Its 'exit' hands back what else it held and schedules the new thread.
    void worker.terminate();
  }

  private spawn(): void {
    try {
      this.start();
    } catch (error) {
      // No thread could be made (resources, a broken install): answers stay on the main thread,
      // and another try follows later.
      this.settings.logger?.warn(
        { err: { name: error instanceof Error ? error.name : 'Error' } },
        'answer thread could not start; answering on the main thread',
      );
      this.scheduleRestart();
    }
  }

  private scheduleRestart(): void {
    if (this.closed) return;
    this.counts.restarts++;
    this.restartTimer = setTimeout(() => {
      if (!this.closed) this.spawn();
    }, this.restartDelay);
    this.restartTimer.unref();
    this.restartDelay = Math.min(this.restartDelay * 2, 60_000);
  }

  private start(): void {
    const worker = new Worker(bootstrap, {
      eval: true,
      workerData: {
        loaderUrl,
        cliUrl: loadedCli(),
        answers: { articles: this.settings.articles, options: this.settings.options },
      },
      // A smaller young generation than the default: some 13 MiB less resident. The thread writes
      // no log lines of its own (they would carry no request context); it reports by messages.
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    // A thread waiting for questions does not keep a finished process alive.
    worker.unref();
    this.worker = worker;
    worker.on('message', (message: FromWorker) => {
      if ('ready' in message) {
        this.ready = true;
        this.restartDelay = this.settings.restartDelayMs ?? 1000;
        for (const waiter of this.readyWaiters.splice(0)) waiter(true);
        return;
      }
      this.settle(message.id, message.failed ? undefined : message.reply);
    });
    // An error inside the thread (never the question's text) is logged by name only.
    worker.on('error', (error) =>
      this.settings.logger?.warn(
        { err: { name: error.name } },
        'answer thread failed; answering on the main thread',
      ),
    );
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.ready = false;
      this.handBackAll();
      this.scheduleRestart();
    });
  }

  private settle(id: number, reply: GuidanceReply | undefined): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    clearTimeout(entry.timer);
    if (reply) this.counts.answered++;
    else this.counts.handedBack++;
    entry.resolve(reply);
  }

  private handBackAll(): void {
    for (const id of [...this.pending.keys()]) this.settle(id, undefined);
  }
}
