import { cleanText } from '../language/clean-text.ts';
import { type NormalisedQuestion, normaliseQuestion } from '../language/normalise-question.ts';
import {
  describeFindings,
  type PersonalDataFinding,
  type PersonalDataKind,
  redactPersonalData,
} from '../privacy/index.ts';
import type { AnswerKind } from '../shared/ports.ts';
import type { Article, ArticleSource } from './article.ts';
import { estimateConfidence } from './confidence.ts';
import { GUIDANCE_SPELLINGS } from './guidance-spellings.ts';
import type { KnowledgeIndex, SearchOutcome, SectionMatch } from './knowledge-index.ts';
import {
  assessUrgency,
  composeUrgentReply,
  type EmergencyContacts,
  type UrgencyReason,
  type UrgencyTier,
  withSafetyNet,
} from './triage/index.ts';

/** A source as shown to the user and in `joinedup ask --json`. */
export interface SourceRef {
  /** The article the answer came from. */
  id: string;
  title: string;
  url: string;
}

/** A platform-neutral guidance reply; adapters render it, `text` is the plain-text rendering. */
export interface GuidanceReply {
  kind: AnswerKind;
  /** The whole reply exactly as a user reads it in plain text. */
  text: string;
  /** The answer paragraph alone (empty for urgent and no-answer replies). */
  answer: string;
  sources: SourceRef[];
  related: { id: string; title: string }[];
  /**
   * "Did you mean": two or three articles offered as choices when they are too close to call
   * (a no_answer reply); empty otherwise.
   */
  suggestions: { id: string; title: string }[];
  confidence: number;
  privacyWarning: boolean;
  privacyKinds: PersonalDataKind[];
  /** The question with identifiable details replaced: the only form ever stored or logged. */
  redactedQuestion: string;
  articleIds: string[];
  local: boolean;
  unverified?: string;
  urgentReasons: UrgencyReason[];
  /** Urgent replies only: danger now, or a safeguarding concern to act on today. */
  urgency?: UrgencyTier;
  /** The safety-net line a reply that is not urgent ends with when the message talks about harm. */
  safetyNet?: string;
}

export interface GuidanceOptions {
  minConfidence: number;
  coordinatorContact?: string;
  emergency: EmergencyContacts;
  /** Longest answer paragraph, in words. */
  maxAnswerWords?: number;
}

export const MAX_QUESTION_LENGTH = 2000;

const privacyLine = (findings: PersonalDataFinding[]) =>
  `🔒 Please don't post identifiable details about children or families in chat (I noticed ${describeFindings(findings)}). I have not stored them and will answer in general terms.`;

function confidenceLabel(confidence: number): string {
  if (confidence >= 0.75) return 'high';
  if (confidence >= 0.55) return 'medium';
  return 'low';
}

function formatSource(source: ArticleSource): string {
  const who = [source.publisher, source.year].filter(Boolean).join(', ');
  return `${source.title}${who ? ` (${who})` : ''}: ${source.url}`;
}

/** Cuts text to whole sentences within the word limit (a single long sentence is cut with an ellipsis). */
export function limitWords(text: string, maxWords: number): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= maxWords) return text.trim();
  const sentences = text.trim().match(/[^.!?]+[.!?]+(?:\s+|$)|[^.!?]+$/g) ?? [text];
  let out = '';
  let count = 0;
  for (const sentence of sentences) {
    const n = sentence.trim().split(/\s+/).length;
    if (count + n > maxWords) break;
    out += sentence;
    count += n;
  }
  return out.trim() || `${words.slice(0, maxWords).join(' ')}…`;
}

/** Plain-text clean-up of Markdown in article text for chat. */
function plain(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\[(.+?)\]\((.+?)\)/g, '$1 ($2)')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Below the answer threshold, the lowest confidence at which close articles are offered as choices. */
const offerFloor = 0.35;
/**
 * A best match with no close runner-up is answered from this confidence: nothing else competes,
 * and on the tuning half such answers were right five times in six (docs/evaluation.md).
 */
const clearLeaderConfidence = 0.6;
/** A runner-up is "close" when its score is at least this share of the best one's. */
const closeShare = 0.75;
/** With the classifier, other articles offered beside the best one score at least this share of it. */
const offerShare = 0.35;
/** A runner-up is listed as related when its score is at least this share of the best one's. */
const relatedShare = 0.8;
/**
 * How much lower the answer threshold is for a question the privacy guard took details out of.
 * What the guard leaves ("tac for [name] (8) at [school] thurs") pulls the confidence down while
 * the best match stays as often right: on the held-out tuning questions with placeholders, 331
 * right and 3 wrong at 0.9, 348 right and still 3 wrong at 0.85 (docs/evaluation.md, "Round 11");
 * at 0.825, two more right and no more wrong over the evaluation tuning half and the tuning halves
 * of batches S, T and U ("Round 14"). Lower still answered more of those, but reviews found
 * confidently wrong answers at 0.80 to 0.82 ("should the HV do a CAF or a 2 year check?" answered
 * from the child development domain; in round 16, "how long should a CAF take? (ellie, 8)" answered
 * from referral timescales, and a context sentence taking over a question one sentence answered).
 */
const redactedAllowance = 0.075;
/** The confidence given to a question worded exactly as an article's own (see `ownQuestion`). */
const ownQuestionConfidence = 0.95;
/** Sentences of one message searched on their own, at most. */
const maxParts = 4;
/**
 * A short sentence that points back at another and names nothing of its own ("need their email",
 * "is that ok", "can she do it") says what it asks only with the sentence before it, so it is never
 * searched alone: read alone, "need their email" was answered from the article on sending
 * information securely. "Is that a TAF?" and "can he attend TAF?" name their topic and stand alone.
 */
const POINTS_BACK = new Set(
  'they them their theirs it its that this those these he him his she her hers'.split(' '),
);
const leaningWords = 4;
const NAMES_NOTHING = new Set([
  ...POINTS_BACK,
  ...`i we you u me us my our your a an the to for of on in at with and or so too also then is are was
  were be been am do does did have has had get got need needs want wants can could would will should
  may might must ok okay fine right alright please pls thanks ta send give share email number details
  contact name address phone now still yet again just what who when where how why which`
    .split(/\s+/)
    .filter(Boolean),
]);
function leansOnAnother(part: string): boolean {
  const words = part.split(' ');
  return (
    words.length <= leaningWords &&
    words.some((w) => POINTS_BACK.has(w)) &&
    words.every((w) => NAMES_NOTHING.has(w))
  );
}

/** A reply that is not urgent, ending with the safety-net line when the question talks about harm. */
function withSafetyNetLine(question: string, reply: GuidanceReply): GuidanceReply {
  const text = withSafetyNet(question, reply.text);
  return text === reply.text ? reply : { ...reply, text, safetyNet: text.slice(reply.text.length).trim() };
}

/**
 * Answers guidance questions: safeguarding triage first, then the privacy guard, then retrieval
 * over the knowledge base. Pure: it stores nothing (callers log the redacted question).
 */
export class GuidanceService {
  /**
   * Each article's title and alternative questions, normalised as questions are, to the one
   * article that asks it (a wording two articles share is left out).
   */
  private readonly ownQuestions = new Map<string, string | null>();

  constructor(
    private readonly index: KnowledgeIndex,
    private readonly options: GuidanceOptions,
  ) {
    for (const article of index.allArticles()) {
      for (const wording of [article.title, ...(article.questions ?? [])]) {
        const key = normaliseQuestion(wording, { spellings: GUIDANCE_SPELLINGS }).text;
        if (key.length === 0) continue;
        const seen = this.ownQuestions.get(key);
        this.ownQuestions.set(key, seen === undefined || seen === article.id ? article.id : null);
      }
    }
  }

  get articleCount(): number {
    return this.index.size;
  }

  article(id: string): Article | undefined {
    return this.index.article(id);
  }

  answer(rawQuestion: string, context: { logged?: boolean } = {}): GuidanceReply {
    // Control and bidi characters go before anything reads the text (a hidden mark can split a word).
    const question = cleanText(rawQuestion.slice(0, MAX_QUESTION_LENGTH * 10));
    const { text: redacted, findings } = redactPersonalData(question);
    const privacyWarning = findings.length > 0;
    const base = {
      privacyWarning,
      privacyKinds: [...new Set(findings.map((f) => f.kind))],
      redactedQuestion: redacted.slice(0, MAX_QUESTION_LENGTH),
    };

    const urgency = assessUrgency(question);
    if (urgency.urgent) {
      const urgent = composeUrgentReply(urgency, this.options.emergency);
      const text = privacyWarning ? `${urgent.text}\n\n${privacyLine(findings)}` : urgent.text;
      return {
        ...base,
        kind: 'urgent',
        text,
        answer: '',
        sources: [],
        related: [],
        suggestions: [],
        confidence: 1,
        articleIds: [],
        local: true,
        urgentReasons: urgent.reasons,
        urgency: urgent.tier,
      };
    }

    const searchable = redacted.slice(0, MAX_QUESTION_LENGTH);
    const normalised = normaliseQuestion(searchable, { spellings: GUIDANCE_SPELLINGS });
    if (normalised.text.length === 0) return { ...base, ...this.nothingToAsk(findings) };
    const minConfidence =
      normalised.placeholders.length > 0
        ? this.options.minConfidence - redactedAllowance
        : this.options.minConfidence;
    const found = this.search(searchable, normalised, minConfidence);
    const { outcome, confidence } = this.ownQuestion(normalised, found);
    const { matches } = outcome;
    const best = matches[0];
    const runnerUp = matches[1];
    // With the classifier the confidence already weighs the lead, and answering a clear leader
    // below the threshold added wrong answers on the tuning half (docs/evaluation.md).
    const clearLeader =
      !!best &&
      best.classifierProbability === undefined &&
      !outcome.localArrangement &&
      (!runnerUp || runnerUp.score < best.score * closeShare);
    const sureEnough =
      confidence >= minConfidence ||
      (clearLeader && confidence >= Math.min(clearLeaderConfidence, minConfidence));
    if (!best || !sureEnough) {
      return withSafetyNetLine(question, {
        ...base,
        ...this.noAnswer(findings, outcome, confidence, context.logged ?? false),
      });
    }

    const article = best.article;
    // A section answers its own heading ("Is a TAC permanent? No. ..."), so the heading goes first.
    const body =
      best.sectionIndex === 0 ? best.section.text : `${best.section.heading}\n${best.section.text}`;
    const answer = limitWords(plain(body), this.options.maxAnswerWords ?? 120);
    const relatedIds = [
      ...matches
        .slice(1)
        .filter((m) => m.score >= best.score * relatedShare)
        .map((m) => m.article.id),
      ...article.related,
    ];
    const related = [...new Set(relatedIds)]
      .filter((id) => id !== article.id)
      .slice(0, 3)
      .flatMap((id) => {
        const a = this.index.article(id);
        return a ? [{ id: a.id, title: a.title }] : [];
      });
    const sources = article.sources.map((s) => ({ id: article.id, title: s.title, url: s.url }));

    const lines: string[] = [];
    if (privacyWarning) lines.push(privacyLine(findings), '');
    lines.push(answer, '');
    const [primary, ...more] = article.sources;
    if (primary) {
      const also = more.length > 0 ? ` (and ${more.length} more: \`article ${article.id}\`)` : '';
      lines.push(`Source: ${formatSource(primary)}${also}`);
    }
    if (article.origin === 'local') lines.push('This answer was written for your area by your coordinators.');
    if (article.local) lines.push('Practice varies by area: check your local procedures.');
    if (article.unverified) lines.push(`Not yet verified: ${article.unverified}`);
    if (related.length > 0) lines.push(`Related: ${related.map((r) => r.title).join(' · ')}`);
    lines.push(`Confidence: ${confidenceLabel(confidence)} (${Math.round(confidence * 100)}%)`);

    return withSafetyNetLine(question, {
      ...base,
      kind: 'answer',
      text: lines.join('\n'),
      answer,
      sources,
      related,
      suggestions: [],
      confidence,
      articleIds: matches.map((m) => m.article.id),
      local: article.local,
      unverified: article.unverified,
      urgentReasons: [],
    });
  }

  /**
   * Retrieval over the whole message and, when it holds several sentences and the whole is not
   * clear enough to answer, over each one: a message often carries context first and the question
   * last, or two questions at once. A sentence is taken only when it can be answered on its own;
   * otherwise the whole message, with its context, decides.
   */
  private search(
    question: string,
    normalised: NormalisedQuestion,
    minConfidence: number,
  ): { outcome: SearchOutcome; confidence: number } {
    const { parts } = normalised;
    const outcome = this.index.find(question, 6, normalised);
    const whole = { outcome, confidence: estimateConfidence(outcome) };
    if (parts.length < 2 || whole.confidence >= minConfidence) return whole;
    let best: typeof whole | undefined;
    for (const part of parts.slice(0, maxParts)) {
      if (leansOnAnother(part)) continue;
      const partOutcome = this.index.find(part, 6);
      const confidence = estimateConfidence(partOutcome);
      if (confidence >= minConfidence && confidence > (best?.confidence ?? 0)) {
        best = { outcome: partOutcome, confidence };
      }
    }
    return best ?? whole;
  }

  /**
   * A question worded as an article's own title or alternative question ("What is a lead
   * professional?", "what's an lp") is answered from that article: the classifier may split its
   * belief between close articles, but the wording is the article's own. Only when retrieval found
   * the article at all, and never for a local arrangement.
   */
  private ownQuestion(
    normalised: NormalisedQuestion,
    found: { outcome: SearchOutcome; confidence: number },
  ): { outcome: SearchOutcome; confidence: number } {
    const id = this.ownQuestions.get(normalised.text);
    const { outcome } = found;
    if (!id || outcome.localArrangement || found.confidence >= ownQuestionConfidence) return found;
    const at = outcome.matches.findIndex((m) => m.article.id === id);
    if (at < 0) return found;
    const matches = [outcome.matches[at] as SectionMatch, ...outcome.matches.filter((_, i) => i !== at)];
    return { outcome: { ...outcome, matches }, confidence: ownQuestionConfidence };
  }

  /** For a message with no words left to search: only emoji, punctuation or placeholders. */
  private nothingToAsk(
    findings: PersonalDataFinding[],
  ): Omit<GuidanceReply, 'privacyWarning' | 'privacyKinds' | 'redactedQuestion'> {
    const lines: string[] = [];
    if (findings.length > 0) lines.push(privacyLine(findings), '');
    lines.push(
      'I couldn\'t find a question in that message. Please ask in words, in general terms (without names or other details), for example "who can start a CAF?".',
    );
    return noAnswerReply(lines, { confidence: 0, articleIds: [], suggestions: [] });
  }

  private noAnswer(
    findings: PersonalDataFinding[],
    outcome: SearchOutcome,
    confidence: number,
    logged: boolean,
  ): Omit<GuidanceReply, 'privacyWarning' | 'privacyKinds' | 'redactedQuestion'> {
    const { matches } = outcome;
    const lines: string[] = [];
    if (findings.length > 0) lines.push(privacyLine(findings), '');
    const contact = this.options.coordinatorContact
      ? `your local CAF coordinator (${this.options.coordinatorContact})`
      : 'your local CAF or early help coordinator';
    const suggestions = this.suggestionsFor(outcome, confidence).map((m) => ({
      id: m.article.id,
      title: m.article.title,
    }));
    if (suggestions.length > 0) {
      // Two or three articles are too close to call: the practitioner picks, nothing is asserted.
      lines.push("I'm not sure which of these answers your question. Did you mean:");
      for (const s of suggestions) lines.push(`• ${s.title} (\`article ${s.id}\`)`);
      lines.push('Choose one to read it, or ask again in other words.');
      lines.push(`If it is about a local arrangement (a system, contact or venue), please ask ${contact}.`);
      return noAnswerReply(lines, { confidence, articleIds: matches.map((m) => m.article.id), suggestions });
    }
    lines.push(
      "The guidance I hold doesn't cover that, so I won't guess.",
      `Please ask ${contact}: local arrangements, venues and systems vary by area.`,
    );
    lines.push(
      logged
        ? 'I have logged the question (with any personal details removed) so coordinators can add an answer.'
        : 'Coordinators can add a local answer to the knowledge base.',
    );
    return noAnswerReply(lines, {
      confidence,
      articleIds: matches.map((m) => m.article.id),
      suggestions: [],
    });
  }

  /**
   * "Did you mean": offered when the best match is not sure enough to answer but plausible, and
   * only for articles close to it (at most three, at least two: one title alone would be an
   * answer in disguise). Never for a question about a local arrangement.
   */
  private suggestionsFor(outcome: SearchOutcome, confidence: number): SectionMatch[] {
    const [best] = outcome.matches;
    if (!best || outcome.localArrangement || confidence < offerFloor) return [];
    if (best.classifierProbability === undefined) {
      const close = outcome.matches.filter((m) => m.score >= best.score * closeShare).slice(0, 3);
      return close.length >= 2 ? close : [];
    }
    // With the classifier, a best match this plausible is usually right (two times in three on
    // the tuning half): it is offered with the next one or two, never asserted.
    const close = outcome.matches.filter((m) => m.score >= best.score * offerShare).slice(0, 3);
    return close.length >= 2 ? close : outcome.matches.slice(0, 2);
  }
}

/** A reply that answers nothing: the lines say why and where to go instead. */
function noAnswerReply(
  lines: string[],
  detail: Pick<GuidanceReply, 'confidence' | 'articleIds' | 'suggestions'>,
): Omit<GuidanceReply, 'privacyWarning' | 'privacyKinds' | 'redactedQuestion'> {
  return {
    kind: 'no_answer',
    text: lines.join('\n'),
    answer: '',
    sources: [],
    related: [],
    local: true,
    urgentReasons: [],
    ...detail,
  };
}
