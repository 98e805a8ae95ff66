import { AppError } from '../shared/errors.ts';
import type { Cadence, NthWeekday, Weekday } from './types.ts';
import { WEEKDAYS } from './types.ts';

/**
 * Splits a command's arguments into words and `key=value` options; quotes group words
 * (straight or curly), so `name="North CAF Forum"` and `"North CAF Forum"` both work.
 */
export function tokenizeArguments(text: string): { words: string[]; options: Record<string, string> } {
  const words: string[] = [];
  const options: Record<string, string> = {};
  const pattern = /([a-z][a-z0-9_-]*)=(?:"([^"]*)"|“([^”]*)”|'([^']*)'|(\S+))|"([^"]*)"|“([^”]*)”|(\S+)/gi;
  for (const m of text.matchAll(pattern)) {
    if (m[1]) options[m[1].toLowerCase().replace(/-/g, '_')] = (m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').trim();
    else words.push((m[6] ?? m[7] ?? m[8] ?? '').trim());
  }
  return { words, options };
}

const ordinals: Record<string, NthWeekday> = {
  '1st': 1,
  first: 1,
  '2nd': 2,
  second: 2,
  '3rd': 3,
  third: 3,
  '4th': 4,
  fourth: 4,
  last: -1,
};

const numbers: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, six: 6, twelve: 12 };

function weekdayOf(word: string): Weekday | undefined {
  const w = word.toLowerCase();
  return WEEKDAYS.find((d) => d === w || d.slice(0, 3) === w || `${d}s` === w);
}

function countOf(word: string | undefined): number {
  if (!word) return 1;
  const n = numbers[word.toLowerCase()] ?? Number(word);
  return Number.isFinite(n) ? n : Number.NaN;
}

const cadenceHelp =
  'Describe the cadence like "every 2 months on the 2nd tuesday", "monthly on the last friday", "every 3 weeks on wednesday" or "every month on day 15".';

/** Reads a cadence written in words; the numbers are checked later by the forum validation. */
export function parseCadencePhrase(phrase: string): Cadence {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const weekly = /^(?:every (?:(\w+) )?weeks? on|weekly on|fortnightly on) (\w+)$/.exec(p);
  if (weekly?.[2]) {
    const weekday = weekdayOf(weekly[2]);
    if (!weekday)
      throw new AppError('BAD_INPUT', `"${weekly[2]}" is not a weekday. ${cadenceHelp}`, {
        field: 'cadence',
      });
    return { kind: 'weekly', intervalWeeks: p.startsWith('fortnightly') ? 2 : countOf(weekly[1]), weekday };
  }
  const nth = /^(?:every (?:(\w+) )?months? on|monthly on|bimonthly on|quarterly on) the (\w+) (\w+)$/.exec(
    p,
  );
  if (nth?.[2] && nth[3]) {
    const which = ordinals[nth[2]];
    const weekday = weekdayOf(nth[3]);
    if (which !== undefined && weekday) {
      const interval = p.startsWith('bimonthly') ? 2 : p.startsWith('quarterly') ? 3 : countOf(nth[1]);
      return { kind: 'monthly_weekday', intervalMonths: interval, weekday, nth: which };
    }
  }
  const day = /^(?:every (?:(\w+) )?months? on|monthly on) (?:day |the )?(\d{1,2})(?:st|nd|rd|th)?$/.exec(p);
  if (day?.[2]) return { kind: 'monthly_day', intervalMonths: countOf(day[1]), dayOfMonth: Number(day[2]) };
  throw new AppError('BAD_INPUT', `I could not read the cadence "${phrase}". ${cadenceHelp}`, {
    field: 'cadence',
  });
}

/** "yes", "no", "true", "false"... for options such as `host=no`. */
export function parseYesNo(value: string | undefined, what: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (/^(yes|y|true|1)$/i.test(value)) return true;
  if (/^(no|n|false|0)$/i.test(value)) return false;
  throw new AppError('BAD_INPUT', `${what} must be yes or no.`);
}

/** A comma-separated list, trimmed, empties dropped. */
export function parseList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim().replace(/^<@?|>$/g, ''))
    .filter(Boolean);
}
