import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { AppError } from '../core/shared/errors.ts';
import { makeDataDirPrivate, type PrivateDirReport, prepareDataDir } from '../ops/data-dir.ts';
import { dumpPglite, listenForBackupRequests, serveBackupRequests } from './backup.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { applyMigrations, readMigrationList } from './migrate.ts';
import { flushQuestionLog } from './question-log-writer.ts';

export type { PrismaClient } from './generated/prisma/client.ts';

export interface StorageOptions {
  /** A postgres:// URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl?: string;
  /** Directory for PGlite data; `memory://` keeps it in memory (tests). */
  dataDir: string;
  /** In memory only: start from this PGlite data directory (`dumpDataDir()`), e.g. one already migrated. */
  loadDataDir?: Blob;
  /** Apply pending migrations while opening (default true). */
  migrate?: boolean;
  /** PostgreSQL: further tries when the server cannot be reached (default 0), the first wait (doubling, at most 30 s). */
  connectRetries?: number;
  connectRetryDelayMs?: number;
  /** Told before each wait, e.g. to log it. */
  onConnectRetry?: (retry: { attempt: number; retries: number; delayMs: number; error: unknown }) => void;
  /**
   * PostgreSQL: told when a connection fails outside a query (the server restarted, an
   * administrator ended it, the network dropped). The pool replaces it; the process goes on.
   */
  onConnectionError?: (error: Error) => void;
  /** PostgreSQL: cache each query shape as a named prepared statement per connection (default true). */
  preparedStatements?: boolean;
  /** Embedded database: told when an existing DATA_DIR had modes that let others in (now tightened). */
  onPermissionsTightened?: (report: PrivateDirReport & { dataDir: string }) => void;
}

export interface Storage {
  prisma: PrismaClient;
  kind: 'pglite' | 'postgres';
  /** Names of migrations applied while opening. */
  appliedMigrations: string[];
  /** Embedded database only: a consistent SQL dump of it, made between two queries (backups). */
  dump?(): Promise<string>;
  /** Resolves when the database answers a query (readiness); rejects otherwise. */
  ping(): Promise<void>;
  /** True when every migration folder is recorded as applied (readiness). */
  migrationsApplied(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * PGlite runs its queries on the JavaScript thread, and a chain of awaited queries never gives
 * pending network I/O a turn: under load, chat platforms' requests would wait behind whole
 * conversations. Each top-level query first lets pending I/O run (one `setImmediate`), so an
 * acknowledgement waits for at most one query, not for every queued turn.
 */
function yieldBeforeQueries(pglite: PGlite): void {
  const query = pglite.query.bind(pglite);
  pglite.query = (async (...args: Parameters<PGlite['query']>) => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return query(...args);
  }) as PGlite['query'];
}

let pgliteModule: Promise<WebAssembly.Module> | undefined;

/**
 * PGlite's compiled WebAssembly, started at once and kept for the process. Left to PGlite, the
 * compile starts only after its first awaits, that is once whatever the caller does next (building
 * the search index) has finished; started here, V8 compiles it on background threads meanwhile.
 */
function compiledPglite(): Promise<WebAssembly.Module> {
  pgliteModule ??= WebAssembly.compile(
    readFileSync(createRequire(import.meta.url).resolve('@electric-sql/pglite/pglite.wasm')),
  );
  return pgliteModule;
}

/**
 * PGlite is a single-process database: two processes on one directory corrupt it. A lock file
 * holding the owner's pid stops a second process; a lock left by a dead process is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const lockPath = join(dir, 'joinedup.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockPath, 'utf8').trim());
      if (owner && isAlive(owner)) {
        throw new AppError(
          'DATA_DIR_LOCKED',
          `The embedded database in ${dir} is in use by process ${owner}. PGlite allows one process only, so replicas cannot share a DATA_DIR: stop the other one, or set DATABASE_URL to a PostgreSQL server to run several replicas.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('DATA_DIR_LOCKED', `Could not lock the embedded database in ${dir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Migration names already recorded as finished. When every migration folder is among them the
 * WebAssembly schema engine need not be loaded at all, which keeps start-up fast.
 */
async function appliedMigrationNames(prisma: PrismaClient): Promise<Set<string> | null> {
  try {
    const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    return new Set(rows.map((r) => r.migration_name));
  } catch {
    return null;
  }
}

/** The readiness queries of a Storage, over its client. */
function healthOf(prisma: PrismaClient): Pick<Storage, 'ping' | 'migrationsApplied'> {
  return {
    ping: async () => {
      await prisma.$queryRawUnsafe('SELECT 1');
    },
    migrationsApplied: async () => {
      const [applied, list] = await Promise.all([appliedMigrationNames(prisma), readMigrationList()]);
      return applied !== null && list.migrationDirectories.every((m) => applied.has(m.path));
    },
  };
}

async function migrateIfNeeded(
  prisma: PrismaClient,
  factory: SqlMigrationAwareDriverAdapterFactory,
): Promise<string[]> {
  const [applied, list] = await Promise.all([appliedMigrationNames(prisma), readMigrationList()]);
  const pending = list.migrationDirectories.filter((m) => !applied?.has(m.path));
  if (applied && pending.length === 0) return [];
  return applyMigrations(factory);
}

/** Opens the database (PGlite by default, PostgreSQL with a URL) and migrates it. */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  const migrate = options.migrate ?? true;
  if (options.databaseUrl) {
    const factory = await postgresAdapter(options);
    const prisma = new PrismaClient({ adapter: factory });
    try {
      await reachDatabase(prisma, options);
      const appliedMigrations = migrate ? await migrateIfNeeded(prisma, factory) : [];
      return {
        prisma,
        kind: 'postgres',
        appliedMigrations,
        ...healthOf(prisma),
        close: async () => {
          await flushQuestionLog(prisma).catch(() => {});
          await prisma.$disconnect();
        },
      };
    } catch (error) {
      await prisma.$disconnect();
      throw wrapConnectionError(error);
    }
  }

  const inMemory = options.dataDir.startsWith('memory://');
  const compiling = compiledPglite();
  let unlock = () => {};
  let pglite: PGlite;
  let hadDatabase = false;
  if (inMemory) {
    const tuned = { startParams: [...EMBEDDED_START_PARAMS], pgliteWasmModule: await compiling };
    pglite = new PGlite(options.loadDataDir ? { ...tuned, loadDataDir: options.loadDataDir } : tuned);
  } else {
    const dir = resolve(options.dataDir, 'pglite');
    // An unusable directory is one plain sentence here, before PGlite could stall on it.
    hadDatabase = prepareDataDir(options.dataDir).hadDatabase;
    listenForBackupRequests();
    unlock = lockDataDir(resolve(options.dataDir));
    let wasm: WebAssembly.Module;
    try {
      wasm = await compiling;
    } catch (error) {
      unlock();
      throw error;
    }
    pglite = new PGlite(dir, { startParams: [...EMBEDDED_START_PARAMS], pgliteWasmModule: wasm });
  }
  yieldBeforeQueries(pglite);
  const factory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: factory });
  const dump = () => dumpPglite(pglite);
  let stopServing = async () => {};
  const close = async () => {
    await stopServing();
    // Questions still waiting for their batch are written before the database closes.
    await flushQuestionLog(prisma).catch(() => {});
    await prisma.$disconnect();
    await pglite.close();
    unlock();
  };
  try {
    const appliedMigrations = migrate ? await migrateIfNeeded(prisma, factory) : [];
    if (!inMemory) {
      await pglite.waitReady;
      // Now that PGlite has unpacked (or opened) its files: nothing in DATA_DIR for other users.
      const report = makeDataDirPrivate(options.dataDir);
      if (hadDatabase && report.tightened + report.failed > 0)
        options.onPermissionsTightened?.({ ...report, dataDir: resolve(options.dataDir) });
    }
    // The owner of the directory makes backups for `joinedup db backup` (see backup.ts).
    if (!inMemory) stopServing = serveBackupRequests(options.dataDir, dump);
    return { prisma, kind: 'pglite', appliedMigrations, dump, ...healthOf(prisma), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Distinct statement names handed out; past this, queries run unnamed (bounded per connection). */
const MAX_PREPARED_STATEMENTS = 500;

/**
 * The embedded database's server settings, on top of PGlite's own. Its data directory carries
 * PostgreSQL's defaults (128 MB of shared buffers, 100 connections), and PGlite touches the
 * whole buffer pool when it starts: some 130 MiB of the bot's memory for a database that is tens
 * of megabytes and has one connection. 16 MB holds the working set of a busy workspace (the bench
 * runs at the same speed), and files beyond it come from the operating system's page cache.
 */
export const EMBEDDED_START_PARAMS: readonly string[] = [
  ...PGlite.defaultStartParams,
  '-c',
  'shared_buffers=16MB',
  '-c',
  'max_connections=10',
];

/**
 * Names a query by its SQL text, so `pg` prepares it once per connection and then only binds and
 * executes it. Prisma's query shapes are few; past the cap (long `IN` lists) queries go unnamed.
 */
export function preparedStatementNamer(limit = MAX_PREPARED_STATEMENTS): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    // An empty name is pg's unnamed statement: parsed for this execution only.
    if (names.size >= limit) return '';
    const name = `jd_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
    return name;
  };
}

/**
 * The driver adapter over a `pg` pool of our own. Every connection error is listened for: an
 * `error` event nobody listens to would end the process, and a connection killed by the server
 * (a restart, `pg_terminate_backend`, a failover) must only cost the queries it was running.
 */
async function postgresAdapter(options: StorageOptions): Promise<PrismaPg> {
  // Loaded only for PostgreSQL: the embedded database never needs the driver.
  const [{ default: pg }, { PrismaPg }] = await Promise.all([import('pg'), import('@prisma/adapter-pg')]);
  const report = (error: Error) => options.onConnectionError?.(error);
  const pool = new pg.Pool({ connectionString: options.databaseUrl });
  pool.on('error', report);
  // A client checked out and killed between queries emits on itself; the pool removes it.
  pool.on('connect', (client) => client.on('error', report));
  return new PrismaPg(pool, {
    onPoolError: report,
    onConnectionError: report,
    disposeExternalPool: true,
    statementNameGenerator: options.preparedStatements === false ? undefined : preparedStatementNamer(),
  });
}

/**
 * Waits for the PostgreSQL server to answer, trying `connectRetries` more times with a doubling
 * wait: at a cold start the database may come up after the app. Gives up with a clear message.
 */
async function reachDatabase(prisma: PrismaClient, options: StorageOptions): Promise<void> {
  const retries = options.connectRetries ?? 0;
  for (let attempt = 0; ; attempt++) {
    try {
      await prisma.$queryRawUnsafe('SELECT 1');
      return;
    } catch (error) {
      if (attempt >= retries) {
        const message = error instanceof Error ? error.message : String(error);
        // Prisma wraps the driver's words in a paragraph about the call; keep only the words.
        const reason = /Message: `([^`]*)`/.exec(message)?.[1] ?? message.trim();
        throw new AppError(
          'STORAGE_UNAVAILABLE',
          `Could not reach the PostgreSQL database in DATABASE_URL after ${attempt + 1} ${attempt === 0 ? 'try' : 'tries'} (${reason}). Check the server is running and the URL is right; DATABASE_CONNECT_RETRIES and DATABASE_CONNECT_RETRY_DELAY_MS set how long start-up waits for it.`,
          { cause: error },
        );
      }
      const delayMs = Math.min(30_000, (options.connectRetryDelayMs ?? 1000) * 2 ** attempt);
      options.onConnectRetry?.({ attempt: attempt + 1, retries, delayMs, error });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

function wrapConnectionError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new AppError(
    'STORAGE_UNAVAILABLE',
    `Could not reach the PostgreSQL database in DATABASE_URL (${message}). Check the server is running and the URL is right.`,
    { cause: error },
  );
}
