import { randomUUID } from 'node:crypto';
import type { Sector } from '../../src/core/forums/types.ts';
import type {
  NewSurveyResponse,
  NewSurveyRun,
  PulseRepository,
  RunStatus,
  SurveyRunRecord,
} from '../../src/core/pulse/ports.ts';
import type { StoredRelease } from '../../src/core/pulse/release-results.ts';
import type { ResponseRecord, SurveyTemplate } from '../../src/core/pulse/types.ts';
import { AppError } from '../../src/core/shared/errors.ts';

interface ResponseRow extends ResponseRecord {
  workspaceId: string;
  runId: string;
  userId?: string;
  expiresAt: Date;
}

/**
 * The survey repository in memory, for service tests. Kept to the Prisma repository's behaviour
 * by the shared contract (test/storage/contracts/pulse-repository-contract.ts), run against both.
 */
export class InMemoryPulse implements PulseRepository {
  readonly templates: (SurveyTemplate & { workspaceId: string; createdBy: string })[] = [];
  readonly runs: SurveyRunRecord[] = [];
  readonly responses: ResponseRow[] = [];
  readonly sectors = new Map<string, Sector>();
  readonly releases: (StoredRelease & { workspaceId: string; runId: string })[] = [];

  async saveTemplate(workspaceId: string, template: SurveyTemplate, createdBy: string) {
    if (this.templates.some((t) => t.workspaceId === workspaceId && t.key === template.key)) {
      throw new AppError(
        'BAD_INPUT',
        `There is already a survey template "${template.key}". Pick another key.`,
      );
    }
    this.templates.push({ ...structuredClone(template), id: randomUUID(), workspaceId, createdBy });
    return template;
  }

  async listTemplates(workspaceId: string): Promise<SurveyTemplate[]> {
    return this.templates
      .filter((t) => t.workspaceId === workspaceId)
      .map((t) => ({
        id: t.id,
        key: t.key,
        title: t.title,
        description: t.description ?? '',
        questions: structuredClone(t.questions),
        shipped: false,
      }));
  }

  async createRun(run: NewSurveyRun): Promise<SurveyRunRecord> {
    const stored: SurveyRunRecord = {
      ...structuredClone(run),
      audienceUserIds: run.audienceUserIds ?? [],
      id: randomUUID(),
      status: 'scheduled',
    };
    this.runs.push(stored);
    return structuredClone(stored);
  }

  async findRun(workspaceId: string, runId: string) {
    const run = this.runs.find((r) => r.id === runId && r.workspaceId === workspaceId);
    return run ? structuredClone(run) : null;
  }

  async listRuns(workspaceId: string, filter: { templateKey?: string; status?: RunStatus } = {}) {
    return structuredClone(
      this.runs
        .filter(
          (r) =>
            r.workspaceId === workspaceId &&
            (filter.templateKey === undefined || r.templateKey === filter.templateKey) &&
            (filter.status === undefined || r.status === filter.status),
        )
        .sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime()),
    );
  }

  async openDueRuns(now: Date) {
    const due: SurveyRunRecord[] = [];
    for (const run of this.runs) {
      if (run.status !== 'scheduled' || run.opensAt > now) continue;
      const waiting = this.runs.some(
        (r) => r.status === 'open' && r.workspaceId === run.workspaceId && r.templateKey === run.templateKey,
      );
      if (waiting) continue;
      run.status = 'open';
      due.push(run);
    }
    return structuredClone(due);
  }

  async listOpenRuns(now: Date) {
    return structuredClone(this.runs.filter((r) => r.status === 'open' && r.closesAt > now));
  }

  async listRunsToClose(now: Date) {
    return structuredClone(this.runs.filter((r) => r.status === 'open' && r.closesAt <= now));
  }

  async closeRun(workspaceId: string, runId: string, now: Date, summary: unknown) {
    const run = this.runs.find((r) => r.id === runId && r.workspaceId === workspaceId && r.status === 'open');
    if (!run) return false;
    run.status = 'closed';
    run.closedAt = now;
    run.summary = structuredClone(summary);
    return true;
  }

  async recordResponse(input: NewSurveyResponse) {
    const run = this.runs.find(
      (r) =>
        r.id === input.runId &&
        r.workspaceId === input.workspaceId &&
        r.status === 'open' &&
        r.opensAt <= input.now &&
        r.closesAt > input.now,
    );
    if (!run) return { accepted: false, replaced: false };
    const existing = this.responses.find(
      (r) => r.runId === input.runId && r.respondentKey === input.respondentKey,
    );
    const values = {
      answers: structuredClone(input.answers),
      sector: input.sector,
      submittedAt: input.now,
      expiresAt: input.expiresAt,
    };
    if (existing) {
      Object.assign(existing, values);
      return { accepted: true, replaced: true };
    }
    this.responses.push({
      ...values,
      workspaceId: input.workspaceId,
      runId: input.runId,
      respondentKey: input.respondentKey,
      userId: input.userId,
    });
    return { accepted: true, replaced: false };
  }

  async listResponses(workspaceId: string, runId: string): Promise<ResponseRecord[]> {
    return this.responsesOf(workspaceId, runId).map((r) => ({
      respondentKey: r.respondentKey,
      sector: r.sector,
      answers: structuredClone(r.answers),
      submittedAt: r.submittedAt,
    }));
  }

  async countResponses(workspaceId: string, runId: string) {
    return this.responsesOf(workspaceId, runId).length;
  }

  async hasResponse(workspaceId: string, runId: string, respondentKey: string) {
    return this.responsesOf(workspaceId, runId).some((r) => r.respondentKey === respondentKey);
  }

  async listRespondentUserIds(workspaceId: string, runId: string) {
    return this.responsesOf(workspaceId, runId).flatMap((r) => (r.userId ? [r.userId] : []));
  }

  async getSector(workspaceId: string, userId: string) {
    return this.sectors.get(`${workspaceId}\u0000${userId}`) ?? null;
  }

  async setSector(workspaceId: string, userId: string, sector: Sector) {
    this.sectors.set(`${workspaceId}\u0000${userId}`, sector);
  }

  async listReleases(workspaceId: string, runId: string) {
    return structuredClone(
      this.releases
        .filter((r) => r.workspaceId === workspaceId && r.runId === runId)
        .sort((a, b) => a.seq - b.seq)
        .map(({ workspaceId: _w, runId: _r, ...release }) => release),
    );
  }

  async saveRelease(workspaceId: string, runId: string, release: StoredRelease) {
    if (!this.runs.some((r) => r.id === runId && r.workspaceId === workspaceId)) return false;
    if (this.releases.some((r) => r.runId === runId && r.seq === release.seq)) return false;
    // Stored as JSON, like the database's jsonb columns.
    this.releases.push({
      ...(JSON.parse(JSON.stringify(release)) as StoredRelease),
      releasedAt: release.releasedAt,
      workspaceId,
      runId,
    });
    return true;
  }

  async deleteExpiredResponses(now: Date) {
    const before = this.responses.length;
    const keep = this.responses.filter((r) => r.expiresAt > now);
    this.responses.splice(0, this.responses.length, ...keep);
    return before - keep.length;
  }

  private responsesOf(workspaceId: string, runId: string) {
    return this.responses.filter((r) => r.workspaceId === workspaceId && r.runId === runId);
  }
}
