import { describe, expect, it } from 'vitest';
import { detectModelNames, useNameModel } from '../../src/core/privacy/name-model.ts';
import { asIdentifierItem, measureIdentifiers, spanFound } from '../../src/eval/identifier-eval.ts';

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

  it('counts every mention of a name as a word or with a possessive "s", not its letters inside another word', () => {
    const covering = (text: string, ...words: string[]) => {
      const mask = [...text].map(() => false);
      for (const word of words) {
        const at = text.indexOf(word);
        for (let i = at; i < at + word.length; i += 1) mask[i] = true;
      }
      return mask;
    };
    const poland = 'worried about ola, dad went back to Poland';
    // "ola" inside "Poland" is no second mention.
    expect(spanFound(poland, covering(poland, 'ola,'), 'ola')).toBe(true);
    // A possessive without its apostrophe is a mention that must go too.
    const school = 'worried about wiktoria, wiktorias new school rang';
    expect(spanFound(school, covering(school, 'wiktoria,'), 'wiktoria')).toBe(false);
    expect(spanFound(school, covering(school, 'wiktoria,', 'wiktorias'), 'wiktoria')).toBe(true);
    // A name that never stands as a word is not found.
    expect(spanFound(poland, covering(poland), 'lan')).toBe(false);
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
