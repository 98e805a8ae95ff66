import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/shared/errors.ts';
import { openStorage } from '../../src/storage/index.ts';
import { applyMigrations, diffSchemaAgainstMigrations, migrationsDir } from '../../src/storage/migrate.ts';
import { createScratchDatabase } from '../support/databases.ts';
import { migratedTemplate } from '../support/migrated-template.ts';

async function copyOfMigrations(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'joinedup-migrations-'));
  await cp(migrationsDir, dir, { recursive: true });
  return dir;
}

describe('migrations', () => {
  it('applies the history once; applying again is a no-op', async () => {
    const db = new PGlite();
    const factory = new PrismaPGlite(db);
    const first = await applyMigrations(factory);
    expect(first).toEqual(
      readdirSync(migrationsDir)
        .filter((n) => !n.endsWith('.toml'))
        .sort(),
    );
    expect(await applyMigrations(factory)).toEqual([]);
    const tables = await db.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
    );
    expect(tables.rows.map((r) => r.tablename)).toEqual(
      expect.arrayContaining([
        'workspace',
        'member',
        'guidance_question',
        'processed_event',
        '_prisma_migrations',
      ]),
    );
    await db.close();
  });

  it('reports a failing migration by name and leaves none of it applied', async () => {
    const dir = await copyOfMigrations();
    await mkdir(join(dir, '99990101000000_broken'));
    await writeFile(
      join(dir, '99990101000000_broken', 'migration.sql'),
      'CREATE TABLE half_done (id int);\nALTER TABLE no_such_table ADD COLUMN x int;\n',
    );
    const db = new PGlite();
    const error = await applyMigrations(new PrismaPGlite(db), dir).catch((e: unknown) => e);
    expect(isAppError(error, 'MIGRATION_FAILED')).toBe(true);
    expect(String((error as Error).message)).toMatch(/99990101000000_broken|no_such_table/);
    const halfDone = await db.query("SELECT 1 FROM pg_tables WHERE tablename = 'half_done'");
    expect(halfDone.rows).toHaveLength(0);
    // the good migrations before it are in place
    const ws = await db.query("SELECT 1 FROM pg_tables WHERE tablename = 'workspace'");
    expect(ws.rows).toHaveLength(1);
    await db.close();
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'leaves no half-applied migration on PostgreSQL either',
    async () => {
      const dir = await copyOfMigrations();
      await mkdir(join(dir, '99990101000000_broken'));
      await writeFile(
        join(dir, '99990101000000_broken', 'migration.sql'),
        'CREATE TABLE half_done (id int);\nALTER TABLE no_such_table ADD COLUMN x int;\n',
      );
      const scratch = await createScratchDatabase(String(process.env.TEST_DATABASE_URL));
      const factory = new PrismaPg({ connectionString: scratch.url });
      try {
        const error = await applyMigrations(factory, dir).catch((e: unknown) => e);
        expect(isAppError(error, 'MIGRATION_FAILED')).toBe(true);
        const client = new pg.Client({ connectionString: scratch.url });
        await client.connect();
        const halfDone = await client.query("SELECT 1 FROM pg_tables WHERE tablename = 'half_done'");
        const finished = await client.query(
          "SELECT 1 FROM _prisma_migrations WHERE migration_name = '99990101000000_broken' AND finished_at IS NOT NULL",
        );
        await client.end();
        expect(halfDone.rows).toHaveLength(0);
        expect(finished.rows).toHaveLength(0);
      } finally {
        await scratch.drop();
      }
    },
  );

  it('finds nothing to do when the schema matches the committed migrations', async () => {
    const sql = await diffSchemaAgainstMigrations();
    const statements = sql.split('\n').filter((l) => l.trim() && !l.trim().startsWith('--'));
    expect(statements).toEqual([]);
  });

  it('produces the SQL for the schema when the history is empty', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'joinedup-empty-'));
    const sql = await diffSchemaAgainstMigrations(empty);
    expect(sql).toMatch(/CREATE TABLE "guidance_question"/);
    expect(sql).toMatch(/CREATE TABLE "processed_event"/);
  });

  it('the migrated template the test databases start from holds every migration and its tables', async () => {
    const storage = await openStorage({ dataDir: 'memory://', loadDataDir: await migratedTemplate() });
    try {
      expect(storage.appliedMigrations).toEqual([]);
      expect(await storage.migrationsApplied()).toBe(true);
      expect(await storage.prisma.workspace.count()).toBe(0);
    } finally {
      await storage.close();
    }
  });

  it('opens an embedded database directory, migrates it once, and refuses a second opener', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'joinedup-data-'));
    const storage = await openStorage({ dataDir });
    expect(storage.appliedMigrations.length).toBeGreaterThan(0);
    const second = await openStorage({ dataDir }).catch((e: unknown) => e);
    expect(isAppError(second, 'DATA_DIR_LOCKED')).toBe(true);
    await storage.close();
    const reopened = await openStorage({ dataDir });
    expect(reopened.appliedMigrations).toEqual([]);
    await reopened.close();
    expect(readFileSync(join(migrationsDir, 'migration_lock.toml'), 'utf8')).toMatch(/postgresql/);
  });
});
