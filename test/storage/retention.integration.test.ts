import { expect, it } from 'vitest';
import { ForumService } from '../../src/core/forums/forum-service.ts';
import type { MemberRecord } from '../../src/core/shared/ports.ts';
import { createRepositories } from '../../src/storage/index.ts';
import { rollUpPastRsvps } from '../../src/storage/retention.ts';
import { FixedClock } from '../fakes/in-memory-repositories.ts';
import { describeEachDatabase } from '../support/databases.ts';

describeEachDatabase('RSVP retention', (db) => {
  it('rolls the answers of long-past meetings up into counts, deletes them, and every total stays the same', async () => {
    const workspaceId = 'W-rsvp-retention';
    const clock = new FixedClock(new Date('2026-11-21T10:00:00Z'));
    const repos = createRepositories(db.storage.prisma);
    const forums = new ForumService({ forums: repos.forums, posts: repos.posts, clock });
    const coordinator: MemberRecord = { workspaceId, userId: 'U-coord', role: 'coordinator' };
    await repos.members.ensureMember({ id: workspaceId, platform: 'slack' }, 'U-coord');
    const forum = await forums.createForum(coordinator, {
      name: 'Retention Forum',
      channelId: 'C',
      startTime: '13:30',
      durationMinutes: 60,
      cadence: { kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 10 },
      startDate: '2026-12-01',
    });
    await forums.addAgency(coordinator, forum, { name: 'School', sector: 'education', contacts: ['U1'] });
    await forums.addAgency(coordinator, forum, { name: 'Clinic', sector: 'health', contacts: ['U2'] });
    const [december, january] = (await forums.schedule(forum)).rows.map((r) => r.occurrence);
    if (!december || !january) throw new Error('expected two planned meetings');
    expect([december.date, january.date]).toEqual(['2026-12-10', '2027-01-11']);
    const answers = ['going', 'going', 'going', 'maybe', 'not_going'] as const;
    for (const [i, answer] of answers.entries()) {
      const member: MemberRecord = { workspaceId, userId: `U${i}`, role: 'member' };
      await forums.rsvp(member, answer, { occurrenceId: december.id });
      await forums.rsvp(member, i < 2 ? 'going' : 'maybe', { occurrenceId: january.id });
    }

    // 20 March 2027: December's meeting ended more than 90 days ago, January's did not.
    clock.current = new Date('2027-03-20T12:00:00Z');
    const countsBefore = {
      december: await repos.forums.rsvpCounts(workspaceId, december.id),
      january: await repos.forums.rsvpCounts(workspaceId, january.id),
    };
    expect(countsBefore.december).toEqual({ going: 3, maybe: 1, not_going: 1 });
    const historyBefore = await forums.history(forum);
    expect(historyBefore.find((l) => l.includes('10 December 2026'))).toMatch(
      /RSVPs: going 3, maybe 1, not going 1/,
    );

    expect(await rollUpPastRsvps(db.storage.prisma, clock.now(), 90)).toEqual({ meetings: 1, rsvps: 5 });
    const rows = await db.storage.prisma.forumRsvp.findMany({ where: { workspaceId } });
    expect(rows.map((r) => r.occurrenceId)).toEqual(Array(5).fill(january.id));
    const kept = await db.storage.prisma.forumOccurrence.findUnique({ where: { id: december.id } });
    expect(kept?.rsvpCounts).toEqual({ going: 3, maybe: 1, not_going: 1 });

    expect(await repos.forums.rsvpCounts(workspaceId, december.id)).toEqual(countsBefore.december);
    expect(await repos.forums.rsvpCounts(workspaceId, january.id)).toEqual(countsBefore.january);
    expect(await forums.history(forum)).toEqual(historyBefore);
    // running again changes nothing
    expect(await rollUpPastRsvps(db.storage.prisma, clock.now(), 90)).toEqual({ meetings: 0, rsvps: 0 });

    // later, January goes the same way and nothing is counted twice
    clock.current = new Date('2027-06-01T12:00:00Z');
    expect(await rollUpPastRsvps(db.storage.prisma, clock.now(), 90)).toEqual({ meetings: 1, rsvps: 5 });
    expect(await db.storage.prisma.forumRsvp.count({ where: { workspaceId } })).toBe(0);
    expect(await repos.forums.rsvpCounts(workspaceId, december.id)).toEqual(countsBefore.december);
    expect(await repos.forums.rsvpCounts(workspaceId, january.id)).toEqual(countsBefore.january);
    expect((await forums.history(forum)).slice(0, 2)).toEqual(historyBefore.slice(0, 2));
  });

  it('changes nothing when the roll-up fails part-way', async () => {
    const prisma = db.storage.prisma;
    const workspaceId = 'W-rsvp-atomic';
    await prisma.workspace.create({ data: { id: workspaceId, platform: 'slack' } });
    const forum = await prisma.forum.create({
      data: {
        workspaceId,
        name: 'F',
        channelId: 'C',
        startTime: '10:00',
        durationMinutes: 60,
        cadence: {},
        startDate: '2020-01-01',
      },
    });
    const occurrence = await prisma.forumOccurrence.create({
      data: {
        workspaceId,
        forumId: forum.id,
        originalDate: '2020-01-06',
        date: '2020-01-06',
        startsAt: new Date('2020-01-06T10:00:00Z'),
        endsAt: new Date('2020-01-06T11:00:00Z'),
        hostAgencyId: 'a',
        reason: 'r',
        // a value the roll-up cannot add to: the statement fails
        rsvpCounts: { going: 'many' },
      },
    });
    await prisma.forumRsvp.create({
      data: { occurrenceId: occurrence.id, userId: 'U1', workspaceId, answer: 'going' },
    });
    await expect(rollUpPastRsvps(prisma, new Date('2026-01-01'), 90)).rejects.toThrow();
    expect(await prisma.forumRsvp.count({ where: { workspaceId } })).toBe(1);
    await prisma.forumOccurrence.update({ where: { id: occurrence.id }, data: { rsvpCounts: { going: 2 } } });
    await rollUpPastRsvps(prisma, new Date('2026-01-01'), 90);
    expect(await prisma.forumRsvp.count({ where: { workspaceId } })).toBe(0);
    expect((await prisma.forumOccurrence.findUnique({ where: { id: occurrence.id } }))?.rsvpCounts).toEqual({
      going: 3,
      not_going: 0,
      maybe: 0,
    });
  });
});
