import { expect, it } from 'vitest';
import type { NewSurveyRun } from '../../src/core/pulse/ports.ts';
import { createRepositories } from '../../src/storage/index.ts';
import { describeEachDatabase } from '../support/databases.ts';

const HOUR = 3_600_000;
const makeRun = (workspaceId: string, over: Partial<NewSurveyRun> = {}): NewSurveyRun => ({
  workspaceId,
  templateKey: 'trust',
  template: {
    id: 'trust',
    key: 'trust',
    title: 'Trust between agencies',
    description: '',
    shipped: true,
    questions: [{ id: 'q1', type: 'agree5', text: 'I trust colleagues in other agencies', required: true }],
  },
  channelId: 'C1',
  anonymous: true,
  opensAt: new Date('2026-11-21T09:00:00Z'),
  closesAt: new Date('2026-11-28T17:00:00Z'),
  recurrence: 'none',
  ...over,
});

describeEachDatabase('pulse repository', (db) => {
  const now = new Date('2026-11-22T10:00:00Z');
  const later = new Date('2027-11-22T10:00:00Z');

  it('opens a due run for exactly one of several schedulers', async () => {
    const { pulse } = createRepositories(db.storage.prisma);
    const run = await pulse.createRun(makeRun('W-p-open'));
    const results = await Promise.all([
      pulse.openDueRuns(now),
      pulse.openDueRuns(now),
      pulse.openDueRuns(now),
    ]);
    expect(results.flat().filter((r) => r.id === run.id)).toHaveLength(1);
    expect((await pulse.findRun('W-p-open', run.id))?.status).toBe('open');
  });

  it('keeps one response per person, replacing on a second answer, and refuses answers once closed', async () => {
    const { pulse } = createRepositories(db.storage.prisma);
    const run = await pulse.createRun(makeRun('W-p-resp'));
    await pulse.openDueRuns(now);
    const base = {
      workspaceId: 'W-p-resp',
      runId: run.id,
      sector: 'education' as const,
      now,
      expiresAt: later,
    };
    const clicks = await Promise.all(
      Array.from({ length: 5 }, () =>
        pulse.recordResponse({ ...base, respondentKey: 'k1', answers: { q1: 4 } }),
      ),
    );
    expect(clicks.every((c) => c.accepted)).toBe(true);
    const again = await pulse.recordResponse({ ...base, respondentKey: 'k1', answers: { q1: 2 } });
    expect(again).toEqual({ accepted: true, replaced: true });
    expect(await pulse.countResponses('W-p-resp', run.id)).toBe(1);
    expect((await pulse.listResponses('W-p-resp', run.id))[0]?.answers).toEqual({ q1: 2 });

    const closers = await Promise.all([
      pulse.closeRun('W-p-resp', run.id, now, { responseCount: 1 }),
      pulse.closeRun('W-p-resp', run.id, now, { responseCount: 1 }),
    ]);
    expect(closers.filter(Boolean)).toHaveLength(1);
    const late = await pulse.recordResponse({ ...base, respondentKey: 'k2', answers: { q1: 5 } });
    expect(late.accepted).toBe(false);
    expect(await pulse.countResponses('W-p-resp', run.id)).toBe(1);
  });

  it('refuses answers before a run opens and after its closing time, and in another workspace', async () => {
    const { pulse } = createRepositories(db.storage.prisma);
    const run = await pulse.createRun(makeRun('W-p-time', { opensAt: new Date(now.getTime() + HOUR) }));
    const base = {
      runId: run.id,
      respondentKey: 'k',
      sector: 'health' as const,
      answers: { q1: 3 },
      expiresAt: later,
    };
    expect((await pulse.recordResponse({ ...base, workspaceId: 'W-p-time', now })).accepted).toBe(false);
    await pulse.openDueRuns(new Date(now.getTime() + 2 * HOUR));
    expect(
      (
        await pulse.recordResponse({
          ...base,
          workspaceId: 'W-other',
          now: new Date(now.getTime() + 2 * HOUR),
        })
      ).accepted,
    ).toBe(false);
    const afterClose = new Date('2026-11-29T00:00:00Z');
    expect((await pulse.recordResponse({ ...base, workspaceId: 'W-p-time', now: afterClose })).accepted).toBe(
      false,
    );
    expect((await pulse.listRunsToClose(afterClose)).map((r) => r.id)).toContain(run.id);
  });

  it('remembers a respondent’s sector and deletes expired responses but keeps the run summary', async () => {
    const { pulse } = createRepositories(db.storage.prisma);
    await pulse.setSector('W-p-sec', 'U1', 'youth_support');
    expect(await pulse.getSector('W-p-sec', 'U1')).toBe('youth_support');
    expect(await pulse.getSector('W-other', 'U1')).toBeNull();
    const run = await pulse.createRun(makeRun('W-p-sec'));
    await pulse.openDueRuns(now);
    await pulse.recordResponse({
      workspaceId: 'W-p-sec',
      runId: run.id,
      respondentKey: 'k',
      sector: 'youth_support',
      answers: { q1: 5 },
      now,
      expiresAt: new Date(now.getTime() + HOUR),
    });
    await pulse.closeRun('W-p-sec', run.id, now, { responseCount: 1 });
    expect(await pulse.deleteExpiredResponses(new Date(now.getTime() + 2 * HOUR))).toBeGreaterThanOrEqual(1);
    expect(await pulse.countResponses('W-p-sec', run.id)).toBe(0);
    expect((await pulse.findRun('W-p-sec', run.id))?.summary).toEqual({ responseCount: 1 });
  });
});
