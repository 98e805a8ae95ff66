import type { WebClient } from '@slack/web-api';
import type { SlackConfig } from '../../config.ts';
import type { ConversationService } from '../../core/conversation/conversation-service.ts';
import type { Actor, IncomingMessage, Reply } from '../../core/conversation/types.ts';
import type { ForumService } from '../../core/forums/forum-service.ts';
import type { ForumUseCases } from '../../core/forums/use-cases.ts';
import type { PulseService } from '../../core/pulse/pulse-service.ts';
import type { PulseUseCases } from '../../core/pulse/use-cases.ts';
import type { Outcome } from '../../core/shared/outcome.ts';
import type {
  Clock,
  MemberRecord,
  MemberRepository,
  WorkspaceRef,
  WorkspaceRepository,
} from '../../core/shared/ports.ts';
import type { Logger } from '../../logger.ts';
import type { BotThreads } from './listeners/bot-threads.ts';

/** What the Slack adapter reports to the metrics endpoint. */
export interface SlackMetrics {
  rateLimited(platform: string): void;
  inboundRequest(platform: string, outcome: 'accepted' | 'rejected' | 'duplicate' | 'failed'): void;
}

/** The ids Bolt's context carries for the workspace of a request. */
export interface SlackIds {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
}

/**
 * What every listener gets: the core services and use cases, and the adapter's queue. Listeners
 * only translate: a payload in, a use case or a turn, a rendered reply out.
 */
export interface SlackListenerContext {
  config: SlackConfig;
  log: Logger;
  clock: Clock;
  conversation: ConversationService;
  forums: ForumService;
  pulse: PulseService;
  members: MemberRepository;
  workspaces: WorkspaceRepository;
  forumActs: ForumUseCases;
  pulseActs: PulseUseCases;
  metrics?: SlackMetrics;
  /** Threads the bot has answered in, where replies are answered without a mention. */
  threads: BotThreads;
  /** How long a modal submission may take before the modal is closed and the result sent by DM. */
  viewDeadlineMs: number;
  /** The joinedup workspace of a request. */
  workspaceOf(ids: SlackIds, teamId?: string): WorkspaceRef;
  /** One chat turn, queued with the others; null for a redelivered event. */
  turn(message: IncomingMessage): Promise<Reply | null>;
  /** One use case for a click or a form, queued with the turns; null for a redelivered event. */
  perform<T>(
    actor: Actor,
    name: string,
    work: (member: MemberRecord) => Promise<Outcome<T>>,
  ): Promise<Outcome<T> | null>;
}

/** The person's direct-message channel with the bot. */
export async function dmChannel(client: WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  const id = opened.channel?.id;
  if (!id) throw new Error('could not open a direct message');
  return id;
}

/** Files (calendar, CSV) go to the person's DM with the bot, never to a shared channel. */
export async function sendAttachment(client: WebClient, userId: string, reply: Reply): Promise<void> {
  if (!reply.attachment) return;
  await client.filesUploadV2({
    channel_id: await dmChannel(client, userId),
    filename: reply.attachment.filename,
    file: Buffer.from(reply.attachment.content, 'utf8'),
    title: reply.attachment.filename,
  });
}
