// Topics for counting questions over time: the kind of reply, or the area of guidance the best
// matching article belongs to (by its id, which names its area: caf-, info-sharing-, lead-...).
import type { QuestionLogEntry } from '../shared/ports.ts';

const areas: [RegExp, string][] = [
  [/^local-/, 'Local answers'],
  [/^(caf-|early-help|ecaf-|common-core)/, 'CAF and early help'],
  [/^(info-sharing-|dpa-|uk-gdpr|special-category|data-use|no-identifiable)/, 'Information sharing'],
  [/^lead-(professional|practitioner)/, 'Lead professional'],
  [/^(tac-|team-around)/, 'TAC / TAF'],
  [
    /^(child-in-danger|child-in-need|section-47|mash|making-a-referral|referral-|escalation|threshold|step-down|safeguarding-partners|designated-safeguarding)/,
    'Safeguarding and referrals',
  ],
];

/** Every topic, in the order charts and tables list them. */
export const TOPICS = [
  'CAF and early help',
  'Information sharing',
  'Lead professional',
  'TAC / TAF',
  'Safeguarding and referrals',
  'Local answers',
  'Other guidance',
  'Not covered',
  'Urgent (emergency route)',
] as const;

export type Topic = (typeof TOPICS)[number];

/** The topic of one logged question. */
export function topicOf(question: Pick<QuestionLogEntry, 'answerKind' | 'matchedArticles'>): Topic {
  if (question.answerKind === 'urgent') return 'Urgent (emergency route)';
  if (question.answerKind === 'no_answer') return 'Not covered';
  const article = question.matchedArticles[0] ?? '';
  for (const [pattern, topic] of areas) if (pattern.test(article)) return topic as Topic;
  return 'Other guidance';
}

/** Questions per month ('YYYY-MM', UTC) and topic; only non-zero cells. */
export function countByTopic(
  questions: readonly Pick<QuestionLogEntry, 'answerKind' | 'matchedArticles' | 'createdAt'>[],
): { month: string; topic: Topic; count: number }[] {
  const counts = new Map<string, number>();
  for (const q of questions) {
    const key = `${q.createdAt.toISOString().slice(0, 7)}|${topicOf(q)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => {
      const [month, topic] = key.split('|') as [string, Topic];
      return { month, topic, count };
    })
    .sort((a, b) => a.month.localeCompare(b.month) || TOPICS.indexOf(a.topic) - TOPICS.indexOf(b.topic));
}
