import { describe, expect, it } from 'vitest';
import { preparedStatementNamer } from '../../src/storage/client.ts';
import { forgetCached, lookupCachesFor } from '../../src/storage/lookup-cache.ts';

describe('lookup caches', () => {
  it('drops by prefix, and a workspace or one member of it is forgotten', () => {
    const client = {};
    const caches = lookupCachesFor(client);
    caches.members.set('W1\u0000U1', 'one');
    caches.members.set('W1\u0000U2', 'two');
    caches.members.set('W2\u0000U1', 'other');
    caches.workspaces.set('W1', 'slack');
    forgetCached(client, 'W1', 'U1');
    expect(caches.members.get('W1\u0000U1')).toBeUndefined();
    expect(caches.members.get('W1\u0000U2')).toBe('two');
    forgetCached(client, 'W1');
    expect(caches.members.get('W1\u0000U2')).toBeUndefined();
    expect(caches.workspaces.get('W1')).toBeUndefined();
    expect(caches.members.get('W2\u0000U1')).toBe('other');
    expect(lookupCachesFor({})).not.toBe(caches);
  });
});

describe('prepared statement names', () => {
  it('names the same SQL the same way, different SQL differently, and stops naming past the cap', () => {
    const name = preparedStatementNamer(2);
    const a = name({ sql: 'SELECT 1' });
    expect(a).toMatch(/^jd_[0-9a-f]{24}$/);
    expect(name({ sql: 'SELECT 1' })).toBe(a);
    const b = name({ sql: 'SELECT 2' });
    expect(b).not.toBe(a);
    // Past the cap: pg's unnamed statement, so a connection never holds more than the cap.
    expect(name({ sql: 'SELECT 3' })).toBe('');
    expect(name({ sql: 'SELECT 2' })).toBe(b);
  });
});
