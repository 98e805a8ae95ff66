// The dashboard's repositories on a real database: a sign-in link is used once however many
// redemptions race, sessions expire, local answers are per workspace with unique titles.
import { expect, it } from 'vitest';
import { isAppError } from '../../../src/core/shared/errors.ts';
import { createRepositories } from '../../../src/storage/index.ts';
import { describeEachDatabase } from '../../support/databases.ts';

describeEachDatabase('dashboard storage', (db) => {
  const now = new Date('2027-01-10T09:00:00Z');

  it('lets exactly one of many racing redemptions use a sign-in link, and none once it has expired', async () => {
    const repos = createRepositories(db.storage.prisma);
    await repos.members.ensureMember({ id: 'W-race', platform: 'slack' }, 'U1');
    await repos.dashboardAuth.createSignIn({
      id: 'link-1',
      workspaceId: 'W-race',
      userId: 'U1',
      expiresAt: new Date(now.getTime() + 600_000),
    });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => repos.dashboardAuth.consumeSignIn('link-1', now)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    await repos.dashboardAuth.createSignIn({
      id: 'link-2',
      workspaceId: 'W-race',
      userId: 'U1',
      expiresAt: new Date(now.getTime() + 600_000),
    });
    expect(await repos.dashboardAuth.consumeSignIn('link-2', new Date(now.getTime() + 600_000))).toBeNull();
    expect(await repos.dashboardAuth.consumeSignIn('no-such-link', now)).toBeNull();
  });

  it('finds sessions until they expire and deletes expired ones', async () => {
    const repos = createRepositories(db.storage.prisma);
    await repos.members.ensureMember({ id: 'W-sess', platform: 'slack' }, 'U1');
    await repos.dashboardAuth.createSession({
      id: 'hash-1',
      workspaceId: 'W-sess',
      userId: 'U1',
      expiresAt: new Date(now.getTime() + 1000),
    });
    expect((await repos.dashboardAuth.findSession('hash-1', now))?.userId).toBe('U1');
    expect(await repos.dashboardAuth.findSession('hash-1', new Date(now.getTime() + 1000))).toBeNull();
    expect(await repos.dashboardAuth.deleteExpired(new Date(now.getTime() + 1000))).toBeGreaterThanOrEqual(1);
    expect(await db.storage.prisma.dashboardSession.count({ where: { id: 'hash-1' } })).toBe(0);
  });

  it('keeps local answers per workspace, refuses a second with the same slug, and changes its fingerprint', async () => {
    const repos = createRepositories(db.storage.prisma);
    const article = {
      slug: 'local-parking',
      title: 'Parking',
      body: 'Use the car park on Station Road.',
      keywords: ['parking'],
      createdBy: 'U1',
    };
    const before = await repos.localArticles.version('W-art-A');
    await repos.localArticles.create({ ...article, workspaceId: 'W-art-A' });
    await repos.localArticles.create({ ...article, workspaceId: 'W-art-B' });
    expect(await repos.localArticles.version('W-art-A')).not.toBe(before);
    await expect(repos.localArticles.create({ ...article, workspaceId: 'W-art-A' })).rejects.toSatisfy((e) =>
      isAppError(e, 'BAD_INPUT'),
    );
    expect((await repos.localArticles.list('W-art-A')).map((a) => a.workspaceId)).toEqual(['W-art-A']);
  });
});
