import type { InputBlock, InputBlockElement, ModalView, PlainTextOption } from '@slack/types';
import { SECTORS } from '../../../core/forums/types.ts';
import type { CreateForumInput } from '../../../core/forums/use-cases.ts';
import type { SurveyRunRecord } from '../../../core/pulse/ports.ts';
import type { SurveyTemplate } from '../../../core/pulse/types.ts';
import type { AnswerSurveyInput, StartSurveyInput } from '../../../core/pulse/use-cases.ts';
import { type Block, plain } from './blocks.ts';
import { fitsView } from './check-blocks.ts';

/** Slack's view_submission state: block id -> action id -> the element's value. */
export type ViewState = Record<
  string,
  Record<
    string,
    {
      type?: string;
      value?: string | null;
      selected_option?: { value: string } | null;
      selected_date?: string | null;
      selected_time?: string | null;
      selected_conversation?: string | null;
      selected_channel?: string | null;
      selected_options?: { value: string }[];
      selected_users?: string[] | null;
    }
  >
>;

export const VIEW = {
  forum: 'joinedup_forum_create',
  survey: 'joinedup_pulse_create',
  answer: 'joinedup_pulse_answer',
  agency: 'joinedup_agency_add',
};

/** Every input's element has this action id; the block id names the field. */
export const VALUE = 'value';

export function input(
  blockId: string,
  label: string,
  element: InputBlockElement,
  optional = false,
  hint?: string,
): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label),
    element,
    optional,
    ...(hint ? { hint: plain(hint) } : {}),
  };
}

export function options(values: readonly { value: string; label: string }[]): PlainTextOption[] {
  return values.map((o) => ({ text: plain(o.label.slice(0, 75)), value: o.value }));
}

/** The "new forum" modal; its fields are the input of `createForum`. */
export function forumCreateView(channelId?: string): ModalView {
  return {
    type: 'modal',
    callback_id: VIEW.forum,
    title: plain('New forum'),
    submit: plain('Create'),
    close: plain('Cancel'),
    blocks: [
      input('name', 'Forum name', { type: 'plain_text_input', action_id: VALUE, max_length: 80 }),
      input(
        'cadence',
        'How often it meets',
        {
          type: 'plain_text_input',
          action_id: VALUE,
          placeholder: plain('every 2 months on the 2nd tuesday'),
        },
        false,
        'For example "every month on the 1st wednesday" or "every 6 weeks on thursday".',
      ),
      input('time', 'Start time (UK)', { type: 'timepicker', action_id: VALUE, initial_time: '13:30' }),
      input('start', 'First possible date', { type: 'datepicker', action_id: VALUE }),
      input(
        'duration',
        'Length in minutes',
        {
          type: 'number_input',
          action_id: VALUE,
          is_decimal_allowed: false,
          initial_value: '120',
          min_value: '15',
          max_value: '480',
        },
        true,
      ),
      input('channel', 'Channel for announcements and reminders', {
        type: 'conversations_select',
        action_id: VALUE,
        filter: { include: ['public', 'private'], exclude_bot_users: true },
        ...(channelId ? { initial_conversation: channelId } : { default_to_current_conversation: true }),
      }),
    ],
  };
}

/** Field problems keyed by block id, for `response_action: errors`. */
export type FieldErrors = Record<string, string>;

export function text(state: ViewState, block: string): string {
  const v = state[block]?.value;
  return (
    v?.value ??
    v?.selected_date ??
    v?.selected_time ??
    v?.selected_conversation ??
    v?.selected_option?.value ??
    ''
  ).trim();
}

/** The input for `createForum` from a submitted "new forum" modal, or the fields left empty. */
export function forumInputFrom(state: ViewState): { input?: CreateForumInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = text(state, 'name');
  const cadence = text(state, 'cadence');
  const time = text(state, 'time');
  const start = text(state, 'start');
  const duration = text(state, 'duration');
  const channelId = text(state, 'channel');
  if (!name) errors.name = 'Give the forum a name.';
  if (!cadence) errors.cadence = 'Say how often it meets, e.g. "every 2 months on the 2nd tuesday".';
  if (!time) errors.time = 'Pick a start time.';
  if (!start) errors.start = 'Pick the first possible date.';
  if (duration && !/^\d{1,3}$/.test(duration)) errors.duration = 'Give the length in whole minutes.';
  if (!channelId) errors.channel = 'Pick a channel.';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    input: {
      name,
      cadence,
      time,
      start,
      channelId,
      ...(duration ? { durationMinutes: Number(duration) } : {}),
    },
  };
}

/** The "new survey" modal; its fields are the input of `startSurvey`. */
export function surveyCreateView(
  templates: readonly SurveyTemplate[],
  forums: readonly string[],
  channelId?: string,
): ModalView {
  return {
    type: 'modal',
    callback_id: VIEW.survey,
    title: plain('New pulse survey'),
    submit: plain('Start'),
    close: plain('Cancel'),
    blocks: [
      input('template', 'Survey', {
        type: 'static_select',
        action_id: VALUE,
        options: options(templates.slice(0, 100).map((t) => ({ value: t.key, label: t.title }))),
      }),
      input('days', 'Open for (days)', {
        type: 'number_input',
        action_id: VALUE,
        is_decimal_allowed: false,
        initial_value: '7',
        min_value: '1',
        max_value: '60',
      }),
      input('channel', 'Post it in', {
        type: 'conversations_select',
        action_id: VALUE,
        filter: { include: ['public', 'private'], exclude_bot_users: true },
        ...(channelId ? { initial_conversation: channelId } : { default_to_current_conversation: true }),
      }),
      ...(forums.length > 0
        ? [
            input(
              'forum',
              'For the members of a forum',
              {
                type: 'static_select',
                action_id: VALUE,
                options: options(forums.slice(0, 100).map((f) => ({ value: f, label: f }))),
              },
              true,
            ),
          ]
        : []),
      input(
        'attributed',
        'Attribution',
        {
          type: 'radio_buttons',
          action_id: VALUE,
          initial_option: { text: plain('Anonymous (recommended)'), value: 'no' },
          options: options([
            { value: 'no', label: 'Anonymous (recommended)' },
            { value: 'yes', label: 'Attributed: coordinators see who answered' },
          ]),
        },
        true,
      ),
    ],
  };
}

/** The input for `startSurvey` from a submitted "new survey" modal, or the fields left empty. */
export function surveyInputFrom(state: ViewState): { input?: StartSurveyInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const template = text(state, 'template');
  const days = text(state, 'days');
  const channelId = text(state, 'channel');
  const forum = text(state, 'forum');
  if (!template) errors.template = 'Pick a survey.';
  if (!/^\d{1,2}$/.test(days)) errors.days = 'Give a number of days, 1 to 60.';
  if (!channelId) errors.channel = 'Pick a channel.';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    input: {
      templateKey: template,
      channelId,
      days: Number(days),
      attributed: text(state, 'attributed') === 'yes',
      ...(forum ? { forum } : {}),
    },
  };
}

const agreeLabels = ['1 Strongly disagree', '2 Disagree', '3 Neither', '4 Agree', '5 Strongly agree'];

/** The answer form for one survey run; the sector is asked for once. */
export function surveyAnswerView(run: SurveyRunRecord, needsSector: boolean): ModalView {
  const blocks: Block[] = [
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: run.anonymous
            ? 'Anonymous: your name is not stored with your answers, and results are only shown for groups large enough.'
            : 'Not anonymous: the coordinator can see who answered.',
        },
      ],
    },
  ];
  if (needsSector) {
    blocks.push(
      input('sector', 'Your agency’s sector (asked once)', {
        type: 'static_select',
        action_id: VALUE,
        options: options(SECTORS.map((s) => ({ value: s, label: s.replace(/_/g, ' ') }))),
      }),
    );
  }
  for (const q of run.template.questions) {
    const label = q.text.slice(0, 2000);
    if (q.type === 'agree5') {
      blocks.push(
        input(
          `q:${q.id}`,
          label,
          {
            type: 'radio_buttons',
            action_id: VALUE,
            options: options(agreeLabels.map((l, i) => ({ value: String(i + 1), label: l }))),
          },
          !q.required,
        ),
      );
    } else if (q.type === 'scale10') {
      blocks.push(
        input(
          `q:${q.id}`,
          label,
          {
            type: 'static_select',
            action_id: VALUE,
            options: options(Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }))),
          },
          !q.required,
        ),
      );
    } else if (q.type === 'choice') {
      blocks.push(
        input(
          `q:${q.id}`,
          label,
          {
            type: 'radio_buttons',
            action_id: VALUE,
            options: options((q.options ?? []).map((o, i) => ({ value: String(i + 1), label: o }))),
          },
          !q.required,
        ),
      );
    } else {
      blocks.push(
        input(
          `q:${q.id}`,
          label,
          { type: 'plain_text_input', action_id: VALUE, multiline: true, max_length: 1000 },
          true,
          'Please do not include names or other identifying details.',
        ),
      );
    }
  }
  return {
    type: 'modal',
    callback_id: VIEW.answer,
    private_metadata: run.id,
    title: plain(run.template.title.slice(0, 24)),
    submit: plain('Send'),
    close: plain('Cancel'),
    blocks,
  };
}

/** The input for `answerSurvey` from a submitted answer form: answers keyed by question id. */
export function answerInputFrom(run: SurveyRunRecord, state: ViewState): AnswerSurveyInput {
  const answers: Record<string, string> = {};
  for (const q of run.template.questions) {
    const value = text(state, `q:${q.id}`);
    if (value) answers[q.id] = value;
  }
  return { runId: run.id, answers, ...(state.sector ? { sector: text(state, 'sector') } : {}) };
}

/**
 * The block a refusal belongs beside: the field it names when the form has it, else the first
 * field (a refusal about the whole form, such as a missing role, shows at the top).
 */
export function blockForField(field: string | undefined, blocks: readonly string[]): string {
  if (field && blocks.includes(field)) return field;
  if (field && blocks.includes(`q:${field}`)) return `q:${field}`;
  return blocks[0] ?? 'name';
}

/** A read-only modal showing a reply (for buttons on the App Home, which has no thread to reply in). */
export function replyView(title: string, blocks: Block[]): ModalView {
  return fitsView<ModalView>({
    type: 'modal',
    title: plain(title.slice(0, 24)),
    close: plain('Close'),
    blocks,
  });
}
