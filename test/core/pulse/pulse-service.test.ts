import { describe, expect, it } from 'vitest';
import { surveyAnsweredReply } from '../../../src/core/pulse/present.ts';
import { PulseService } from '../../../src/core/pulse/pulse-service.ts';
import { isAppError } from '../../../src/core/shared/errors.ts';
import type { MemberRecord } from '../../../src/core/shared/ports.ts';
import { dispatchDuePosts } from '../../../src/scheduler/dispatch-due-posts.ts';
import { InMemoryForums } from '../../fakes/in-memory-forums.ts';
import { InMemoryScheduledPosts } from '../../fakes/in-memory-posts.ts';
import { InMemoryPulse } from '../../fakes/in-memory-pulse.ts';
import { FixedClock } from '../../fakes/in-memory-repositories.ts';
import { RecordingGateway } from '../../fakes/recording-gateway.ts';

const DAY = 86_400_000;
let n = 0;

// The service over the in-memory repositories (kept to the Prisma ones by the shared contracts in
// test/storage/contracts/); the storage side of these flows is tested in test/storage/.
describe('pulse service', () => {
  const setup = () => {
    const workspaceId = `W-pulse-${n++}`;
    const clock = new FixedClock(new Date('2026-11-21T10:00:00Z'));
    const repos = {
      pulse: new InMemoryPulse(),
      forums: new InMemoryForums(),
      posts: new InMemoryScheduledPosts(),
    };
    const service = new PulseService({
      pulse: repos.pulse,
      posts: repos.posts,
      clock,
      respondentSecret: 'a-test-secret-of-enough-length',
      responseRetentionDays: 30,
    });
    const coordinator: MemberRecord = { workspaceId, userId: 'U-coord', role: 'coordinator' };
    const person = (i: number): MemberRecord => ({ workspaceId, userId: `U${i}`, role: 'member' });
    return { workspaceId, clock, repos, service, coordinator, person };
  };

  it('suggests the sector a typo was meant for', async () => {
    const { service, person } = setup();
    const refused = await service.setSector(person(1), 'polce').catch((e: unknown) => e);
    expect(isAppError(refused, 'BAD_INPUT')).toBe(true);
    expect((refused as Error).message).toMatch(/^I don't know the sector "polce"\. Did you mean police\?/);
  });

  it('runs an anonymous survey end to end: answers once per person, results hide small groups, closes once', async () => {
    const { workspaceId, clock, repos, service, coordinator, person } = setup();
    const run = await service.startRun(coordinator, {
      templateKey: 'trust-between-agencies',
      channelId: 'C1',
      days: 7,
      recurrence: 'quarterly',
    });
    expect(run.status).toBe('open');
    const sectors = [
      ...Array(8).fill('education'),
      ...Array(6).fill('health'),
      ...Array(2).fill('youth_support'),
    ];
    for (const [i, sector] of sectors.entries()) {
      await service.setSector(person(i), sector);
      await service.answer(person(i), run.id, `4 4 ${(i % 5) + 1} 5 comment from person ${i}`);
    }
    // a double answer replaces, never adds
    const again = await service.answer(person(0), run.id, '1 1 1 1');
    expect(again.replaced).toBe(true);
    expect(await repos.pulse.countResponses(workspaceId, run.id)).toBe(16);

    // anonymous: no user ids stored, comments redacted of personal details
    const withDetails = await service.answer(person(1), run.id, '3 3 3 3 ring Jayden Smith on 07700 900123');
    // ...and the person is told, so they know the comment was changed (and not to do it again)
    expect(withDetails.detailsRemoved).toBe(true);
    expect(surveyAnsweredReply(withDetails).text).toMatch(/🔒 Please don't post identifiable details/);
    expect(surveyAnsweredReply(again).text).not.toMatch(/🔒/);
    const rows = repos.pulse.responses.filter((r) => r.runId === run.id);
    expect(rows.every((r) => r.userId === undefined)).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/Jayden|07700 900123|U-coord|"U1"/);

    // Anonymous: while open, only the live count; the figures come at close.
    const { text } = await service.results(coordinator, run.id);
    expect(text).toMatch(/16 responses/);
    expect(text).toMatch(/released when the survey closes/i);
    expect(text).not.toMatch(/U\d/);

    const refused = await service.results(person(3), run.id).catch((e: unknown) => e);
    expect(isAppError(refused, 'FORBIDDEN')).toBe(true);

    const gateway = new RecordingGateway();
    clock.advance(4 * DAY);
    await Promise.all([service.tick(), service.tick()]);
    await dispatchDuePosts({ posts: repos.posts, gateway, clock, owner: 't' });
    clock.advance(4 * DAY);
    const ticks = await Promise.all([service.tick(), service.tick()]);
    expect(ticks.reduce((a, t) => a + t.closed, 0)).toBe(1);
    const late = await service.answer(person(20), run.id, '5 5 5 5').catch((e: unknown) => e);
    expect(String(late)).toMatch(/closed/);

    await dispatchDuePosts({ posts: repos.posts, gateway, clock, owner: 't' });
    const mine = gateway.posted.filter((p) => p.target.workspaceId === workspaceId);
    expect(mine.filter((p) => p.message.kind === 'pulse_summary')).toHaveLength(1);
    const reminders = mine.filter((p) => p.message.kind === 'pulse_reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.message.text).toMatch(/16 people have answered/);

    const closedText = (await service.results(coordinator, run.id)).text;
    expect(closedText).toMatch(/not enough responses/i);
    expect(closedText).toMatch(/Headline: \d+% favourable overall/);

    // the quarterly follow-up run exists, opens three months on, and the trend builds up
    const runs = await repos.pulse.listRuns(workspaceId);
    expect(runs).toHaveLength(2);
    expect(runs[1]?.opensAt.toISOString()).toBe('2027-02-21T10:00:00.000Z');

    // raw responses expire; the stored summary still answers
    await repos.pulse.deleteExpiredResponses(new Date(clock.now().getTime() + 60 * DAY));
    expect(await repos.pulse.countResponses(workspaceId, run.id)).toBe(0);
    expect((await service.results(coordinator, run.id)).text).toMatch(/16 responses/);
  });

  it('addresses a forum’s members: its channel, and its agencies’ contacts as the audience', async () => {
    const { workspaceId, repos, clock, coordinator } = setup();
    const service = new PulseService({
      pulse: repos.pulse,
      forums: repos.forums,
      posts: repos.posts,
      clock,
      respondentSecret: 'a-test-secret-of-enough-length',
      responseRetentionDays: 30,
    });
    const forum = await repos.forums.createForum({
      workspaceId,
      name: 'East Forum',
      channelId: 'C-east',
      timeZone: 'Europe/London',
      startTime: '10:00',
      durationMinutes: 90,
      cadence: { kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 15 },
      startDate: '2027-01-01',
      nation: 'england_wales',
      holidayRule: 'flag',
      horizon: 3,
      hostReminderDays: 14,
      memberReminderDays: 2,
      createdBy: 'U-coord',
    });
    for (const [name, contacts] of [
      ['School', ['U1', 'U2']],
      ['Clinic', ['U2', 'U3']],
    ] as const) {
      await repos.forums.addAgency(workspaceId, forum.id, {
        name,
        sector: 'education',
        contacts: [...contacts],
        canHost: true,
        blackoutDates: [],
      });
    }
    const run = await service.startRun(coordinator, {
      templateKey: 'recommend-forum',
      channelId: 'C-other',
      forum: 'east forum',
    });
    expect(run).toMatchObject({ channelId: 'C-east', audienceSize: 3 });
    const missing = await service
      .startRun(coordinator, { templateKey: 'recommend-forum', channelId: 'C', forum: 'Nowhere' })
      .catch((e: unknown) => e);
    expect(isAppError(missing, 'NOT_FOUND')).toBe(true);
  });

  it('asks for the sector once, and refuses bad answers with a clear message', async () => {
    const { service, coordinator, person } = setup();
    const run = await service.startRun(coordinator, { templateKey: 'recommend-forum', channelId: 'C1' });
    const noSector = await service.answer(person(1), run.id, '9').catch((e: unknown) => e);
    expect(String(noSector)).toMatch(/sector/);
    await service.setSector(person(1), 'third sector');
    const outOfRange = await service.answer(person(1), run.id, '11').catch((e: unknown) => e);
    expect(isAppError(outOfRange, 'BAD_INPUT')).toBe(true);
    const longComment = await service
      .answer(person(1), run.id, `9 ${'x'.repeat(10_000)}`)
      .catch((e: unknown) => e);
    expect(String(longComment)).toMatch(/2,000/);
    const unknown = await service
      .answer(person(1), '00000000-0000-0000-0000-000000000000', '9')
      .catch((e: unknown) => e);
    expect(isAppError(unknown, 'NOT_FOUND')).toBe(true);
    const badSector = await service.setSector(person(1), 'wizardry').catch((e: unknown) => e);
    expect(String(badSector)).toMatch(/education/);
  });
});
