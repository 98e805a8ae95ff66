import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { checkMessage, checkView, type LimitProblem } from '../render/check-blocks.ts';

const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update']);
const VIEW_METHODS = new Set(['views.open', 'views.update', 'views.push', 'views.publish']);

/** What Slack would refuse in a call: its blocks or view over Block Kit's limits. */
function limitProblems(method: string, params: Record<string, unknown>): LimitProblem[] {
  if (MESSAGE_METHODS.has(method)) return checkMessage(params);
  if (VIEW_METHODS.has(method)) return checkView(params.view);
  return [];
}

/** One Web API call the fake received. */
export interface ApiCall {
  method: string;
  token?: string;
  params: Record<string, unknown>;
  at: number;
}

type Override = (call: ApiCall, res: ServerResponse) => boolean | Promise<boolean>;

/**
 * A small Slack service on loopback: the Web API methods the adapter uses, `response_url`s, file
 * uploads, OAuth token exchange and a Socket Mode WebSocket. It records every call and can be
 * told to answer 429, fail, be slow or drop a response after acting on it.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: { id: string; body: Record<string, unknown> }[] = [];
  /** Calls and responses refused for breaking Block Kit's limits, as Slack refuses them. */
  readonly refused: { method: string; problems: LimitProblem[] }[] = [];
  /** File contents uploaded to the upload URLs, as received. */
  readonly uploads: { id: string; body: string }[] = [];
  /** Messages per channel, newest last, as conversations.history returns them (newest first). */
  readonly channels = new Map<string, Record<string, unknown>[]>();
  readonly sockets: WebSocket[] = [];
  /** Envelope ids the Socket Mode client acknowledged. */
  readonly acks: string[] = [];
  socketConnections = 0;
  /** oauth.v2.access answers, by grant: the test sets what a code or refresh token returns. */
  oauth: (params: Record<string, unknown>) => Record<string, unknown> = () => ({
    ok: false,
    error: 'invalid_code',
  });
  /** Tokens Slack no longer accepts (the app was uninstalled): every call with one is refused. */
  readonly revoked = new Set<string>();
  /** The workspace `auth.test` names. */
  teamId = 'T1';
  private readonly overrides: { method: string; times: number; fn: Override }[] = [];
  private server?: Server;
  private wss?: WebSocketServer;
  private ts = 1_700_000_000;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (socket) => {
      this.socketConnections++;
      this.sockets.push(socket);
      socket.on('message', (data) => {
        const msg = JSON.parse(data.toString()) as { envelope_id?: string };
        if (msg.envelope_id) this.acks.push(msg.envelope_id);
      });
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { approximate_connection_time: 3600 },
        }),
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((resolve) => this.wss?.close(() => resolve()));
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** Handles the next `times` calls of `method` with `fn` (return false to fall through). */
  override(method: string, fn: Override, times = 1): void {
    this.overrides.push({ method, times, fn });
  }

  /** The next `times` calls of `method` answer 429 with this Retry-After. */
  rateLimit(method: string, retryAfterSeconds: number, times = 1): void {
    this.override(
      method,
      (_call, res) => {
        res.writeHead(429, { 'retry-after': String(retryAfterSeconds), 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return true;
      },
      times,
    );
  }

  /** The next `times` calls of `method` are acted on, then the connection is cut before any answer. */
  dropResponse(method: string, times = 1): void {
    this.override(
      method,
      async (call, res) => {
        this.answer(call);
        res.socket?.destroy();
        return true;
      },
      times,
    );
  }

  /** The next `times` calls of `method` fail with HTTP 500. */
  serverError(method: string, times = 1): void {
    this.override(
      method,
      (_call, res) => {
        res.writeHead(500);
        res.end('internal error');
        return true;
      },
      times,
    );
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Sends a Socket Mode envelope to the newest connection. */
  sendEnvelope(envelope: Record<string, unknown>): void {
    const socket = this.sockets.filter((s) => s.readyState === WebSocket.OPEN).at(-1);
    if (!socket) throw new Error('no open socket');
    socket.send(JSON.stringify(envelope));
  }

  /** Cuts every open socket without a goodbye, as a network failure would. */
  dropSockets(): void {
    for (const s of this.sockets) if (s.readyState === WebSocket.OPEN) s.terminate();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', this.url).pathname;
    if (path.startsWith('/respond/')) {
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      const problems = body.delete_original ? [] : checkMessage(body);
      if (problems.length > 0) {
        this.refused.push({ method: 'response_url', problems });
        res.writeHead(400, { 'content-type': 'text/plain' });
        return void res.end('invalid_blocks');
      }
      this.responses.push({ id: path.slice('/respond/'.length), body });
      return json(res, { ok: true });
    }
    if (path.startsWith('/upload/')) {
      this.uploads.push({ id: path.slice('/upload/'.length), body: raw });
      res.writeHead(200);
      return void res.end('OK');
    }
    if (!path.startsWith('/api/')) {
      res.writeHead(404);
      return void res.end();
    }
    const method = path.slice('/api/'.length);
    const type = req.headers['content-type'] ?? '';
    let params: Record<string, unknown> = {};
    if (type.includes('application/json')) params = raw ? JSON.parse(raw) : {};
    else params = Object.fromEntries(new URLSearchParams(raw));
    for (const [k, v] of Object.entries(params)) {
      if (typeof v === 'string' && /^[[{]/.test(v)) {
        try {
          params[k] = JSON.parse(v);
        } catch {
          // not JSON: keep the string
        }
      }
    }
    const auth = req.headers.authorization;
    const call: ApiCall = { method, token: auth?.replace(/^Bearer /, ''), params, at: Date.now() };
    this.calls.push(call);
    if (call.token && this.revoked.has(call.token) && !method.startsWith('oauth.')) {
      return json(res, { ok: false, error: 'token_revoked' });
    }
    const problems = limitProblems(method, params);
    if (problems.length > 0) {
      this.refused.push({ method, problems });
      return json(res, {
        ok: false,
        error: 'invalid_blocks',
        errors: problems.map((p) => `${p.path} ${p.problem}`),
      });
    }
    const override = this.overrides.find((o) => o.method === method && o.times > 0);
    if (override) {
      override.times--;
      if (await override.fn(call, res)) return;
    }
    json(res, this.answer(call));
  }

  private answer(call: ApiCall): Record<string, unknown> {
    const p = call.params;
    switch (call.method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: this.teamId, team: 'Test team' };
      case 'chat.postMessage': {
        const channel = String(p.channel);
        const ts = `${this.ts++}.000100`;
        const list = this.channels.get(channel) ?? [];
        list.push({
          ts,
          user: 'UBOT',
          bot_id: 'BBOT',
          text: p.text,
          blocks: p.blocks,
          thread_ts: p.thread_ts,
          metadata: p.metadata,
        });
        this.channels.set(channel, list);
        return { ok: true, channel, ts, message: { ts, text: p.text } };
      }
      case 'chat.update': {
        const message = this.channels.get(String(p.channel))?.find((m) => m.ts === p.ts);
        if (!message) return { ok: false, error: 'message_not_found' };
        Object.assign(message, { text: p.text, blocks: p.blocks, edited: true });
        return { ok: true, channel: p.channel, ts: p.ts, text: p.text };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${this.ts++}.000200` };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(p.users)}` } };
      case 'conversations.history':
        return {
          ok: true,
          messages: [...(this.channels.get(String(p.channel)) ?? [])].reverse(),
          has_more: false,
        };
      case 'conversations.replies': {
        const ts = String(p.ts);
        const thread = (this.channels.get(String(p.channel)) ?? []).filter(
          (m) => m.ts === ts || m.thread_ts === ts,
        );
        return { ok: true, messages: thread, has_more: false };
      }
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return { ok: true, view: { id: `V${this.ts++}` } };
      case 'files.getUploadURLExternal':
        return { ok: true, upload_url: `${this.url}/upload/F${this.ts}`, file_id: `F${this.ts++}` };
      case 'files.completeUploadExternal':
        return { ok: true, files: (p.files as { id: string }[] | undefined) ?? [] };
      case 'apps.connections.open':
        return { ok: true, url: `${this.url.replace('http', 'ws')}/socket` };
      case 'oauth.v2.access':
        return this.oauth(p);
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
