import {
  describeFindings,
  type PersonalDataFinding,
  type PersonalDataKind,
  redactPersonalData,
} from '../privacy/index.ts';
import type { AnswerKind } from '../shared/ports.ts';
import type { Article, ArticleSource } from './article.ts';
import type { KnowledgeIndex, SectionMatch } from './knowledge-index.ts';
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

const identifierLabels =
  /\b(?:nhs(?:\s+(?:number|no\.?|#))?|dob|d\.o\.b\.?|date of birth|born(?:\s+on)?|ni(?:\s+(?:number|no\.?))?|national insurance(?:\s+number)?|tel(?:ephone)?|phone|mobile|email|e-mail|address|postcode|lives at)\s*[:#-]?\s*(?=\[)/gi;

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

/**
 * Maps the retrieval result to 0..1. Coverage (the weighted share of the question's terms the
 * article matches) carries most of it; a clear lead over the runner-up adds a little.
 */
function confidenceOf(matches: SectionMatch[]): number {
  const [best, second] = matches;
  if (!best) return 0;
  const margin = second ? Math.min(1, (best.score - second.score) / best.score) : 1;
  return Math.round(Math.min(1, best.coverage * 0.9 + margin * 0.1) * 100) / 100;
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
  constructor(
    private readonly index: KnowledgeIndex,
    private readonly options: GuidanceOptions,
  ) {}

  get articleCount(): number {
    return this.index.size;
  }

  article(id: string): Article | undefined {
    return this.index.article(id);
  }

  answer(rawQuestion: string, context: { logged?: boolean } = {}): GuidanceReply {
    const question = rawQuestion.slice(0, MAX_QUESTION_LENGTH * 10);
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
        confidence: 1,
        articleIds: [],
        local: true,
        urgentReasons: urgent.reasons,
        urgency: urgent.tier,
      };
    }

    // Placeholders such as [name], and the labels in front of them ("NHS no [NHS number]"), are
    // not what the question is about.
    const searchable = redacted
      .replace(identifierLabels, ' ')
      .replace(/\[[a-z ]+\]/gi, ' ')
      .slice(0, MAX_QUESTION_LENGTH);
    const { matches } = this.index.find(searchable, 6);
    const confidence = confidenceOf(matches);
    const best = matches[0];
    if (!best || confidence < this.options.minConfidence) {
      return withSafetyNetLine(question, {
        ...base,
        ...this.noAnswer(findings, matches, confidence, context.logged ?? false),
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
        .filter((m) => m.coverage >= 0.4)
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
      confidence,
      articleIds: matches.map((m) => m.article.id),
      local: article.local,
      unverified: article.unverified,
      urgentReasons: [],
    });
  }

  private noAnswer(
    findings: PersonalDataFinding[],
    matches: SectionMatch[],
    confidence: number,
    logged: boolean,
  ): Omit<GuidanceReply, 'privacyWarning' | 'privacyKinds' | 'redactedQuestion'> {
    const contact = this.options.coordinatorContact
      ? `your local CAF coordinator (${this.options.coordinatorContact})`
      : 'your local CAF or early help coordinator';
    const lines: string[] = [];
    if (findings.length > 0) lines.push(privacyLine(findings), '');
    lines.push(
      "The guidance I hold doesn't cover that, so I won't guess.",
      `Please ask ${contact}: local arrangements, venues and systems vary by area.`,
    );
    lines.push(
      logged
        ? 'I have logged the question (with any personal details removed) so coordinators can add an answer.'
        : 'Coordinators can add a local answer to the knowledge base.',
    );
    const maybe = matches.slice(0, 2).filter((m) => m.coverage >= 0.3);
    const related = maybe.map((m) => ({ id: m.article.id, title: m.article.title }));
    if (related.length > 0)
      lines.push(`You might find these useful: ${related.map((r) => r.title).join(' · ')}`);
    return {
      kind: 'no_answer',
      text: lines.join('\n'),
      answer: '',
      sources: [],
      related,
      confidence,
      articleIds: matches.map((m) => m.article.id),
      local: true,
      urgentReasons: [],
    };
  }
}
