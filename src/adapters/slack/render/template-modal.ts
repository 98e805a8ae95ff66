// The "new survey template" modal: a key, a title and up to five question rows (type, text, options).
// Its fields are the typed input of `createTemplate`, the use case chat's `pulse template add` uses.
import type { ModalView } from '@slack/types';
import {
  type CreateTemplateInput,
  formFieldOf,
  questionFields,
  templateInputFromForm,
} from '../../../core/pulse/build-template.ts';
import { MAX_QUESTIONS } from '../../../core/pulse/validate-template.ts';
import type { AppError } from '../../../core/shared/errors.ts';
import { plain } from './blocks.ts';
import { type FieldErrors, input, options, text, VALUE, type ViewState } from './modals.ts';

export const TEMPLATE_VIEW = 'joinedup_pulse_template';

const TYPES = options([
  { value: 'agree5', label: 'Agree / disagree (5 points)' },
  { value: 'scale10', label: 'Scale 0 to 10' },
  { value: 'choice', label: 'Choice (list the options)' },
  { value: 'comment', label: 'Comment (free text, at most one)' },
]);

/** Every block id of the form, in order: a refusal about the whole form shows on the first. */
export const TEMPLATE_BLOCKS = [
  'key',
  'title',
  ...Array.from({ length: MAX_QUESTIONS }, (_, i) => Object.values(questionFields(i + 1))).flat(),
];

export function templateCreateView(): ModalView {
  const rows = Array.from({ length: MAX_QUESTIONS }, (_, i) => {
    const f = questionFields(i + 1);
    return [
      input(
        f.type,
        `Question ${i + 1}: type`,
        { type: 'static_select', action_id: VALUE, options: TYPES, initial_option: TYPES[0] },
        true,
      ),
      input(
        f.text,
        `Question ${i + 1}`,
        { type: 'plain_text_input', action_id: VALUE, max_length: 200 },
        i > 0,
        i === 0
          ? 'For agree / disagree, a statement such as “Agencies share information well”.'
          : 'Leave empty to skip.',
      ),
      input(
        f.options,
        `Question ${i + 1}: options (choice only)`,
        { type: 'plain_text_input', action_id: VALUE, multiline: true },
        true,
        'Two to ten options, one per line.',
      ),
    ];
  }).flat();
  return {
    type: 'modal',
    callback_id: TEMPLATE_VIEW,
    title: plain('New survey template'),
    submit: plain('Save'),
    close: plain('Cancel'),
    blocks: [
      input(
        'key',
        'Key',
        { type: 'plain_text_input', action_id: VALUE, max_length: 60 },
        false,
        'Used to start it: e.g. trust-check.',
      ),
      input('title', 'Title', { type: 'plain_text_input', action_id: VALUE, max_length: 100 }),
      ...rows,
    ],
  };
}

/** The typed `createTemplate` input from a submitted modal. */
export function templateInputFrom(state: ViewState): CreateTemplateInput {
  return templateInputFromForm({
    key: text(state, 'key'),
    title: text(state, 'title'),
    rows: Array.from({ length: MAX_QUESTIONS }, (_, i) => {
      const f = questionFields(i + 1);
      return { type: text(state, f.type), text: text(state, f.text), options: text(state, f.options) };
    }),
  });
}

/** A refusal's problems keyed by block id, each shortened to what Slack shows (the first otherwise). */
export function templateErrors(error: AppError): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, message] of Object.entries(error.fields ?? { [error.field ?? 'key']: error.message })) {
    const block = TEMPLATE_BLOCKS.includes(formFieldOf(field)) ? formFieldOf(field) : 'key';
    errors[block] = (errors[block] ? `${errors[block]}; ${message}` : message).slice(0, 300);
  }
  return errors;
}
