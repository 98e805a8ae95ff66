// Turns the typed "new survey template" input (chat, Slack modal, Teams card, dashboard form) into
// the template that `validateTemplate` checks, keeping each question's id so a problem can be shown
// beside the form field it concerns.
import { MAX_QUESTIONS } from './validate-template.ts';

/** One question as a person writes it: its type, its text and, for `choice`, its options. */
export interface TemplateQuestionInput {
  /** Defaults to `q<position>`; forms pass their slot (`q3`) so errors land on the right row. */
  id?: string;
  type: string;
  text: string;
  /** Choice options, as a list or as text separated by `;` or new lines. */
  options?: readonly string[] | string;
}

export interface CreateTemplateInput {
  key: string;
  title: string;
  description?: string;
  questions: readonly TemplateQuestionInput[];
}

/** Question types as people type them ("scale", "agree") mapped to the stored type. */
const TYPE_NAMES: Record<string, string> = {
  agree: 'agree5',
  agree5: 'agree5',
  scale: 'scale10',
  scale10: 'scale10',
  choice: 'choice',
  comment: 'comment',
};

function optionsOf(options: readonly string[] | string | undefined): string[] {
  const list = typeof options === 'string' ? options.split(/[;\n]/) : (options ?? []);
  return list.map((o) => o.trim()).filter(Boolean);
}

/** The template to validate: texts as given, the key also used as the id, choice options split. */
export function buildTemplate(input: CreateTemplateInput): unknown {
  const key = (input.key ?? '').trim();
  return {
    id: key,
    key,
    title: input.title ?? '',
    description: input.description ?? '',
    shipped: false,
    questions: input.questions.map((q, index) => {
      const type = TYPE_NAMES[(q.type ?? '').trim().toLowerCase()] ?? q.type;
      return {
        id: q.id ?? `q${index + 1}`,
        type,
        text: q.text,
        required: type !== 'comment',
        ...(type === 'choice' || optionsOf(q.options).length > 0 ? { options: optionsOf(q.options) } : {}),
      };
    }),
  };
}

/** One row of a form: its type, text and options as typed (blank rows are left out). */
export interface TemplateFormRow {
  type?: string;
  text?: string;
  options?: string;
}

/**
 * The typed input from a form with up to five question rows `q1`..`q5`: rows left blank are
 * skipped, and each kept row keeps its slot as its id so errors show beside it.
 */
export function templateInputFromForm(form: {
  key?: string;
  title?: string;
  description?: string;
  rows: readonly TemplateFormRow[];
}): CreateTemplateInput {
  const questions: TemplateQuestionInput[] = [];
  form.rows.slice(0, MAX_QUESTIONS).forEach((row, index) => {
    const text = (row.text ?? '').trim();
    const options = (row.options ?? '').trim();
    if (!text && !options) return;
    questions.push({ id: `q${index + 1}`, type: (row.type ?? '').trim() || 'agree5', text, options });
  });
  return {
    key: (form.key ?? '').trim().toLowerCase(),
    title: form.title ?? '',
    description: form.description ?? '',
    questions,
  };
}

/** The form field ids for question slot `n` (1-based): `q<n>.type`, `q<n>.text`, `q<n>.options`. */
export const questionFields = (n: number) => ({
  type: `q${n}.type`,
  text: `q${n}.text`,
  options: `q${n}.options`,
});

/** Form field a refusal concerns: a question's `id` problem shows on its text; a count problem on q1. */
export function formFieldOf(field: string): string {
  if (field === 'questions') return 'q1.text';
  if (field.endsWith('.id')) return field.replace(/\.id$/, '.text');
  if (field === 'id') return 'key';
  return field;
}
