import { describe, expect, it } from 'vitest';
import { detectModelNames, useNameModel } from '../../src/core/privacy/name-model.ts';
import { asIdentifierItem, measureIdentifiers } from '../../src/eval/identifier-eval.ts';

describe('measuring the identifier guard on a labelled file', () => {
  it('reads the training files’ sets as the evaluation’s and counts each kind, false positives and local answers', () => {
    const items = [
      { text: 'worried about jack, he is 8', set: 'message', spans: [{ text: 'jack', kind: 'name' }] },
      { text: 'case ref CS-50129 was closed', set: 'message', spans: [{ text: 'CS-50129', kind: 'other' }] },
      { text: 'when is the next forum?', set: 'message', spans: [] },
      {
        text: 'Jack Smith (8) at Oakfield Primary was moved last week.',
        set: 'local',
        spans: [{ text: 'Jack Smith', kind: 'name' }],
      },
      { text: 'Parking: there is a car park off Mill Lane behind the hub.', set: 'local', spans: [] },
    ].map(asIdentifierItem);
    expect(items.map((item) => item.set)).toEqual(['with', 'with', 'without', 'local-with', 'local-without']);
    const m = measureIdentifiers(items, { verbose: false });
    expect(m.perKind.get('name')).toEqual({ total: 1, found: 1 });
    expect(m.perKind.get('other')).toEqual({ total: 1, found: 1 });
    expect([m.without, m.flagged]).toEqual([1, 0]);
    expect([m.localWith, m.localRefusedWith, m.localWithout, m.localRefusedWithout]).toEqual([1, 1, 1, 0]);
  });

  it('lets cross-validation swap the name model and put the shipped one back', () => {
    const text = 'Zayn wont eat at school, only eats crisps at home';
    const shipped = detectModelNames(text);
    expect(shipped).not.toEqual([]);
    try {
      useNameModel({ threshold: 0, vocabularyMargin: 0, unlistedMargin: 0, weights: 'bias\t-100' });
      expect(detectModelNames(text)).toEqual([]);
    } finally {
      useNameModel(undefined);
    }
    expect(detectModelNames(text)).toEqual(shipped);
  });
});
