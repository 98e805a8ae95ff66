// The Teams "new survey template" card: a key, a title and up to five question rows. A refusal
// re-renders it with every value kept and each problem right after the input it concerns.
import { questionFields, type TemplateFormRow } from '../../../core/pulse/build-template.ts';
import { MAX_QUESTIONS } from '../../../core/pulse/validate-template.ts';
import type { AdaptiveCard, CardElement } from './card-model.ts';
import { card, submit, text } from './cards.ts';

export interface TemplateCardValues {
  key?: string;
  title?: string;
  rows?: readonly TemplateFormRow[];
}

const TYPES = [
  { title: 'Agree / disagree (5 points)', value: 'agree5' },
  { title: 'Scale 0 to 10', value: 'scale10' },
  { title: 'Choice (list the options)', value: 'choice' },
  { title: 'Comment (free text, at most one)', value: 'comment' },
];

/** The card for `createTemplate`; `errors` are keyed by input id (`key`, `q2.options`…). */
export function renderTemplateForm(
  values: TemplateCardValues = {},
  errors: Readonly<Record<string, string>> = {},
): AdaptiveCard {
  const withError = (element: CardElement & { id: string }): CardElement[] =>
    errors[element.id]
      ? [element, text(errors[element.id] ?? '', { color: 'Attention', wrap: true })]
      : [element];
  const rows = Array.from({ length: MAX_QUESTIONS }, (_, i) => {
    const f = questionFields(i + 1);
    const row = values.rows?.[i] ?? {};
    return [
      text(`Question ${i + 1}${i === 0 ? '' : ' (optional)'}`, { weight: 'Bolder' }),
      ...withError({
        type: 'Input.ChoiceSet',
        id: f.type,
        label: 'Type',
        choices: TYPES,
        value: row.type || 'agree5',
      }),
      ...withError({
        type: 'Input.Text',
        id: f.text,
        label: 'Question or statement',
        maxLength: 200,
        value: row.text ?? '',
        ...(i === 0 ? { placeholder: 'Agencies share information well' } : {}),
      }),
      ...withError({
        type: 'Input.Text',
        id: f.options,
        label: 'Options, one per line (choice only)',
        isMultiline: true,
        value: row.options ?? '',
      }),
    ];
  }).flat();
  const problems = Object.keys(errors).length;
  return card(
    [
      text('New survey template', { weight: 'Bolder', size: 'Medium' }),
      ...(problems > 0
        ? [
            text(`Nothing was saved: please fix ${problems === 1 ? 'this' : 'these'} below.`, {
              color: 'Attention',
            }),
          ]
        : []),
      ...withError({
        type: 'Input.Text',
        id: 'key',
        label: 'Key (e.g. trust-check)',
        maxLength: 60,
        value: values.key ?? '',
      }),
      ...withError({
        type: 'Input.Text',
        id: 'title',
        label: 'Title',
        maxLength: 100,
        value: values.title ?? '',
      }),
      ...rows,
    ],
    [submit('Save survey template', { verb: 'pulse_template' }, 'positive')],
  );
}
