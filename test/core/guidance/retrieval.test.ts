import { describe, expect, it } from 'vitest';
import { shippedGuidance } from '../../support/guidance.ts';
import { answerable, unanswerable } from './retrieval-cases.ts';

describe('retrieval quality on questions outside the development set', () => {
  const guidance = shippedGuidance();

  it('answers from the right article, or offers it among two or three, for at least 90%', () => {
    const misses: string[] = [];
    const wrong: string[] = [];
    let answered = 0;
    for (const [question, expected] of answerable) {
      const reply = guidance.answer(question);
      const top = reply.kind === 'answer' ? reply.sources[0]?.id : undefined;
      if (top) answered++;
      if (top && !expected.includes(top)) wrong.push(`${question} -> ${top}`);
      const offered = reply.suggestions.some((s) => expected.includes(s.id));
      if (!(top && expected.includes(top)) && !offered)
        misses.push(`${question} -> ${reply.kind} ${top ?? reply.suggestions.map((s) => s.id).join('|')}`);
    }
    expect(misses.length / answerable.length, misses.join('\n')).toBeLessThanOrEqual(0.1);
    // Most are answered outright, and a wrong answer is rare: unsure cases become choices.
    expect(answered / answerable.length).toBeGreaterThanOrEqual(0.6);
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(1);
  });

  it('says it cannot answer questions the guidance does not cover', () => {
    const answered = unanswerable.filter((q) => guidance.answer(q).kind !== 'no_answer');
    expect(answered).toEqual([]);
    // Nor does it offer articles for them as if they were close.
    const offered = unanswerable.filter((q) => guidance.answer(q).suggestions.length > 0);
    expect(offered).toEqual([]);
  });
});
