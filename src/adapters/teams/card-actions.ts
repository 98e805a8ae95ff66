/**
 * Reads the data of a clicked card (Action.Submit value or Action.Execute data) into a typed use
 * case call. Card data comes from the client and can be altered, so every field is checked here;
 * the use case then runs with the clicker's own role and checks the rest.
 */

import type { RsvpAnswer } from '../../core/forums/ports.ts';
import { SECTORS } from '../../core/forums/types.ts';
import type { CreateForumInput, NewAgencyInput } from '../../core/forums/use-cases.ts';
import { questionFields, type TemplateFormRow } from '../../core/pulse/build-template.ts';
import type { StartSurveyInput } from '../../core/pulse/use-cases.ts';
import { MAX_QUESTIONS } from '../../core/pulse/validate-template.ts';
import { AppError } from '../../core/shared/errors.ts';
import type { Feedback } from '../../core/shared/ports.ts';

export type CardVerb =
  | 'command'
  | 'ask'
  | 'feedback'
  | 'rsvp'
  | 'pulse_answer'
  | 'pulse_form'
  | 'forum_create'
  | 'agency_add'
  | 'pulse_start'
  | 'pulse_template';
export const CARD_VERBS: readonly CardVerb[] = [
  'command',
  'ask',
  'feedback',
  'rsvp',
  'pulse_answer',
  'pulse_form',
  'forum_create',
  'agency_add',
  'pulse_start',
  'pulse_template',
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;
const MAX_COMMAND = 4000;

/** A field as a trimmed string (numbers and booleans accepted), or undefined when empty. */
function field(data: Record<string, unknown>, name: string, max = 200): string | undefined {
  const raw = data[name];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
    throw new AppError('BAD_INPUT', `The form field "${name}" is not valid.`, { field: name });
  }
  const value = String(raw).trim();
  if (value === '') return undefined;
  if (value.length > max)
    throw new AppError('BAD_INPUT', `"${name}" is too long (at most ${max} characters).`, { field: name });
  return value;
}

function required(data: Record<string, unknown>, name: string, label: string, max?: number): string {
  const value = field(data, name, max);
  if (value === undefined) throw new AppError('BAD_INPUT', `Please fill in ${label}.`, { field: name });
  return value;
}

function whole(data: Record<string, unknown>, name: string, min: number, max: number): number | undefined {
  const value = field(data, name, 12);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new AppError('BAD_INPUT', `"${name}" must be a whole number from ${min} to ${max}.`, {
      field: name,
    });
  }
  return n;
}

/**
 * What a card click asks for, typed: a use case and its input. Only `command` (buttons that show
 * an article or the help) is chat text; every change of state is a use case.
 */
export type CardAction =
  | { verb: 'command'; command: string }
  | { verb: 'feedback'; feedback: Feedback; questionId: string }
  | { verb: 'rsvp'; answer: RsvpAnswer; occurrenceId: string; postKey?: string }
  | { verb: 'pulse_answer'; runId: string; answers: Record<string, string>; sector?: string }
  | { verb: 'pulse_form'; runId: string }
  | { verb: 'forum_create'; input: Omit<CreateForumInput, 'channelId'> }
  | { verb: 'agency_add'; input: NewAgencyInput }
  | { verb: 'pulse_start'; input: Omit<StartSurveyInput, 'channelId'> }
  | { verb: 'pulse_template'; form: TemplateForm };

/** The "new survey template" card's values as typed, kept to show again beside any problem. */
export interface TemplateForm {
  key: string;
  title: string;
  rows: TemplateFormRow[];
}

export function isCardVerb(value: unknown): value is CardVerb {
  return typeof value === 'string' && (CARD_VERBS as readonly string[]).includes(value);
}

const RSVP_ANSWERS: readonly RsvpAnswer[] = ['going', 'not_going', 'maybe'];

/** Reads a card action's data. Throws BAD_INPUT (naming the field) for anything malformed. */
export function readCardAction(data: Record<string, unknown>): CardAction {
  const verb = data.verb;
  if (!isCardVerb(verb)) throw new AppError('BAD_INPUT', 'That button is not one of mine.');
  switch (verb) {
    case 'command':
      return { verb, command: required(data, 'command', 'the command', MAX_COMMAND) };
    case 'ask':
      // The welcome card's question box: asked as if typed.
      return { verb: 'command', command: `ask ${required(data, 'question', 'your question', 1000)}` };
    case 'feedback': {
      const feedback = field(data, 'feedback', 20);
      const questionId = field(data, 'questionId', 40);
      if ((feedback !== 'helpful' && feedback !== 'unhelpful') || !questionId || !UUID.test(questionId)) {
        throw new AppError('BAD_INPUT', 'That feedback button is not valid any more.');
      }
      return { verb, feedback, questionId: questionId.toLowerCase() };
    }
    case 'rsvp': {
      const answer = field(data, 'answer', 20) as RsvpAnswer | undefined;
      const occurrenceId = field(data, 'occurrenceId', 40);
      if (!answer || !RSVP_ANSWERS.includes(answer) || !occurrenceId || !UUID.test(occurrenceId)) {
        throw new AppError('BAD_INPUT', 'That RSVP button is not valid any more. Try `forum schedule`.');
      }
      const postKey =
        typeof data.postKey === 'string' && data.postKey.length <= 200 ? data.postKey : undefined;
      return { verb, answer, occurrenceId: occurrenceId.toLowerCase(), ...(postKey ? { postKey } : {}) };
    }
    case 'pulse_answer':
      return readSurveyAnswers(data);
    case 'pulse_form': {
      const runId = field(data, 'runId', 40);
      if (!runId || !UUID.test(runId)) throw new AppError('BAD_INPUT', 'That survey is not valid any more.');
      return { verb, runId: runId.toLowerCase() };
    }
    case 'forum_create':
      return { verb, input: readForumForm(data) };
    case 'agency_add':
      return { verb, input: readAgencyForm(data) };
    case 'pulse_start':
      return { verb, input: readSurveyForm(data) };
    case 'pulse_template':
      return { verb, form: readTemplateForm(data) };
  }
}

function readSurveyAnswers(data: Record<string, unknown>): CardAction {
  const runId = field(data, 'runId', 40);
  if (!runId || !UUID.test(runId)) throw new AppError('BAD_INPUT', 'That survey form is not valid any more.');
  const answers: Record<string, string> = {};
  const sector = field(data, 'sector', 40);
  // Question ids are q1…q5 in shipped templates; own templates use short ids too.
  for (const [key, raw] of Object.entries(data)) {
    if (key === 'verb' || key === 'runId' || key === 'postKey' || key === 'sector') continue;
    if (!/^[A-Za-z][\w-]{0,30}$/.test(key)) throw new AppError('BAD_INPUT', 'That survey form is not valid.');
    const value = field({ [key]: raw }, key, 2000);
    if (value !== undefined) answers[key] = value;
  }
  if (Object.keys(answers).length === 0)
    throw new AppError('BAD_INPUT', 'Please answer the questions first.');
  return { verb: 'pulse_answer', runId: runId.toLowerCase(), answers, ...(sector ? { sector } : {}) };
}

/** The template card's fields; the use case checks their content, here only their shape and size. */
export function readTemplateForm(data: Record<string, unknown>): TemplateForm {
  return {
    key: field(data, 'key', 60) ?? '',
    title: field(data, 'title', 100) ?? '',
    rows: Array.from({ length: MAX_QUESTIONS }, (_, i) => {
      const f = questionFields(i + 1);
      return {
        type: field(data, f.type, 20) ?? '',
        text: field(data, f.text, 200) ?? '',
        options: field(data, f.options, 2000) ?? '',
      };
    }),
  };
}

function readForumForm(data: Record<string, unknown>): Omit<CreateForumInput, 'channelId'> {
  const name = required(data, 'name', 'the forum name', 100);
  const cadence = required(data, 'cadence', 'how often it meets', 100);
  const time = required(data, 'time', 'the start time', 8);
  const start = required(data, 'start', 'the first date', 10);
  if (!TIME.test(time))
    throw new AppError('BAD_INPUT', 'The start time must look like 13:30.', { field: 'time' });
  if (!DATE.test(start))
    throw new AppError('BAD_INPUT', 'The first date must look like 2027-01-12.', { field: 'start' });
  const duration = whole(data, 'duration', 15, 480);
  const venue = field(data, 'venue', 200);
  return {
    name,
    cadence,
    time: time.slice(0, 5),
    start,
    ...(duration !== undefined ? { durationMinutes: duration } : {}),
    ...(venue ? { venue } : {}),
  };
}

/** An AAD object id (what Teams' people picker submits) or a Bot Framework user id (`29:…`). */
const PERSON_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+:[\w-]{1,120})$/i;
const MAX_CONTACTS = 10;

/** The people picked in the card's people picker: ids separated by commas, kept as given. */
function readContacts(data: Record<string, unknown>): string[] {
  const ids = (field(data, 'contacts', 2000) ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.some((id) => !PERSON_ID.test(id)))
    throw new AppError('BAD_INPUT', 'Pick each contact from the people list.', { field: 'contacts' });
  const unique = [...new Set(ids)];
  if (unique.length > MAX_CONTACTS)
    throw new AppError('BAD_INPUT', `Pick at most ${MAX_CONTACTS} contacts.`, { field: 'contacts' });
  return unique;
}

function readAgencyForm(data: Record<string, unknown>): NewAgencyInput {
  const forum = field(data, 'forum', 100);
  const name = required(data, 'name', 'the agency’s name', 80);
  const sector = required(data, 'sector', 'the sector', 40);
  if (!(SECTORS as readonly string[]).includes(sector))
    throw new AppError('BAD_INPUT', 'Choose a sector from the list.', { field: 'sector' });
  return {
    ...(forum ? { forum } : {}),
    name,
    sector,
    contacts: readContacts(data),
    canHost: field(data, 'host', 5) !== 'false',
  };
}

function readSurveyForm(data: Record<string, unknown>): Omit<StartSurveyInput, 'channelId'> {
  const template = required(data, 'template', 'the survey', 60);
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(template))
    throw new AppError('BAD_INPUT', 'Choose a survey from the list.', { field: 'template' });
  const days = whole(data, 'days', 1, 60);
  const audience = whole(data, 'audience', 1, 100_000);
  const recurrence = field(data, 'recurrence', 20) ?? 'none';
  if (!['none', 'monthly', 'quarterly', 'yearly'].includes(recurrence)) {
    throw new AppError('BAD_INPUT', 'Repeat must be none, monthly, quarterly or yearly.', {
      field: 'recurrence',
    });
  }
  const forum = field(data, 'forum', 100);
  return {
    templateKey: template,
    recurrence,
    attributed: field(data, 'attributed', 5) === 'true',
    ...(days !== undefined ? { days } : {}),
    ...(audience !== undefined ? { audienceSize: audience } : {}),
    ...(forum ? { forum } : {}),
  };
}
