import { expect, it } from 'vitest';
import { ForumService } from '../../src/core/forums/forum-service.ts';
import { PulseService } from '../../src/core/pulse/pulse-service.ts';
import type { MemberRecord } from '../../src/core/shared/ports.ts';
import { DataProtection } from '../../src/storage/data-protection.ts';
import { createRepositories } from '../../src/storage/index.ts';
import { FixedClock } from '../fakes/in-memory-repositories.ts';
import { describeEachDatabase } from '../support/databases.ts';

const SECRET = 'a-test-secret-of-enough-length';

describeEachDatabase('subject access and erasure', (db) => {
  it('exports everything about a person, then erases it while aggregates stay the same', async () => {
    const workspaceId = 'W-dp';
    const clock = new FixedClock(new Date('2026-11-21T10:00:00Z'));
    const repos = createRepositories(db.storage.prisma);
    const forums = new ForumService({ forums: repos.forums, posts: repos.posts, clock });
    const pulse = new PulseService({
      pulse: repos.pulse,
      posts: repos.posts,
      clock,
      respondentSecret: SECRET,
      responseRetentionDays: 30,
    });
    const coordinator: MemberRecord = { workspaceId, userId: 'U-coord', role: 'coordinator' };
    const alice = await repos.members.ensureMember({ id: workspaceId, platform: 'slack' }, 'U-alice');
    await repos.questions.record({
      workspaceId,
      userId: 'U-alice',
      redactedText: 'what is a TAC',
      answerKind: 'answer',
      matchedArticles: ['team-around-the-child'],
      confidence: 0.9,
      privacyWarning: false,
      expiresAt: new Date('2027-01-01'),
    });
    const forum = await forums.createForum(coordinator, {
      name: 'DP Forum',
      channelId: 'C',
      startTime: '13:30',
      durationMinutes: 60,
      cadence: { kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 10 },
      startDate: '2026-12-01',
    });
    await forums.addAgency(coordinator, forum, {
      name: 'School',
      sector: 'education',
      contacts: ['U-alice', 'U-bob'],
    });
    await forums.rsvp(alice, 'going', { forum });
    await forums.rsvp({ workspaceId, userId: 'U-bob', role: 'member' }, 'maybe', { forum });
    const run = await pulse.startRun(coordinator, { templateKey: 'recommend-forum', channelId: 'C' });
    for (let i = 0; i < 6; i++) {
      const m: MemberRecord = { workspaceId, userId: i === 0 ? 'U-alice' : `U${i}`, role: 'member' };
      await pulse.setSector(m, 'education');
      await pulse.answer(m, run.id, `${5 + i}`);
    }
    const meeting = (await forums.schedule(forum)).rows[0]?.occurrence;
    const countsBefore = await repos.forums.rsvpCounts(workspaceId, meeting?.id ?? '');
    const resultsBefore = (await pulse.results(coordinator, run.id)).text;

    // She wrote a local answer and signed in to the dashboard once.
    await db.storage.prisma.localArticle.create({
      data: {
        workspaceId,
        slug: 'local-parking',
        title: 'Parking at the hub',
        body: 'Use the rear car park.',
        createdBy: 'U-alice',
      },
    });
    await db.storage.prisma.dashboardSession.create({
      data: {
        id: 'session-hash-alice',
        workspaceId,
        userId: 'U-alice',
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });

    const dp = new DataProtection(db.storage.prisma, SECRET);
    const exported = await dp.exportUser(workspaceId, 'U-alice');
    expect(exported.localAnswersWritten).toEqual([expect.objectContaining({ slug: 'local-parking' })]);
    expect(exported.dashboardSignIns).toHaveLength(1);
    expect(exported.member).toMatchObject({ userId: 'U-alice' });
    expect(exported.questions).toHaveLength(1);
    expect(exported.rsvps).toHaveLength(1);
    expect(exported.surveyResponses).toHaveLength(1); // found through the anonymous key
    expect(exported.surveySector).toBe('education');
    expect(exported.agencyContactOf).toEqual([{ forumId: forum.id, name: 'School' }]);

    const counts = await dp.eraseUser(workspaceId, 'U-alice');
    expect(counts).toMatchObject({
      member: 1,
      questions: 1,
      rsvps: 1,
      surveyResponses: 1,
      agencyContacts: 1,
      surveyProfile: 1,
      localAnswers: 1,
      dashboardSignIns: 1,
    });
    // The local answer stays for everyone, without its author.
    expect(await db.storage.prisma.localArticle.count({ where: { workspaceId, createdBy: null } })).toBe(1);

    // aggregates unchanged
    expect(await repos.forums.rsvpCounts(workspaceId, meeting?.id ?? '')).toEqual(countsBefore);
    expect((await pulse.results(coordinator, run.id)).text).toBe(resultsBefore);
    // nothing left that names or links to the person
    const after = await dp.exportUser(workspaceId, 'U-alice');
    expect(after).toMatchObject({
      member: null,
      questions: [],
      rsvps: [],
      surveyResponses: [],
      surveySector: null,
      agencyContactOf: [],
    });
    for (const table of [
      'member',
      'guidance_question',
      'forum_rsvp',
      'survey_response',
      'forum_agency',
      'scheduled_post',
      'respondent_profile',
      'local_article',
      'dashboard_session',
      'dashboard_sign_in',
    ]) {
      const rows = await db.storage.prisma.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM ${table} t WHERE strpos(row_to_json(t)::text, 'U-alice') > 0`,
      );
      expect(Number(rows[0]?.n), table).toBe(0);
    }
  });
});
