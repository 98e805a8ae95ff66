import { describe, expect, it } from 'vitest';
import { shippedGuidance } from '../../support/guidance.ts';
import { answerable, unanswerable } from './retrieval-cases.ts';

describe('retrieval quality on questions outside the development set', () => {
  const guidance = shippedGuidance();

  it('answers at least 90% from the right article', () => {
    const misses: string[] = [];
    for (const [question, expected] of answerable) {
      const reply = guidance.answer(question);
      const top = reply.kind === 'answer' ? reply.sources[0]?.id : undefined;
      if (!top || !expected.includes(top)) misses.push(`${question} -> ${reply.kind} ${top ?? '-'}`);
    }
    expect(misses.length / answerable.length, misses.join('\n')).toBeLessThanOrEqual(0.1);
  });

  it('says it cannot answer questions the guidance does not cover', () => {
    const answered = unanswerable.filter((q) => guidance.answer(q).kind !== 'no_answer');
    expect(answered).toEqual([]);
  });
});
