import type {
  DashboardAttentionRepository,
  DashboardAuthRepository,
  HostConfirmationRepository,
  LocalArticleRepository,
  QuestionStatsRepository,
} from '../core/dashboard/ports.ts';
import type { ForumRepository } from '../core/forums/ports.ts';
import type { PulseRepository } from '../core/pulse/ports.ts';
import type {
  ConversationReferenceRepository,
  InstallationRepository,
  MemberRepository,
  PostMessageLookup,
  ProcessedEventRepository,
  QuestionLogRepository,
  ScheduledPostRepository,
  TurnStateRepository,
  WorkspaceNoticeRepository,
  WorkspaceRepository,
} from '../core/shared/ports.ts';
import {
  type Storage as Database,
  openStorage as openDatabase,
  type PrismaClient,
  type StorageOptions,
} from './client.ts';
import { DataProtection } from './data-protection.ts';
import { listWorkspaces, type WorkspaceSummary, workspaceExists } from './data-workspaces.ts';
import { PrismaMaintenance } from './maintenance.ts';
import { questionLogWriterFor } from './question-log-writer.ts';
import {
  PrismaLocalArticleRepository,
  PrismaQuestionStatsRepository,
} from './repositories/dashboard-article-repository.ts';
import {
  PrismaDashboardAttentionRepository,
  PrismaHostConfirmationRepository,
} from './repositories/dashboard-attention-repository.ts';
import { PrismaDashboardAuthRepository } from './repositories/dashboard-auth-repository.ts';
import { PrismaForumRepository } from './repositories/forum-repository.ts';
import { PrismaInstallationRepository } from './repositories/installation-repository.ts';
import { PrismaMemberRepository } from './repositories/member-repository.ts';
import { PrismaProcessedEventRepository } from './repositories/processed-event-repository.ts';
import { PrismaPulseRepository } from './repositories/pulse-repository.ts';
import { PrismaQuestionLogRepository } from './repositories/question-log-repository.ts';
import { PrismaScheduledPostRepository } from './repositories/scheduled-post-repository.ts';
import {
  PrismaConversationReferenceRepository,
  PrismaTurnStateRepository,
} from './repositories/teams-state-repository.ts';
import {
  PrismaWorkspaceNoticeRepository,
  PrismaWorkspaceRepository,
} from './repositories/workspace-repository.ts';

export { lockDataDir, type StorageOptions } from './client.ts';
export type { SubjectAccessExport } from './data-protection.ts';
export type { WorkspaceSummary } from './data-workspaces.ts';
export { PrismaMaintenance } from './maintenance.ts';

/** Every repository over one Prisma client. */
export interface Repositories {
  workspaces: WorkspaceRepository;
  notices: WorkspaceNoticeRepository;
  members: MemberRepository;
  questions: QuestionLogRepository;
  events: ProcessedEventRepository;
  posts: ScheduledPostRepository & PostMessageLookup;
  forums: ForumRepository;
  pulse: PulseRepository;
  dashboardAuth: DashboardAuthRepository;
  localArticles: LocalArticleRepository;
  questionStats: QuestionStatsRepository;
  /** Failed posts and lost conversations, for the dashboard's "needs action". */
  attention: DashboardAttentionRepository;
  hostConfirmations: HostConfirmationRepository;
  /** Housekeeping for the scheduler's jobs: retention roll-ups, deletions, forums to re-plan. */
  maintenance: PrismaMaintenance;
  /** Slack OAuth installations (sealed by the adapter). */
  installations: InstallationRepository;
  /** Teams turn state and conversation references. */
  turnState: TurnStateRepository;
  conversationReferences: ConversationReferenceRepository;
  /** Writes what is still waiting to be written (the question log's batch); before closing. */
  flush(): Promise<void>;
}

export interface RepositoryOptions {
  /** Told when a background write (the question log's batch) failed. */
  onBackgroundError?: (error: unknown, info: { entries: number; givenUp: boolean }) => void;
}

export function createRepositories(prisma: PrismaClient, options: RepositoryOptions = {}): Repositories {
  const writer = questionLogWriterFor(prisma);
  if (options.onBackgroundError) writer.onError = options.onBackgroundError;
  return {
    workspaces: new PrismaWorkspaceRepository(prisma),
    notices: new PrismaWorkspaceNoticeRepository(prisma),
    members: new PrismaMemberRepository(prisma),
    questions: new PrismaQuestionLogRepository(prisma),
    events: new PrismaProcessedEventRepository(prisma),
    posts: new PrismaScheduledPostRepository(prisma),
    forums: new PrismaForumRepository(prisma),
    pulse: new PrismaPulseRepository(prisma),
    dashboardAuth: new PrismaDashboardAuthRepository(prisma),
    localArticles: new PrismaLocalArticleRepository(prisma),
    questionStats: new PrismaQuestionStatsRepository(prisma),
    attention: new PrismaDashboardAttentionRepository(prisma),
    hostConfirmations: new PrismaHostConfirmationRepository(prisma),
    maintenance: new PrismaMaintenance(prisma),
    installations: new PrismaInstallationRepository(prisma),
    turnState: new PrismaTurnStateRepository(prisma),
    conversationReferences: new PrismaConversationReferenceRepository(prisma),
    flush: () => writer.flush(),
  };
}

/** The workspaces in the database, as `joinedup data workspaces` lists them (no personal data). */
export interface WorkspaceDirectory {
  list(): Promise<WorkspaceSummary[]>;
  exists(workspaceId: string): Promise<boolean>;
}

/**
 * The open database and its doors. Code outside `src/storage` uses `repos`, `dataProtection` and
 * `workspaces`; `prisma` is for the storage module itself and for tests that inspect rows.
 */
export interface Storage extends Database {
  /** Every repository, over this database. */
  readonly repos: Repositories;
  /** Subject access and erasure; survey answers are found with the respondent-key secret. */
  dataProtection(respondentSecret: string): DataProtection;
  readonly workspaces: WorkspaceDirectory;
}

/** Opens the database (PGlite by default, PostgreSQL with a URL), migrates it and builds its doors. */
export async function openStorage(options: StorageOptions & RepositoryOptions): Promise<Storage> {
  const database = await openDatabase(options);
  const { prisma } = database;
  return {
    ...database,
    repos: createRepositories(prisma, { onBackgroundError: options.onBackgroundError }),
    dataProtection: (respondentSecret) => new DataProtection(prisma, respondentSecret),
    workspaces: {
      list: () => listWorkspaces(prisma),
      exists: (workspaceId) => workspaceExists(prisma, workspaceId),
    },
  };
}
