// The dashboard's "new survey template" form: up to five questions, each agree5, scale, choice or
// comment. A refusal re-renders the form with every value kept and each problem beside its field.
import { formFieldOf, questionFields, type TemplateFormRow } from '../../core/pulse/build-template.ts';
import { MAX_QUESTIONS } from '../../core/pulse/validate-template.ts';
import { type Html, html } from './html.ts';

export interface TemplateFormValues {
  key: string;
  title: string;
  description: string;
  rows: TemplateFormRow[];
}

const TYPES = [
  { value: 'agree5', label: 'Agree / disagree (5 points)' },
  { value: 'scale10', label: 'Scale 0 to 10' },
  { value: 'choice', label: 'Choice (list the options)' },
  { value: 'comment', label: 'Comment (free text, at most one)' },
];

/** The form's values from a posted body; question rows are `q1.type`, `q1.text`, `q1.options`… */
export function templateFormValues(form: URLSearchParams): TemplateFormValues {
  const rows = Array.from({ length: MAX_QUESTIONS }, (_, i) => {
    const f = questionFields(i + 1);
    return { type: form.get(f.type) ?? '', text: form.get(f.text) ?? '', options: form.get(f.options) ?? '' };
  });
  return {
    key: form.get('key') ?? '',
    title: form.get('title') ?? '',
    description: form.get('description') ?? '',
    rows,
  };
}

export const emptyTemplateForm = (): TemplateFormValues => ({
  key: '',
  title: '',
  description: '',
  rows: Array.from({ length: MAX_QUESTIONS }, () => ({ type: 'agree5', text: '', options: '' })),
});

/** Problems keyed by form field id, from a refusal's `fields` (or its one `field`). */
export function templateFormErrors(error: {
  message: string;
  field?: string;
  fields?: Readonly<Record<string, string>>;
}): Record<string, string> {
  const source = error.fields ?? { [error.field ?? 'key']: error.message };
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(source)) {
    const id = formFieldOf(field);
    errors[id] = errors[id] ? `${errors[id]}; ${message}` : message;
  }
  return errors;
}

export function surveyTemplateFormPage(data: {
  csrf: string;
  values: TemplateFormValues;
  errors?: Record<string, string>;
}): Html {
  const errors = data.errors ?? {};
  const problems = Object.entries(errors);
  const field = (
    id: string,
    label: string,
    hint: string,
    control: (describedBy: string, invalid: Html | string) => Html,
  ) =>
    html`<div class="field${errors[id] ? ' has-error' : ''}">
<label for="${id}">${label}</label>
<span class="hint" id="${id}-hint">${hint}</span>
${errors[id] ? html`<span class="field-error" id="${id}-error">Error: ${errors[id]}</span>` : ''}
${control(errors[id] ? `${id}-hint ${id}-error` : `${id}-hint`, errors[id] ? html` aria-invalid="true"` : '')}
</div>`;
  const textInput = (id: string, value: string) => (d: string, invalid: Html | string) =>
    html`<input type="text" id="${id}" name="${id}" value="${value}" aria-describedby="${d}"${invalid} autocomplete="off">`;
  const row = (values: TemplateFormRow, index: number) => {
    const f = questionFields(index + 1);
    return html`<fieldset class="group"><legend>Question ${index + 1}${index === 0 ? '' : ' (optional)'}</legend>
${field(f.type, 'Type', 'How people answer it.', (d, invalid) => html`<select id="${f.type}" name="${f.type}" aria-describedby="${d}"${invalid}>${TYPES.map((t) => html`<option value="${t.value}"${t.value === (values.type || 'agree5') ? html` selected` : ''}>${t.label}</option>`)}</select>`)}
${field(f.text, 'Question or statement', 'For agree / disagree, a statement such as “Agencies share information well” (5–200 characters). Leave empty to skip.', textInput(f.text, values.text ?? ''))}
${field(f.options, 'Options (choice only)', 'Two to ten options, one per line or separated by “;”.', (d, invalid) => html`<textarea id="${f.options}" name="${f.options}" rows="3" aria-describedby="${d}"${invalid}>${values.options ?? ''}</textarea>`)}
</fieldset>`;
  };
  return html`<h1>New survey template</h1>
${
  problems.length > 0
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">Nothing was saved: please fix ${problems.length === 1 ? 'this' : 'these'}</h2>
<ul>${problems.map(([id, message]) => html`<li><a href="#${id}">${message}</a></li>`)}</ul>
</div>`
    : ''
}
<p class="lead">Write a short pulse survey of up to ${MAX_QUESTIONS} questions. Once saved, start it in chat with <code>pulse start &lt;key&gt;</code>.</p>
<form method="post" action="/dashboard/pulse/templates/new" novalidate>
<input type="hidden" name="_csrf" value="${data.csrf}">
${field('key', 'Key', 'A short name in kebab-case, used to start it: e.g. trust-check.', textInput('key', data.values.key))}
${field('title', 'Title', 'What members see (3–100 characters).', textInput('title', data.values.title))}
${field('description', 'Description (optional)', 'Up to 500 characters.', textInput('description', data.values.description))}
${data.values.rows.map(row)}
<button type="submit">Save survey template</button>
</form>`;
}
