import type { ModalView } from '@slack/types';
import { SECTORS } from '../../../core/forums/types.ts';
import type { NewAgencyInput } from '../../../core/forums/use-cases.ts';
import { plain } from './blocks.ts';
import { input, options, text, VALUE, VIEW, type ViewState } from './modals.ts';

type FieldErrors = Record<string, string>;

/**
 * The "add an agency" modal: its contacts are picked from the workspace's people (a user picker),
 * never typed, so every contact is a real person reminders can mention.
 */
export function agencyAddView(forumNames: readonly string[]): ModalView {
  return {
    type: 'modal',
    callback_id: VIEW.agency,
    title: plain('Add an agency'),
    submit: plain('Add'),
    close: plain('Cancel'),
    blocks: [
      input('forum', 'Forum', {
        type: 'static_select',
        action_id: VALUE,
        options: options(forumNames.slice(0, 100).map((f) => ({ value: f.slice(0, 150), label: f }))),
      }),
      input('name', 'Agency name', { type: 'plain_text_input', action_id: VALUE, max_length: 80 }),
      input('sector', 'Sector', {
        type: 'static_select',
        action_id: VALUE,
        options: options(SECTORS.map((s) => ({ value: s, label: s.replace(/_/g, ' ') }))),
      }),
      input(
        'contacts',
        'Contacts',
        { type: 'multi_users_select', action_id: VALUE, max_selected_items: 10 },
        true,
        'The people reminded when it is this agency’s turn to host.',
      ),
      input('host', 'Can host meetings', {
        type: 'radio_buttons',
        action_id: VALUE,
        initial_option: { text: plain('Yes'), value: 'yes' },
        options: options([
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]),
      }),
    ],
  };
}

/** The input for `addAgency` from a submitted "add an agency" modal, or the fields left empty. */
export function agencyInputFrom(state: ViewState): { input?: NewAgencyInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const forum = text(state, 'forum');
  const name = text(state, 'name');
  const sector = text(state, 'sector');
  if (!forum) errors.forum = 'Pick the forum.';
  if (!name) errors.name = 'Give the agency’s name.';
  if (!sector) errors.sector = 'Pick the sector.';
  if (Object.keys(errors).length > 0) return { errors };
  const contacts = state.contacts?.[VALUE]?.selected_users ?? [];
  return {
    errors,
    input: { forum, name, sector, contacts, canHost: text(state, 'host') !== 'no' },
  };
}
