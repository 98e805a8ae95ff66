import { normaliseMessage } from '../../language/normalise-message.ts';
import { TRIAGE_SPELLINGS } from './triage-spellings.ts';
import { WORKPLACE_IDIOM } from './urgency-rules.ts';

/** The line that ends any reply that is not urgent when the message talks about harm. */
export const SAFETY_NET_LINE =
  'If a child may be in danger now, call 999; if you are worried about a child, talk to your safeguarding lead today.';

// Harm, abuse, fear or injury, named in any way: broader than the triage on purpose, because the
// line costs nothing when the message was only a question about the topic.
const HARM_MENTION =
  /\b(?:harm|harms|harmed|harming|hurt|hurts|hurting|abuse|abused|abuses|abusing|abusive|abuser|violence|violent|assault\w{0,3}|attack\w{0,3}|hits (?:her|him|them|me)|hitting (?:her|him|them|me)|hit (?:her|him|them|me)|beaten|beating (?:her|him|them)|punch\w{0,3}|kick\w{0,3}|slap\w{0,3}|smack\w{0,3}|strangl\w{0,3}|chok\w{1,3}|shak\w{1,3} (?:baby|infant)|scared|afraid|frightened|terrified|fear|fears|fearful|unsafe|danger|dangerous|threat\w{0,5}|injur\w{1,4}|bruis\w{1,4}|burns (?:on|to)|burnt (?:her|his|him|by)|burned (?:her|his|him|by)|scald\w{0,3}|fracture\w{0,2}|wound\w{0,2}|bleed\w{0,3}|blood|cutting (?:herself|himself|themselves|myself)|cuts (?:on|to) (?:her|his|their)|self harm\w{0,3}|suicid\w{1,3}|kill (?:herself|himself|themselves|myself|her|him|them|me)|killed|overdos\w{1,3}|neglect\w{0,3}|starv\w{1,3}|hungry|rape\w{0,2}|sexual\w{0,2}|groom\w{0,3}|exploit\w{0,7}|traffick\w{0,3}|county lines|fgm|female genital mutilation|forced marriage|honour|radicali[sz]\w{0,5}|extremis\w{1,3}|(?:gone|went|go|goes|been|reported) missing|(?:she|he|they|child|boy|girl|son|daughter) (?:is|are|was|were) missing(?! (?:school|lessons|a |the |some ))|missing (?:child|children|girl|boy|person|young person|from (?:home|care))|runaway|ran away|knife|knives|weapon\w{0,1}|gun|guns|stab\w{0,4}|domestic|coercive|bully\w{0,3}|bullied|sextortion|nudes|blackmail\w{0,3}|drunk|intoxicated|home alone|left alone|abandon\w{0,3}|homeless|kicked out)\b/;

/**
 * True when a message mentions harm, abuse, fear or injury, however it is typed. Never throws.
 * Figures of speech about work ("my manager will kill me if the report is late") do not count.
 */
export function mentionsHarm(message: string): boolean {
  try {
    const { text } = normaliseMessage(message, { spellings: TRIAGE_SPELLINGS });
    if (!HARM_MENTION.test(text)) return false;
    const sentences = text.split(' | ');
    return sentences.some((sentence) => HARM_MENTION.test(sentence) && !WORKPLACE_IDIOM.test(sentence));
  } catch {
    return true;
  }
}

/**
 * The reply text with the safety-net line at its end when the message talks about harm and the
 * line is not there already. For replies that are not urgent; an urgent reply has its own route.
 */
export function withSafetyNet(message: string, replyText: string): string {
  if (replyText.includes(SAFETY_NET_LINE) || !mentionsHarm(message)) return replyText;
  return `${replyText}\n\n${SAFETY_NET_LINE}`;
}
