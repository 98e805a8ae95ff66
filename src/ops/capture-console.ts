/**
 * The SDKs (botbuilder, teams-ai, jsonwebtoken via botframework-connector) write to the console on
 * their own: stack traces, "Available keys: -----BEGIN RSA PUBLIC KEY-----…", token claims. While
 * captured, every console call becomes one JSON line through the logger instead, carrying only a
 * short, cleaned first line and the names of any errors: never key material, tokens, claims
 * (objects are not written out) or message text.
 */
import type { Logger } from '../logger.ts';

const PEM = /-----BEGIN [^-]*-----[\s\S]*?(?:-----END [^-]*-----|$)/g;
const JWT = /\beyJ[\w-]{5,}\.[\w-]{5,}\.?[\w-]*/g;
const BEARER = /\bBearer\s+\S+/gi;
const JSONISH = /[[{][\s\S]*$/;
const MAX = 160;

/** What may be logged of a console call's arguments. */
export function summarizeConsoleArgs(args: readonly unknown[]): {
  detail?: string;
  errors?: { name: string; code?: string }[];
  objects?: number;
} {
  const errors: { name: string; code?: string }[] = [];
  let detail: string | undefined;
  let objects = 0;
  for (const arg of args) {
    if (arg instanceof Error) {
      const code = (arg as { code?: unknown }).code;
      errors.push({ name: arg.name, ...(typeof code === 'string' ? { code } : {}) });
    } else if (typeof arg === 'string' && detail === undefined) {
      const first = arg.replace(PEM, '(key)').replace(JWT, '(token)').replace(BEARER, 'Bearer (token)');
      const line = (first.split('\n')[0] ?? '').replace(JSONISH, '').trim();
      if (line) detail = line.length > MAX ? `${line.slice(0, MAX)}…` : line;
    } else if (arg !== undefined && arg !== null && typeof arg === 'object') {
      objects++;
    }
  }
  return {
    ...(detail ? { detail } : {}),
    ...(errors.length ? { errors } : {}),
    ...(objects ? { objects } : {}),
  };
}

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'trace';
const LEVELS: Record<ConsoleMethod, 'info' | 'warn' | 'debug'> = {
  log: 'info',
  info: 'info',
  // The SDKs report a refused request (a bad token) on console.error: a warning for the service.
  warn: 'warn',
  error: 'warn',
  debug: 'debug',
  trace: 'debug',
};

let installed: { originals: Partial<Record<ConsoleMethod, unknown>>; users: number } | undefined;

/**
 * Routes console output through `logger` until the returned function is called (nested captures
 * share the first logger; the console is restored when the last one ends).
 */
export function captureConsole(logger: Logger): () => void {
  if (installed) {
    installed.users++;
  } else {
    const log = logger.child({ source: 'sdk-console' });
    const originals: Partial<Record<ConsoleMethod, unknown>> = {};
    for (const method of Object.keys(LEVELS) as ConsoleMethod[]) {
      originals[method] = console[method];
      console[method] = (...args: unknown[]) => {
        log[LEVELS[method]](summarizeConsoleArgs(args), 'sdk console output');
      };
    }
    installed = { originals, users: 1 };
  }
  let done = false;
  return () => {
    if (done || !installed) return;
    done = true;
    installed.users--;
    if (installed.users > 0) return;
    Object.assign(console, installed.originals);
    installed = undefined;
  };
}
