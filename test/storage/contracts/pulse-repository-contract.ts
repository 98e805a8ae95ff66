import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { computeRunResults } from '../../../src/core/pulse/compute-results.ts';
import type { NewSurveyRun, PulseRepository } from '../../../src/core/pulse/ports.ts';
import { findShippedTemplate } from '../../../src/core/pulse/shipped-templates.ts';
import { isAppError } from '../../../src/core/shared/errors.ts';

const HOUR = 3_600_000;
const t0 = new Date('2027-02-01T09:00:00Z');
const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);

/** One person's answer to question 1 of a run, given `hours` after t0. */
const responseTo =
  (workspaceId: string, runId: string) => (key: string, answer: number, hours: number, userId?: string) => ({
    workspaceId,
    runId,
    respondentKey: key,
    userId,
    sector: 'health' as const,
    answers: { q1: answer },
    now: at(hours),
    expiresAt: at(hours + 24 * 30),
  });

const newRun = (workspaceId: string, over: Partial<NewSurveyRun> = {}): NewSurveyRun => {
  const template = findShippedTemplate('trust-between-agencies');
  return {
    workspaceId,
    templateKey: template.key,
    template,
    channelId: 'C-pulse',
    anonymous: true,
    opensAt: at(0),
    closesAt: at(48),
    recurrence: 'none',
    ...over,
  };
};

/**
 * What every PulseRepository does, whatever keeps it: run against the in-memory fake (unit tier)
 * and the Prisma repository on PGlite and PostgreSQL (integration tier). The scheduler's sweeps
 * cross workspaces, so those checks look only at the runs a test made.
 */
export function pulseRepositoryContract(repository: () => PulseRepository): void {
  const workspace = () => `W-${randomUUID().slice(0, 8)}`;

  it('saves templates with a unique key per workspace and lists them as not shipped', async () => {
    const pulse = repository();
    const [w1, w2] = [workspace(), workspace()];
    const shipped = findShippedTemplate('trust-between-agencies');
    const template = { ...shipped, key: 'our-survey', title: 'Our survey', shipped: false };
    expect(await pulse.saveTemplate(w1, template, 'U1')).toEqual(template);
    const clash = await pulse.saveTemplate(w1, template, 'U1').catch((e: unknown) => e);
    expect(isAppError(clash) && clash.code).toBe('BAD_INPUT');
    await pulse.saveTemplate(w2, template, 'U1');
    const listed = await pulse.listTemplates(w1);
    expect(listed.map(({ id: _id, ...t }) => t)).toEqual([
      {
        key: 'our-survey',
        title: 'Our survey',
        description: template.description,
        questions: template.questions,
        shipped: false,
      },
    ]);
    expect(await pulse.listTemplates(workspace())).toEqual([]);
  });

  it('creates runs as scheduled, finds and lists them per workspace, soonest closing first', async () => {
    const pulse = repository();
    const [w1, w2] = [workspace(), workspace()];
    const later = await pulse.createRun(newRun(w1, { closesAt: at(72), audienceUserIds: ['U1', 'U2'] }));
    const sooner = await pulse.createRun(
      newRun(w1, { templateKey: 'other', audienceSize: 12, createdBy: 'U1' }),
    );
    expect(later).toMatchObject({ ...newRun(w1, { closesAt: at(72) }), status: 'scheduled' });
    expect(later.audienceUserIds).toEqual(['U1', 'U2']);
    expect(sooner).toMatchObject({ audienceSize: 12, createdBy: 'U1' });
    expect(await pulse.findRun(w1, later.id)).toEqual(later);
    expect(await pulse.findRun(w2, later.id)).toBeNull();
    expect((await pulse.listRuns(w1)).map((r) => r.id)).toEqual([sooner.id, later.id]);
    expect((await pulse.listRuns(w1, { templateKey: 'other' })).map((r) => r.id)).toEqual([sooner.id]);
    expect(await pulse.listRuns(w1, { status: 'open' })).toEqual([]);
    expect(await pulse.listRuns(w2)).toEqual([]);
  });

  it('opens due runs once, lists open ones and those to close, and closes once with a summary', async () => {
    const pulse = repository();
    const w = workspace();
    const due = await pulse.createRun(newRun(w));
    const future = await pulse.createRun(newRun(w, { opensAt: at(24), closesAt: at(96) }));
    const mine = (runs: { id: string }[]) =>
      runs.map((r) => r.id).filter((id) => id === due.id || id === future.id);
    expect(mine(await pulse.openDueRuns(at(1)))).toEqual([due.id]);
    expect(mine(await pulse.openDueRuns(at(1)))).toEqual([]);
    expect((await pulse.findRun(w, due.id))?.status).toBe('open');
    expect(mine(await pulse.listOpenRuns(at(1)))).toEqual([due.id]);
    expect(mine(await pulse.listRunsToClose(at(1)))).toEqual([]);
    expect(mine(await pulse.listRunsToClose(at(48)))).toEqual([due.id]);
    expect(mine(await pulse.listOpenRuns(at(48)))).toEqual([]);
    expect(await pulse.closeRun(workspace(), due.id, at(48), {})).toBe(false);
    expect(await pulse.closeRun(w, due.id, at(48), { responses: 3 })).toBe(true);
    expect(await pulse.closeRun(w, due.id, at(49), { responses: 4 })).toBe(false);
    const closed = await pulse.findRun(w, due.id);
    expect([closed?.status, closed?.closedAt, closed?.summary]).toEqual(['closed', at(48), { responses: 3 }]);
    expect(await pulse.closeRun(w, future.id, at(48), {})).toBe(false);
  });

  it('records one response per respondent while the run is open; a second replaces the first', async () => {
    const pulse = repository();
    const w = workspace();
    const run = await pulse.createRun(newRun(w, { anonymous: false }));
    const response = responseTo(w, run.id);
    // Not open yet: refused.
    expect(await pulse.recordResponse(response('k1', 4, 1, 'U1'))).toEqual({
      accepted: false,
      replaced: false,
    });
    await pulse.openDueRuns(at(1));
    expect(await pulse.recordResponse(response('k1', 4, 1, 'U1'))).toEqual({
      accepted: true,
      replaced: false,
    });
    expect(await pulse.recordResponse(response('k1', 2, 2, 'U1'))).toEqual({
      accepted: true,
      replaced: true,
    });
    expect(await pulse.recordResponse(response('k2', 5, 2))).toEqual({ accepted: true, replaced: false });
    // Another workspace cannot write to the run, nor after it closes.
    expect(await pulse.recordResponse({ ...response('k3', 1, 2), workspaceId: workspace() })).toEqual({
      accepted: false,
      replaced: false,
    });
    expect(await pulse.recordResponse(response('k3', 1, 48))).toEqual({ accepted: false, replaced: false });
    expect(await pulse.countResponses(w, run.id)).toBe(2);
    expect(
      (await pulse.listResponses(w, run.id)).sort((a, b) => a.respondentKey.localeCompare(b.respondentKey)),
    ).toEqual([
      { respondentKey: 'k1', sector: 'health', answers: { q1: 2 }, submittedAt: at(2) },
      { respondentKey: 'k2', sector: 'health', answers: { q1: 5 }, submittedAt: at(2) },
    ]);
    expect(await pulse.hasResponse(w, run.id, 'k1')).toBe(true);
    expect(await pulse.hasResponse(w, run.id, 'k3')).toBe(false);
    expect(await pulse.listRespondentUserIds(w, run.id)).toEqual(['U1']);
    expect(await pulse.listResponses(workspace(), run.id)).toEqual([]);
  });

  it('records responses that arrive at once as if one after another', async () => {
    const pulse = repository();
    const w = workspace();
    const run = await pulse.createRun(newRun(w, { anonymous: false }));
    await pulse.openDueRuns(at(1));
    const response = responseTo(w, run.id);
    const others = Array.from({ length: 20 }, (_, i) => response(`many-${i}`, 1 + (i % 5), 3));
    const outcomes = await Promise.all(
      [
        response('k1', 4, 2, 'U1'),
        response('k1', 2, 3, 'U1'), // a double click: the later answer stands
        response('k2', 5, 2),
        { ...response('k3', 1, 2), workspaceId: workspace() }, // another workspace
        response('k4', 1, 48), // after the run closes
        ...others,
      ].map((r) => pulse.recordResponse(r)),
    );
    expect(outcomes.slice(0, 5)).toEqual([
      { accepted: true, replaced: false },
      { accepted: true, replaced: true },
      { accepted: true, replaced: false },
      { accepted: false, replaced: false },
      { accepted: false, replaced: false },
    ]);
    expect(outcomes.slice(5).every((o) => o.accepted && !o.replaced)).toBe(true);
    expect(await pulse.countResponses(w, run.id)).toBe(22);
    const stored = await pulse.listResponses(w, run.id);
    expect(stored.find((r) => r.respondentKey === 'k1')).toEqual({
      respondentKey: 'k1',
      sector: 'health',
      answers: { q1: 2 },
      submittedAt: at(3),
    });
    expect(stored.find((r) => r.respondentKey === 'many-7')?.answers).toEqual({ q1: 3 });
    expect(await pulse.listRespondentUserIds(w, run.id)).toEqual(['U1']);
  });

  it('deletes raw responses past their expiry and keeps the rest', async () => {
    const pulse = repository();
    const w = workspace();
    const run = await pulse.createRun(newRun(w));
    await pulse.openDueRuns(at(1));
    const base = {
      workspaceId: w,
      runId: run.id,
      sector: 'education' as const,
      answers: { q1: 3 },
      now: at(1),
    };
    await pulse.recordResponse({ ...base, respondentKey: 'old', expiresAt: at(10) });
    await pulse.recordResponse({ ...base, respondentKey: 'new', expiresAt: at(1000) });
    expect(await pulse.deleteExpiredResponses(at(10))).toBeGreaterThanOrEqual(1);
    expect((await pulse.listResponses(w, run.id)).map((r) => r.respondentKey)).toEqual(['new']);
  });

  it('keeps a sector per person and workspace', async () => {
    const pulse = repository();
    const [w1, w2] = [workspace(), workspace()];
    expect(await pulse.getSector(w1, 'U1')).toBeNull();
    await pulse.setSector(w1, 'U1', 'health');
    await pulse.setSector(w1, 'U1', 'education');
    expect(await pulse.getSector(w1, 'U1')).toBe('education');
    expect(await pulse.getSector(w2, 'U1')).toBeNull();
  });

  it('stores each release of a run once, whoever races, and lists them in order', async () => {
    const pulse = repository();
    const w = workspace();
    const run = await pulse.createRun(newRun(w));
    const template = findShippedTemplate('trust-between-agencies');
    const release = (seq: number, count: number) => ({
      seq,
      releasedAt: at(seq),
      responseCount: count,
      final: seq === 2,
      state: {
        merged: ['police' as const],
        groups: { education: { n: count, hidden: false } },
        questions: {},
        cells: {},
      },
      results: computeRunResults(template, []),
    });
    const raced = await Promise.all([
      pulse.saveRelease(w, run.id, release(1, 5)),
      pulse.saveRelease(w, run.id, release(1, 6)),
    ]);
    expect(raced.filter(Boolean)).toHaveLength(1);
    expect(await pulse.saveRelease(w, run.id, release(2, 10))).toBe(true);
    expect(await pulse.saveRelease(workspace(), run.id, release(3, 15))).toBe(false);
    const listed = await pulse.listReleases(w, run.id);
    expect(listed.map((r) => [r.seq, r.final, r.releasedAt.toISOString()])).toEqual([
      [1, false, at(1).toISOString()],
      [2, true, at(2).toISOString()],
    ]);
    expect(listed[1]?.state).toEqual(release(2, 10).state);
    expect(listed[1]?.results).toEqual(JSON.parse(JSON.stringify(release(2, 10).results)));
    expect(await pulse.listReleases(workspace(), run.id)).toEqual([]);
  });

  it('keeps a survey’s next run waiting while its last run is still open', async () => {
    const pulse = repository();
    const w = workspace();
    const first = await pulse.createRun(newRun(w, { resultsRelease: 'steps' }));
    expect((await pulse.openDueRuns(at(1))).filter((r) => r.id === first.id)).toHaveLength(1);
    expect((await pulse.findRun(w, first.id))?.resultsRelease).toBe('steps');
    const next = await pulse.createRun(newRun(w, { opensAt: at(2), closesAt: at(96) }));
    expect((await pulse.openDueRuns(at(3))).some((r) => r.id === next.id)).toBe(false);
    await pulse.closeRun(w, first.id, at(4), {});
    expect((await pulse.openDueRuns(at(5))).filter((r) => r.id === next.id)).toHaveLength(1);
  });
}
