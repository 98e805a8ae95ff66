/**
 * Every error the product raises on purpose carries one of these codes. User-facing messages say
 * what to do next; adapters map codes to replies in their one final error handler.
 */
export type ErrorCode =
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFIG_INVALID'
  | 'INSECURE_CONFIG'
  | 'MIGRATION_FAILED'
  | 'DATA_DIR_LOCKED'
  | 'DATA_DIR_UNUSABLE'
  | 'STORAGE_UNAVAILABLE'
  | 'KNOWLEDGE_INVALID'
  | 'INTERNAL';

export class AppError extends Error {
  readonly code: ErrorCode;
  /** The input field the problem concerns (a form field such as `cadence`), when there is one. */
  readonly field?: string;
  /** Every field's problem, when a form has several at once (`field` is the first of them). */
  readonly fields?: Readonly<Record<string, string>>;
  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; field?: string; fields?: Readonly<Record<string, string>> },
  ) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
    if (options?.field !== undefined) this.field = options.field;
    if (options?.fields !== undefined) this.fields = options.fields;
  }
}

/** The same error, now known to concern `field` (kept when it already names one). */
export function onField(error: AppError, field: string): AppError {
  if (error.field !== undefined) return error;
  return new AppError(error.code, error.message, { cause: error.cause, field });
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
