import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDataDirPrivate, PRIVATE_DIR_MODE } from '../../src/ops/data-dir.ts';
import { migratedTemplateFile } from './migrated-template.ts';

/**
 * A fresh DATA_DIR whose embedded database already has every migration, for tests of a `joinedup`
 * process that are not about the first start: the template's files are unpacked into
 * `<DATA_DIR>/pglite` instead of the process running initdb and the migrations, and flushing a
 * whole new cluster to disk at exit (several seconds a process). Everything else in the directory
 * (keys, secrets) is made by the process as on any start.
 */
export async function migratedDataDir(prefix = 'joinedup-data-'): Promise<string> {
  const template = await migratedTemplateFile();
  const dataDir = join(mkdtempSync(join(tmpdir(), prefix)), 'data');
  const pglite = join(dataDir, 'pglite');
  mkdirSync(pglite, { recursive: true, mode: PRIVATE_DIR_MODE });
  execFileSync('tar', ['-xf', template, '-C', pglite], { stdio: 'ignore' });
  makeDataDirPrivate(dataDir);
  return dataDir;
}
