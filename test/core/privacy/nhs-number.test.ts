import { describe, expect, it } from 'vitest';
import { isValidNhsNumber } from '../../../src/core/privacy/index.ts';

// Reference implementation of the Modulus 11 rule, written independently of the one under test.
function checkDigit(nineDigits: string): number | undefined {
  const sum = [...nineDigits].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

describe('isValidNhsNumber', () => {
  it('accepts valid numbers in every supported spacing', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('943-476-5919')).toBe(true);
    expect(isValidNhsNumber('401 023 2137')).toBe(true);
    expect(isValidNhsNumber('0123456789')).toBe(true);
  });

  it('rejects 485 777 3456, whose check digit should be 7', () => {
    // Often quoted as an example NHS number, but 4*10+8*9+5*8+7*7+7*6+7*5+3*4+4*3+5*2 = 312,
    // 312 mod 11 = 4, so the check digit is 11 - 4 = 7, not 6.
    expect(isValidNhsNumber('485 777 3456')).toBe(false);
    expect(isValidNhsNumber('485 777 3457')).toBe(true);
  });

  it('rejects every near-miss of a valid number (one digit changed)', () => {
    const valid = '9434765919';
    for (let position = 0; position < 10; position += 1) {
      for (let digit = 0; digit <= 9; digit += 1) {
        const candidate = valid.slice(0, position) + digit + valid.slice(position + 1);
        if (candidate === valid) continue;
        expect(isValidNhsNumber(candidate), candidate).toBe(false);
      }
    }
  });

  it('rejects transposed neighbouring digits', () => {
    expect(isValidNhsNumber('9434765991')).toBe(false);
    expect(isValidNhsNumber('4934765919')).toBe(false);
  });

  it('treats a remainder giving 11 as check digit 0', () => {
    // Search for a prefix whose weighted sum is a multiple of 11, so 11 - 0 = 11 maps to 0.
    const zeroCheck = findNineDigits((check) => check === 0);
    expect(isValidNhsNumber(`${zeroCheck}0`)).toBe(true);
    expect(isValidNhsNumber(`${zeroCheck}1`)).toBe(false);
  });

  it('never accepts a number whose check digit would be 10', () => {
    const tenCheck = findNineDigits((check) => check === undefined);
    for (let digit = 0; digit <= 9; digit += 1) {
      expect(isValidNhsNumber(`${tenCheck}${digit}`)).toBe(false);
    }
  });

  it('agrees with the reference rule on a sweep of numbers', () => {
    for (let n = 400_000_000; n < 400_002_000; n += 7) {
      const nine = String(n);
      const check = checkDigit(nine);
      for (let digit = 0; digit <= 9; digit += 1) {
        expect(isValidNhsNumber(`${nine}${digit}`)).toBe(check === digit);
      }
    }
  });

  it('rejects wrong lengths and non-digits', () => {
    expect(isValidNhsNumber('')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('943 476 591a')).toBe(false);
  });
});

function findNineDigits(predicate: (check: number | undefined) => boolean): string {
  for (let n = 100_000_000; ; n += 1) {
    const nine = String(n);
    if (predicate(checkDigit(nine))) return nine;
  }
}
