import { describe, expect, it } from 'vitest';
import { readClockTime } from '../../../src/core/forums/read-clock-time.ts';

describe('readClockTime', () => {
  it('reads the times people type as 24-hour HH:mm', () => {
    expect(readClockTime('10am')).toBe('10:00');
    expect(readClockTime('1.30pm')).toBe('13:30');
    expect(readClockTime('12pm')).toBe('12:00');
    expect(readClockTime('12am')).toBe('00:00');
    expect(readClockTime('13.30')).toBe('13:30');
    expect(readClockTime('9:00')).toBe('09:00');
    expect(readClockTime('13:30')).toBe('13:30');
    expect(readClockTime('noon')).toBe('12:00');
  });

  it('leaves what it cannot read as typed, for validation to refuse', () => {
    for (const typed of ['25:00', 'ten', '13pm', '10', '']) expect(readClockTime(typed)).toBe(typed);
  });
});
