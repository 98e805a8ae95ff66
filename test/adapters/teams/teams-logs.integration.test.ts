import { createSign, generateKeyPairSync } from 'node:crypto';
import { expect, it } from 'vitest';
import { summarizeConsoleArgs } from '../../../src/ops/capture-console.ts';
import { migratedDataDir } from '../../support/migrated-data-dir.ts';
import { startServing } from '../../support/run-cli.ts';

const APP_ID = '00000000-0000-4000-8000-00000000c0de';
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** A token signed by a key nobody publishes, from an issuer the bot does not trust. */
function foreignToken(claims: Record<string, unknown>): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const input = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'unknown' })}.${b64(claims)}`;
  return `${input}.${createSign('sha256').update(input).sign(privateKey).toString('base64url')}`;
}

it('a running bot logs only JSON on stderr while refusing requests: no keys, tokens or claims', async () => {
  const dataDir = await migratedDataDir('joinedup-teams-logs-');
  const serving = await startServing({
    DATA_DIR: dataDir,
    MICROSOFT_APP_ID: APP_ID,
    MICROSOFT_APP_PASSWORD: 'not-a-real-password',
    SCHEDULER_ENABLED: 'false',
  });
  try {
    const now = Math.floor(Date.now() / 1000);
    const secretClaim = 'claim-that-must-not-be-logged';
    const activity = JSON.stringify({
      type: 'message',
      id: '1',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
      from: { id: '29:x' },
      recipient: { id: `28:${APP_ID}` },
      conversation: { id: 'a:1' },
      text: 'a child called Jamie Example',
    });
    const authorizations = [
      undefined,
      'Bearer not-a-token',
      'Basic dXNlcjpwYXNz',
      `Bearer ${foreignToken({ iss: 'https://issuer.example', aud: APP_ID, exp: now + 600, nbf: now - 60, note: secretClaim })}`,
      `Bearer ${foreignToken({ iss: 'https://api.botframework.com', aud: 'someone-else', exp: now - 600, note: secretClaim })}`,
    ];
    for (const authorization of authorizations) {
      const res = await fetch(`${serving.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: activity,
      });
      expect(res.status).toBe(401);
    }
    await new Promise((r) => setTimeout(r, 300));
    const lines = serving
      .stderr()
      .split('\n')
      .filter((l) => l.trim());
    const notJson = lines.filter((l) => {
      try {
        JSON.parse(l);
        return false;
      } catch {
        return true;
      }
    });
    expect(notJson).toEqual([]);
    const all = serving.stderr();
    expect(all).not.toMatch(/BEGIN|PUBLIC KEY|eyJ|not-a-token|dXNlcjpwYXNz/);
    expect(all).not.toContain(secretClaim);
    expect(all).not.toMatch(/Jamie/);
    expect(all).toMatch(/teams request rejected: not authenticated/);
  } finally {
    serving.child.kill('SIGTERM');
    await serving.exited;
  }
}, 120_000);

it('keeps only a cleaned first line and error names of console output', () => {
  const pem = '-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA\n-----END RSA PUBLIC KEY-----';
  expect(summarizeConsoleArgs([`Error finding key for token. Available keys: ${pem}`])).toEqual({
    detail: 'Error finding key for token. Available keys: (key)',
  });
  const error = Object.assign(new Error('jwt expired for eyJhbGciOi.eyJzdWIiOi.sig'), {
    name: 'TokenExpiredError',
  });
  expect(summarizeConsoleArgs(['Failed:', error, { aud: 'x', sub: 'someone' }])).toEqual({
    detail: 'Failed:',
    errors: [{ name: 'TokenExpiredError' }],
    objects: 1,
  });
  expect(summarizeConsoleArgs(['claims {"sub":"someone"}'])).toEqual({ detail: 'claims' });
  expect(summarizeConsoleArgs(['Bearer abc.def'])).toEqual({ detail: 'Bearer (token)' });
});
