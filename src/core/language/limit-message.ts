/**
 * Longest message handled, in chat and by `joinedup ask` alike; anything longer is refused with
 * a clear message and nothing stored. A question with case details pasted in runs long, and the
 * answer to a long paste is never better than to the one question in it.
 */
export const MAX_MESSAGE_LENGTH = 4000;

/** The reply to a message over the limit (after cleaning), or undefined when it fits. */
export function tooLongReply(text: string): string | undefined {
  if (text.length <= MAX_MESSAGE_LENGTH) return undefined;
  return `That message is too long for me (${text.length.toLocaleString('en-GB')} characters; the limit is ${MAX_MESSAGE_LENGTH.toLocaleString('en-GB')}). Please ask one short question, without case details.`;
}
