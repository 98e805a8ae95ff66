import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openStorage } from '../../src/storage/index.ts';

it('the embedded database runs with a buffer pool sized for it, not PostgreSQL’s 128 MB default', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'joinedup-settings-'));
  const storage = await openStorage({ dataDir: dir });
  try {
    const rows = await storage.prisma.$queryRaw<{ name: string; setting: string; unit: string | null }[]>`
      SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'max_connections')
      ORDER BY name`;
    expect(rows).toEqual([
      { name: 'max_connections', setting: '10', unit: null },
      // 2,048 pages of 8 kB.
      { name: 'shared_buffers', setting: '2048', unit: '8kB' },
    ]);
  } finally {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
