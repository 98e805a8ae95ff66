import MiniSearch, { type SearchResult } from 'minisearch';
import { stemmer } from 'stemmer';
import { eng as englishStopwords } from 'stopword';
import type { Article, ArticleSection } from './article.ts';
import { expandSynonyms } from './synonyms.ts';

/**
 * Words that carry meaning in this field even though general stopword lists drop them
 * ("child in need", "before I share", "without consent").
 */
const keep = new Set(['who', 'before', 'after', 'under', 'over', 'same', 'own', 'not', 'no', 'without']);
/** Chat filler that general lists miss. */
const extraStopwords = [
  'whats',
  "what's",
  'whos',
  'hi',
  'hello',
  'hey',
  'please',
  'pls',
  'thanks',
  'thank',
  'cheers',
  'can',
  'could',
  'would',
  'should',
  'shall',
  'must',
  'may',
  'might',
  'do',
  'does',
  'did',
  'doing',
  'done',
  'i',
  "i'm",
  'im',
  'me',
  'my',
  'we',
  'our',
  'us',
  'you',
  'your',
  'get',
  'got',
  'go',
  'know',
  'want',
  'like',
  'just',
  'really',
  'actually',
  'anyone',
  'someone',
  'something',
  'anything',
  'thing',
  'things',
  'tell',
  'explain',
  'mean',
  'means',
  'there',
  'here',
  'ok',
  'okay',
  'still',
  'also',
  'bit',
  'quick',
  'question',
  'q',
  'yes',
  'made',
  'make',
  'want',
  'wants',
  'happen',
  'happens',
  'doesnt',
  'dont',
  'cant',
  'isnt',
  'wont',
  'didnt',
  'ive',
  'id',
  'hes',
  'shes',
  'theyre',
  'theres',
  'whos',
  'wat',
  'wot',
  'u',
  'ur',
  'r',
  'pl',
  'plz',
  'thx',
  'ta',
  'someone',
  'somebody',
  'anybody',
  'sort',
  'kind',
  'way',
  'ways',
  'currently',
  'guys',
  'mention',
  'mentioned',
  'said',
  'says',
  'asked',
  'wondering',
  'wonder',
  'basically',
  "isn't",
  "don't",
  "can't",
  "won't",
  "doesn't",
  "didn't",
  "i've",
  "i'd",
  "it's",
  "that's",
  "there's",
  "they're",
  "we're",
  "you're",
  "let's",
  "shouldn't",
  "wouldn't",
  "couldn't",
  "haven't",
  "hasn't",
  "aren't",
  "wasn't",
  "weren't",
];
const stopwords = new Set([...englishStopwords.filter((w) => !keep.has(w)), ...extraStopwords]);

const processed = new Map<string, string | null>();

/** Lower-cases, drops stopwords and stems, for articles and questions alike (memoised: stemming is the cost). */
export function processTerm(term: string): string | null {
  const cached = processed.get(term);
  if (cached !== undefined) return cached;
  const result = processTermUncached(term);
  if (processed.size < 200_000) processed.set(term, result);
  return result;
}

function processTermUncached(term: string): string | null {
  const lower = term.toLowerCase().replace(/^'+|'+$/g, '');
  if (lower.length === 0 || stopwords.has(lower)) return null;
  const base = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  const stem = stemmer(base);
  return stopwords.has(stem) ? null : stem;
}

interface SectionDocument {
  id: number;
  articleId: string;
  sectionIndex: number;
  title: string;
  heading: string;
  text: string;
  keywords: string;
  summary: string;
}

/** A ranked match: an article and its section that best answers the question. */
export interface SectionMatch {
  article: Article;
  section: ArticleSection;
  sectionIndex: number;
  score: number;
  /** Share of the question's weighted terms that this article matches, 0 to 1. */
  coverage: number;
}

export interface SearchOutcome {
  matches: SectionMatch[];
  /** The question's meaningful terms after stopwords and stemming. */
  queryTerms: string[];
}

const leadBoost = 1.3;
/** Terms in more than this share of sections are treated as too common to search for. */
const commonTermShare = 0.3;
/**
 * In a large index a word found in a tenth of all sections already says little about which one
 * answers, while every extra posting list makes the search slower; the share falls from 30% at a
 * few thousand sections to 10% at fifteen thousand.
 */
const commonShareFor = (sections: number) => Math.max(0.1, Math.min(commonTermShare, 1000 / sections));
const termCacheSize = 2000;
/**
 * "Do I need to", "we need to", "needs to": "need" as a helper verb says nothing about the topic,
 * unlike "child in need" or "additional needs", which stay.
 */
const auxiliaryNeed =
  /\b(?:(?:do|does|did|would|will|shall)\s+(?:i|we|you|they|he|she|it|the \w+)\s+(?:still\s+|really\s+|actually\s+)?need(?:\s+to)?|needs?\s+to|need\s+(?:i|we))\b/gi;

/** How much a section's own coverage counts against its article's. */
const sectionShare = 0.6;
const commonTermMinimum = 20;
/** How many section hits are re-ranked by coverage. */
const rerankDepth = 40;

const fieldBoost = { title: 3, heading: 2.5, keywords: 2, summary: 1.2, text: 1 };

/**
 * Full-text index over article sections (MiniSearch: BM25 ranking with field boosts, prefix and
 * fuzzy matching), with the abbreviation table applied to both sides.
 */
export class KnowledgeIndex {
  private readonly search: MiniSearch<SectionDocument>;
  private readonly docs: SectionDocument[] = [];
  private readonly articles = new Map<string, Article>();
  /** How many sections contain each term. */
  private readonly documentFrequency = new Map<string, number>();
  private readonly termCache = new Map<string, Set<string>>();

  constructor(articles: Article[]) {
    this.search = new MiniSearch<SectionDocument>({
      fields: ['title', 'heading', 'keywords', 'summary', 'text'],
      processTerm,
      tokenize,
      searchOptions: {
        boost: fieldBoost,
        // Prefix and fuzzy matching are for words the index does not know (typos, unusual
        // endings); a known word matches exactly, which also keeps large indexes fast.
        prefix: (term) => term.length >= 5 && !this.documentFrequency.has(term),
        fuzzy: (term) => (term.length >= 5 && !this.documentFrequency.has(term) ? 0.2 : false),
        weights: { fuzzy: 0.4, prefix: 0.5 },
        combineWith: 'OR',
        // A lead paragraph is written to answer the article's main question on its own.
        boostDocument: (id) => (this.docs[id as number]?.sectionIndex === 0 ? leadBoost : 1),
      },
    });
    for (const article of articles) {
      this.articles.set(article.id, article);
      const keywords = expandSynonyms([...article.tags, ...article.synonyms].join(' ')).text;
      article.sections.forEach((section, sectionIndex) => {
        this.docs.push({
          id: this.docs.length,
          articleId: article.id,
          sectionIndex,
          title: expandSynonyms(article.title).text,
          heading: sectionIndex === 0 ? '' : expandSynonyms(section.heading).text,
          keywords,
          summary: sectionIndex === 0 ? expandSynonyms(article.summary).text : '',
          text: expandSynonyms(section.text).text,
        });
      });
    }
    this.search.addAll(this.docs);
    for (const doc of this.docs) {
      const terms = processText(`${doc.title} ${doc.heading} ${doc.keywords} ${doc.summary} ${doc.text}`);
      for (const t of terms) this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
    }
  }

  get size(): number {
    return this.articles.size;
  }

  article(id: string): Article | undefined {
    return this.articles.get(id);
  }

  /** Best sections for a question, at most one per article, best first. */
  find(question: string, limit = 5): SearchOutcome {
    const expanded = expandSynonyms(question.replace(auxiliaryNeed, ' '), { everyday: true });
    const queryTerms = processText(expanded.text);
    if (queryTerms.length === 0) return { matches: [], queryTerms };
    // A term in a large share of all sections ("child" in a children's-services knowledge base)
    // barely changes the ranking but makes every search walk most of the index; such terms are
    // left out of the search (they still count towards coverage), keeping the two rarest when
    // nothing else is left.
    const commonLimit = Math.max(commonTermMinimum, this.docs.length * commonShareFor(this.docs.length));
    const distinctive = queryTerms.filter((t) => (this.documentFrequency.get(t) ?? 0) <= commonLimit);
    // When every word is common, the two rarest still narrow the search; coverage counts the rest.
    const sectionsWith = (t: string) => this.documentFrequency.get(t) ?? 0;
    const searchTerms =
      distinctive.length > 0
        ? distinctive
        : [...queryTerms].sort((a, b) => sectionsWith(a) - sectionsWith(b)).slice(0, 2);
    const results = this.search.search(searchTerms.join(' '), {
      processTerm: (t) => t,
      tokenize: (t) => t.split(' '),
    });
    if (results.length === 0) return { matches: [], queryTerms };

    const { df, termsByArticle } = this.tally(results);
    const weights = termWeights(
      queryTerms,
      mergeFrequencies(queryTerms, df, this.documentFrequency),
      this.docs.length,
    );
    const concepts = conceptsOf(queryTerms, expanded.groups, weights);
    const common = queryTerms.filter((t) => !searchTerms.includes(t));
    const total = concepts.reduce((sum, c) => sum + c.weight, 0);
    const coverageOf = (matched: Set<string>) => {
      let covered = 0;
      for (const concept of concepts)
        if (concept.terms.some((t) => matched.has(t))) covered += concept.weight;
      return total > 0 ? covered / total : 0;
    };
    // Each section is judged by how much of the question it covers itself, blended with how much
    // the whole article covers: a long article that mentions every word somewhere is not thereby
    // the answer, and a section is read in the context of its article.
    const best = new Map<string, SectionMatch & { rank: number }>();
    for (const result of results.slice(0, rerankDepth)) {
      const doc = this.docs[result.id as number];
      const article = doc ? this.articles.get(doc.articleId) : undefined;
      const section = doc ? article?.sections[doc.sectionIndex] : undefined;
      if (!doc || !article || !section) continue;
      const articleTerms = termsByArticle.get(doc.articleId) ?? new Set<string>();
      const sectionTerms = new Set(result.queryTerms);
      if (common.length > 0) {
        const vocabulary = this.articleTerms(article);
        for (const t of common) {
          if (vocabulary.has(t)) {
            articleTerms.add(t);
            sectionTerms.add(t);
          }
        }
      }
      const coverage =
        sectionShare * coverageOf(sectionTerms) + (1 - sectionShare) * coverageOf(articleTerms);
      // BM25 alone favours a short section that repeats one query word; weighting by coverage
      // puts the section about the whole question first.
      const rank = result.score * coverage * coverage;
      const current = best.get(doc.articleId);
      if (!current || rank > current.rank) {
        best.set(doc.articleId, {
          article,
          section,
          sectionIndex: doc.sectionIndex,
          score: result.score,
          coverage,
          rank,
        });
      }
    }
    const candidates = [...best.values()].sort((a, b) => b.rank - a.rank);
    return { matches: candidates.slice(0, limit), queryTerms };
  }

  /** The processed terms of a whole article, computed when first needed and kept for the hot ones. */
  private articleTerms(article: Article): Set<string> {
    let terms = this.termCache.get(article.id);
    if (terms) return terms;
    terms = new Set(
      processText(
        expandSynonyms(
          [
            article.title,
            article.summary,
            ...article.tags,
            ...article.synonyms,
            ...article.sections.flatMap((s) => [s.heading, s.text]),
          ].join(' '),
        ).text,
      ),
    );
    if (this.termCache.size >= termCacheSize) {
      const oldest = this.termCache.keys().next().value;
      if (oldest !== undefined) this.termCache.delete(oldest);
    }
    this.termCache.set(article.id, terms);
    return terms;
  }

  /**
   * One pass over the hits: how many sections match each query term (for its weight), and which
   * query terms each candidate article matches anywhere, not only in its best section.
   */
  private tally(results: SearchResult[]): {
    df: Map<string, number>;
    termsByArticle: Map<string, Set<string>>;
  } {
    const termsByArticle = new Map<string, Set<string>>();
    for (const r of results.slice(0, rerankDepth)) {
      const articleId = this.docs[r.id as number]?.articleId;
      if (articleId && !termsByArticle.has(articleId)) termsByArticle.set(articleId, new Set());
    }
    const df = new Map<string, number>();
    for (const r of results) {
      const terms = termsByArticle.get(this.docs[r.id as number]?.articleId ?? '');
      for (const t of r.queryTerms) {
        df.set(t, (df.get(t) ?? 0) + 1);
        terms?.add(t);
      }
    }
    return { df, termsByArticle };
  }
}

function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

function processText(text: string): string[] {
  return [
    ...new Set(
      tokenize(text)
        .map(processTerm)
        .filter((t): t is string => !!t),
    ),
  ];
}

interface Concept {
  terms: string[];
  weight: number;
}

/**
 * Groups the question's terms into ideas: a word and the synonyms added for it are one idea,
 * so a question saying "info" is not penalised for an article that says "information". Each
 * idea weighs as its most informative term.
 */
function conceptsOf(queryTerms: string[], groups: string[][], weights: Map<string, number>): Concept[] {
  const grouped = groups.map((g) => processText(g.join(' ')).filter((t) => weights.has(t)));
  const merged: Set<string>[] = [];
  for (const terms of grouped) {
    if (terms.length === 0) continue;
    const overlapping = merged.filter((m) => terms.some((t) => m.has(t)));
    const target = new Set(terms);
    for (const m of overlapping) {
      for (const t of m) target.add(t);
      merged.splice(merged.indexOf(m), 1);
    }
    merged.push(target);
  }
  const inGroup = new Set(merged.flatMap((m) => [...m]));
  const concepts = merged.map((m) => [...m]);
  for (const term of queryTerms) if (!inGroup.has(term)) concepts.push([term]);
  return concepts.map((terms) => ({ terms, weight: Math.max(...terms.map((t) => weights.get(t) ?? 0)) }));
}

/**
 * Inverse-document-frequency weights over the section collection. A term no section contains
 * gets the highest weight: a question about "parking" is not covered by an article about forums
 * just because both mention meetings.
 */
const unknownTermFactor = 1.5;

/** Exact section counts from the index, raised where a fuzzy or prefix match found a term more often. */
function mergeFrequencies(
  terms: string[],
  fromResults: Map<string, number>,
  exact: Map<string, number>,
): Map<string, number> {
  const merged = new Map<string, number>();
  for (const t of terms) merged.set(t, Math.max(fromResults.get(t) ?? 0, exact.get(t) ?? 0));
  return merged;
}

function termWeights(
  queryTerms: string[],
  df: Map<string, number>,
  collectionSize: number,
): Map<string, number> {
  const weights = new Map<string, number>();
  for (const term of queryTerms) {
    const n = df.get(term) ?? 0;
    const idf = Math.log(1 + collectionSize / Math.max(n, 1));
    weights.set(term, n === 0 ? idf * unknownTermFactor : idf);
  }
  return weights;
}
