import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { ForumRepository, NewAgency, NewForum } from '../../../src/core/forums/ports.ts';
import type { PlannedOccurrence } from '../../../src/core/forums/types.ts';
import { isAppError } from '../../../src/core/shared/errors.ts';

const newForum = (workspaceId: string, name = 'North CAF Forum'): NewForum => ({
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
  announceDays: 28,
  createdBy: 'U1',
});

const newAgency = (name: string, over: Partial<NewAgency> = {}): NewAgency => ({
  name,
  sector: 'education',
  contacts: ['U1'],
  canHost: true,
  blackoutDates: [],
  ...over,
});

const planned = (
  hostAgencyId: string,
  day: string,
  over: Partial<PlannedOccurrence> = {},
): PlannedOccurrence => ({
  date: day,
  originalDate: day,
  startsAt: new Date(`${day}T13:30:00Z`),
  endsAt: new Date(`${day}T15:30:00Z`),
  hostAgencyId,
  hostName: 'Oakfield Primary',
  reason: 'waited longest',
  ...over,
});

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

/**
 * What every ForumRepository does, whatever keeps it: run against the in-memory fake (unit tier)
 * and the Prisma repository on PGlite and PostgreSQL (integration tier), so the two cannot drift.
 * `repository()` is called inside each test; each test uses workspaces of its own.
 */
export function forumRepositoryContract(repository: () => ForumRepository): void {
  const workspace = () => `W-${randomUUID().slice(0, 8)}`;

  it('creates forums with unique names per workspace, and finds them by id or any-case name', async () => {
    const forums = repository();
    const [w1, w2] = [workspace(), workspace()];
    const created = await forums.createForum(newForum(w1));
    // the coordinator who made it is kept: they are told when one of its posts cannot be sent
    expect(created).toEqual({ ...newForum(w1), id: created.id });
    await forums.createForum(newForum(w2));
    const clash = await errorOf(forums.createForum(newForum(w1)));
    expect(isAppError(clash) && clash.code).toBe('BAD_INPUT');
    expect((await forums.findForum(w1, 'NORTH caf forum'))?.id).toBe(created.id);
    expect((await forums.findForum(w1, created.id))?.name).toBe('North CAF Forum');
    expect(await forums.findForum(w2, created.id)).toBeNull();
    await forums.createForum(newForum(w1, 'South Forum'));
    expect((await forums.listForums(w1)).map((f) => f.name)).toEqual(['North CAF Forum', 'South Forum']);
  });

  it('adds agencies in joining order, refuses a duplicate name and a forum of another workspace', async () => {
    const forums = repository();
    const [w1, w2] = [workspace(), workspace()];
    const forum = await forums.createForum(newForum(w1));
    const oak = await forums.addAgency(w1, forum.id, newAgency('Oakfield Primary'));
    expect(oak).toEqual({ ...newAgency('Oakfield Primary'), id: oak.id, active: true });
    const riv = await forums.addAgency(w1, forum.id, newAgency('Riverside Health', { sector: 'health' }));
    const dup = await errorOf(forums.addAgency(w1, forum.id, newAgency('Oakfield Primary')));
    expect(isAppError(dup) && dup.code).toBe('BAD_INPUT');
    const foreign = await errorOf(forums.addAgency(w2, forum.id, newAgency('Intruder')));
    expect(isAppError(foreign) && foreign.code).toBe('NOT_FOUND');
    expect((await forums.listAgencies(w1, forum.id)).map((a) => a.name)).toEqual([
      'Oakfield Primary',
      'Riverside Health',
    ]);
    expect(await forums.setAgencyActive(w1, forum.id, riv.id, false)).toBe(true);
    expect(await forums.setAgencyActive(w2, forum.id, riv.id, false)).toBe(false);
    expect((await forums.listAgencies(w1, forum.id)).map((a) => a.id)).toEqual([oak.id]);
    expect((await forums.listAgencies(w1, forum.id, true)).map((a) => [a.id, a.active])).toEqual([
      [oak.id, true],
      [riv.id, false],
    ]);
    expect(await forums.listAgencies(w2, forum.id, true)).toEqual([]);
  });

  it('keeps hosting history in the order it was appended', async () => {
    const forums = repository();
    const w = workspace();
    const forum = await forums.createForum(newForum(w));
    await forums.appendHistory(w, forum.id, []);
    await forums.appendHistory(w, forum.id, [
      { occurrenceDate: '2027-01-12', agencyId: 'a', kind: 'hosted' },
      { occurrenceDate: '2027-03-09', agencyId: 'b', kind: 'skipped', note: 'closed', byUserId: 'U1' },
    ]);
    await forums.appendHistory(w, forum.id, [
      { occurrenceDate: '2027-01-12', agencyId: 'c', kind: 'hosted' },
    ]);
    expect(await forums.listHistory(w, forum.id)).toEqual([
      { occurrenceDate: '2027-01-12', agencyId: 'a', kind: 'hosted' },
      { occurrenceDate: '2027-03-09', agencyId: 'b', kind: 'skipped', note: 'closed', byUserId: 'U1' },
      { occurrenceDate: '2027-01-12', agencyId: 'c', kind: 'hosted' },
    ]);
    expect(await forums.listHistory(workspace(), forum.id)).toEqual([]);
    const foreign = await errorOf(
      forums.appendHistory(workspace(), forum.id, [{ occurrenceDate: 'x', agencyId: 'a', kind: 'hosted' }]),
    );
    expect(isAppError(foreign) && foreign.code).toBe('NOT_FOUND');
  });

  it('saves meetings by cadence date: a changed one gets its sequence bumped, an unchanged one is left', async () => {
    const forums = repository();
    const w = workspace();
    const forum = await forums.createForum(newForum(w));
    const oak = await forums.addAgency(w, forum.id, newAgency('Oakfield Primary'));
    const riv = await forums.addAgency(w, forum.id, newAgency('Riverside Health'));
    const [first, second] = await forums.saveOccurrences(w, forum.id, [
      planned(oak.id, '2027-03-09'),
      planned(riv.id, '2027-01-12', { hostName: 'Riverside Health' }),
    ]);
    expect(first).toEqual({
      ...planned(oak.id, '2027-03-09'),
      id: first?.id,
      forumId: forum.id,
      status: 'confirmed',
      sequence: 0,
    });
    expect(second?.hostName).toBe('Riverside Health');
    // The same plan again changes nothing; a new reason alone is saved without a bump.
    const [same] = await forums.saveOccurrences(w, forum.id, [
      planned(oak.id, '2027-03-09', { reason: 'rota order' }),
    ]);
    expect([same?.id, same?.sequence, same?.reason]).toEqual([first?.id, 0, 'rota order']);
    // A new host bumps it.
    const [changed] = await forums.saveOccurrences(w, forum.id, [
      planned(riv.id, '2027-03-09', { hostName: 'Riverside Health' }),
    ]);
    expect([changed?.id, changed?.sequence, changed?.hostAgencyId]).toEqual([first?.id, 1, riv.id]);
    // Listed soonest first from a time, with host names from the agencies.
    const listed = await forums.listOccurrences(w, forum.id, new Date('2027-01-01T00:00:00Z'));
    expect(listed.map((o) => [o.date, o.hostName])).toEqual([
      ['2027-01-12', 'Riverside Health'],
      ['2027-03-09', 'Riverside Health'],
    ]);
    expect(
      (await forums.listOccurrences(w, forum.id, new Date('2027-02-01T00:00:00Z'))).map((o) => o.date),
    ).toEqual(['2027-03-09']);
    expect(await forums.listOccurrences(workspace(), forum.id, new Date(0))).toEqual([]);
    const foreign = await errorOf(
      forums.saveOccurrences(workspace(), forum.id, [planned(oak.id, '2027-05-11')]),
    );
    expect(isAppError(foreign) && foreign.code).toBe('NOT_FOUND');
  });

  it('cancels once, moves, and updates details (venue and agenda bump the sequence, notes do not)', async () => {
    const forums = repository();
    const w = workspace();
    const forum = await forums.createForum(newForum(w));
    const oak = await forums.addAgency(w, forum.id, newAgency('Oakfield Primary'));
    const [meeting] = await forums.saveOccurrences(w, forum.id, [planned(oak.id, '2027-01-12')]);
    const id = meeting?.id ?? '';
    expect(await forums.findOccurrence(workspace(), id)).toBeNull();
    expect(await forums.moveOccurrence(w, id, { date: '2027-01-14', time: '10:00' })).toBe(true);
    expect(await forums.moveOccurrence(workspace(), id, { date: '2027-01-14', time: '10:00' })).toBe(false);
    expect((await forums.findOccurrence(w, id))?.moved).toEqual({ date: '2027-01-14', time: '10:00' });
    const notes = await forums.updateOccurrenceDetails(w, id, { notesUrl: 'https://example.org/notes' });
    expect([notes?.notesUrl, notes?.sequence]).toEqual(['https://example.org/notes', 0]);
    const venue = await forums.updateOccurrenceDetails(w, id, { venue: 'Room 2' });
    expect([venue?.venue, venue?.notesUrl, venue?.sequence]).toEqual([
      'Room 2',
      'https://example.org/notes',
      1,
    ]);
    expect(await forums.updateOccurrenceDetails(workspace(), id, { venue: 'X' })).toBeNull();
    const cancelled = await forums.cancelOccurrence(w, id);
    expect([cancelled?.status, cancelled?.sequence]).toEqual(['cancelled', 2]);
    expect(await forums.cancelOccurrence(w, id)).toBeNull();
    expect(await forums.cancelOccurrence(workspace(), id)).toBeNull();
  });

  it('records one answer per person and meeting, the latest winning, and counts them', async () => {
    const forums = repository();
    const w = workspace();
    const forum = await forums.createForum(newForum(w));
    const oak = await forums.addAgency(w, forum.id, newAgency('Oakfield Primary'));
    const [meeting] = await forums.saveOccurrences(w, forum.id, [planned(oak.id, '2027-01-12')]);
    const id = meeting?.id ?? '';
    expect(await forums.rsvpOf(w, id, 'U1')).toBeNull();
    expect(await forums.setRsvp(w, id, 'U1', 'going')).toBe(true);
    expect(await forums.setRsvp(w, id, 'U2', 'maybe')).toBe(true);
    expect(await forums.setRsvp(w, id, 'U1', 'not_going')).toBe(true);
    expect(await forums.setRsvp(workspace(), id, 'U3', 'going')).toBe(false);
    expect(await forums.setRsvp(w, randomUUID(), 'U3', 'going')).toBe(false);
    expect(await forums.rsvpOf(w, id, 'U1')).toBe('not_going');
    expect(await forums.rsvpCounts(w, id)).toEqual({ going: 0, not_going: 1, maybe: 1 });
    expect(await forums.rsvpCounts(workspace(), id)).toEqual({ going: 0, not_going: 0, maybe: 0 });
  });
}
