import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { NewQuestionLogEntry, QuestionLogRepository } from '../../../src/core/shared/ports.ts';

const DAY = 86_400_000;
const t0 = new Date('2027-04-01T09:00:00Z');

/**
 * What every QuestionLogRepository does, whatever keeps it: run against the in-memory fake (unit
 * tier) and the Prisma repository on PGlite and PostgreSQL (integration tier).
 */
export function questionLogRepositoryContract(repository: () => QuestionLogRepository): void {
  const workspace = () => `W-${randomUUID().slice(0, 8)}`;
  const entry = (workspaceId: string, over: Partial<NewQuestionLogEntry> = {}): NewQuestionLogEntry => ({
    workspaceId,
    userId: 'U1',
    redactedText: 'do I need consent to share with [name]?',
    answerKind: 'answer',
    matchedArticles: ['consent'],
    confidence: 0.8,
    privacyWarning: true,
    createdAt: t0,
    expiresAt: new Date(t0.getTime() + 30 * DAY),
    ...over,
  });

  it('records a question as given, finds it in its workspace only, and takes feedback', async () => {
    const questions = repository();
    const [w1, w2] = [workspace(), workspace()];
    const recorded = await questions.record(entry(w1));
    expect(recorded).toEqual({ ...entry(w1), id: recorded.id });
    expect(await questions.find(w1, recorded.id)).toEqual(recorded);
    expect(await questions.find(w2, recorded.id)).toBeNull();
    expect(await questions.setFeedback(w2, recorded.id, 'helpful', t0)).toBe(false);
    expect(await questions.setFeedback(w1, recorded.id, 'helpful', t0)).toBe(true);
    expect((await questions.find(w1, recorded.id))?.feedback).toBe('helpful');
  });

  it('keeps an urgent message without text or author', async () => {
    const questions = repository();
    const w = workspace();
    const urgent = await questions.record(
      entry(w, {
        userId: undefined,
        redactedText: '',
        answerKind: 'urgent',
        urgency: 'now',
        matchedArticles: [],
      }),
    );
    const found = await questions.find(w, urgent.id);
    expect([found?.urgency, found?.userId, found?.redactedText]).toEqual(['now', undefined, '']);
  });

  it("finds a person's latest question, and lists unanswered or unhelpful ones newest first", async () => {
    const questions = repository();
    const w = workspace();
    const at = (days: number) => new Date(t0.getTime() + days * DAY);
    const first = await questions.record(entry(w, { answerKind: 'no_answer', createdAt: at(0) }));
    const second = await questions.record(entry(w, { createdAt: at(1) }));
    const third = await questions.record(
      entry(w, { answerKind: 'no_answer', createdAt: at(2), userId: 'U2' }),
    );
    await questions.setFeedback(w, second.id, 'unhelpful', at(3));
    expect((await questions.latestForUser(w, 'U1'))?.id).toBe(second.id);
    expect(await questions.latestForUser(w, 'U9')).toBeNull();
    expect((await questions.listNeedingAnswers(w, 10)).map((q) => q.id)).toEqual([
      third.id,
      second.id,
      first.id,
    ]);
    expect((await questions.listNeedingAnswers(w, 2)).map((q) => q.id)).toEqual([third.id, second.id]);
  });

  it('deletes questions at their expiry', async () => {
    const questions = repository();
    const w = workspace();
    const soon = await questions.record(entry(w, { expiresAt: new Date(t0.getTime() + DAY) }));
    const late = await questions.record(entry(w, { expiresAt: new Date(t0.getTime() + 90 * DAY) }));
    expect(await questions.deleteExpired(new Date(t0.getTime() + DAY))).toBeGreaterThanOrEqual(1);
    expect(await questions.find(w, soon.id)).toBeNull();
    expect((await questions.find(w, late.id))?.id).toBe(late.id);
  });
}
