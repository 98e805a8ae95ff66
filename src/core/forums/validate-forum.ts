// Checks what a coordinator typed (or a stored row) before it becomes a ForumSeries or Agency.
// Every problem is reported at once, in words, with an example of what would be accepted.
import { z } from 'zod';
import { AppError } from '../shared/errors.ts';
import { isIsoDate } from './local-dates.ts';
import type { Agency, ForumSeries } from './types.ts';
import { NATIONS, SECTORS, WEEKDAYS } from './types.ts';
import { canonicalZoneName } from './zone-offsets.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is missing` : `${what} must be text`) })
    .trim()
    .min(1, { error: `${what} must not be empty` });

const isoDate = (what: string) =>
  z.string({ error: `${what} must be a date written YYYY-MM-DD, e.g. 2026-03-10` }).refine(isIsoDate, {
    error: (issue) => `${what} "${issue.input}" is not a real date: use YYYY-MM-DD, e.g. 2026-03-10`,
  });

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a number from ${min} to ${max}` })
    .refine((value) => Number.isInteger(value) && value >= min && value <= max, {
      error: (issue) => `${what} must be a whole number from ${min} to ${max} (got ${issue.input})`,
    });

const weekday = z.enum(WEEKDAYS, { error: 'the weekday must be one of monday to sunday' });

const cadenceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('weekly'),
      intervalWeeks: wholeNumber('the interval in weeks', 1, 52),
      weekday,
    }),
    z.object({
      kind: z.literal('monthly_day'),
      intervalMonths: wholeNumber('the interval in months', 1, 24),
      dayOfMonth: wholeNumber('the day of the month', 1, 31),
    }),
    z.object({
      kind: z.literal('monthly_weekday'),
      intervalMonths: wholeNumber('the interval in months', 1, 24),
      weekday,
      nth: z.literal([1, 2, 3, 4, -1], {
        error: 'which weekday of the month must be 1, 2, 3, 4 or -1 (the last)',
      }),
    }),
  ],
  { error: 'the cadence kind must be weekly, monthly_day or monthly_weekday' },
);

const timeZone = z
  .string({ error: 'the time zone must be an IANA name such as Europe/London' })
  .default('Europe/London')
  .transform((value, context) => {
    const canonical = canonicalZoneName(value.trim());
    if (!canonical) {
      context.issues.push({
        code: 'custom',
        input: value,
        message: `the time zone "${value}" is not known: use an IANA name such as Europe/London`,
      });
      return z.NEVER;
    }
    return canonical;
  });

/** A forum series as typed or stored; optional settings take their defaults. */
export const forumSeriesSchema = z
  .object({
    id: text('the forum id'),
    workspaceId: text('the workspace id'),
    name: text('the forum name').pipe(
      z.string().max(120, { error: 'the forum name must be 120 characters or fewer' }),
    ),
    channelId: text('the channel'),
    timeZone,
    startTime: z
      .string({ error: 'the start time must be written HH:mm, e.g. 13:30' })
      .refine((value) => TIME.test(value), {
        error: (issue) => `the start time "${issue.input}" is not a time: use 24-hour HH:mm, e.g. 13:30`,
      }),
    durationMinutes: wholeNumber('the duration in minutes', 1, 24 * 60),
    cadence: cadenceSchema,
    startDate: isoDate('the start date'),
    endDate: isoDate('the end date').optional(),
    nation: z
      .enum(NATIONS, { error: 'the nation must be england_wales, scotland or northern_ireland' })
      .default('england_wales'),
    holidayRule: z
      .enum(['move_next_working_day', 'flag'], {
        error: 'the holiday rule must be move_next_working_day or flag',
      })
      .default('move_next_working_day'),
    venueRule: z.string().trim().min(1).optional(),
    horizon: wholeNumber('the number of meetings planned ahead', 1, 52).default(3),
    hostReminderDays: wholeNumber('the host reminder (days before)', 0, 90).default(14),
    memberReminderDays: wholeNumber('the member reminder (days before)', 0, 30).default(2),
    announceDays: wholeNumber('the announcement (days before)', 0, 365).default(28),
  })
  .superRefine((series, context) => {
    if (series.endDate !== undefined && series.endDate < series.startDate) {
      context.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: `the end date ${series.endDate} is before the start date ${series.startDate}: pick an end date after the start`,
      });
    }
  });

/** A member agency as typed or stored; `canHost` and `active` default to true. */
export const agencySchema = z.object({
  id: text('the agency id'),
  name: text('the agency name').pipe(
    z.string().max(120, { error: 'the agency name must be 120 characters or fewer' }),
  ),
  sector: z.enum(SECTORS, { error: `the sector must be one of ${SECTORS.join(', ')}` }),
  contacts: z.array(text('a contact')).default([]),
  canHost: z.boolean({ error: 'canHost must be true or false' }).default(true),
  venue: z.string().trim().min(1).optional(),
  nation: z
    .enum(NATIONS, { error: 'the nation must be england_wales, scotland or northern_ireland' })
    .optional(),
  blackoutDates: z
    .array(isoDate('a blackout date'))
    .default([])
    .transform((dates) => [...new Set(dates)].sort()),
  active: z.boolean({ error: 'active must be true or false' }).default(true),
});

function describeIssues(error: z.ZodError): string {
  const messages = [...new Set(error.issues.map((issue) => issue.message))];
  return messages.join('; ');
}

/** The schema key the first problem concerns (`startTime`, `cadence`...), for showing it beside its field. */
function firstField(error: z.ZodError): string | undefined {
  const key = error.issues[0]?.path[0];
  return typeof key === 'string' ? key : undefined;
}

/** Validates and normalises a forum series. Throws BAD_INPUT listing every problem. */
export function parseForumSeries(input: unknown): ForumSeries {
  const result = forumSeriesSchema.safeParse(input);
  if (!result.success) {
    throw new AppError('BAD_INPUT', `The forum settings need fixing: ${describeIssues(result.error)}.`, {
      field: firstField(result.error),
    });
  }
  const { venueRule, endDate, ...rest } = result.data;
  return {
    ...rest,
    ...(endDate === undefined ? {} : { endDate }),
    ...(venueRule === undefined ? {} : { venueRule }),
  };
}

/** Validates and normalises one agency. Throws BAD_INPUT listing every problem. */
export function parseAgency(input: unknown): Agency {
  const result = agencySchema.safeParse(input);
  if (!result.success) {
    const name = (input as { name?: unknown } | null)?.name;
    const which = typeof name === 'string' && name.trim() ? `The agency "${name.trim()}"` : 'The agency';
    throw new AppError('BAD_INPUT', `${which} needs fixing: ${describeIssues(result.error)}.`, {
      field: firstField(result.error),
    });
  }
  const { venue, nation, ...rest } = result.data;
  return { ...rest, ...(venue === undefined ? {} : { venue }), ...(nation === undefined ? {} : { nation }) };
}

/**
 * Validates a forum's agency list, in join order. Ids must be unique, and so must names (ignoring
 * case), because explanations and commands name agencies.
 */
export function parseAgencies(input: unknown): Agency[] {
  if (!Array.isArray(input)) throw new AppError('BAD_INPUT', 'The agencies must be a list.');
  const agencies = input.map(parseAgency);
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const agency of agencies) {
    if (ids.has(agency.id)) {
      throw new AppError(
        'BAD_INPUT',
        `Two agencies have the id "${agency.id}". Give each agency its own id.`,
      );
    }
    const key = agency.name.toLowerCase();
    if (names.has(key)) {
      throw new AppError(
        'BAD_INPUT',
        `Two agencies are called "${agency.name}". Rename one so people can tell them apart.`,
      );
    }
    ids.add(agency.id);
    names.add(key);
  }
  return agencies;
}
