import type { ClaimedPost, NewWorkspaceNotice } from '../core/shared/ports.ts';

const KIND_NAMES: Record<string, string> = {
  forum_announcement: 'forum announcement',
  forum_host_reminder: 'host reminder',
  forum_member_reminder: 'meeting reminder',
  forum_follow_up: 'meeting follow-up',
  forum_cancellation: 'meeting cancellation',
  pulse_open: 'survey opening',
  pulse_reminder: 'survey reminder',
  pulse_summary: 'survey results',
};

/** What a post is, in words: "forum announcement", "survey opening"... */
export function describePostKind(kind: string): string {
  return KIND_NAMES[kind] ?? 'scheduled post';
}

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
