import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dashboardSecret, getOrCreateSecretFile, respondentSecret } from '../../src/storage/secrets.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'joinedup-secrets-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('secret files beside the embedded database', () => {
  it('makes a key once, readable by the owner only, and reads the same key back', () => {
    const dir = join(tempDir(), 'data');
    const first = getOrCreateSecretFile(dir, 'test.secret');
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(join(dir, 'test.secret')).mode & 0o777).toBe(0o600);
    expect(getOrCreateSecretFile(dir, 'test.secret')).toBe(first);
    expect(getOrCreateSecretFile(dir, 'other.secret')).not.toBe(first);
  });

  it('keeps nothing for an in-memory database: each call is a fresh key', () => {
    const a = getOrCreateSecretFile('memory://', 'test.secret');
    const b = getOrCreateSecretFile('memory://', 'test.secret');
    expect(a).not.toBe(b);
  });

  it('prefers the environment, and on PostgreSQL makes no file', () => {
    const dataDir = tempDir();
    const storage = { dataDir, databaseUrl: 'postgres://db/x' } as never;
    expect(dashboardSecret({ dashboard: { secret: 'from-env' }, storage } as never)).toBe('from-env');
    expect(dashboardSecret({ dashboard: {}, storage } as never)).toBeUndefined();
    expect(() => respondentSecret({ pulse: {}, storage } as never)).toThrow(/PULSE_RESPONDENT_SECRET/);
    expect(respondentSecret({ pulse: { respondentSecret: 'r'.repeat(16) }, storage } as never)).toBe(
      'r'.repeat(16),
    );
  });

  it('gives the dashboard and the respondents different keys in their own files', () => {
    const dataDir = tempDir();
    const storage = { dataDir } as never;
    const dashboard = dashboardSecret({ dashboard: {}, storage } as never);
    const respondent = respondentSecret({ pulse: {}, storage } as never);
    expect(dashboard).not.toBe(respondent);
    expect(readFileSync(join(dataDir, 'dashboard.secret'), 'utf8')).toBe(dashboard);
    expect(readFileSync(join(dataDir, 'respondent.secret'), 'utf8')).toBe(respondent);
  });
});
