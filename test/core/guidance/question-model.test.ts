import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { KnowledgeIndex } from '../../../src/core/guidance/knowledge-index.ts';
import { loadKnowledgeBase } from '../../../src/core/guidance/load-knowledge-base.ts';
import { shippedQuestionModel } from '../../../src/core/guidance/load-question-model.ts';
import { questionFeatures } from '../../../src/core/guidance/question-features.ts';
import {
  encodeQuestionModel,
  NOT_COVERED,
  readQuestionModel,
} from '../../../src/core/guidance/question-model.ts';
import { modelFromParts, trainQuestionModel } from '../../../src/eval/question-model-training.ts';

const examples = [
  { text: 'who can start a caf', topic: 'start' },
  { text: 'can a school nurse begin an early help assessment', topic: 'start' },
  { text: 'who is allowed to open a caf', topic: 'start' },
  { text: 'do parents have to sign the caf', topic: 'consent' },
  { text: 'is consent needed for an early help assessment', topic: 'consent' },
  { text: 'does mum need to agree to the caf', topic: 'consent' },
  { text: 'what time is the forum on friday', topic: null },
  { text: 'where do I park for the meeting', topic: null },
];

describe('question classifier', () => {
  const parts = trainQuestionModel(examples, null, { epochs: 30, seed: 1 });

  it('learns topics from examples and ranks a new phrasing under the right one', () => {
    const model = modelFromParts(parts);
    expect(model.classes).toContain(NOT_COVERED);
    const best = model.predict(
      questionFeatures('does the family hav to consent to a caf??', stemmer, null).values,
    );
    expect(best[0]?.id).toBe('consent');
    const sum = best.reduce((s, p) => s + p.probability, 0);
    expect(sum).toBeCloseTo(1, 6);
    const local = model.predict(questionFeatures('what time do we park on friday', stemmer, null).values);
    expect(local[0]?.id).toBe(NOT_COVERED);
  });

  it('survives the int8 file format with the same ranking and nearly the same probabilities', () => {
    const exact = modelFromParts(parts);
    const stored = readQuestionModel(encodeQuestionModel(parts));
    for (const q of ['who can start a caf', 'does mum have to sign', 'where is parking']) {
      const values = questionFeatures(q, stemmer, null).values;
      const a = exact.predict(values);
      const b = stored.predict(values);
      expect(b[0]?.id, q).toBe(a[0]?.id);
      expect(Math.abs((b[0]?.probability ?? 0) - (a[0]?.probability ?? 0)), q).toBeLessThan(0.02);
    }
  });

  it('refuses a truncated or foreign file', () => {
    const bytes = encodeQuestionModel(parts);
    expect(() => readQuestionModel(bytes.subarray(0, bytes.length - 3))).toThrow(/truncated/);
    expect(() => readQuestionModel(new TextEncoder().encode('JUWV not a model'))).toThrow(/not a joinedup/);
  });

  it('ships a model that knows every shipped article, and features that ignore filler and case', () => {
    const model = shippedQuestionModel();
    expect(model).not.toBeNull();
    for (const a of loadKnowledgeBase().articles) expect(model?.has(a.id), a.id).toBe(true);
    const a = questionFeatures('Hi! Who can START a CAF please?', stemmer, null).values;
    const b = questionFeatures('who can start a caf', stemmer, null).values;
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  });

  it('leaves an article it was not trained on to retrieval, which can still answer from it', () => {
    const articles = loadKnowledgeBase().articles;
    const local = {
      ...articles[0],
      id: 'local-parking-at-the-civic-centre',
      title: 'Parking at the civic centre for forum meetings',
      summary: 'Park in the multi-storey on Mill Road; the forum refunds the fee.',
      tags: ['parking'],
      synonyms: [],
      questions: [],
      related: [],
      supersedes: [],
      origin: 'local' as const,
      sections: [
        { heading: 'Parking', text: 'Park in the multi-storey on Mill Road; the forum refunds the fee.' },
      ],
    } as (typeof articles)[number];
    const index = new KnowledgeIndex([...articles, local]);
    const outcome = index.find('where do we park at the civic centre for the forum');
    const match = outcome.matches.find((m) => m.article.id === local.id);
    expect(match).toBeDefined();
    expect(match?.classifierProbability).toBeUndefined();
    expect(match?.score).toBe(match?.retrievalScore);
  });
});
