import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { createRepositories, openStorage } from '../../src/storage/index.ts';

describe('dumping the embedded database while it is in use', () => {
  it('makes a consistent dump between queries and transactions, and leaves the session as it was', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'joinedup-dump-')), 'data');
    const storage = await openStorage({ dataDir });
    try {
      const { prisma } = storage;
      const repos = createRepositories(prisma);
      await prisma.workspace.create({ data: { id: 'W', platform: 'console' } });
      // Writers, one of them in interactive transactions that each insert two rows: a dump taken
      // in the middle of one would hold an odd number of rows.
      let stop = false;
      let written = 0;
      const writer = (async () => {
        for (let i = 0; !stop; i++) {
          await prisma.$transaction(async (tx) => {
            await tx.member.create({ data: { workspaceId: 'W', userId: `a${i}` } });
            await new Promise((r) => setTimeout(r, 2));
            await tx.member.create({ data: { workspaceId: 'W', userId: `b${i}` } });
          });
          await repos.posts.schedule({
            workspaceId: 'W',
            key: `k${i}`,
            kind: 'member_reminder',
            channelId: 'C',
            message: { kind: 'member_reminder', text: 'x' },
            dueAt: new Date(),
          });
          written++;
        }
      })();
      await new Promise((r) => setTimeout(r, 300));
      if (!storage.dump) throw new Error('no dump on PGlite');
      const sql = await storage.dump();
      await new Promise((r) => setTimeout(r, 200));
      stop = true;
      await writer;
      expect(written).toBeGreaterThan(3);

      // the app's own session is unchanged: unqualified raw SQL (search_path) still works
      expect(
        await repos.posts.schedule({
          workspaceId: 'W',
          key: 'after',
          kind: 'member_reminder',
          channelId: 'C',
          message: { kind: 'member_reminder', text: 'x' },
          dueAt: new Date(),
        }),
      ).toEqual({ created: true });
      expect(await prisma.$queryRawUnsafe<{ n: number }[]>('SELECT count(*)::int AS n FROM member')).toEqual([
        { n: written * 2 },
      ]);

      const restored = new PGlite();
      await restored.exec(sql);
      await restored.exec('SET search_path TO public');
      const members =
        (await restored.query<{ n: number }>('SELECT count(*)::int AS n FROM member')).rows[0]?.n ?? -1;
      const posts =
        (await restored.query<{ n: number }>('SELECT count(*)::int AS n FROM scheduled_post')).rows[0]?.n ??
        -1;
      await restored.close();
      expect(members % 2).toBe(0);
      expect(members).toBeGreaterThan(0);
      expect(members).toBeLessThan(written * 2 + 1);
      // each loop writes its pair of members before its post: the dump is one moment
      expect([members / 2, members / 2 - 1]).toContain(posts);
    } finally {
      await storage.close();
    }
  }, 120_000);
});
