// One way of writing dates across the dashboard's pages, tables, charts and downloads:
// days as "Tue 12 Jan 2027", times as "13:30", months as "Jan 2027" (UK order, no ambiguity).
import { DateTime } from 'luxon';
import { formatDayAndDate } from '../../core/forums/local-dates.ts';

const LONDON = 'Europe/London';

/** A calendar day ('YYYY-MM-DD') as "Tue 12 Jan 2027". */
export const dayText = (isoDay: string): string => formatDayAndDate(isoDay);

/** An instant's day in a time zone as "Tue 12 Jan 2027". */
export const dateText = (at: Date, zone = LONDON): string =>
  dayText(DateTime.fromJSDate(at, { zone }).toISODate() ?? at.toISOString().slice(0, 10));

/** An instant as "Tue 12 Jan 2027, 13:30" in a time zone. */
export const dateTimeText = (at: Date, zone = LONDON): string =>
  `${dateText(at, zone)}, ${DateTime.fromJSDate(at, { zone }).toFormat('HH:mm')}`;

/** A month ('YYYY-MM') as "Jan 2027", the label every chart uses for months. */
export const monthText = (isoMonth: string): string =>
  DateTime.fromISO(`${isoMonth}-01`, { zone: 'utc' }).toFormat('LLL yyyy');

/** The d3 time format charts use for month ticks, matching `monthText`. */
export const MONTH_AXIS_FORMAT = '%b %Y';

/** A 0-1 share as a whole percentage, "76%". */
export const percentText = (share: number): string => `${Math.round(share * 100)}%`;

/** A change in points with its sign, "+8 points", "−3 points", "no change". */
export function pointsText(change: number): string {
  if (change === 0) return 'no change';
  const size = Math.abs(change);
  return `${change > 0 ? 'up' : 'down'} ${size} point${size === 1 ? '' : 's'}`;
}

/** Breaks text into lines of at most `width` characters at spaces, joined by "\n". */
export function wrapText(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
