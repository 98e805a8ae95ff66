import type { ForumSeries } from '../../core/forums/types.ts';
import type { Logger } from '../../logger.ts';

const HOUR = 60 * 60 * 1000;

export interface ReplanOptions {
  /** The workspaces, still installed, that have at least one forum. */
  workspacesWithForums(): Promise<string[]>;
  listForums(workspaceId: string): Promise<ForumSeries[]>;
  /** Plans a forum's meetings and their posts up to its horizon (ForumService.plan). */
  plan(forum: ForumSeries): Promise<unknown>;
  logger?: Logger;
}

/** The re-planning job: at most once an hour, from the scheduler's tick. */
export const replanForumsJob = { name: 'replan-forums', everyMs: HOUR } as const;

/**
 * Rolls every forum's planning horizon forward, so meetings and their reminders keep being
 * planned as time passes. One forum that fails to plan is logged and does not stop the others.
 */
export async function replanForums(options: ReplanOptions): Promise<{ planned: number; failed: number }> {
  let planned = 0;
  let failed = 0;
  for (const workspaceId of await options.workspacesWithForums()) {
    for (const forum of await options.listForums(workspaceId)) {
      try {
        await options.plan(forum);
        planned++;
      } catch (error) {
        failed++;
        options.logger?.warn(
          {
            forumId: forum.id,
            err: error instanceof Error ? { name: error.name, message: error.message } : {},
          },
          'forum planning failed',
        );
      }
    }
  }
  return { planned, failed };
}
