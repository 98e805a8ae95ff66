// The attack tests on real storage: a coordinator reads an open run's results in chat, as CSV and
// on the dashboard (two replicas sharing one database) while members answer, and tries to subtract
// one read from another. PGlite always; PostgreSQL too when TEST_DATABASE_URL is set.
import { expect, it } from 'vitest';
import type { Sector } from '../../src/core/forums/types.ts';
import type { RunResults } from '../../src/core/pulse/index.ts';
import { PulseService } from '../../src/core/pulse/pulse-service.ts';
import type { MemberRecord } from '../../src/core/shared/ports.ts';
import { createRepositories } from '../../src/storage/index.ts';
import { auditReleases } from '../core/pulse/audit-releases.ts';
import { FixedClock } from '../fakes/in-memory-repositories.ts';
import { describeEachDatabase } from '../support/databases.ts';

const MIN = 5;
let serial = 0;

describeEachDatabase('pulse results released across reads', (db) => {
  const setup = () => {
    const workspaceId = `W-rel-${serial++}`;
    const clock = new FixedClock(new Date('2026-11-21T10:00:00Z'));
    // Two replicas of the bot over one database.
    const replicas = [0, 1].map(() => {
      const repos = createRepositories(db.storage.prisma);
      return new PulseService({
        pulse: repos.pulse,
        posts: repos.posts,
        clock,
        respondentSecret: 'a-test-secret-of-enough-length',
        responseRetentionDays: 30,
      });
    });
    const coordinator: MemberRecord = { workspaceId, userId: 'U-coord', role: 'coordinator' };
    let people = 0;
    const answer = async (service: PulseService, runId: string, sector: Sector, text: string) => {
      const member: MemberRecord = { workspaceId, userId: `U${people++}`, role: 'member' };
      await service.setSector(member, sector);
      await service.answer(member, runId, text);
    };
    return { clock, replicas, coordinator, answer };
  };

  it('two reads around a group crossing the threshold, reads one response apart, total minus shown sectors', async () => {
    const { replicas, coordinator, answer } = setup();
    const [a, b] = replicas as [PulseService, PulseService];
    const run = await a.startRun(coordinator, {
      templateKey: 'trust-between-agencies',
      channelId: 'C1',
      anonymous: false,
      resultsRelease: 'steps',
    });
    const dashboardReads: RunResults[] = [];
    const read = async (service: PulseService) => {
      const chat = await service.results(coordinator, run.id);
      const series = await service.resultsSeries(coordinator, run.templateKey);
      const dashboard = series.runs[series.runs.length - 1]?.results as RunResults;
      dashboardReads.push(dashboard);
      return { text: chat.text, csv: chat.csv, dashboard };
    };
    for (let i = 0; i < 5; i++) await answer(a, run.id, 'education', `4 4 ${(i % 5) + 1} 4`);
    for (let i = 0; i < 5; i++) await answer(b, run.id, 'health', `2 3 ${(i % 5) + 1} 3`);
    const first = await read(a);
    expect(first.text).toMatch(/Figures released at 10 responses/);
    expect(first.dashboard.bySector.filter((g) => !g.suppressed).map((g) => g.group)).toEqual([
      'education',
      'health',
    ]);

    // Four social-care members answer, one at a time, each followed by a read on either replica.
    const between: { text: string; csv: string; dashboard: RunResults }[] = [];
    for (let i = 0; i < 4; i++) {
      await answer(a, run.id, 'social_care', '1 1 1 1');
      between.push(await read(i % 2 === 0 ? b : a));
    }
    for (const later of between) {
      // Same figures and the same CSV: nothing to subtract, only the live count moves.
      expect(later.csv).toBe(first.csv);
      expect(later.dashboard.questions).toEqual(first.dashboard.questions);
      expect(later.dashboard.bySector).toEqual(first.dashboard.bySector);
    }
    expect(between[3]?.text).toMatch(/14 responses/);
    expect(between[3]?.text).toMatch(/Figures released at 10 responses \(14 so far\)/);

    // A fifth newcomer, from education: a release, in which education (grown by one) is hidden.
    await answer(b, run.id, 'education', '5 5 5 5');
    const second = await read(a);
    expect(second.dashboard.release?.responses).toBe(15);
    const education = second.dashboard.bySector.find((g) => g.group === 'education');
    expect(education?.suppressed).toBe(true);
    for (let i = 0; i < 5; i++) await answer(a, run.id, 'education', '3 3 3 3');
    const third = await read(b);
    expect(third.dashboard.bySector.find((g) => g.group === 'education')?.suppressed).toBe(true);

    expect(auditReleases(dashboardReads, MIN)).toEqual([]);
    // The releases are stored once each, whichever replica read first.
    expect(dashboardReads.map((r) => r.release?.seq)).toEqual([1, 1, 1, 1, 1, 2, 3]);
  });

  it('an anonymous run shows only its count until it closes, in chat, CSV and on the dashboard', async () => {
    const { clock, replicas, coordinator, answer } = setup();
    const [a, b] = replicas as [PulseService, PulseService];
    const run = await a.startRun(coordinator, {
      templateKey: 'trust-between-agencies',
      channelId: 'C1',
      days: 7,
    });
    for (let i = 0; i < 12; i++)
      await answer(a, run.id, i < 6 ? 'police' : 'housing', `${(i % 5) + 1} 4 4 4`);
    const open = await b.results(coordinator, run.id);
    expect(open.text).toMatch(/12 responses/);
    expect(open.text).toMatch(/released when the survey closes/);
    expect(open.text).not.toMatch(/Strongly agree/);
    expect(open.csv).not.toMatch(/Strongly agree/);
    const series = await b.resultsSeries(coordinator, run.templateKey);
    expect(series.runs[0]?.results.suppressed).toBe(true);
    expect(series.headline.overall).toBeNull();

    clock.advance(8 * 86_400_000);
    await Promise.all([a.tick(), b.tick()]);
    const closed = await b.results(coordinator, run.id);
    expect(closed.text).toMatch(/Strongly agree/);
    expect(closed.text).toMatch(/Police/);
    expect(closed.text).toMatch(/Housing/);
  });
});
