import type { OutboundMessage, PostPart } from './ports.ts';

/** Plain-text rendering of parts: a mention as `@id`. */
export function plainText(parts: readonly PostPart[]): string {
  return renderParts(parts, (userId) => `@${userId}`);
}

/** Parts joined, each mention written by `mention` and each text piece by `text` (an escaper). */
export function renderParts(
  parts: readonly PostPart[],
  mention: (userId: string) => string,
  text: (piece: string) => string = (piece) => piece,
): string {
  return parts.map((part) => ('mention' in part ? mention(part.mention) : text(part.text))).join('');
}

/** A post's text with its mentions written the platform's way (its plain text when it has no parts). */
export function postText(
  message: Pick<OutboundMessage, 'text' | 'parts'>,
  mention: (userId: string) => string,
  text?: (piece: string) => string,
): string {
  if (!message.parts || message.parts.length === 0) return text ? text(message.text) : message.text;
  return renderParts(message.parts, mention, text);
}

/** Mentions of several people, separated by `separator`, followed by `after`. */
export function withMentions(userIds: readonly string[], after: string, separator = ' '): PostPart[] {
  const parts: PostPart[] = [];
  for (const userId of userIds) {
    if (parts.length > 0) parts.push({ text: separator });
    parts.push({ mention: userId });
  }
  if (parts.length > 0 && after) parts.push({ text: separator });
  if (after) parts.push({ text: after });
  return parts;
}
