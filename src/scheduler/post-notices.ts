import type { ForumRepository } from '../core/forums/ports.ts';
import type { PulseRepository } from '../core/pulse/ports.ts';
import { describePostKind } from '../core/shared/describe-troubled-posts.ts';
import type {
  ChatGateway,
  ClaimedPost,
  Clock,
  NewWorkspaceNotice,
  WorkspaceNoticeRepository,
} from '../core/shared/ports.ts';
import type { Logger } from '../logger.ts';

/**
 * The notice a workspace's coordinators get when one of its posts was given up or may not have
 * gone out. One per post (keyed by its id); the text names the post, where it was going and why,
 * and what to do, and carries no message text.
 */
export function noticeForPost(
  post: Pick<ClaimedPost, 'id' | 'workspaceId' | 'channelId' | 'dueAt' | 'message' | 'kind'>,
  outcome: 'failed' | 'uncertain',
  reason: string,
  at: Date,
): NewWorkspaceNotice {
  const what = describePostKind(post.message.kind || post.kind);
  const due = post.dueAt.toISOString().slice(0, 16).replace('T', ' ');
  const text =
    outcome === 'failed'
      ? `A ${what} for channel ${post.channelId} (due ${due} UTC) could not be sent: ${reason.slice(0, 200)} Check that joinedup is still in that channel and configured for this workspace's platform; the post will not be tried again.`
      : `A ${what} for channel ${post.channelId} (due ${due} UTC) may or may not have gone out: sending it was interrupted and the platform cannot be asked. Please check the channel; it has not been sent again, to avoid a duplicate.`;
  return {
    workspaceId: post.workspaceId,
    key: `post:${post.id}`,
    kind: outcome === 'failed' ? 'post_failed' : 'post_uncertain',
    text,
    createdAt: at,
  };
}

/** Where the owner of a post is found: the forum of its meeting, or its survey run. */
export interface PostOwners {
  forums: Pick<ForumRepository, 'findOccurrence' | 'findForum'>;
  pulse: Pick<PulseRepository, 'findRun'>;
}

/** The coordinator who created the forum or started the survey a post belongs to, if known. */
export async function ownerOfPost(
  post: Pick<ClaimedPost, 'workspaceId' | 'key'>,
  owners: PostOwners,
): Promise<string | undefined> {
  const [kind, id = ''] = post.key.split(':');
  if (kind === 'pulse') return (await owners.pulse.findRun(post.workspaceId, id))?.createdBy;
  if (kind !== 'forum') return undefined;
  const occurrence = await owners.forums.findOccurrence(post.workspaceId, id);
  if (!occurrence) return undefined;
  return (await owners.forums.findForum(post.workspaceId, occurrence.forumId))?.createdBy;
}

/**
 * Tells the post's owner in a direct message, where the gateway can send one. Returns whether it
 * was sent; the stored notice is the fallback either way.
 */
export async function tellPostOwner(
  gateway: ChatGateway,
  post: Pick<ClaimedPost, 'workspaceId' | 'key'>,
  notice: NewWorkspaceNotice,
  owners: PostOwners,
): Promise<boolean> {
  if (!gateway.notify) return false;
  const owner = await ownerOfPost(post, owners);
  if (!owner) return false;
  await gateway.notify(post.workspaceId, owner, notice.text);
  return true;
}

/**
 * The dispatcher's `onAttention`: a post given up, or perhaps not sent, is stored as a notice for
 * the workspace's coordinators and told directly to the coordinator who owns its forum or survey.
 */
export function createPostAttention(deps: {
  notices: Pick<WorkspaceNoticeRepository, 'add'>;
  owners: PostOwners;
  clock: Clock;
  logger?: Logger;
}) {
  return async (
    post: ClaimedPost,
    outcome: 'failed' | 'uncertain',
    reason: string,
    gateway: ChatGateway,
  ): Promise<void> => {
    const notice = noticeForPost(post, outcome, reason, deps.clock.now());
    await deps.notices.add(notice);
    await tellPostOwner(gateway, post, notice, deps.owners).catch((error: unknown) =>
      deps.logger?.warn(
        { postId: post.id, err: error instanceof Error ? { name: error.name } : {} },
        'could not tell the owner of a failed post directly',
      ),
    );
  };
}
