import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceSimulatedClock, SimulatedClock } from '../../../src/adapters/console/simulated-clock.ts';
import { createCalendarFeedMount } from '../../../src/adapters/web/calendar-feed-http.ts';
import type { Reply } from '../../../src/core/conversation/types.ts';
import { readSnapshot } from '../../../src/core/forums/compose-forum-posts.ts';
import { forumRoutes } from '../../../src/core/forums/forum-routes.ts';
import { ForumService } from '../../../src/core/forums/forum-service.ts';
import type { MemberRecord, OutboundMessage, PostTarget } from '../../../src/core/shared/ports.ts';
import { dispatchDuePosts } from '../../../src/scheduler/dispatch-due-posts.ts';
import { InMemoryForums } from '../../fakes/in-memory-forums.ts';
import { InMemoryScheduledPosts } from '../../fakes/in-memory-posts.ts';

// A coordinator sets up a forum with six agencies, a term passes on the simulated clock, a host
// sees who is coming and subscribes to the calendar feed over HTTP.
describe('a forum that keeps its promises', () => {
  const workspaceId = 'W-acceptance';
  const clock = new SimulatedClock(new Date('2027-01-04T09:00:00Z'));
  const forums = new InMemoryForums();
  const posts = new InMemoryScheduledPosts();
  const sent: { target: PostTarget; message: OutboundMessage; at: Date }[] = [];
  const gateway = {
    post: async (target: PostTarget, message: OutboundMessage) => {
      sent.push({ target, message, at: clock.now() });
      return {};
    },
  };
  const service = new ForumService({
    forums,
    posts,
    clock,
    calendarFeed: { secret: 'a-test-secret-of-some-length-000', baseUrl: 'http://placeholder' },
    members: {
      listMembers: async () => [
        { workspaceId, userId: 'U-ann', role: 'member', displayName: 'Ann Patel' },
        { workspaceId, userId: 'U-bob', role: 'member', displayName: 'Bob Jones' },
      ],
    },
  });
  const routes = forumRoutes(service);
  const say = async (member: MemberRecord, text: string): Promise<Reply> => {
    for (const route of routes) {
      const handle = route.bind(text);
      if (handle) {
        return handle({
          message: {
            workspace: { id: workspaceId, platform: 'console' },
            userId: member.userId,
            text,
            channelId: 'C-forum',
          },
          member,
        });
      }
    }
    throw new Error(`no route for ${text}`);
  };
  const who = (userId: string, role: MemberRecord['role'] = 'member'): MemberRecord => ({
    workspaceId,
    userId,
    role,
  });
  const coordinator = who('U-coord', 'coordinator');
  const tick = async () => {
    for (const forum of await forums.listForums(workspaceId)) await service.plan(forum);
    await dispatchDuePosts({ posts, gateway, clock, owner: 'acceptance' });
  };
  let server: Server;
  let baseUrl = '';

  beforeAll(async () => {
    const mount = createCalendarFeedMount({ forums: service });
    server = createServer((req, res) => void mount.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('announces each meeting once at its lead time, calmly, and lets a host see who comes and subscribe', async () => {
    await say(
      coordinator,
      'forum create "North CAF Forum" cadence="monthly on the 2nd tuesday" time=13:30 start=2027-01-01 horizon=6',
    );
    const agencies = [
      'Oakfield Primary',
      'Riverside Health',
      'Youth Hub',
      'Social Care',
      'Little Acorns',
      'Family Action',
    ];
    for (const [i, name] of agencies.entries()) {
      const contacts = i === 0 ? ' contacts=U-oak' : '';
      await say(coordinator, `forum agency add North name="${name}" sector=other${contacts}`);
    }
    // A quarter passes, a day at a time and at each due post.
    await advanceSimulatedClock(clock, new Date('2027-04-30T09:00:00Z'), {
      tick,
      nextDueAt: (until) => posts.nextDueAt(until),
    });
    const announcements = sent.filter((s) => s.message.kind === 'forum_announcement');
    const dates = announcements.map((a) => readSnapshot(a.message)?.date);
    // One per meeting, never twice, none of them "Updated", each four weeks (28 days) ahead.
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates.slice(0, 5)).toEqual(['2027-01-12', '2027-02-09', '2027-03-09', '2027-04-13', '2027-05-11']);
    for (const a of announcements) {
      expect(a.message.text).toMatch(/^New meeting: North CAF Forum meets on/);
      expect(a.message.actions?.map((x) => x.command)).toEqual([
        'rsvp going',
        'rsvp not going',
        'rsvp maybe',
      ]);
    }
    const may = announcements.find((a) => a.message.text.includes('11 May 2027'));
    expect(may?.at.toISOString()).toBe('2027-04-13T12:30:00.000Z'); // 13:30 BST, 28 days before
    expect(sent.some((s) => /^Updated/.test(s.message.text))).toBe(false);

    // Members answer without ids; the host agency's contact sees names, a member counts only.
    await say(who('U-ann'), 'rsvp going');
    await say(who('U-bob'), 'rsvp maybe');
    const schedule = await say(coordinator, 'forum schedule');
    const next = /• (\w{3} \d+ \w{3} \d{4}) 13:30: hosted by ([^(]+) \(going 1, maybe 1/.exec(schedule.text);
    expect(next).not.toBeNull();
    const hostName = next?.[2]?.trim();
    const hostContact = hostName === 'Oakfield Primary' ? 'U-oak' : 'U-coord';
    const forHost = await say(
      who(hostContact, hostContact === 'U-oak' ? 'member' : 'coordinator'),
      'forum coming',
    );
    expect(forHost.text).toContain('Going (1): Ann Patel');
    expect(forHost.text).toContain('Maybe (1): Bob Jones');
    const forMember = await say(who('U-bob'), 'forum coming');
    expect(forMember.text).toMatch(/going 1, maybe 1, not going 0\.$/);
    expect(forMember.text).not.toContain('Ann');

    // The feed: a secret address served over HTTP, read by a real iCalendar parser.
    const calendar = await say(coordinator, 'forum calendar');
    const feedPath = /http:\/\/placeholder(\/calendar\/\S+\.ics)/.exec(calendar.text)?.[1];
    expect(feedPath).toBeDefined();
    const response = await fetch(`${baseUrl}${feedPath}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const parsed = new ICAL.Component(ICAL.parse(await response.text()));
    const events = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBeGreaterThanOrEqual(6);
    const mayEvent = events.find((e) => e.startDate.toString().startsWith('2027-05-11'));
    expect(mayEvent?.startDate.toJSDate().toISOString()).toBe('2027-05-11T12:30:00.000Z');
    expect(mayEvent?.summary).toContain('North CAF Forum');

    // A cancellation flows through to subscribers on their next fetch.
    const before = mayEvent?.uid;
    await say(coordinator, 'forum cancel 2027-05-11');
    const again = new ICAL.Component(ICAL.parse(await (await fetch(`${baseUrl}${feedPath}`)).text()));
    const cancelled = again
      .getAllSubcomponents('vevent')
      .find((v) => v.getFirstPropertyValue('uid') === before);
    expect(cancelled?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(Number(cancelled?.getFirstPropertyValue('sequence'))).toBeGreaterThan(0);

    // A wrong token gets nothing.
    const wrong = await fetch(`${baseUrl}${feedPath?.replace(/\/[^/]+\.ics$/, `/${'x'.repeat(32)}.ics`)}`);
    expect(wrong.status).toBe(404);
    // A workspace segment that is not valid percent-encoding is a 404 too, not a server fault.
    const garbled = await fetch(
      `${baseUrl}${feedPath?.replace(/^\/calendar\/[^/]+\//, '/calendar/%E0%A4%A/')}`,
    );
    expect(garbled.status).toBe(404);
  });
});
