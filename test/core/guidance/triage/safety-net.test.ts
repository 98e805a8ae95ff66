import { describe, expect, it } from 'vitest';
import { mentionsHarm, SAFETY_NET_LINE, withSafetyNet } from '../../../../src/core/guidance/triage/index.ts';

describe('mentionsHarm', () => {
  it.each([
    'what should I do if a child discloses abuse?',
    'is smacking legal in England?',
    'how do I refer a child carrying a knife',
    'mum is scared of her ex, can we do a TAF?',
    'training on self-harm for year 9 staff',
    'can a CAF help a family after domestic abuse?',
    'wat if a kid sez hes bein hurt at home',
  ])('notices harm, abuse, fear or injury: %s', (text) => {
    expect(mentionsHarm(text)).toBe(true);
  });

  it.each([
    'who can be a lead professional',
    'we hit the deadline',
    'our team is burnt out',
    'the consent form is missing a signature',
    'my manager will kill me if the report is late',
    'funding cuts again this year',
  ])('leaves ordinary work talk alone: %s', (text) => {
    expect(mentionsHarm(text)).toBe(false);
  });

  it('never throws on odd input', () => {
    expect(mentionsHarm(undefined as unknown as string)).toBe(false);
    expect(mentionsHarm('\u0000'.repeat(10_000))).toBe(false);
  });
});

describe('withSafetyNet', () => {
  it('adds the line once, at the end', () => {
    const once = withSafetyNet('what are the signs of neglect', 'Here is the answer.');
    expect(once).toBe(`Here is the answer.\n\n${SAFETY_NET_LINE}`);
    expect(withSafetyNet('what are the signs of neglect', once)).toBe(once);
  });
});
