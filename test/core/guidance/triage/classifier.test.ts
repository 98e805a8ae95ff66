import { describe, expect, it } from 'vitest';
import {
  FEATURE_BITS,
  featuresOf,
  featureWindows,
  sentencesOf,
} from '../../../../src/core/guidance/triage/classifier/features.ts';
import { logit, trainLogistic } from '../../../../src/core/guidance/triage/classifier/linear-model.ts';
import {
  classify,
  readTriageModel,
  shippedTriageModel,
  type TriageModel,
  writeTriageModel,
} from '../../../../src/core/guidance/triage/classifier/triage-model.ts';
import { assessUrgency } from '../../../../src/core/guidance/triage/index.ts';
import { normaliseForTriage } from '../../../../src/core/guidance/triage/triage-normalise.ts';

const dimensions = 1 << FEATURE_BITS;
const vector = (text: string) => featuresOf(sentencesOf(normaliseForTriage(text).text));

describe('triage features', () => {
  it('reads words, word pairs and character grams, each group at unit length', () => {
    const x = vector('dad is hitting him');
    expect(x.indices.length).toBe(x.values.length);
    expect(x.indices.every((i) => i < dimensions)).toBe(true);
    const lengths = new Map<number, number>();
    for (const value of x.values) lengths.set(value, (lengths.get(value) ?? 0) + value * value);
    // Two groups (words and pairs; character grams), each summing to 1, plus any frame flags.
    const unit = [...lengths.entries()].filter(([value]) => value < 0.5).map(([, sum]) => sum);
    expect(unit).toHaveLength(2);
    for (const sum of unit) expect(sum).toBeCloseTo(1, 5);
  });

  it('gives the same features for the same words however they are typed', () => {
    const a = vector('DAD IS   hitting\nhim!!!');
    const b = vector('dad is hitting him');
    expect([...a.indices].sort()).toEqual([...b.indices].sort());
  });

  it('reads a short message whole and a long one also by sentences, a bounded number of times', () => {
    expect(featureWindows(normaliseForTriage('one. two. three').text)).toHaveLength(1);
    const long = normaliseForTriage('We met the family today. '.repeat(500)).text;
    const windows = featureWindows(long);
    expect(windows.length).toBeGreaterThan(1);
    expect(windows.length).toBeLessThanOrEqual(1 + 2 * 13);
  });
});

describe('logistic regression', () => {
  it('learns to separate two kinds of message', () => {
    const concern = ['he hit me', 'dad hits her', 'mum hit him again', 'uncle hits them'];
    const ordinary = [
      'the forum is on tuesday',
      'can i book the room',
      'the survey is open',
      'agenda for tuesday',
    ];
    const model = trainLogistic(
      [
        ...concern.map((text) => ({ x: vector(text), y: 1 as const, weight: 1 })),
        ...ordinary.map((text) => ({ x: vector(text), y: 0 as const, weight: 1 })),
      ],
      { dimensions, l2: 0.0001, iterations: 100, learningRate: 0.05 },
    );
    expect(logit(model, vector('she hit him'))).toBeGreaterThan(0);
    expect(logit(model, vector('is the room booked for the forum'))).toBeLessThan(0);
  });
});

describe('the triage model file', () => {
  const tiny = (): TriageModel => {
    const weights = new Float32Array(dimensions);
    weights[7] = 0.5;
    weights[dimensions - 1] = -1.25;
    return {
      concern: { bias: -0.5, weights },
      now: { bias: 0.25, weights: new Float32Array(dimensions) },
      thresholds: { concern: 0.9, veto: 0.1, now: 0.2 },
      meta: { note: 'test' },
    };
  };

  it('reads back what it wrote, weights to 16-bit precision', () => {
    const read = readTriageModel(writeTriageModel(tiny()));
    expect(read.thresholds).toEqual({ concern: 0.9, veto: 0.1, now: 0.2 });
    expect(read.concern.bias).toBe(-0.5);
    expect(read.concern.weights[7]).toBeCloseTo(0.5, 4);
    expect(read.concern.weights[dimensions - 1]).toBeCloseTo(-1.25, 4);
    expect(read.now.bias).toBe(0.25);
    expect(read.meta).toEqual({ note: 'test' });
  });

  it('refuses a file that is not a model or is cut short', () => {
    const bytes = writeTriageModel(tiny());
    expect(() => readTriageModel(bytes.subarray(0, bytes.length - 2))).toThrow(/truncated/);
    expect(() => readTriageModel(new TextEncoder().encode('JUWV and more'))).toThrow(/not a joinedup/);
    expect(() => readTriageModel(new Uint8Array(0))).toThrow();
  });

  it('is shipped, and scores a message as probabilities', () => {
    const model = shippedTriageModel();
    expect(model).not.toBeNull();
    const verdict = classify(model as TriageModel, normaliseForTriage('dad is hitting him right now').text);
    expect(verdict.concern).toBeGreaterThan(0.5);
    expect(verdict.concern).toBeLessThanOrEqual(1);
    expect(verdict.whole).toBe(true);
    const empty = classify(model as TriageModel, '');
    expect(empty.concern).toBeLessThan((model as TriageModel).thresholds.concern);
  });
});

describe('rules and classifier together', () => {
  it.each([
    "kid says mum's new fella makes him sleep in the car when hes been bad",
    "yr 11 said 'dad says if im gay he'll send me away to get fixed'",
  ])('catches a concern no rule names, with the classifier reason: %s', (text) => {
    const result = assessUrgency(text);
    expect(result.urgent).toBe(true);
    expect(result.reasons).toEqual(['safeguarding_concern']);
    expect(['now', 'today']).toContain(result.tier);
  });

  it.each([
    'he has never hit her',
    'mum says dad hit her last year but he has moved out now',
    'the child is not in danger',
  ])('does not bring back a harm the rules read as negated or settled history: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });

  it('never overturns a rule on a message about this moment', () => {
    expect(assessUrgency('what should I do if a child is in danger right now').tier).toBe('now');
  });
});
