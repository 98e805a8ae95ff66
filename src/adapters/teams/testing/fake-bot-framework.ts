/**
 * Loopback stand-ins for the Microsoft side of a Teams bot, for the adapter's tests and the load
 * test: an OpenID issuer with its own RSA signing key (metadata, JWKS and RS256 tokens signed with
 * node:crypto), a client-credentials token endpoint for outbound calls, and a Bot Connector service
 * that records replies, updates and proactive posts and can be told to fail.
 *
 * Nothing here is used in production: `createTeamsAdapter` only takes these through its test
 * options.
 */
import { createHash, generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const b64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function listen(server: Server, port = 0): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Claims for a channel token; anything given replaces the default. */
export interface TokenClaims {
  iss?: string;
  aud?: string;
  serviceurl?: string;
  exp?: number;
  nbf?: number;
  iat?: number;
  [claim: string]: unknown;
}

/**
 * A fake OpenID issuer (Bot Framework channel side): `/<key id>/.well-known/openid-configuration`,
 * `/<key id>/keys`, and `token()` to sign channel tokens with its key. `alsoSignWith` signs with an
 * unrelated key under the same key id, for bad-signature tests.
 */
export class FakeOpenIdIssuer {
  readonly issuer = 'https://api.botframework.test';
  private readonly server: Server;
  private readonly privateKey: KeyObject;
  private readonly jwk: { n?: string; e?: string };
  readonly keyId = `test-${randomUUID().slice(0, 8)}`;
  url = '';
  metadataRequests = 0;

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.jwk = publicKey.export({ format: 'jwk' });
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === `/${this.keyId}/.well-known/openid-configuration`) {
        this.metadataRequests++;
        return json(res, 200, {
          issuer: this.issuer,
          jwks_uri: `${this.url}/${this.keyId}/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['private_key_jwt'],
        });
      }
      if (path === `/${this.keyId}/keys`) {
        return json(res, 200, {
          keys: [{ kty: 'RSA', use: 'sig', alg: 'RS256', kid: this.keyId, n: this.jwk.n, e: this.jwk.e }],
        });
      }
      json(res, 404, { error: 'not found' });
    });
  }

  get metadataUrl(): string {
    // botbuilder keeps the metadata it read, keyed by this URL, for the whole process, and looks
    // a key id up again only an hour later. Test files share a process, and a later issuer can be
    // given a port an earlier one had: with its own key id in the path, it is never taken for one
    // met before (whose keys would not sign its tokens: 401 on a first request).
    return `${this.url}/${this.keyId}/.well-known/openid-configuration`;
  }

  /** Listens on `port` (any free one by default). */
  async start(port = 0): Promise<this> {
    this.url = await listen(this.server, port);
    return this;
  }

  stop(): Promise<void> {
    return close(this.server);
  }

  /** A channel token for `appId`, valid for an hour, for requests from `serviceUrl`. */
  token(
    appId: string,
    serviceUrl: string,
    claims: TokenClaims = {},
    key: KeyObject = this.privateKey,
  ): string {
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      iss: this.issuer,
      aud: appId,
      serviceurl: serviceUrl,
      nbf: now - 60,
      iat: now - 60,
      exp: now + 3600,
      ...claims,
    };
    const header = { alg: 'RS256', typ: 'JWT', kid: this.keyId };
    const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
    const signature = sign('sha256', Buffer.from(signingInput), key);
    return `${signingInput}.${b64url(signature)}`;
  }

  /** A token signed by a key the issuer does not publish, under the issuer's key id. */
  forgedToken(appId: string, serviceUrl: string): string {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return this.token(appId, serviceUrl, {}, privateKey);
  }

  /**
   * The configuration keys `ConfigurationBotFrameworkAuthentication` reads, all pointed here
   * (setting one makes botbuilder treat every one as given).
   */
  authSettings(tokenEndpoint: string): Record<string, string> {
    return {
      ToBotFromChannelOpenIdMetadataUrl: this.metadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: this.metadataUrl,
      ToBotFromChannelTokenIssuer: this.issuer,
      ToChannelFromBotLoginUrl: tokenEndpoint,
      ToChannelFromBotOAuthScope: 'https://api.botframework.test',
      OAuthUrl: `${this.url}/oauth`,
      CallerId: 'urn:botframework:test',
      ValidateAuthority: 'false',
    };
  }
}

/** A client-credentials token endpoint: checks the app id and password, counts what it issued. */
export class FakeTokenEndpoint {
  private readonly server: Server;
  url = '';
  issued = 0;
  rejected = 0;

  constructor(
    private readonly appId: string,
    private readonly password: string,
  ) {
    this.server = createServer((req, res) => {
      void readBody(req).then((body) => {
        const form = new URLSearchParams(body);
        if (
          form.get('grant_type') !== 'client_credentials' ||
          form.get('client_id') !== this.appId ||
          form.get('client_secret') !== this.password
        ) {
          this.rejected++;
          return json(res, 401, { error: 'invalid_client' });
        }
        this.issued++;
        json(res, 200, {
          token_type: 'Bearer',
          expires_in: 3600,
          access_token: `outbound-${createHash('sha256').update(`${this.issued}`).digest('hex').slice(0, 24)}`,
        });
      });
    });
  }

  get tokenUrl(): string {
    return `${this.url}/token`;
  }

  async start(): Promise<this> {
    this.url = await listen(this.server);
    return this;
  }

  stop(): Promise<void> {
    return close(this.server);
  }
}

/** One request the fake connector received. */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  /** The activity id in the path (the replied-to or updated activity), if any. */
  activityId?: string;
  authorization?: string;
  body: Record<string, unknown>;
  at: number;
}

/** What the fake connector answers next for a matching request (once each). */
export interface ConnectorFailure {
  status: number;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  body?: unknown;
  /** Only requests whose path contains this. */
  pathIncludes?: string;
}

/**
 * A Bot Connector service: `POST /v3/conversations/{id}/activities[/{replyToId}]` (replies and
 * proactive posts), `PUT .../activities/{id}` (card updates), `POST /v3/conversations` (new
 * conversations). Every call is recorded; `failNext` queues error answers.
 */
export class FakeBotConnector {
  private readonly server: Server;
  url = '';
  readonly calls: ConnectorCall[] = [];
  /** Requests answered with an error (not recorded in `calls`). */
  readonly failed: ConnectorCall[] = [];
  private readonly failures: ConnectorFailure[] = [];
  /** Answers every request for these conversations with 403 "bot not in conversation". */
  readonly removedFrom = new Set<string>();
  /** Milliseconds to wait before answering, to simulate a slow connector. */
  delayMs = 0;
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor() {
    this.server = createServer((req, res) => {
      void readBody(req).then(async (text) => {
        const url = req.url ?? '/';
        const m = /^\/v3\/conversations(?:\/([^/]+)(?:\/activities(?:\/([^/?]+))?)?)?/.exec(url);
        if (!m) return json(res, 404, { error: { code: 'NotFound', message: 'unknown path' } });
        let body: Record<string, unknown> = {};
        try {
          body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
        } catch {
          return json(res, 400, { error: { code: 'BadSyntax', message: 'bad json' } });
        }
        const call: ConnectorCall = {
          method: req.method ?? 'GET',
          path: url,
          conversationId: decodeURIComponent(m[1] ?? ''),
          activityId: m[2] ? decodeURIComponent(m[2]) : undefined,
          authorization: req.headers.authorization,
          body,
          at: Date.now(),
        };
        if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
        if (this.removedFrom.has(call.conversationId.split(';')[0] ?? '')) {
          this.failed.push(call);
          return json(res, 403, {
            error: {
              code: 'BotNotInConversationRoster',
              message: 'The bot is not part of the conversation roster.',
            },
          });
        }
        const index = this.failures.findIndex((f) => !f.pathIncludes || url.includes(f.pathIncludes));
        if (index >= 0) {
          const [failure] = this.failures.splice(index, 1);
          if (failure) {
            this.failed.push(call);
            const headers: Record<string, string> =
              failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {};
            return json(
              res,
              failure.status,
              failure.body ?? { error: { code: 'Failure', message: `status ${failure.status}` } },
              headers,
            );
          }
        }
        this.calls.push(call);
        this.waiters = this.waiters.filter((w) => {
          if (this.calls.length >= w.count) {
            w.resolve();
            return false;
          }
          return true;
        });
        if (call.method === 'POST' && !m[1]) {
          return json(res, 201, { id: `a:${randomUUID()}`, activityId: randomUUID() });
        }
        json(res, 200, {
          id: call.method === 'PUT' ? call.activityId : `1${Date.now()}${this.calls.length}`,
        });
      });
    });
  }

  async start(): Promise<this> {
    this.url = await listen(this.server);
    return this;
  }

  stop(): Promise<void> {
    return close(this.server);
  }

  /** Queues error answers, used once each in order. */
  failNext(...failures: ConnectorFailure[]): void {
    this.failures.push(...failures);
  }

  /** Resolves once at least `count` calls have succeeded (rejects after `timeoutMs`). */
  waitForCalls(count: number, timeoutMs = 10_000): Promise<void> {
    if (this.calls.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`expected ${count} connector calls, got ${this.calls.length}`)),
        timeoutMs,
      );
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  /** Calls that sent a message (replies and posts), not typing indicators. */
  messages(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'POST' && c.body.type === 'message');
  }

  reset(): void {
    this.calls.length = 0;
    this.failed.length = 0;
    this.failures.length = 0;
    this.removedFrom.clear();
    this.delayMs = 0;
  }
}
