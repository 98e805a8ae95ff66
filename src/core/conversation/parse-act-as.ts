// `as <user> <message>`: in the console a coordinator can try joinedup as several people (answer a
// survey as three members, then read the results) without restarting. Parsing is kept strict so
// that a question such as "as a social worker, can I share this?" is never taken for it.

/** Who to act as and what they say. */
export interface ActAs {
  userId: string;
  text: string;
}

/** Words that begin ordinary sentences after "as"; never taken for a user. */
const NOT_A_USER = new Set([
  'a',
  'an',
  'the',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'part',
  'well',
  'long',
  'soon',
  'far',
  'much',
  'many',
  'per',
  'of',
  'to',
  'if',
  'for',
  'it',
  'i',
  'we',
  'they',
  'he',
  'she',
  'you',
  'someone',
  'somebody',
  'lead',
  'practitioner',
  'this',
  'that',
  'soon',
]);

const ACT_AS = /^as\s+(<?@?)([A-Za-z0-9][\w.-]{0,63})>?\s*:?\s+(\S[\s\S]*)$/i;

/**
 * Reads `as <user> <message>`. The message must be a command (`isCommand`), unless the user is
 * written as a mention (`@alice`) or an id with a digit (`U2`), so that plain questions starting
 * with "as" stay questions.
 */
export function parseActAs(text: string, isCommand: (text: string) => boolean): ActAs | undefined {
  const m = ACT_AS.exec(text.trim());
  if (!m?.[2] || !m[3]) return undefined;
  const userId = m[2];
  if (NOT_A_USER.has(userId.toLowerCase())) return undefined;
  const marked = (m[1] ?? '') !== '' || /\d/.test(userId);
  return marked || isCommand(m[3]) ? { userId, text: m[3] } : undefined;
}
