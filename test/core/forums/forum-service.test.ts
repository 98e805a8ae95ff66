import { describe, expect, it } from 'vitest';
import { ForumService } from '../../../src/core/forums/forum-service.ts';
import { isAppError } from '../../../src/core/shared/errors.ts';
import type { MemberRecord } from '../../../src/core/shared/ports.ts';
import { dispatchDuePosts } from '../../../src/scheduler/dispatch-due-posts.ts';
import { InMemoryForums } from '../../fakes/in-memory-forums.ts';
import { InMemoryScheduledPosts } from '../../fakes/in-memory-posts.ts';
import { FixedClock } from '../../fakes/in-memory-repositories.ts';
import { RecordingGateway } from '../../fakes/recording-gateway.ts';

const DAY = 86_400_000;
let seq = 0;

// The service over the in-memory repositories (kept to the Prisma ones by the shared contracts in
// test/storage/contracts/); the storage side of these flows is tested in test/storage/.
describe('forum service', () => {
  const setup = async (now = '2026-11-21T10:00:00Z') => {
    const workspaceId = `W-forum-${seq++}`;
    const clock = new FixedClock(new Date(now));
    const repos = { forums: new InMemoryForums(), posts: new InMemoryScheduledPosts() };
    const service = new ForumService({ forums: repos.forums, posts: repos.posts, clock });
    const coordinator: MemberRecord = { workspaceId, userId: 'U-coord', role: 'coordinator' };
    const member: MemberRecord = { workspaceId, userId: 'U-member', role: 'member' };
    const forum = await service.createForum(coordinator, {
      name: 'North CAF Forum',
      channelId: 'C-north',
      startTime: '13:30',
      durationMinutes: 120,
      cadence: { kind: 'monthly_weekday', intervalMonths: 2, weekday: 'tuesday', nth: 2 },
      startDate: '2026-12-01',
    });
    for (const [name, sector, extra] of [
      ['Oakfield Primary', 'education', { contacts: ['U-oak'] }],
      ['Riverside Health Centre', 'health', {}],
      ['Youth Hub', 'youth_support', {}],
    ] as const) {
      await service.addAgency(coordinator, forum, { name, sector, ...extra });
    }
    return { workspaceId, clock, repos, service, coordinator, member, forum };
  };

  it('plans the horizon with a fair rota and schedules each meeting’s four posts once', async () => {
    const { service, forum, repos, workspaceId } = await setup();
    const { rows } = await service.schedule(forum);
    expect(rows.map((r) => [r.occurrence.date, r.occurrence.hostName])).toEqual([
      ['2026-12-08', 'Oakfield Primary'],
      ['2027-02-09', 'Riverside Health Centre'],
      ['2027-04-13', 'Youth Hub'],
    ]);
    // planning again (as every tick does) adds nothing
    await service.plan(forum);
    await service.plan(forum);
    const posts = repos.posts.list(workspaceId).filter((p) => p.status !== 'cancelled');
    const kinds = posts.map((p) => p.kind).sort();
    expect(kinds.filter((k) => k === 'member_reminder')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'host_reminder')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'follow_up')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'announcement')).toHaveLength(3);
    const first = rows[0]?.occurrence;
    const memberReminder = posts.find((p) => p.key === `forum:${first?.id}:member_reminder`);
    expect(memberReminder?.dueAt.toISOString()).toBe(
      new Date((first?.startsAt.getTime() ?? 0) - 2 * DAY).toISOString(),
    );
    const hostReminder = posts.find((p) => p.key === `forum:${first?.id}:host_reminder`);
    const message = hostReminder?.message as { text: string; parts?: unknown[] } | undefined;
    // Core names the host contact as a typed mention; each adapter writes it its own way.
    expect(message?.text).toMatch(/^@U-oak Oakfield Primary hosts/);
    expect(message?.text).not.toContain('<@');
    expect(message?.parts?.[0]).toEqual({ mention: 'U-oak' });
    expect(await repos.forums.listAgencies(workspaceId, forum.id)).toHaveLength(3);
  });

  it('sends the posts at their times, with RSVP buttons on the member reminder', async () => {
    const { service, forum, repos, clock, workspaceId } = await setup();
    await service.plan(forum);
    const all = new RecordingGateway();
    const owner = 'test';
    // The database holds other tests' forums too: look only at this workspace's posts.
    const gateway = {
      get posted() {
        return all.posted.filter((p) => p.target.workspaceId === workspaceId);
      },
      keys: () => gateway.posted.map((p) => p.key),
    };
    await dispatchDuePosts({ posts: repos.posts, gateway: all, clock, owner });
    // Each meeting is announced four weeks ahead: only 8 Dec is that close, and it says what it is.
    expect(gateway.posted.map((p) => p.message.kind)).toEqual(['forum_announcement']);
    expect(gateway.posted[0]?.message.text).toMatch(
      /^New meeting: North CAF Forum meets on Tue 8 Dec 2026 13:30/,
    );
    clock.current = new Date('2026-12-06T14:00:00Z'); // two days before 8 Dec (and past the host reminder)
    await dispatchDuePosts({ posts: repos.posts, gateway: all, clock, owner });
    const reminder = gateway.posted.find((p) => p.message.kind === 'forum_member_reminder');
    expect(reminder?.message.actions?.map((a) => a.id)).toEqual([
      'rsvp_going',
      'rsvp_not_going',
      'rsvp_maybe',
    ]);
    clock.current = new Date('2026-12-09T09:05:00Z');
    await dispatchDuePosts({ posts: repos.posts, gateway: all, clock, owner });
    expect(gateway.posted.filter((p) => p.message.kind === 'forum_follow_up')).toHaveLength(1);
    expect(new Set(gateway.keys()).size).toBe(gateway.posted.length);
  });

  it('lets members change their answer until the meeting starts, then closes it', async () => {
    const { service, forum, member, clock } = await setup();
    await service.plan(forum);
    expect((await service.rsvp(member, 'going', { forum })).counts).toEqual({
      going: 1,
      maybe: 0,
      not_going: 0,
    });
    const changed = await service.rsvp(member, 'maybe', { forum });
    expect(changed.counts).toEqual({ going: 0, maybe: 1, not_going: 0 });
    clock.current = new Date(changed.occurrence.startsAt.getTime() + 60_000);
    const late = await service
      .rsvp(member, 'going', { occurrenceId: changed.occurrence.id })
      .catch((e: unknown) => e);
    expect(isAppError(late, 'BAD_INPUT')).toBe(true);
    expect(String(late)).toMatch(/already started/);
  });

  it('keeps a deferring agency’s place and passes an absent agency’s turn on', async () => {
    const { service, forum, coordinator } = await setup();
    const before = await service.currentPlan(forum);
    expect(before[0]?.hostName).toBe('Oakfield Primary');
    const deferred = await service.changeRota(coordinator, forum, { kind: 'defer', date: '2026-12-08' });
    expect(deferred.occurrences.map((o) => o.hostName)).toEqual([
      'Riverside Health Centre',
      'Oakfield Primary',
      'Youth Hub',
    ]);
    expect(deferred.occurrences[0]?.sequence).toBe(1);
    const absent = await service.changeRota(coordinator, forum, { kind: 'absent', date: '2026-12-08' });
    expect(absent.occurrences[0]?.hostName).not.toBe('Riverside Health Centre');
  });

  it('re-plans without an agency removed mid-rotation, and refuses members changing the rota', async () => {
    const { service, forum, coordinator, member } = await setup();
    await service.plan(forum);
    await service.removeAgency(coordinator, forum, 'Riverside Health Centre');
    const plan = await service.currentPlan(forum);
    expect(plan.map((p) => p.hostName)).not.toContain('Riverside Health Centre');
    const refused = await service
      .changeRota(member, forum, { kind: 'swap', dateA: '2026-12-08', dateB: '2027-02-09' })
      .catch((e: unknown) => e);
    expect(isAppError(refused, 'FORBIDDEN')).toBe(true);
  });

  it('cancels a meeting: pending posts are withdrawn and one notice goes out', async () => {
    const { service, forum, coordinator, repos, clock, workspaceId } = await setup();
    const [first] = (await service.plan(forum)).occurrences;
    await service.cancel(coordinator, forum, '2026-12-08');
    const again = await service.cancel(coordinator, forum, '2026-12-08').catch((e: unknown) => e);
    expect(isAppError(again)).toBe(true);
    const gateway = new RecordingGateway();
    clock.current = new Date('2026-12-07T09:00:00Z');
    await dispatchDuePosts({ posts: repos.posts, gateway, clock, owner: 't' });
    const aboutFirst = gateway.posted.filter((p) => p.key.startsWith(`forum:${first?.id}:`));
    expect(aboutFirst.map((p) => p.message.kind)).toEqual(['forum_cancellation']);
    const statuses = await repos.posts.countByStatus(workspaceId);
    expect(statuses.cancelled).toBeGreaterThanOrEqual(3);
    const ics = await service.calendar(forum);
    expect(ics).toContain(`UID:${first?.id}@joinedup.local`);
    expect(ics).toMatch(/STATUS:CANCELLED/);
  });

  it('moves one meeting: new date and time kept across re-planning, reminders follow, one updated notice', async () => {
    const { service, forum, coordinator, member, repos, workspaceId, clock } = await setup();
    const [first] = (await service.plan(forum)).occurrences;
    const moved = await service.reschedule(coordinator, forum, '2026-12-08', {
      date: '2026-12-10',
      time: '10:00',
    });
    expect(moved).toMatchObject({ id: first?.id, date: '2026-12-10', sequence: (first?.sequence ?? 0) + 1 });
    expect(moved.startsAt.toISOString()).toBe('2026-12-10T10:00:00.000Z');
    const again = (await service.plan(forum)).occurrences.find((o) => o.id === first?.id);
    expect(again?.date).toBe('2026-12-10');
    const reminder = repos.posts
      .list(workspaceId)
      .find((p) => p.key === `forum:${first?.id}:member_reminder`);
    expect(reminder?.dueAt.toISOString()).toBe('2026-12-08T10:00:00.000Z');
    // Not announced yet: the one announcement is rewritten in place and still says what it is.
    const notices = repos.posts
      .list(workspaceId)
      .filter((p) => p.key.startsWith(`forum:${first?.id}:`) && p.kind === 'announcement');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message.text).toMatch(/^New meeting: .* Thu 10 Dec 2026 10:00/);
    // Once it has gone out, a change posts one update that says what changed.
    await dispatchDuePosts({ posts: repos.posts, gateway: new RecordingGateway(), clock, owner: 't' });
    await service.reschedule(coordinator, forum, '2026-12-10', { date: '2026-12-11' });
    await service.plan(forum);
    const updates = repos.posts
      .list(workspaceId)
      .filter((p) => p.key.startsWith(`forum:${first?.id}:update:`) && p.status === 'pending');
    expect(updates).toHaveLength(1);
    expect(updates[0]?.message.text).toMatch(
      /^Change to North CAF Forum on Thu 10 Dec 2026 10:00: it moves from Thu 10 Dec 2026 to Fri 11 Dec 2026\./,
    );
    const refused = await service
      .reschedule(member, forum, '2026-12-11', { date: '2026-12-12' })
      .catch((e: unknown) => e);
    expect(isAppError(refused, 'FORBIDDEN')).toBe(true);
    const past = await service
      .reschedule(coordinator, forum, '2026-12-11', { date: '2026-01-01' })
      .catch((e: unknown) => e);
    expect(String(past)).toMatch(/future/);
  });

  it('explains that no agency can host when every one is blacked out', async () => {
    const { service, forum, coordinator } = await setup();
    for (const name of ['Oakfield Primary', 'Riverside Health Centre', 'Youth Hub']) {
      await service.removeAgency(coordinator, forum, name).catch(() => undefined);
    }
    const added = await service.addAgency(coordinator, forum, {
      name: 'Closed School',
      sector: 'education',
      blackoutDates: ['2026-12-08'],
    });
    expect(added.problem).toMatch(/No agency can host/);
    // The rota stops before the date nobody can host instead of failing as a whole.
    const { rows, problem } = await service.schedule(forum);
    expect(problem).toMatch(/No agency can host on 8 December 2026/);
    expect(
      rows.filter((r) => r.occurrence.status === 'confirmed').map((r) => r.occurrence.hostName),
    ).not.toContain('Closed School');
  });
});
