import pino, { type Logger } from 'pino';
import { currentLogContext } from './ops/log-context.ts';

export type { Logger } from 'pino';

/**
 * Paths that may hold secrets or message text. Message text is never logged in the first place;
 * this is the safety net for objects logged whole.
 */
export const redactPaths = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'text',
  '*.text',
  'message',
  '*.message.text',
  'question',
  '*.question',
  'databaseUrl',
  '*.databaseUrl',
];

/**
 * A JSON logger on stderr, so stdout stays free for chat and `ask --json`. Every line carries the
 * ids of the unit of work it was written in (`turnId`, `tickId`, `workspaceId`: see
 * `runWithLogContext` in src/ops/log-context.ts).
 */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: { app: 'joinedup' },
      redact: { paths: redactPaths, censor: '[redacted]' },
      // A copy: pino merges the line's own fields into what the mixin returns.
      mixin: () => ({ ...currentLogContext() }),
    },
    destination as pino.DestinationStream,
  );
}
