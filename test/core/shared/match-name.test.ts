import { describe, expect, it } from 'vitest';
import { matchName } from '../../../src/core/shared/match-name.ts';

describe('matchName', () => {
  it('finds a name by its start, ignoring emoji and punctuation around the words', () => {
    const names = ['🌟 East Forum 🌟', 'North CAF Forum'];
    expect(matchName('east', names)).toEqual({ match: '🌟 East Forum 🌟' });
    expect(matchName('East Forum', names)).toEqual({ match: '🌟 East Forum 🌟' });
    expect(matchName('north', names)).toEqual({ match: 'North CAF Forum' });
  });

  it('matches through hyphens, ampersands and typographic apostrophes', () => {
    const names = ['Drug & Alcohol Service', 'Children’s Centre', 'Youth-Hub'];
    expect(matchName('drug alc', names)).toEqual({ match: 'Drug & Alcohol Service' });
    expect(matchName("children's", names)).toEqual({ match: 'Children’s Centre' });
    expect(matchName('youth hub', names)).toEqual({ match: 'Youth-Hub' });
  });

  it('still tells several names that fit apart', () => {
    expect(matchName('north', ['North A', 'North B'])).toEqual({ ambiguous: ['North A', 'North B'] });
  });
});
