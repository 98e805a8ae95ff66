import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Activity, Request, Response } from 'botbuilder';
import type { Logger } from '../../logger.ts';
import type { HttpMount } from '../../ops/http-server.ts';
import { BodyError, readBody } from '../../ops/read-body.ts';
import { settleAll } from '../../ops/settle-all.ts';
import { errorSummary } from './activity.ts';

/** Activities the SDK or the routes could not cope with are answered and dropped here. */
function problemWith(activity: Partial<Activity> | undefined): string | undefined {
  if (!activity || typeof activity !== 'object') return 'no activity';
  if (typeof activity.type !== 'string') return 'no type';
  if (!activity.channelId) return 'no channelId';
  if (!activity.conversation?.id) return 'no conversation';
  if (!activity.from?.id) return 'no sender';
  if (!activity.recipient?.id) return 'no recipient';
  if (typeof activity.serviceUrl !== 'string') return 'no serviceUrl';
  return undefined;
}

function sendJson(res: ServerResponse, status: number, payload: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...(payload ? { 'content-type': 'application/json' } : {}), ...extra });
  res.end(payload);
}

/** The request body as a JSON activity (an object with a string `type`), or the status refusing it. */
async function activityBody(req: HttpRequest, limit: number): Promise<Record<string, unknown> | 413 | 400> {
  let raw: Buffer;
  try {
    raw = await readBody(req, limit);
  } catch (error) {
    return error instanceof BodyError ? error.status : 400;
  }
  try {
    const body: unknown = JSON.parse(raw.toString('utf8'));
    if (!body || typeof body !== 'object' || Array.isArray(body)) return 400;
    const record = body as Record<string, unknown>;
    return typeof record.type === 'string' ? record : 400;
  } catch {
    return 400;
  }
}

/** What botbuilder writes to its Express-style response, kept to be sent afterwards. */
export class CapturedResponse implements Response {
  statusCode = 200;
  body: unknown;
  constructor(readonly socket: unknown) {}
  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  header(_name: string, _value: unknown): this {
    return this;
  }
  send(value?: unknown): this {
    this.body = value;
    return this;
  }
  end(): this {
    return this;
  }
}

/** The Teams endpoint, and a way to wait for the turns it is still running. */
export interface TeamsMount extends HttpMount {
  /**
   * Resolves once every turn started so far (and any started meanwhile) has ended, its replies
   * sent or given up, or at `deadline` (ms since the epoch). A turn goes on when its caller hangs
   * up, so closing the HTTP server does not wait for it: stopping waits here before the database
   * and the connector go.
   */
  settled(deadline: number): Promise<void>;
}

/**
 * `/api/messages`: a JSON activity of at most `bodyLimit` bytes (413 from Content-Length before
 * reading), authenticated by botbuilder, then run by the application. botbuilder needs an
 * Express-style request and response; the captured response is sent once the turn is done.
 * A turn's error is logged here by name and code (botbuilder would print the whole error object,
 * which can quote what a person wrote, to stderr) and answered 500.
 */
export function createTeamsMount(options: {
  adapter: TeamsAdapter;
  application: Application<TurnState>;
  log: Logger;
  bodyLimit: number;
}): TeamsMount {
  const { adapter, application, log } = options;
  const running = new Set<Promise<void>>();
  const mount: TeamsMount = {
    prefix: '/api/messages',
    settled: (deadline) => settleAll(running, deadline),
    handle: async (req: HttpRequest, res: ServerResponse) => {
      const turn = handle(req, res);
      running.add(turn);
      try {
        await turn;
      } finally {
        running.delete(turn);
      }
    },
  };
  const handle = async (req: HttpRequest, res: ServerResponse) => {
    if (req.method !== 'POST') return sendJson(res, 405, '{"error":"method not allowed"}', { allow: 'POST' });
    const body = await activityBody(req, options.bodyLimit);
    if (body === 413) return sendJson(res, 413, '{"error":"too large"}');
    if (body === 400) return sendJson(res, 400, '{"error":"the body must be a JSON activity"}');
    const captured = new CapturedResponse(req.socket);
    const request: Request = { body, headers: req.headers, method: req.method };
    let logicRan = false;
    let turnError: unknown;
    await adapter.process(request, captured, async (context) => {
      logicRan = true;
      const problem = problemWith(context.activity);
      if (problem) {
        log.warn({ problem, type: context.activity?.type }, 'activity ignored');
        return;
      }
      try {
        await application.run(context);
      } catch (error) {
        turnError = error;
      }
    });
    let status = turnError === undefined ? captured.statusCode : 500;
    let responseBody = captured.body;
    // A bad signature or a token not yet valid surfaces as 500 from botbuilder: before the
    // logic ran, every failure is an authentication failure.
    if (!logicRan && status >= 500) status = 401;
    if (status === 401) {
      log.warn('teams request rejected: not authenticated');
      responseBody = { error: 'unauthorized' };
    } else if (status >= 500) {
      log.error(
        { status, ...(turnError === undefined ? {} : { err: errorSummary(turnError) }) },
        'teams turn failed',
      );
      responseBody = { error: 'internal error' };
    }
    const payload =
      responseBody === undefined
        ? ''
        : typeof responseBody === 'string'
          ? responseBody
          : JSON.stringify(responseBody);
    sendJson(res, status, payload);
  };
  return mount;
}
