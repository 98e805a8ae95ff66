/**
 * Turns the data of a clicked card (Action.Submit value or Action.Execute data) into the chat
 * command that does the same thing. Card data comes from the client and can be altered, so every
 * field is checked and quoted here; the command then runs with the clicker's own role, exactly as
 * if they had typed it.
 */
import { AppError } from '../../core/shared/errors.ts';

export type CardVerb = 'command' | 'feedback' | 'rsvp' | 'pulse_answer' | 'forum_create' | 'pulse_start';
export const CARD_VERBS: readonly CardVerb[] = [
  'command',
  'feedback',
  'rsvp',
  'pulse_answer',
  'forum_create',
  'pulse_start',
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
    throw new AppError('BAD_INPUT', `The form field "${name}" is not valid.`);
  }
  const value = String(raw).trim();
  if (value === '') return undefined;
  if (value.length > max)
    throw new AppError('BAD_INPUT', `"${name}" is too long (at most ${max} characters).`);
  return value;
}

function required(data: Record<string, unknown>, name: string, label: string, max?: number): string {
  const value = field(data, name, max);
  if (value === undefined) throw new AppError('BAD_INPUT', `Please fill in ${label}.`);
  return value;
}

/**
 * Quotes a value for the command tokenizer, which groups "…", “…” or '…' with no escapes: the
 * first quote style the value does not contain is used. Line breaks become spaces.
 */
export function quote(value: string): string {
  const v = value.replace(/[\r\n]+/g, ' ').trim();
  if (!v.includes('"')) return `"${v}"`;
  if (!v.includes('”') && !v.includes('“')) return `“${v}”`;
  if (!v.includes("'")) return `'${v}'`;
  throw new AppError('BAD_INPUT', 'Please leave quotation marks out of the form fields.');
}

function whole(data: Record<string, unknown>, name: string, min: number, max: number): number | undefined {
  const value = field(data, name, 12);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new AppError('BAD_INPUT', `"${name}" must be a whole number from ${min} to ${max}.`);
  }
  return n;
}

/** What a card click asks for: a command to run. */
export interface CardCommand {
  verb: CardVerb;
  command: string;
}

export function isCardVerb(value: unknown): value is CardVerb {
  return typeof value === 'string' && (CARD_VERBS as readonly string[]).includes(value);
}

/** Builds the chat command for a card action. Throws BAD_INPUT for anything malformed. */
export function commandForCard(data: Record<string, unknown>): CardCommand {
  const verb = data.verb;
  if (!isCardVerb(verb)) throw new AppError('BAD_INPUT', 'That button is not one of mine.');
  switch (verb) {
    case 'command': {
      const command = required(data, 'command', 'the command', MAX_COMMAND);
      return { verb, command };
    }
    case 'feedback': {
      const feedback = field(data, 'feedback', 20);
      const questionId = field(data, 'questionId', 40);
      if ((feedback !== 'helpful' && feedback !== 'unhelpful') || !questionId || !UUID.test(questionId)) {
        throw new AppError('BAD_INPUT', 'That feedback button is not valid any more.');
      }
      return { verb, command: `${feedback} ${questionId.toLowerCase()}` };
    }
    case 'rsvp': {
      const answer = field(data, 'answer', 20);
      const occurrenceId = field(data, 'occurrenceId', 40);
      if (
        !answer ||
        !['going', 'not_going', 'maybe'].includes(answer) ||
        !occurrenceId ||
        !UUID.test(occurrenceId)
      ) {
        throw new AppError('BAD_INPUT', 'That RSVP button is not valid any more. Try `forum schedule`.');
      }
      return { verb, command: `rsvp ${answer.replace('_', ' ')} ${occurrenceId.toLowerCase()}` };
    }
    case 'pulse_answer': {
      const runId = field(data, 'runId', 40);
      if (!runId || !UUID.test(runId))
        throw new AppError('BAD_INPUT', 'That survey form is not valid any more.');
      const parts: string[] = [];
      let comment: string | undefined;
      // Question ids are q1…q5 in shipped templates; own templates use short ids too.
      for (const [key, raw] of Object.entries(data)) {
        if (key === 'verb' || key === 'runId' || key === 'postKey') continue;
        if (!/^[A-Za-z][\w-]{0,30}$/.test(key))
          throw new AppError('BAD_INPUT', 'That survey form is not valid.');
        const value = field({ [key]: raw }, key, 2000);
        if (value === undefined) continue;
        if (/^\d{1,2}$/.test(value)) parts.push(`${key}=${value}`);
        else if (comment === undefined) comment = `${key}=${value.replace(/\s+/g, ' ')}`;
        else throw new AppError('BAD_INPUT', 'Only one answer in the form can be a comment.');
      }
      if (parts.length === 0 && !comment)
        throw new AppError('BAD_INPUT', 'Please answer the questions first.');
      // A comment runs to the end of the command, so it goes last.
      return {
        verb,
        command: `pulse answer ${runId.toLowerCase()} ${[...parts, ...(comment ? [comment] : [])].join(' ')}`,
      };
    }
    case 'forum_create': {
      const name = required(data, 'name', 'the forum name', 100);
      const cadence = required(data, 'cadence', 'how often it meets', 100);
      const time = required(data, 'time', 'the start time', 8);
      const start = required(data, 'start', 'the first date', 10);
      if (!TIME.test(time)) throw new AppError('BAD_INPUT', 'The start time must look like 13:30.');
      if (!DATE.test(start)) throw new AppError('BAD_INPUT', 'The first date must look like 2027-01-12.');
      const duration = whole(data, 'duration', 15, 480);
      const venue = field(data, 'venue', 200);
      const options = [
        `name=${quote(name)}`,
        `cadence=${quote(cadence)}`,
        `time=${time.slice(0, 5)}`,
        `start=${start}`,
        ...(duration !== undefined ? [`duration=${duration}`] : []),
        ...(venue ? [`venue=${quote(venue)}`] : []),
      ];
      return { verb, command: `forum create ${options.join(' ')}` };
    }
    case 'pulse_start': {
      const template = required(data, 'template', 'the survey', 60);
      if (!/^[a-z0-9][a-z0-9-]*$/i.test(template))
        throw new AppError('BAD_INPUT', 'Choose a survey from the list.');
      const days = whole(data, 'days', 1, 60);
      const audience = whole(data, 'audience', 1, 100_000);
      const recurrence = field(data, 'recurrence', 20) ?? 'none';
      if (!['none', 'monthly', 'quarterly', 'yearly'].includes(recurrence)) {
        throw new AppError('BAD_INPUT', 'Repeat must be none, monthly, quarterly or yearly.');
      }
      const forum = field(data, 'forum', 100);
      const attributed = field(data, 'attributed', 5) === 'true';
      const options = [
        ...(days !== undefined ? [`days=${days}`] : []),
        ...(recurrence !== 'none' ? [`recurrence=${recurrence}`] : []),
        ...(audience !== undefined ? [`audience=${audience}`] : []),
        ...(forum ? [`forum=${quote(forum)}`] : []),
        ...(attributed ? ['attributed=yes'] : []),
      ];
      return { verb, command: `pulse start ${template} ${options.join(' ')}`.trim() };
    }
  }
}
