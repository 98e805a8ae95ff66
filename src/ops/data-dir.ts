// DATA_DIR holds the embedded database (member ids, redacted questions, survey answers, sealed
// tokens), the keys kept beside it, subject access exports and backups: nothing in it is for other
// local users. The directory and every directory under it are 0700, every file 0600.
//
// PGlite unpacks its initial database with mode 0666 whatever the process umask, so a umask alone
// is not enough: the tree is walked once the database is open (see openStorage), and the command
// sets umask 077 (bin/joinedup.mjs) so that what is created afterwards starts private.
import { accessSync, chmodSync, constants, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import { AppError } from '../core/shared/errors.ts';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Who this process runs as, for messages: "user nobody (uid 65534)". */
function whoAmI(): string {
  const uid = process.getuid?.();
  let name: string | undefined;
  try {
    name = userInfo().username;
  } catch {
    name = undefined;
  }
  if (uid === undefined) return name ? `user ${name}` : 'this user';
  return name ? `user ${name} (uid ${uid})` : `uid ${uid}`;
}

function unusable(dataDir: string, problem: string): AppError {
  return new AppError('DATA_DIR_UNUSABLE', `Cannot use DATA_DIR ${dataDir}: ${problem}.`);
}

/** The words for a file system error code met while creating or writing `path`. */
function describeCode(code: string | undefined, path: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `permission denied, ${whoAmI()} cannot create or write ${path}`;
    case 'EROFS':
      return `${path} is on a read-only file system`;
    case 'ENOSPC':
      return `there is no space left on the device holding ${path}`;
    case 'ENOTDIR':
      return `a part of the path ${path} is a file, not a directory`;
    case 'ELOOP':
      return `the path ${path} has too many symbolic links`;
    case 'ENAMETOOLONG':
      return `the path ${path} is too long`;
    default:
      return `${path} cannot be used (${code ?? 'unknown error'})`;
  }
}

/** The first component of `path` (from the root) that exists and is not a directory, if any. */
function fileInPath(path: string): string | undefined {
  const { root } = parse(path);
  const parts = path
    .slice(root.length)
    .split(/[\\/]+/)
    .filter(Boolean);
  let current = root;
  for (const part of parts) {
    current = join(current, part);
    let isDir: boolean;
    try {
      isDir = statSync(current).isDirectory();
    } catch {
      return undefined; // does not exist (or cannot be looked at): mkdir will say why
    }
    if (!isDir) return current;
  }
  return undefined;
}

/** True when this process can list, create and write in `dir`; otherwise throws the plain reason. */
function requireWritableDir(dataDir: string, dir: string): void {
  try {
    accessSync(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM')
      throw unusable(dataDir, `permission denied, ${whoAmI()} cannot read and write ${dir}`);
    throw unusable(dataDir, describeCode(code, dir));
  }
}

/**
 * Makes sure DATA_DIR can hold the embedded database before anything opens it: creates it (0700)
 * or finds it a writable directory, and its `pglite` folder empty, absent or a database this
 * user can write. Any problem becomes one sentence naming the path and the problem
 * (`DATA_DIR_UNUSABLE`), never a stack trace or a start-up that waits for ever.
 * Returns whether a database was there already.
 */
export function prepareDataDir(
  dataDir: string,
  options: { database?: boolean } = {},
): { hadDatabase: boolean } {
  const dir = resolve(dataDir);
  const file = fileInPath(dir);
  if (file === dir) throw unusable(dir, 'it is a file, not a directory');
  if (file) throw unusable(dir, `${file} is a file, not a directory`);
  try {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') {
      throw unusable(dir, `permission denied, ${whoAmI()} cannot create it in ${nearestExisting(dir)}`);
    }
    throw unusable(dir, describeCode(code, dir));
  }
  requireWritableDir(dir, dir);
  if (options.database === false) return { hadDatabase: false };

  const pglite = join(dir, 'pglite');
  let entries: string[] | undefined;
  try {
    if (!lstatSync(pglite).isDirectory()) throw unusable(dir, `${pglite} is a file, not a directory`);
    entries = readdirSync(pglite);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') {
      throw unusable(
        dir,
        code === 'EACCES'
          ? `permission denied, ${whoAmI()} cannot read ${pglite}`
          : describeCode(code, pglite),
      );
    }
  }
  if (entries === undefined) {
    try {
      mkdirSync(pglite, { mode: PRIVATE_DIR_MODE });
    } catch (error) {
      throw unusable(dir, describeCode((error as NodeJS.ErrnoException).code, pglite));
    }
    return { hadDatabase: false };
  }
  requireWritableDir(dir, pglite);
  if (entries.length === 0) return { hadDatabase: false };
  if (!entries.includes('PG_VERSION')) {
    // PGlite would try to create a database among these files and never finish.
    throw unusable(
      dir,
      `${pglite} holds files but no database (perhaps a first start that was interrupted); move that folder away and start again`,
    );
  }
  const uid = process.getuid?.();
  const owner = statSync(join(pglite, 'PG_VERSION')).uid;
  if (uid !== undefined && uid !== 0 && owner !== uid) {
    throw unusable(
      dir,
      `the database in ${pglite} belongs to uid ${owner}, and joinedup runs as ${whoAmI()}`,
    );
  }
  for (const name of ['PG_VERSION', join('global', 'pg_control')]) {
    const path = join(pglite, name);
    try {
      accessSync(path, constants.R_OK | constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue;
      throw unusable(dir, `permission denied, ${whoAmI()} cannot write the database file ${path}`);
    }
  }
  return { hadDatabase: true };
}

function nearestExisting(path: string): string {
  let current = dirname(path);
  for (;;) {
    try {
      statSync(current);
      return current;
    } catch {
      const parent = dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}

/** What `makeDataDirPrivate` changed. */
export interface PrivateDirReport {
  /** Directories and files whose mode let group or others in, and no longer does. */
  tightened: number;
  /** Entries whose mode could not be changed (another owner): they stay as they were. */
  failed: number;
}

/**
 * Takes group and other permissions away from DATA_DIR and everything in it: directories become
 * 0700 and files 0600 (modes that are already stricter are left alone). Entries that vanish
 * meanwhile (the database runs) are skipped; symbolic links are not followed.
 */
export function makeDataDirPrivate(dataDir: string): PrivateDirReport {
  const report: PrivateDirReport = { tightened: 0, failed: 0 };
  const visit = (path: string) => {
    let stats: ReturnType<typeof lstatSync>;
    try {
      stats = lstatSync(path);
    } catch {
      return;
    }
    if (stats.isSymbolicLink()) return;
    const isDir = stats.isDirectory();
    if ((stats.mode & 0o077) !== 0) {
      try {
        chmodSync(path, isDir ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE);
        report.tightened++;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') report.failed++;
      }
    }
    if (!isDir) return;
    let names: string[];
    try {
      names = readdirSync(path);
    } catch {
      return;
    }
    for (const name of names) visit(join(path, name));
  };
  visit(resolve(dataDir));
  return report;
}

/**
 * Files this process creates from now on start private (a umask of 077). Not available in worker
 * threads, where it is left as it is: the walk above still applies there.
 */
export function restrictUmask(): void {
  try {
    process.umask(0o077);
  } catch {
    // worker threads cannot change the process umask
  }
}
