import type { Clock } from '../../core/shared/ports.ts';
import type { Logger } from '../../logger.ts';

const HOUR = 60 * 60 * 1000;

/** Records that carry their own expiry and delete themselves when asked. */
export interface ExpiringRecords {
  deleteExpired(now: Date): Promise<number>;
}

/** What retention needs from storage besides each repository's own expiry. */
export interface RetentionStore {
  /** Rolls the RSVPs of meetings that ended more than `retentionDays` ago up into counts. */
  rollUpPastRsvps(now: Date, retentionDays: number): Promise<{ meetings: number; rsvps: number }>;
  /** Deletes the workspaces uninstalled more than `graceDays` ago, with all their data. */
  deleteUninstalledWorkspaces(now: Date, graceDays: number, logger?: Logger): Promise<unknown[]>;
}

export interface RetentionOptions {
  questions: ExpiringRecords;
  events: ExpiringRecords;
  /** Raw survey responses past their retention. */
  surveyResponses: ExpiringRecords;
  dashboardSignIns: ExpiringRecords;
  store: RetentionStore;
  clock: Clock;
  /** Days after a meeting that its individual RSVPs are kept. */
  rsvpDays: number;
  /** Days an uninstalled workspace's data is kept in case the app is added back. */
  uninstallGraceDays: number;
  logger?: Logger;
}

export interface RetentionResult {
  questions: number;
  events: number;
  surveyResponses: number;
  dashboardSignIns: number;
  rsvps: number;
  workspaces: number;
}

/** The retention job: run at start and then every hour. */
export const retentionJob = { name: 'retention', everyMs: HOUR } as const;

/**
 * Deletes what has outlived its purpose, in one pass: stored questions, processed events, raw
 * survey responses and dashboard sign-ins carry their own expiry; RSVPs of long-past meetings
 * become counts; workspaces that uninstalled the app are deleted after the grace period (each
 * logged with counts of what went). Running it twice deletes nothing more the second time.
 */
export async function runRetention(options: RetentionOptions): Promise<RetentionResult> {
  const { clock, logger } = options;
  const now = clock.now();
  const questions = await options.questions.deleteExpired(now);
  const events = await options.events.deleteExpired(now);
  const surveyResponses = await options.surveyResponses.deleteExpired(now);
  const dashboardSignIns = await options.dashboardSignIns.deleteExpired(now);
  const { rsvps } = await options.store.rollUpPastRsvps(now, options.rsvpDays);
  if (questions + events + rsvps > 0) logger?.info({ questions, events, rsvps }, 'expired records deleted');
  const workspaces = await options.store.deleteUninstalledWorkspaces(now, options.uninstallGraceDays, logger);
  return { questions, events, surveyResponses, dashboardSignIns, rsvps, workspaces: workspaces.length };
}
