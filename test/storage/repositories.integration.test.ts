import { expect, it } from 'vitest';
import { createRepositories } from '../../src/storage/index.ts';
import { describeEachDatabase } from '../support/databases.ts';

const wsA = { id: 'T-A', platform: 'slack' as const };
const wsB = { id: 'T-B', platform: 'slack' as const };
const later = new Date(Date.now() + 86_400_000);

describeEachDatabase('repositories', (db) => {
  it('makes the first member of a workspace its coordinator and later ones members', async () => {
    const { members } = createRepositories(db.storage.prisma);
    const first = await members.ensureMember(wsA, 'U1');
    const second = await members.ensureMember(wsA, 'U2');
    const again = await members.ensureMember(wsA, 'U1');
    expect(first.role).toBe('coordinator');
    expect(second.role).toBe('member');
    expect(again.role).toBe('coordinator');
    // a different workspace has its own first member
    expect((await members.ensureMember(wsB, 'U2')).role).toBe('coordinator');
  });

  it('makes exactly one coordinator when many first users arrive at once', async () => {
    const { members } = createRepositories(db.storage.prisma);
    const ws = { id: 'T-RACE', platform: 'teams' as const };
    const created = await Promise.all(Array.from({ length: 8 }, (_, i) => members.ensureMember(ws, `U${i}`)));
    expect(created.filter((m) => m.role === 'coordinator')).toHaveLength(1);
  });

  it('keeps each workspace’s questions to itself', async () => {
    const { questions } = createRepositories(db.storage.prisma);
    const base = {
      answerKind: 'no_answer' as const,
      matchedArticles: [],
      confidence: 0.1,
      privacyWarning: false,
      expiresAt: later,
    };
    const a = await questions.record({
      ...base,
      workspaceId: wsA.id,
      userId: 'U1',
      redactedText: 'parking at [place]?',
    });
    await questions.record({ ...base, workspaceId: wsB.id, userId: 'U9', redactedText: 'workspace B only' });

    expect(await questions.find(wsB.id, a.id)).toBeNull();
    expect(await questions.setFeedback(wsB.id, a.id, 'unhelpful', new Date())).toBe(false);
    const listedB = await questions.listNeedingAnswers(wsB.id, 10);
    expect(listedB.map((q) => q.redactedText)).toEqual(['workspace B only']);
    const listedA = await questions.listNeedingAnswers(wsA.id, 10);
    expect(listedA.map((q) => q.id)).toEqual([a.id]);
  });

  it('stores feedback and lists unhelpful answers for coordinators', async () => {
    const { questions } = createRepositories(db.storage.prisma);
    const q = await questions.record({
      workspaceId: 'T-FB',
      redactedText: 'what is a TAC',
      answerKind: 'answer',
      matchedArticles: ['team-around-the-child'],
      confidence: 0.9,
      privacyWarning: false,
      expiresAt: later,
    });
    expect(await questions.listNeedingAnswers('T-FB', 10)).toHaveLength(0);
    expect(await questions.setFeedback('T-FB', q.id, 'unhelpful', new Date())).toBe(true);
    const listed = await questions.listNeedingAnswers('T-FB', 10);
    expect(listed.map((x) => [x.id, x.feedback])).toEqual([[q.id, 'unhelpful']]);
    expect(listed[0]?.matchedArticles).toEqual(['team-around-the-child']);
  });

  it('writes a batch of questions exactly as given: nulls, several articles, any text, to the millisecond', async () => {
    const { questions } = createRepositories(db.storage.prisma);
    const createdAt = new Date('2026-12-06T15:04:05.678Z');
    const expiresAt = new Date('2027-03-06T15:04:05.679Z');
    const entries = [
      {
        workspaceId: 'T-BATCH',
        userId: 'U1',
        redactedText: "what's a TAF \u2014 \u00e9t\u00e9 'quoted' \\ {\"json\"} [name]",
        answerKind: 'answer' as const,
        matchedArticles: ['team-around-the-child', 'lead-professional', 'a,b "c"'],
        confidence: 0.8765,
        privacyWarning: true,
        createdAt,
        expiresAt,
      },
      {
        workspaceId: 'T-BATCH',
        redactedText: '',
        answerKind: 'urgent' as const,
        urgency: 'now' as const,
        matchedArticles: [],
        confidence: 1,
        privacyWarning: false,
        createdAt,
        expiresAt,
      },
    ];
    // Recorded together, so the writer puts them in one statement.
    const recorded = await Promise.all(entries.map((e) => questions.record(e)));
    await db.storage.repos.flush();
    const rows = await db.storage.prisma.guidanceQuestion.findMany({
      where: { workspaceId: 'T-BATCH' },
      orderBy: { confidence: 'desc' },
    });
    expect(rows.map((r) => r.id)).toEqual([recorded[1]?.id, recorded[0]?.id]);
    expect(rows[1]).toMatchObject({
      userId: 'U1',
      redactedText: entries[0]?.redactedText,
      matchedArticles: entries[0]?.matchedArticles,
      confidence: 0.8765,
      privacyWarning: true,
      urgency: null,
      createdAt,
      expiresAt,
    });
    expect(rows[0]).toMatchObject({ userId: null, redactedText: '', urgency: 'now', matchedArticles: [] });
  });

  it('deletes expired questions and keeps the rest', async () => {
    const { questions } = createRepositories(db.storage.prisma);
    const past = new Date(Date.now() - 1000);
    const base = {
      workspaceId: 'T-EXP',
      answerKind: 'answer' as const,
      matchedArticles: [],
      confidence: 1,
      privacyWarning: false,
    };
    await questions.record({ ...base, redactedText: 'old', expiresAt: past });
    await questions.record({ ...base, redactedText: 'new', expiresAt: later });
    expect(await questions.deleteExpired(new Date())).toBeGreaterThanOrEqual(1);
    const left = await db.storage.prisma.guidanceQuestion.findMany({ where: { workspaceId: 'T-EXP' } });
    expect(left.map((r) => r.redactedText)).toEqual(['new']);
  });

  it('lets exactly one of many concurrent deliveries of an event through', async () => {
    const { events } = createRepositories(db.storage.prisma);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => events.markProcessed(wsA.id, 'slack', 'Ev123', later)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await events.markProcessed(wsA.id, 'slack', 'Ev123', later)).toBe(false);
    // the same id from another workspace or source is a different event
    expect(await events.markProcessed(wsB.id, 'slack', 'Ev123', later)).toBe(true);
    expect(await events.markProcessed(wsA.id, 'teams', 'Ev123', later)).toBe(true);
  });
});
