import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { AppError } from '../core/shared/errors.ts';
import { makeDataDirPrivate, prepareDataDir } from '../ops/data-dir.ts';

/**
 * Backups of the embedded database: a plain SQL file (pg_dump's, with INSERTs) preceded by a
 * header that also carries the keys kept beside the data (the respondent and dashboard secrets),
 * without which anonymous survey answers could no longer be matched to one person.
 *
 * PGlite is one process, so a backup while the bot runs is made by the bot itself: the command
 * drops a request file in `DATA_DIR/backups/`, signals the lock owner with SIGUSR2, and waits; the
 * owner dumps between two queries and writes the file atomically. With no one running, the
 * command opens the database itself.
 */
export const BACKUP_MAGIC = '-- joinedup backup of the embedded database';
/** Files beside the database that a restore needs as much as the data. */
const KEPT_FILES = ['respondent.secret', 'dashboard.secret'];

export const backupsDir = (dataDir: string) => join(resolve(dataDir), 'backups');
const lockPath = (dataDir: string) => join(resolve(dataDir), 'joinedup.lock');

/** A simple-protocol Query message, for statements sent while holding PGlite's own locks. */
function queryMessage(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, 'utf8');
  const message = Buffer.alloc(5 + text.length);
  message.write('Q', 0, 'ascii');
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return message;
}

/**
 * A consistent dump of a live PGlite. pg_dump talks to the database through the raw protocol,
 * beneath PGlite's query queue, and runs in one snapshot of its own; so it runs holding PGlite's
 * transaction and query locks: no other query, and no open transaction of the app, can be
 * interleaved with it. The session settings pg_dump changes (search_path, prepared statements,
 * an unfinished transaction if it fails) are put back before the locks are released.
 */
export async function dumpPglite(pg: PGlite): Promise<string> {
  const searchPath =
    (await pg.query<{ search_path: string }>('SHOW search_path')).rows[0]?.search_path ?? 'public';
  return pg._runExclusiveTransaction(() =>
    pg._runExclusiveQuery(async () => {
      const raw = (sql: string) => pg.execProtocolRawStream(queryMessage(sql), { onRawData: () => {} });
      // pg_dump's own calls to query/exec would wait for the locks held here: serve them raw.
      const session = {
        query: async () => ({ rows: [{ search_path: searchPath }] }),
        exec: async (sql: string) => {
          await raw(sql);
          return [];
        },
        execProtocolRawStream: (message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }) =>
          pg.execProtocolRawStream(message, options),
      } as unknown as PGlite;
      try {
        // Loaded on first use: start-up does not pay for it.
        const { pgDump } = await import('@electric-sql/pglite-tools/pg_dump');
        const file = await pgDump({ pg: session });
        return await file.text();
      } finally {
        await raw('ROLLBACK');
        await raw('DEALLOCATE ALL');
        await raw(`SET search_path TO ${searchPath}`);
      }
    }),
  );
}

/** The backup file: the header (with the kept files) and the dump. */
export function composeBackup(dataDir: string, sql: string, now = new Date()): string {
  const lines = [BACKUP_MAGIC, `-- created: ${now.toISOString()}`];
  for (const name of KEPT_FILES) {
    const path = join(resolve(dataDir), name);
    if (existsSync(path)) lines.push(`-- joinedup-file: ${name} ${readFileSync(path).toString('base64')}`);
  }
  lines.push('-- Restore with `joinedup db restore FILE`, or load it into PostgreSQL with psql.', '');
  return `${lines.join('\n')}\n${sql}`;
}

/** Writes a file so that readers see either nothing or all of it. Mode 0600: it holds personal data. */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, content, { mode: 0o600 });
  renameSync(tmp, path);
}

// One SIGUSR2 handler per process, installed once and never removed: a signal arriving while a
// database closes must not fall back to the default action, which ends the process.
let serving: { dataDir: string; dump: () => Promise<string> } | undefined;
let queue: Promise<void> = Promise.resolve();
let installed = false;

/** Answers every backup request waiting in `DATA_DIR/backups/` (in the owning process). */
async function serveRequests(): Promise<void> {
  const current = serving;
  if (!current) return;
  const dir = backupsDir(current.dataDir);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.request'))) {
    const id = name.slice(0, -'.request'.length);
    const working = join(dir, `${id}.working`);
    try {
      renameSync(join(dir, name), working); // claimed: a second signal does not dump it twice
    } catch {
      continue;
    }
    try {
      writeFileAtomic(join(dir, `${id}.sql`), composeBackup(current.dataDir, await current.dump()));
    } catch (error) {
      writeFileAtomic(join(dir, `${id}.error`), error instanceof Error ? error.message : String(error));
    } finally {
      rmSync(working, { force: true });
    }
  }
}

/**
 * Installs this process's SIGUSR2 handler (once). Done before taking a data directory's lock, so
 * that no signal sent to the lock owner can meet the default action, which ends the process.
 */
export function listenForBackupRequests(): void {
  if (installed) return;
  installed = true;
  process.on('SIGUSR2', () => {
    queue = queue.then(serveRequests, serveRequests);
  });
}

/**
 * Serves backup requests for the database in `dataDir` from this process, once it is open, until
 * the returned function is called; that resolves when a backup being made has been written.
 */
export function serveBackupRequests(dataDir: string, dump: () => Promise<string>): () => Promise<void> {
  listenForBackupRequests();
  const mine = { dataDir, dump };
  serving = mine;
  // A request may have arrived before the database was open.
  queue = queue.then(serveRequests, serveRequests);
  return async () => {
    if (serving === mine) serving = undefined;
    await queue;
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live process holding the data directory's lock, if any (not this one). */
export function lockOwner(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockPath(dataDir), 'utf8').trim());
    return pid && pid !== process.pid && isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Where the system says what a process runs (Linux), whether it is Node; elsewhere, assumed. */
function looksLikeNode(pid: number): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /node|joinedup/i.test(cmdline);
  } catch {
    return true;
  }
}

/** True when `dir` holds a PGlite (Postgres) data directory. */
export function holdsDatabase(dir: string): boolean {
  return existsSync(join(dir, 'PG_VERSION'));
}

export interface BackupResult {
  path: string;
  bytes: number;
  /** `running-process`: made by the bot that holds the database; `direct`: opened by the command. */
  via: 'running-process' | 'direct';
  ms: number;
}

/**
 * `joinedup db backup`: asks the running process for a dump when one holds the database,
 * otherwise opens the database itself (holding the lock, so the bot cannot start meanwhile).
 */
export async function backupDataDir(options: {
  dataDir: string;
  out?: string;
  timeoutMs?: number;
  /** Opens the database directly (the storage layer's `openStorage`), when no one holds it. */
  openAndDump: () => Promise<string>;
}): Promise<BackupResult> {
  const started = Date.now();
  const dataDir = resolve(options.dataDir);
  if (!holdsDatabase(join(dataDir, 'pglite'))) {
    throw new AppError(
      'NOT_FOUND',
      `There is no embedded database in ${join(dataDir, 'pglite')} to back up.`,
    );
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = resolve(options.out ?? join(backupsDir(dataDir), `joinedup-${stamp}.sql`));
  const timeoutMs = options.timeoutMs ?? 60_000;
  const done = (via: BackupResult['via']): BackupResult => ({
    path: out,
    bytes: statSync(out).size,
    via,
    ms: Date.now() - started,
  });

  const owner = lockOwner(dataDir);
  if (owner !== undefined && !looksLikeNode(owner)) {
    // A stale lock whose pid now belongs to another program: SIGUSR2 would end that program.
    throw new AppError(
      'DATA_DIR_LOCKED',
      `${lockPath(dataDir)} names process ${owner}, which is not a joinedup process. If no joinedup is running on ${dataDir}, delete that file and back up again.`,
    );
  }
  if (owner !== undefined) {
    const dir = backupsDir(dataDir);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const id = `${Date.now()}-${randomBytes(6).toString('hex')}`;
    const request = join(dir, `${id}.request`);
    writeFileAtomic(request, JSON.stringify({ id, requestedBy: process.pid }));
    process.kill(owner, 'SIGUSR2');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const sql = join(dir, `${id}.sql`);
      const error = join(dir, `${id}.error`);
      if (existsSync(sql)) {
        if (out !== sql) moveFile(sql, out);
        return done('running-process');
      }
      if (existsSync(error)) {
        const message = readFileSync(error, 'utf8');
        rmSync(error, { force: true });
        throw new AppError(
          'STORAGE_UNAVAILABLE',
          `The running process (${owner}) could not make the backup: ${message}`,
        );
      }
      if (lockOwner(dataDir) !== owner && existsSync(request)) {
        // The bot stopped before it took the request: make the backup here instead.
        rmSync(request, { force: true });
        break;
      }
      if (Date.now() > deadline) {
        rmSync(request, { force: true });
        throw new AppError(
          'STORAGE_UNAVAILABLE',
          `Process ${owner} holds the embedded database but did not answer the backup request within ${Math.round(timeoutMs / 1000)} s. Is it a joinedup process? Try again, or stop it and back up then.`,
        );
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  writeFileAtomic(out, composeBackup(dataDir, await options.openAndDump()));
  return done('direct');
}

function moveFile(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    // Another filesystem: copy atomically, then remove the original.
    writeFileAtomic(to, readFileSync(from, 'utf8'));
    rmSync(from, { force: true });
  }
  chmodSync(to, 0o600);
}

/** The header of a backup file: the kept files it carries. */
export function parseBackupHeader(text: string): { files: { name: string; content: Buffer }[] } {
  if (!text.startsWith(BACKUP_MAGIC)) {
    throw new AppError(
      'BAD_INPUT',
      'That file is not a joinedup backup (it does not start with the backup header).',
    );
  }
  const files: { name: string; content: Buffer }[] = [];
  for (const line of text.slice(0, 64 * 1024).split('\n')) {
    if (!line.startsWith('--')) break;
    const m = /^-- joinedup-file: (\S+) (\S+)$/.exec(line);
    if (m?.[1] && m[2] && KEPT_FILES.includes(m[1]))
      files.push({ name: m[1], content: Buffer.from(m[2], 'base64') });
  }
  return { files };
}

export interface RestoreResult {
  dataDir: string;
  /** Where the database that was replaced now is (with --force), for the operator to delete. */
  replaced?: string;
  tables: number;
  ms: number;
}

/**
 * `joinedup db restore`: builds the database from the backup in a new directory beside the
 * target, and only when that has fully succeeded swaps it in (two renames). Holds the data
 * directory's lock throughout, so it refuses to run while the bot runs and the bot cannot start
 * meanwhile. A target that already holds a database is kept aside, and only with `force`.
 */
export async function restoreDataDir(options: {
  dataDir: string;
  file: string;
  force?: boolean;
  /** Takes the data directory's lock (the storage layer's), returning its release. */
  lock: (dataDir: string) => () => void;
}): Promise<RestoreResult> {
  const started = Date.now();
  const dataDir = resolve(options.dataDir);
  const text = readFileSync(options.file, 'utf8');
  const { files } = parseBackupHeader(text);
  prepareDataDir(dataDir, { database: false });
  const unlock = options.lock(dataDir);
  try {
    const target = join(dataDir, 'pglite');
    const occupied = existsSync(target) && readdirSync(target).length > 0;
    if (occupied && !options.force) {
      throw new AppError(
        'BAD_INPUT',
        `${target} already holds a database. Restore into an empty DATA_DIR, or add --force to replace it (the current one is kept aside, not deleted).`,
      );
    }
    const id = randomBytes(4).toString('hex');
    const building = join(dataDir, `pglite.restoring-${id}`);
    let tables = 0;
    try {
      const pg = new PGlite(building);
      try {
        await pg.exec(text);
        // pg_dump empties search_path for its own statements; later sessions start afresh, but
        // this one is used below.
        await pg.exec('SET search_path TO public');
        const result = await pg.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
        );
        tables = result.rows[0]?.n ?? 0;
        await pg.query('SELECT count(*) FROM _prisma_migrations');
      } finally {
        await pg.close();
      }
    } catch (error) {
      rmSync(building, { recursive: true, force: true });
      if (error instanceof AppError) throw error;
      throw new AppError(
        'BAD_INPUT',
        `The backup could not be restored, and nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    let replaced: string | undefined;
    if (existsSync(target)) {
      replaced = occupied
        ? join(dataDir, `pglite.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`)
        : undefined;
      if (replaced) renameSync(target, replaced);
      else rmSync(target, { recursive: true, force: true });
    }
    renameSync(building, target);
    for (const file of files) {
      writeFileAtomic(join(dataDir, file.name), file.content.toString('utf8'));
    }
    // PGlite unpacked the new database world-readable: private, like everything in DATA_DIR.
    makeDataDirPrivate(dataDir);
    return { dataDir, replaced, tables, ms: Date.now() - started };
  } finally {
    unlock();
  }
}
