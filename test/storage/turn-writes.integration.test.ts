import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewQuestionLogEntry } from '../../src/core/shared/ports.ts';
import { DataProtection } from '../../src/storage/data-protection.ts';
import { createRepositories, openStorage } from '../../src/storage/index.ts';
import { forgetCached } from '../../src/storage/lookup-cache.ts';
import { questionLogWriterFor, questionRow } from '../../src/storage/question-log-writer.ts';
import { describeEachDatabase } from '../support/databases.ts';

const DAY = 86_400_000;
const at = new Date('2027-05-04T10:00:00Z');

function question(workspaceId: string, n: number): NewQuestionLogEntry {
  return {
    workspaceId,
    userId: `U${n % 5}`,
    redactedText: `who can start a CAF? (${n})`,
    answerKind: 'answer',
    matchedArticles: ['caf'],
    confidence: 0.9,
    privacyWarning: false,
    createdAt: new Date(at.getTime() + n),
    expiresAt: new Date(at.getTime() + 90 * DAY),
  };
}

describeEachDatabase('fewer writes per turn', (db) => {
  it('the question log: entries are handed over at once, written together, and every reader sees them', async () => {
    const repos = createRepositories(db.storage.prisma);
    const workspaceId = 'W-batch';
    const recorded = await Promise.all(
      Array.from({ length: 40 }, (_, n) => repos.questions.record(question(workspaceId, n))),
    );
    // Ids are made on recording, so the reply can name its question before the row exists.
    expect(new Set(recorded.map((r) => r.id)).size).toBe(40);
    // The turns did not wait for their rows: most are still queued behind the first write.
    expect(questionLogWriterFor(db.storage.prisma).waiting).toBeGreaterThan(0);
    // A reader through the repository flushes first.
    const latest = await repos.questions.latestForUser(workspaceId, 'U4');
    expect(latest?.redactedText).toBe('who can start a CAF? (39)');
    expect(await db.storage.prisma.guidanceQuestion.count({ where: { workspaceId } })).toBe(40);
    // Feedback on a question recorded a moment ago finds it.
    const fresh = await repos.questions.record(question(workspaceId, 99));
    expect(await repos.questions.setFeedback(workspaceId, fresh.id, 'helpful', at)).toBe(true);
    // A workspace only a question named is recorded without a platform.
    expect(await repos.workspaces.platformOf(workspaceId)).toBeUndefined();
  });

  it('a row the database refuses is dropped and reported alone; the rest of its batch is written', async () => {
    const repos = createRepositories(db.storage.prisma);
    const writer = questionLogWriterFor(db.storage.prisma);
    const reported: { entries: number; givenUp: boolean }[] = [];
    const before = writer.onError;
    writer.onError = (_error, info) => reported.push(info);
    try {
      const workspaceId = 'W-bad-row';
      await Promise.all([
        repos.questions.record(question(workspaceId, 1)),
        // PostgreSQL text cannot hold a NUL character: the database refuses this row itself.
        repos.questions.record({ ...question(workspaceId, 2), redactedText: 'a \u0000 b' }),
        repos.questions.record(question(workspaceId, 3)),
      ]);
      await repos.flush();
      const stored = await db.storage.prisma.guidanceQuestion.findMany({
        where: { workspaceId },
        orderBy: { createdAt: 'asc' },
      });
      expect(stored.map((r) => r.redactedText)).toEqual([
        'who can start a CAF? (1)',
        'who can start a CAF? (3)',
      ]);
      expect(reported).toEqual([{ entries: 1, givenUp: true }]);
      expect(writer.waiting).toBe(0);
    } finally {
      writer.onError = before;
    }
  });

  it('an entry whose write committed but whose reply was lost is not written twice nor blocks the rest', async () => {
    const writer = questionLogWriterFor(db.storage.prisma);
    const reported: unknown[] = [];
    const before = writer.onError;
    writer.onError = (error) => reported.push(error);
    try {
      const workspaceId = 'W-lost-reply';
      await db.storage.prisma.workspace.create({ data: { id: workspaceId, platform: 'slack' } });
      const first = questionRow('q-lost-reply-1', question(workspaceId, 1), at);
      // As an outage leaves it: the row is in the database, and the writer still holds it to retry.
      await db.storage.prisma.guidanceQuestion.create({ data: first });
      writer.add(first);
      writer.add(questionRow('q-lost-reply-2', question(workspaceId, 2), at));
      await writer.flush();
      expect(writer.waiting).toBe(0);
      expect(reported).toEqual([]);
      const stored = await db.storage.prisma.guidanceQuestion.findMany({
        where: { workspaceId },
        orderBy: { createdAt: 'asc' },
      });
      expect(stored.map((r) => r.id)).toEqual(['q-lost-reply-1', 'q-lost-reply-2']);
    } finally {
      writer.onError = before;
    }
  });

  it('the workspace row: made sure of once per workspace, not on every event, yet its platform is still recorded', async () => {
    const repos = createRepositories(db.storage.prisma);
    const workspaceId = 'W-ensure-once';
    const expires = new Date(at.getTime() + DAY);
    // The question log makes the row first, without a platform.
    await repos.questions.record(question(workspaceId, 1));
    await repos.flush();
    expect(await repos.workspaces.platformOf(workspaceId)).toBeUndefined();
    // The first event names the platform: recorded.
    expect(await repos.events.markProcessed(workspaceId, 'teams', 'e-1', expires)).toBe(true);
    expect(await repos.workspaces.platformOf(workspaceId)).toBe('teams');
    // Later events do not run the upsert again: with the row changed behind this process's back
    // (as only a test does), a second upsert would put the platform back, and it does not.
    await db.storage.prisma.workspace.update({ where: { id: workspaceId }, data: { platform: 'unknown' } });
    expect(await repos.events.markProcessed(workspaceId, 'teams', 'e-2', expires)).toBe(true);
    expect(await repos.workspaces.platformOf(workspaceId)).toBeUndefined();
    // Once the workspace is deleted here, the next event makes the row again.
    await db.storage.prisma.$transaction([
      db.storage.prisma.processedEvent.deleteMany({ where: { workspaceId } }),
      db.storage.prisma.guidanceQuestion.deleteMany({ where: { workspaceId } }),
      db.storage.prisma.workspace.delete({ where: { id: workspaceId } }),
    ]);
    forgetCached(db.storage.prisma, workspaceId);
    expect(await repos.events.markProcessed(workspaceId, 'teams', 'e-3', expires)).toBe(true);
    expect(await repos.workspaces.platformOf(workspaceId)).toBe('teams');
  });

  it('a subject access export and an erasure include questions not yet written', async () => {
    const repos = createRepositories(db.storage.prisma);
    const protection = new DataProtection(db.storage.prisma, 'a-test-secret-of-enough-length');
    await repos.questions.record({ ...question('W-sar', 1), userId: 'U-sar' });
    const exported = await protection.exportUser('W-sar', 'U-sar');
    expect(JSON.stringify(exported)).toContain('who can start a CAF? (1)');
    await repos.questions.record({ ...question('W-sar', 2), userId: 'U-sar' });
    await protection.eraseUser('W-sar', 'U-sar');
    expect(await db.storage.prisma.guidanceQuestion.count({ where: { userId: 'U-sar' } })).toBe(0);
  });

  it('turn state: writing back what was read changes nothing; a change is written with a new eTag', async () => {
    const repos = createRepositories(db.storage.prisma);
    const key = 'msteams/conversations/a:writes/conversation';
    expect(await repos.turnState.write(key, { step: 1 })).toBe(true);
    const first = (await repos.turnState.read([key]))[key];
    expect(first).toBeDefined();
    expect(await repos.turnState.write(key, { step: 1 }, first?.eTag)).toBe(true);
    const row = await db.storage.prisma.botState.findUnique({ where: { key } });
    expect(row?.eTag).toBe(first?.eTag);
    expect(await repos.turnState.write(key, { step: 2 }, first?.eTag)).toBe(true);
    const second = (await repos.turnState.read([key]))[key];
    expect(second?.value).toEqual({ step: 2 });
    expect(second?.eTag).not.toBe(first?.eTag);
    // A stale eTag with a real change is still refused.
    expect(await repos.turnState.write(key, { step: 3 }, first?.eTag)).toBe(false);
  });

  it('turn state written without an eTag at once by many turns: one row each, the last write of a key wins', async () => {
    const repos = createRepositories(db.storage.prisma);
    const key = (n: number) => `msteams/conversations/a:cards/answers/q-${n}`;
    await repos.turnState.write(key(0), { card: 'before' });
    const writes = Array.from({ length: 30 }, (_, n) =>
      repos.turnState.write(key(n % 25), { card: `card ${n}` }),
    );
    expect(await Promise.all(writes)).toEqual(writes.map(() => true));
    const read = await repos.turnState.read(Array.from({ length: 25 }, (_, n) => key(n)));
    expect(Object.keys(read)).toHaveLength(25);
    // Keys 0 to 4 were written twice: the later write (n + 25) is what stays.
    expect(read[key(0)]?.value).toEqual({ card: 'card 25' });
    expect(read[key(4)]?.value).toEqual({ card: 'card 29' });
    expect(read[key(5)]?.value).toEqual({ card: 'card 5' });
    expect(new Set(Object.values(read).map((item) => item.eTag)).size).toBe(25);
    // An item written this way still takes part in eTag concurrency.
    const item = read[key(7)];
    expect(await repos.turnState.write(key(7), { card: 'rated' }, item?.eTag)).toBe(true);
    expect(await repos.turnState.write(key(7), { card: 'stale' }, item?.eTag)).toBe(false);
  });

  it('members: lookups are cached, and this process sees its own role changes and erasures at once', async () => {
    const repos = createRepositories(db.storage.prisma);
    const workspace = { id: 'W-members', platform: 'slack' as const };
    const first = await repos.members.ensureMember(workspace, 'U-first');
    expect(first.role).toBe('coordinator');
    expect((await repos.members.ensureMember(workspace, 'U-second')).role).toBe('member');
    await repos.members.setRole('W-members', 'U-second', 'coordinator');
    expect((await repos.members.findMember('W-members', 'U-second'))?.role).toBe('coordinator');
    // Another set of repositories over the same client shares the cache, and sees the change.
    expect(
      (await createRepositories(db.storage.prisma).members.findMember('W-members', 'U-second'))?.role,
    ).toBe('coordinator');
    await new DataProtection(db.storage.prisma, 'a-test-secret-of-enough-length').eraseUser(
      'W-members',
      'U-second',
    );
    expect(await repos.members.findMember('W-members', 'U-second')).toBeNull();
  });

  it('conversation references: an unchanged save is skipped, but one marked inactive here is saved again', async () => {
    const repos = createRepositories(db.storage.prisma);
    const reference = { conversation: { id: 'a:ref' }, serviceUrl: 'https://smba.example/' };
    await repos.conversationReferences.save('W-refs', 'a:ref', reference);
    await repos.conversationReferences.save('W-refs', 'a:ref', reference);
    expect((await repos.conversationReferences.find('W-refs', 'a:ref'))?.active).toBe(true);
    expect(await repos.conversationReferences.markInactive('W-refs', 'a:ref')).toBe(true);
    await repos.conversationReferences.save('W-refs', 'a:ref', reference);
    expect((await repos.conversationReferences.find('W-refs', 'a:ref'))?.active).toBe(true);
    // Marked inactive by another replica, which this process's cache cannot know of.
    await db.storage.prisma.conversationReference.updateMany({
      where: { workspaceId: 'W-refs', conversationId: 'a:ref' },
      data: { active: false },
    });
    await repos.conversationReferences.save('W-refs', 'a:ref', reference);
    expect((await repos.conversationReferences.find('W-refs', 'a:ref'))?.active).toBe(true);
  });
});

describe('the question log at shutdown', () => {
  it('closing the database writes every question still waiting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'joinedup-qlog-'));
    try {
      const storage = await openStorage({ dataDir: dir });
      const repos = createRepositories(storage.prisma);
      for (let n = 0; n < 25; n++) void repos.questions.record(question('W-close', n));
      await storage.close();
      const reopened = await openStorage({ dataDir: dir });
      try {
        expect(await reopened.prisma.guidanceQuestion.count({ where: { workspaceId: 'W-close' } })).toBe(25);
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
