import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every TypeScript file under `dir`, as paths relative to it. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}
