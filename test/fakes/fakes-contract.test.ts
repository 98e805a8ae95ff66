import { describe } from 'vitest';
import { forumRepositoryContract } from '../storage/contracts/forum-repository-contract.ts';
import { pulseRepositoryContract } from '../storage/contracts/pulse-repository-contract.ts';
import { questionLogRepositoryContract } from '../storage/contracts/question-log-repository-contract.ts';
import { scheduledPostRepositoryContract } from '../storage/contracts/scheduled-post-repository-contract.ts';
import { InMemoryForums } from './in-memory-forums.ts';
import { InMemoryScheduledPosts } from './in-memory-posts.ts';
import { InMemoryPulse } from './in-memory-pulse.ts';
import { InMemoryQuestions } from './in-memory-repositories.ts';

// The same contracts run against the Prisma repositories in
// test/storage/repository-contracts.integration.test.ts, so these fakes cannot drift from them.
describe('in-memory forum repository', () => forumRepositoryContract(() => new InMemoryForums()));
describe('in-memory pulse repository', () => pulseRepositoryContract(() => new InMemoryPulse()));
describe('in-memory question log', () => questionLogRepositoryContract(() => new InMemoryQuestions()));
describe('in-memory scheduled posts', () =>
  scheduledPostRepositoryContract(() => new InMemoryScheduledPosts()));
