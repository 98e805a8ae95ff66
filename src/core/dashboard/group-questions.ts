// Groups the questions the bot could not answer so a coordinator writes one answer for many:
// questions whose meaningful words (stopwords dropped, stemmed, as retrieval sees them) overlap
// enough land in one group. Single-link clustering, so "parking at the civic centre" and "where
// do I park for the civic centre forum" meet through their shared words.
import { processTerm } from '../guidance/knowledge-index.ts';
import type { QuestionLogEntry } from '../shared/ports.ts';

/** A group of similar questions, newest first within the group. */
export interface QuestionGroup {
  /** The group's most frequent meaningful words, to suggest keywords. */
  keywords: string[];
  questions: QuestionLogEntry[];
}

/** The meaningful, stemmed words of a question (placeholders such as [name] left out). */
export function termsOf(text: string): Set<string> {
  const words = text
    .replace(/\[[a-z ]+\]/gi, ' ')
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter((w) => w.length > 1);
  const terms = new Set<string>();
  for (const word of words) {
    const term = processTerm(word);
    if (term) terms.add(term);
  }
  return terms;
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  // Overlap over the smaller set: a short question inside a longer one counts as the same.
  return shared / Math.min(a.size, b.size);
}

/** Groups questions whose terms overlap by at least `threshold` (0-1); largest groups first. */
export function groupQuestions(questions: readonly QuestionLogEntry[], threshold = 0.5): QuestionGroup[] {
  const terms = questions.map((q) => termsOf(q.redactedText));
  const parent = questions.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (let i = 0; i < questions.length; i += 1) {
    for (let j = i + 1; j < questions.length; j += 1) {
      const shared = similarity(terms[i] as Set<string>, terms[j] as Set<string>);
      // One shared word between two one-word questions is not enough to call them the same.
      const sharedCount = [...(terms[i] as Set<string>)].filter((t) =>
        (terms[j] as Set<string>).has(t),
      ).length;
      if (shared >= threshold && sharedCount >= 2) parent[find(i)] = find(j);
      else if (
        (questions[i] as QuestionLogEntry).redactedText.trim().toLowerCase() ===
        (questions[j] as QuestionLogEntry).redactedText.trim().toLowerCase()
      )
        parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  questions.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()]
    .map((members) => {
      // Counted by stem, shown as the word people typed (the first form seen).
      const counts = new Map<string, number>();
      const shown = new Map<string, string>();
      for (const i of members) {
        for (const t of terms[i] as Set<string>) counts.set(t, (counts.get(t) ?? 0) + 1);
        for (const word of (questions[i] as QuestionLogEntry).redactedText
          .toLowerCase()
          .split(/[^a-z0-9']+/)) {
          const t = word.length > 1 ? processTerm(word) : null;
          if (t && !shown.has(t)) shown.set(t, word);
        }
      }
      const keywords = [...counts]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 5)
        .map(([t]) => shown.get(t) ?? t);
      const list = members
        .map((i) => questions[i] as QuestionLogEntry)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
      return { keywords, questions: list };
    })
    .sort(
      (a, b) =>
        b.questions.length - a.questions.length ||
        (b.questions[0]?.createdAt.getTime() ?? 0) - (a.questions[0]?.createdAt.getTime() ?? 0),
    );
}
