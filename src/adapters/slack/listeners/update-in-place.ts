import type { BlockAction } from '@slack/bolt';
import type { ActionsBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { RsvpAnswer } from '../../../core/forums/ports.ts';
import type { Feedback } from '../../../core/shared/ports.ts';
import type { Block } from '../render/blocks.ts';
import { fitsMessage } from '../render/check-blocks.ts';

/** How the clicked message's blocks change once its click has been acted on. */
export type BlockChange = (blocks: Block[]) => Block[];

type Respond = (message: Record<string, unknown>) => Promise<unknown>;

/**
 * Shows the new state in the message that was clicked: `chat.update` for a posted message, the
 * response URL (`replace_original`) for an ephemeral one, which `chat.update` cannot reach.
 * Reusable by any button (ratings, RSVPs, surveys): the change says what the message becomes.
 * Returns false when there is no message to update (a click on the App Home or a modal).
 */
export async function updateInPlace(
  client: WebClient,
  body: BlockAction,
  respond: Respond | undefined,
  change: BlockChange,
): Promise<boolean> {
  const message = body.message as { ts?: string; text?: string; blocks?: Block[] } | undefined;
  const channel = body.container?.channel_id ?? body.channel?.id;
  if (!message?.blocks || !channel) return false;
  const updated = fitsMessage({ text: message.text ?? 'joinedup', blocks: change(message.blocks) });
  if (body.container?.is_ephemeral || !message.ts) {
    if (!respond) return false;
    await respond({ replace_original: true, ...updated });
    return true;
  }
  await client.chat.update({ channel, ts: message.ts, ...updated });
  return true;
}

/** The buttons whose action id starts with `prefix` removed (and actions blocks left empty, too). */
export function withoutButtons(blocks: Block[], prefix: string): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (b.type !== 'actions') return [b];
    const elements = b.elements.filter((e) => !('action_id' in e && e.action_id?.startsWith(prefix)));
    const kept: ActionsBlock = { ...b, elements };
    return elements.length > 0 ? [kept] : [];
  });
}

/** A context line with this block id, in place of the previous one or at the end. */
export function withStatus(blocks: Block[], blockId: string, text: string): Block[] {
  const status: Block = { type: 'context', block_id: blockId, elements: [{ type: 'mrkdwn', text }] };
  const at = blocks.findIndex((b) => b.block_id === blockId);
  return at >= 0 ? blocks.map((b, i) => (i === at ? status : b)) : [...blocks, status];
}

const RATED: Record<Feedback, string> = { helpful: 'Rated 👍 helpful', unhelpful: 'Rated 👎 not helpful' };

/** A rated answer: the rating buttons are spent, the rating shows. */
export function rated(feedback: Feedback): BlockChange {
  return (blocks) =>
    withStatus(withoutButtons(blocks, 'feedback:'), 'rated', `${RATED[feedback]}. Thank you.`);
}

const YOU: Record<RsvpAnswer, string> = {
  going: "✅ You're going",
  maybe: '🤔 You might come',
  not_going: "❌ You're not going",
};

/**
 * An RSVP: the counts in a channel post (whose buttons stay for everyone else), and the answer
 * itself in a direct message (still changeable with the same buttons).
 */
export function rsvped(answer: RsvpAnswer, counts: Record<RsvpAnswer, number>, direct: boolean): BlockChange {
  const tally = `${counts.going} going · ${counts.maybe} maybe · ${counts.not_going} not going`;
  return (blocks) => withStatus(blocks, 'rsvp_state', direct ? `${YOU[answer]} · ${tally}` : tally);
}
