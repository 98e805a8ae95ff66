import { SECTORS } from '../../../core/forums/types.ts';
import type { AdaptiveCard, CardElement, ChoiceSetInput } from './card-model.ts';
import { card, execute, type FormProblem, text, withProblem } from './cards.ts';

/** The Teams directory: the picker looks people up in the organisation as the coordinator types. */
export const PEOPLE_DATASET = 'graph.microsoft.com/users';

/** What was typed or picked on the card, drawn again when a submit is refused. */
export type AgencyFormValues = Partial<Record<'forum' | 'name' | 'sector' | 'contacts' | 'host', string>>;

/** The card's values from a submit's data, kept as strings (anything else is dropped). */
export function agencyFormValues(data: Record<string, unknown>): AgencyFormValues {
  const values: AgencyFormValues = {};
  for (const key of ['forum', 'name', 'sector', 'contacts', 'host'] as const) {
    const value = data[key];
    if (typeof value === 'string' && value.length <= 2000) values[key] = value;
  }
  return values;
}

function forumChoice(forums: readonly string[], value: string | undefined): ChoiceSetInput[] {
  if (forums.length === 0) return [];
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'forum',
      label: 'Forum',
      isRequired: true,
      choices: forums.slice(0, 100).map((f) => ({ title: f, value: f })),
      value: value && forums.includes(value) ? value : forums[0],
    },
  ];
}

/**
 * The "add an agency" form for `addAgency`. Contacts are picked from the organisation's people
 * (Teams' people picker), never typed, so each contact is a person later posts can mention.
 */
export function renderAgencyForm(
  forums: readonly string[],
  values: AgencyFormValues = {},
  problem?: FormProblem,
): AdaptiveCard {
  const body: CardElement[] = [
    text('Add an agency', { weight: 'Bolder', size: 'Medium' }),
    ...forumChoice(forums, values.forum),
    {
      type: 'Input.Text',
      id: 'name',
      label: 'Agency name',
      isRequired: true,
      maxLength: 80,
      placeholder: 'Northtown Family Hub',
      ...(values.name ? { value: values.name } : {}),
    },
    {
      type: 'Input.ChoiceSet',
      id: 'sector',
      label: 'Sector',
      isRequired: true,
      choices: SECTORS.map((s) => ({ title: s.replace(/_/g, ' '), value: s })),
      ...(values.sector ? { value: values.sector } : {}),
    },
    {
      type: 'Input.ChoiceSet',
      id: 'contacts',
      label: 'Contacts (reminded when it is this agency’s turn to host)',
      choices: [],
      'choices.data': { type: 'Data.Query', dataset: PEOPLE_DATASET },
      isMultiSelect: true,
      placeholder: 'Type a name',
      ...(values.contacts ? { value: values.contacts } : {}),
    },
    {
      type: 'Input.Toggle',
      id: 'host',
      title: 'Can host meetings',
      value: values.host === 'false' ? 'false' : 'true',
    },
  ];
  return card(withProblem(body, problem), [execute('Add agency', 'agency_add', {})]);
}

/** What replaces the form once the agency is added. */
export function renderAgencyAddedCard(reply: string): AdaptiveCard {
  return card([text('Agency added', { weight: 'Bolder', size: 'Medium' }), text(reply)]);
}
