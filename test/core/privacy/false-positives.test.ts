import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEV_QUESTIONS, sharedDevQuestionsPath } from '../../support/dev-questions.ts';
import { found } from './helpers.ts';
import { ORDINARY_MESSAGES } from './ordinary-messages.ts';

const SHARED_DEV_QUESTIONS = sharedDevQuestionsPath;
const DEV_QUESTIONS_WITHOUT_PII = DEV_QUESTIONS.filter((d) => !d.pii).map((d) => d.q);

describe('no personal data in ordinary messages', () => {
  it('has a corpus of the expected size', () => {
    expect(DEV_QUESTIONS_WITHOUT_PII).toHaveLength(28);
    expect(ORDINARY_MESSAGES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(DEV_QUESTIONS_WITHOUT_PII)('dev question: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each(ORDINARY_MESSAGES)('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.skipIf(!existsSync(SHARED_DEV_QUESTIONS))('matches the shared dev-questions file', () => {
    const items = JSON.parse(readFileSync(SHARED_DEV_QUESTIONS, 'utf8')).items as Array<{
      q: string;
      pii?: boolean;
    }>;
    expect(items.filter((item) => !item.pii).map((item) => item.q)).toEqual(DEV_QUESTIONS_WITHOUT_PII);
    for (const item of items.filter((entry) => entry.pii))
      expect(found(item.q).length, item.q).toBeGreaterThan(0);
  });
});
