import type { TroubledPost } from './ports.ts';

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

const STATE: Record<string, string> = {
  failed: 'could not be sent and was given up',
  uncertain: 'may not have gone out (its send was interrupted)',
  pending: 'could not be sent yet; it will be tried again',
};

/**
 * Lines for posts that failed or are being retried ("⚠️ The meeting reminder due 2031-01-14 09:00
 * UTC could not be sent…"), for `forum schedule` and `pulse list`; empty when there are none.
 */
export function describeTroubledPosts(posts: readonly TroubledPost[]): string[] {
  return posts.map((p) => {
    const due = p.dueAt.toISOString().slice(0, 16).replace('T', ' ');
    const why = p.lastError ? ` (${p.lastError.slice(0, 160)})` : '';
    return `⚠️ The ${describePostKind(p.kind)} due ${due} UTC ${STATE[p.status] ?? 'has a problem'}${why}.`;
  });
}
