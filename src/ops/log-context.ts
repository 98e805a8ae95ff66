import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * Fields every log line inside a unit of work carries: a chat turn (`turnId`), a scheduler tick
 * (`tickId`), the workspace it concerns. Ids only, never names or message text.
 */
export interface LogContext {
  turnId?: string;
  tickId?: string;
  workspaceId?: string;
  [field: string]: string | number | boolean | undefined;
}

const storage = new AsyncLocalStorage<LogContext>();

/**
 * Runs `fn` with `fields` added to every log line written inside it, however deep the async work
 * goes (timers, promises, awaited database calls). Nested calls add to the outer context.
 *
 * Each adapter wraps one incoming message (turn) in it:
 *
 * ```ts
 * const reply = await runWithLogContext({ turnId: newLogId(), workspaceId }, () => conversation.handle(message));
 * ```
 */
export function runWithLogContext<T>(fields: LogContext, fn: () => T): T {
  const outer = storage.getStore();
  return storage.run(outer ? { ...outer, ...fields } : { ...fields }, fn);
}

/** The fields of the unit of work running now; empty outside one. */
export function currentLogContext(): LogContext {
  return storage.getStore() ?? {};
}

/** A short random id for a turn or a tick (12 hex characters). */
export function newLogId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 12);
}
