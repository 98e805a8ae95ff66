import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleWorkspace } from '../../src/adapters/console/console-chat.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { type App, createApp } from '../../src/main.ts';
import { FixedClock } from '../fakes/in-memory-repositories.ts';
import { RecordingGateway } from '../fakes/recording-gateway.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

async function say(app: App, userId: string, text: string): Promise<string> {
  return (await app.conversation.handle({ workspace: consoleWorkspace, userId, text }))?.text ?? '';
}

async function until(what: () => Promise<boolean>, label: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await what()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${label}`);
}

describe('the hourly retention job', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('an hour after start, deletes questions and RSVPs past retention and keeps the counts and what is recent', async () => {
    // Only the hourly timer is simulated; the database and the clock the app reads are real code.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const clock = new FixedClock(new Date('2027-01-01T10:00:00Z'));
    const config = loadConfig({
      DATA_DIR: 'memory://',
      SCHEDULER_ENABLED: 'false',
      QUESTION_RETENTION_DAYS: '30',
      RSVP_RETENTION_DAYS: '60',
    });
    const app = await createApp(config, createLogger('silent'), { clock });
    const prisma = app.storage.prisma;
    try {
      await say(app, 'coord', 'what is a team around the family');
      expect(
        await say(
          app,
          'coord',
          'forum create "North CAF Forum" cadence="monthly on day 15" time=13:30 start=2027-01-02',
        ),
      ).toMatch(/Created North CAF Forum/);
      expect(
        await say(
          app,
          'coord',
          'forum agency add "North CAF Forum" name="Oakfield Primary" sector=education',
        ),
      ).toMatch(/joined/);
      for (const [user, answer] of [
        ['p1', 'going'],
        ['p2', 'going'],
        ['p3', 'maybe'],
      ] as const) {
        expect(await say(app, user, `rsvp ${answer} "North CAF Forum"`)).toMatch(/Noted: .* Fri 15 Jan 2027/);
      }

      // Four months on: January's meeting ended more than 60 days ago, the first question is older
      // than 30 days. Something recent of each kind is added.
      clock.current = new Date('2027-05-03T10:00:00Z');
      // The scheduler's tick plans the meetings ahead from the new date.
      await app.tickOnce(new RecordingGateway());
      await say(app, 'p1', 'who can be a lead professional');
      expect(await say(app, 'p1', 'rsvp going "North CAF Forum"')).toMatch(/Noted: going for .*May 2027/);
      const historyBefore = await say(app, 'coord', 'forum history "North CAF Forum"');
      expect(historyBefore).toMatch(/RSVPs: going 2, maybe 1/);
      expect(await prisma.guidanceQuestion.count()).toBe(2);
      expect(await prisma.forumRsvp.count()).toBe(4);

      // The hour passes: the job runs on its own.
      vi.advanceTimersByTime(HOUR);
      await until(async () => (await prisma.forumRsvp.count()) === 1, 'the RSVPs to go');
      await until(async () => (await prisma.guidanceQuestion.count()) === 1, 'the old question to go');

      const [question] = await prisma.guidanceQuestion.findMany();
      expect(question?.redactedText).toBe('who can be a lead professional');
      const [rsvp] = await prisma.forumRsvp.findMany();
      expect(rsvp?.userId).toBe('p1');
      const january = await prisma.forumOccurrence.findFirst({
        where: { startsAt: { lt: new Date('2027-02-01T00:00:00Z') } },
      });
      expect(january?.rsvpCounts).toEqual({ going: 2, maybe: 1, not_going: 0 });
      // Every total the forum shows is unchanged.
      expect(await say(app, 'coord', 'forum history "North CAF Forum"')).toBe(historyBefore);

      // The next hour finds nothing more to delete, and keeps the counts.
      clock.advance(DAY);
      vi.advanceTimersByTime(HOUR);
      await new Promise((r) => setTimeout(r, 100));
      expect(await prisma.forumRsvp.count()).toBe(1);
      expect(await prisma.guidanceQuestion.count()).toBe(1);
      expect(
        (await prisma.forumOccurrence.findUnique({ where: { id: january?.id ?? '' } }))?.rsvpCounts,
      ).toEqual({ going: 2, maybe: 1, not_going: 0 });
    } finally {
      await app.stop();
    }
  }, 120_000);
});
