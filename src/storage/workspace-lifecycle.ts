import type { Logger } from '../logger.ts';
import type { PrismaClient } from './client.ts';

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
      const [
        member,
        guidance_question,
        processed_event,
        scheduled_post,
        forum,
        forum_agency,
        hosting_event,
        forum_occurrence,
        forum_rsvp,
        survey_template,
        survey_run,
        survey_response,
        slack_installation,
        dashboard_sign_in,
        dashboard_session,
        local_article,
        conversation_reference,
      ] = await Promise.all([
        tx.member.count({ where }),
        tx.guidanceQuestion.count({ where }),
        tx.processedEvent.count({ where }),
        tx.scheduledPost.count({ where }),
        tx.forum.count({ where }),
        tx.forumAgency.count({ where }),
        tx.hostingEvent.count({ where }),
        tx.forumOccurrence.count({ where }),
        tx.forumRsvp.count({ where }),
        tx.surveyTemplate.count({ where }),
        tx.surveyRun.count({ where }),
        tx.surveyResponse.count({ where }),
        tx.slackInstallation.count({ where }),
        tx.dashboardSignIn.count({ where }),
        tx.dashboardSession.count({ where }),
        tx.localArticle.count({ where }),
        tx.conversationReference.count({ where }),
      ]);
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
        member,
        guidance_question,
        processed_event,
        scheduled_post,
        forum,
        forum_agency,
        hosting_event,
        forum_occurrence,
        forum_rsvp,
        survey_template,
        survey_run,
        survey_response,
        respondent_profile: profiles.count,
        slack_installation,
        dashboard_sign_in,
        dashboard_session,
        local_article,
        conversation_reference,
        bot_state: botState.count,
      };
    });
    if (!deleted) continue;
    logger?.info(
      { workspaceId, uninstalledBefore: cutoff.toISOString(), deleted },
      'uninstalled workspace deleted after its grace period',
    );
    results.push({ workspaceId, deleted });
  }
  return results;
}
