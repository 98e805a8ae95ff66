import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './metrics.ts';

/** One readiness check: a name and whether it passes; never details that could leak anything. */
export type ReadinessCheck = () => Promise<boolean>;

export interface OpsServerOptions {
  metrics: Metrics;
  checks: Record<string, ReadinessCheck>;
  /** How long a single check may take before it counts as failed. */
  checkTimeoutMs?: number;
  /**
   * The adapters' endpoints on the same port (Slack events, Teams messages, the dashboard), each
   * under its own path prefix. A mount sees every method; the operations paths stay GET-only.
   */
  mounts?: HttpMount[];
  /**
   * Close each connection after its response. Used while starting: the event loop can then be
   * busy for seconds (migrations), and a kept-alive socket could be closed under a client.
   */
  closeConnections?: boolean;
}

/** A handler mounted under a path prefix, e.g. `/slack` or `/dashboard`. */
export interface HttpMount {
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

export interface OpsServer {
  server: Server;
  url: string;
  /** Stops accepting connections and waits for open ones (bounded by the caller's deadline). */
  close(): Promise<void>;
  /**
   * Serves with new options from now on, on the same socket: the server that answered "not
   * ready" during start-up becomes the full one without the port ever closing. Also makes the
   * server keep the process alive again if it was `unref()`ed meanwhile.
   */
  reconfigure(options: OpsServerOptions): OpsServer;
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

async function runChecks(
  options: OpsServerOptions,
): Promise<{ ready: boolean; checks: Record<string, boolean> }> {
  const timeout = options.checkTimeoutMs ?? 2000;
  const entries = await Promise.all(
    Object.entries(options.checks).map(async ([name, check]) => {
      const timer = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeout).unref());
      const ok = await Promise.race([check().catch(() => false), timer]);
      return [name, ok] as const;
    }),
  );
  const checks = Object.fromEntries(entries);
  return { ready: entries.every(([, ok]) => ok), checks };
}

/**
 * The operations endpoints, unauthenticated and revealing nothing sensitive: `/healthz` (the
 * process is alive), `/readyz` (database reachable, migrations applied, scheduler ticking) and
 * `/metrics` (Prometheus text); and the adapters' endpoints mounted beside them.
 */
export function startOpsServer(port: number, host: string, initial: OpsServerOptions): Promise<OpsServer> {
  const options: OpsServerOptions = { ...initial };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (options.closeConnections) res.setHeader('connection', 'close');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const mount = options.mounts?.find((m) => path === m.prefix || path.startsWith(`${m.prefix}/`));
    if (mount) {
      Promise.resolve()
        .then(() => mount.handle(req, res))
        .catch(() => {
          if (!res.headersSent) send(res, 500, '{"error":"internal error"}');
          else res.destroy();
        });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, '{"error":"method not allowed"}');
    if (path === '/healthz') return send(res, 200, '{"status":"ok"}');
    if (path === '/readyz') {
      void runChecks(options).then(
        (result) =>
          send(
            res,
            result.ready ? 200 : 503,
            JSON.stringify({ status: result.ready ? 'ready' : 'not ready', checks: result.checks }),
          ),
        () => send(res, 503, '{"status":"not ready"}'),
      );
      return;
    }
    if (path === '/metrics') {
      void options.metrics.render().then(
        (text) => send(res, 200, text, options.metrics.contentType),
        () => send(res, 500, '{"error":"metrics unavailable"}'),
      );
      return;
    }
    send(res, 404, '{"error":"not found"}');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const ops: OpsServer = {
        server,
        url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
          }),
        reconfigure(next) {
          Object.assign(
            options,
            { mounts: undefined, checkTimeoutMs: undefined, closeConnections: undefined },
            next,
          );
          server.ref();
          return ops;
        },
      };
      resolve(ops);
    });
  });
}
