import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../../src/core/forums/types.ts';
import { closestSector, parseSector } from '../../../src/core/pulse/parse-sector.ts';

describe('parseSector', () => {
  it('knows the nine workforce sectors plus police, housing and other', () => {
    expect(SECTORS).toHaveLength(12);
    for (const sector of SECTORS) expect(parseSector(sector)).toBe(sector);
  });

  it('understands the everyday names people type', () => {
    expect(parseSector('voluntary')).toBe('third_sector');
    expect(parseSector('Social care')).toBe('social_care');
    expect(parseSector("children's social care")).toBe('social_care');
    expect(parseSector('NHS')).toBe('health');
    expect(parseSector('school')).toBe('education');
    expect(parseSector('the police')).toBe('police');
    expect(parseSector('Housing association')).toBe('housing');
    expect(parseSector('YOT')).toBe('youth_offending');
    expect(parseSector('early-years')).toBe('early_years');
  });

  it('refuses what it does not know', () => {
    expect(parseSector('banana')).toBeUndefined();
    expect(parseSector('')).toBeUndefined();
  });
});

describe('closestSector', () => {
  it('finds the sector a typo was meant for', () => {
    expect(closestSector('polce')).toBe('police');
    expect(closestSector('eduction')).toBe('education');
    expect(closestSector('volutary')).toBe('third_sector');
    expect(closestSector('shools')).toBe('education');
  });

  it('suggests nothing for a word far from every sector', () => {
    expect(closestSector('banana')).toBeUndefined();
    expect(closestSector('')).toBeUndefined();
  });
});
