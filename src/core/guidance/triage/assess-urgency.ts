import type { NormalisedMessage } from '../../language/normalise-message.ts';
import { gatedTest, gateOf, mayMatch } from '../../shared/literal-gate.ts';
import {
  type ClassifierVerdict,
  classify,
  shippedTriageModel,
  type TriageModel,
} from './classifier/triage-model.ts';
import {
  AGENDA,
  CASE_WRITE_UP,
  CLAUSE_BREAK,
  EXPLAINED_AWAY,
  GENERIC_FRAME,
  HANDLED,
  HEDGE,
  HISTORIC,
  HYPOTHETICAL_FRAME,
  IMMINENT,
  IMMINENT_STRONG,
  LIVE_DANGER,
  LIVE_WORRY,
  NEGATION,
  NOW_LOOSE,
  NOW_STRICT,
  ORDINARY_ILLNESS,
  ORDINARY_WORRY,
  PAST_OR_HABIT,
  PLAY_OR_STORY,
  PRESENT_TODAY,
  QUESTION_FRAME,
  REASSURED,
  RECORD_OPENING,
  SCENARIO,
  SETTLED,
  SPECIFIC,
  STILL_WORRIED,
  TOPIC_TALK,
  UNREASSURABLE,
  WITNESSED_ACCIDENT,
} from './message-frames.ts';
import { ALL_RULES, normaliseForTriage } from './triage-normalise.ts';
import {
  AIRWAY,
  IMMINENT_CONTACT,
  LAST_DAY_GOODBYE,
  type UrgencyRule,
  WORKPLACE_IDIOM,
} from './urgency-rules.ts';
import { CHILD_WRITING_SOURCE, FOOD_WITHHELD, NAMED_CHILD_AGE } from './urgency-vocabulary.ts';

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
  | 'sexual_exploitation'
  | 'trafficking'
  | 'radicalisation'
  | 'fgm_or_forced_marriage'
  | 'injury_concern'
  | 'neglect'
  | 'emotional_abuse'
  | 'domestic_abuse'
  | 'unsafe_at_home'
  | 'homeless_child'
  | 'carer_unable'
  | 'fabricated_illness'
  /** The learned classifier read a safeguarding concern that no rule names. */
  | 'safeguarding_concern';

/**
 * How soon a safeguarding message must be acted on: `now` is danger now (999, the front door now,
 * do not let the child leave with the person named); `today` is a concern for the DSL and the
 * children's social care front door today. Neither is a CAF.
 */
export type UrgencyTier = 'now' | 'today';

/**
 * The triage verdict on one message. `urgent` is true exactly when `reasons` is not empty, and
 * then `tier` says how urgent.
 */
export interface UrgencyAssessment {
  urgent: boolean;
  tier?: UrgencyTier;
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
  'trafficking',
  'radicalisation',
  'fgm_or_forced_marriage',
  'injury_concern',
  'neglect',
  'emotional_abuse',
  'domestic_abuse',
  'unsafe_at_home',
  'homeless_child',
  'carer_unable',
  'fabricated_illness',
  'safeguarding_concern',
];

// A sentence that reports what someone said.
const REPORTED_SPEECH =
  /\b(?:said|says|saying|told|tells|telling|asked|asks|whispered|disclosed|wrote|messaged|texted|sez|sed)\b/;

// New information being passed on: a disclosure of past harm is a concern today.
const TOLD =
  /\b(?:disclosed|discloses|disclosing|confided|revealed|alleged|alleges|opened up|told (?:me|us|a|her|his|the|staff|my|our|their))\b/;

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
  /** A record of something over: cancels concerns for today (see `isSettledRecord`). */
  settledRecord: boolean;
  /** How signals that matched were cancelled, if any were. */
  cancelled: Set<Cancellation>;
  /** Which sentences (by index) held a signal cancelled as negated, history or a figure of speech. */
  cancelledSentences: Set<number>;
}

/**
 * Why a signal that matched did not count: a negation, settled history, a hypothetical frame, or a
 * figure of speech ("my mum will kill me lol", "my manager will murder me if the return is late").
 */
export type Cancellation = 'negated' | 'historic' | 'hypothetical' | 'figurative';

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
  const head = text.slice(Math.max(sentenceStart, start - SENTENCE_REACH), start);
  const tail = text.slice(end, Math.min(sentenceEnd, end + SENTENCE_REACH));
  return {
    before: text.slice(Math.max(sentenceStart, start - FRAME_REACH), start),
    sentence: `${head}${text.slice(start, end)}${tail}`,
    // The sentence without the signal itself: "easier if i was not here" holds its own "if".
    around: `${head} | ${tail}`,
    // Close enough to the signal for a figure of speech to be about it: "my mum will kill me if I am
    // late" says nothing of "mum held it on the hob" further on in the same sentence.
    near: wholeWords(
      text,
      Math.max(sentenceStart, start - IDIOM_REACH),
      Math.min(sentenceEnd, end + IDIOM_REACH),
    ),
  };
}
const IDIOM_REACH = 60;

/** `text` from `start` to `end`, widened to whole words: a cut "(coo)king" must not read as "kill". */
function wholeWords(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && text[from - 1] !== ' ') from -= 1;
  while (to < text.length && text[to] !== ' ') to += 1;
  return text.slice(from, to);
}

// A status ("a schedule 1 offender") is negated only by a negation attached to it ("is not a", "no
// longer on the"): a "no" further back belongs to what the person may do ("no unsupervised contact,
// he is a schedule 1 offender").
const STATUS_NEGATED =
  /\b(?:not|never|never been|no longer|is not|was not|is not on|not on)(?: a| an| on the| on a)? ?$/;

function isNegated(before: string): boolean {
  const parts = before.split(CLAUSE_BREAK);
  const clause = parts[parts.length - 1] ?? '';
  // "If I do not do a video he will send them": the "not" belongs to the condition of a threat.
  if (CONDITION_THEN.test(clause.trim())) return false;
  const words = clause.trim().split(' ').slice(-NEGATION_WORDS).join(' ');
  // "Will not say how he got the bruises", "cannot explain the burn": the telling is negated, not
  // the harm, and that is itself a sign.
  // "Dad says no to ambulance, breathing sounds wrong": a refusal of help negates nothing.
  return NEGATION.test(words.replace(NEGATED_TELLING, ' ').replace(REFUSED_HELP, ' '));
}

const REFUSED_HELP = /\b(?:says|said|saying|say) no to\b/g;

const CONDITION_THEN =
  /\b(?:if|unless) (?:[a-z]{1,15} ){0,3}(?:not|no|never|nothing) (?:[a-z0-9]{1,15} ){0,6}(?:he|she|they|i|you|we|it|someone|somebody)$/;

const NEGATED_TELLING =
  /\b(?:not|no|never|nobody|none|without|nothing|no longer)(?: (?:be able to|been able to|able to|want to|wanting to|willing to|going to|got to))? (?:say|says|said|saying|explain|explains|explained|know|knows|knew|tell|tells|told|remember|remembers|talk|speak|answer|answers|understand|fit|fits|match|matches|add up|adds up|seem|seems|like|likes|want|wants|allowed|let|lets|give|gives|offer|offers|account for|been able)\b/g;

function cancel(context: MessageContext, why: Cancellation, at: number): void {
  context.cancelled.add(why);
  context.cancelledSentences.add(firstBreakFrom(context.message.breaks, at));
}

/**
 * The message without the sentences whose signals were cancelled, or undefined when none was: what
 * the classifier still reads when the rules set a harm aside ("In the past dad hit him." says
 * nothing about the rest of the message).
 */
function uncancelledText(context: MessageContext): string | undefined {
  if (context.cancelledSentences.size === 0) return undefined;
  const { text, breaks } = context.message;
  const kept: string[] = [];
  for (let i = 0; i <= breaks.length; i += 1) {
    if (context.cancelledSentences.has(i)) continue;
    const start = i > 0 ? (breaks[i - 1] as number) + 1 : 0;
    const end = i < breaks.length ? (breaks[i] as number) : text.length;
    const sentence = text.slice(start, end).trim();
    if (sentence) kept.push(sentence);
  }
  return kept.join(' | ');
}

function signalCounts(rule: UrgencyRule, match: RegExpExecArray, context: MessageContext): boolean {
  const { before, sentence, around, near } = sentenceAround(
    context.message,
    match.index,
    match.index + match[0].length,
  );
  if (rule.status ? STATUS_NEGATED.test(before) : isNegated(before)) {
    // A denial of a rule's harm ("he never had her by the throat") leaves the classifier free to
    // read the message, as if no rule had read it.
    if (!rule.denialLeavesClassifier) cancel(context, 'negated', match.index);
    return false;
  }
  // A topic word is hypothetical if its whole sentence is ("should I call the police when a young
  // person...": the frame comes after); a vivid signal only if the frame leads up to it.
  const frameScope = rule.tier === 'weak' || rule.tier === 'current' ? around : before;
  // In a child's reported words, "if you tell" and "if it hurts" are the child's, not a
  // practitioner's hypothetical: only a generic frame ("if a child says...") still counts there.
  const frame = rule.threat || REPORTED_SPEECH.test(sentence) ? GENERIC_FRAME : HYPOTHETICAL_FRAME;
  // Past harm is history for danger now; for a concern it still counts when it is being told
  // ("she disclosed that she was cut two years ago"), not when it is a known, settled fact.
  // Nor is the signal itself said to go on ("keeps carrying a knife ... since he got jumped last
  // month"); a "keeps" elsewhere in the sentence is about something else.
  const historic =
    !rule.ignoresHistory &&
    HISTORIC.test(sentence) &&
    !PRESENT_TODAY.test(sentence) &&
    !STILL_GOING_ON.test(`${before.slice(-30)}${match[0]}`) &&
    (rule.urgency === 'now' || !TOLD.test(sentence));
  // A record of something over (minutes, a closed case, an accident dealt with) cancels concerns
  // for today, never a danger-now signal.
  const settled = context.settledRecord && rule.urgency === 'today';
  const hypothetical = context.scenario || settled || frame.test(frameScope) || historic;
  if (hypothetical && !context.nowStrict) {
    cancel(context, historic ? 'historic' : 'hypothetical', match.index);
    return false;
  }
  // A concern's context may sit in the next sentence ("A 10-month-old ... | The home is very cold").
  const contextScope =
    rule.urgency === 'today' ? passageAround(context.message, match.index).passage : sentence;
  if (rule.context && !rule.context.test(contextScope)) return false;
  if (WORKPLACE_IDIOM.test(near)) {
    cancel(context, 'figurative', match.index);
    return false;
  }
  if (rule.exclude?.test(sentence)) return false;
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

interface Firing {
  at: number;
  /** The signal describes a habit ("keeps going missing", "leaves her on her own after school"). */
  habitual: boolean;
}

// Harms that are never a habit to wait for: a medical emergency, a suicide attempt.
const ALWAYS_NOW: ReadonlySet<UrgencyReason> = new Set(['medical_emergency', 'suicide_risk', 'self_harm']);
const HABIT =
  /\b(?:keeps|kept|often|always|regularly|repeatedly|usually|sometimes|every (?:day|night|week|weekend|time|morning|evening|friday|saturday|sunday)|at (?:the )?weekends?|most (?:days|nights|weekends)|(?:once|twice|three times) a (?:week|month)|on (?:\w+ )?occasions|\d+ times|again and again|a lot|loads|all the time|been going|tends to)\b/;
const HABITUAL_VERB = /^(?:leaves|hits|goes|locks|takes|makes|beats|gets|smacks|kicks|punches|slaps)\b/;

/** Where a rule counted first, and whether that match reads as a habit; undefined if it never did. */
function ruleFires(rule: UrgencyRule, context: MessageContext): Firing | undefined {
  const { text } = context.message;
  // A rule whose words are not in the message is not run: most messages concern a handful of
  // rules, and a rule never run is never compiled (V8 compiles an expression on its first run).
  if (!mayMatch(gateOf(rule.pattern), text)) return undefined;
  let seen = 0;
  // exec over the shared global pattern, not matchAll: matchAll clones the regex for every call,
  // which for a short question costs more than the matching.
  const { pattern } = rule;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex += 1;
    if (signalCounts(rule, match, context)) {
      const { sentence } = sentenceAround(context.message, match.index, match.index + match[0].length);
      return { at: match.index, habitual: HABIT.test(sentence) || HABITUAL_VERB.test(match[0]) };
    }
    if (++seen >= MAX_MATCHES_PER_RULE) return undefined;
  }
  return undefined;
}

/** The sentence holding `index` and one either side: where "tonight" or "he is outside" belongs. */
function passageAround(message: NormalisedMessage, index: number): { passage: string; sentence: string } {
  const { breaks, text } = message;
  const next = firstBreakFrom(breaks, index);
  const at = (i: number, fallback: number) =>
    i >= 0 && i < breaks.length ? (breaks[i] as number) : fallback;
  const sentenceStart = next > 0 ? at(next - 1, 0) + 1 : 0;
  const sentenceEnd = at(next, text.length);
  const passageStart = next > 1 ? at(next - 2, 0) + 1 : 0;
  const passageEnd = at(next + 1, text.length);
  return {
    passage: text.slice(
      Math.max(passageStart, index - SENTENCE_REACH * 2),
      Math.min(passageEnd, index + SENTENCE_REACH * 2),
    ),
    sentence: text.slice(
      Math.max(sentenceStart, index - SENTENCE_REACH),
      Math.min(sentenceEnd, index + SENTENCE_REACH),
    ),
  };
}

/** A today-concern is danger now when its passage says it is happening or about to. */
function isImminent(message: NormalisedMessage, index: number, habitual: boolean): boolean {
  const { passage, sentence } = passageAround(message, index);
  if (IMMINENT_STRONG.test(passage)) return true;
  if (habitual) return false;
  // "seen in the park on her own at 9pm on saturday", "goes missing every weekend": a day or a
  // clock time in a sentence about the past or a habit is not about to happen.
  return IMMINENT.test(passage) && !PAST_OR_HABIT.test(sentence);
}

// "She asked me if it is normal...", "he asked what to do if someone has pics of you": a child's
// question reported, not a hypothetical "if".
const REPORTED_QUESTION =
  /\b((?:asked|asks|asking|wondered|wondering|wanted to know|wants to know|checked|checking)(?: me| us| her| him| them| the teacher| staff)?)(?: what (?:to do|she should do|he should do|they should do|you do|you should do|happens|would happen|will happen)(?= (?:if|whether) (?!(?:a|an|any|children|kids|young people|people|pupils?|students?|staff|parents?|the child|the young person|families)\b)))? (?:if|whether)\b/g;

// A child the message is about, and what says it is a story, a film or training instead.
const ABOUT_A_CHILD =
  /\b(?:child|children|kid|kids|baby|babies|toddler|boy|girl|son|daughter|twins|siblings|brother|sister|pupil|student|teen|teenager|\d{1,2} ?(?:yo|y\/o|year old|yr old))\b/;
const STORY_OR_TRAINING =
  /\b(?:training|drama|film|clip|video|tv|episode|book|novel|soap|programme|scenario|case study|role play|story)\b/;

/**
 * Whether the writer hedges about a child ("not sure if this is anything but", "sorry if im
 * overreacting but the kids...") outside a story or training.
 */
function hedgesAboutAChild(text: string): boolean {
  return hedged(text) && ABOUT_A_CHILD.test(text) && !STORY_OR_TRAINING.test(text);
}

/** Whether the text holds a hedge (`HEDGE` is global: its position is reset after the test). */
function hedged(text: string): boolean {
  const found = HEDGE.test(text);
  HEDGE.lastIndex = 0;
  return found;
}

/** Cuts hedges ("not sure if this is anything but") out of the text, keeping the breaks right. */
function withoutHedges(message: NormalisedMessage): NormalisedMessage {
  const asked = REPORTED_QUESTION.test(message.text);
  if (!hedged(message.text) && !asked) return message;
  const text = message.text
    .replace(REPORTED_QUESTION, '$1 that')
    .replace(HEDGE, '|')
    .replace(/\s*\|\s*/g, ' | ')
    .replace(/^ \| /, '')
    .trim();
  const breaks: number[] = [];
  for (let i = text.indexOf('|'); i !== -1; i = text.indexOf('|', i + 1)) breaks.push(i);
  return { ...message, text, breaks };
}

/**
 * "And he picks her up at 3", "she lives with him": the person named will have the child soon (a
 * child goes home to whoever they live with today).
 */
function hasImminentContact(message: NormalisedMessage): boolean {
  const match = IMMINENT_CONTACT.exec(message.text);
  if (!match) return false;
  const { before } = sentenceAround(message, match.index, match.index + match[0].length);
  return !isNegated(before);
}
// Harms where the person named having the child soon is the danger.
const CONTACT_HARMS: readonly UrgencyReason[] = [
  'abuse_disclosure',
  'violence',
  'domestic_abuse',
  'emotional_abuse',
  'injury_concern',
  'sexual_exploitation',
  'unsafe_at_home',
];

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
    const normalised = normaliseForTriage(text);
    if (normalised.text === '') return { urgent: false, reasons: [] };
    return combineWithClassifier(assessByRules(normalised), normalised.text);
  } catch {
    // Unreachable by design (the tests feed hostile input). If a pattern bug ever throws, the safe
    // failure for a safeguarding triage is the emergency route, not silence.
    return { urgent: true, tier: 'now', reasons: ['immediate_danger'] };
  }
}

/**
 * The rules' verdict weighed with the learned classifier's (when its model is shipped). The rules
 * are precise on what they were written for and the classifier generalises to wording they never
 * saw, so: a message no rule flags is a concern when the classifier is confident it is one; a
 * message a rule flags stays a concern unless the classifier finds it plainly ordinary ("asthma
 * attack in PE, inhaler given, all fine"); and a concern is danger now when a rule says so or the
 * classifier leans that way (the thresholds favour danger now: a concern for today sent to 999 is
 * safer than the reverse).
 */
function combineWithClassifier(reading: RulesReading, normalised: string): UrgencyAssessment {
  const { cancelled, uncancelled, part, ...rules } = reading;
  const model = shippedTriageModel();
  if (!model) return rules;
  const { thresholds } = model;
  if (rules.urgent) {
    // The classifier weighs the part the rules read the harm in, not the question before it.
    const read = part ?? normalised;
    const verdict = classify(model, read);
    // The classifier overturns a rule only on a message it read whole (a long one it reads by
    // samples of sentences) and could judge (see `classifierMayOverturn`).
    // Nor a message whose writer hedges ("sorry if im overreacting but the kids were left home
    // alone"): the hedge says they are worried, and the classifier reads it as talk.
    const overturned =
      verdict.concern < thresholds.veto &&
      classifierMayOverturn(read, verdict.whole) &&
      !hedgesAboutAChild(normalised);
    if (overturned) return { urgent: false, reasons: [] };
    const tier = rules.tier === 'now' || verdict.now >= thresholds.now ? 'now' : 'today';
    return { ...rules, tier };
  }
  const verdict = strongestPart(model, normalised);
  // A harm the rules read as negated, settled history or a figure of speech ("he has never hit
  // her", "dad hit her last year but has moved out", "my mum will kill me lol") is not brought back
  // by the classifier alone, unless it is very sure (the rules' reading may belong to another part
  // of the message: "his brother was stabbed last month and now he carries a knife").
  // Nor does it alone turn a record of something over (minutes, a closing summary, an accident
  // dealt with) into a concern.
  if (verdict.concern < thresholds.concern || isSettledRecord(normalised) || isReassured(normalised))
    return rules;
  // The rules' reading belongs to its own sentences: the classifier, held back there, still reads
  // the rest ("In the past mum held his hand on the hob. | ... too frightened to go home today").
  let heard = verdict;
  if (classifierDefers(cancelled, verdict.concern, thresholds.override)) {
    if (!uncancelled) return rules;
    heard = classify(model, uncancelled);
    if (heard.concern < thresholds.concern || isSettledRecord(uncancelled)) return rules;
  }
  return {
    urgent: true,
    tier: heard.now >= thresholds.now ? 'now' : 'today',
    reasons: ['safeguarding_concern'],
  };
}

/**
 * The classifier's reading of the whole message or, when it turns to another topic ("... ? btw one
 * of my families - [name] (16) has been sofa surfing"), of a later part read alone, whichever is
 * the more worried: the question before the turn says nothing about what follows it.
 */
function strongestPart(model: TriageModel, normalised: string): ClassifierVerdict {
  const whole = classify(model, normalised);
  if (whole.concern >= model.thresholds.concern) return whole;
  let best = whole;
  // The parts after a turn; the one before it is the question the whole was drowned by.
  for (const part of readableParts(normalised).slice(1)) {
    if (part === '') continue;
    const verdict = classify(model, part);
    if (verdict.concern > best.concern) best = verdict;
  }
  return best;
}

/** The readings of the rules the classifier alone does not overturn (see `combineWithClassifier`). */
export const CLASSIFIER_DEFERS_TO: readonly Cancellation[] = ['negated', 'historic', 'figurative'];

/**
 * Whether the classifier gives way to the rules' cancellation of a harm: always for a figure of
 * speech; for a negation or settled history unless its concern probability reaches `override`.
 */
export function classifierDefers(
  cancelled: ReadonlySet<string>,
  concern: number,
  override: number | undefined,
): boolean {
  if (cancelled.has('figurative')) return true;
  const heldBack = CLASSIFIER_DEFERS_TO.some((c) => cancelled.has(c));
  return heldBack && !(override !== undefined && concern >= override);
}

// Said in the signal or just before it: "keeps smashing", "keeps going out carrying a knife",
// "they keep carrying knives", "is still carrying".
const STILL_GOING_ON = /\b(?:keeps|keep on|kps|still|stil)\b|\bkeep [a-z]+ing\b/;

// The classifier needs enough words to find a message plainly ordinary: "he took a overdose" and
// "pls hlp kid bleedin loads" are too short for it to judge, and are exactly what must not be
// missed.
const VETO_MIN_WORDS = 10;
// An emergency said of a child, whoever names them ("Jayden is having a seizure", "my nephew is
// fitting"), not of an adult ("mum is unresponsive to calls", "one parent is having a fit about it",
// "the SENCO ... is struggling to talk to parents") or in a general sentence ("a baby who is not
// breathing").
const NOT_ADULT_SUBJECT = String.raw`(?<!\b(?:who|mum|mam|mom|dad|mother|father|parent|parents|carer|carers|senco|teacher|staff|manager|nurse|colleague|worker|head|sw|hv|gp) )`;

// Harm still going on ("is being abused", "cannot stop the bleeding", "is having an asthma attack
// ... struggling to talk") is never an incident that is over, however the rest of the message reads
// (a question after it, "do we need consent before calling an ambulance?", is still about now).
const ONGOING_HARM = new RegExp(
  String.raw`\b(?:${NOT_ADULT_SUBJECT}(?:is|are|am) (?:having|in the middle of) (?:an? )?(?:asthma attack|seizure|fit|allergic reaction|anaphylactic (?:shock|reaction)|hypo)(?! (?:plan|plans|box|kit|policy|training|care plan|about|over|on facebook))|${NOT_ADULT_SUBJECT}(?:is|are) (?:struggling to (?:breathe|breath)|struggling to (?:talk|speak)(?! to)|not breathing|turning blue|fitting|unresponsive(?! to))|${NOT_ADULT_SUBJECT}(?:has |have |keeps |kept )?(?:stopped|stops|stopping) breathing|(?:is|are|am) (?:still )?being (?:abused|hurt|hit|beaten|harmed|groomed|exploited|touched|attacked|threatened|neglected|starved|trafficked)|(?:dad|mum|mam|father|mother|step ?dad|step ?mum|partner|boyfriend|girlfriend|husband|wife|uncle) (?:is |are )?(?:hitting|punching|kicking|beating|strangling|choking|slapping|attacking|stabbing|throttling) (?:mum|mam|dad|her mum|his mum|their mum|the (?:kids|children|baby|boy|girl)|his partner|her partner)(?: [a-z]{1,15}){0,3}? (?:in front of (?:the|her|his|their|my) (?:kids|children|baby|boy|girl|son|daughter)|here|right now|as we speak)|on (?:a|the|my) (?:home )?visit(?: now)?(?: ,)? (?:dad|mum|mam|step ?dad|partner|boyfriend) (?:is |are )?(?:hitting|punching|kicking|beating|strangling|choking|slapping|attacking|stabbing|throttling)|(?:cannot|can not|will not|would not) stop (?:it|the bleeding|bleeding|fitting|shaking|crying|breathing)|${AIRWAY} (?:is|are) (?:still )?(?:swelling|swollen|puffing up|closing up)|counted \d{1,3}(?: [a-z]{1,12})? (?:and|but) (?:we )?(?:should|there should) (?:have|be) \d{1,3}|(?:gone|disappeared|vanished|wandered off|ran off) from (?:the |a )?(?:soft play|play ?area|playground|park|shop|supermarket|pool|beach|fair|nursery|class)|unaccounted for|(?:staff|we|everyone|police|teachers|they|the team) (?:are|is|were|have been|has been) searching\b[^|]{0,50}\b(?:child|boy|girl|toddler|baby|cannot find|can not find|nowhere|wandered|missing|left the|aged? \d{1,2}))\b`,
);

// What a rule reads here is never an ordinary message however the rest reads ("what is the Prevent
// referral form? a year 10 boy showed his mates a pipe bomb he made").
// Nor is a goodbye, however calmly it is put ("this is my last day, I've written letters for
// everyone"), or a child's food taken away as a punishment.
const NEVER_ORDINARY = new RegExp(
  String.raw`\b(?:pipe bomb|nail bomb|petrol bomb|home ?made bomb|home ?made explosives?|ied)s?\b|${LAST_DAY_GOODBYE}|\b(?:written|wrote|writing|left) (?:goodbye )?(?:letters|notes) (?:for|to) everyone\b|\b(?:goodbye|bye|goodnight|good night) forever\b|${FOOD_WITHHELD}|\b(?:heard|hear|hearing|could hear|can hear)\b(?![^|]*\b(?:tickl\w*|giggl\w*|play ?fight\w*|playing (?:tag|a game|games|football|rugby)|rehearsal|drama|rugby|football|practice|washed|nails|nappy)\b)[^|]{0,40}\b(?:crying|screaming|shouting|yelling|begging|sobbing)(?: out)? (?:stop (?:it )?(?:dad|mum|mam|daddy|mummy)|please stop|get off (?:me|her|him))\b|\b(?:crying|screaming|shouting|yelling|begging|sobbing)(?: out)? (?:stop (?:it )?(?:dad|mum|mam|daddy|mummy)|please stop|get off (?:me|her|him))\b(?=[^|]{0,40}\b(?:through the wall|next door)\b)`,
);

/**
 * Whether the classifier may overturn a rule's signal on this message (when it is nearly sure the
 * message is ordinary): only a message it read whole, long enough to judge, not plainly about this
 * moment and not about harm still going on.
 */
export function classifierMayOverturn(normalised: string, whole: boolean): boolean {
  if (!whole || NOW_STRICT.test(normalised) || ONGOING_HARM.test(normalised)) return false;
  if (NEVER_ORDINARY.test(normalised)) return false;
  return normalised.split(' ').filter((word) => /[a-z0-9]/.test(word)).length >= VETO_MIN_WORDS;
}

// A short note that asks nothing and frames nothing as general ("dad threw me against the wall cos
// i spilt his drink", "needles found in kids bedroom by housing") is about a real child: that is
// how practitioners jot a concern, or a child's words, in a hurry.
const PLAIN_STATEMENT_WORDS = 25;
// A sentence that opens as a question, or chatter, is not such a note.
const ASKS_OR_CHATS =
  /(?:^|\| )(?:does|do|did|is|are|was|were|what|which|who|how|can|could|should|would|will|when|where|why|any|anyone|has|have)\b|\b(?:thx|thanks|thank you|lol|haha|lesson|lessons|category|categories|any (?:sightings|ideas|tips|thoughts|advice|suggestions))\b/;
function plainStatement(text: string): boolean {
  if (text.split(' ').length > PLAIN_STATEMENT_WORDS) return false;
  return (
    !gatedTest(ASKS_OR_CHATS, text) &&
    !gatedTest(QUESTION_FRAME, text) &&
    !gatedTest(GENERIC_FRAME, text) &&
    !gatedTest(TOPIC_TALK, text)
  );
}

/**
 * An ordinary worry the message itself says is known and in hand ("mum and dad are separating, all
 * very amicable", "fell, first aid, mum told at pick up, happy boy"): one of the everyday worries a
 * reassurance can settle, the reassurance closing the message, and nothing in it a child said, a
 * sign of harm or live danger.
 */
function isReassured(text: string): boolean {
  if (!mayMatch(gateOf(REASSURED), text)) return false;
  // The reassurance closes the message (what follows it is a short question at most): "Parents
  // are supportive. Has been saying mum's boyfriend makes him sleep in the shed" is a new worry
  // after it, which it does not answer.
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(REASSURED_ALL)) last = m;
  if (!last) return false;
  const after = text.slice(last.index + last[0].length).match(/[a-z0-9]+/g) ?? [];
  return (
    after.length <= 10 &&
    gatedTest(ORDINARY_WORRY, text) &&
    !gatedTest(UNREASSURABLE, text) &&
    !gatedTest(LIVE_DANGER, text) &&
    !gatedTest(NOW_STRICT, text)
  );
}
const REASSURED_ALL = new RegExp(REASSURED.source, 'g');

/**
 * A record of something over: minutes, an agenda or a closing summary, or an accident staff saw that
 * has been dealt with. Nothing in it may still be a worry ("however", "disclosed", "again").
 */
function isSettledRecord(text: string): boolean {
  // Nothing is a record of something over while anything in it is happening now or still a worry.
  if (gatedTest(LIVE_DANGER, text) || gatedTest(NOW_STRICT, text) || gatedTest(LIVE_WORRY, text))
    return false;
  // A write-up of a closed case names past worries: it counts as over when it says so.
  if (gatedTest(CASE_WRITE_UP, text)) return gatedTest(SETTLED, text);
  if (gatedTest(STILL_WORRIED, text)) return false;
  if (gatedTest(RECORD_OPENING, text)) return gatedTest(SETTLED, text) || gatedTest(AGENDA, text);
  if (gatedTest(EXPLAINED_AWAY, text) && gatedTest(PLAY_OR_STORY, text)) return true;
  if (gatedTest(ORDINARY_ILLNESS, text) && gatedTest(HANDLED, text)) return true;
  return gatedTest(WITNESSED_ACCIDENT, text) && gatedTest(SETTLED, text);
}

/** The rules' verdict, and how any signals they matched but did not count were cancelled. */
export interface RulesReading extends UrgencyAssessment {
  cancelled: ReadonlySet<Cancellation>;
  /** The message without the sentences that held a cancelled signal (see `uncancelledText`). */
  uncancelled?: string;
  /** The part of the message the verdict was read from, when it turned to another topic. */
  part?: string;
}

const NAMED_CHILD = new RegExp(NAMED_CHILD_AGE);
// A young person writing about themselves: "im 16 and my parents say i have to marry my cousin".
const CHILD_WRITING = new RegExp(CHILD_WRITING_SOURCE);
// One of the writer's own children: "one of my year 6 girls", "a 6 year old in my class".
const OWN_CHILD =
  /\b(?:one of (?:my|our)|(?:in|on) (?:my|our) (?:class|caseload|case load|books|group|register|tutor group)|(?:my|our) (?:pupil|student|son|daughter|mentee|client|foster child)s?)\b/;

/** A child who is named with their age, writing, or one of the writer's own: not "the 14 year old" of a case study. */
function particularChild(text: string): boolean {
  return NAMED_CHILD.test(text) || CHILD_WRITING.test(text) || OWN_CHILD.test(text);
}

// A sentence that turns to something else: "Does the EHA need both signatures? | Also [name] (6)
// has a bruise ...", "how long do we keep records | btw one of my families ...". What comes after
// it is read on its own as well, so the process question before it frames nothing after it.
const MAX_TURNS = 6;
const TOPIC_SWITCH =
  /^(?:also|and also|oh and|oh also|btw|by the way|ps|p s|separately|on another note|on a different note|unrelated|another thing|one more thing|and another thing|different question|different thing|side note|while i am here|while i am at it|also while i am here)\b/;

/**
 * The parts of a normalised message between its turns: the part before the first turn, then each
 * turn to the next (the last to the end); none when it does not turn. A hostile message can turn
 * thousands of times: past MAX_TURNS nothing new is read. In a case study or a scenario a part is
 * read only where it names a particular child (an empty string keeps the part's place).
 */
function readableParts(text: string): string[] {
  const sentences = text.split(' | ');
  const starts = [0];
  for (let i = 1; i < sentences.length && starts.length <= MAX_TURNS; i += 1) {
    if (TOPIC_SWITCH.test(sentences[i] as string)) starts.push(i);
  }
  if (starts.length < 2) return [];
  const scenario = gatedTest(SCENARIO, text);
  return starts.map((from, k) => {
    const part = sentences.slice(from, starts[k + 1] ?? sentences.length).join(' | ');
    return scenario && !particularChild(part) ? '' : part;
  });
}

/**
 * The rules' verdict alone on a message normalised for triage: on the whole message and, when it
 * turns from one thing to another ("also", "btw"), on each part by itself.
 */
export function assessByRules(normalised: NormalisedMessage): RulesReading {
  const whole = assessWhole(normalised);
  if (whole.urgent) return whole;
  // A case study or a scenario is one, whatever it turns to ("Also ..." in an exercise), unless a
  // part names a particular child ("need a case study for the team meeting | also [name] 8
  // disclosed dad hits him"): see `readableParts`.
  for (const text of readableParts(normalised.text)) {
    if (text === '') continue;
    const breaks: number[] = [];
    for (let b = text.indexOf('|'); b !== -1; b = text.indexOf('|', b + 1)) breaks.push(b);
    const reading = assessWhole({ ...normalised, text, breaks });
    if (reading.urgent) return { ...reading, part: text };
  }
  return whole;
}

/** The rules' verdict on one message (or one part of one). */
// A young person writing of themselves: their age or school year, or what others want of them
// ("im 14", "they want me to join their group").
const YOUNG_PERSON_WRITING =
  /\b(?:i am (?:only )?(?:[0-9]|1[0-7])\b(?! ?(?:weeks?|months?|mins?|minutes|hours?|days?|times|pounds|quid|p|am|pm|percent)\b)|i am in (?:year|yr|y) ?\d{1,2}\b|(?:they|he|she|people|someone|somebody|a man|a guy|this man|this guy|men|an older (?:man|boy|lad)) (?:want|wants|wanted|keep asking|keeps asking|kept asking|asked|are asking|is asking|make|makes|made|are making|is making|force|forces|forced) me to)/;

// Children with their ages, or a message opening with the child ("the twins 7 walk home by
// themselves", "lads had a weepy ear for a month").
const CHILDREN_WITH_AGES =
  /\b(?:twins|triplets|kids|children|boys|girls|siblings) (?:aged |are |r )?(?:[1-9]|1[0-7])\b(?! (?:percent|times|minutes|mins|hours|days|weeks|months|pounds|to \d+|\d+|and over|plus)\b)(?!-\d)|^(?:the |our |my |this |that )?(?:lad|lads|lass|boy|girl|child|kid|baby|toddler|little one|little boy|little girl|young person|yp|pupil|student) (?:has|had|is|was|keeps|says|said|told|came|comes|turned up)\b|\b(?:the|our|my|this|that) (?:little one|little boy|little girl|lad|lass|toddler|baby) (?:flinches|cries|screams|wets|soils|hides|freezes)\b|(?:^|\| )(?:1[0-7]|[4-9])$/;
// A parent writing of their own household: "my partner shouts and pushes me about".
const OWN_HOUSEHOLD =
  /\bmy (?:partner|husband|boyfriend|ex|wife|girlfriend|fella) (?:shouts|pushes|pushed|hits|hit|grabs|grabbed|threatens|threatened|controls|chokes|choked|strangled|slaps|slapped|kicks|kicked)\b/;
// A pupil named by their school year, then what they said or did ("a year 11 said her family").
const PUPIL_BY_YEAR =
  /\b(?:a|one|another|this|that|our|my) (?:year|yr|y) ?\d{1,2} (?:said|says|told|tells|disclosed|asked|wrote|has|had|is|was|came|turned up|showed)\b/;

function assessWhole(normalised: NormalisedMessage): RulesReading {
  const message = withoutHedges(normalised);
  if (message.text === '') return { urgent: false, reasons: [], cancelled: new Set() };
  // The frames are read through their literal gates: most messages need none of them compiled.
  const nowStrict = gatedTest(NOW_STRICT, message.text);
  const now = nowStrict || gatedTest(NOW_LOOSE, message.text);
  // (A child named with their age counts here, not in SPECIFIC, which the classifier also reads.)
  const specific =
    gatedTest(SPECIFIC, message.text) ||
    NAMED_CHILD.test(message.text) ||
    CHILD_WRITING.test(message.text) ||
    YOUNG_PERSON_WRITING.test(message.text) ||
    PUPIL_BY_YEAR.test(message.text) ||
    OWN_HOUSEHOLD.test(message.text) ||
    CHILDREN_WITH_AGES.test(message.text) ||
    plainStatement(message.text);
  const context: MessageContext = {
    message,
    nowStrict,
    now,
    concrete: now || specific,
    scenario: gatedTest(SCENARIO, message.text) || (!specific && gatedTest(TOPIC_TALK, message.text)),
    settledRecord: isSettledRecord(message.text),
    cancelled: new Set(),
    cancelledSentences: new Set(),
  };

  const found = new Set<UrgencyReason>();
  let tier: UrgencyTier | undefined;
  for (const rule of ALL_RULES) {
    const covered = rule.reasons.every((reason) => found.has(reason));
    if (covered && (tier === 'now' || rule.urgency === 'today')) continue;
    const firing = ruleFires(rule, context);
    if (!firing) continue;
    for (const reason of rule.reasons) found.add(reason);
    // A danger-now signal written as a habit is a concern for today, unless it is also happening
    // now or the harm is one that never waits (an overdose is an overdose, however often).
    const waits =
      rule.urgency === 'today' || (firing.habitual && !rule.reasons.some((reason) => ALWAYS_NOW.has(reason)));
    if (!waits || isImminent(message, firing.at, firing.habitual)) tier = 'now';
    else tier ??= 'today';
  }
  if (CONTACT_HARMS.some((harm) => found.has(harm)) && hasImminentContact(message)) {
    if (found.has('abuse_disclosure') || found.has('violence')) found.add('abuse_imminent_contact');
    tier = 'now';
  }
  const reasons = URGENCY_REASONS.filter((reason) => found.has(reason));
  const { cancelled } = context;
  const uncancelled = uncancelledText(context);
  return reasons.length > 0
    ? { urgent: true, tier, reasons, cancelled, uncancelled }
    : { urgent: false, reasons: [], cancelled, uncancelled };
}
