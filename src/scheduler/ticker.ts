import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.ts';
import { newLogId, runWithLogContext } from '../ops/log-context.ts';

/** A name for this process in job leases, unique across replicas and restarts. */
export function instanceName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export interface Ticker {
  /** Runs one tick now (also what the schedule runs); resolves when it is done. */
  tick(): Promise<void>;
  /** The time the last tick finished, for readiness checks. */
  lastTickAt(): Date | undefined;
  /** Stops the schedule, tells a running tick to stop after its current post, and waits for it. */
  stop(): Promise<void>;
}

/**
 * Ticks the durable jobs on a cron schedule (every minute by default). A tick that is still
 * running when the next is due is not started twice; each tick's work is claimed from the
 * database, so any number of replicas can tick at once.
 */
export function startTicker(
  work: (signal: AbortSignal) => Promise<void>,
  options: { cron?: string; logger?: Logger } = {},
): Ticker {
  let running: Promise<void> | undefined;
  let last: Date | undefined;
  // Aborted by stop(): a tick in progress ends after the post it is sending (see dispatchDuePosts).
  const stopping = new AbortController();
  const tick = async () => {
    if (running) return running;
    if (stopping.signal.aborted) return;
    // Every line logged during the tick, its failure included, carries the tick's id.
    running = runWithLogContext({ tickId: newLogId() }, async () => {
      try {
        await work(stopping.signal);
        last = new Date();
      } catch (error) {
        options.logger?.error(
          { err: error instanceof Error ? { name: error.name, message: error.message } : {} },
          'scheduler tick failed',
        );
      } finally {
        running = undefined;
      }
    });
    return running;
  };
  const task: ScheduledTask = cron.schedule(options.cron ?? '* * * * *', () => void tick(), {
    noOverlap: true,
  });
  return {
    tick,
    lastTickAt: () => last,
    async stop() {
      stopping.abort();
      await task.stop();
      await running;
    },
  };
}
