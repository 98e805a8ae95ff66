// What the coordinators' dashboard shows and changes, read through the same services the chat
// uses (so the rota, its reasons and the survey anonymity are exactly the chat's), for the
// signed-in coordinator's own workspace only.

import { explainHost } from '../forums/explain-host.ts';
import type { ForumService } from '../forums/forum-service.ts';
import type { RsvpAnswer, StoredOccurrence } from '../forums/ports.ts';
import type { Agency, ForumSeries, HostingEvent, PlannedOccurrence } from '../forums/types.ts';
import type { Headline } from '../pulse/compute-headline.ts';
import type { TrendResult } from '../pulse/compute-trend.ts';
import type { SurveyRunRecord } from '../pulse/ports.ts';
import type { PulseService } from '../pulse/pulse-service.ts';
import type { RunResults, SurveyTemplate } from '../pulse/types.ts';
import { AppError } from '../shared/errors.ts';
import type { Clock, MemberRecord, QuestionLogEntry, QuestionLogRepository } from '../shared/ports.ts';
import { requireRole } from '../shared/roles.ts';
import { groupQuestions, type QuestionGroup } from './group-questions.ts';
import { type FieldErrors, type LocalAnswerInput, validateLocalAnswer } from './local-answer.ts';
import type { LocalArticleRecord, LocalArticleRepository, QuestionStatsRepository } from './ports.ts';
import { countByTopic, type Topic } from './question-topics.ts';
import type { WorkspaceGuidance } from './workspace-guidance.ts';

export interface DashboardServiceDeps {
  forums: ForumService;
  pulse: PulseService;
  questions: QuestionLogRepository;
  stats: QuestionStatsRepository;
  localArticles: LocalArticleRepository;
  guidance: WorkspaceGuidance;
  clock: Clock;
}

/** One survey's runs and trend, as the chat computes them. */
export interface PulseSeries {
  template: SurveyTemplate;
  runs: { run: SurveyRunRecord; label: string; results: RunResults }[];
  trend: TrendResult;
  /** The latest run's % favourable, with the change since the run before. */
  headline: Headline;
}

/** One forum as the dashboard shows it. */
export interface ForumView {
  forum: ForumSeries;
  cadence: string;
  upcoming: { occurrence: StoredOccurrence; counts: Record<RsvpAnswer, number> }[];
  rota: (PlannedOccurrence & { why: string })[];
  agencies: Agency[];
  history: HostingEvent[];
  problem?: string;
}

/** The queue: questions still needing a local answer, grouped, and those a local answer now covers. */
export interface QuestionQueue {
  groups: QuestionGroup[];
  answered: { question: QuestionLogEntry; articleId: string; title: string }[];
}

const QUEUE_SIZE = 200;

export class DashboardService {
  constructor(private readonly deps: DashboardServiceDeps) {}

  private allow(member: MemberRecord): void {
    requireRole(member, 'coordinator', 'use the dashboard');
  }

  /** Survey templates that have run at least once in the workspace, with their series. */
  async pulseOverview(member: MemberRecord): Promise<PulseSeries[]> {
    this.allow(member);
    const runs = await this.deps.pulse.listRuns(member.workspaceId);
    const keys = [...new Set(runs.filter((r) => r.status !== 'scheduled').map((r) => r.templateKey))].sort();
    return Promise.all(keys.map((key) => this.deps.pulse.resultsSeries(member, key)));
  }

  /** One survey's series; NOT_FOUND when it has not run in this workspace. */
  async pulseSeries(member: MemberRecord, templateKey: string): Promise<PulseSeries> {
    this.allow(member);
    const runs = await this.deps.pulse.listRuns(member.workspaceId);
    if (!runs.some((r) => r.templateKey === templateKey && r.status !== 'scheduled')) {
      throw new AppError('NOT_FOUND', 'That survey has not run in this workspace.');
    }
    return this.deps.pulse.resultsSeries(member, templateKey);
  }

  /** The workspace's forums, each with its cadence in words. */
  async forumList(member: MemberRecord): Promise<{ forum: ForumSeries; cadence: string }[]> {
    this.allow(member);
    const forums = await this.deps.forums.listForums(member.workspaceId);
    return forums.map((forum) => ({ forum, cadence: this.deps.forums.describe(forum) }));
  }

  /** A forum of this workspace by id; NOT_FOUND for any other (another workspace's included). */
  async findForum(member: MemberRecord, forumId: string): Promise<ForumSeries> {
    this.allow(member);
    const forum = (await this.deps.forums.listForums(member.workspaceId)).find((f) => f.id === forumId);
    if (!forum) throw new AppError('NOT_FOUND', 'There is no such forum in this workspace.');
    return forum;
  }

  async forumView(member: MemberRecord, forum: ForumSeries): Promise<ForumView> {
    this.allow(member);
    if (forum.workspaceId !== member.workspaceId) throw new AppError('NOT_FOUND', 'There is no such forum.');
    const { rows, problem } = await this.deps.forums.schedule(forum);
    const plan = await this.deps.forums.currentPlan(forum);
    const [agencies, history] = await Promise.all([
      this.deps.forums.listAgencies(forum),
      this.deps.forums.hostingEvents(forum),
    ]);
    return {
      forum,
      cadence: this.deps.forums.describe(forum),
      upcoming: rows,
      rota: plan.map((p) => ({ ...p, why: explainHost(plan, p.date) })),
      agencies,
      history,
      problem,
    };
  }

  async calendar(member: MemberRecord, forum: ForumSeries): Promise<string> {
    this.allow(member);
    return this.deps.forums.calendar(forum);
  }

  /**
   * The questions needing a local answer (no answer, or marked 👎), grouped by similarity. A
   * question the workspace's local answers now cover moves to `answered`.
   */
  async questionQueue(member: MemberRecord): Promise<QuestionQueue> {
    this.allow(member);
    const [list, local, guidance] = await Promise.all([
      this.deps.questions.listNeedingAnswers(member.workspaceId, QUEUE_SIZE),
      this.deps.localArticles.list(member.workspaceId),
      this.deps.guidance.guidanceFor(member.workspaceId),
    ]);
    const titles = new Map(local.map((a) => [a.slug, a.title]));
    const open: QuestionLogEntry[] = [];
    const answered: QuestionQueue['answered'] = [];
    for (const question of list) {
      const reply = guidance.answer(question.redactedText);
      const best = reply.articleIds[0];
      if (reply.kind === 'answer' && best && titles.has(best)) {
        answered.push({ question, articleId: best, title: titles.get(best) as string });
      } else open.push(question);
    }
    return { groups: groupQuestions(open), answered };
  }

  /** Questions per month and topic over the last `months` months. */
  async topicCounts(
    member: MemberRecord,
    months = 12,
  ): Promise<{ month: string; topic: Topic; count: number }[]> {
    this.allow(member);
    const now = this.deps.clock.now();
    const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
    return countByTopic(await this.deps.stats.listAskedSince(member.workspaceId, since));
  }

  listLocalAnswers(member: MemberRecord): Promise<LocalArticleRecord[]> {
    this.allow(member);
    return this.deps.localArticles.list(member.workspaceId);
  }

  /**
   * Saves a coordinator's local answer as a local knowledge-base article the bot uses from the
   * next question on. All-or-nothing: a problem with any field stores nothing.
   */
  async saveLocalAnswer(
    member: MemberRecord,
    input: LocalAnswerInput,
  ): Promise<{ ok: true; article: LocalArticleRecord } | { ok: false; errors: FieldErrors }> {
    this.allow(member);
    const checked = validateLocalAnswer(input, { workspaceId: member.workspaceId, userId: member.userId });
    if (!checked.ok) return checked;
    try {
      const article = await this.deps.localArticles.create(checked.article);
      this.deps.guidance.invalidate(member.workspaceId);
      return { ok: true, article };
    } catch (error) {
      if (error instanceof AppError && error.code === 'BAD_INPUT') {
        return { ok: false, errors: { title: error.message } };
      }
      throw error;
    }
  }
}
