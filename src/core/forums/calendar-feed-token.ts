import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The secret part of a forum's calendar feed address: an HMAC of the workspace and forum under the
 * server's secret, so the address cannot be guessed from the forum's id and needs no storage.
 * Calendar apps (Outlook, Google) fetch the address without signing in, so it is the only key.
 */
export function calendarFeedToken(secret: string, workspaceId: string, forumId: string): string {
  return createHmac('sha256', secret)
    .update(`calendar-feed\u0000${workspaceId}\u0000${forumId}`)
    .digest('base64url')
    .slice(0, 32);
}

/** Whether `token` is the feed token of that forum (compared in constant time). */
export function checkCalendarFeedToken(
  secret: string,
  workspaceId: string,
  forumId: string,
  token: string,
): boolean {
  const expected = Buffer.from(calendarFeedToken(secret, workspaceId, forumId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
