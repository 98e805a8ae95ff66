import { DateTime } from 'luxon';
import type { Clock } from '../../core/shared/ports.ts';

/** A clock the console moves by hand (`advance 2w`), to try a term of forum posts in minutes. */
export class SimulatedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    if (at > this.current) this.current = new Date(at);
  }
}

const UNITS: Record<string, 'minutes' | 'hours' | 'days' | 'weeks'> = {
  m: 'minutes',
  min: 'minutes',
  mins: 'minutes',
  minute: 'minutes',
  minutes: 'minutes',
  h: 'hours',
  hour: 'hours',
  hours: 'hours',
  d: 'days',
  day: 'days',
  days: 'days',
  w: 'weeks',
  week: 'weeks',
  weeks: 'weeks',
};

/** Reads "2w", "3 days", "90m" (at most a year); undefined when it is not a duration. */
export function readDuration(
  text: string,
): { amount: number; unit: 'minutes' | 'hours' | 'days' | 'weeks' } | undefined {
  const m = /^(\d{1,4})\s*([a-z]+)$/i.exec(text.trim());
  const unit = m?.[2] ? UNITS[m[2].toLowerCase()] : undefined;
  if (!m || !unit) return undefined;
  const amount = Number(m[1]);
  const days = { minutes: amount / 1440, hours: amount / 24, days: amount, weeks: amount * 7 }[unit];
  return amount > 0 && days <= 366 ? { amount, unit } : undefined;
}

/** The time as a coordinator reads it, in London. */
export function describeSimulatedTime(at: Date): string {
  return DateTime.fromJSDate(at, { zone: 'Europe/London' }).toFormat("ccc d LLL yyyy HH:mm '(UK time)'");
}

/**
 * Moves the clock to `target` the way time would pass: the scheduler ticks at each moment a post
 * falls due (so each goes out on time, in order, never marked late), and once more at the end.
 */
export async function advanceSimulatedClock(
  clock: SimulatedClock,
  target: Date,
  deps: { tick: () => Promise<void>; nextDueAt: (until: Date) => Promise<Date | null> },
): Promise<void> {
  await deps.tick();
  for (let step = 0; step < 10_000; step++) {
    const next = await deps.nextDueAt(target);
    if (!next) break;
    // A post kept back (a retry) may be due already: move on a minute rather than spin.
    clock.set(next > clock.now() ? next : new Date(clock.now().getTime() + 60_000));
    if (clock.now() > target) break;
    await deps.tick();
  }
  clock.set(target);
  await deps.tick();
}
