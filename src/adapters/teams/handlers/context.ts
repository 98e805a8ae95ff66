import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { TeamsConfig } from '../../../config.ts';
import type { ConversationService } from '../../../core/conversation/conversation-service.ts';
import type { Reply } from '../../../core/conversation/types.ts';
import type { ForumService } from '../../../core/forums/forum-service.ts';
import type { ForumUseCases, RsvpResult } from '../../../core/forums/use-cases.ts';
import type { PulseService } from '../../../core/pulse/pulse-service.ts';
import type { AnswerSurveyResult, PulseUseCases } from '../../../core/pulse/use-cases.ts';
import type { AppError } from '../../../core/shared/errors.ts';
import type {
  Clock,
  ConversationReferenceRepository,
  MemberRepository,
  PostMessageLookup,
  ScheduledPostRepository,
  TurnStateRepository,
} from '../../../core/shared/ports.ts';
import type { Logger } from '../../../logger.ts';

/** What the adapter needs from the application. */
export interface TeamsAppDeps {
  conversation: Pick<ConversationService, 'handle' | 'releaseEvent' | 'act' | 'rateAnswer'>;
  /** Forum and survey services, whose use cases the cards call directly. */
  forums: ForumService;
  pulse: PulseService;
  /** Turn state, conversation references and the scheduled posts' messages, in the database. */
  repos: {
    turnState: TurnStateRepository;
    conversationReferences: ConversationReferenceRepository;
    /** Scheduled posts: messages of posted cards, and replies deferred when Teams said "wait". */
    posts: PostMessageLookup & Pick<ScheduledPostRepository, 'schedule'>;
    /** Display names for the people posts mention. */
    members?: Pick<MemberRepository, 'findMember'>;
  };
  /** The application's clock (deferred replies are due by it). Default: the system clock. */
  clock?: Clock;
  /** Counts connector retries on 429 (rate-limit waits) for the metrics endpoint. */
  metrics?: { rateLimited(platform: string): void };
}

/** What every handler gets: the core, the use cases, the botbuilder adapter and the settings. */
export interface TeamsContext {
  config: TeamsConfig;
  deps: TeamsAppDeps;
  conversation: TeamsAppDeps['conversation'];
  forumActs: ForumUseCases;
  pulseActs: PulseUseCases;
  references: ConversationReferenceRepository;
  adapter: TeamsAdapter;
  appId: string;
  clock: Clock;
  /** The OAuth scope of outbound calls that open a conversation. */
  audience: string;
  log: Logger;
  /** Answer the HTTP request after this long and send the reply proactively. */
  ackTimeoutMs: number;
  /** Keeps a late reply's promise, so shutdown can wait for it. */
  track(work: Promise<unknown>): void;
}

/** A card's use case done: the reply to show, and what succeeded, from the outcome itself. */
export interface CardDone {
  reply: Reply;
  /** The refusal, when the use case refused (its field says where a form shows it). */
  error?: AppError;
  rsvp?: RsvpResult;
  answered?: AnswerSurveyResult;
}
