// Seeds one workspace with what the dashboard shows: a coordinator and members, three closed runs
// of a survey (with one sector too small to show), a forum with a year of hosting history, and
// logged questions over several months. Goes through the core services, as the chat would.
import { ForumService } from '../../../src/core/forums/forum-service.ts';
import type { ForumSeries } from '../../../src/core/forums/types.ts';
import { PulseService } from '../../../src/core/pulse/pulse-service.ts';
import type { MemberRecord, WorkspaceRef } from '../../../src/core/shared/ports.ts';
import type { PrismaClient } from '../../../src/storage/client.ts';
import { createRepositories } from '../../../src/storage/index.ts';
import { FixedClock } from '../../fakes/in-memory-repositories.ts';

const DAY = 86_400_000;

export interface Seeded {
  workspace: WorkspaceRef;
  coordinator: MemberRecord;
  forum: ForumSeries;
}

export async function seedDashboard(
  prisma: PrismaClient,
  options: {
    workspace: WorkspaceRef;
    coordinatorId: string;
    now: Date;
    forumName?: string;
    agencyPrefix?: string;
  },
): Promise<Seeded> {
  const { workspace, now } = options;
  const repos = createRepositories(prisma);
  const coordinator = await repos.members.ensureMember(workspace, options.coordinatorId, 'Coordinator');
  const clock = new FixedClock(new Date(now.getTime() - 400 * DAY));
  const pulse = new PulseService({
    pulse: repos.pulse,
    posts: repos.posts,
    clock,
    respondentSecret: 'seed-secret-of-enough-length',
    responseRetentionDays: 3650,
  });
  // Three quarterly runs: 7 education, 6 health and 2 youth support each (youth support is too
  // small to show on its own and is merged away).
  const sectors = [
    ...Array(7).fill('education'),
    ...Array(6).fill('health'),
    ...Array(2).fill('youth_support'),
  ];
  for (const [r, daysAgo] of [270, 180, 90].entries()) {
    clock.current = new Date(now.getTime() - daysAgo * DAY);
    const run = await pulse.startRun(coordinator, {
      templateKey: 'trust-between-agencies',
      channelId: 'C-pulse',
      days: 7,
      audienceSize: 30,
    });
    for (const [i, sector] of sectors.entries()) {
      const person: MemberRecord = await repos.members.ensureMember(workspace, `U-resp-${i}`);
      await pulse.setSector(person, sector);
      const base = 2 + r + (i % 3 === 0 ? 1 : 0);
      const clamp = (v: number) => Math.max(1, Math.min(5, v));
      await pulse.answer(
        person,
        run.id,
        `${clamp(base)} ${clamp(base + (i % 2))} ${clamp(base - 1 + (i % 2))} ${clamp(base + 1)}`,
      );
    }
    clock.advance(8 * DAY);
    await pulse.tick();
  }

  // A forum meeting monthly for a year, planned month by month as the scheduler would.
  clock.current = new Date(now.getTime() - 365 * DAY);
  const forums = new ForumService({ forums: repos.forums, posts: repos.posts, clock });
  const start = clock.now().toISOString().slice(0, 10);
  const forum = await forums.createForum(coordinator, {
    name: options.forumName ?? 'North CAF Forum',
    channelId: 'C-north',
    startTime: '13:30',
    durationMinutes: 120,
    cadence: { kind: 'monthly_weekday', intervalMonths: 1, weekday: 'tuesday', nth: 2 },
    startDate: start,
    venueRule: 'at the host agency',
  });
  const prefix = options.agencyPrefix ?? '';
  for (const [name, sector, venue] of [
    [`${prefix}Oakfield Primary`, 'education', 'Oakfield Primary hall'],
    [`${prefix}Riverside Health Centre`, 'health', 'Riverside meeting room 2'],
    [`${prefix}Youth Hub`, 'youth_support', 'Youth Hub, Mill Lane'],
    [`${prefix}Family Action`, 'third_sector', undefined],
  ] as const) {
    await forums.addAgency(coordinator, forum, { name, sector, contacts: [options.coordinatorId], venue });
  }
  for (let month = 0; month < 12; month += 1) {
    clock.advance(30 * DAY);
    await forums.plan(forum);
  }
  clock.current = now;
  await forums.plan(forum);
  const [next] = (await repos.forums.listOccurrences(workspace.id, forum.id, now)).filter(
    (o) => o.status === 'confirmed',
  );
  if (next) {
    for (const [i, answer] of (['going', 'going', 'maybe', 'not_going'] as const).entries()) {
      await repos.forums.setRsvp(workspace.id, next.id, `U-resp-${i}`, answer);
    }
  }

  // Questions over the last few months: answered ones by topic, and some the bot could not answer.
  const asked: [number, 'answer' | 'no_answer' | 'urgent', string, string[]][] = [
    [150, 'answer', 'who can start a CAF?', ['caf-who-can-start']],
    [150, 'answer', 'when can I share information without consent?', ['info-sharing-without-consent']],
    [120, 'answer', 'what does a lead professional do?', ['lead-professional-role']],
    [120, 'answer', 'what is a TAC meeting?', ['tac-meetings']],
    [90, 'answer', 'how do I contact the MASH?', ['mash']],
    [90, 'no_answer', 'which room is the north locality panel in', []],
    [60, 'answer', 'what are the four steps of a CAF?', ['caf-four-steps']],
    [60, 'urgent', '[urgent message]', []],
    [
      30,
      'answer',
      'do I need consent to share with health?',
      ['info-sharing-consent-agreement-transparency'],
    ],
    [20, 'no_answer', 'who chairs the [place] early help panel', []],
    [10, 'no_answer', 'which room is the locality panel in this month', []],
  ];
  for (const [daysAgo, kind, text, articles] of asked) {
    const createdAt = new Date(now.getTime() - daysAgo * DAY);
    await repos.questions.record({
      workspaceId: workspace.id,
      userId: 'U-resp-1',
      redactedText: text,
      answerKind: kind,
      matchedArticles: articles,
      confidence: kind === 'answer' ? 0.9 : 0.2,
      privacyWarning: false,
      createdAt,
      expiresAt: new Date(now.getTime() + 90 * DAY),
    });
  }
  return { workspace, coordinator, forum };
}

/**
 * What needs a coordinator's action: a weekly drop-in whose next meeting is three days away with
 * no host confirmation yet, a channel the bot was removed from and a post that failed for another
 * reason (rows as the post dispatcher leaves them).
 */
export async function seedAttention(
  prisma: PrismaClient,
  options: { workspace: WorkspaceRef; coordinatorId: string; now: Date },
): Promise<ForumSeries> {
  const repos = createRepositories(prisma);
  const coordinator = await repos.members.ensureMember(
    options.workspace,
    options.coordinatorId,
    'Coordinator',
  );
  const forums = new ForumService({
    forums: repos.forums,
    posts: repos.posts,
    clock: new FixedClock(options.now),
  });
  const inThreeDays = new Date(options.now.getTime() + 3 * DAY);
  const weekday = (['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const)[
    inThreeDays.getUTCDay()
  ];
  const forum = await forums.createForum(coordinator, {
    name: 'Early Help Drop-in',
    channelId: 'C-dropin',
    startTime: '10:00',
    durationMinutes: 60,
    cadence: { kind: 'weekly', intervalWeeks: 1, weekday },
    startDate: options.now.toISOString().slice(0, 10),
    venueRule: 'at the host agency',
  });
  for (const [name, sector] of [
    ['Hillside Children’s Centre', 'early_years'],
    ['Northgate Academy', 'education'],
  ] as const) {
    await forums.addAgency(coordinator, forum, { name, sector, contacts: [options.coordinatorId] });
  }
  await forums.plan(forum);
  const failed = (key: string, kind: string, channelId: string, lastError: string) =>
    prisma.scheduledPost.create({
      data: {
        workspaceId: options.workspace.id,
        key,
        kind,
        channelId,
        payload: { kind, text: 'post text' },
        dueAt: new Date(options.now.getTime() - DAY),
        status: 'failed',
        attempts: 1,
        lastError,
      },
    });
  await failed(
    'seed:lost',
    'forum_member_reminder',
    'C-north',
    'PermanentSendError: Slack refused the post: not_in_channel',
  );
  await failed('seed:failed', 'pulse_reminder', 'C-pulse', 'Error: Slack refused the post: msg_too_long');
  return forum;
}
