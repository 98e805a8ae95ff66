import { DateTime } from 'luxon';
import type { ForumRepository } from '../forums/ports.ts';
import type { Sector } from '../forums/types.ts';
import { redactPersonalData } from '../privacy/index.ts';
import { AppError } from '../shared/errors.ts';
import type {
  Clock,
  MemberRecord,
  PostPart,
  ScheduledPostRepository,
  Telemetry,
  TroubledPost,
} from '../shared/ports.ts';
import { plainText, withMentions } from '../shared/post-parts.ts';
import { requireRole } from '../shared/roles.ts';
import { computeHeadline, type Headline } from './compute-headline.ts';
import { computeRunResults } from './compute-results.ts';
import { computeTrend, type TrendResult } from './compute-trend.ts';
import { parseSector, SECTOR_CHOICES_TEXT } from './parse-sector.ts';
import type { PulseRepository, Recurrence, SurveyRunRecord } from './ports.ts';
import { renderResultsCsv, renderResultsText } from './render-results.ts';
import { respondentKey } from './respondent-key.ts';
import { findShippedTemplate, SHIPPED_TEMPLATES } from './shipped-templates.ts';
import type { AnonymityOptions, RunResults, SurveyAnswer, SurveyTemplate } from './types.ts';
import { describeAnswerFormat, parseAnswerText, validateAnswers } from './validate-answers.ts';
import { validateTemplate } from './validate-template.ts';

const DAY = 86_400_000;

export interface PulseServiceDeps {
  pulse: PulseRepository;
  /** For surveys addressed to a forum's members. */
  forums?: ForumRepository;
  posts: ScheduledPostRepository;
  clock: Clock;
  /** Keys respondents in the one-response-per-person hash; at least 16 characters. */
  respondentSecret: string;
  responseRetentionDays: number;
  anonymity?: Partial<AnonymityOptions>;
  /** Counts recorded answers for the metrics endpoint. */
  telemetry?: Pick<Telemetry, 'surveyResponseRecorded'>;
}

export interface StartRunInput {
  templateKey: string;
  channelId: string;
  /** Address a forum's members: its channel, and its agencies' contacts as the audience. */
  forum?: string;
  /** Days the run stays open (default 7), or an explicit closing date. */
  days?: number;
  closesOn?: string;
  opensAt?: Date;
  anonymous?: boolean;
  recurrence?: Recurrence;
  audienceSize?: number;
}

const periods: Record<Exclude<Recurrence, 'none'>, { months: number }> = {
  monthly: { months: 1 },
  quarterly: { months: 3 },
  yearly: { months: 12 },
};

/** A run's short label for trends and listings, e.g. "Nov 2026". */
const runLabel = (run: SurveyRunRecord) =>
  DateTime.fromJSDate(run.opensAt, { zone: 'Europe/London' }).toFormat('LLL yyyy');

/** A run's name in a headline, e.g. "since March 2026". */
const headlineLabel = (run: SurveyRunRecord) =>
  DateTime.fromJSDate(run.opensAt, { zone: 'Europe/London' }).toFormat('LLLL yyyy');

/**
 * Pulse survey use cases: templates, runs that open and close on time (once, across replicas),
 * answers recorded once per person, and results that keep respondents anonymous.
 */
export class PulseService {
  constructor(private readonly deps: PulseServiceDeps) {}

  async templates(workspaceId: string): Promise<SurveyTemplate[]> {
    return [...SHIPPED_TEMPLATES, ...(await this.deps.pulse.listTemplates(workspaceId))];
  }

  async findTemplate(workspaceId: string, key: string): Promise<SurveyTemplate> {
    const custom = (await this.deps.pulse.listTemplates(workspaceId)).find(
      (t) => t.key === key.toLowerCase(),
    );
    return custom ?? findShippedTemplate(key);
  }

  async createTemplate(member: MemberRecord, input: unknown): Promise<SurveyTemplate> {
    requireRole(member, 'coordinator', 'create survey templates');
    const template = validateTemplate(input);
    if (SHIPPED_TEMPLATES.some((t) => t.key === template.key)) {
      throw new AppError('BAD_INPUT', `"${template.key}" is a shipped template's key. Pick another key.`);
    }
    return this.deps.pulse.saveTemplate(member.workspaceId, { ...template, shipped: false }, member.userId);
  }

  async startRun(member: MemberRecord, input: StartRunInput): Promise<SurveyRunRecord> {
    requireRole(member, 'coordinator', 'start a survey');
    const template = await this.findTemplate(member.workspaceId, input.templateKey);
    const now = this.deps.clock.now();
    let channelId = input.channelId;
    let audienceSize = input.audienceSize;
    let audienceUserIds: string[] | undefined;
    if (input.forum !== undefined) {
      const forum = this.deps.forums
        ? await this.deps.forums.findForum(member.workspaceId, input.forum)
        : null;
      if (!forum || !this.deps.forums)
        throw new AppError('NOT_FOUND', `There is no forum called "${input.forum}".`, { field: 'forum' });
      channelId = forum.channelId;
      const agencies = await this.deps.forums.listAgencies(member.workspaceId, forum.id);
      const contacts = new Set(agencies.flatMap((a) => a.contacts));
      audienceSize ??= contacts.size > 0 ? contacts.size : undefined;
      audienceUserIds = [...contacts];
    }
    const opensAt = input.opensAt ?? now;
    let closesAt: Date;
    if (input.closesOn) {
      const d = DateTime.fromISO(input.closesOn, { zone: 'Europe/London' }).endOf('day');
      if (!d.isValid)
        throw new AppError('BAD_INPUT', `"${input.closesOn}" is not a date: use YYYY-MM-DD.`, {
          field: 'closes',
        });
      closesAt = d.toJSDate();
    } else {
      const days = input.days ?? 7;
      if (!Number.isInteger(days) || days < 1 || days > 90) {
        throw new AppError('BAD_INPUT', 'A survey stays open for 1 to 90 days.', { field: 'days' });
      }
      closesAt = new Date(opensAt.getTime() + days * DAY);
    }
    if (closesAt <= opensAt || closesAt <= now) {
      throw new AppError('BAD_INPUT', 'The closing time must be after the opening time and in the future.', {
        field: input.closesOn ? 'closes' : 'days',
      });
    }
    if (
      input.audienceSize !== undefined &&
      (!Number.isInteger(input.audienceSize) || input.audienceSize < 1)
    ) {
      throw new AppError('BAD_INPUT', 'The audience size must be a whole number of people.', {
        field: 'audience',
      });
    }
    const run = await this.deps.pulse.createRun({
      workspaceId: member.workspaceId,
      templateKey: template.key,
      template,
      channelId,
      anonymous: input.anonymous ?? true,
      opensAt,
      closesAt,
      audienceSize,
      audienceUserIds,
      recurrence: input.recurrence ?? 'none',
      createdBy: member.userId,
    });
    await this.openDue();
    return (await this.deps.pulse.findRun(member.workspaceId, run.id)) ?? run;
  }

  /** Opens runs whose time has come and posts each invitation once. */
  async openDue(): Promise<number> {
    const opened = await this.deps.pulse.openDueRuns(this.deps.clock.now());
    for (const run of opened) await this.announce(run);
    return opened.length;
  }

  private async announce(run: SurveyRunRecord): Promise<void> {
    const t = run.template;
    const closes = DateTime.fromJSDate(run.closesAt, { zone: 'Europe/London' }).toFormat(
      "ccc d LLL yyyy 'at' HH:mm",
    );
    const privacy = run.anonymous
      ? 'Anonymous: your name is not stored with your answers, and results are only shown for groups of 5 or more.'
      : 'Not anonymous: the coordinator can see who answered.';
    const questions = t.questions.map(
      (q, i) =>
        `${i + 1}. ${q.text}${q.type === 'agree5' ? ' (1 strongly disagree – 5 strongly agree)' : q.type === 'scale10' ? ' (0–10)' : q.type === 'choice' ? ` (${(q.options ?? []).map((o, j) => `${j + 1} ${o}`).join(', ')})` : ' (optional comment)'}`,
    );
    await this.deps.posts.schedule({
      workspaceId: run.workspaceId,
      key: `pulse:${run.id}:open`,
      kind: 'pulse_open',
      channelId: run.channelId,
      message: {
        kind: 'pulse_open',
        text: [
          `📊 ${t.title} (2 minutes). ${privacy} Open until ${closes}.`,
          ...questions,
          `Answer with \`pulse answer ${run.id} …\`. ${describeAnswerFormat(t)}`,
        ].join('\n'),
        data: { runId: run.id },
      },
      dueAt: this.deps.clock.now(),
      expiresAt: run.closesAt,
    });
  }

  async setSector(member: MemberRecord, text: string): Promise<Sector> {
    const sector = parseSector(text);
    if (!sector) {
      throw new AppError(
        'BAD_INPUT',
        `I don't know the sector "${text.trim().slice(0, 40)}". Say one of: ${SECTOR_CHOICES_TEXT}.`,
        {
          field: 'sector',
        },
      );
    }
    await this.deps.pulse.setSector(member.workspaceId, member.userId, sector);
    return sector;
  }

  private async openRun(workspaceId: string, runId?: string): Promise<SurveyRunRecord> {
    if (runId) {
      const run = await this.deps.pulse.findRun(workspaceId, runId);
      if (!run) throw new AppError('NOT_FOUND', `There is no survey ${runId}. Try \`pulse list\`.`);
      return run;
    }
    const open = await this.deps.pulse.listRuns(workspaceId, { status: 'open' });
    if (open.length === 1 && open[0]) return open[0];
    throw new AppError(
      'BAD_INPUT',
      open.length === 0
        ? 'No survey is open at the moment.'
        : 'Several surveys are open: give the survey id (see `pulse list`).',
    );
  }

  /**
   * Records (or replaces) a member's answers to an open run: typed chat text, or a form's answers
   * keyed by question id.
   */
  async answer(
    member: MemberRecord,
    runId: string | undefined,
    given: string | Record<string, unknown>,
  ): Promise<{ replaced: boolean; run: SurveyRunRecord }> {
    const run = await this.openRun(member.workspaceId, runId);
    const now = this.deps.clock.now();
    if (run.status === 'closed' || run.closesAt <= now) {
      throw new AppError(
        'BAD_INPUT',
        `"${run.template.title}" has closed, so it no longer takes answers. Thank you all the same.`,
      );
    }
    if (run.status === 'scheduled' || run.opensAt > now) {
      throw new AppError('BAD_INPUT', `"${run.template.title}" is not open yet.`);
    }
    const sector = await this.deps.pulse.getSector(member.workspaceId, member.userId);
    if (!sector) {
      throw new AppError(
        'BAD_INPUT',
        `First tell me your agency's sector, once: add \`sector=<sector>\` to your answer (or say \`pulse sector <sector>\`), with one of ${SECTOR_CHOICES_TEXT}.`,
        { field: 'sector' },
      );
    }
    const parsed =
      typeof given === 'string' ? parseAnswerText(run.template, given) : validateAnswers(run.template, given);
    // Free text is stored redacted, like every other message.
    const answers: Record<string, SurveyAnswer> = Object.fromEntries(
      Object.entries(parsed).map(([id, v]) => [
        id,
        typeof v === 'string' && run.template.questions.find((q) => q.id === id)?.type === 'comment'
          ? redactPersonalData(v).text
          : v,
      ]),
    );
    const result = await this.deps.pulse.recordResponse({
      workspaceId: member.workspaceId,
      runId: run.id,
      respondentKey: respondentKey(this.deps.respondentSecret, member.workspaceId, run.id, member.userId),
      userId: run.anonymous ? undefined : member.userId,
      sector,
      answers,
      now,
      expiresAt: new Date(now.getTime() + this.deps.responseRetentionDays * DAY),
    });
    if (!result.accepted)
      throw new AppError('BAD_INPUT', `"${run.template.title}" has closed, so it no longer takes answers.`);
    this.deps.telemetry?.surveyResponseRecorded();
    return { replaced: result.replaced, run };
  }

  private async resultsOf(run: SurveyRunRecord): Promise<RunResults> {
    if (run.status === 'closed' && run.summary) return run.summary as RunResults;
    const responses = await this.deps.pulse.listResponses(run.workspaceId, run.id);
    return computeRunResults(run.template, responses, {
      audienceSize: run.audienceSize,
      anonymity: this.deps.anonymity,
    });
  }

  /** Results for a coordinator: text with bars, the headline and the trend across runs of the survey. */
  async results(
    member: MemberRecord,
    runId?: string,
  ): Promise<{ text: string; csv: string; run: SurveyRunRecord; headline: Headline }> {
    requireRole(member, 'coordinator', 'see survey results');
    const run = runId
      ? await this.openRun(member.workspaceId, runId)
      : await this.latestRun(member.workspaceId);
    const series = await this.resultsSeries(member, run.templateKey, run.id);
    const current = series.runs[series.runs.length - 1];
    const results = current?.results ?? (await this.resultsOf(run));
    const trend = series.runs.length > 1 ? series.trend : undefined;
    return {
      text: renderResultsText(run.template, results, trend, series.headline),
      csv: renderResultsCsv(run.template, results, { trend, headline: series.headline }),
      run,
      headline: series.headline,
    };
  }

  /**
   * Every run of one survey that has opened (up to `untilRunId` when given), oldest first, each
   * with the same anonymity-safe results the chat shows, the trend across them and the headline of
   * the last one compared with the one before: for chat, CSV and the coordinators' dashboard.
   */
  async resultsSeries(
    member: MemberRecord,
    templateKey: string,
    untilRunId?: string,
  ): Promise<{
    template: SurveyTemplate;
    runs: { run: SurveyRunRecord; label: string; results: RunResults }[];
    trend: TrendResult;
    headline: Headline;
  }> {
    requireRole(member, 'coordinator', 'see survey results');
    const all = (await this.deps.pulse.listRuns(member.workspaceId, { templateKey }))
      .filter((r) => r.status !== 'scheduled')
      .sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
    const until = untilRunId === undefined ? -1 : all.findIndex((r) => r.id === untilRunId);
    const runs = until === -1 ? all : all.slice(0, until + 1);
    const latest = runs[runs.length - 1];
    const template = latest?.template ?? (await this.findTemplate(member.workspaceId, templateKey));
    const series = await Promise.all(
      runs.map(async (run) => ({ run, label: runLabel(run), results: await this.resultsOf(run) })),
    );
    const trend = computeTrend(
      series.map((s) => ({
        runId: s.run.id,
        label: s.label,
        closedAt: s.run.closedAt ?? s.run.closesAt,
        results: s.results,
      })),
    );
    const last = series[series.length - 1];
    const before = series[series.length - 2];
    const headline = last
      ? computeHeadline(
          template,
          last.results,
          before ? { label: headlineLabel(before.run), results: before.results } : undefined,
        )
      : { questions: [], overall: null };
    return { template, runs: series, trend, headline };
  }

  private async latestRun(workspaceId: string): Promise<SurveyRunRecord> {
    const runs = await this.deps.pulse.listRuns(workspaceId);
    const latest = runs
      .filter((r) => r.status !== 'scheduled')
      .sort((a, b) => b.opensAt.getTime() - a.opensAt.getTime())[0];
    if (!latest)
      throw new AppError('NOT_FOUND', 'No survey has run yet. Start one with `pulse start <template>`.');
    return latest;
  }

  /**
   * One reminder per run, half-way through. Anonymous runs are reminded by count only; attributed
   * runs addressed to a forum also name the members who have not answered.
   */
  private async remindHalfway(now: Date): Promise<void> {
    for (const run of await this.deps.pulse.listOpenRuns(now)) {
      const halfway = new Date((run.opensAt.getTime() + run.closesAt.getTime()) / 2);
      if (now < halfway) continue;
      const count = await this.deps.pulse.countResponses(run.workspaceId, run.id);
      const of = run.audienceSize ? ` of ${run.audienceSize}` : '';
      // Only an attributed run knows who has answered; it names the members who have not.
      let waiting: string[] = [];
      if (!run.anonymous && run.audienceUserIds && run.audienceUserIds.length > 0) {
        const answered = new Set(await this.deps.pulse.listRespondentUserIds(run.workspaceId, run.id));
        waiting = run.audienceUserIds.filter((u) => !answered.has(u));
      }
      const parts: PostPart[] = [
        { text: `⏰ "${run.template.title}" closes soon: ${count}${of} people have answered so far.` },
        ...(waiting.length > 0
          ? [{ text: ' Still to answer: ' }, ...withMentions(waiting, ''), { text: '.' }]
          : []),
        {
          text: ` If you haven't, it takes two minutes: \`pulse answer ${run.id} …\`.`,
        },
      ];
      await this.deps.posts.schedule({
        workspaceId: run.workspaceId,
        key: `pulse:${run.id}:reminder`,
        kind: 'pulse_reminder',
        channelId: run.channelId,
        message: {
          kind: 'pulse_reminder',
          text: plainText(parts),
          ...(waiting.length > 0 ? { parts } : {}),
          data: { runId: run.id },
        },
        dueAt: now,
        expiresAt: run.closesAt,
      });
    }
  }

  /** A run of this workspace, or NOT_FOUND. */
  async findRun(workspaceId: string, runId: string): Promise<SurveyRunRecord> {
    const run = await this.deps.pulse.findRun(workspaceId, runId);
    if (!run) throw new AppError('NOT_FOUND', 'There is no such survey here. See `pulse list`.');
    return run;
  }

  /** The open runs of the member's workspace, each with whether the member has answered it. */
  async openRunsFor(member: MemberRecord): Promise<{ run: SurveyRunRecord; answered: boolean }[]> {
    const now = this.deps.clock.now();
    const runs = (await this.deps.pulse.listRuns(member.workspaceId)).filter(
      (r) => r.status === 'open' && r.opensAt <= now && r.closesAt > now,
    );
    return Promise.all(
      runs.map(async (run) => ({
        run,
        answered: await this.deps.pulse.hasResponse(
          member.workspaceId,
          run.id,
          respondentKey(this.deps.respondentSecret, member.workspaceId, run.id, member.userId),
        ),
      })),
    );
  }

  /** The sector the member gave, if any. */
  sectorOf(member: MemberRecord): Promise<Sector | null> {
    return this.deps.pulse.getSector(member.workspaceId, member.userId);
  }

  /** The survey's posts (opening, reminder, results) that failed or are being retried. */
  troubledPosts(run: SurveyRunRecord): Promise<TroubledPost[]> {
    return this.deps.posts.listTroubled(run.workspaceId, `pulse:${run.id}:`);
  }

  listRuns(workspaceId: string): Promise<SurveyRunRecord[]> {
    return this.deps.pulse.listRuns(workspaceId);
  }

  /**
   * The scheduler's part: open due runs, remind half-way (counting, never naming, for anonymous
   * runs), close runs past their time exactly once with their summary post, and start the next
   * run of a recurring survey.
   */
  async tick(): Promise<{ opened: number; closed: number }> {
    const opened = await this.openDue();
    const now = this.deps.clock.now();
    await this.remindHalfway(now);
    let closed = 0;
    for (const run of await this.deps.pulse.listRunsToClose(now)) {
      const responses = await this.deps.pulse.listResponses(run.workspaceId, run.id);
      const summary = computeRunResults(run.template, responses, {
        audienceSize: run.audienceSize,
        anonymity: this.deps.anonymity,
      });
      if (!(await this.deps.pulse.closeRun(run.workspaceId, run.id, now, summary))) continue;
      closed++;
      await this.deps.posts.schedule({
        workspaceId: run.workspaceId,
        key: `pulse:${run.id}:summary`,
        kind: 'pulse_summary',
        channelId: run.channelId,
        message: {
          kind: 'pulse_summary',
          text: `📊 "${run.template.title}" has closed with ${summary.responseCount} responses${summary.responseRate !== undefined ? ` (${Math.round(summary.responseRate * 100)}%)` : ''}. Thank you. Coordinators can see the results with \`pulse results ${run.id}\`.`,
          data: { runId: run.id },
        },
        dueAt: now,
      });
      if (run.recurrence !== 'none') {
        const period = periods[run.recurrence];
        const shift = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/London' }).plus(period).toJSDate();
        await this.deps.pulse.createRun({
          ...run,
          opensAt: shift(run.opensAt),
          closesAt: shift(run.closesAt),
        });
      }
    }
    return { opened, closed };
  }
}
