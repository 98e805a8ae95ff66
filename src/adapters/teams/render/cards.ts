/**
 * Adaptive Card rendering for Teams: answers (source link, related-article buttons, feedback),
 * urgent safeguarding replies, scheduled posts (RSVP and survey cards) and the forms for creating
 * a forum and starting a survey. Pure functions of core types, so they are tested without Teams.
 *
 * Every button carries a `verb` the adapter routes on (see `card-actions.ts`); the same action
 * works as `Action.Submit` (a message with a value) and `Action.Execute` (an invoke, answered with
 * a card that replaces the one clicked, for the person who clicked it).
 */
import type { Reply } from '../../../core/conversation/types.ts';
import { SECTORS } from '../../../core/forums/types.ts';
import { SECTOR_LABELS } from '../../../core/pulse/labels.ts';
import type { SurveyTemplate } from '../../../core/pulse/types.ts';
import type { OutboundMessage } from '../../../core/shared/ports.ts';
import type {
  ActionData,
  AdaptiveCard,
  CardAction,
  CardElement,
  ExecuteAction,
  MentionEntity,
  SubmitAction,
  TextBlock,
} from './card-model.ts';

export type { AdaptiveCard } from './card-model.ts';

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
/** Teams renders 1.5 on desktop, web and mobile. */
export const CARD_VERSION = '1.5';
/** Teams refuses messages over about 28 KB; card text is cut well below that. */
const MAX_TEXT = 12_000;

export const text = (value: string, extra: Omit<Partial<TextBlock>, 'type' | 'text'> = {}): TextBlock => ({
  type: 'TextBlock',
  text: value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value,
  wrap: true,
  ...extra,
});

export function card(
  body: CardElement[],
  actions: CardAction[] = [],
  extra: Pick<AdaptiveCard, 'speak' | 'msteams'> = {},
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: CARD_VERSION,
    body,
    ...(actions.length > 0 ? { actions } : {}),
    ...extra,
    msteams: { width: 'Full', ...extra.msteams },
  };
}

/** An `Action.Submit` button; `data.verb` selects the handler. */
export function submit(title: string, data: ActionData, style?: 'positive' | 'destructive'): SubmitAction {
  return { type: 'Action.Submit', title, data, ...(style ? { style } : {}) };
}

/** An `Action.Execute` button (Universal Actions): the reply card replaces this one for the clicker. */
export function execute(
  title: string,
  verb: string,
  data: Record<string, string | number | boolean>,
): ExecuteAction {
  return { type: 'Action.Execute', title, verb, data: { verb, ...data } };
}

/** Runs a chat command, exactly as if the person had typed it. */
export function commandAction(title: string, command: string): SubmitAction {
  return submit(title, { verb: 'command', command });
}

function urgentCard(reply: Reply): AdaptiveCard {
  const [first = '', ...rest] = reply.text.split('\n');
  return card(
    [
      {
        type: 'Container',
        style: 'attention',
        bleed: true,
        items: [
          text(first, { weight: 'Bolder', size: 'Large', color: 'Attention' }),
          ...rest.filter((l) => l.trim()).map((line) => text(line, { spacing: 'Small' })),
        ],
      },
    ],
    [],
    { speak: first },
  );
}

function answerCard(reply: Reply): AdaptiveCard {
  const g = reply.guidance;
  if (!g) return plainCard(reply);
  const body: CardElement[] = [];
  if (g.privacyWarning) {
    const line = g.text.split('\n').find((l) => l.startsWith('🔒'));
    if (line) {
      body.push({ type: 'Container', style: 'warning', items: [text(line, { weight: 'Bolder' })] });
    }
  }
  body.push(text(g.answer || g.text));
  if (g.safetyNet) body.push(text(g.safetyNet, { weight: 'Bolder', spacing: 'Medium' }));
  if (g.unverified) body.push(text(g.unverified, { isSubtle: true, size: 'Small' }));
  if (g.local) body.push(text('Practice varies by area: check your local procedures.', { isSubtle: true }));
  const sources = g.sources.slice(0, 3);
  if (sources.length > 0) {
    body.push(
      text(`Source: ${sources.map((s) => `[${s.title.replace(/[[\]]/g, '')}](${s.url})`).join(' · ')}`, {
        size: 'Small',
        spacing: 'Medium',
      }),
    );
  }
  body.push(
    text(`Confidence: ${g.confidence >= 0.75 ? 'high' : g.confidence >= 0.55 ? 'medium' : 'low'}`, {
      isSubtle: true,
      size: 'Small',
      spacing: 'None',
    }),
  );
  const actions: CardAction[] = [];
  const first = sources[0];
  if (first) actions.push({ type: 'Action.OpenUrl', title: 'Open the source', url: first.url });
  const related = (reply.actions ?? []).filter((a) => a.id === 'related_article').slice(0, 3);
  if (related.length > 0) {
    body.push({
      type: 'ActionSet',
      spacing: 'Medium',
      actions: related.map((a) => commandAction(`📖 ${a.label}`, a.command)),
    });
  }
  if (reply.questionId && (reply.actions ?? []).some((a) => a.id.startsWith('feedback_'))) {
    actions.push(
      execute('👍 Helpful', 'feedback', { feedback: 'helpful', questionId: reply.questionId }),
      execute('👎 Not helpful', 'feedback', { feedback: 'unhelpful', questionId: reply.questionId }),
    );
  }
  return card(body, actions);
}

function plainCard(reply: Reply): AdaptiveCard {
  const actions = (reply.actions ?? []).slice(0, 6).map((a) => commandAction(a.label, a.command));
  return card([text(reply.text)], actions);
}

/** The card for a reply to a message; urgent safeguarding replies are a red block, first and alone. */
export function renderReplyCard(reply: Reply): AdaptiveCard {
  if (reply.guidance?.kind === 'urgent') return urgentCard(reply);
  if (reply.guidance?.kind === 'answer') return answerCard(reply);
  return plainCard(reply);
}

/** True when a reply is plain text with nothing a card adds (sent as a text message). */
export function isPlainReply(reply: Reply): boolean {
  return !reply.guidance && !(reply.actions && reply.actions.length > 0) && !reply.attachment;
}

const rsvpLabels: Record<string, string> = {
  going: '✅ Going',
  not_going: '❌ Not going',
  maybe: '🤔 Maybe',
};

/**
 * An RSVP card for a forum's member reminder; `status` is a line added after an answer. With
 * `mine` (the clicker's answer, on the card only they see) that button is gone: it is spent.
 */
export function renderRsvpCard(
  postText: string,
  occurrenceId: string,
  postKey: string | undefined,
  status?: string,
  mine?: string,
): AdaptiveCard {
  const body: CardElement[] = [
    text('📅 Forum meeting', { weight: 'Bolder', size: 'Medium' }),
    text(postText),
  ];
  if (status) body.push({ type: 'Container', style: 'good', items: [text(status, { weight: 'Bolder' })] });
  return card(
    body,
    ['going', 'not_going', 'maybe']
      .filter((answer) => answer !== mine)
      .map((answer) =>
        execute(mine ? `Change to ${rsvpLabels[answer]}` : (rsvpLabels[answer] ?? answer), 'rsvp', {
          occurrenceId,
          answer,
          ...(postKey ? { postKey } : {}),
        }),
      ),
  );
}

/** What the clicker sees after answering: "You're going" and the counts. */
export function rsvpStatus(mine: string | null, countsText: string): string {
  const you =
    mine === 'going'
      ? "✅ You're going."
      : mine === 'not_going'
        ? "❌ You're not going."
        : mine === 'maybe'
          ? '🤔 You might go.'
          : '';
  return `${you} ${countsText}`.trim();
}

/** A survey answered: the answers are sent, the form is gone; it can be opened again to change them. */
export function renderSurveyAnsweredCard(title: string, runId: string, status: string): AdaptiveCard {
  return card(
    [
      text(`📊 ${title}`, { weight: 'Bolder' }),
      { type: 'Container', style: 'good', items: [text(status, { weight: 'Bolder' })] },
    ],
    [execute('Change my answers', 'pulse_form', { runId })],
  );
}

/** An answer card after a rating: the 👍 / 👎 buttons are spent and the rating is shown. */
export function renderRatedCard(
  answer: AdaptiveCard | undefined,
  feedback: 'helpful' | 'unhelpful',
): AdaptiveCard {
  const note = text(
    feedback === 'helpful'
      ? '👍 You found this helpful. Thank you.'
      : '👎 You found this not helpful. Thank you: a coordinator will look at it.',
    {
      isSubtle: true,
      spacing: 'Medium',
    },
  );
  if (!answer) return card([note]);
  const actions = (answer.actions ?? []).filter(
    (a) => !(a.type !== 'Action.OpenUrl' && a.data.verb === 'feedback'),
  );
  return { ...answer, body: [...answer.body, note], actions };
}

/**
 * The respondent's agency sector, inside the answer card (sent privately with the answers, never
 * asked in the channel); needed once, so optional.
 */
function sectorInput(): CardElement {
  return {
    type: 'Input.ChoiceSet',
    id: 'sector',
    label: 'Your agency’s sector (only needed the first time you answer a survey)',
    style: 'compact',
    isRequired: false,
    choices: SECTORS.map((sector) => ({ title: SECTOR_LABELS[sector], value: sector })),
  };
}

function questionInput(q: SurveyTemplate['questions'][number]): CardElement[] {
  const label = `${q.text}${q.required ? '' : ' (optional)'}`;
  if (q.type === 'comment') {
    return [{ type: 'Input.Text', id: q.id, label, isMultiline: true, maxLength: 2000, isRequired: false }];
  }
  const choices =
    q.type === 'agree5'
      ? ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'].map((t, i) => ({
          title: `${i + 1} ${t}`,
          value: String(i + 1),
        }))
      : q.type === 'scale10'
        ? Array.from({ length: 11 }, (_, i) => ({ title: String(i), value: String(i) }))
        : (q.options ?? []).map((o, i) => ({ title: o, value: String(i + 1) }));
  return [
    {
      type: 'Input.ChoiceSet',
      id: q.id,
      label,
      style: q.type === 'scale10' ? 'compact' : 'expanded',
      isRequired: q.required,
      errorMessage: 'Please choose an answer.',
      choices,
    },
  ];
}

/** A survey as a form: one input per question, answered with `pulse answer`. */
export function renderSurveyCard(
  postText: string,
  runId: string,
  template: SurveyTemplate,
  status?: string,
): AdaptiveCard {
  const intro = postText.split('\n')[0] ?? template.title;
  const body: CardElement[] = [text(intro, { weight: 'Bolder' })];
  if (status) body.push({ type: 'Container', style: 'good', items: [text(status, { weight: 'Bolder' })] });
  body.push(...template.questions.flatMap(questionInput), sectorInput());
  return card(body, [execute('Send my answers', 'pulse_answer', { runId })]);
}

/**
 * A post's text with its mentions as Teams mentions: `<at>Name</at>` in the text and a `mention`
 * entity for each, so the people are notified. `names` gives display names by user id.
 */
export function withMentions(
  message: OutboundMessage,
  names: ReadonlyMap<string, string> = new Map(),
): { text: string; entities: MentionEntity[] } {
  if (!message.parts?.some((p) => 'mention' in p)) return { text: message.text, entities: [] };
  const entities: MentionEntity[] = [];
  const text = message.parts
    .map((part) => {
      if ('text' in part) return part.text;
      const name = (names.get(part.mention) ?? part.mention).replace(/[<>]/g, '');
      const tag = `<at>${name}</at>`;
      if (!entities.some((e) => e.mentioned.id === part.mention))
        entities.push({ type: 'mention', text: tag, mentioned: { id: part.mention, name } });
      return tag;
    })
    .join('');
  return { text, entities };
}

/** A scheduled post: RSVP buttons for member reminders, a survey form when its questions are known. */
export function renderPostCard(
  message: OutboundMessage,
  postKey: string,
  survey?: SurveyTemplate,
  names?: ReadonlyMap<string, string>,
): AdaptiveCard {
  const { text: body, entities } = withMentions(message, names);
  const mentioning = (built: AdaptiveCard): AdaptiveCard =>
    entities.length ? { ...built, msteams: { ...built.msteams, entities } } : built;
  const occurrenceId = message.data?.occurrenceId;
  // Every forum post with RSVP buttons (announcement, update, member reminder) answers by card.
  const hasRsvp = message.actions?.some((a) => a.id.startsWith('rsvp_')) ?? false;
  if ((message.kind === 'forum_member_reminder' || hasRsvp) && typeof occurrenceId === 'string') {
    return mentioning(renderRsvpCard(body, occurrenceId, postKey));
  }
  const runId = message.data?.runId;
  if (message.kind === 'pulse_open' && typeof runId === 'string' && survey) {
    return mentioning(renderSurveyCard(body, runId, survey));
  }
  const heading = message.kind.startsWith('pulse_')
    ? '📊 Survey'
    : message.kind.startsWith('forum_')
      ? '📅 Forum'
      : '';
  const actions = (message.actions ?? []).slice(0, 6).map((a) => commandAction(a.label, a.command));
  return mentioning(card([...(heading ? [text(heading, { weight: 'Bolder' })] : []), text(body)], actions));
}

/** A refusal to show on a form: beside the input it names, or at the top. */
export interface FormProblem {
  field?: string;
  message: string;
}

/** The form's body with the problem placed after the input it concerns (or after the heading). */
function withProblem(body: CardElement[], problem: FormProblem | undefined): CardElement[] {
  if (!problem) return body;
  const note = text(problem.message, { color: 'Attention' });
  const at = body.findIndex((b) => 'id' in b && b.id === problem.field);
  const index = at >= 0 ? at + 1 : 1;
  return [...body.slice(0, index), note, ...body.slice(index)];
}

/** The form for `createForum`. */
export function renderForumForm(problem?: FormProblem): AdaptiveCard {
  return card(
    withProblem(
      [
        text('Create a forum', { weight: 'Bolder', size: 'Medium' }),
        {
          type: 'Input.Text',
          id: 'name',
          label: 'Name',
          isRequired: true,
          maxLength: 100,
          placeholder: 'North CAF Forum',
        },
        {
          type: 'Input.Text',
          id: 'cadence',
          label: 'How often it meets',
          isRequired: true,
          maxLength: 100,
          placeholder: 'every 2 months on the 2nd tuesday',
        },
        { type: 'Input.Time', id: 'time', label: 'Start time', value: '13:30', isRequired: true },
        { type: 'Input.Date', id: 'start', label: 'First meeting on or after', isRequired: true },
        { type: 'Input.Number', id: 'duration', label: 'Length in minutes', value: 120, min: 15, max: 480 },
        { type: 'Input.Text', id: 'venue', label: 'Venue (optional)', maxLength: 200 },
      ],
      problem,
    ),
    [submit('Create forum', { verb: 'forum_create' }, 'positive')],
  );
}

/** The form for `startSurvey`, listing the workspace's surveys. */
export function renderSurveyForm(
  templates: { key: string; title: string }[],
  problem?: FormProblem,
): AdaptiveCard {
  return card(
    withProblem(
      [
        text('Start a pulse survey', { weight: 'Bolder', size: 'Medium' }),
        {
          type: 'Input.ChoiceSet',
          id: 'template',
          label: 'Survey',
          isRequired: true,
          choices: templates.map((t) => ({ title: t.title, value: t.key })),
          value: templates[0]?.key,
        },
        { type: 'Input.Number', id: 'days', label: 'Open for (days)', value: 7, min: 1, max: 60 },
        {
          type: 'Input.ChoiceSet',
          id: 'recurrence',
          label: 'Repeat',
          value: 'none',
          choices: ['none', 'monthly', 'quarterly', 'yearly'].map((v) => ({ title: v, value: v })),
        },
        {
          type: 'Input.Number',
          id: 'audience',
          label: 'How many people it is for (optional)',
          min: 1,
          max: 100000,
        },
        {
          type: 'Input.Text',
          id: 'forum',
          label: "For a forum's members (optional forum name)",
          maxLength: 100,
        },
        { type: 'Input.Toggle', id: 'attributed', title: 'Attributed (not anonymous)', value: 'false' },
      ],
      problem,
    ),
    [submit('Start survey', { verb: 'pulse_start' }, 'positive')],
  );
}

/** A file the bot cannot upload in a chat (a calendar, a CSV), shown as monospaced text. */
export function renderAttachmentCard(reply: Reply): AdaptiveCard {
  const a = reply.attachment;
  return card([
    text(reply.text),
    ...(a
      ? [
          text(`${a.filename}`, { weight: 'Bolder', spacing: 'Medium' }),
          text(a.content, { fontType: 'Monospace', size: 'Small' }),
        ]
      : []),
  ]);
}

const SAFETY = 'If a child may be in immediate danger, call 999.';

/** The first thing a person sees in a personal chat: what the bot does, with Ask / Help / Forums. */
export function renderWelcomeCard(): AdaptiveCard {
  return card(
    [
      text("Hello, I'm joinedup", { weight: 'Bolder', size: 'Medium' }),
      text(
        'Ask me about CAF / early help, lead professionals, TAC/TAF or information sharing: a short answer with its source. I also run practitioner forums and pulse surveys.',
      ),
      text(SAFETY, { weight: 'Bolder', color: 'Attention' }),
      {
        type: 'Input.Text',
        id: 'question',
        label: 'Ask a question',
        placeholder: 'Who can start an early help assessment?',
        maxLength: 1000,
      },
    ],
    [
      submit('Ask', { verb: 'ask' }, 'positive'),
      commandAction('Help', 'help'),
      commandAction('Forums', 'forum list'),
    ],
  );
}

/** The introduction when added to a team or group chat: how to talk to the bot there. */
export function renderIntroductionCard(): AdaptiveCard {
  return card(
    [
      text("Hello, I'm joinedup", { weight: 'Bolder', size: 'Medium' }),
      text(
        'Mention me (@joinedup) with a question about CAF / early help for a short answer with its source. Coordinators can run a rotating practitioner forum here (`forum create`) and anonymous pulse surveys on trust between agencies (`pulse start`).',
      ),
      text(SAFETY, { weight: 'Bolder', color: 'Attention' }),
    ],
    [commandAction('Help', 'help'), commandAction('Forums', 'forum list')],
  );
}
