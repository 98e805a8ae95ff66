import { statfsSync } from 'node:fs';
import type { ReadinessCheck } from './http-server.ts';

/** Below this much free space on DATA_DIR's volume, the embedded database is not ready. */
export const MIN_FREE_DISK_BYTES = 64 * 1024 * 1024;

/** A tick every minute by default: more than this without one means the scheduler is stuck. */
export const MAX_TICK_AGE_MS = 3 * 60_000;

/** What the checks ask of the database. */
export interface DatabaseHealth {
  /** Resolves when the database answers a query; rejects otherwise. */
  ping(): Promise<void>;
  /** True when every migration folder is recorded as applied. */
  migrationsApplied(): Promise<boolean>;
}

export interface ReadinessOptions {
  database: DatabaseHealth;
  /** The embedded database's directory, when it is on disk: its volume must have room to write. */
  dataDir?: string;
  /** Whether the scheduler runs in this process, and when its last tick finished. */
  scheduler: { enabled: boolean; lastTickAt(): Date | undefined };
  /** Real time, as the ticker's own: the default is `Date.now`. */
  now?: () => number;
  /** Free bytes on a directory's volume (a parameter so a test can fill the disk). */
  freeBytes?: (dir: string) => number;
}

function freeBytesOf(dir: string): number {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
}

/** The checks behind `/readyz`: database, migrations, disk (embedded database on disk), scheduler. */
export function readinessChecks(options: ReadinessOptions): Record<string, ReadinessCheck> {
  const now = options.now ?? Date.now;
  const freeBytes = options.freeBytes ?? freeBytesOf;
  const { dataDir } = options;
  return {
    database: async () => {
      await options.database.ping();
      return true;
    },
    migrations: () => options.database.migrationsApplied(),
    ...(dataDir !== undefined ? { disk: async () => freeBytes(dataDir) > MIN_FREE_DISK_BYTES } : {}),
    scheduler: async () => {
      if (!options.scheduler.enabled) return true;
      const last = options.scheduler.lastTickAt();
      return last !== undefined && now() - last.getTime() < MAX_TICK_AGE_MS;
    },
  };
}
