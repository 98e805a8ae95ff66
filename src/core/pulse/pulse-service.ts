import { DateTime } from 'luxon';
import type { ForumRepository } from '../forums/ports.ts';
import type { Sector } from '../forums/types.ts';
import { redactPersonalData } from '../privacy/index.ts';
import { AppError } from '../shared/errors.ts';
import type {
  Clock,
  MemberRecord,
  ScheduledPostRepository,
  Telemetry,
  TroubledPost,
} from '../shared/ports.ts';
import { requireRole } from '../shared/roles.ts';
import { computeHeadline, type Headline } from './compute-headline.ts';
import { computeTrend, type TrendResult } from './compute-trend.ts';
import { closestSector, parseSector, SECTOR_CHOICES_TEXT } from './parse-sector.ts';
import type { PulseRepository, Recurrence, SurveyRunRecord } from './ports.ts';
import { defaultReleasePolicy, releaseResults } from './release-results.ts';
import { renderResultsCsv, renderResultsText } from './render-results.ts';
import { respondentKey } from './respondent-key.ts';
import { findShippedTemplate, SHIPPED_TEMPLATES } from './shipped-templates.ts';
import type { AnonymityOptions, ReleasePolicy, RunResults, SurveyAnswer, SurveyTemplate } from './types.ts';
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
  /** When results are released while open (default: at close when anonymous, in steps otherwise). */
  resultsRelease?: ReleasePolicy;
}

/** The survey's time zone: its forum's, or UK time. */
const DEFAULT_ZONE = 'Europe/London';

/**
 * `closes=2026-12-04` (the end of that day) or `closes=2026-12-04T17:20`, in the survey's time
 * zone: 17:20 there, whatever the server's zone.
 */
export function closingTime(value: string, zone: string): Date {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  const parsed = DateTime.fromISO(value.trim(), { zone });
  if (!parsed.isValid) {
    throw new AppError(
      'BAD_INPUT',
      `"${value}" is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM (${zone} time).`,
      {
        field: 'closes',
      },
    );
  }
  return (dateOnly ? parsed.endOf('day') : parsed).toJSDate();
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
      throw new AppError('BAD_INPUT', `"${template.key}" is a shipped template's key. Pick another key.`, {
        field: 'key',
      });
    }
    return this.deps.pulse.saveTemplate(member.workspaceId, { ...template, shipped: false }, member.userId);
  }

  async startRun(member: MemberRecord, input: StartRunInput): Promise<SurveyRunRecord> {
    requireRole(member, 'coordinator', 'start a survey');
    const template = await this.findTemplate(member.workspaceId, input.templateKey);
    const now = this.deps.clock.now();
    let zone = DEFAULT_ZONE;
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
      zone = forum.timeZone ?? DEFAULT_ZONE;
      const agencies = await this.deps.forums.listAgencies(member.workspaceId, forum.id);
      const contacts = new Set(agencies.flatMap((a) => a.contacts));
      audienceSize ??= contacts.size > 0 ? contacts.size : undefined;
      audienceUserIds = [...contacts];
    }
    const opensAt = input.opensAt ?? now;
    let closesAt: Date;
    if (input.closesOn) {
      closesAt = closingTime(input.closesOn, zone);
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
    const running = (await this.deps.pulse.listRuns(member.workspaceId, { templateKey: template.key })).find(
      (r) => r.status === 'open',
    );
    if (running && opensAt <= now) {
      throw new AppError(
        'BAD_INPUT',
        `"${template.title}" is already open (survey id ${running.id}). One run of a survey at a time: close it first with \`pulse close ${template.key}\`.`,
        { field: 'template' },
      );
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
      ...(input.resultsRelease ? { resultsRelease: input.resultsRelease } : {}),
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
      const near = closestSector(text);
      throw new AppError(
        'BAD_INPUT',
        `I don't know the sector "${text.trim().slice(0, 40)}".${near ? ` Did you mean ${near.replace(/_/g, ' ')}?` : ''} Say one of: ${SECTOR_CHOICES_TEXT}.`,
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
  ): Promise<{ replaced: boolean; run: SurveyRunRecord; detailsRemoved: boolean }> {
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
    // Free text is stored redacted, like every other message, and the person is told.
    let detailsRemoved = false;
    const answers: Record<string, SurveyAnswer> = Object.fromEntries(
      Object.entries(parsed).map(([id, v]) => {
        if (typeof v !== 'string' || run.template.questions.find((q) => q.id === id)?.type !== 'comment')
          return [id, v];
        const redaction = redactPersonalData(v);
        if (redaction.findings.length > 0) detailsRemoved = true;
        return [id, redaction.text];
      }),
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
    return { replaced: result.replaced, run, detailsRemoved };
  }

  /**
   * What coordinators may see of a run, the same for chat, CSV and the dashboard: a closed run's
   * saved results, or the open run's latest release under the release rule (`releaseResults`).
   */
  private async resultsOf(run: SurveyRunRecord): Promise<RunResults> {
    if (run.status === 'closed' && run.summary) return run.summary as RunResults;
    return this.release(run, false);
  }

  /**
   * Applies the release rule and stores a new release before showing it. When another process
   * stores the same release first, its release is read back and shown instead.
   */
  private async release(run: SurveyRunRecord, closing: boolean): Promise<RunResults> {
    const policy = run.resultsRelease ?? defaultReleasePolicy(run.anonymous);
    const decide = async (mayRelease: boolean) => {
      const [responses, releases] = await Promise.all([
        this.deps.pulse.listResponses(run.workspaceId, run.id),
        this.deps.pulse.listReleases(run.workspaceId, run.id),
      ]);
      return releaseResults({
        template: run.template,
        responses,
        releases,
        policy: mayRelease ? policy : 'close',
        closing: mayRelease && closing,
        now: this.deps.clock.now(),
        audienceSize: run.audienceSize,
        anonymity: this.deps.anonymity,
      });
    };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const decision = await decide(true);
      if (!decision.release) return decision.shown;
      if (await this.deps.pulse.saveRelease(run.workspaceId, run.id, decision.release)) return decision.shown;
    }
    // Others keep releasing: show the latest stored release, never an unstored one.
    return (await decide(false)).shown;
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
   * One reminder per run, half-way through: in the channel a count only, never names; and, when
   * the audience is known (a forum's contacts), a private message to each person who has not
   * answered yet. Whether someone has answered is checked by their keyed hash and goes no further
   * than the message to that person.
   */
  private async remindHalfway(now: Date): Promise<void> {
    for (const run of await this.deps.pulse.listOpenRuns(now)) {
      const halfway = new Date((run.opensAt.getTime() + run.closesAt.getTime()) / 2);
      if (now < halfway) continue;
      const count = await this.deps.pulse.countResponses(run.workspaceId, run.id);
      const of = run.audienceSize ? ` of ${run.audienceSize}` : '';
      const reminder = (key: string, channelId: string, kind: string, text: string, direct = false) =>
        this.deps.posts.schedule({
          workspaceId: run.workspaceId,
          key,
          kind,
          channelId,
          message: { kind, text, data: { runId: run.id, ...(direct ? { private: true } : {}) } },
          dueAt: now,
          expiresAt: run.closesAt,
        });
      await reminder(
        `pulse:${run.id}:reminder`,
        run.channelId,
        'pulse_reminder',
        `⏰ "${run.template.title}" closes soon: ${count}${of} people have answered so far. If you haven't, it takes two minutes: \`pulse answer ${run.id} …\`.`,
      );
      for (const userId of run.audienceUserIds ?? []) {
        const key = respondentKey(this.deps.respondentSecret, run.workspaceId, run.id, userId);
        if (await this.deps.pulse.hasResponse(run.workspaceId, run.id, key)) continue;
        await reminder(
          `pulse:${run.id}:reminder:${userId}`,
          userId,
          'pulse_private_reminder',
          `⏰ A reminder just for you: "${run.template.title}" closes soon and takes two minutes. ${run.anonymous ? 'It is anonymous. ' : ''}Answer with \`pulse answer ${run.id} …\` (this message goes only to people who have not answered; no one else sees who has).`,
          true,
        );
      }
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
   * Closes an open run exactly once: its final release becomes the saved summary, the summary
   * post goes out once, and a recurring survey gets its next run (which opens once this one has
   * closed). False when another process closed it first.
   */
  private async closeOne(run: SurveyRunRecord, now: Date): Promise<boolean> {
    const summary = await this.release(run, true);
    if (!(await this.deps.pulse.closeRun(run.workspaceId, run.id, now, summary))) return false;
    const count = summary.liveResponseCount ?? summary.responseCount;
    const rate = run.audienceSize ? ` (${Math.round((count / run.audienceSize) * 100)}%)` : '';
    await this.deps.posts.schedule({
      workspaceId: run.workspaceId,
      key: `pulse:${run.id}:summary`,
      kind: 'pulse_summary',
      channelId: run.channelId,
      message: {
        kind: 'pulse_summary',
        text: `📊 "${run.template.title}" has closed with ${count} responses${rate}. Thank you. Coordinators can see the results with \`pulse results ${run.id}\`.`,
        data: { runId: run.id },
      },
      dueAt: now,
    });
    if (run.recurrence !== 'none') {
      const period = periods[run.recurrence];
      const shift = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/London' }).plus(period).toJSDate();
      // Planned from the scheduled times, so a run closed early keeps the survey's rhythm.
      let opensAt = shift(run.opensAt);
      let closesAt = shift(run.closesAt);
      while (closesAt <= now) {
        opensAt = DateTime.fromJSDate(opensAt, { zone: 'Europe/London' }).plus(period).toJSDate();
        closesAt = DateTime.fromJSDate(closesAt, { zone: 'Europe/London' }).plus(period).toJSDate();
      }
      await this.deps.pulse.createRun({
        workspaceId: run.workspaceId,
        templateKey: run.templateKey,
        template: run.template,
        channelId: run.channelId,
        anonymous: run.anonymous,
        opensAt,
        closesAt,
        audienceSize: run.audienceSize,
        audienceUserIds: run.audienceUserIds,
        recurrence: run.recurrence,
        createdBy: run.createdBy,
        ...(run.resultsRelease ? { resultsRelease: run.resultsRelease } : {}),
      });
    }
    return true;
  }

  /**
   * `pulse close <survey>`: closes the open run of a survey (by template key or run id) now,
   * with its final results and summary post (coordinators).
   */
  async closeNow(member: MemberRecord, survey: string): Promise<SurveyRunRecord> {
    requireRole(member, 'coordinator', 'close a survey');
    const wanted = survey.trim().toLowerCase();
    if (wanted === '')
      throw new AppError('BAD_INPUT', 'Say which survey to close: `pulse close <survey>`.', {
        field: 'survey',
      });
    const open = (await this.deps.pulse.listRuns(member.workspaceId, { status: 'open' })).filter(
      (r) => r.id === wanted || r.templateKey === wanted,
    );
    const run = open[0];
    if (!run) {
      throw new AppError('NOT_FOUND', `No survey "${survey.trim()}" is open. See \`pulse list\`.`, {
        field: 'survey',
      });
    }
    const now = this.deps.clock.now();
    if (!(await this.closeOne(run, now))) {
      throw new AppError('BAD_INPUT', `"${run.template.title}" has already closed.`, { field: 'survey' });
    }
    return (await this.deps.pulse.findRun(member.workspaceId, run.id)) ?? run;
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
      if (await this.closeOne(run, now)) closed++;
    }
    return { opened, closed };
  }
}
