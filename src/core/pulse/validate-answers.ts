// Turns what a member sent (button values, form fields or a typed chat line) into clean answers,
// or one BAD_INPUT listing every problem so they can fix everything in a single reply.
//
// Typed answers (`parseAnswerText`) come in two forms:
// - In order: the answers to the non-comment questions in question order, separated by spaces or
//   commas: agree5 1-5, scale10 0-10, a choice as its option number or its text. `-` or `skip`
//   leaves an optional question out. Whatever follows the last of them is the comment, e.g.
//   "4 5 3 4 great forum". Parsing stops at the first word that does not fit the next question,
//   and that word starts the comment.
// - Named: `q1=4 q2=5 q4=time pressure comment=more joint visits`. A name is a question id, `qN`
//   (its position, from 1) or `comment`; the comment runs to the end of the line, so it may contain
//   anything, even "=".
import { redactPersonalData } from '../privacy/index.ts';
import { AppError } from '../shared/errors.ts';
import type { SurveyAnswer, SurveyQuestion, SurveyTemplate } from './types.ts';

/** Longest comment accepted, in characters. Longer ones are refused, never cut short. */
export const MAX_COMMENT_LENGTH = 2000;

interface Checked {
  answers: Record<string, SurveyAnswer>;
  problems: string[];
  /** The id of the first question with a problem, for showing it beside that question in a form. */
  field?: string;
}

function shorten(text: string, max = 50): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** What someone typed, quoted back to them with any personal details replaced, then shortened. */
function quote(text: string, max: number): string {
  return `"${shorten(redactPersonalData(text).text, max)}"`;
}

function nameQuestion(template: SurveyTemplate, question: SurveyQuestion): string {
  return `question ${template.questions.indexOf(question) + 1} ("${shorten(question.text)}")`;
}

function showValue(value: unknown): string {
  if (typeof value === 'string') return quote(value, 30);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'that';
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function toWholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/**
 * Removes control characters (keeping line breaks, with CRLF made LF and tabs made spaces) and the
 * bidirectional overrides that can make text display differently from what it says.
 */
export function cleanCommentText(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n') out += char;
    else if (char === '\t') out += ' ';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) continue;
    else if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) continue;
    else out += char;
  }
  return out.trim();
}

function normaliseOption(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function checkOne(
  template: SurveyTemplate,
  question: SurveyQuestion,
  value: unknown,
): { answer?: SurveyAnswer; problem?: string } {
  const name = nameQuestion(template, question);
  switch (question.type) {
    case 'agree5':
    case 'scale10': {
      const [min, max] = question.type === 'agree5' ? [1, 5] : [0, 10];
      const number = toWholeNumber(value);
      if (number === undefined || number < min || number > max) {
        const range = question.type === 'agree5' ? '1 (strongly disagree) to 5 (strongly agree)' : '0 to 10';
        return { problem: `${name} needs a whole number from ${range}, not ${showValue(value)}` };
      }
      return { answer: number };
    }
    case 'choice': {
      const options = question.options ?? [];
      const number = toWholeNumber(value);
      if (number !== undefined && number >= 1 && number <= options.length)
        return { answer: options[number - 1] };
      if (typeof value === 'string') {
        const wanted = normaliseOption(value);
        const option = options.find((candidate) => normaliseOption(candidate) === wanted);
        if (option !== undefined) return { answer: option };
      }
      const listed = options.map((option, index) => `${index + 1} ${option}`).join(', ');
      return { problem: `${name} needs one of: ${listed} (not ${showValue(value)})` };
    }
    case 'comment': {
      if (typeof value !== 'string') return { problem: `${name} needs text` };
      const cleaned = cleanCommentText(value);
      const length = [...cleaned].length;
      if (length > MAX_COMMENT_LENGTH) {
        return {
          problem: `the comment is ${length.toLocaleString('en-GB')} characters but the limit is ${MAX_COMMENT_LENGTH.toLocaleString('en-GB')}: shorten it and send it again`,
        };
      }
      return cleaned === '' ? {} : { answer: cleaned };
    }
  }
}

function checkAnswers(template: SurveyTemplate, raw: Record<string, unknown>): Checked {
  const answers: Record<string, SurveyAnswer> = {};
  const problems: string[] = [];
  let field: string | undefined;
  const known = new Set(template.questions.map((question) => question.id));
  for (const id of Object.keys(raw)) {
    if (!known.has(id)) problems.push(`there is no question "${shorten(id, 40)}" in this survey`);
  }
  for (const question of template.questions) {
    const value = Object.hasOwn(raw, question.id) ? raw[question.id] : undefined;
    const before = problems.length;
    if (isBlank(value)) {
      if (question.required) problems.push(`${nameQuestion(template, question)} needs an answer`);
    } else {
      const { answer, problem } = checkOne(template, question, value);
      if (problem !== undefined) problems.push(problem);
      else if (answer !== undefined) answers[question.id] = answer;
      else if (question.required) problems.push(`${nameQuestion(template, question)} needs an answer`);
    }
    if (problems.length > before) field ??= question.id;
  }
  return { answers, problems, field };
}

function fail(template: SurveyTemplate, problems: string[], field?: string): never {
  throw new AppError(
    'BAD_INPUT',
    `Your answers need fixing: ${problems.join('; ')}. Send them again, e.g. ${exampleAnswer(template)}`,
    { field },
  );
}

/**
 * Validates answers keyed by question id and returns them normalised: numbers for agree5/scale10,
 * the option's own text for choices (matched ignoring case, or given as its number from 1), and
 * cleaned, trimmed comment text. Blank optional answers are left out. Throws BAD_INPUT listing every
 * problem: out of range, unknown option, unknown question id, required answer missing, comment over
 * 2,000 characters.
 */
export function validateAnswers(
  template: SurveyTemplate,
  raw: Record<string, unknown>,
): Record<string, SurveyAnswer> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    fail(template, ['the answers must be given per question']);
  }
  const { answers, problems, field } = checkAnswers(template, raw);
  if (problems.length > 0) fail(template, problems, field);
  return answers;
}

const EXAMPLE: Record<SurveyQuestion['type'], string> = {
  agree5: '4',
  scale10: '8',
  choice: '2',
  comment: 'more joint visits please',
};

function exampleAnswer(template: SurveyTemplate): string {
  const scored = template.questions.filter((question) => question.type !== 'comment');
  const comment = template.questions.find((question) => question.type === 'comment');
  return [...scored, ...(comment ? [comment] : [])].map((question) => EXAMPLE[question.type]).join(' ');
}

/** How to answer this template by typing, for the bot to post with the survey or after a mistake. */
export function describeAnswerFormat(template: SurveyTemplate): string {
  const hasComment = template.questions.some((question) => question.type === 'comment');
  const parts = [
    'Reply with your answers in question order, separated by spaces: 1-5 for agree/disagree statements',
    '0-10 for scores, the option number (or its words) for choices',
    'and - to skip an optional question',
  ];
  const comment = hasComment ? ' Anything after the last answer is your comment.' : '';
  return `${parts.join(', ')}.${comment} For example: ${exampleAnswer(template)}`;
}

const SEPARATORS = /^[\s,;]+/;
const BOUNDARY = /^(?=[\s,;]|$)/;
const NUMBER_TOKEN = /^(-?\d+(?:\.\d+)?)(?=[\s,;]|$)/;
const SKIP_TOKEN = /^(?:-|skip)(?=[\s,;]|$)/i;
const NAMED_KEY = /(^|\s)([A-Za-z][\w-]*)\s*=/g;

function parsePositional(template: SurveyTemplate, text: string): Checked {
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  let rest = text;
  for (const question of template.questions) {
    if (question.type === 'comment') continue;
    rest = rest.replace(SEPARATORS, '');
    if (rest === '') break;
    const skip = SKIP_TOKEN.exec(rest);
    if (skip) {
      rest = rest.slice(skip[0].length);
      continue;
    }
    const number = NUMBER_TOKEN.exec(rest);
    if (number) {
      raw[question.id] = number[1];
      rest = rest.slice(number[0].length);
      continue;
    }
    if (question.type !== 'choice') break;
    // Longest option first, so "Time pressure" wins over an option "Time".
    const lower = rest.toLowerCase();
    const option = [...(question.options ?? [])]
      .sort((a, b) => b.length - a.length)
      .find(
        (candidate) =>
          lower.startsWith(candidate.toLowerCase()) && BOUNDARY.test(rest.slice(candidate.length)),
      );
    if (option === undefined) break;
    raw[question.id] = option;
    rest = rest.slice(option.length);
  }
  rest = rest.replace(SEPARATORS, '').trim();
  if (rest !== '') {
    const comment = template.questions.find((question) => question.type === 'comment');
    if (comment) raw[comment.id] = rest;
    else problems.push(`I could not read ${quote(rest, 30)} as an answer`);
  }
  return mergeChecked(checkAnswers(template, raw), problems);
}

function resolveKey(template: SurveyTemplate, key: string): SurveyQuestion | undefined {
  const lower = key.toLowerCase();
  const byId = template.questions.find((question) => question.id.toLowerCase() === lower);
  if (byId) return byId;
  const position = /^q(\d+)$/.exec(lower);
  if (position) return template.questions[Number(position[1]) - 1];
  if (lower === 'comment') return template.questions.find((question) => question.type === 'comment');
  return undefined;
}

function parseNamed(template: SurveyTemplate, text: string): Checked {
  const raw: Record<string, unknown> = {};
  const problems: string[] = [];
  const keys = [...text.matchAll(NAMED_KEY)].map((match) => ({
    name: match[2] ?? '',
    start: match.index + (match[1] ?? '').length,
    valueStart: match.index + match[0].length,
  }));
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index];
    if (key === undefined) continue;
    const question = resolveKey(template, key.name);
    const isComment = question?.type === 'comment';
    const end = isComment ? text.length : (keys[index + 1]?.start ?? text.length);
    const value = text.slice(key.valueStart, end).trim();
    const id = question?.id ?? key.name;
    if (Object.hasOwn(raw, id)) problems.push(`"${shorten(key.name, 40)}" is answered twice: give it once`);
    raw[id] = value;
    if (isComment) break;
  }
  return mergeChecked(checkAnswers(template, raw), problems);
}

function mergeChecked(checked: Checked, problems: string[]): Checked {
  return { answers: checked.answers, problems: [...problems, ...checked.problems], field: checked.field };
}

/**
 * Reads a typed chat answer (see the formats at the top of this file) and validates it like
 * `validateAnswers`. Throws BAD_INPUT listing every problem, with an example to copy.
 */
export function parseAnswerText(template: SurveyTemplate, text: string): Record<string, SurveyAnswer> {
  const trimmed = text.trim();
  if (trimmed === '') {
    throw new AppError('BAD_INPUT', `Your reply is empty. ${describeAnswerFormat(template)}`);
  }
  const named = /^[A-Za-z][\w-]*\s*=/.test(trimmed);
  const { answers, problems } = named ? parseNamed(template, trimmed) : parsePositional(template, trimmed);
  if (problems.length > 0) fail(template, problems);
  return answers;
}
