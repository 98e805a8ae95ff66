import type { Logger } from '../logger.ts';
import type { PrismaClient } from './client.ts';
import { forgetCached } from './lookup-cache.ts';
import { flushQuestionLog } from './question-log-writer.ts';

const DAY = 86_400_000;
/** Why a post was cancelled at uninstall: a reinstall puts exactly these back. */
const CANCELLED_AT_UNINSTALL = 'workspace uninstalled';

/**
 * The app was removed from a workspace (Slack `app_uninstalled`, the bot removed from a Teams
 * tenant). Records when, once (a repeated event keeps the first time, so the grace period is not
 * extended), and cancels the workspace's pending posts. Its data stays until
 * `deleteUninstalledWorkspaces` runs after the grace period; a reinstall before then keeps it all.
 * Returns false when the workspace is unknown.
 */
export async function markWorkspaceUninstalled(
  prisma: PrismaClient,
  workspaceId: string,
  at: Date,
): Promise<{ found: boolean; cancelledPosts: number }> {
  return prisma.$transaction(async (tx) => {
    const found = await tx.workspace.count({ where: { id: workspaceId } });
    if (found === 0) return { found: false, cancelledPosts: 0 };
    await tx.workspace.updateMany({
      where: { id: workspaceId, uninstalledAt: null },
      data: { uninstalledAt: at },
    });
    const cancelled = await tx.scheduledPost.updateMany({
      where: { workspaceId, status: 'pending' },
      data: { status: 'cancelled', lastError: CANCELLED_AT_UNINSTALL },
    });
    return { found: true, cancelledPosts: cancelled.count };
  });
}

/**
 * The app was added back within the grace period: the workspace is kept, and the posts cancelled
 * at uninstall go back in the queue (those whose time has passed are then skipped by the
 * scheduler's own rule). Returns false when the workspace is unknown.
 */
export async function markWorkspaceReinstalled(
  prisma: PrismaClient,
  workspaceId: string,
): Promise<{ found: boolean; restoredPosts: number }> {
  return prisma.$transaction(async (tx) => {
    const updated = await tx.workspace.updateMany({
      where: { id: workspaceId },
      data: { uninstalledAt: null },
    });
    if (updated.count === 0) return { found: false, restoredPosts: 0 };
    const restored = await tx.scheduledPost.updateMany({
      where: { workspaceId, status: 'cancelled', lastError: CANCELLED_AT_UNINSTALL },
      data: { status: 'pending', lastError: null },
    });
    return { found: true, restoredPosts: restored.count };
  });
}

/** Rows deleted with one workspace, per table: counts only, never names or text. */
export type DeletedCounts = Record<string, number>;

/**
 * Deletes every workspace whose app was uninstalled more than `graceDays` before `now`, with all
 * its data (the foreign keys cascade; survey sectors and Teams turn state, which have none, are
 * deleted explicitly).
 * Each workspace goes in its own transaction that first locks the workspace row, so a reinstall at
 * the same moment either wins (nothing is deleted) or waits, and nothing can be added to the
 * workspace between the counting and the deleting. Logs, per workspace, how many rows of each
 * table were deleted.
 */
export async function deleteUninstalledWorkspaces(
  prisma: PrismaClient,
  now: Date,
  graceDays: number,
  logger?: Logger,
): Promise<{ workspaceId: string; deleted: DeletedCounts }[]> {
  const cutoff = new Date(now.getTime() - graceDays * DAY);
  // A question still on its way would otherwise bring a deleted workspace back.
  await flushQuestionLog(prisma);
  const due = await prisma.workspace.findMany({
    where: { uninstalledAt: { lt: cutoff } },
    select: { id: true },
  });
  const results: { workspaceId: string; deleted: DeletedCounts }[] = [];
  for (const { id: workspaceId } of due) {
    const deleted = await prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ uninstalled_at: Date }[]>`
        SELECT uninstalled_at FROM workspace
        WHERE id = ${workspaceId} AND uninstalled_at < ${cutoff}
        FOR UPDATE`;
      if (locked.length === 0) return undefined;
      const where = { workspaceId };
      // The rows the cascade is about to delete, per table (counts only, for the log).
      const counted = {
        member: () => tx.member.count({ where }),
        guidance_question: () => tx.guidanceQuestion.count({ where }),
        processed_event: () => tx.processedEvent.count({ where }),
        scheduled_post: () => tx.scheduledPost.count({ where }),
        forum: () => tx.forum.count({ where }),
        forum_agency: () => tx.forumAgency.count({ where }),
        hosting_event: () => tx.hostingEvent.count({ where }),
        forum_occurrence: () => tx.forumOccurrence.count({ where }),
        forum_rsvp: () => tx.forumRsvp.count({ where }),
        survey_template: () => tx.surveyTemplate.count({ where }),
        survey_run: () => tx.surveyRun.count({ where }),
        survey_response: () => tx.surveyResponse.count({ where }),
        slack_installation: () => tx.slackInstallation.count({ where }),
        dashboard_sign_in: () => tx.dashboardSignIn.count({ where }),
        dashboard_session: () => tx.dashboardSession.count({ where }),
        local_article: () => tx.localArticle.count({ where }),
        conversation_reference: () => tx.conversationReference.count({ where }),
      };
      const counts: DeletedCounts = Object.fromEntries(
        await Promise.all(
          Object.entries(counted).map(async ([table, count]) => [table, await count()] as const),
        ),
      );
      const profiles = await tx.respondentProfile.deleteMany({ where });
      // Teams turn state is keyed by conversation (`<channel>/conversations/<id>/…`), not by
      // workspace: delete the state of this workspace's conversations.
      const conversations = await tx.conversationReference.findMany({
        where,
        select: { conversationId: true },
      });
      const botState = conversations.length
        ? await tx.botState.deleteMany({
            where: {
              OR: conversations.map((c) => ({ key: { contains: `/conversations/${c.conversationId}/` } })),
            },
          })
        : { count: 0 };
      await tx.workspace.delete({ where: { id: workspaceId } });
      return {
        workspace: 1,
        ...counts,
        respondent_profile: profiles.count,
        bot_state: botState.count,
      };
    });
    if (!deleted) continue;
    forgetCached(prisma, workspaceId);
    logger?.info(
      { workspaceId, uninstalledBefore: cutoff.toISOString(), deleted },
      'uninstalled workspace deleted after its grace period',
    );
    results.push({ workspaceId, deleted });
  }
  return results;
}
