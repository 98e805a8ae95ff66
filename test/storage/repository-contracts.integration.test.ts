import { describe } from 'vitest';
import { createRepositories } from '../../src/storage/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { forumRepositoryContract } from './contracts/forum-repository-contract.ts';
import { pulseRepositoryContract } from './contracts/pulse-repository-contract.ts';
import { questionLogRepositoryContract } from './contracts/question-log-repository-contract.ts';
import { scheduledPostRepositoryContract } from './contracts/scheduled-post-repository-contract.ts';

// The same contracts run against the in-memory fakes in test/fakes/fakes-contract.test.ts.
describeEachDatabase('repository contracts', (db) => {
  const repos = () => createRepositories(db.storage.prisma);
  describe('forums', () => forumRepositoryContract(() => repos().forums));
  describe('pulse', () => pulseRepositoryContract(() => repos().pulse));
  describe('questions', () => questionLogRepositoryContract(() => repos().questions));
  describe('scheduled posts', () => scheduledPostRepositoryContract(() => repos().posts));
});
