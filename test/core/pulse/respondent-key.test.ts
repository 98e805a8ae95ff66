import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { respondentKey } from '../../../src/core/pulse/index.ts';

const secret = 'a-long-test-secret-0123456789';

describe('respondentKey', () => {
  it('is an HMAC-SHA256 hex digest, stable for the same person in the same run', () => {
    const key = respondentKey(secret, 'T1', 'run-1', 'U123');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(respondentKey(secret, 'T1', 'run-1', 'U123')).toBe(key);
    expect(key).toBe(createHmac('sha256', secret).update('["T1","run-1","U123"]').digest('hex'));
    expect(key).not.toContain('U123');
  });

  it('differs across runs, users, workspaces and secrets', () => {
    const key = respondentKey(secret, 'T1', 'run-1', 'U123');
    expect(respondentKey(secret, 'T1', 'run-2', 'U123')).not.toBe(key);
    expect(respondentKey(secret, 'T1', 'run-1', 'U124')).not.toBe(key);
    expect(respondentKey(secret, 'T2', 'run-1', 'U123')).not.toBe(key);
    expect(respondentKey(`${secret}x`, 'T1', 'run-1', 'U123')).not.toBe(key);
  });

  it('does not confuse ids that run together', () => {
    expect(respondentKey(secret, 'T1', 'run:1', 'U')).not.toBe(respondentKey(secret, 'T1', 'run', '1:U'));
  });

  it('refuses a short secret or a missing id, saying what to do', () => {
    expect(() => respondentKey('short', 'T1', 'run-1', 'U1')).toThrow(/at least 16 random characters/);
    expect(() => respondentKey(secret, 'T1', '', 'U1')).toThrow(/needs the workspace, run and user ids/);
  });
});
