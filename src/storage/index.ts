import type { ForumRepository } from '../core/forums/ports.ts';
import type { PulseRepository } from '../core/pulse/ports.ts';
import type {
  MemberRepository,
  ProcessedEventRepository,
  QuestionLogRepository,
  ScheduledPostRepository,
} from '../core/shared/ports.ts';
import type { PrismaClient } from './client.ts';
import { PrismaForumRepository } from './repositories/forum-repository.ts';
import { PrismaMemberRepository } from './repositories/member-repository.ts';
import { PrismaProcessedEventRepository } from './repositories/processed-event-repository.ts';
import { PrismaPulseRepository } from './repositories/pulse-repository.ts';
import { PrismaQuestionLogRepository } from './repositories/question-log-repository.ts';
import { PrismaScheduledPostRepository } from './repositories/scheduled-post-repository.ts';

export { openStorage, type Storage, type StorageOptions } from './client.ts';

/** Every repository over one Prisma client. */
export interface Repositories {
  members: MemberRepository;
  questions: QuestionLogRepository;
  events: ProcessedEventRepository;
  posts: ScheduledPostRepository;
  forums: ForumRepository;
  pulse: PulseRepository;
}

export function createRepositories(prisma: PrismaClient): Repositories {
  return {
    members: new PrismaMemberRepository(prisma),
    questions: new PrismaQuestionLogRepository(prisma),
    events: new PrismaProcessedEventRepository(prisma),
    posts: new PrismaScheduledPostRepository(prisma),
    forums: new PrismaForumRepository(prisma),
    pulse: new PrismaPulseRepository(prisma),
  };
}
