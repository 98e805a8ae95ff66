import type { CreateTemplateInput } from '../pulse/build-template.ts';
import { PulseUseCases } from '../pulse/use-cases.ts';
import type { Outcome } from '../shared/outcome.ts';
// What the coordinators' dashboard shows and changes, read through the same services the chat
// uses (so the rota, its reasons and the survey anonymity are exactly the chat's), for the
// signed-in coordinator's own workspace only.

import { explainHost } from '../forums/explain-host.ts';
import type { ForumService } from '../forums/forum-service.ts';
import type { RsvpAnswer, StoredOccurrence } from '../forums/ports.ts';
import type { Agency, ForumSeries, HostingEvent, PlannedOccurrence } from '../forums/types.ts';
import { computeHeadline, type Headline } from '../pulse/compute-headline.ts';
import type { TrendResult } from '../pulse/compute-trend.ts';
import type { SurveyRunRecord } from '../pulse/ports.ts';
import type { PulseService } from '../pulse/pulse-service.ts';
import type { RunResults, SurveyTemplate } from '../pulse/types.ts';
import { AppError } from '../shared/errors.ts';
import type { Clock, MemberRecord, QuestionLogEntry, QuestionLogRepository } from '../shared/ports.ts';
import { requireRole } from '../shared/roles.ts';
import { type ActionItem, findActions, type MeetingState, meetingState } from './find-actions.ts';
import { groupQuestions, type QuestionGroup } from './group-questions.ts';
import { type FieldErrors, type LocalAnswerInput, validateLocalAnswer } from './local-answer.ts';
import type {
  DashboardAttentionRepository,
  HostConfirmationRepository,
  LocalArticleRecord,
  LocalArticleRepository,
  QuestionStatsRepository,
} from './ports.ts';
import { countByTopic, type Topic } from './question-topics.ts';
import type { WorkspaceGuidance } from './workspace-guidance.ts';

export interface DashboardServiceDeps {
  forums: ForumService;
  pulse: PulseService;
  questions: QuestionLogRepository;
  stats: QuestionStatsRepository;
  localArticles: LocalArticleRepository;
  guidance: WorkspaceGuidance;
  /** Failed posts and lost channels, for "needs action". */
  attention: DashboardAttentionRepository;
  hostConfirmations: HostConfirmationRepository;
  clock: Clock;
}

/** One survey's runs and trend, as the chat computes them. */
export interface PulseSeries {
  template: SurveyTemplate;
  runs: { run: SurveyRunRecord; label: string; results: RunResults }[];
  trend: TrendResult;
  /** The latest run's % favourable, with the change since the run before (from `computeHeadline`). */
  headline?: Headline;
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

/** A survey at a glance: the latest closed run's headline and whether a run is open now. */
export interface SurveyGlance {
  template: SurveyTemplate;
  /** The latest closed run; its results are final, so they may be shown in full. */
  latest?: {
    label: string;
    run: SurveyRunRecord;
    results: RunResults;
    /** Whole % favourable over the run's shown scored answers (the pulse headline's overall figure). */
    favourable?: number;
    /** Change in whole points since `previousLabel`. */
    change?: number;
    previousLabel?: string;
  };
  /** A run taking answers now: only its response count is shown until it closes. */
  open?: { label: string; run: SurveyRunRecord; responses: number };
}

/** A forum at a glance: its next meeting with host, confirmation and RSVPs. */
export interface ForumGlance {
  forum: ForumSeries;
  agencies: Agency[];
  cadence: string;
  next?: { occurrence: StoredOccurrence; counts: Record<RsvpAnswer, number>; state: MeetingState };
  problem?: string;
}

/** The overview a coordinator reads in ten seconds: what needs action first, then the rest. */
export interface Overview {
  actions: ActionItem[];
  forums: ForumGlance[];
  surveys: SurveyGlance[];
  questions: { waiting: number; groups: number; top: QuestionGroup[] };
  localAnswers: number;
}

const QUEUE_SIZE = 200;
const TOP_GROUPS = 3;
const PROBLEM_WINDOW_DAYS = 30;

/** The headline of one survey series: latest closed run against the one before, and any open run. */
export function glanceAt(series: PulseSeries): SurveyGlance {
  const closed = series.runs.filter((r) => r.run.status === 'closed');
  const open = series.runs.filter((r) => r.run.status === 'open').at(-1);
  const latest = closed.at(-1);
  const previous = closed.at(-2);
  const headline = latest
    ? computeHeadline(
        series.template,
        latest.results,
        previous && { label: previous.label, results: previous.results },
      )
    : undefined;
  return {
    template: series.template,
    ...(latest
      ? {
          latest: {
            ...latest,
            favourable: headline?.overall?.favourable,
            change: headline?.overall?.change ?? undefined,
            previousLabel: previous?.label,
          },
        }
      : {}),
    ...(open
      ? {
          open: {
            label: open.label,
            run: open.run,
            responses: open.results.liveResponseCount ?? open.results.responseCount,
          },
        }
      : {}),
  };
}

export class DashboardService {
  constructor(private readonly deps: DashboardServiceDeps) {}

  private allow(member: MemberRecord): void {
    requireRole(member, 'coordinator', 'use the dashboard');
  }

  /** Saves a survey template written in the dashboard, through the same use case as chat. */
  createSurveyTemplate(member: MemberRecord, input: CreateTemplateInput): Promise<Outcome<SurveyTemplate>> {
    this.allow(member);
    return new PulseUseCases(this.deps.pulse).createTemplate(member, input);
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

  /** Everything the overview shows, for the coordinator's own workspace. */
  async overview(member: MemberRecord): Promise<Overview> {
    this.allow(member);
    const now = this.deps.clock.now();
    const since = new Date(now.getTime() - PROBLEM_WINDOW_DAYS * 86_400_000);
    const [forums, series, queue, local, postProblems, lostChannels] = await Promise.all([
      this.deps.forums.listForums(member.workspaceId),
      this.pulseOverview(member),
      this.questionQueue(member),
      this.deps.localArticles.list(member.workspaceId),
      this.deps.attention.listPostProblems(member.workspaceId, since),
      this.deps.attention.listLostChannels(member.workspaceId),
    ]);
    const schedules = await Promise.all(
      forums.map(async (forum) => ({
        forum,
        agencies: await this.deps.forums.listAgencies(forum),
        ...(await this.deps.forums.schedule(forum)),
      })),
    );
    const glances: ForumGlance[] = schedules.map(({ forum, agencies, rows, problem }) => {
      const next = rows.find((r) => r.occurrence.status !== 'cancelled');
      return {
        forum,
        agencies,
        cadence: this.deps.forums.describe(forum),
        ...(next ? { next: { ...next, state: meetingState(next.occurrence) } } : {}),
        problem,
      };
    });
    return {
      actions: findActions({
        now,
        forums: schedules.map(({ forum, rows, problem }) => ({
          forum,
          upcoming: rows.map((r) => r.occurrence),
          problem,
        })),
        postProblems,
        lostChannels,
      }),
      forums: glances,
      surveys: series.map(glanceAt),
      questions: {
        waiting: queue.groups.reduce((n, g) => n + g.questions.length, 0),
        groups: queue.groups.length,
        top: queue.groups.slice(0, TOP_GROUPS),
      },
      localAnswers: local.length,
    };
  }

  /**
   * Records that a meeting's host agency has confirmed it (a coordinator passing on the host's
   * word). The confirmation belongs to that agency: if the host changes, the meeting is unconfirmed.
   */
  async confirmHost(
    member: MemberRecord,
    forum: ForumSeries,
    occurrenceId: string,
  ): Promise<StoredOccurrence> {
    this.allow(member);
    if (forum.workspaceId !== member.workspaceId) throw new AppError('NOT_FOUND', 'There is no such forum.');
    const upcoming = await this.deps.forums.schedule(forum);
    const occurrence = upcoming.rows.find((r) => r.occurrence.id === occurrenceId)?.occurrence;
    if (!occurrence || occurrence.status === 'cancelled') {
      throw new AppError('NOT_FOUND', 'That meeting is not an upcoming meeting of this forum.');
    }
    const at = this.deps.clock.now();
    const ok = await this.deps.hostConfirmations.confirmHost(member.workspaceId, occurrence.id, {
      agencyId: occurrence.hostAgencyId,
      at,
      by: member.userId,
    });
    if (!ok) throw new AppError('BAD_INPUT', 'The meeting changed meanwhile: reload the page and try again.');
    return { ...occurrence, hostConfirmation: { agencyId: occurrence.hostAgencyId, at, by: member.userId } };
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

  /** The answers the bot uses; with `withdrawn`, every answer including withdrawn ones. */
  listLocalAnswers(
    member: MemberRecord,
    options: { withdrawn?: boolean } = {},
  ): Promise<LocalArticleRecord[]> {
    this.allow(member);
    return options.withdrawn
      ? this.deps.localArticles.listAll(member.workspaceId)
      : this.deps.localArticles.list(member.workspaceId);
  }

  /** One local answer of this workspace; NOT_FOUND for any other. */
  async findLocalAnswer(member: MemberRecord, id: string): Promise<LocalArticleRecord> {
    this.allow(member);
    const article = await this.deps.localArticles.find(member.workspaceId, id);
    if (!article) throw new AppError('NOT_FOUND', 'There is no such local answer in this workspace.');
    return article;
  }

  /**
   * Changes a local answer's text, keywords or owner; the bot answers with the new text from the
   * next question on (its article id stays, so links to it keep working). All-or-nothing.
   */
  async editLocalAnswer(
    member: MemberRecord,
    id: string,
    input: LocalAnswerInput,
  ): Promise<{ ok: true; article: LocalArticleRecord } | { ok: false; errors: FieldErrors }> {
    const before = await this.findLocalAnswer(member, id);
    const checked = validateLocalAnswer(input, {
      workspaceId: member.workspaceId,
      userId: member.userId,
      displayName: member.displayName,
    });
    if (!checked.ok) return checked;
    const { title, body, keywords, owner } = checked.article;
    const article = await this.deps.localArticles.update(member.workspaceId, before.id, {
      title,
      body,
      keywords,
      owner,
    });
    if (!article) throw new AppError('NOT_FOUND', 'There is no such local answer in this workspace.');
    this.deps.guidance.invalidate(member.workspaceId);
    return { ok: true, article };
  }

  /** Withdraws a local answer (the bot stops using it at once) or restores a withdrawn one. */
  async setLocalAnswerWithdrawn(
    member: MemberRecord,
    id: string,
    withdrawn: boolean,
  ): Promise<LocalArticleRecord> {
    const before = await this.findLocalAnswer(member, id);
    const at = withdrawn ? (before.withdrawnAt ?? this.deps.clock.now()) : null;
    const article = await this.deps.localArticles.setWithdrawn(member.workspaceId, before.id, at);
    if (!article) throw new AppError('NOT_FOUND', 'There is no such local answer in this workspace.');
    this.deps.guidance.invalidate(member.workspaceId);
    return article;
  }

  /** Records that a coordinator checked the answer is still right today. */
  async reviewLocalAnswer(member: MemberRecord, id: string): Promise<LocalArticleRecord> {
    const before = await this.findLocalAnswer(member, id);
    const article = await this.deps.localArticles.markReviewed(
      member.workspaceId,
      before.id,
      this.deps.clock.now(),
      member.displayName ?? member.userId,
    );
    if (!article) throw new AppError('NOT_FOUND', 'There is no such local answer in this workspace.');
    this.deps.guidance.invalidate(member.workspaceId);
    return article;
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
    const checked = validateLocalAnswer(input, {
      workspaceId: member.workspaceId,
      userId: member.userId,
      displayName: member.displayName,
    });
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
