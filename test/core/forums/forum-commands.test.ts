import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/conversation/types.ts';
import { forumRoutes } from '../../../src/core/forums/forum-routes.ts';
import { ForumService } from '../../../src/core/forums/forum-service.ts';
import { readDatedArguments } from '../../../src/core/forums/read-dated-arguments.ts';
import type { MemberRecord } from '../../../src/core/shared/ports.ts';
import { dispatchDuePosts } from '../../../src/scheduler/dispatch-due-posts.ts';
import { InMemoryForums } from '../../fakes/in-memory-forums.ts';
import { InMemoryScheduledPosts } from '../../fakes/in-memory-posts.ts';
import { FixedClock } from '../../fakes/in-memory-repositories.ts';
import { RecordingGateway } from '../../fakes/recording-gateway.ts';

const workspaceId = 'W-commands';
const coordinator: MemberRecord = { workspaceId, userId: 'U-coord', role: 'coordinator' };

async function setup(now = '2026-12-20T10:00:00Z') {
  const clock = new FixedClock(new Date(now));
  const forums = new InMemoryForums();
  const posts = new InMemoryScheduledPosts();
  const service = new ForumService({ forums, posts, clock });
  const routes = forumRoutes(service);
  const matches = (text: string) => routes.some((r) => r.bind(text) !== undefined);
  const say = async (text: string, member = coordinator): Promise<Reply> => {
    for (const route of routes) {
      const handle = route.bind(text);
      if (!handle) continue;
      const message = {
        workspace: { id: workspaceId, platform: 'console' as const },
        userId: member.userId,
        text,
      };
      return handle({ message, member }).catch((error: Error) => ({ text: error.message, error: 'x' }));
    }
    throw new Error(`no route for "${text}"`);
  };
  await say(
    'forum create "North CAF Forum" cadence="monthly on the 2nd tuesday" time=13:30 start=2027-01-01 horizon=12',
  );
  for (const name of [
    'Oakfield Primary',
    'Riverside Health',
    'Youth Hub',
    'Social Care',
    'Little Acorns',
    'Family Action',
  ]) {
    await say(`forum agency add North name="${name}" sector=other contacts=U-${name.split(' ')[0]}`);
  }
  return { clock, forums, posts, service, say, matches };
}

describe('forgiving forum commands', () => {
  it('finds a forum by the start of its name or a near miss', async () => {
    const { say } = await setup();
    expect((await say('forum schedule North')).text).toMatch(/^North CAF Forum, next meetings/);
    expect((await say('forum schedule nroth caf')).text).toMatch(/^North CAF Forum, next meetings/);
    expect((await say('forum schedule Southern')).text).toMatch(/There is no forum called "Southern"/);
  });

  it('reads dates in words back before changing anything, and acts on the exact command', async () => {
    const { say, service } = await setup();
    const forum = await service.requireForum(workspaceId, 'North');
    const before = await service.currentPlan(forum);
    const echo = await say('forum swap 14 Sep and 9 Nov');
    expect(echo.text).toBe(
      'I read "14 Sep" as Tue 14 Sep 2027 and "9 Nov" as Tue 9 Nov 2027. Nothing has changed yet: to go ahead, type `forum swap "North CAF Forum" 2027-09-14 2027-11-09`.',
    );
    expect((await service.currentPlan(forum)).map((p) => p.hostAgencyId)).toEqual(
      before.map((p) => p.hostAgencyId),
    );
    const done = await say(echo.actions?.[0]?.command ?? '');
    expect(done.text).toMatch(/^Swapped\./);
    const after = await service.currentPlan(forum);
    const sep = before.findIndex((p) => p.date === '2027-09-14');
    const nov = before.findIndex((p) => p.date === '2027-11-09');
    expect(after[sep]?.hostAgencyId).toBe(before[nov]?.hostAgencyId);
    expect(after[nov]?.hostAgencyId).toBe(before[sep]?.hostAgencyId);
  });

  it('asks for what is missing before reading back a change that could not go ahead', async () => {
    const { say } = await setup();
    expect((await say('forum swap 14 Sep')).text).toMatch(/^Say the second date/);
    expect((await say('forum move 14 Sep')).text).toMatch(/^Say the new date/);
    expect((await say('forum override 14 Sep')).text).toMatch(/^Say which agency hosts instead/);
    expect((await say('forum agency remove')).text).toMatch(/^Say which forum and agency/);
    expect((await say('forum agency remove North')).text).toMatch(/^Say which forum and agency/);
    // Complete commands are still read back first.
    expect((await say('forum override 14 Sep "Youth Hub"')).text).toMatch(/^I read "14 Sep"/);
    expect((await say('forum move 14 Sep 16 Sep')).text).toMatch(/^I read "14 Sep"/);
  });

  it('shows who hosted a meeting that took place after a swap, with its RSVPs', async () => {
    const { say, clock } = await setup();
    const swap = await say('forum swap North 2027-01-12 2027-02-09');
    expect(swap.text).toMatch(/^Swapped\. Next: Tue 12 Jan 2027 (.+?);/);
    const firstHost = /^Swapped\. Next: Tue 12 Jan 2027 (.+?);/.exec(swap.text)?.[1];
    clock.current = new Date('2027-03-01T10:00:00Z');
    const history = (await say('forum history North')).text.split('\n');
    expect(history).toContain(`• 12 January 2027: ${firstHost} hosted; RSVPs: going 0, maybe 0, not going 0`);
    expect(history.filter((l) => l.startsWith('• 9 February 2027:') && l.includes('hosted'))).toHaveLength(1);
    // The agreed swap is still on record.
    expect(history.some((l) => l.startsWith('• 12 January 2027:') && l.includes('swapped'))).toBe(true);
  });

  it('reads a meeting time typed as 10am or 1.30pm', async () => {
    const { say } = await setup();
    expect(
      (await say('forum create "West" cadence="every 2 weeks on monday" time=10am start=2027-02-01')).text,
    ).toMatch(/^Created West: every 2 weeks on Monday at 10:00 /);
    expect((await say('forum move North 2027-01-12 2027-01-13 time=1.30pm')).text).toMatch(
      /^Moved: North CAF Forum now meets on Wed 13 Jan 2027 13:30/,
    );
  });

  it('reads the sector of an agency the way people type it, as pulse answers do', async () => {
    const { say } = await setup();
    expect((await say('forum agency add North name="St Mary\'s" sector="early years"')).text).toBe(
      "St Mary's (early years) joined North CAF Forum.",
    );
    expect((await say('forum agency add North name="Hill School" sector=school')).text).toMatch(
      /^Hill School \(education\) joined/,
    );
    expect((await say('forum agency add North name="GP" sector=NHS')).text).toMatch(/^GP \(health\) joined/);
    expect((await say('forum agency add North name="Bobbies" sector=polce')).text).toMatch(
      /I don't know the sector "polce": did you mean police\?/,
    );
    expect((await say('forum agency add North name="Bobbies" sector=banana')).text).toMatch(
      /the sector must be one of/,
    );
  });

  it('reads UK day-first and relative dates', () => {
    expect(readDatedArguments('North 3/4', '2026-12-20').dates[0]?.iso).toBe('2027-04-03');
    expect(readDatedArguments('next tuesday', '2026-12-20').dates[0]?.iso).toBe('2026-12-22');
    expect(readDatedArguments('"Forum 12" 12 Jan "Youth Hub"', '2026-12-20')).toEqual({
      forum: 'Forum 12',
      dates: [{ iso: '2027-01-12', said: '12 Jan', natural: true }],
      trailing: 'Youth Hub',
    });
  });

  it('accepts both skip and absent, and suggests the command meant for a typo', async () => {
    const { say, matches } = await setup();
    expect((await say('forum skip 2027-02-09')).text).toMatch(/^Recorded: the turn passes on\./);
    expect((await say('forum absent 2027-03-09')).text).toMatch(/^Recorded: the turn passes on\./);
    const typo = await say('forum shedule');
    expect(typo.text).toMatch(/Did you mean `forum schedule`\?/);
    expect((await say('forum frobnicate')).text).toMatch(/I don't know `forum frobnicate`/);
    // A question that starts with "forum" is still a question for the guidance.
    expect(matches('forum rules for sharing information?')).toBe(false);
  });

  it('tells each agency its next turn', async () => {
    const { say } = await setup();
    expect((await say('forum next', { workspaceId, userId: 'U-Youth', role: 'member' })).text).toMatch(
      /^Youth Hub next hosts North CAF Forum on \w{3} \d+ \w{3} 2027\.$/,
    );
    expect((await say('forum next', { workspaceId, userId: 'U-nobody', role: 'member' })).text).toMatch(
      /not a contact of any agency/,
    );
  });

  it('leaves announced and unnamed meetings alone when later meetings swap, and tells the hosts privately', async () => {
    const { say, service, posts, clock } = await setup();
    await dispatchDuePosts({ posts, gateway: new RecordingGateway(), clock, owner: 't' });
    const forum = await service.requireForum(workspaceId, 'North');
    const before = await service.currentPlan(forum);
    expect(before[0]?.date).toBe('2027-01-12');
    await say('forum swap 2027-09-14 2027-11-09');
    const after = await service.currentPlan(forum);
    after.forEach((p, i) => {
      if (p.date !== '2027-09-14' && p.date !== '2027-11-09')
        expect(p.hostAgencyId).toBe(before[i]?.hostAgencyId);
    });
    const pending = posts.list(workspaceId).filter((p) => p.status === 'pending');
    expect(pending.filter((p) => p.kind === 'update')).toHaveLength(0);
    const notices = pending.filter((p) => p.kind === 'host_notice');
    expect(notices.map((p) => p.channelId).sort()).toHaveLength(4); // two agencies, each gaining and losing
    expect(notices.every((p) => p.message.data?.private === true)).toBe(true);
  });

  it('reminds at the same local time across a clock change', async () => {
    const { service, posts } = await setup('2027-03-01T10:00:00Z');
    const forum = await service.requireForum(workspaceId, 'North');
    await service.plan(forum);
    const april = (await service.currentPlan(forum)).find((p) => p.date === '2027-04-13');
    const stored = (await service.schedule(forum)).rows.find((r) => r.occurrence.date === '2027-04-13');
    expect(april?.startsAt.toISOString()).toBe('2027-04-13T12:30:00.000Z'); // 13:30 BST
    const hostReminder = posts
      .list(workspaceId)
      .find((p) => p.key === `forum:${stored?.occurrence.id}:host_reminder`);
    // 14 days before is 30 Mar, also BST: 13:30 local. The announcement (16 Mar) is 13:30 GMT.
    expect(hostReminder?.dueAt.toISOString()).toBe('2027-03-30T12:30:00.000Z');
    const announcement = posts
      .list(workspaceId)
      .find((p) => p.key === `forum:${stored?.occurrence.id}:announcement`);
    expect(announcement?.dueAt.toISOString()).toBe('2027-03-16T13:30:00.000Z');
  });
});
