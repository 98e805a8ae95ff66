/**
 * Outbound credentials that fetch a client-credentials token from a plain token endpoint (the
 * fake one in tests and the load test). MSAL, which botbuilder uses for Microsoft Entra, insists
 * on https authorities and instance discovery, so loopback tests use this instead.
 */
import { ServiceClientCredentialsFactory } from 'botframework-connector';

interface SignableRequest {
  headers: { set(name: string, value: string): void };
}

export class TokenEndpointCredentialsFactory extends ServiceClientCredentialsFactory {
  private token?: { value: string; expiresAt: number };
  private fetching?: Promise<string>;
  tokensFetched = 0;

  constructor(
    private readonly appId: string,
    private readonly password: string,
    private readonly tokenUrl: string,
  ) {
    super();
  }

  async isValidAppId(appId: string): Promise<boolean> {
    return appId === this.appId;
  }

  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }

  async createCredentials(_appId: string, audience: string | undefined) {
    return {
      signRequest: async <T>(request: T): Promise<T> => {
        const token = await this.accessToken(audience);
        (request as unknown as SignableRequest).headers.set('authorization', `Bearer ${token}`);
        return request;
      },
    };
  }

  private async accessToken(audience: string | undefined): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now() + 60_000) return this.token.value;
    this.fetching ??= (async () => {
      try {
        const response = await fetch(this.tokenUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: this.appId,
            client_secret: this.password,
            scope: `${audience ?? 'https://api.botframework.com'}/.default`,
          }),
        });
        if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
        const body = (await response.json()) as { access_token: string; expires_in: number };
        this.tokensFetched++;
        this.token = { value: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
        return body.access_token;
      } finally {
        this.fetching = undefined;
      }
    })();
    return this.fetching;
  }
}
