import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { meetingStartInstant, parseLocalTime } from '../../../src/core/forums/index.ts';
import { isAppError } from '../../../src/core/shared/errors.ts';

const london = 'Europe/London';
const at = (date: string, time = '09:30', zone = london) =>
  meetingStartInstant(date, time, zone).toISOString();

describe('meetingStartInstant', () => {
  it('keeps a 09:30 London forum at 09:30 local either side of the March 2026 change (29 Mar)', () => {
    expect(at('2026-03-28')).toBe('2026-03-28T09:30:00.000Z'); // GMT
    expect(at('2026-03-29')).toBe('2026-03-29T08:30:00.000Z'); // BST from 01:00 UTC that day
    expect(at('2026-03-30')).toBe('2026-03-30T08:30:00.000Z');
  });

  it('keeps a 09:30 London forum at 09:30 local either side of the October 2026 change (25 Oct)', () => {
    expect(at('2026-10-24')).toBe('2026-10-24T08:30:00.000Z'); // BST
    expect(at('2026-10-25')).toBe('2026-10-25T09:30:00.000Z'); // GMT from 01:00 UTC that day
    expect(at('2026-10-26')).toBe('2026-10-26T09:30:00.000Z');
  });

  it('moves a time in the March gap forward by the gap: 01:30 becomes 02:30 BST', () => {
    const instant = meetingStartInstant('2026-03-29', '01:30', london);
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(DateTime.fromJSDate(instant, { zone: london }).toFormat('HH:mm ZZZZ', { locale: 'en-GB' })).toBe(
      '02:30 BST',
    );
    // The same rule as luxon's own.
    expect(DateTime.fromISO('2026-03-29T01:30', { zone: london }).toJSDate()).toEqual(instant);
  });

  it('reads a time that happens twice in October as the earlier, BST, one', () => {
    const instant = meetingStartInstant('2026-10-25', '01:30', london);
    expect(instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(DateTime.fromJSDate(instant, { zone: london }).toFormat('HH:mm ZZZZ', { locale: 'en-GB' })).toBe(
      '01:30 BST',
    );
    // Luxon alone would choose the later (GMT) reading, hence the explicit rule.
    expect(DateTime.fromISO('2026-10-25T01:30', { zone: london }).toUTC().toISO()).toBe(
      '2026-10-25T01:30:00.000Z',
    );
  });

  it('works in other zones, including negative offsets and no DST', () => {
    expect(at('2026-03-07', '10:00', 'America/New_York')).toBe('2026-03-07T15:00:00.000Z');
    expect(at('2026-03-09', '10:00', 'America/New_York')).toBe('2026-03-09T14:00:00.000Z');
    expect(at('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z'); // gap: 03:30 EDT
    expect(at('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z'); // twice: EDT
    expect(at('2026-07-01', '13:30', 'Asia/Tokyo')).toBe('2026-07-01T04:30:00.000Z');
    expect(at('2026-07-01', '13:30', 'UTC')).toBe('2026-07-01T13:30:00.000Z');
  });

  it('matches luxon every day of 2026, and takes the earlier instant of a repeated time', () => {
    let repeatedSeen = 0;
    for (const zone of [london, 'America/New_York', 'Australia/Sydney']) {
      for (let day = 0; day < 365; day += 1) {
        const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
        for (const time of ['00:15', '01:30', '02:30', '13:30']) {
          const byLuxon = DateTime.fromISO(`${date}T${time}`, { zone }).toMillis();
          // Every instant that reads as this wall time; more than one inside a repeated hour.
          const readings = [byLuxon - 3_600_000, byLuxon, byLuxon + 3_600_000].filter(
            (instant) =>
              DateTime.fromMillis(instant, { zone }).toFormat('yyyy-MM-dd HH:mm') === `${date} ${time}`,
          );
          const repeated = readings.length > 1;
          const expected = DateTime.fromMillis(readings.length > 0 ? Math.min(...readings) : byLuxon);
          if (repeated) repeatedSeen += 1;
          expect(meetingStartInstant(date, time, zone).getTime(), `${zone} ${date} ${time}`).toBe(
            expected.toMillis(),
          );
        }
      }
    }
    // London 01:30 on 25 Oct, New York 01:30 on 1 Nov, Sydney 02:30 on 5 Apr.
    expect(repeatedSeen).toBe(3);
  });

  it('rejects bad dates, times and zones with BAD_INPUT and an example', () => {
    for (const call of [
      () => meetingStartInstant('2026-02-30', '09:30', london),
      () => meetingStartInstant('2026-03-10', '25:00', london),
      () => meetingStartInstant('2026-03-10', '9:30', london),
      () => meetingStartInstant('2026-03-10', '09:30', 'Mars/Olympus_Mons'),
    ]) {
      expect(call).toThrow(/Use|use/);
      try {
        call();
      } catch (error) {
        expect(isAppError(error, 'BAD_INPUT')).toBe(true);
      }
    }
    expect(parseLocalTime('23:59')).toEqual({ hour: 23, minute: 59 });
  });
});
