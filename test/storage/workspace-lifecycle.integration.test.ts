import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { ForumService } from '../../src/core/forums/forum-service.ts';
import { PulseService } from '../../src/core/pulse/pulse-service.ts';
import type { MemberRecord } from '../../src/core/shared/ports.ts';
import { createLogger } from '../../src/logger.ts';
import { createRepositories } from '../../src/storage/index.ts';
import {
  deleteUninstalledWorkspaces,
  markWorkspaceReinstalled,
  markWorkspaceUninstalled,
} from '../../src/storage/workspace-lifecycle.ts';
import { FixedClock } from '../fakes/in-memory-repositories.ts';
import { describeEachDatabase } from '../support/databases.ts';

const DAY = 86_400_000;

describeEachDatabase('workspace uninstall and grace period', (db) => {
  it('keeps an uninstalled workspace for the grace period, then deletes all of it and logs counts only', async () => {
    const prisma = db.storage.prisma;
    const clock = new FixedClock(new Date('2026-11-21T10:00:00Z'));
    const repos = createRepositories(prisma);
    const forums = new ForumService({ forums: repos.forums, posts: repos.posts, clock });
    const pulse = new PulseService({
      pulse: repos.pulse,
      posts: repos.posts,
      clock,
      respondentSecret: 'a-test-secret-of-enough-length',
      responseRetentionDays: 30,
    });
    /** Members, a question, a forum with agencies, meetings, RSVPs and posts, a survey with answers. */
    const populate = async (workspaceId: string) => {
      const coordinator: MemberRecord = { workspaceId, userId: 'U-coord', role: 'coordinator' };
      await repos.members.ensureMember({ id: workspaceId, platform: 'slack', name: 'Northshire' }, 'U-coord');
      await repos.questions.record({
        workspaceId,
        userId: 'U-coord',
        redactedText: 'who can start a CAF',
        answerKind: 'answer',
        matchedArticles: ['caf-who-can-start'],
        confidence: 0.9,
        privacyWarning: false,
        expiresAt: new Date('2027-06-01'),
      });
      const forum = await forums.createForum(coordinator, {
        name: 'Oakfield Forum',
        channelId: 'C-forum',
        startTime: '13:30',
        durationMinutes: 60,
        cadence: { kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 10 },
        startDate: '2026-12-01',
      });
      await forums.addAgency(coordinator, forum, {
        name: 'Oakfield Primary',
        sector: 'education',
        contacts: ['U1'],
      });
      await forums.addAgency(coordinator, forum, {
        name: 'Riverside Clinic',
        sector: 'health',
        contacts: ['U2'],
      });
      await forums.rsvp({ workspaceId, userId: 'U1', role: 'member' }, 'going', { forum });
      const run = await pulse.startRun(coordinator, { templateKey: 'recommend-forum', channelId: 'C-pulse' });
      for (let i = 0; i < 5; i++) {
        const m: MemberRecord = { workspaceId, userId: `U${i}`, role: 'member' };
        await pulse.setSector(m, 'education');
        await pulse.answer(m, run.id, `${5 + i} a comment about the forum`);
      }
    };
    await populate('W-gone');
    await populate('W-stay');
    await populate('W-back');
    // Teams turn state, keyed by conversation
    await prisma.conversationReference.create({
      data: { workspaceId: 'W-gone', conversationId: '19:gone-channel', reference: {} },
    });
    for (const key of [
      'msteams/conversations/19:gone-channel/conversation',
      'msteams/conversations/19:other/conversation',
    ]) {
      await prisma.botState.create({ data: { key, eTag: '1', value: {} } });
    }
    const pendingOf = (workspaceId: string) =>
      prisma.scheduledPost.count({ where: { workspaceId, status: 'pending' } });
    const pendingBefore = await pendingOf('W-gone');
    expect(pendingBefore).toBeGreaterThan(3);

    const uninstalledAt = clock.now();
    expect(await markWorkspaceUninstalled(prisma, 'W-gone', uninstalledAt)).toEqual({
      found: true,
      cancelledPosts: pendingBefore,
    });
    expect(await pendingOf('W-gone')).toBe(0);
    // a second uninstall event does not extend the grace period
    await markWorkspaceUninstalled(prisma, 'W-gone', new Date(uninstalledAt.getTime() + 5 * DAY));
    expect((await prisma.workspace.findUnique({ where: { id: 'W-gone' } }))?.uninstalledAt).toEqual(
      uninstalledAt,
    );
    expect(await markWorkspaceUninstalled(prisma, 'W-unknown', uninstalledAt)).toEqual({
      found: false,
      cancelledPosts: 0,
    });

    // uninstalled and added back within the grace period: kept, and its posts go back in the queue
    const backPending = await pendingOf('W-back');
    await markWorkspaceUninstalled(prisma, 'W-back', uninstalledAt);
    // nothing is claimed for an uninstalled workspace, even a post planned after the uninstall
    await repos.posts.schedule({
      workspaceId: 'W-back',
      key: 'late-plan',
      kind: 'member_reminder',
      channelId: 'C',
      message: { kind: 'member_reminder', text: 'x' },
      dueAt: new Date(0),
    });
    const claimed = await repos.posts.claimDue(
      new Date('2030-01-01'),
      'test-owner',
      new Date('2030-01-02'),
      1000,
    );
    expect(claimed.filter((p) => p.workspaceId !== 'W-stay')).toEqual([]);
    await repos.posts.releaseAll('test-owner');
    expect(await markWorkspaceReinstalled(prisma, 'W-back')).toEqual({
      found: true,
      restoredPosts: backPending,
    });
    expect(await pendingOf('W-back')).toBe(backPending + 1);

    const lines: Record<string, unknown>[] = [];
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk: Buffer, _e, done) {
          for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l));
          done();
        },
      }),
    );
    // day 29: still within the grace period
    expect(
      await deleteUninstalledWorkspaces(prisma, new Date(uninstalledAt.getTime() + 29 * DAY), 30, logger),
    ).toEqual([]);
    expect(await prisma.workspace.count({ where: { id: 'W-gone' } })).toBe(1);

    const counted = async (workspaceId: string) => ({
      member: await prisma.member.count({ where: { workspaceId } }),
      guidance_question: await prisma.guidanceQuestion.count({ where: { workspaceId } }),
      scheduled_post: await prisma.scheduledPost.count({ where: { workspaceId } }),
      forum: await prisma.forum.count({ where: { workspaceId } }),
      forum_agency: await prisma.forumAgency.count({ where: { workspaceId } }),
      forum_occurrence: await prisma.forumOccurrence.count({ where: { workspaceId } }),
      forum_rsvp: await prisma.forumRsvp.count({ where: { workspaceId } }),
      survey_run: await prisma.surveyRun.count({ where: { workspaceId } }),
      survey_response: await prisma.surveyResponse.count({ where: { workspaceId } }),
      respondent_profile: await prisma.respondentProfile.count({ where: { workspaceId } }),
    });
    const goneBefore = await counted('W-gone');
    const stayBefore = await counted('W-stay');
    expect(goneBefore).toMatchObject({
      member: 1,
      forum: 1,
      forum_agency: 2,
      survey_response: 5,
      respondent_profile: 5,
    });

    // day 31: deleted
    const result = await deleteUninstalledWorkspaces(
      prisma,
      new Date(uninstalledAt.getTime() + 31 * DAY),
      30,
      logger,
    );
    expect(result).toHaveLength(1);
    expect(result[0]?.workspaceId).toBe('W-gone');
    expect(result[0]?.deleted).toMatchObject({
      workspace: 1,
      ...goneBefore,
      conversation_reference: 1,
      bot_state: 1,
    });
    expect((await prisma.botState.findMany()).map((b) => b.key)).toEqual([
      'msteams/conversations/19:other/conversation',
    ]);
    expect(await counted('W-gone')).toEqual(Object.fromEntries(Object.keys(goneBefore).map((k) => [k, 0])));
    expect(await prisma.workspace.count({ where: { id: 'W-gone' } })).toBe(0);
    // other workspaces untouched, the reinstalled one included
    expect(await counted('W-stay')).toEqual(stayBefore);
    expect(await prisma.workspace.count({ where: { id: { in: ['W-stay', 'W-back'] } } })).toBe(2);

    const line = lines.find((l) => l.msg === 'uninstalled workspace deleted after its grace period');
    expect(line).toMatchObject({
      workspaceId: 'W-gone',
      deleted: { workspace: 1, forum: 1, survey_response: 5 },
    });
    const logged = JSON.stringify(lines);
    for (const text of ['Oakfield', 'Riverside', 'Northshire', 'U-coord', 'CAF', 'comment']) {
      expect(logged).not.toContain(text);
    }
    // a second run finds nothing more to do
    expect(
      await deleteUninstalledWorkspaces(prisma, new Date(uninstalledAt.getTime() + 40 * DAY), 30, logger),
    ).toEqual([]);
  });
});
