import MiniSearch, { type SearchResult } from 'minisearch';
import { stemmer } from 'stemmer';
import { eng as englishStopwords } from 'stopword';
import { type NormalisedQuestion, normaliseQuestion } from '../language/normalise-question.ts';
import type { Article, ArticleSection } from './article.ts';
import { GUIDANCE_SPELLINGS } from './guidance-spellings.ts';
import { shippedQuestionModel } from './load-question-model.ts';
import { shippedWordVectors } from './load-word-vectors.ts';
import { asksLocalArrangement } from './local-arrangements.ts';
import { questionFeatures } from './question-features.ts';
import { NOT_COVERED, type QuestionModel } from './question-model.ts';
import { expandSynonyms } from './synonyms.ts';
import { cosine, type WordVectors } from './word-vectors.ts';

/**
 * Words that carry meaning in this field even though general stopword lists drop them
 * ("child in need", "before I share", "without consent"), and the question words: "who can
 * start a CAF" and "when should I start a CAF" are different questions.
 */
const keep = new Set([
  ...['who', 'what', 'where', 'how', 'which', 'before', 'after', 'under', 'over', 'same', 'own', 'not'],
  ...['no', 'without'],
]);
/** Words that ask for an earlier edition of guidance (stemmed). */
const olderEditionWords = new Set(
  ['old', 'older', 'previous', 'earlier', 'original', 'former'].map((w) => stemmer(w)),
);
/** Question words, kept for matching questions to questions. */
const questionWords = new Set(['who', 'what', 'where', 'how', 'which', 'when', 'why']);
/** Chat filler that general lists miss: greetings, hedges, helper verbs, "nowadays". */
const extraStopwords = [
  ...['whats', "what's", 'whos', 'hi', 'hello', 'hey', 'please', 'pls', 'thanks', 'thank', 'cheers'],
  ...['can', 'could', 'would', 'should', 'shall', 'must', 'may', 'might', 'do', 'does', 'did'],
  ...['doing', 'done', 'i', "i'm", 'im', 'me', 'my', 'we', 'our', 'us', 'you', 'your', 'get', 'got'],
  ...['go', 'know', 'want', 'like', 'just', 'really', 'actually', 'anyone', 'someone', 'something'],
  ...['anything', 'thing', 'things', 'tell', 'explain', 'mean', 'means', 'there', 'here', 'ok'],
  ...['okay', 'still', 'also', 'bit', 'quick', 'question', 'q', 'yes', 'made', 'make', 'wants'],
  ...['happen', 'happens', 'doesnt', 'dont', 'cant', 'isnt', 'wont', 'didnt', 'ive', 'id', 'hes'],
  ...['shes', 'theyre', 'theres', 'wat', 'wot', 'u', 'ur', 'r', 'pl', 'plz', 'thx', 'ta'],
  ...['somebody', 'anybody', 'sort', 'kind', 'way', 'ways', 'currently', 'guys', 'mention'],
  ...['mentioned', 'said', 'says', 'asked', 'wondering', 'wonder', 'basically', 'nowadays'],
  ...['now', 'days', 'today', 'these', 'even', 'exactly', 'literally', 'properly', 'generally'],
  ...['usually', 'normally', 'simply', 'briefly', 'quickly', 'definitely', 'probably', 'obviously'],
  ...['lol', 'um', 'erm', 'hmm', 'urgh', 'ugh', 'oh', 'ah', 'aha', 'btw', 'fyi', 'tbh', 'imo'],
  ...['sure', 'unsure', 'confused', 'confusing', 'clarify', 'clarification', 'help', 'advice', 'idea'],
  ...['someones', 'colleague', 'colleagues', 'manager', 'team', 'said', 'told', 'heard', 'hear'],
  ...['cannot', 'able', 'allowed', 'ever', 'always', 'never', 'again', 'anyway', 'though', 'right'],
];
// "team" is filler in "my team said" but a topic in "team around the child": the abbreviation
// table adds "tac" for the phrase, so the topic survives.
const stopwords = new Set([...englishStopwords.filter((w) => !keep.has(w)), ...extraStopwords]);

/**
 * Who is involved rather than what is asked: people, roles and agencies. They say little about
 * which article answers ("the school nurse" in a consent question is not asking who starts a
 * CAF), so they count for less than the words of the question's intent.
 */
const entityStems = new Set(
  [
    ...['child', 'children', 'young', 'person', 'people', 'parent', 'mum', 'dad', 'family', 'families'],
    ...['carer', 'school', 'nurse', 'teacher', 'visitor', 'worker', 'practitioner', 'agency'],
    ...['agencies', 'gp', 'doctor', 'pupil', 'baby', 'kid', 'student', 'staff', 'son', 'daughter'],
    ...['boy', 'girl', 'teenager', 'mother', 'father', 'gran', 'grandparent', 'nan', 'sibling'],
    ...['brother', 'sister', 'volunteer', 'coach', 'nursery', 'primary', 'secondary', 'academy'],
    ...['college', 'health', 'service', 'services', 'organisation', 'setting', 'year', 'old'],
  ].map((w) => stemmer(w)),
);
const entityFactor = 0.3;
/** Words of a role prefix ("SW here:") are context: they count for this much of a question word. */
const roleFactor = 0.3;

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

/** A question an article answers: its title, a section heading or one of its alternative questions. */
interface QuestionDocument {
  articleId: string;
  /** The section it belongs to (0, the lead, for the title and alternative questions). */
  sectionIndex: number;
  terms: string[];
  /** Length of the document's weight vector, for the cosine. */
  norm: number;
  /** Its meaning as a word-vector sum, when vectors are loaded. */
  vector?: Float32Array | null;
}

/** A ranked match: an article and its section that best answers the question. */
export interface SectionMatch {
  article: Article;
  section: ArticleSection;
  sectionIndex: number;
  /** The ranking score (higher is better; comparable within one search only). */
  score: number;
  /** Weighted share of the question's ideas that the article covers anywhere, 0 to 1. */
  coverage: number;
  /** Weighted share of the question's ideas found in the article's topic (title, headings...). */
  topicCoverage: number;
  /** Best cosine between the question and one of the article's own questions, 0 to 1. */
  questionMatch: number;
  /** The article's best section by BM25 and coverage, relative to the best of all, 0 to 1. */
  sectionScore: number;
  /** Best word-vector cosine between the question and one of the article's questions (0 without vectors). */
  semanticMatch: number;
  /** Weighted share of the article title's words that the question uses, 0 to 1. */
  titleCoverage: number;
  /** The section was chosen because its heading matches the question. */
  headingMatched?: boolean;
  /** The question classifier's probability for this article (undefined when it does not know the article). */
  classifierProbability?: number;
  /** The ranking score from the retrieval signals alone, before the classifier's share. */
  retrievalScore: number;
}

export interface SearchOutcome {
  matches: SectionMatch[];
  /** The question's meaningful terms after stopwords and stemming. */
  queryTerms: string[];
  /** Weight of the question's terms that some article knows (0 when none does). */
  knownWeight: number;
  /**
   * Share of the question's weight in ordinary English words that no article uses ("uniform",
   * "pension"), 0 to 1: words of the vector file's common vocabulary. Most names and typos are
   * not in it and do not count; without vectors this is 0.
   */
  foreignShare: number;
  /** The question asks about a local arrangement (a time, contact, room, list, pay). */
  localArrangement: boolean;
  /** Whether word vectors took part (the confidence model differs). */
  semantic: boolean;
  /**
   * Share of the separate signals (stored questions, text search, topic words, word vectors)
   * that put the best match first too: when they agree, the ranking is less likely a fluke.
   */
  agreement: number;
  /** How far the best match leads the next best on those signals, on average (-1 to 1). */
  lead: number;
  /** The classifier's probability that no article answers the question (0 without a classifier). */
  notCovered: number;
  /** Whether the question classifier took part. */
  classified: boolean;
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
/**
 * "Do I need to", "we need to", "needs to": "need" as a helper verb says nothing about the topic,
 * unlike "child in need" or "additional needs", which stay.
 */
const auxiliaryNeed =
  /\b(?:(?:do|does|did|would|will|shall|is|are)\s+(?:i|we|you|they|he|she|it|the \w+|there|consent)\s+(?:still\s+|really\s+|actually\s+)?needed|(?:do|does|did|would|will|shall)\s+(?:i|we|you|they|he|she|it|the \w+)\s+(?:still\s+|really\s+|actually\s+)?need(?:\s+to)?|needs?\s+to|need\s+(?:i|we))\b/g;

/** How much a question word found only in an article's body counts against one in its topic. */
const bodyShare = 0.5;
/**
 * How the signals add up to an article's ranking score, chosen on the tuning half of the
 * evaluation set (see docs/evaluation.md): with word vectors the meaning of the whole question
 * leads; without them, the question-to-question match.
 */
const scoreWeights = {
  vectors: { question: 0.2, topic: 0.2, section: 0.2, semantic: 1.6, title: 0.22 },
  words: { question: 0.4, topic: 0.4, section: 0.2, semantic: 0, title: 0.4 },
};
/** The question classifier's share of an article's ranking score (chosen on the tuning half). */
const classifierShare = 0.7;
/** The classifier's most likely articles that compete even when retrieval missed them. */
const classifierCandidates = 5;
/** Weight of a word the articles never use, in word-vector sums. */
const unknownWordWeight = 2.5;
const commonTermMinimum = 20;
/** How many section hits are re-ranked by coverage. */
const rerankDepth = 40;
/** How many articles found by their questions are re-ranked. */
const questionDepth = 30;

const fieldBoost = { title: 3, heading: 2.5, keywords: 2, summary: 1.2, text: 1 };

/**
 * Full-text index over article sections (MiniSearch: BM25 ranking with field boosts, prefix and
 * fuzzy matching), with the abbreviation table applied to both sides, beside an index of the
 * questions each article answers (titles, headings, practitioners' alternative questions) matched
 * question to question.
 */
export class KnowledgeIndex {
  private readonly search: MiniSearch<SectionDocument>;
  private readonly docs: SectionDocument[] = [];
  private readonly articles = new Map<string, Article>();
  /** How many sections and questions contain each term. */
  private readonly documentFrequency = new Map<string, number>();
  private readonly vocabularies = new Map<string, ArticleVocabulary>();
  /** Section term sets of articles that have been answered from (bounded by the article count). */
  private readonly sectionTermCache = new Map<string, Set<string>[]>();
  private readonly questions: QuestionDocument[] = [];
  /** Term -> the questions that contain it. */
  private readonly questionPostings = new Map<string, number[]>();
  private units = 0;
  private readonly idfs = new Map<string, number>();
  /** Scratch space for matchQuestions, reused between searches (one search at a time). */
  private dots = new Float64Array(0);
  private stamps = new Uint32Array(0);
  private stamp = 0;
  private readonly vectors: WordVectors | null;
  /** Article -> its questions, for the word-vector match. */
  private readonly questionsByArticle = new Map<string, QuestionDocument[]>();

  private readonly model: QuestionModel | null;
  /** The classifier's share of an article's ranking score (an option for experiments). */
  private readonly classifierShare: number;

  /**
   * `vectors`: the word vectors for the semantic signal; the shipped ones when not given, none
   * with null (retrieval on words alone). `model`: the question classifier; the shipped one when
   * not given, none with null.
   */
  constructor(
    articles: Article[],
    options: { vectors?: WordVectors | null; model?: QuestionModel | null; classifierShare?: number } = {},
  ) {
    this.classifierShare = options.classifierShare ?? classifierShare;
    this.vectors = options.vectors === undefined ? shippedWordVectors() : options.vectors;
    this.model = options.model === undefined ? shippedQuestionModel() : options.model;
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
    const questionTexts: { articleId: string; sectionIndex: number; terms: string[]; words: string[] }[] = [];
    for (const article of articles) {
      this.articles.set(article.id, article);
      const alternatives = (article.questions ?? []).map(
        (q) => normaliseQuestion(q, { spellings: GUIDANCE_SPELLINGS }).text,
      );
      const keywords = expandSynonyms([...article.tags, ...article.synonyms, ...alternatives].join(' ')).text;
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
        if (sectionIndex > 0) {
          questionTexts.push({ articleId: article.id, sectionIndex, ...questionTerms(section.heading) });
        }
      });
      questionTexts.push({ articleId: article.id, sectionIndex: 0, ...questionTerms(article.title) });
      for (const q of alternatives) {
        questionTexts.push({ articleId: article.id, sectionIndex: 0, ...questionTerms(q, true) });
      }
    }
    this.search.addAll(this.docs);
    for (const doc of this.docs) {
      const topic = processText(`${doc.title} ${doc.heading} ${doc.keywords} ${doc.summary}`);
      const terms = new Set([...topic, ...processText(doc.text)]);
      for (const t of terms) this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
      let vocabulary = this.vocabularies.get(doc.articleId);
      if (!vocabulary) {
        const article = this.articles.get(doc.articleId);
        vocabulary = { title: article ? processText(article.title) : [], topic: new Set(), all: new Set() };
        this.vocabularies.set(doc.articleId, vocabulary);
      }
      for (const t of topic) vocabulary.topic.add(t);
      for (const t of terms) vocabulary.all.add(t);
    }
    for (const q of questionTexts) {
      for (const t of q.terms) this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
    }
    this.units = this.docs.length + questionTexts.length;
    for (const q of questionTexts) {
      if (q.terms.length === 0) continue;
      const id = this.questions.length;
      const norm = Math.sqrt(q.terms.reduce((sum, t) => sum + this.idf(t) ** 2, 0));
      const vector = this.vectors?.embed(q.words.map((w) => [w, this.wordWeight(w)] as const));
      const doc: QuestionDocument = {
        articleId: q.articleId,
        sectionIndex: q.sectionIndex,
        terms: q.terms,
        norm,
        vector,
      };
      this.questions.push(doc);
      const list = this.questionsByArticle.get(q.articleId);
      if (list) list.push(doc);
      else this.questionsByArticle.set(q.articleId, [doc]);
      for (const t of q.terms) {
        const list = this.questionPostings.get(t);
        if (list) list.push(id);
        else this.questionPostings.set(t, [id]);
      }
    }
  }

  get size(): number {
    return this.articles.size;
  }

  article(id: string): Article | undefined {
    return this.articles.get(id);
  }

  /** Every article, in the order they were indexed. */
  allArticles(): Article[] {
    return [...this.articles.values()];
  }

  /** A surface word's weight for the word-vector sums: its term's rarity (a middling one when unknown). */
  private wordWeight(word: string, weights?: Map<string, number>): number {
    const term = processTerm(word);
    if (!term) return 0;
    const given = weights?.get(term);
    if (given !== undefined && given > 0) return given;
    const w = this.documentFrequency.has(term) ? this.idf(term) : unknownWordWeight;
    return entityStems.has(term) ? w * entityFactor : w;
  }

  private idf(term: string): number {
    let idf = this.idfs.get(term);
    if (idf === undefined) {
      idf = Math.log(1 + this.units / Math.max(this.documentFrequency.get(term) ?? 0, 1));
      // Only indexed terms are kept: the set is bounded by the vocabulary.
      if (this.documentFrequency.has(term)) this.idfs.set(term, idf);
    }
    return idf;
  }

  /**
   * Best sections for a question, at most one per article, best first. `normalised` is the
   * question already normalised with the guidance spellings, when the caller has it.
   */
  find(
    question: string,
    limit = 5,
    normalised = normaliseQuestion(question, { spellings: GUIDANCE_SPELLINGS }),
  ): SearchOutcome {
    const expanded = expandSynonyms(normalised.text.replace(auxiliaryNeed, ' '), { everyday: true });
    const roleTerms = normalised.role
      ? processText(expandSynonyms(normalised.role).text).filter((t) => !expanded.text.includes(t))
      : [];
    const ownTerms = processText(expanded.text);
    const queryTerms = [...new Set([...ownTerms, ...roleTerms])];
    const localArrangement = asksLocalArrangement(normalised.text);
    const none = {
      matches: [],
      queryTerms,
      knownWeight: 0,
      foreignShare: 1,
      localArrangement,
      semantic: this.vectors !== null,
      agreement: 0,
      lead: 0,
      notCovered: 0,
      classified: false,
    };
    if (queryTerms.length === 0) return none;
    // A term in a large share of all sections ("child" in a children's-services knowledge base)
    // barely changes the ranking but makes every search walk most of the index; such terms are
    // left out of the text search (they still count in the stored questions and coverage).
    const commonLimit = Math.max(commonTermMinimum, this.docs.length * commonShareFor(this.docs.length));
    const sectionsWith = (t: string) => this.documentFrequency.get(t) ?? 0;
    // Question words match stored questions, not article text: searching the text for them
    // would walk a large part of the index for nothing.
    const distinctive = queryTerms.filter((t) => sectionsWith(t) <= commonLimit && !questionWords.has(t));
    // When every word is common, the text search would walk most of the index; the stored
    // questions and the article vocabularies still rank the candidates.
    const searchTerms = distinctive;
    const results =
      searchTerms.length > 0
        ? this.search.search(searchTerms.join(' '), {
            processTerm: (t) => t,
            tokenize: (t) => t.split(' '),
          })
        : [];

    const { df, fuzzyTerms } = this.tally(results);
    const roleSet = new Set(roleTerms);
    const weights = new Map<string, number>();
    for (const term of queryTerms) {
      // A word no article uses (a name the guard missed, a place, "nowadays") says nothing
      // either way: it neither finds an article nor counts against one.
      const known = this.documentFrequency.has(term) || (df.get(term) ?? 0) > 0;
      if (!known) {
        weights.set(term, 0);
        continue;
      }
      const n = Math.max(this.documentFrequency.get(term) ?? 0, df.get(term) ?? 0, 1);
      let w = Math.log(1 + this.units / n);
      if (entityStems.has(term)) w *= entityFactor;
      if (roleSet.has(term)) w *= roleFactor;
      weights.set(term, w);
    }
    const concepts = conceptsOf(queryTerms, expanded.groups, weights);
    const total = concepts.reduce((sum, c) => sum + c.weight, 0);
    if (total === 0) return none;
    const questionScores = this.matchQuestions(concepts, total, fuzzyTerms);
    const sectionRanks = this.rankSections(results, concepts, total, fuzzyTerms);
    const topRank = Math.max(0, ...[...sectionRanks.values()].map((r) => r.rank));
    // The best articles by either signal compete; in a large index a common word touches
    // thousands of questions, and only the best of them can win.
    const byQuestion = [...questionScores.entries()]
      .sort((a, b) => b[1].score - a[1].score)
      .slice(0, questionDepth)
      .map(([id]) => id);
    const classified = this.classify(normalised);
    const candidateIds = new Set([...sectionRanks.keys(), ...byQuestion, ...classified.top]);
    let foreign = 0;
    for (const word of new Set(normalised.text.split(' '))) {
      const term = processTerm(word);
      if (term && weights.get(term) === 0 && this.vectors?.has(word)) {
        foreign += entityStems.has(term) ? unknownWordWeight * entityFactor : unknownWordWeight;
      }
    }
    const foreignShare = foreign / (total + foreign);
    const querySet = new Set([...queryTerms, ...[...fuzzyTerms.values()].flatMap((f) => [...f])]);
    const queryVector = this.vectors?.embed(
      normalised.text.split(' ').map((w) => [w, this.wordWeight(w, weights)] as const),
    );
    const candidates: SectionMatch[] = [];
    const w = queryVector ? scoreWeights.vectors : scoreWeights.words;
    // Each idea with every indexed spelling that stands for it (fuzzy and prefix matches too).
    const spellings = concepts
      .filter((c) => c.weight > 0)
      .map((c) => ({
        weight: c.weight,
        terms: [...new Set(c.terms.flatMap((t) => [t, ...(fuzzyTerms.get(t) ?? [])]))],
      }));
    for (const articleId of candidateIds) {
      const article = this.articles.get(articleId);
      if (!article) continue;
      const vocabulary = this.articleTerms(article);
      let topic = 0;
      let anywhere = 0;
      for (const concept of spellings) {
        if (concept.terms.some((t) => vocabulary.topic.has(t))) topic += concept.weight;
        else if (concept.terms.some((t) => vocabulary.all.has(t))) anywhere += concept.weight;
      }
      const topicCoverage = topic / total;
      // A word the article only mentions in passing is weaker evidence than one in its topic.
      const coverage = topicCoverage + bodyShare * (anywhere / total);
      const q = questionScores.get(articleId);
      const questionMatch = q?.score ?? 0;
      const ranked = sectionRanks.get(articleId);
      const sectionScore = ranked && topRank > 0 ? ranked.rank / topRank : 0;
      // A stored question that matches well names its section (a heading); otherwise the best
      // section by text, or the lead.
      const headingMatched = !!q && q.sectionIndex > 0 && q.score >= 0.5;
      const sectionIndex = headingMatched ? q.sectionIndex : (ranked?.sectionIndex ?? 0);
      const section = article.sections[sectionIndex] ?? article.sections[0];
      if (!section) continue;
      const titleCoverage = this.titleCoverage(article, querySet);
      let semanticMatch = 0;
      if (queryVector) {
        for (const doc of this.questionsByArticle.get(articleId) ?? []) {
          if (doc.vector) semanticMatch = Math.max(semanticMatch, cosine(queryVector, doc.vector));
        }
      }
      const retrievalScore =
        (w.question * questionMatch +
          w.topic * topicCoverage +
          w.section * sectionScore +
          w.semantic * semanticMatch +
          w.title * titleCoverage) /
        (w.question + w.topic + w.section + w.semantic + w.title);
      const classifierProbability = classified.probabilities.get(articleId);
      candidates.push({
        article,
        section,
        sectionIndex: article.sections[sectionIndex] ? sectionIndex : 0,
        coverage,
        topicCoverage,
        questionMatch,
        sectionScore,
        semanticMatch,
        titleCoverage,
        headingMatched,
        retrievalScore,
        ...(classifierProbability !== undefined ? { classifierProbability } : {}),
        // An article the classifier was not trained on (a local answer, a new article) is
        // ranked by retrieval alone.
        score:
          classifierProbability === undefined
            ? retrievalScore
            : (1 - this.classifierShare) * retrievalScore + this.classifierShare * classifierProbability,
      });
    }
    this.preferCurrentEditions(candidates, querySet);
    candidates.sort((a, b) => b.score - a.score);
    const leader = candidates[0];
    if (leader && !leader.headingMatched) this.chooseSection(leader, spellings, querySet);
    const signals = (['questionMatch', 'sectionScore', 'topicCoverage', 'semanticMatch'] as const).filter(
      (key) => key !== 'semanticMatch' || queryVector,
    );
    const agreeing = leader
      ? signals.filter((key) => candidates.every((c) => c[key] <= leader[key])).length
      : 0;
    // How far the best match leads the next best on each signal, on average (negative when it trails).
    const lead =
      leader && signals.length > 0
        ? signals.reduce(
            (sum, key) => sum + leader[key] - Math.max(0, ...candidates.slice(1).map((c) => c[key])),
            0,
          ) / signals.length
        : 0;
    return {
      matches: candidates.slice(0, limit),
      queryTerms,
      knownWeight: total,
      foreignShare,
      localArrangement,
      semantic: !!queryVector,
      agreement: signals.length > 0 ? agreeing / signals.length : 0,
      lead,
      notCovered: classified.notCovered,
      classified: this.model !== null,
    };
  }

  /**
   * The classifier's probabilities for the articles of this index it knows, and the few most
   * likely ones (they compete even when the text search missed them).
   */
  private classify(question: NormalisedQuestion): {
    probabilities: Map<string, number>;
    top: string[];
    notCovered: number;
  } {
    const probabilities = new Map<string, number>();
    if (!this.model) return { probabilities, top: [], notCovered: 0 };
    let notCovered = 0;
    const top: string[] = [];
    for (const { id, probability } of this.model.predict(
      questionFeatures(question, stemmer, this.vectors).values,
    )) {
      if (id === NOT_COVERED) {
        notCovered = probability;
        continue;
      }
      if (!this.articles.has(id)) continue;
      probabilities.set(id, probability);
      if (top.length < classifierCandidates && probability >= 0.01) top.push(id);
    }
    return { probabilities, top, notCovered };
  }

  /**
   * Drops an article on an earlier edition of guidance when the article on the current edition is
   * also a candidate, unless the question asks for the earlier one: by a word only its title has
   * ("2018") or by calling it old. Two editions otherwise tie on almost every word.
   */
  private preferCurrentEditions(candidates: SectionMatch[], querySet: Set<string>): void {
    const present = new Set(candidates.map((c) => c.article.id));
    const asksOlder = [...olderEditionWords].some((w) => querySet.has(w));
    for (const current of candidates.slice()) {
      for (const olderId of current.article.supersedes ?? []) {
        const older = this.articles.get(olderId);
        if (!older || !present.has(olderId) || asksOlder) continue;
        const currentTitle = new Set(this.articleTerms(current.article).title);
        const ownWords = this.articleTerms(older).title.filter((t) => !currentTitle.has(t));
        if (ownWords.some((t) => querySet.has(t))) continue;
        const i = candidates.findIndex((c) => c.article.id === olderId);
        const dropped = candidates[i];
        if (!dropped) continue;
        candidates.splice(i, 1);
        // The classifier split its belief between the two editions of one topic: it all goes
        // to the edition that answers.
        if (current.classifierProbability !== undefined && dropped.classifierProbability !== undefined) {
          current.classifierProbability += dropped.classifierProbability;
          current.score =
            (1 - this.classifierShare) * current.retrievalScore +
            this.classifierShare * current.classifierProbability;
        }
      }
    }
  }

  /**
   * The section of the best article that covers most of the question by its own heading and text
   * (the text search sees every section with the article's keywords, so it cannot tell them
   * apart by those); the lead when no other section covers more of it.
   */
  private chooseSection(match: SectionMatch, spellings: Concept[], querySet: Set<string>): void {
    let bestIndex = 0;
    let bestCovered = -1;
    let bestHeading = -1;
    const sections = this.sectionTerms(match.article);
    match.article.sections.forEach((section, index) => {
      const own = sections[index] ?? new Set<string>();
      let covered = 0;
      for (const concept of spellings) if (concept.terms.some((t) => own.has(t))) covered += concept.weight;
      // Two sections that cover the question equally ("the difference between early help and
      // section 17", "the difference between section 17 and section 47"): the one whose own
      // heading says more of the question's words answers it.
      const tied = Math.abs(covered - bestCovered) <= 1e-9;
      const heading = covered > bestCovered + 1e-9 || tied ? headingOverlap(section.heading, querySet) : 0;
      if (covered > bestCovered + 1e-9 || (tied && heading > bestHeading)) {
        bestCovered = covered;
        bestIndex = index;
        bestHeading = heading;
      }
    });
    const section = match.article.sections[bestIndex];
    if (section) {
      match.section = section;
      match.sectionIndex = bestIndex;
    }
  }

  /** Each section's own terms (heading and text), computed when first needed and kept. */
  private sectionTerms(article: Article): Set<string>[] {
    let terms = this.sectionTermCache.get(article.id);
    if (!terms) {
      terms = article.sections.map(
        (section, index) =>
          new Set(processText(expandSynonyms(`${index === 0 ? '' : section.heading} ${section.text}`).text)),
      );
      this.sectionTermCache.set(article.id, terms);
    }
    return terms;
  }

  /** Weighted share of the article title's terms found among the question's terms. */
  private titleCoverage(article: Article, querySet: Set<string>): number {
    const terms = this.articleTerms(article).title;
    let all = 0;
    let found = 0;
    for (const t of terms) {
      const w = this.idf(t) * (entityStems.has(t) ? entityFactor : 1);
      all += w;
      if (querySet.has(t)) found += w;
    }
    return all > 0 ? found / all : 0;
  }

  /**
   * The best section of each article found by BM25, re-ranked by how much of the question it
   * covers: BM25 alone favours a short section that repeats one query word.
   */
  private rankSections(
    results: SearchResult[],
    concepts: Concept[],
    total: number,
    fuzzy: Map<string, Set<string>>,
  ): Map<string, { rank: number; sectionIndex: number }> {
    const best = new Map<string, { rank: number; sectionIndex: number }>();
    for (const result of results.slice(0, rerankDepth)) {
      const doc = this.docs[result.id as number];
      if (!doc) continue;
      const matched = new Set(result.queryTerms);
      for (const [qt, indexed] of fuzzy) if ([...indexed].some((t) => result.match[t])) matched.add(qt);
      let covered = 0;
      for (const concept of concepts)
        if (concept.terms.some((t) => matched.has(t))) covered += concept.weight;
      const share = covered / total;
      const rank = result.score * share * share;
      const current = best.get(doc.articleId);
      if (!current || rank > current.rank) best.set(doc.articleId, { rank, sectionIndex: doc.sectionIndex });
    }
    return best;
  }

  /**
   * Cosine between the question and each article's own questions, best per article: a concept of
   * the question (a word with its synonyms) matches a stored question that has any of its terms.
   */
  private matchQuestions(
    concepts: Concept[],
    total: number,
    fuzzy: Map<string, Set<string>>,
  ): Map<string, { score: number; sectionIndex: number }> {
    const best = new Map<string, { score: number; sectionIndex: number }>();
    const queryNorm = Math.sqrt(concepts.reduce((sum, c) => sum + c.weight ** 2, 0));
    if (total === 0 || queryNorm === 0) return best;
    const count = this.questions.length;
    if (this.dots.length < count) {
      this.dots = new Float64Array(count);
      this.stamps = new Uint32Array(count);
    }
    const { dots, stamps } = this;
    const touched: number[] = [];
    // A word in a large share of all stored questions ("what") says little in a big index and
    // would make every search walk most of it.
    const maxPostings = count * Math.max(0.1, Math.min(0.5, 1000 / count));
    for (const concept of concepts) {
      if (concept.weight === 0) continue;
      // One stamp per concept: a question matching two spellings of one idea counts it once.
      this.stamp = (this.stamp + 1) >>> 0 || 1;
      const stamp = this.stamp;
      for (const term of concept.terms) {
        for (const matched of [term, ...(fuzzy.get(term) ?? [])]) {
          const postings = this.questionPostings.get(matched);
          if (!postings || postings.length > maxPostings) continue;
          const w = concept.weight * this.idf(matched);
          for (const id of postings) {
            if (stamps[id] === stamp) continue;
            stamps[id] = stamp;
            if (dots[id] === 0) touched.push(id);
            dots[id] = (dots[id] as number) + w;
          }
        }
      }
    }
    for (const id of touched) {
      const dot = dots[id] as number;
      dots[id] = 0;
      const q = this.questions[id];
      if (!q || q.norm === 0) continue;
      const score = Math.min(1, dot / (queryNorm * q.norm));
      const current = best.get(q.articleId);
      if (!current || score > current.score) best.set(q.articleId, { score, sectionIndex: q.sectionIndex });
    }
    return best;
  }

  /** The processed terms of an article (see ArticleVocabulary), gathered when it was indexed. */
  private articleTerms(article: Article): ArticleVocabulary {
    return this.vocabularies.get(article.id) ?? { title: [], topic: new Set(), all: new Set() };
  }

  /**
   * One pass over the hits: how many sections match each query term (for its weight), and which
   * indexed words a fuzzy or prefix match stood for.
   */
  private tally(results: SearchResult[]): {
    df: Map<string, number>;
    fuzzyTerms: Map<string, Set<string>>;
  } {
    const df = new Map<string, number>();
    const fuzzyTerms = new Map<string, Set<string>>();
    for (const r of results) {
      for (const t of r.queryTerms) df.set(t, (df.get(t) ?? 0) + 1);
      for (const [indexed, queryTermsOf] of Object.entries(r.match)) {
        if (queryTermsOf.length === 0) continue;
        for (const qt of r.queryTerms) {
          if (qt === indexed || this.documentFrequency.has(qt)) continue;
          const set = fuzzyTerms.get(qt) ?? new Set<string>();
          set.add(indexed);
          fuzzyTerms.set(qt, set);
        }
      }
    }
    return { df, fuzzyTerms };
  }
}

/** How many of the question's terms a section heading uses. */
function headingOverlap(heading: string, querySet: Set<string>): number {
  let n = 0;
  for (const t of processText(expandSynonyms(heading).text)) if (querySet.has(t)) n++;
  return n;
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

/** A stored question's terms and words: normalised like a chat question, abbreviations left as written. */
function questionTerms(text: string, normalised = false): { terms: string[]; words: string[] } {
  const plain = normalised ? text : normaliseQuestion(text, { spellings: GUIDANCE_SPELLINGS }).text;
  const words = plain.replace(auxiliaryNeed, ' ');
  return { terms: processText(words), words: words.split(' ').filter(Boolean) };
}

/**
 * An article's terms: its title's; those of its topic (title, summary, tags, synonyms, headings,
 * alternative questions); and all of them, its text included.
 */
interface ArticleVocabulary {
  title: string[];
  topic: Set<string>;
  all: Set<string>;
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
