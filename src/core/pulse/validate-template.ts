// Checks a coordinator-made survey template before it is saved or posted. Every problem is reported
// at once, naming the question it belongs to, so the coordinator can fix them all in one go.
import { z } from 'zod';
import { findFamilyDetails } from '../dashboard/local-answer.ts';
import { AppError } from '../shared/errors.ts';
import type { SurveyQuestion, SurveyTemplate } from './types.ts';
import { QUESTION_TYPES } from './types.ts';

export const MAX_QUESTIONS = 5;
export const MIN_QUESTION_TEXT = 5;
export const MAX_QUESTION_TEXT = 200;
export const MIN_CHOICE_OPTIONS = 2;
export const MAX_CHOICE_OPTIONS = 10;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Ids appear in typed answers ("trust=4"), so they stay short and free of spaces and '='.
const QUESTION_ID = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

const text = (what: string, min: number, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is missing` : `${what} must be text`) })
    .trim()
    .min(min, {
      error: min <= 1 ? `${what} must not be empty` : `${what} must be at least ${min} characters`,
    })
    .max(max, { error: `${what} must be ${max} characters or fewer` });

const questionSchema = z.object({
  id: z.string({ error: 'the question id is missing' }).trim().regex(QUESTION_ID, {
    error: 'the question id must start with a letter and use only letters, digits, - and _ (up to 40)',
  }),
  type: z.enum(QUESTION_TYPES, { error: `the question type must be one of ${QUESTION_TYPES.join(', ')}` }),
  text: text('the question text', MIN_QUESTION_TEXT, MAX_QUESTION_TEXT),
  options: z.array(text('an option', 1, 100), { error: 'the options must be a list of text' }).optional(),
  required: z.boolean({ error: 'required must be true or false' }).optional(),
});

const templateSchema = z.object({
  id: text('the template id', 1, 100),
  key: z
    .string({ error: 'the template key is missing' })
    .trim()
    .regex(KEBAB, { error: 'the template key must be kebab-case, e.g. trust-between-agencies' })
    .max(60, { error: 'the template key must be 60 characters or fewer' }),
  title: text('the title', 3, 100),
  description: z
    .string({ error: 'the description must be text' })
    .trim()
    .max(500, { error: 'the description must be 500 characters or fewer' })
    .default(''),
  questions: z
    .array(questionSchema, { error: 'the questions must be a list' })
    .min(1, { error: `a survey needs 1 to ${MAX_QUESTIONS} questions: add at least one` })
    .max(MAX_QUESTIONS, {
      error: `a survey can have at most ${MAX_QUESTIONS} questions: keep it to a two-minute pulse`,
    }),
  shipped: z.boolean({ error: 'shipped must be true or false' }).default(false),
});

interface LooseQuestion {
  id?: unknown;
  type?: unknown;
  text?: unknown;
  options?: unknown;
}

/** One problem and the form field it belongs to: `key`, `title`, `questions`, or `<question id>.text|type|options`. */
interface Problem {
  field: string;
  message: string;
}

function questionField(input: unknown, index: number, part: string): string {
  const id = ((input as { questions?: unknown[] } | null)?.questions?.[index] as LooseQuestion | undefined)
    ?.id;
  const name = typeof id === 'string' && QUESTION_ID.test(id.trim()) ? id.trim() : `q${index + 1}`;
  return `${name}.${part}`;
}

/**
 * Checks across questions, run on the raw input even when some fields fail the schema, so one reply
 * lists every problem instead of revealing them a batch at a time.
 */
function crossCheck(input: unknown): Problem[] {
  const problems: Problem[] = [];
  // Everyone asked to answer reads the title and questions: no child's or family's details there.
  // The words found are not repeated in the message.
  const names = (text: unknown) => typeof text === 'string' && findFamilyDetails(text).length > 0;
  const NAMES =
    'names a child or family member (a name, a date of birth or a reference): write it in general terms';
  const top = input as { title?: unknown; description?: unknown } | null;
  if (names(top?.title)) problems.push({ field: 'title', message: `the title ${NAMES}` });
  if (names(top?.description)) problems.push({ field: 'description', message: `the description ${NAMES}` });
  const questions = (input as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions)) return problems;
  const seen = new Set<string>();
  let comments = 0;
  questions.forEach((raw: unknown, index) => {
    if (raw === null || typeof raw !== 'object') return;
    const question = raw as LooseQuestion;
    const where = `question ${index + 1}: `;
    const add = (part: string, message: string) =>
      problems.push({ field: questionField(input, index, part), message: `${where}${message}` });
    if (names(question.text)) add('text', `the text ${NAMES}`);
    if (Array.isArray(question.options) && question.options.some(names)) add('options', `an option ${NAMES}`);
    if (typeof question.id === 'string' && question.id.trim() !== '') {
      const id = question.id.trim().toLowerCase();
      if (seen.has(id))
        add('id', `the id "${question.id.trim()}" is used twice: give each question its own id`);
      seen.add(id);
    }
    if (question.type === 'comment') {
      comments += 1;
      const total = questions.filter((q) => (q as LooseQuestion | null)?.type === 'comment').length;
      if (comments > 1)
        add(
          'type',
          `a survey can have at most one comment question (it has ${total}): make this one another type`,
        );
    }
    const options = Array.isArray(question.options)
      ? question.options
          .filter((option): option is string => typeof option === 'string')
          .map((option) => option.trim())
      : undefined;
    if (question.type === 'choice') {
      const list = options ?? [];
      if (list.length < MIN_CHOICE_OPTIONS || list.length > MAX_CHOICE_OPTIONS) {
        add(
          'options',
          `a choice question needs ${MIN_CHOICE_OPTIONS} to ${MAX_CHOICE_OPTIONS} options (it has ${list.length})`,
        );
      }
      const lower = list.map((option) => option.toLowerCase());
      if (new Set(lower).size !== lower.length)
        add('options', 'two options read the same: make each option different');
      // A bare number as an option would clash with answering by option number.
      if (list.some((option) => /^\d+$/.test(option))) {
        add('options', 'an option cannot be just a number, because members answer choices by number');
      }
    } else if (question.options !== undefined && typeof question.type === 'string') {
      add('options', 'only choice questions have options: remove them or change the type to choice');
    }
  });
  return problems;
}

function describeIssue(input: unknown, issue: z.core.$ZodIssue): Problem {
  const [first, index, part] = issue.path;
  if (first === 'questions' && typeof index === 'number') {
    return {
      field: questionField(input, index, typeof part === 'string' ? part : 'text'),
      message: `question ${index + 1}: ${issue.message}`,
    };
  }
  return { field: typeof first === 'string' ? first : 'template', message: issue.message };
}

function fail(problems: Problem[]): never {
  const fields: Record<string, string> = {};
  for (const { field, message } of problems)
    fields[field] = fields[field] ? `${fields[field]}; ${message}` : message;
  throw new AppError(
    'BAD_INPUT',
    `The survey template needs fixing: ${[...new Set(problems.map((p) => p.message))].join('; ')}. Fix these and save it again.`,
    { field: problems[0]?.field, fields },
  );
}

/**
 * Validates and normalises a survey template (texts trimmed, `required` defaulted: true except for
 * comments, `shipped` false unless given). Throws BAD_INPUT listing every problem.
 */
export function validateTemplate(input: unknown): SurveyTemplate {
  const result = templateSchema.safeParse(input);
  const crossProblems = crossCheck(input);
  if (!result.success)
    fail([...result.error.issues.map((issue) => describeIssue(input, issue)), ...crossProblems]);
  if (crossProblems.length > 0) fail(crossProblems);
  const data = result.data;
  const questions: SurveyQuestion[] = data.questions.map((question) => ({
    id: question.id,
    type: question.type,
    text: question.text,
    ...(question.type === 'choice' ? { options: question.options ?? [] } : {}),
    required: question.required ?? question.type !== 'comment',
  }));
  return {
    id: data.id,
    key: data.key,
    title: data.title,
    description: data.description,
    questions,
    shipped: data.shipped,
  };
}
