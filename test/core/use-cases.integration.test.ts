import { expect, it } from 'vitest';
import type { TurnContext } from '../../src/core/conversation/types.ts';
import { ForumService } from '../../src/core/forums/forum-service.ts';
import { tokenizeArguments } from '../../src/core/forums/parse-forum-command.ts';
import { ForumUseCases } from '../../src/core/forums/use-cases.ts';
import { pulseRoutes } from '../../src/core/pulse/pulse-routes.ts';
import { PulseService } from '../../src/core/pulse/pulse-service.ts';
import { PulseUseCases } from '../../src/core/pulse/use-cases.ts';
import type { MemberRecord } from '../../src/core/shared/ports.ts';
import { createRepositories } from '../../src/storage/index.ts';
import { FixedClock } from '../fakes/in-memory-repositories.ts';
import { describeEachDatabase } from '../support/databases.ts';

it('reads option names with digits, such as a custom survey’s q1= and q10=', () => {
  const { words, options } = tokenizeArguments(
    'add key=k1 q1="agree5: We trust" q10=3 plain https://x.test/a=b',
  );
  expect(options).toEqual({ key: 'k1', q1: 'agree5: We trust', q10: '3' });
  expect(words).toEqual(['add', 'plain', 'https://x.test/a=b']);
});

let n = 0;

describeEachDatabase('use cases: typed input, typed outcome', (db) => {
  const setup = () => {
    const workspaceId = `W-uc-${n++}`;
    const clock = new FixedClock(new Date('2026-11-21T10:00:00Z'));
    const repos = createRepositories(db.storage.prisma);
    const forums = new ForumService({ forums: repos.forums, posts: repos.posts, clock });
    const pulse = new PulseService({
      pulse: repos.pulse,
      forums: repos.forums,
      posts: repos.posts,
      clock,
      respondentSecret: 'a-test-secret-of-enough-length',
      responseRetentionDays: 30,
    });
    const coordinator: MemberRecord = { workspaceId, userId: 'U-coord', role: 'coordinator' };
    const member: MemberRecord = { workspaceId, userId: 'U-member', role: 'member' };
    return { workspaceId, forums, pulse, coordinator, member, repos };
  };
  const forumInput = {
    name: 'North CAF Forum',
    cadence: 'every month on the 2nd tuesday',
    time: '13:30',
    start: '2027-01-01',
    channelId: 'C1',
  };

  it('creates a forum, and names the field of each refusal', async () => {
    const { forums, coordinator, member } = setup();
    const acts = new ForumUseCases(forums);
    const created = await acts.createForum(coordinator, forumInput);
    expect(created.ok && created.data.name).toBe('North CAF Forum');
    const fieldOf = async (over: Record<string, unknown>) => {
      const outcome = await acts.createForum(coordinator, {
        ...forumInput,
        name: `F${Math.random()}`,
        ...over,
      });
      return outcome.ok ? 'ok' : outcome.error.field;
    };
    expect(await fieldOf({ cadence: 'whenever we like' })).toBe('cadence');
    expect(await fieldOf({ time: '25:99' })).toBe('time');
    expect(await fieldOf({ start: '2027-02-30' })).toBe('start');
    expect(await fieldOf({ durationMinutes: 0 })).toBe('duration');
    expect(await fieldOf({ name: ' ' })).toBe('name');
    const forbidden = await acts.createForum(member, { ...forumInput, name: 'Mine' });
    expect(forbidden.ok ? 'ok' : forbidden.error.code).toBe('FORBIDDEN');
  });

  it('records an RSVP with the counts as data, and refuses an unknown meeting', async () => {
    const { forums, coordinator, member } = setup();
    const acts = new ForumUseCases(forums);
    const created = await acts.createForum(coordinator, forumInput);
    if (!created.ok) throw created.error;
    const agency = await acts.addAgency(coordinator, { name: 'Oakfield Primary', sector: 'education' });
    expect(agency.ok).toBe(true);
    const rsvp = await acts.rsvp(member, { answer: 'going' });
    expect(rsvp.ok && rsvp.data.counts).toEqual({ going: 1, maybe: 0, not_going: 0 });
    const missing = await acts.rsvp(member, {
      answer: 'going',
      occurrenceId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('NOT_FOUND');
  });

  it('starts a custom survey written in chat with q1=…, and answers it from a form keyed by question id', async () => {
    const { pulse, coordinator, member } = setup();
    const [route] = pulseRoutes(pulse);
    const turn = (m: MemberRecord): TurnContext => ({
      member: m,
      message: { workspace: { id: m.workspaceId, platform: 'console' }, userId: m.userId, text: '' },
    });
    const say = (m: MemberRecord, text: string) => route?.bind(text)?.(turn(m));
    const saved = await say(
      coordinator,
      'pulse template add key=team-check title="Team check" q1="agree5: I know who to call in health" q2="comment: Anything else?"',
    );
    expect(saved?.text).toMatch(/Saved the survey "Team check" as team-check/);

    const acts = new PulseUseCases(pulse);
    const run = await acts.startSurvey(coordinator, { templateKey: 'team-check', channelId: 'C1', days: 7 });
    if (!run.ok) throw run.error;
    expect(run.data.template.questions.map((q) => q.id)).toEqual(['q1', 'q2']);
    const badDays = await acts.startSurvey(coordinator, {
      templateKey: 'team-check',
      channelId: 'C1',
      days: 200,
    });
    expect(badDays.ok ? 'ok' : badDays.error.field).toBe('days');
    const badTemplate = await acts.startSurvey(coordinator, { templateKey: 'no-such', channelId: 'C1' });
    expect(badTemplate.ok ? 'ok' : badTemplate.error.field).toBe('template');

    const noSector = await acts.answerSurvey(member, { runId: run.data.id, answers: { q1: '4' } });
    expect(noSector.ok ? 'ok' : noSector.error.field).toBe('sector');
    const badSector = await acts.answerSurvey(member, {
      runId: run.data.id,
      sector: 'astronauts',
      answers: {},
    });
    expect(badSector.ok ? 'ok' : badSector.error.field).toBe('sector');
    const missing = await acts.answerSurvey(member, { runId: run.data.id, sector: 'health', answers: {} });
    expect(missing.ok ? 'ok' : missing.error.field).toBe('q1');
    const answered = await acts.answerSurvey(member, {
      runId: run.data.id,
      answers: { q1: '4', q2: 'More joint visits' },
    });
    expect(answered.ok && answered.data.replaced).toBe(false);
  });
});
