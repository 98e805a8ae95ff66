import { expect, it } from 'vitest';
import type { NewForum } from '../../src/core/forums/ports.ts';
import type { PlannedOccurrence } from '../../src/core/forums/types.ts';
import { isAppError } from '../../src/core/shared/errors.ts';
import { createRepositories } from '../../src/storage/index.ts';
import { describeEachDatabase } from '../support/databases.ts';

const makeForum = (workspaceId: string, name = 'North CAF Forum'): NewForum => ({
  workspaceId,
  name,
  channelId: 'C-forum',
  timeZone: 'Europe/London',
  startTime: '13:30',
  durationMinutes: 120,
  cadence: { kind: 'monthly_weekday', intervalMonths: 2, weekday: 'tuesday', nth: 2 },
  startDate: '2027-01-01',
  nation: 'england_wales',
  holidayRule: 'move_next_working_day',
  horizon: 3,
  hostReminderDays: 14,
  memberReminderDays: 2,
  createdBy: 'U1',
});

const makeOccurrence = (hostAgencyId: string, over: Partial<PlannedOccurrence> = {}): PlannedOccurrence => ({
  date: '2027-01-12',
  originalDate: '2027-01-12',
  startsAt: new Date('2027-01-12T13:30:00Z'),
  endsAt: new Date('2027-01-12T15:30:00Z'),
  hostAgencyId,
  hostName: 'Oakfield Primary',
  reason: 'waited longest',
  ...over,
});

describeEachDatabase('forum repository', (db) => {
  it('keeps forums, agencies and meetings to their workspace', async () => {
    const { forums } = createRepositories(db.storage.prisma);
    const a = await forums.createForum(makeForum('W-fa'));
    await forums.createForum(makeForum('W-fb'));
    const agency = await forums.addAgency('W-fa', a.id, {
      name: 'Oakfield Primary',
      sector: 'education',
      contacts: ['U1'],
      canHost: true,
      blackoutDates: [],
    });
    const [meeting] = await forums.saveOccurrences('W-fa', a.id, [makeOccurrence(agency.id)]);
    expect(await forums.findForum('W-fb', a.id)).toBeNull();
    expect((await forums.findForum('W-fa', 'north caf forum'))?.id).toBe(a.id);
    expect(await forums.listAgencies('W-fb', a.id)).toEqual([]);
    expect(await forums.findOccurrence('W-fb', meeting?.id ?? '')).toBeNull();
    expect(await forums.setRsvp('W-fb', meeting?.id ?? '', 'U9', 'going')).toBe(false);
    const foreign = await forums
      .addAgency('W-fb', a.id, {
        name: 'Intruder',
        sector: 'other',
        contacts: [],
        canHost: true,
        blackoutDates: [],
      })
      .catch((e: unknown) => e);
    expect(isAppError(foreign, 'NOT_FOUND')).toBe(true);
  });

  it('refuses a second forum or agency with the same name', async () => {
    const { forums } = createRepositories(db.storage.prisma);
    const forum = await forums.createForum(makeForum('W-dup'));
    const again = await forums.createForum(makeForum('W-dup')).catch((e: unknown) => e);
    expect(isAppError(again, 'BAD_INPUT')).toBe(true);
    const agency = {
      name: 'Youth Hub',
      sector: 'youth_support' as const,
      contacts: [],
      canHost: true,
      blackoutDates: [],
    };
    await forums.addAgency('W-dup', forum.id, agency);
    expect(
      isAppError(await forums.addAgency('W-dup', forum.id, agency).catch((e: unknown) => e), 'BAD_INPUT'),
    ).toBe(true);
  });

  it('bumps a meeting’s calendar sequence only when it really changes', async () => {
    const { forums } = createRepositories(db.storage.prisma);
    const forum = await forums.createForum(makeForum('W-seq'));
    const one = await forums.addAgency('W-seq', forum.id, {
      name: 'One',
      sector: 'health',
      contacts: [],
      canHost: true,
      blackoutDates: [],
    });
    const two = await forums.addAgency('W-seq', forum.id, {
      name: 'Two',
      sector: 'health',
      contacts: [],
      canHost: true,
      blackoutDates: [],
    });
    const [first] = await forums.saveOccurrences('W-seq', forum.id, [makeOccurrence(one.id)]);
    const [same] = await forums.saveOccurrences('W-seq', forum.id, [makeOccurrence(one.id)]);
    const [swapped] = await forums.saveOccurrences('W-seq', forum.id, [
      makeOccurrence(two.id, { hostName: 'Two' }),
    ]);
    expect([first?.sequence, same?.sequence, swapped?.sequence]).toEqual([0, 0, 1]);
    expect(swapped?.id).toBe(first?.id);
    const cancelled = await forums.cancelOccurrence('W-seq', first?.id ?? '');
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 2 });
    expect(await forums.cancelOccurrence('W-seq', first?.id ?? '')).toBeNull();
  });

  it('stores one answer per member per meeting and lets them change it', async () => {
    const { forums } = createRepositories(db.storage.prisma);
    const forum = await forums.createForum(makeForum('W-rsvp'));
    const host = await forums.addAgency('W-rsvp', forum.id, {
      name: 'Host',
      sector: 'education',
      contacts: [],
      canHost: true,
      blackoutDates: [],
    });
    const [meeting] = await forums.saveOccurrences('W-rsvp', forum.id, [makeOccurrence(host.id)]);
    const id = meeting?.id ?? '';
    await Promise.all([
      forums.setRsvp('W-rsvp', id, 'U1', 'going'),
      forums.setRsvp('W-rsvp', id, 'U2', 'maybe'),
      forums.setRsvp('W-rsvp', id, 'U3', 'going'),
    ]);
    await forums.setRsvp('W-rsvp', id, 'U3', 'not_going');
    expect(await forums.rsvpCounts('W-rsvp', id)).toEqual({ going: 1, maybe: 1, not_going: 1 });
    expect(await forums.rsvpOf('W-rsvp', id, 'U3')).toBe('not_going');
  });

  it('keeps an append-only hosting history in order', async () => {
    const { forums } = createRepositories(db.storage.prisma);
    const forum = await forums.createForum(makeForum('W-hist'));
    await forums.appendHistory('W-hist', forum.id, [
      { occurrenceDate: '2027-01-12', agencyId: 'a1', kind: 'hosted' },
      {
        occurrenceDate: '2027-03-09',
        agencyId: 'a2',
        kind: 'deferred',
        note: 'building works',
        byUserId: 'U1',
      },
    ]);
    expect((await forums.listHistory('W-hist', forum.id)).map((e) => e.kind)).toEqual(['hosted', 'deferred']);
    expect(await forums.listHistory('W-other', forum.id)).toEqual([]);
  });

  it('ends up with one set of meetings when several planners save the same plan at once', async () => {
    const { forums } = createRepositories(db.storage.prisma);
    const forum = await forums.createForum(makeForum('W-race'));
    const host = await forums.addAgency('W-race', forum.id, {
      name: 'Oakfield Primary',
      sector: 'education',
      contacts: [],
      canHost: true,
      blackoutDates: [],
    });
    const plan = ['2027-01-12', '2027-03-09', '2027-05-11'].map((day) =>
      makeOccurrence(host.id, {
        date: day,
        originalDate: day,
        startsAt: new Date(`${day}T13:30:00Z`),
        endsAt: new Date(`${day}T15:30:00Z`),
      }),
    );
    const saved = await Promise.all([1, 2, 3].map(() => forums.saveOccurrences('W-race', forum.id, plan)));
    const meetings = await forums.listOccurrences('W-race', forum.id, new Date(0));
    expect(meetings).toHaveLength(3);
    // Every planner got back the one stored row of each meeting.
    for (const result of saved) expect(result.map((o) => o.id)).toEqual(meetings.map((o) => o.id));
  });
});
