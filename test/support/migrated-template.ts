import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { applyMigrations, migrationsDir } from '../../src/storage/migrate.ts';

/** What a migrated database depends on: every migration's SQL and the PGlite version. */
function templateKey(): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../node_modules/@electric-sql/pglite/package.json'), 'utf8'),
    ).version,
  );
  for (const name of readdirSync(migrationsDir).sort()) {
    const sql = join(migrationsDir, name, 'migration.sql');
    hash.update(name);
    if (existsSync(sql)) hash.update(readFileSync(sql));
  }
  return hash.digest('hex').slice(0, 16);
}

let made: Promise<string> | undefined;
let loaded: Promise<Blob> | undefined;

/**
 * The file of a PGlite data directory with every migration applied (a tar), made once per set of
 * migrations and kept in the temporary directory: each test database starts from a copy of it
 * instead of running initdb and the schema engine again (most of a test file's set-up time).
 */
export function migratedTemplateFile(): Promise<string> {
  made ??= (async () => {
    const file = join(tmpdir(), `joinedup-test-pglite-${templateKey()}.tar`);
    if (existsSync(file)) return file;
    const pglite = new PGlite();
    try {
      await applyMigrations(new PrismaPGlite(pglite));
      const dump = await pglite.dumpDataDir('none');
      // Written aside, then renamed: files running at the same time never read half a template.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()), { mode: 0o600 });
      renameSync(partial, file);
      return file;
    } finally {
      await pglite.close();
    }
  })();
  return made;
}

/** The migrated template's contents, for PGlite's `loadDataDir`. */
export function migratedTemplate(): Promise<Blob> {
  loaded ??= migratedTemplateFile().then((file) => new Blob([readFileSync(file)]));
  return loaded;
}
