import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack's window: a request more than five minutes from now, either way, is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks a Slack request signature (`v0=` HMAC-SHA256 of `v0:<timestamp>:<body>`) and that the
 * timestamp is within five minutes of now in *both* directions: Bolt refuses old requests but
 * accepts ones dated in the future, which would let a captured request be replayed later.
 */
export function verifySlackSignature(input: {
  signingSecret: string;
  body: string;
  timestamp: string | undefined;
  signature: string | undefined;
  nowMs?: number;
}): SignatureCheck {
  const { timestamp, signature } = input;
  if (!timestamp || !signature) return { ok: false, reason: 'missing signature headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  const nowSeconds = Math.floor((input.nowMs ?? Date.now()) / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS)
    return { ok: false, reason: 'timestamp outside the five-minute window' };
  const [version, hash] = signature.split('=', 2);
  if (version !== 'v0' || !hash || !/^[0-9a-f]{64}$/i.test(hash))
    return { ok: false, reason: 'malformed signature' };
  const expected = createHmac('sha256', input.signingSecret).update(`v0:${timestamp}:${input.body}`).digest();
  const given = Buffer.from(hash, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'signature mismatch' };
  return { ok: true };
}

/** Signs a body the way Slack does (for the fake Slack service in tests and the load test). */
export function signSlackRequest(signingSecret: string, body: string, timestamp: number): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}
