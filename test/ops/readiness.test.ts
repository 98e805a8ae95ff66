import { describe, expect, it } from 'vitest';
import { MIN_FREE_DISK_BYTES, readinessChecks } from '../../src/ops/readiness.ts';

describe('readiness checks', () => {
  it('reports the database, its migrations, the disk and a stuck scheduler', async () => {
    let up = true;
    let migrated = false;
    let free = MIN_FREE_DISK_BYTES * 2;
    let lastTick: Date | undefined;
    let now = Date.parse('2026-12-01T10:00:00Z');
    const checks = readinessChecks({
      database: {
        ping: async () => {
          if (!up) throw new Error('gone');
        },
        migrationsApplied: async () => migrated,
      },
      dataDir: '/data',
      scheduler: { enabled: true, lastTickAt: () => lastTick },
      now: () => now,
      freeBytes: () => free,
    });
    expect(Object.keys(checks).sort()).toEqual(['database', 'disk', 'migrations', 'scheduler']);
    expect(await checks.database?.()).toBe(true);
    expect(await checks.migrations?.()).toBe(false);
    migrated = true;
    expect(await checks.migrations?.()).toBe(true);
    up = false;
    await expect(checks.database?.()).rejects.toThrow();
    expect(await checks.disk?.()).toBe(true);
    free = MIN_FREE_DISK_BYTES - 1;
    expect(await checks.disk?.()).toBe(false);
    // No tick yet: not ready; a recent tick: ready; one more than three minutes old: stuck.
    expect(await checks.scheduler?.()).toBe(false);
    lastTick = new Date(now - 60_000);
    expect(await checks.scheduler?.()).toBe(true);
    now += 3 * 60_000;
    expect(await checks.scheduler?.()).toBe(false);
  });

  it('has no disk check without an on-disk database, and a disabled scheduler is always ready', async () => {
    const checks = readinessChecks({
      database: { ping: async () => {}, migrationsApplied: async () => true },
      scheduler: { enabled: false, lastTickAt: () => undefined },
    });
    expect(checks.disk).toBeUndefined();
    expect(await checks.scheduler?.()).toBe(true);
  });
});
