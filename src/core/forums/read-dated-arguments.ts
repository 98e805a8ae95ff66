// English only: the whole package loads every language chrono knows, which cost 0.2 s of each start.
import { GB } from 'chrono-node/en';
import { formatDayAndDate } from './local-dates.ts';

/** A date as someone typed it and as it was read. */
export interface ReadDate {
  /** 'YYYY-MM-DD'. */
  iso: string;
  /** The words it was read from ("12 Jan", "next Tuesday"). */
  said: string;
  /** False when typed as YYYY-MM-DD: nothing to echo back. */
  natural: boolean;
}

/** The arguments of a command about meetings: a forum, dates, and words after them. */
export interface DatedArguments {
  forum?: string;
  dates: ReadDate[];
  /** What follows the last date (an agency, a venue, a link). */
  trailing?: string;
}

/** Text between the dates, without the blanked-out quoted names. */
const unblank = (text: string) => text.replace(/_{2,}/g, ' ').replace(/\s+/g, ' ').trim();

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a command's words (options already taken out) for dates written in UK day-first style:
 * "12 Jan", "14/09/2027", "next Tuesday", "tomorrow" or 2027-03-09. A date without a year is the
 * next one on or after `today` ('YYYY-MM-DD' in the forum's zone). Quoted text is never read as a
 * date: the first quoted name before the dates is the forum, the rest is trailing text.
 */
export function readDatedArguments(text: string, today: string): DatedArguments {
  const quoted: { index: number; text: string }[] = [];
  // Blank out quoted names so "Forum 12" is not read as a date, keeping the offsets.
  const blanked = text.replace(
    /"([^"]*)"|“([^”]*)”/g,
    (whole, a: string | undefined, b: string | undefined, index: number) => {
      quoted.push({ index, text: (a ?? b ?? '').trim() });
      return '_'.repeat(whole.length);
    },
  );
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const reference = new Date(year, month - 1, day, 12, 0, 0);
  const found = GB.parse(blanked, reference, { forwardDate: true });
  const dates = found.map((r) => ({
    iso: `${r.start.get('year')}-${pad(r.start.get('month') ?? 1)}-${pad(r.start.get('day') ?? 1)}`,
    said: r.text,
    natural: !/^\d{4}-\d{2}-\d{2}$/.test(r.text.trim()),
    index: r.index,
    end: r.index + r.text.length,
  }));
  const first = dates[0]?.index ?? blanked.length;
  const last = dates.at(-1)?.end ?? blanked.length;
  const before = [
    ...quoted.filter((q) => q.index < first).map((q) => q.text),
    unblank(blanked.slice(0, first)),
  ].filter(Boolean);
  const after = [
    ...quoted.filter((q) => q.index >= last).map((q) => q.text),
    dates.length > 0 ? unblank(blanked.slice(last)) : '',
  ].filter(Boolean);
  const result: DatedArguments = { dates: dates.map(({ iso, said, natural }) => ({ iso, said, natural })) };
  const forum = before[0];
  if (forum) result.forum = forum.replace(/\s+(and|with|to|on)$/i, '');
  if (after.length > 0) result.trailing = after.join(' ').replace(/^(to|with|as)\s+/i, '');
  return result;
}

/** "12 Jan" → "Tue 12 Jan 2027", for echoing a date back. */
export function describeReadDates(dates: readonly ReadDate[]): string {
  return dates
    .map((d) => (d.natural ? `"${d.said}" as ${formatDayAndDate(d.iso)}` : formatDayAndDate(d.iso)))
    .join(' and ');
}
