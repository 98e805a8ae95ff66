import type { Activity } from 'botbuilder';

/** The HTTP status a connector error carries, if any. */
export function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: number; status?: number; response?: { status?: number } } | undefined;
  return e?.statusCode ?? e?.response?.status ?? e?.status;
}

/** The Retry-After of a connector error, in seconds, when Teams sent one. */
export function retryAfterOf(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: unknown } } | undefined)?.response?.headers;
  const get = (headers as { get?: unknown } | undefined)?.get;
  const raw =
    typeof get === 'function'
      ? (get as (name: string) => unknown).call(headers, 'retry-after')
      : (headers as Record<string, unknown> | undefined)?.['retry-after'];
  const seconds = Number(raw);
  return raw !== undefined && raw !== null && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** An error as logged: its name, code and status, never its message (which may quote user text). */
export const errorSummary = (error: unknown) =>
  error instanceof Error
    ? { name: error.name, code: (error as { code?: string }).code, status: statusOf(error) }
    : { name: typeof error };

/** The tenant a Teams activity belongs to: the workspace id. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id;
}

/** A channel thread's conversation id carries `;messageid=…`; posts go to the channel itself. */
export const baseConversation = (id: string) => id.split(';')[0] ?? id;

/** Strips the HTML Teams may wrap a message in (mentions are removed before this). */
export function plainText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p>/gi, '\n')
    .replace(/<(?!@)[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A Teams mention entity as it arrives on an activity. */
interface MentionEntity {
  type?: string;
  text?: string;
  mentioned?: { id?: string; name?: string; aadObjectId?: string };
}

/**
 * Turns the people mentioned in a message (`<at>Name</at>` with a `mention` entity) into the
 * `<@user id>` tokens the core reads as a person (the directory object id when Teams gives one,
 * as people are known by it), so `contacts=@Bob` names Bob, not the text "Bob". Mentions of the
 * bot itself are left for botbuilder to remove.
 */
export function resolveMentions(activity: Partial<Activity>): string {
  let text = activity.text ?? '';
  const botId = activity.recipient?.id;
  for (const entity of (activity.entities ?? []) as MentionEntity[]) {
    if (entity.type !== 'mention' || !entity.text || !entity.mentioned?.id) continue;
    if (entity.mentioned.id === botId) continue;
    const id = entity.mentioned.aadObjectId ?? entity.mentioned.id;
    text = text.split(entity.text).join(`<@${id}>`);
  }
  return text;
}
