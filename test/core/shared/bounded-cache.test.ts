import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/core/shared/bounded-cache.ts';

describe('BoundedCache', () => {
  it('forgets entries after the time to live, on the injected clock', () => {
    let now = 1_000;
    const cache = new BoundedCache<string>(100, 10, () => now);
    cache.set('a', 'x');
    now += 99;
    expect(cache.get('a')).toBe('x');
    now += 1;
    expect(cache.get('a')).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = new BoundedCache<number>(1_000, 2, () => 0);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
    // Reading 'b' makes 'c' the least recently used.
    expect(cache.get('b')).toBe(2);
    cache.set('d', 4);
    expect([cache.get('b'), cache.get('c'), cache.get('d')]).toEqual([2, undefined, 4]);
  });

  it('keeps an entry for the time given when it is set, and without a limit by default', () => {
    let now = 0;
    const cache = new BoundedCache<string>(1_000, 10, () => now);
    cache.set('short', 'x', 10);
    cache.set('long', 'y');
    now = 10;
    expect(cache.get('short')).toBeUndefined();
    expect(cache.get('long')).toBe('y');
    const forever = new BoundedCache<string>(undefined, 10, () => now);
    forever.set('k', 'v');
    now = Number.MAX_SAFE_INTEGER;
    expect(forever.get('k')).toBe('v');
    expect(forever.size).toBe(1);
  });
});
