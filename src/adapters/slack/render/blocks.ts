import type { ActionsBlock, Button, KnownBlock, PlainTextElement, SectionBlock } from '@slack/types';
import type { Reply, ReplyAction } from '../../../core/conversation/types.ts';
import type { OutboundMessage } from '../../../core/shared/ports.ts';
import { postText } from '../../../core/shared/post-parts.ts';
import {
  fitsMessage,
  MAX_ACTIONS_ELEMENTS,
  MAX_BUTTON_TEXT,
  MAX_MESSAGE_BLOCKS,
  MAX_SECTION_TEXT,
} from './check-blocks.ts';

/** A Block Kit block of the kinds the app renders (Slack's own type). */
export type Block = KnownBlock;

/** Plain text for labels, titles and buttons. */
export const plain = (text: string): PlainTextElement => ({ type: 'plain_text', text, emoji: true });

const BUTTON_TEXT_LIMIT = MAX_BUTTON_TEXT;
const MAX_BUTTONS = MAX_ACTIONS_ELEMENTS;

/**
 * Escapes text for Slack mrkdwn (`&`, `<`, `>`), keeping the user and channel mentions the core
 * writes (`<@U123>`, `<#C123>`) so reminders still notify the right people.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .split(/(<[@#][A-Z0-9]+>)/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    )
    .join('');
}

/** A mention as Slack writes it; an id that is not a Slack user id stays plain text. */
export function slackMention(userId: string): string {
  return /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : `@${userId}`;
}

/** A link in mrkdwn; the label may not contain the characters that end one. */
function link(url: string, label: string): string {
  const safeUrl = url.replace(/[<>|\s]/g, encodeURIComponent);
  return `<${safeUrl}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

const escapedSize = (text: string) => escapeMrkdwn(text).length;

/** A line longer than `limit` once escaped, cut at spaces (and inside a word only if it must be). */
function splitLine(line: string, limit: number): string[] {
  if (escapedSize(line) <= limit) return [line];
  const pieces: string[] = [];
  let current = '';
  for (const word of line.split(/(?<=\s)/)) {
    if (escapedSize(current + word) <= limit) {
      current += word;
      continue;
    }
    if (current) pieces.push(current);
    current = '';
    let size = 0;
    for (const char of word) {
      const grows = escapedSize(char);
      if (size + grows > limit) {
        pieces.push(current);
        current = '';
        size = 0;
      }
      current += char;
      size += grows;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Splits text into pieces each within `limit` characters as Slack counts them (after escaping),
 * at line breaks where it can: every character is kept, in order.
 */
export function splitEscaped(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    for (const part of splitLine(line, limit)) {
      const joined = current ? `${current}\n${part}` : part;
      if (current && escapedSize(joined) > limit) {
        if (current.trim()) pieces.push(current);
        current = part;
      } else {
        current = joined;
      }
    }
  }
  if (current.trim()) pieces.push(current);
  return pieces;
}

/** Long text as section blocks, each within Slack's per-section limit after escaping. */
export function sections(text: string): SectionBlock[] {
  return splitEscaped(text, MAX_SECTION_TEXT).map(section);
}

function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(text) } };
}

/** A message as it is sent: the fallback text and its blocks. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/**
 * A message with more blocks than Slack takes in one, as several messages in order (the first
 * keeps the notification text), each checked against Slack's limits: nothing is cut off.
 */
export function splitMessage(message: SlackMessage): SlackMessage[] {
  const parts: SlackMessage[] = [];
  for (let i = 0; i < Math.max(message.blocks.length, 1); i += MAX_MESSAGE_BLOCKS) {
    const blocks = message.blocks.slice(i, i + MAX_MESSAGE_BLOCKS);
    parts.push(fitsMessage({ text: i === 0 ? message.text : '(continued)', blocks }));
  }
  return parts;
}

/** A button; `style` marks the suggested choice. */
export function button(label: string, actionId: string, value: string, style?: 'primary'): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: plain(clip(label, BUTTON_TEXT_LIMIT)),
    value,
    ...(style ? { style } : {}),
  };
}

/**
 * The typed action a core button stands for: an RSVP (`rsvp:<answer>`, the meeting's id as value)
 * or a rating (`feedback:<helpful|unhelpful>`, the question's id as value), which the actions
 * listener runs as use cases. Other buttons (an article, the results) carry their read-only command.
 */
export function typedAction(action: ReplyAction): { actionId: string; value: string } | undefined {
  const rsvp = /^rsvp_(going|not_going|maybe)$/.exec(action.id);
  if (rsvp) {
    const occurrenceId = action.value.split(':')[0] ?? '';
    return { actionId: `rsvp:${rsvp[1]}`, value: occurrenceId };
  }
  const feedback = /^feedback_(helpful|unhelpful)$/.exec(action.id);
  if (feedback) return { actionId: `feedback:${feedback[1]}`, value: action.value };
  return undefined;
}

/** Buttons for the core's actions: RSVPs and ratings as typed actions, the rest as read-only commands. */
export function actionButtons(
  actions: readonly ReplyAction[],
  blockId = 'actions',
): ActionsBlock | undefined {
  if (actions.length === 0) return undefined;
  return {
    type: 'actions',
    block_id: blockId,
    elements: actions.slice(0, MAX_BUTTONS).map((a, i) => {
      const typed = typedAction(a);
      const primary = a.id === 'feedback_helpful' || a.id === 'rsvp_going' ? 'primary' : undefined;
      return typed
        ? button(a.label, typed.actionId, typed.value, primary)
        : button(a.label, `cmd:${i}`, a.command, primary);
    }),
  };
}

/**
 * A reply rendered as Block Kit, with `text` as the notification and screen-reader fallback; it
 * may hold more blocks than one message takes (see `replyMessages`).
 */
export function replyToBlocks(reply: Reply): SlackMessage {
  const guidance = reply.guidance;
  const blocks: Block[] = [];
  if (guidance?.kind === 'urgent') {
    blocks.push({ type: 'header', text: plain('🚨 Urgent: act on this first') });
    blocks.push(...sections(reply.text));
  } else if (guidance && guidance.sources.length > 0) {
    // The answer text without its plain-text source and related lines, which become links and buttons.
    const body = reply.text
      .split('\n')
      .filter((l) => !/^(Source|Related):/.test(l))
      .join('\n');
    blocks.push(...sections(body));
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `Source: ${guidance.sources
            .slice(0, 3)
            .map((s) => link(s.url, s.title))
            .join(' · ')}`,
        },
      ],
    });
  } else {
    blocks.push(...sections(reply.text));
  }
  const buttons = actionButtons(reply.actions ?? []);
  if (buttons) blocks.push(buttons);
  return { text: clip(reply.text, 3000), blocks };
}

/** A scheduled post (announcement, reminder, survey) as Block Kit. */
export function outboundToBlocks(message: OutboundMessage): { text: string; blocks: Block[] } {
  const text = postText(message, slackMention);
  const blocks: Block[] = sections(text);
  const buttons = actionButtons(message.actions ?? [], 'post_actions');
  if (buttons) blocks.push(buttons);
  const runId = message.data?.runId;
  if ((message.kind === 'pulse_open' || message.kind === 'pulse_reminder') && typeof runId === 'string') {
    blocks.push({
      type: 'actions',
      block_id: 'pulse_actions',
      elements: [button('Answer the survey (2 minutes)', 'pulse_answer_open', runId, 'primary')],
    });
  }
  return fitsMessage({ text: clip(text, 3000), blocks });
}

/** A reply as the messages that carry it, in order, each within Slack's limits. */
export function replyMessages(reply: Reply): SlackMessage[] {
  return splitMessage(replyToBlocks(reply));
}
