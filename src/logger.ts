import pino, { type Logger } from 'pino';

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

/** A JSON logger on stderr, so stdout stays free for chat and `ask --json`. */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    { level, base: { app: 'joinedup' }, redact: { paths: redactPaths, censor: '[redacted]' } },
    destination as pino.DestinationStream,
  );
}
