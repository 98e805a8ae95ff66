import type { GuidanceReply } from '../guidance/answer-question.ts';
import type { MemberRecord, WorkspaceRef } from '../shared/ports.ts';

/** A message from any platform, already stripped of platform detail. */
export interface IncomingMessage {
  workspace: WorkspaceRef;
  userId: string;
  displayName?: string;
  text: string;
  /** The platform's id for this delivery (Slack event_id, Teams activity id), for idempotency. */
  eventId?: string;
  /** Where the message came from, for replies in place (channel, conversation). */
  channelId?: string;
}

/** Who is acting, for a click, a form or a card that calls a use case directly (no text). */
export type Actor = Omit<IncomingMessage, 'text'>;

/** A button the adapters render (Block Kit button, Adaptive Card action, a typed command in the console). */
export interface ReplyAction {
  id: string;
  label: string;
  /** What the console user types to do the same. */
  command: string;
  value: string;
}

/** A platform-neutral reply. `text` is always a complete plain-text rendering. */
export interface Reply {
  text: string;
  guidance?: GuidanceReply;
  /** The stored question, for feedback buttons. */
  questionId?: string;
  actions?: ReplyAction[];
  /** Shown only to the person who asked, where the platform allows it. */
  ephemeral?: boolean;
  /** Set when the command was refused (bad input, not found, not allowed): the error code. */
  error?: string;
  /** Notices for a coordinator added to this reply (also at the end of `text`). */
  notices?: string[];
  /** A file to hand over (a calendar export): the console saves it, chat platforms upload it. */
  attachment?: { filename: string; mimeType: string; content: string };
}

/** What a handler gets: the message, the sender's membership and role. */
export interface TurnContext {
  message: IncomingMessage;
  member: MemberRecord;
}

/** One command: matching is separate from handling, like bolt listeners and teams-ai routes. */
export interface Route<A = unknown> {
  name: string;
  /** The route's help, shown by `help <name>`; routes without one are not listed. */
  help?: string;
  /** One short line for the overall `help` when `help` is longer (it then points to `help <name>`). */
  summary?: string;
  /** More topics `help <topic>` shows this route under (the rsvp command under `forum`). */
  topics?: string[];
  /** The parsed arguments when the text is this command; undefined when it is not. */
  match(text: string): A | undefined;
  handle(turn: TurnContext, args: A): Promise<Reply>;
}

/**
 * A route with its argument type kept inside: what the conversation service holds, so routes of
 * every argument type sit in one list without casts.
 */
export interface ChatRoute {
  name: string;
  help?: string;
  summary?: string;
  topics?: string[];
  /** The route's handler with the text's arguments, when the text is this command; else undefined. */
  bind(text: string): ((turn: TurnContext) => Promise<Reply>) | undefined;
}

export function chatRoute<A>(route: Route<A>): ChatRoute {
  return {
    name: route.name,
    help: route.help,
    summary: route.summary,
    topics: route.topics,
    bind: (text) => {
      const args = route.match(text);
      return args === undefined ? undefined : (turn) => route.handle(turn, args);
    },
  };
}
