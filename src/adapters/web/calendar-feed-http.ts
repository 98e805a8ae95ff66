import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ForumService } from '../../core/forums/forum-service.ts';
import type { Logger } from '../../logger.ts';

const FEED_PATH = /^\/calendar\/([^/]+)\/([0-9a-f-]{36})\/([A-Za-z0-9_-]{32})\.ics$/;

/**
 * Serves each forum's calendar feed at `/calendar/<workspace>/<forum>/<token>.ics`, for Outlook and
 * Google Calendar to subscribe to: they fetch it again every few hours, so moved, re-hosted and
 * cancelled meetings reach everyone's calendar. A wrong token gets the same 404 as no forum.
 */
export function createCalendarFeedMount(deps: { forums: ForumService; logger?: Logger }): {
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
} {
  return {
    prefix: '/calendar',
    async handle(req, res) {
      const path = new URL(req.url ?? '/', 'http://calendar.invalid').pathname;
      const match = FEED_PATH.exec(path);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
        return void res.end('Method not allowed\n');
      }
      try {
        const workspaceId = match ? decodedOrUndefined(match[1] ?? '') : undefined;
        const ics =
          match && workspaceId !== undefined
            ? await deps.forums.calendarForFeed(workspaceId, match[2] ?? '', match[3] ?? '')
            : null;
        if (ics === null) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
          return void res.end('No such calendar\n');
        }
        res.writeHead(200, {
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': 'inline; filename="forum.ics"',
          // Calendar apps poll; a proxy must not keep an old copy past a change.
          'cache-control': 'no-cache, private',
          'x-content-type-options': 'nosniff',
        });
        res.end(req.method === 'HEAD' ? undefined : ics);
      } catch (error) {
        deps.logger?.error(
          { err: error instanceof Error ? { name: error.name } : {} },
          'calendar feed failed',
        );
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '60' });
        res.end('Calendar not available just now\n');
      }
    },
  };
}

/** A path segment decoded, or undefined when it is not valid percent-encoding (a 404, not a fault). */
function decodedOrUndefined(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
