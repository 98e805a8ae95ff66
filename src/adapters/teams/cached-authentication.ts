// botbuilder validates every incoming request's JSON Web Token from scratch (an RSA signature
// check and a public key parsed from text each time) and builds a new connector client and user
// token client, each with its own HTTP pipeline, for every turn: together about a fifth of a
// whole Teams turn's time on the event loop (docs/performance.md, "Teams turns"). The Bot
// Connector sends the same token for many requests until it expires, and a client for one service
// URL serves any number of turns (botbuilder's earlier BotFrameworkAdapter kept one per URL too).
//
// This wraps the adapter's authentication so that:
// - a token that passed validation for a channel and service URL is taken again, for that same
//   channel and service URL, until its expiry or for at most `maxAgeMs`, whichever comes first; a
//   token that failed is never remembered, and anything else is validated as before;
// - connector and user token clients are made once per app id, service URL and audience.

import type { Activity } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  BotFrameworkAuthentication,
  type BotFrameworkClient,
  ClaimsIdentity,
  type ConnectorClient,
  ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { BoundedCache } from '../../core/shared/bounded-cache.ts';

export interface CachedAuthenticationOptions {
  /** Longest a validated token is taken again without a new check (default 5 minutes). */
  maxAgeMs?: number;
  /** Most validated tokens and clients kept; the least recently used go first (default 1,000). */
  maxEntries?: number;
  now?: () => number;
}

/** A result of its own for each request: nothing one turn might change is shared with another. */
function ownCopy(result: AuthenticateRequestResult): AuthenticateRequestResult {
  const identity = result.claimsIdentity;
  return {
    ...result,
    claimsIdentity: new ClaimsIdentity(
      identity.claims.map((c) => ({ ...c })),
      // (private in the typings, read by isAuthenticated: copied as it is)
      (identity as unknown as { authenticationType?: string | boolean }).authenticationType,
    ),
  };
}

/** Whom a set of claims is for: the values botbuilder reads an app id from, together. */
function claimsKey(claimsIdentity: ClaimsIdentity): string {
  const value = (type: string) => claimsIdentity.claims.find((c) => c.type === type)?.value ?? '';
  return [value('aud'), value('azp'), value('appid'), value('ver')].join('|');
}

/** A connector factory whose clients are made once per service URL and audience. */
class CachedConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly key: string,
    private readonly clients: BoundedCache<Promise<ConnectorClient>>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${this.key}\n${serviceUrl}\n${audience ?? ''}`;
    let client = this.clients.get(key);
    if (!client) {
      client = this.inner.create(serviceUrl, audience);
      // A client that could not be made (credentials unavailable) is tried again next time.
      client.catch(() => this.clients.delete(key));
      this.clients.set(key, client);
    }
    return client;
  }
}

export class CachedBotFrameworkAuthentication extends BotFrameworkAuthentication {
  /** Validated results, each until its token's expiry or `maxAgeMs`, whichever comes first. */
  private readonly validated: BoundedCache<AuthenticateRequestResult>;
  private readonly connectorClients: BoundedCache<Promise<ConnectorClient>>;
  private readonly userTokenClients: BoundedCache<Promise<UserTokenClient>>;
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  /** Requests whose token was taken again, and those validated in full, for tests. */
  readonly counts = { reused: 0, validated: 0 };

  constructor(
    private readonly inner: BotFrameworkAuthentication,
    options: CachedAuthenticationOptions = {},
  ) {
    super();
    const max = options.maxEntries ?? 1000;
    this.maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
    this.now = options.now ?? Date.now;
    this.validated = new BoundedCache(this.maxAgeMs, max, this.now);
    this.connectorClients = new BoundedCache(Number.POSITIVE_INFINITY, max);
    this.userTokenClients = new BoundedCache(Number.POSITIVE_INFINITY, max);
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    // Only a bearer token is remembered; no header (local development) is checked every time.
    if (!authHeader?.startsWith('Bearer '))
      return this.withCachedFactory(await this.inner.authenticateRequest(activity, authHeader));
    // The checks depend on the token and on the channel and service URL it is used for.
    const key = `${activity.channelId ?? ''}\n${activity.serviceUrl ?? ''}\n${authHeader}`;
    const now = this.now();
    const hit = this.validated.get(key);
    if (hit) {
      this.counts.reused++;
      return ownCopy(hit);
    }
    const result = this.withCachedFactory(await this.inner.authenticateRequest(activity, authHeader));
    this.counts.validated++;
    const exp = Number(result.claimsIdentity.claims.find((c) => c.type === 'exp')?.value);
    // A token without an expiry is never taken again.
    if (Number.isFinite(exp)) {
      // Until the expiry or `maxAgeMs` after the request came, from the time it is stored.
      const ttl = Math.min(exp * 1000, now + this.maxAgeMs) - this.now();
      if (ttl > 0) this.validated.set(key, result, ttl);
    }
    return ownCopy(result);
  }

  authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.inner
      .authenticateStreamingRequest(authHeader, channelIdHeader)
      .then((r) => this.withCachedFactory(r));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new CachedConnectorFactory(
      this.inner.createConnectorFactory(claimsIdentity),
      claimsKey(claimsIdentity),
      this.connectorClients,
    );
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = claimsKey(claimsIdentity);
    let client = this.userTokenClients.get(key);
    if (!client) {
      client = this.inner.createUserTokenClient(claimsIdentity);
      client.catch(() => this.userTokenClients.delete(key));
      this.userTokenClients.set(key, client);
    }
    return client;
  }

  createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private withCachedFactory(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!result.connectorFactory || result.connectorFactory instanceof CachedConnectorFactory) return result;
    return {
      ...result,
      connectorFactory: new CachedConnectorFactory(
        result.connectorFactory,
        claimsKey(result.claimsIdentity),
        this.connectorClients,
      ),
    };
  }
}

/**
 * Puts the cache in front of a botbuilder adapter's own authentication. The adapter keeps it in a
 * protected field and reads it on every request; false when the field is not there.
 */
export function cacheAuthentication(
  adapter: object,
  options?: CachedAuthenticationOptions,
): CachedBotFrameworkAuthentication | undefined {
  const holder = adapter as { botFrameworkAuthentication?: BotFrameworkAuthentication };
  const inner = holder.botFrameworkAuthentication;
  if (!(inner instanceof BotFrameworkAuthentication)) return undefined;
  const cached = new CachedBotFrameworkAuthentication(inner, options);
  Object.defineProperty(adapter, 'botFrameworkAuthentication', {
    value: cached,
    writable: false,
    configurable: true,
  });
  return cached;
}
