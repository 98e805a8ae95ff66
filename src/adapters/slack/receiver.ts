import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import { type Logger as BoltLogger, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { InstallProvider } from '@slack/oauth';
import type { SlackConfig } from '../../config.ts';
import type { Logger } from '../../logger.ts';
import type { HttpMount } from '../../ops/http-server.ts';
import { BodyError, readBody } from '../../ops/read-body.ts';
import type { SlackMetrics } from './context.ts';
import { verifySlackSignature } from './verify-signature.ts';

/** Anything shaped like a Slack token (bot, user, app, refresh, config). */
const TOKEN = /\bxox[a-z]-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+|\bxoxe\.[A-Za-z0-9.-]+/g;

/**
 * Bolt's and the Web API client's logger, onto ours: warnings and errors only, as one short JSON
 * line without payloads (only the strings the SDK writes and error names), tokens redacted.
 * Without it the SDKs write their own unstructured lines to the console.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const line = (args: unknown[]) =>
    args
      .map((a) => {
        if (a instanceof Error) {
          const code = (a as { code?: string }).code;
          return `${a.name}${code ? ` ${code}` : ''}`;
        }
        return typeof a === 'string' ? a : '';
      })
      .filter(Boolean)
      .join(' ')
      .replace(TOKEN, '[redacted]')
      .slice(0, 300);
  return {
    debug: () => {},
    info: () => {},
    warn: (...args) => logger.warn({ component: 'slack' }, line(args)),
    error: (...args) => logger.error({ component: 'slack' }, line(args)),
    setLevel: () => {},
    getLevel: () => LogLevel.WARN,
    setName: () => {},
  };
}

function header(req: HttpRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function respondStatus(res: ServerResponse, status: number, body = ''): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/** Bolt's receiver: Socket Mode with an app token, otherwise HTTP fed by the mount below. */
export function createBoltReceiver(
  config: SlackConfig,
  bolt: BoltLogger,
  log: Logger,
): HTTPReceiver | SocketModeReceiver {
  if (config.appToken) {
    return new SocketModeReceiver({
      appToken: config.appToken,
      logger: bolt,
      installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
    });
  }
  return new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: '/slack/events',
    // Every request reaches this receiver through the mount below, which has checked the
    // signature and its timestamp already (`admit`); checking the same HMAC twice cost every event.
    // The receiver is never started on a port of its own.
    signatureVerification: false,
    processBeforeResponse: false,
    logger: bolt,
    processEventErrorHandler: async ({ error, response }) => {
      log.error(
        { err: { name: (error as Error).name, code: (error as { code?: string }).code } },
        'Slack event failed',
      );
      if (!response.headersSent) respondStatus(response, 500);
      return false;
    },
  });
}

export interface SlackMountOptions {
  config: SlackConfig;
  receiver: HTTPReceiver | SocketModeReceiver;
  installer?: InstallProvider;
  /** The OAuth redirect, when the public address is known. */
  redirectUri?: string;
  scopes: string[];
  log: Logger;
  metrics?: SlackMetrics;
  /** Largest request body accepted. */
  bodyLimit: number;
  /** Turns waiting now, and how many may wait before the endpoint answers 503. */
  queued(): number;
  maxQueued: number;
}

const KNOWN_TYPES = new Set(['event_callback', 'url_verification', 'app_rate_limited']);

/**
 * Checks an events request before Bolt sees it: size (413 from Content-Length before reading),
 * backpressure (503 with Retry-After), signature and a timestamp within five minutes either way
 * (401), well-formed JSON of a known type. Returns the raw body, or undefined when answered here.
 */
async function admit(
  req: HttpRequest,
  res: ServerResponse,
  o: SlackMountOptions,
): Promise<Buffer | undefined> {
  let raw: Buffer;
  try {
    raw = await readBody(req, o.bodyLimit);
  } catch (error) {
    const status = error instanceof BodyError ? error.status : 400;
    o.log.warn({ status }, 'Slack request refused: body too large or broken off');
    respondStatus(res, status);
    return undefined;
  }
  if (o.queued() >= o.maxQueued) {
    o.metrics?.inboundRequest('slack', 'rejected');
    o.log.warn({ queued: o.queued() }, 'Slack request deferred: too many turns waiting');
    res.setHeader('retry-after', '5');
    respondStatus(res, 503);
    return undefined;
  }
  if (o.config.signatureVerification) {
    const check = verifySlackSignature({
      signingSecret: o.config.signingSecret,
      body: raw.toString('utf8'),
      timestamp: header(req, 'x-slack-request-timestamp'),
      signature: header(req, 'x-slack-signature'),
    });
    if (!check.ok) {
      o.metrics?.inboundRequest('slack', 'rejected');
      o.log.warn({ reason: check.reason }, 'Slack request refused: not verified');
      respondStatus(res, 401);
      return undefined;
    }
  }
  if ((header(req, 'content-type') ?? '').startsWith('application/json')) {
    let type: unknown;
    try {
      type = (JSON.parse(raw.toString('utf8')) as { type?: unknown } | null)?.type;
    } catch {
      o.log.warn({ status: 400 }, 'Slack request refused: malformed JSON');
      respondStatus(res, 400);
      return undefined;
    }
    if (typeof type !== 'string' || !KNOWN_TYPES.has(type)) {
      o.log.warn({ type: String(type).slice(0, 40) }, 'Slack payload of an unknown type ignored');
      respondStatus(res, 200);
      return undefined;
    }
  }
  return raw;
}

/** The HTTP endpoints under `/slack`: events, and the OAuth install and redirect paths. */
export function createSlackMount(o: SlackMountOptions): HttpMount {
  const { config, installer } = o;
  return {
    prefix: '/slack',
    handle: async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path === '/slack/events') {
        if (config.appToken)
          return respondStatus(res, 404, 'Socket Mode is on: events arrive over the socket.');
        if (req.method !== 'POST') return respondStatus(res, 405);
        const raw = await admit(req, res, o);
        if (!raw || !(o.receiver instanceof HTTPReceiver)) return;
        // Bolt reads the body we already have rather than the drained stream.
        Object.assign(req, { rawBody: raw });
        o.receiver.requestListener(req, res);
        return;
      }
      const redirect = o.redirectUri ? { redirectUri: o.redirectUri } : {};
      if (installer && req.method === 'GET' && path === '/slack/install') {
        return installer.handleInstallPath(req, res, undefined, { scopes: o.scopes, ...redirect });
      }
      if (installer && req.method === 'GET' && path === '/slack/oauth_redirect') {
        return installer.handleCallback(req, res, {
          failure: (error, _options, _req, response) => {
            o.log.warn({ code: (error as { code?: string }).code }, 'Slack installation failed');
            response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
            response.end('The installation did not complete. Please try again from the install link.');
          },
        });
      }
      respondStatus(res, 404);
    },
  };
}
