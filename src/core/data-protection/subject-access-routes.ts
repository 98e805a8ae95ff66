import { type ChatRoute, chatRoute, type Route } from '../conversation/types.ts';
import { AppError } from '../shared/errors.ts';
import { requireRole } from '../shared/roles.ts';

/** What the subject access command needs from storage: everything held about one person. */
export interface SubjectAccessPort {
  exportUser(workspaceId: string, userId: string): Promise<unknown>;
  /** False when nothing is held about the person in the workspace: never seen there, or erased. */
  holdsAnything(workspaceId: string, userId: string): Promise<boolean>;
}

/**
 * `data export <user>`: a coordinator answers a subject access request from chat. The export
 * (JSON) is handed over as a file to the coordinator alone, never posted in a channel; erasure
 * stays with `joinedup data erase`, run by whoever administers the deployment.
 */
export function subjectAccessRoutes(
  port: SubjectAccessPort | undefined,
  audit?: (entry: { workspaceId: string; requestedBy: string; subject: string }) => void,
): ChatRoute[] {
  if (!port) return [];
  const route: Route<{ userId?: string }> = {
    name: 'data-export',
    help: '`data export <user>`: everything joinedup stores about a person, as a file for you alone (coordinators; subject access requests).',
    match: (t) => {
      const m = /^data\s+export(?:\s+<?@?([^\s>|]+)(?:\|[^>]*)?>?)?$/i.exec(t);
      return m ? { userId: m[1] } : undefined;
    },
    handle: async (turn, { userId }) => {
      requireRole(turn.member, 'coordinator', 'export a person’s data');
      if (!userId)
        throw new AppError(
          'BAD_INPUT',
          'Say whose data: `data export <user>` (their chat user id or mention).',
        );
      const workspaceId = turn.message.workspace.id;
      // An empty file would read as "nothing held" when the id was only mistyped: say which.
      if (!(await port.holdsAnything(workspaceId, userId))) {
        return {
          text: `joinedup holds nothing about ${userId} in this workspace: they have not used joinedup here, or their data has been erased. Check the id (mention the person, e.g. \`data export @name\`); no file was made.`,
          ephemeral: true,
        };
      }
      const data = await port.exportUser(workspaceId, userId);
      audit?.({ workspaceId, requestedBy: turn.member.userId, subject: userId });
      const date = new Date().toISOString().slice(0, 10);
      return {
        text: `Here is everything joinedup stores about ${userId} in this workspace (JSON). Handle it as personal data: send it to the person securely and do not keep copies longer than needed.`,
        ephemeral: true,
        attachment: {
          filename: `subject-access-${userId.replace(/[^A-Za-z0-9_-]/g, '_')}-${date}.json`,
          mimeType: 'application/json',
          content: `${JSON.stringify(data, null, 2)}\n`,
        },
      };
    },
  };
  return [chatRoute(route)];
}
