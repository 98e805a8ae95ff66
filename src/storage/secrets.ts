import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { AppError } from '../core/shared/errors.ts';

/**
 * A random key kept in `name` beside the embedded database: read when the file exists, made (32
 * random bytes, hex, readable by the owner only) when it does not. PGlite has one process, so one
 * file is one key; an in-memory database (`memory://`) gets a fresh key each time, kept nowhere.
 */
export function getOrCreateSecretFile(dataDir: string, name: string): string {
  const inMemory = dataDir.startsWith('memory://');
  const path = join(dataDir, name);
  if (!inMemory && existsSync(path)) return readFileSync(path, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(path, secret, { mode: 0o600 });
  }
  return secret;
}

/**
 * The key for dashboard sign-in links and CSRF tokens: from the environment, or made once beside
 * the embedded database. Undefined on PostgreSQL without one (the dashboard is then off, and
 * `start` refuses to serve it).
 */
export function dashboardSecret(config: Pick<Config, 'dashboard' | 'storage'>): string | undefined {
  if (config.dashboard.secret) return config.dashboard.secret;
  if (config.storage.databaseUrl) return undefined;
  return getOrCreateSecretFile(config.storage.dataDir, 'dashboard.secret');
}

/**
 * The key for anonymous respondents' hashes: from the environment, or made once beside the
 * embedded database. Several replicas must share one key, so PostgreSQL deployments must set it.
 */
export function respondentSecret(config: Pick<Config, 'pulse' | 'storage'>): string {
  if (config.pulse.respondentSecret) return config.pulse.respondentSecret;
  if (config.storage.databaseUrl) {
    throw new AppError(
      'INSECURE_CONFIG',
      'Set PULSE_RESPONDENT_SECRET (16+ random characters, the same on every replica) when using DATABASE_URL.',
    );
  }
  return getOrCreateSecretFile(config.storage.dataDir, 'respondent.secret');
}
