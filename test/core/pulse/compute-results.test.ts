import { describe, expect, it } from 'vitest';
import type { Sector } from '../../../src/core/forums/types.ts';
import {
  applyComplementarySuppression,
  computeRunResults,
  type GroupResult,
  type ResponseRecord,
  resolveAnonymity,
  type SuppressionReason,
} from '../../../src/core/pulse/index.ts';
import { makeResponse, makeResponses, makeTemplate } from './make-pulse.ts';

const template = makeTemplate();
const noMerge = { mergeSmallSectors: false };

function groupOf(groups: GroupResult[], sector: Sector): GroupResult {
  const group = groups.find((entry) => entry.group === sector);
  if (!group) throw new Error(`no group ${sector}`);
  return group;
}

function bySizes(sizes: Partial<Record<Sector, number>>): ResponseRecord[] {
  return Object.entries(sizes).flatMap(([sector, count]) =>
    makeResponses(sector as Sector, count ?? 0, (index) => ({ q1: (index % 5) + 1, q2: 4 })),
  );
}

describe('computeRunResults: totals', () => {
  it('counts the distribution, mean, median and response rate', () => {
    const values = [1, 2, 3, 4, 5, 5, 5, 4, 4, 4];
    const responses = values.map((q1) => makeResponse('education', { q1, q2: 3 }));
    const results = computeRunResults(template, responses, { audienceSize: 40 });
    expect(results.responseCount).toBe(10);
    expect(results.responseRate).toBe(0.25);
    expect(results.suppressed).toBe(false);
    const q1 = results.questions[0];
    expect(q1).toMatchObject({
      questionId: 'q1',
      type: 'agree5',
      n: 10,
      suppressed: false,
      mean: 3.7,
      median: 4,
    });
    expect(q1?.distribution).toEqual({ 1: 1, 2: 1, 3: 1, 4: 4, 5: 3 });
  });

  it('takes the median of an even count as the middle two values averaged, from counts', () => {
    const responses = [3, 3, 3, 4, 4, 4].map((q1) => makeResponse('health', { q1, q2: 3 }));
    expect(computeRunResults(template, responses).questions[0]).toMatchObject({ mean: 3.5, median: 3.5 });
  });

  it('counts scale10 over 0 to 10 and choice by option, zeros included', () => {
    const nps = makeTemplate({
      questions: [
        { id: 'score', type: 'scale10', text: 'Would you recommend it?', required: true },
        { id: 'pick', type: 'choice', text: 'Pick one please', options: ['A', 'B'], required: true },
      ],
    });
    const responses = [0, 10, 10, 7, 9].map((score, index) =>
      makeResponse('education', { score, pick: index < 3 ? 'A' : 'B' }),
    );
    const [score, pick] = computeRunResults(nps, responses).questions;
    expect(score?.distribution).toEqual({
      0: 1,
      1: 0,
      2: 0,
      3: 0,
      4: 0,
      5: 0,
      6: 0,
      7: 1,
      8: 0,
      9: 1,
      10: 2,
    });
    expect(score).toMatchObject({ mean: 7.2, median: 9 });
    expect(pick?.distribution).toEqual({ A: 3, B: 2 });
    expect(pick?.mean).toBeUndefined();
  });

  it('omits the response rate when the audience size is unknown', () => {
    const results = computeRunResults(template, bySizes({ education: 6 }));
    expect(results).not.toHaveProperty('responseRate');
  });
});

describe('computeRunResults: anonymity', () => {
  it('(a) hides a sector below the threshold as "not enough responses", with no n or figures', () => {
    // Two small groups together hold 6 >= 5, so no extra group needs hiding.
    const results = computeRunResults(template, bySizes({ education: 8, youth_support: 3, early_years: 3 }), {
      anonymity: noMerge,
    });
    expect(groupOf(results.bySector, 'education')).toMatchObject({ n: 8, suppressed: false });
    for (const sector of ['youth_support', 'early_years'] as const) {
      expect(groupOf(results.bySector, sector)).toEqual({
        group: sector,
        merged: false,
        n: null,
        suppressed: true,
        reason: 'not-enough-responses',
        questions: [],
      });
    }
    expect(results.questions[0]?.n).toBe(14);
  });

  it('(b) hides the next-smallest group when one hidden group could be found by subtraction', () => {
    // education 12, health 9, youth 4: total - education - health would be youth's figures.
    const results = computeRunResults(template, bySizes({ education: 12, health: 9, youth_support: 4 }), {
      anonymity: noMerge,
    });
    expect(groupOf(results.bySector, 'youth_support')).toMatchObject({
      suppressed: true,
      reason: 'not-enough-responses',
      n: null,
    });
    expect(groupOf(results.bySector, 'health')).toMatchObject({
      suppressed: true,
      reason: 'protects-smaller-group',
      n: null,
    });
    expect(groupOf(results.bySector, 'education')).toMatchObject({ suppressed: false, n: 12 });
    // The total stays visible; only health + youth together (13) can be derived from it.
    expect(results.questions[0]).toMatchObject({ n: 25, suppressed: false });
  });

  it('(b) keeps hiding while the hidden groups together are still below the threshold', () => {
    const results = computeRunResults(
      template,
      bySizes({ education: 10, youth_support: 1, sport_play_leisure: 1 }),
      {
        anonymity: noMerge,
      },
    );
    expect(groupOf(results.bySector, 'youth_support').reason).toBe('not-enough-responses');
    expect(groupOf(results.bySector, 'sport_play_leisure').reason).toBe('not-enough-responses');
    expect(groupOf(results.bySector, 'education').reason).toBe('protects-smaller-group');
  });

  it('(b) hides the only other group when there are just two', () => {
    const results = computeRunResults(template, bySizes({ education: 12, health: 3 }), {
      anonymity: noMerge,
    });
    expect(results.bySector.every((group) => group.suppressed)).toBe(true);
    expect(results.questions[0]?.suppressed).toBe(false);
  });

  it('(b) hides nothing extra when no group is small', () => {
    const results = computeRunResults(template, bySizes({ education: 5, health: 5, social_care: 7 }), {
      anonymity: noMerge,
    });
    expect(results.bySector.map((group) => [group.group, group.n])).toEqual([
      ['education', 5],
      ['health', 5],
      ['social_care', 7],
    ]);
  });

  it('(c) merges small sectors into "other" before suppression', () => {
    const results = computeRunResults(
      template,
      bySizes({ education: 6, health: 6, youth_support: 2, sport_play_leisure: 2, other: 2 }),
    );
    expect(results.bySector.map((group) => group.group)).toEqual(['education', 'health', 'other']);
    expect(groupOf(results.bySector, 'other')).toMatchObject({ n: 6, merged: true, suppressed: false });
    expect(groupOf(results.bySector, 'other').questions[1]).toMatchObject({
      questionId: 'q2',
      n: 6,
      mean: 4,
    });
  });

  it('(c) a merged group still too small is hidden and then protected by rule (b)', () => {
    const results = computeRunResults(
      template,
      bySizes({ education: 6, health: 7, youth_support: 2, sport_play_leisure: 1 }),
    );
    expect(results.bySector.map((group) => group.group)).toEqual(['education', 'health', 'other']);
    expect(groupOf(results.bySector, 'other')).toMatchObject({
      suppressed: true,
      reason: 'not-enough-responses',
    });
    expect(groupOf(results.bySector, 'education')).toMatchObject({
      suppressed: true,
      reason: 'protects-smaller-group',
    });
    expect(groupOf(results.bySector, 'health')).toMatchObject({ suppressed: false, n: 7 });
  });

  it('(c) the same youth example with merging on: youth becomes the small "other" group', () => {
    const results = computeRunResults(template, bySizes({ education: 12, health: 9, youth_support: 4 }));
    expect(results.bySector.map((group) => [group.group, group.reason ?? 'shown'])).toEqual([
      ['education', 'shown'],
      ['health', 'protects-smaller-group'],
      ['other', 'not-enough-responses'],
    ]);
  });

  it('never uses a threshold below 3, even when configured as 2', () => {
    const options = { anonymity: { minGroupSize: 2, mergeSmallSectors: false } };
    const shown = computeRunResults(template, bySizes({ education: 5, youth_support: 3 }), options);
    expect(shown.anonymity.minGroupSize).toBe(3);
    expect(groupOf(shown.bySector, 'youth_support')).toMatchObject({ suppressed: false, n: 3 });
    // A group of 2 is hidden, and youth (the smallest shown) with it, or total - the rest would give it away.
    const results = computeRunResults(
      template,
      bySizes({ education: 5, youth_support: 3, health: 2 }),
      options,
    );
    expect(groupOf(results.bySector, 'health')).toMatchObject({
      suppressed: true,
      reason: 'not-enough-responses',
    });
    expect(groupOf(results.bySector, 'youth_support')).toMatchObject({
      suppressed: true,
      reason: 'protects-smaller-group',
    });
    expect(groupOf(results.bySector, 'education')).toMatchObject({ suppressed: false, n: 5 });
    expect(computeRunResults(template, bySizes({ education: 2 }), options).suppressed).toBe(true);
    expect(resolveAnonymity({ minGroupSize: 0 }).minGroupSize).toBe(3);
    expect(resolveAnonymity({ minGroupSize: -4 }).minGroupSize).toBe(3);
    expect(resolveAnonymity({ minGroupSize: Number.NaN }).minGroupSize).toBe(5);
    expect(resolveAnonymity()).toEqual({ minGroupSize: 5, commentMinResponses: 10, mergeSmallSectors: true });
  });

  it('shows only the count when the whole run is below the threshold', () => {
    const responses = bySizes({ education: 4 }).map((response) => ({
      ...response,
      answers: { ...response.answers, q3: 'Consent', q4: 'secret comment' },
    }));
    const results = computeRunResults(template, responses, { audienceSize: 30 });
    expect(results).toMatchObject({ responseCount: 4, responseRate: 0.133, suppressed: true, bySector: [] });
    for (const question of results.questions) {
      expect(question).toEqual({
        questionId: question.questionId,
        type: question.type,
        n: null,
        suppressed: true,
        reason: 'run-too-small',
      });
    }
    expect(results.comments).toEqual({ hidden: expect.stringMatching(/at least 5 people/) });
    expect(JSON.stringify(results)).not.toMatch(/secret comment|Consent/);
  });

  it('(d) shows comments only from the comment threshold, sorted, never in submission order', () => {
    const comments = [
      'zebra crossing',
      'Apple',
      'mango',
      'banana',
      'cherry',
      'date',
      'elder',
      'fig',
      'grape',
      'kiwi',
    ];
    const responses = comments.map((q4, index) =>
      makeResponse(index < 5 ? 'education' : 'health', { q1: 4, q2: 4, q4 }),
    );
    const nine = computeRunResults(template, responses.slice(0, 9));
    expect(nine.comments).toEqual({ hidden: 'Comments are shown only when at least 10 people respond.' });
    expect(nine.questions[3]).toMatchObject({ type: 'comment', suppressed: true });
    const ten = computeRunResults(template, responses);
    expect(ten.comments).toEqual([...comments].sort());
    expect(ten.comments).not.toEqual(comments);
    // nothing ties a comment to a sector
    for (const group of ten.bySector) expect(JSON.stringify(group)).not.toMatch(/zebra|mango/);
  });

  it('(d) raises the comment threshold to the group threshold', () => {
    const anonymity = { minGroupSize: 6, commentMinResponses: 2 };
    expect(resolveAnonymity(anonymity).commentMinResponses).toBe(6);
    const responses = makeResponses('education', 6, (index) => ({ q1: 3, q2: 3, q4: `c${index}` }));
    const results = computeRunResults(template, responses, { anonymity });
    expect(results.anonymity.commentMinResponses).toBe(6);
    expect(results.comments).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
    // Below the group threshold the whole run is hidden, comments included.
    expect(computeRunResults(template, responses.slice(0, 5), { anonymity }).comments).toEqual({
      hidden: expect.stringMatching(/at least 6 people/),
    });
  });

  it('(e) hides a question whose answered n is below the threshold, keeping the count', () => {
    const responses = makeResponses('education', 20, (index) => ({
      q1: 4,
      q2: 4,
      ...(index < 4 ? { q3: 'Consent' } : {}),
    }));
    const q3 = computeRunResults(template, responses).questions[2];
    expect(q3).toEqual({
      questionId: 'q3',
      type: 'choice',
      n: 4,
      suppressed: true,
      reason: 'not-enough-responses',
    });
  });

  it('(e) within shown groups, hides a question too few answered, and protects it by subtraction too', () => {
    const responses = [
      ...makeResponses('education', 10, () => ({ q1: 4, q2: 4, q3: 'Systems' })),
      ...makeResponses('health', 10, (index) => ({ q1: 2, q2: 2, ...(index < 3 ? { q3: 'Consent' } : {}) })),
    ];
    const results = computeRunResults(template, responses);
    expect(results.questions[2]).toMatchObject({
      n: 13,
      suppressed: false,
      distribution: { Consent: 3, Systems: 10 },
    });
    const health = groupOf(results.bySector, 'health');
    const education = groupOf(results.bySector, 'education');
    expect(health).toMatchObject({ n: 10, suppressed: false });
    expect(health.questions[0]).toMatchObject({ questionId: 'q1', n: 10, mean: 2 });
    expect(health.questions[2]).toEqual({
      questionId: 'q3',
      type: 'choice',
      n: null,
      suppressed: true,
      reason: 'not-enough-responses',
    });
    expect(education.questions[2]).toMatchObject({
      suppressed: true,
      reason: 'protects-smaller-group',
      n: null,
    });
    expect(education.questions[0]).toMatchObject({ n: 10, mean: 4, suppressed: false });
  });

  it('never outputs respondent keys or submission times', () => {
    const responses = bySizes({ education: 12, health: 9, youth_support: 4 });
    const json = JSON.stringify(computeRunResults(template, responses));
    expect(json).not.toMatch(/respondent/i);
    expect(json).not.toMatch(/submittedAt|2026-03-01/);
    for (const response of responses) expect(json).not.toContain(response.respondentKey);
  });

  it('keeps the subtraction rule sound for many random sector mixes', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const sectors: Sector[] = ['education', 'health', 'youth_support', 'early_years', 'social_care', 'other'];
    for (let trial = 0; trial < 300; trial += 1) {
      const sizes: Partial<Record<Sector, number>> = {};
      for (const sector of sectors) if (random() < 0.7) sizes[sector] = Math.floor(random() * 12);
      const merge = random() < 0.5;
      const results = computeRunResults(template, bySizes(sizes), {
        anonymity: { mergeSmallSectors: merge },
      });
      if (results.suppressed) continue;
      const visibleTotal = results.bySector.reduce((sum, group) => sum + (group.n ?? 0), 0);
      const hidden = results.bySector.filter((group) => group.suppressed);
      const hiddenTotal = results.responseCount - visibleTotal;
      // Either nothing is hidden, or at least two groups holding at least 5 responses between them.
      if (hidden.length === 0) expect(hiddenTotal).toBe(0);
      else {
        expect(hidden.length).toBeGreaterThanOrEqual(2);
        expect(hiddenTotal).toBeGreaterThanOrEqual(5);
      }
      for (const group of results.bySector) if (!group.suppressed) expect(group.n).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('applyComplementarySuppression', () => {
  it('ignores empty groups, which neither need nor give protection', () => {
    const hidden: (SuppressionReason | undefined)[] = [
      'not-enough-responses',
      'not-enough-responses',
      undefined,
      undefined,
    ];
    applyComplementarySuppression([3, 0, 8, 6], hidden, 5);
    expect(hidden).toEqual([
      'not-enough-responses',
      'not-enough-responses',
      undefined,
      'protects-smaller-group',
    ]);
  });

  it('picks the smallest shown group, the first one on a tie', () => {
    const hidden: (SuppressionReason | undefined)[] = [
      undefined,
      undefined,
      'not-enough-responses',
      undefined,
    ];
    applyComplementarySuppression([7, 6, 4, 6], hidden, 5);
    expect(hidden).toEqual([undefined, 'protects-smaller-group', 'not-enough-responses', undefined]);
  });
});

describe('computeRunResults: performance', () => {
  it('computes 100,000 responses quickly, in one pass', () => {
    const trust = makeTemplate();
    const sectors: Sector[] = [
      'education',
      'health',
      'youth_support',
      'early_years',
      'social_care',
      'third_sector',
    ];
    const options = ['Consent', 'Systems', 'Time pressure', 'Time'];
    const responses: ResponseRecord[] = Array.from({ length: 100_000 }, (_, index) => ({
      respondentKey: `k${index}`,
      sector: sectors[index % sectors.length] as Sector,
      answers: {
        q1: (index % 5) + 1,
        q2: ((index * 7) % 5) + 1,
        q3: options[index % 4] as string,
        ...(index % 10 === 0 ? { q4: `comment ${index % 997}` } : {}),
      },
      submittedAt: new Date(0),
    }));
    // How long this takes is measured by `npm run bench` (pulse), not asserted here.
    const results = computeRunResults(trust, responses);
    expect(results.responseCount).toBe(100_000);
    expect(results.questions[0]).toMatchObject({ n: 100_000, mean: 3, median: 3 });
    expect(Array.isArray(results.comments) && results.comments.length).toBe(10_000);
  });
});
