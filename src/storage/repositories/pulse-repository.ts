import type { Sector } from '../../core/forums/types.ts';
import type { ReleaseState } from '../../core/pulse/compute-results.ts';
import type {
  NewSurveyResponse,
  NewSurveyRun,
  PulseRepository,
  Recurrence,
  RunStatus,
  SurveyRunRecord,
} from '../../core/pulse/ports.ts';
import type { StoredRelease } from '../../core/pulse/release-results.ts';
import type {
  ReleasePolicy,
  ResponseRecord,
  RunResults,
  SurveyAnswer,
  SurveyTemplate,
} from '../../core/pulse/types.ts';
import { AppError } from '../../core/shared/errors.ts';
import { GroupCommit } from '../../core/shared/group-commit.ts';
import type { PrismaClient } from '../client.ts';
import type { SurveyRun } from '../generated/prisma/client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { ensureWorkspaceKnown } from './workspace-repository.ts';

const toRun = (r: SurveyRun): SurveyRunRecord => ({
  id: r.id,
  workspaceId: r.workspaceId,
  templateKey: r.templateKey,
  template: r.template as unknown as SurveyTemplate,
  channelId: r.channelId,
  anonymous: r.anonymous,
  opensAt: r.opensAt,
  closesAt: r.closesAt,
  status: r.status as RunStatus,
  audienceSize: r.audienceSize ?? undefined,
  audienceUserIds: r.audienceUserIds,
  recurrence: r.recurrence as Recurrence,
  createdBy: r.createdBy ?? undefined,
  closedAt: r.closedAt ?? undefined,
  summary: r.summary ?? undefined,
  resultsRelease: (r.resultsRelease as ReleasePolicy | null) ?? undefined,
});

const json = (value: unknown) => value as Prisma.InputJsonValue;

type RecordOutcome = { accepted: boolean; replaced: boolean };

export class PrismaPulseRepository implements PulseRepository {
  constructor(private readonly prisma: PrismaClient) {}

  private ensureWorkspace(workspaceId: string) {
    return ensureWorkspaceKnown(this.prisma, workspaceId, 'unknown');
  }

  async saveTemplate(
    workspaceId: string,
    template: SurveyTemplate,
    createdBy: string,
  ): Promise<SurveyTemplate> {
    await this.ensureWorkspace(workspaceId);
    try {
      await this.prisma.surveyTemplate.create({
        data: {
          workspaceId,
          key: template.key,
          title: template.title,
          description: template.description ?? '',
          questions: json(template.questions),
          createdBy,
        },
      });
      return template;
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new AppError(
          'BAD_INPUT',
          `There is already a survey template "${template.key}". Pick another key.`,
        );
      }
      throw error;
    }
  }

  async listTemplates(workspaceId: string): Promise<SurveyTemplate[]> {
    const rows = await this.prisma.surveyTemplate.findMany({
      where: { workspaceId },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((r) => ({
      id: r.id,
      key: r.key,
      title: r.title,
      description: r.description,
      questions: r.questions as unknown as SurveyTemplate['questions'],
      shipped: false,
    }));
  }

  async createRun(run: NewSurveyRun): Promise<SurveyRunRecord> {
    await this.ensureWorkspace(run.workspaceId);
    const row = await this.prisma.surveyRun.create({
      data: {
        workspaceId: run.workspaceId,
        templateKey: run.templateKey,
        template: json(run.template),
        channelId: run.channelId,
        anonymous: run.anonymous,
        opensAt: run.opensAt,
        closesAt: run.closesAt,
        audienceSize: run.audienceSize ?? null,
        audienceUserIds: run.audienceUserIds ?? [],
        recurrence: run.recurrence,
        createdBy: run.createdBy ?? null,
        resultsRelease: run.resultsRelease ?? null,
      },
    });
    return toRun(row);
  }

  async findRun(workspaceId: string, runId: string): Promise<SurveyRunRecord | null> {
    const row = await this.prisma.surveyRun.findFirst({ where: { id: runId, workspaceId } });
    return row ? toRun(row) : null;
  }

  async listRuns(workspaceId: string, filter: { templateKey?: string; status?: RunStatus } = {}) {
    const rows = await this.prisma.surveyRun.findMany({
      where: { workspaceId, ...filter },
      orderBy: { closesAt: 'asc' },
    });
    return rows.map(toRun);
  }

  async openDueRuns(now: Date): Promise<SurveyRunRecord[]> {
    // One statement: only the caller whose UPDATE flips the status gets the run back.
    const ids = await this.prisma.$queryRaw<{ id: string }[]>`
      UPDATE survey_run SET status = 'open'
      WHERE status = 'scheduled' AND opens_at <= ${now}
        AND NOT EXISTS (
          SELECT 1 FROM survey_run open_run
          WHERE open_run.workspace_id = survey_run.workspace_id
            AND open_run.template_key = survey_run.template_key AND open_run.status = 'open')
      RETURNING id`;
    if (ids.length === 0) return [];
    const rows = await this.prisma.surveyRun.findMany({ where: { id: { in: ids.map((r) => r.id) } } });
    return rows.map(toRun);
  }

  async listOpenRuns(now: Date): Promise<SurveyRunRecord[]> {
    const rows = await this.prisma.surveyRun.findMany({ where: { status: 'open', closesAt: { gt: now } } });
    return rows.map(toRun);
  }

  async listRunsToClose(now: Date): Promise<SurveyRunRecord[]> {
    const rows = await this.prisma.surveyRun.findMany({ where: { status: 'open', closesAt: { lte: now } } });
    return rows.map(toRun);
  }

  async closeRun(workspaceId: string, runId: string, now: Date, summary: unknown): Promise<boolean> {
    const result = await this.prisma.surveyRun.updateMany({
      where: { id: runId, workspaceId, status: 'open' },
      data: { status: 'closed', closedAt: now, summary: json(summary) },
    });
    return result.count === 1;
  }

  /** Answers arriving together (a survey posted to a busy channel) are written together. */
  private readonly responses = new GroupCommit<NewSurveyResponse, RecordOutcome>(
    (inputs) => this.recordResponses(inputs),
    (input) => this.recordOneResponse(input),
  );

  recordResponse(input: NewSurveyResponse): Promise<RecordOutcome> {
    return this.responses.write(input);
  }

  /**
   * Several responses in one statement, each with the same checks as one alone. A respondent who
   * appears twice in the batch (a double click) is written once, with their last answers, and the
   * callers see what one-after-the-other writes would have told them.
   */
  private async recordResponses(inputs: readonly NewSurveyResponse[]): Promise<RecordOutcome[]> {
    const keyOf = (i: NewSurveyResponse) => `${i.runId}\u0000${i.respondentKey}`;
    const last = new Map<string, NewSurveyResponse>();
    for (const input of inputs) last.set(keyOf(input), input);
    const rows = [...last.values()];
    const written = await this.prisma.$queryRaw<
      { run_id: string; respondent_key: string; inserted: boolean }[]
    >`
      INSERT INTO survey_response (id, workspace_id, run_id, respondent_key, user_id, sector, answers, submitted_at, expires_at)
      SELECT gen_random_uuid()::text, v.workspace_id, v.run_id, v.respondent_key, v.user_id, v.sector,
             v.answers::jsonb, (v.submitted_at::timestamptz AT TIME ZONE 'UTC'),
             (v.expires_at::timestamptz AT TIME ZONE 'UTC')
      FROM unnest(${rows.map((r) => r.workspaceId)}::text[], ${rows.map((r) => r.runId)}::text[],
                  ${rows.map((r) => r.respondentKey)}::text[], ${rows.map((r) => r.userId ?? null)}::text[],
                  ${rows.map((r) => r.sector)}::text[], ${rows.map((r) => JSON.stringify(r.answers))}::text[],
                  ${rows.map((r) => r.now.toISOString())}::text[], ${rows.map((r) => r.expiresAt.toISOString())}::text[])
           AS v(workspace_id, run_id, respondent_key, user_id, sector, answers, submitted_at, expires_at)
      WHERE EXISTS (
        SELECT 1 FROM survey_run r
        WHERE r.id = v.run_id AND r.workspace_id = v.workspace_id AND r.status = 'open'
          AND r.opens_at <= (v.submitted_at::timestamptz AT TIME ZONE 'UTC')
          AND r.closes_at > (v.submitted_at::timestamptz AT TIME ZONE 'UTC')
      )
      ON CONFLICT (run_id, respondent_key) DO UPDATE
        SET answers = EXCLUDED.answers, sector = EXCLUDED.sector, submitted_at = EXCLUDED.submitted_at,
            expires_at = EXCLUDED.expires_at
      RETURNING run_id, respondent_key, (xmax = 0) AS inserted`;
    const byKey = new Map(written.map((w) => [`${w.run_id}\u0000${w.respondent_key}`, w.inserted]));
    const seen = new Set<string>();
    return inputs.map((input) => {
      const key = keyOf(input);
      const inserted = byKey.get(key);
      const first = !seen.has(key);
      seen.add(key);
      if (inserted === undefined) return { accepted: false, replaced: false };
      return { accepted: true, replaced: first ? !inserted : true };
    });
  }

  private async recordOneResponse(input: NewSurveyResponse): Promise<RecordOutcome> {
    // The run must be open at the moment of writing; the unique (run, respondent) key makes a
    // double click or a retried request replace rather than add.
    const rows = await this.prisma.$queryRaw<{ inserted: boolean }[]>`
      INSERT INTO survey_response (id, workspace_id, run_id, respondent_key, user_id, sector, answers, submitted_at, expires_at)
      SELECT gen_random_uuid()::text, ${input.workspaceId}, ${input.runId}, ${input.respondentKey}, ${input.userId ?? null},
             ${input.sector}, ${JSON.stringify(input.answers)}::jsonb, ${input.now}, ${input.expiresAt}
      WHERE EXISTS (
        SELECT 1 FROM survey_run
        WHERE id = ${input.runId} AND workspace_id = ${input.workspaceId}
          AND status = 'open' AND opens_at <= ${input.now} AND closes_at > ${input.now}
      )
      ON CONFLICT (run_id, respondent_key) DO UPDATE
        SET answers = EXCLUDED.answers, sector = EXCLUDED.sector, submitted_at = EXCLUDED.submitted_at,
            expires_at = EXCLUDED.expires_at
      RETURNING (xmax = 0) AS inserted`;
    const row = rows[0];
    return { accepted: row !== undefined, replaced: row !== undefined && !row.inserted };
  }

  async listResponses(workspaceId: string, runId: string): Promise<ResponseRecord[]> {
    const rows = await this.prisma.surveyResponse.findMany({ where: { workspaceId, runId } });
    return rows.map((r) => ({
      respondentKey: r.respondentKey,
      sector: r.sector as Sector,
      answers: r.answers as Record<string, SurveyAnswer>,
      submittedAt: r.submittedAt,
    }));
  }

  countResponses(workspaceId: string, runId: string): Promise<number> {
    return this.prisma.surveyResponse.count({ where: { workspaceId, runId } });
  }

  async hasResponse(workspaceId: string, runId: string, respondentKey: string): Promise<boolean> {
    return (await this.prisma.surveyResponse.count({ where: { workspaceId, runId, respondentKey } })) > 0;
  }

  async listRespondentUserIds(workspaceId: string, runId: string): Promise<string[]> {
    const rows = await this.prisma.surveyResponse.findMany({
      where: { workspaceId, runId, userId: { not: null } },
      select: { userId: true },
    });
    return rows.flatMap((r) => (r.userId ? [r.userId] : []));
  }

  async getSector(workspaceId: string, userId: string): Promise<Sector | null> {
    const row = await this.prisma.respondentProfile.findUnique({
      where: { workspaceId_userId: { workspaceId, userId } },
    });
    return (row?.sector as Sector | undefined) ?? null;
  }

  async setSector(workspaceId: string, userId: string, sector: Sector): Promise<void> {
    await this.prisma.respondentProfile.upsert({
      where: { workspaceId_userId: { workspaceId, userId } },
      create: { workspaceId, userId, sector },
      update: { sector },
    });
  }

  async listReleases(workspaceId: string, runId: string): Promise<StoredRelease[]> {
    const rows = await this.prisma.surveyRelease.findMany({
      where: { workspaceId, runId },
      orderBy: { seq: 'asc' },
    });
    return rows.map((r) => ({
      seq: r.seq,
      releasedAt: r.releasedAt,
      responseCount: r.responseCount,
      final: r.final,
      state: r.state as unknown as ReleaseState,
      results: r.results as unknown as RunResults,
    }));
  }

  async saveRelease(workspaceId: string, runId: string, release: StoredRelease): Promise<boolean> {
    // The unique (run, seq) key lets exactly one process store each release.
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`
      INSERT INTO survey_release (id, workspace_id, run_id, seq, released_at, response_count, final, state, results)
      SELECT gen_random_uuid()::text, ${workspaceId}, ${runId}, ${release.seq}, ${release.releasedAt},
             ${release.responseCount}, ${release.final}, ${JSON.stringify(release.state)}::jsonb,
             ${JSON.stringify(release.results)}::jsonb
      WHERE EXISTS (SELECT 1 FROM survey_run WHERE id = ${runId} AND workspace_id = ${workspaceId})
      ON CONFLICT (run_id, seq) DO NOTHING
      RETURNING id`;
    return rows.length === 1;
  }

  async deleteExpiredResponses(now: Date): Promise<number> {
    const result = await this.prisma.surveyResponse.deleteMany({ where: { expiresAt: { lte: now } } });
    return result.count;
  }
}
