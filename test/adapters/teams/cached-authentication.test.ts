import type { Activity } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  BotFrameworkAuthentication,
  ClaimsIdentity,
  type ConnectorClient,
  ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { CachedBotFrameworkAuthentication } from '../../../src/adapters/teams/cached-authentication.ts';

const NOW = 1_800_000_000_000;

/** botbuilder's authentication as far as the cache sees it: tokens "valid" unless they say "bad". */
class FakeAuthentication extends BotFrameworkAuthentication {
  checks = 0;
  clientsMade: string[] = [];
  tokenClientsMade = 0;
  failClients = 0;
  constructor(private readonly expSeconds = NOW / 1000 + 3600) {
    super();
  }
  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    this.checks++;
    if (!authHeader || authHeader.includes('bad')) throw new Error('Unauthorized');
    const claims = [
      { type: 'aud', value: 'bot-app' },
      { type: 'serviceurl', value: activity.serviceUrl },
      { type: 'exp', value: String(this.expSeconds) },
    ];
    return {
      audience: 'https://api.botframework.com',
      claimsIdentity: new ClaimsIdentity(claims, true),
      connectorFactory: this.createConnectorFactory(),
    };
  }
  async authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    throw new Error('not used');
  }
  createConnectorFactory(): ConnectorFactory {
    const made = this.clientsMade;
    const fake = this;
    return new (class extends ConnectorFactory {
      async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        if (fake.failClients > 0) {
          fake.failClients--;
          throw new Error('no credentials yet');
        }
        made.push(`${serviceUrl} ${audience}`);
        return { serviceUrl } as unknown as ConnectorClient;
      }
    })();
  }
  async createUserTokenClient(): Promise<UserTokenClient> {
    this.tokenClientsMade++;
    return {} as UserTokenClient;
  }
}

const activity = (serviceUrl = 'https://smba.example/uk/', channelId = 'msteams') =>
  ({ serviceUrl, channelId }) as Activity;

function setUp(expSeconds?: number, maxAgeMs?: number) {
  const inner = new FakeAuthentication(expSeconds);
  let now = NOW;
  const auth = new CachedBotFrameworkAuthentication(inner, { now: () => now, maxAgeMs });
  return { inner, auth, advance: (ms: number) => (now += ms) };
}

describe('Teams tokens checked once until they expire', () => {
  it('takes a checked token again only with the same channel and service URL', async () => {
    const { inner, auth } = setUp();
    await auth.authenticateRequest(activity(), 'Bearer good');
    await auth.authenticateRequest(activity(), 'Bearer good');
    expect(inner.checks).toBe(1);
    await auth.authenticateRequest(activity('https://smba.example/emea/'), 'Bearer good');
    await auth.authenticateRequest(activity(undefined, 'webchat'), 'Bearer good');
    await auth.authenticateRequest(activity(), 'Bearer good2');
    expect(inner.checks).toBe(4);
    expect(auth.counts).toEqual({ reused: 1, validated: 4 });
  });

  it('never remembers a token that failed, nor a request without a bearer token', async () => {
    const { inner, auth } = setUp();
    for (let i = 0; i < 3; i++) {
      await expect(auth.authenticateRequest(activity(), 'Bearer bad')).rejects.toThrow(/Unauthorized/);
    }
    await expect(auth.authenticateRequest(activity(), '')).rejects.toThrow();
    await expect(auth.authenticateRequest(activity(), '')).rejects.toThrow();
    expect(inner.checks).toBe(5);
  });

  it('checks a token in full again once it has expired, and after the longest reuse', async () => {
    const expiring = setUp(NOW / 1000 + 60);
    await expiring.auth.authenticateRequest(activity(), 'Bearer good');
    expiring.advance(59_000);
    await expiring.auth.authenticateRequest(activity(), 'Bearer good');
    expect(expiring.inner.checks).toBe(1);
    expiring.advance(2_000);
    await expiring.auth.authenticateRequest(activity(), 'Bearer good');
    expect(expiring.inner.checks).toBe(2);

    const longLived = setUp(NOW / 1000 + 86_400, 300_000);
    await longLived.auth.authenticateRequest(activity(), 'Bearer good');
    longLived.advance(300_001);
    await longLived.auth.authenticateRequest(activity(), 'Bearer good');
    expect(longLived.inner.checks).toBe(2);
  });

  it('never reuses a token that had already expired when it was checked', async () => {
    const { inner, auth } = setUp(NOW / 1000 - 1);
    await auth.authenticateRequest(activity(), 'Bearer good');
    await auth.authenticateRequest(activity(), 'Bearer good');
    expect(inner.checks).toBe(2);
  });

  it('makes one connector client per service URL and audience, and tries a failed one again', async () => {
    const { inner, auth } = setUp();
    const first = await auth.authenticateRequest(activity(), 'Bearer good');
    const again = await auth.authenticateRequest(activity(), 'Bearer good');
    const a = await first.connectorFactory?.create('https://smba.example/uk/', 'aud1');
    const b = await again.connectorFactory?.create('https://smba.example/uk/', 'aud1');
    expect(a).toBe(b);
    await first.connectorFactory?.create('https://smba.example/emea/', 'aud1');
    await first.connectorFactory?.create('https://smba.example/uk/', 'aud2');
    expect(inner.clientsMade).toHaveLength(3);
    // Proactive posts make their factory from claims: the same clients serve them.
    const proactive = auth.createConnectorFactory(first.claimsIdentity);
    expect(await proactive.create('https://smba.example/uk/', 'aud1')).toBe(a);
    inner.failClients = 1;
    await expect(proactive.create('https://smba.example/fr/', 'aud1')).rejects.toThrow(/credentials/);
    await proactive.create('https://smba.example/fr/', 'aud1');
    expect(inner.clientsMade).toHaveLength(4);
    await auth.createUserTokenClient(first.claimsIdentity);
    await auth.createUserTokenClient(again.claimsIdentity);
    expect(inner.tokenClientsMade).toBe(1);
  });
});
