import type { RsvpAnswer } from '../core/forums/ports.ts';
import type { PrismaClient } from './client.ts';

const DAY = 86_400_000;

/** RSVP counts kept on a meeting once its individual answers have been deleted. */
export type KeptRsvpCounts = Record<RsvpAnswer, number>;

/** Reads `forum_occurrence.rsvp_counts`, tolerating a missing or partial value. */
export function readKeptRsvpCounts(value: unknown): KeptRsvpCounts {
  const v = (value ?? {}) as Partial<Record<RsvpAnswer, unknown>>;
  const n = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : 0);
  return { going: n(v.going), not_going: n(v.not_going), maybe: n(v.maybe) };
}

/**
 * Rolls the RSVPs of meetings that ended more than `retentionDays` before `now` up into their
 * meeting's `rsvp_counts` and deletes them. One statement, so one transaction: the counts are
 * added to whatever was kept before (the same meeting rolled up twice still counts each answer
 * once) and a failure leaves every answer where it was. Returns how many meetings and answers.
 */
export async function rollUpPastRsvps(
  prisma: PrismaClient,
  now: Date,
  retentionDays: number,
): Promise<{ meetings: number; rsvps: number }> {
  const before = new Date(now.getTime() - retentionDays * DAY);
  const rows = await prisma.$queryRaw<{ id: string; n: number }[]>`
    WITH gone AS (
      DELETE FROM forum_rsvp r
      USING forum_occurrence o
      WHERE o.id = r.occurrence_id AND o.ends_at < ${before}
      RETURNING r.occurrence_id, r.answer
    ), counted AS (
      SELECT occurrence_id,
             count(*) FILTER (WHERE answer = 'going')::int AS going,
             count(*) FILTER (WHERE answer = 'not_going')::int AS not_going,
             count(*) FILTER (WHERE answer = 'maybe')::int AS maybe,
             count(*)::int AS n
      FROM gone GROUP BY occurrence_id
    )
    UPDATE forum_occurrence o
    SET rsvp_counts = jsonb_build_object(
      'going', COALESCE((o.rsvp_counts->>'going')::int, 0) + c.going,
      'not_going', COALESCE((o.rsvp_counts->>'not_going')::int, 0) + c.not_going,
      'maybe', COALESCE((o.rsvp_counts->>'maybe')::int, 0) + c.maybe)
    FROM counted c
    WHERE o.id = c.occurrence_id
    RETURNING o.id, c.n`;
  return { meetings: rows.length, rsvps: rows.reduce((sum, r) => sum + Number(r.n), 0) };
}
