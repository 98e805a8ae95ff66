import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { AppError } from '../core/shared/errors.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const schemaPath = join(projectRoot, 'prisma', 'schema.prisma');
export const migrationsDir = join(projectRoot, 'prisma', 'migrations');

const noFilters = { externalTables: [], externalEnums: [] };

type EngineModule = typeof import('@prisma/schema-engine-wasm');

// Node's WebAssembly global, typed only as far as this file needs (the Node 20 typings omit it).
const wasmRuntime = (
  globalThis as unknown as {
    WebAssembly: {
      instantiate(
        bytes: Uint8Array,
        imports: Record<string, unknown>,
      ): Promise<{ instance: { exports: Record<string, unknown> } }>;
    };
  }
).WebAssembly;
let engineModule: Promise<EngineModule> | undefined;

/**
 * The package's entry imports its `.wasm` file as an ES module, which Node cannot do, so the
 * module is instantiated here with the generated JS glue as its import object.
 */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = (await import(gluePath)) as EngineModule & { __wbg_set_wasm(exports: unknown): void };
    const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
    const { instance } = await wasmRuntime.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

type ScriptRunner = { exec?(sql: string): Promise<unknown>; query?(sql: string): Promise<unknown> };
type ScriptAdapter = {
  executeScript(script: string): Promise<void>;
  underlyingDriver?(): unknown;
  client?: unknown;
  onError?(error: unknown): never;
};

/**
 * Both driver adapters run migration scripts unsafely: the PGlite one does not await the script,
 * so a failing migration is recorded as applied, and the pg one splits the script on `;` and runs
 * the pieces one by one, so a failure half-applies it. Sent whole over the simple query protocol,
 * a script runs as one implicit transaction: it applies completely or not at all, and its error
 * reaches the engine, which then records the migration as failed.
 */
function withAtomicScripts(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  const patch = <T>(adapter: T): T => {
    const a = adapter as unknown as ScriptAdapter;
    const driver = (a.underlyingDriver?.() ?? a.client) as ScriptRunner | undefined;
    const run = driver?.exec?.bind(driver) ?? driver?.query?.bind(driver);
    if (!run) return adapter;
    a.executeScript = async (script: string) => {
      try {
        await run(script);
      } catch (error) {
        if (a.onError) a.onError(error);
        throw error;
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}

async function openEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaText: string,
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadEngineModule();
  return SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(withAtomicScripts(factory)),
  );
}

/** Reads prisma/migrations in Prisma's own layout (one folder per migration, oldest first). */
export async function readMigrationList(dir = migrationsDir): Promise<MigrationList> {
  const entries = existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : [];
  const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  folders.sort();
  const lockPath = join(dir, 'migration_lock.toml');
  return {
    baseDir: resolve(dir),
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      folders.map(async (name) => {
        const file = join(dir, name, 'migration.sql');
        let content: { tag: 'ok'; value: string } | { tag: 'error'; value: string };
        try {
          content = { tag: 'ok', value: await readFile(file, 'utf8') };
        } catch (error) {
          content = { tag: 'error', value: String(error) };
        }
        return { path: name, migrationFile: { path: 'migration.sql', content } };
      }),
    ),
  } as MigrationList;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) {
    const e = error as { message?: unknown; error?: unknown };
    if (typeof e.message === 'string') return e.message;
    return JSON.stringify(error);
  }
  return String(error);
}

/**
 * Applies every migration not yet recorded in `_prisma_migrations`. Applying twice is a no-op.
 * Each migration runs in a transaction, so a failing one leaves the database as it was before
 * it and is reported with its name.
 */
export async function applyMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  dir = migrationsDir,
): Promise<string[]> {
  const engine = await openEngine(factory, await readFile(schemaPath, 'utf8'));
  try {
    const migrationsList = await readMigrationList(dir);
    const out = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return out.appliedMigrationNames;
  } catch (error) {
    throw new AppError('MIGRATION_FAILED', `Database migration failed: ${describe(error)}`, {
      cause: error,
    });
  } finally {
    engine.free();
  }
}

/**
 * The SQL that takes a database at the end of the committed migration history to the current
 * schema. The engine's own createMigration needs a shadow database it cannot open here, so the
 * history is replayed into a throwaway in-memory PGlite and diffed against the schema instead.
 */
export async function diffSchemaAgainstMigrations(dir = migrationsDir): Promise<string> {
  const shadow = new PGlite();
  try {
    const factory = new PrismaPGlite(shadow);
    await applyMigrations(factory, dir);
    const schemaText = await readFile(schemaPath, 'utf8');
    const engine = await openEngine(factory, schemaText);
    try {
      const result = await engine.diff({
        from: {
          tag: 'schemaDatasource',
          files: [{ path: schemaPath, content: schemaText }],
          configDir: projectRoot,
        },
        to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schemaText }] },
        script: true,
        exitCode: null,
        filters: noFilters,
      });
      return result.stdout ?? '';
    } finally {
      engine.free();
    }
  } finally {
    await shadow.close();
  }
}

/** True when the SQL only says there is nothing to do. */
export function isEmptyMigration(sql: string): boolean {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .every((line) => line === '' || line.startsWith('--'));
}

/** Writes the pending schema change as the next migration folder; returns its path, or null. */
export async function createMigration(
  name: string,
  dir = migrationsDir,
  now = new Date(),
): Promise<string | null> {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  if (!slug) throw new AppError('BAD_INPUT', 'Give the migration a name, for example `add_forums`.');
  const sql = await diffSchemaAgainstMigrations(dir);
  if (isEmptyMigration(sql)) return null;
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const folder = join(dir, `${stamp}_${slug}`);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'migration.sql'), sql);
  const lock = join(dir, 'migration_lock.toml');
  if (!existsSync(lock)) {
    await writeFile(
      lock,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return folder;
}
