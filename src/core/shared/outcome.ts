import { AppError, isAppError } from './errors.ts';

/**
 * What a use case returns: its data, or the refusal (bad input, not found, not allowed) with the
 * field it concerns. Unexpected failures are not outcomes: they are thrown.
 */
export type Outcome<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Outcome<T> => ({ ok: true, data });

export const refused = <T = never>(error: AppError): Outcome<T> => ({ ok: false, error });

/**
 * Runs `work` and turns a refusal it throws into an outcome; `INTERNAL` and non-AppErrors are
 * rethrown. `field` names the field a refusal without one concerns.
 */
export async function attempt<T>(work: () => Promise<T>, field?: string): Promise<Outcome<T>> {
  try {
    return ok(await work());
  } catch (error) {
    if (isAppError(error) && error.code !== 'INTERNAL') {
      return refused(
        field && error.field === undefined
          ? new AppError(error.code, error.message, { cause: error.cause, field })
          : error,
      );
    }
    throw error;
  }
}

/** The data of an outcome, or its refusal thrown (for the chat routes, whose errors become replies). */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.data;
  throw outcome.error;
}
