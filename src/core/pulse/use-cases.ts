import type { Sector } from '../forums/types.ts';
import { AppError } from '../shared/errors.ts';
import { attempt, type Outcome } from '../shared/outcome.ts';
import type { MemberRecord } from '../shared/ports.ts';
import { buildTemplate, type CreateTemplateInput } from './build-template.ts';
import type { Recurrence, SurveyRunRecord } from './ports.ts';
import type { PulseService } from './pulse-service.ts';
import type { SurveyTemplate } from './types.ts';

/**
 * The pulse survey actions a person can take, with typed input and a typed outcome. A refusal
 * names the field it concerns: `template`, `days`, `closes`, `channel`, `forum`, `audience`,
 * `recurrence`, `sector`, or the id of the survey question that needs another answer.
 */

export interface StartSurveyInput {
  templateKey: string;
  channelId: string;
  forum?: string;
  days?: number;
  closesOn?: string;
  opensAt?: Date;
  /** Attributed runs let coordinators see who answered; anonymous is the default. */
  attributed?: boolean;
  recurrence?: string;
  audienceSize?: number;
  /** `steps` or `close`: when results of the open run are released. */
  resultsRelease?: string;
}

export interface AnswerSurveyInput {
  /** The run; without it, the only open run. */
  runId?: string;
  /** The member's agency sector, given with the answers the first time they answer. */
  sector?: string;
  /** Typed chat text, or answers keyed by question id (a form). */
  answers: string | Record<string, unknown>;
}

export interface AnswerSurveyResult {
  run: SurveyRunRecord;
  replaced: boolean;
  sector?: Sector;
  /** True when personal details were taken out of a comment before it was stored. */
  detailsRemoved?: boolean;
}

const RECURRENCES: readonly Recurrence[] = ['none', 'monthly', 'quarterly', 'yearly'];

/** The pulse use cases over one `PulseService`. */
export class PulseUseCases {
  constructor(private readonly service: PulseService) {}

  /**
   * Saves a workspace's own survey template (coordinators), from chat or any form. A refusal lists
   * every problem, names the first field (`key`, `title`, `q2.options`…) and maps each in `fields`.
   */
  createTemplate(member: MemberRecord, input: CreateTemplateInput): Promise<Outcome<SurveyTemplate>> {
    return attempt(() => this.service.createTemplate(member, buildTemplate(input)));
  }

  /** Starts a survey run in a channel or for a forum's members (coordinators). */
  startSurvey(member: MemberRecord, input: StartSurveyInput): Promise<Outcome<SurveyRunRecord>> {
    return attempt(async () => {
      if (!input.templateKey?.trim()) {
        throw new AppError('BAD_INPUT', 'Say which survey: see `pulse templates`.', { field: 'template' });
      }
      const recurrence = (input.recurrence ?? 'none').toLowerCase() as Recurrence;
      if (!RECURRENCES.includes(recurrence)) {
        throw new AppError('BAD_INPUT', 'recurrence must be none, monthly, quarterly or yearly.', {
          field: 'recurrence',
        });
      }
      const release = input.resultsRelease?.toLowerCase();
      if (release !== undefined && release !== 'steps' && release !== 'close') {
        throw new AppError(
          'BAD_INPUT',
          'release must be close (results only when the survey closes) or steps (in steps of at least the minimum group size).',
          { field: 'release' },
        );
      }
      return this.service.startRun(member, {
        ...(release ? { resultsRelease: release } : {}),
        templateKey: input.templateKey,
        channelId: input.channelId,
        forum: input.forum,
        days: input.days,
        closesOn: input.closesOn,
        opensAt: input.opensAt,
        anonymous: !(input.attributed ?? false),
        recurrence,
        audienceSize: input.audienceSize,
      });
    });
  }

  /** Closes a survey's open run now, with its final results (coordinators). */
  closeSurvey(member: MemberRecord, survey: string): Promise<Outcome<SurveyRunRecord>> {
    return attempt(() => this.service.closeNow(member, survey), 'survey');
  }

  /** Records the member's agency sector, used only to group results. */
  setSector(member: MemberRecord, sector: string): Promise<Outcome<Sector>> {
    return attempt(() => this.service.setSector(member, sector), 'sector');
  }

  /** Records (or replaces) a member's answers, setting their sector first when given. */
  answerSurvey(member: MemberRecord, input: AnswerSurveyInput): Promise<Outcome<AnswerSurveyResult>> {
    return attempt(async () => {
      const sector = input.sector === undefined ? undefined : await this.sectorOf(member, input.sector);
      const { run, replaced, detailsRemoved } = await this.service.answer(member, input.runId, input.answers);
      return { run, replaced, ...(sector ? { sector } : {}), ...(detailsRemoved ? { detailsRemoved } : {}) };
    });
  }

  /** A run's anonymity-safe results as text and CSV (coordinators). */
  exportResults(
    member: MemberRecord,
    input: { runId?: string },
  ): Promise<Outcome<{ text: string; csv: string; run: SurveyRunRecord; filename: string }>> {
    return attempt(async () => {
      const result = await this.service.results(member, input.runId);
      return { ...result, filename: `pulse-${result.run.templateKey}-${result.run.id.slice(0, 8)}.csv` };
    });
  }

  private async sectorOf(member: MemberRecord, sector: string): Promise<Sector> {
    try {
      return await this.service.setSector(member, sector);
    } catch (error) {
      throw error instanceof AppError && error.field === undefined
        ? new AppError(error.code, error.message, { field: 'sector' })
        : error;
    }
  }
}
