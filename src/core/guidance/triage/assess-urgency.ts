import { type NormalisedMessage, normaliseMessage } from '../../language/normalise-message.ts';
import {
  CLAUSE_BREAK,
  GENERIC_FRAME,
  HISTORIC,
  HYPOTHETICAL_FRAME,
  NEGATION,
  NOW_LOOSE,
  NOW_STRICT,
  QUESTION_FRAME,
  SCENARIO,
  SPECIFIC,
} from './message-frames.ts';
import { TRIAGE_FUZZY_EXCEPTIONS, TRIAGE_FUZZY_TARGETS, TRIAGE_SPELLINGS } from './triage-spellings.ts';
import { IMMINENT_CONTACT, URGENCY_RULES, type UrgencyRule } from './urgency-rules.ts';

/** Why a message was judged urgent. A message can have several. */
export type UrgencyReason =
  | 'immediate_danger'
  | 'violence'
  | 'abuse_disclosure'
  | 'abuse_imminent_contact'
  | 'child_alone'
  | 'self_harm'
  | 'suicide_risk'
  | 'medical_emergency'
  | 'missing_child'
  | 'sexual_exploitation';

/** The triage verdict on one message. `urgent` is true exactly when `reasons` is not empty. */
export interface UrgencyAssessment {
  urgent: boolean;
  /** Distinct reasons in a fixed order (the order of `URGENCY_REASONS`). */
  reasons: UrgencyReason[];
}

/** Every reason, in the order assessments list them. */
export const URGENCY_REASONS: readonly UrgencyReason[] = [
  'immediate_danger',
  'medical_emergency',
  'suicide_risk',
  'self_harm',
  'violence',
  'abuse_disclosure',
  'abuse_imminent_contact',
  'child_alone',
  'missing_child',
  'sexual_exploitation',
];

// How far back a frame or negation can reach from a signal. A frame 30 words earlier is usually
// about something else.
const FRAME_REACH = 120;
const NEGATION_WORDS = 5;
const SENTENCE_REACH = 200;
// A hostile message can repeat one phrase thousands of times inside frames; past this many looks
// at one rule the answer will not change, and the time must stay bounded.
const MAX_MATCHES_PER_RULE = 200;

interface MessageContext {
  message: NormalisedMessage;
  nowStrict: boolean;
  now: boolean;
  concrete: boolean;
  scenario: boolean;
}

/** Position in `breaks` of the first sentence break at or after `index` (breaks.length if none). */
function firstBreakFrom(breaks: number[], index: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((breaks[mid] as number) < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceAround(message: NormalisedMessage, start: number, end: number) {
  const { breaks, text } = message;
  const next = firstBreakFrom(breaks, start);
  const sentenceStart = next > 0 ? (breaks[next - 1] as number) + 1 : 0;
  const sentenceEnd = next < breaks.length ? (breaks[next] as number) : text.length;
  return {
    before: text.slice(Math.max(sentenceStart, start - FRAME_REACH), start),
    sentence: text.slice(
      Math.max(sentenceStart, start - SENTENCE_REACH),
      Math.min(sentenceEnd, end + SENTENCE_REACH),
    ),
  };
}

function isNegated(before: string): boolean {
  const parts = before.split(CLAUSE_BREAK);
  const clause = parts[parts.length - 1] ?? '';
  const words = clause.trim().split(' ').slice(-NEGATION_WORDS).join(' ');
  return NEGATION.test(words);
}

function signalCounts(rule: UrgencyRule, match: RegExpExecArray, context: MessageContext): boolean {
  const { before, sentence } = sentenceAround(context.message, match.index, match.index + match[0].length);
  if (isNegated(before)) return false;
  // A topic word is hypothetical if its whole sentence is ("should I call the police when a young
  // person...": the frame comes after); a vivid signal only if the frame leads up to it.
  const frameScope = rule.tier === 'weak' || rule.tier === 'current' ? sentence : before;
  const frame = rule.threat ? GENERIC_FRAME : HYPOTHETICAL_FRAME;
  const hypothetical =
    context.scenario || frame.test(frameScope) || (!rule.ignoresHistory && HISTORIC.test(sentence));
  if (hypothetical && !context.nowStrict) return false;
  if (rule.context && !rule.context.test(sentence)) return false;
  // Bot commands ("forum create Knife crime briefing tonight") carry topics, not situations.
  if (context.message.command && !context.nowStrict) return false;
  switch (rule.tier) {
    case 'vivid':
      return true;
    case 'strong':
      return context.concrete || !QUESTION_FRAME.test(before);
    case 'weak':
      return context.concrete;
    case 'current':
      return context.now;
  }
}

function ruleFires(rule: UrgencyRule, context: MessageContext): boolean {
  let seen = 0;
  for (const match of context.message.text.matchAll(rule.pattern)) {
    if (signalCounts(rule, match, context)) return true;
    if (++seen >= MAX_MATCHES_PER_RULE) return false;
  }
  return false;
}

function hasImminentContact(message: NormalisedMessage): boolean {
  const match = IMMINENT_CONTACT.exec(message.text);
  if (!match) return false;
  const { before } = sentenceAround(message, match.index, match.index + match[0].length);
  return !isNegated(before);
}

/**
 * Decides whether a message says a child may be in danger now, so it gets the emergency route
 * instead of a guidance answer. Rule-based and deterministic: each signal needs enough context
 * (a specific child, a first-hand account, a time) and is cancelled by a hypothetical frame ("what
 * should I do if a child..."), a negation ("not in danger") or a past-tense history, except that any
 * disclosure of abuse counts. When in doubt about a specific child, it errs towards urgent.
 * Never throws; linear in the message length.
 */
export function assessUrgency(text: string): UrgencyAssessment {
  try {
    const message = normaliseMessage(text, {
      spellings: TRIAGE_SPELLINGS,
      fuzzyTargets: TRIAGE_FUZZY_TARGETS,
      fuzzyExceptions: TRIAGE_FUZZY_EXCEPTIONS,
    });
    if (message.text === '') return { urgent: false, reasons: [] };
    const nowStrict = NOW_STRICT.test(message.text);
    const now = nowStrict || NOW_LOOSE.test(message.text);
    const context: MessageContext = {
      message,
      nowStrict,
      now,
      concrete: now || SPECIFIC.test(message.text),
      scenario: SCENARIO.test(message.text),
    };

    const found = new Set<UrgencyReason>();
    for (const rule of URGENCY_RULES) {
      if (rule.reasons.every((reason) => found.has(reason))) continue;
      if (ruleFires(rule, context)) for (const reason of rule.reasons) found.add(reason);
    }
    if ((found.has('abuse_disclosure') || found.has('violence')) && hasImminentContact(message)) {
      found.add('abuse_imminent_contact');
    }
    const reasons = URGENCY_REASONS.filter((reason) => found.has(reason));
    return { urgent: reasons.length > 0, reasons };
  } catch {
    // Unreachable by design (the tests feed hostile input). If a pattern bug ever throws, the safe
    // failure for a safeguarding triage is the emergency route, not silence.
    return { urgent: true, reasons: ['immediate_danger'] };
  }
}
