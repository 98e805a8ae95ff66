import type { SearchOutcome } from './knowledge-index.ts';

/** What the confidence is estimated from: the best match, and how far it leads the next. */
export interface ConfidenceFeatures {
  /** The best article's ranking score, 0 to 1. */
  score: number;
  /** Its lead over the runner-up's score. */
  margin: number;
  /** The runner-up's score as a share of the best's (1 when they tie). */
  runnerUpRatio: number;
  /** Best question-to-question match of the best article. */
  questionMatch: number;
  /** Best word-vector match of the best article (0 without vectors). */
  semanticMatch: number;
  /** Share of the best article's title the question uses. */
  titleCoverage: number;
  /** Share of the question in ordinary words no article uses. */
  foreignShare: number;
  /** 1 when the question asks about a local arrangement. */
  localArrangement: number;
  /**
   * How much the question says that the guidance knows (log of its ideas' summed rarity): a bare
   * "CAF" matches many articles perfectly and says which one it wants hardly at all.
   */
  knownWeight: number;
  /** Share of the separate ranking signals that agree on the best match. */
  agreement: number;
  /** How far the best match leads the next on those signals, on average. */
  signalLead: number;
  /** The question classifier's probability for the best match (0 without the classifier or for an article it does not know). */
  classifier: number;
  /** Its lead over the classifier's next most likely article. */
  classifierLead: number;
  /** The classifier's probability that no article answers the question. */
  notCovered: number;
}

type Weights = Record<keyof ConfidenceFeatures, number> & { bias: number };

/**
 * With the question classifier (the shipped setting): fitted on 1,652 questions no classifier had
 * seen, the out-of-fold features of the guidance-c training questions (each scored by a classifier
 * trained without its fold) and the tuning half (`npx tsx src/eval/guidance-dev.ts
 * src/knowledge/training/guidance-c.json --cv 5 --confidence`; docs/evaluation.md).
 */
const CLASSIFIER_MODEL: Weights = {
  bias: -2.15,
  score: 1.4,
  margin: 1.9,
  runnerUpRatio: 0,
  questionMatch: 0,
  semanticMatch: 0,
  titleCoverage: 0,
  foreignShare: 0.48,
  localArrangement: -1.16,
  knownWeight: 0.47,
  agreement: 0,
  signalLead: 0,
  classifier: 1.21,
  classifierLead: 1.3,
  notCovered: -2.99,
};

/**
 * Logistic models of "the best article answers this question", fitted on the tuning half of the
 * evaluation set (`npx tsx src/eval/fit-confidence.ts`; method and figures in docs/evaluation.md): one for
 * retrieval with word vectors, one for words alone. Intent comes in through the ranking score
 * (entity words such as "school nurse" weigh half there); a close runner-up lowers it, as do a
 * local-arrangement question and ordinary words the guidance never uses.
 */
export const CONFIDENCE_MODELS: Record<'classifier' | 'vectors' | 'words', Weights> = {
  classifier: CLASSIFIER_MODEL,
  vectors: {
    bias: -7.69,
    score: 0.31,
    margin: 2.22,
    runnerUpRatio: -2.13,
    questionMatch: 1.6,
    semanticMatch: 5.58,
    titleCoverage: 2.1,
    foreignShare: -1.47,
    localArrangement: -2.42,
    knownWeight: 1.15,
    agreement: 0.65,
    signalLead: 1.66,
    classifier: 0,
    classifierLead: 0,
    notCovered: 0,
  },
  words: {
    bias: -6.69,
    score: 1.24,
    margin: 1.45,
    runnerUpRatio: -0.13,
    questionMatch: 2.25,
    semanticMatch: 0,
    titleCoverage: 2.16,
    foreignShare: 0,
    localArrangement: -2.28,
    knownWeight: 1.28,
    agreement: 0.84,
    signalLead: 2,
    classifier: 0,
    classifierLead: 0,
    notCovered: 0,
  },
};

/** The features of a search outcome's best match (undefined when nothing matched). */
export function confidenceFeatures(outcome: SearchOutcome): ConfidenceFeatures | undefined {
  const [best, second] = outcome.matches;
  if (!best || outcome.knownWeight === 0) return undefined;
  const runnerUp = second?.score ?? 0;
  const classifier = best.classifierProbability ?? 0;
  let otherClassifier = 0;
  for (const m of outcome.matches.slice(1))
    otherClassifier = Math.max(otherClassifier, m.classifierProbability ?? 0);
  return {
    score: best.score,
    margin: best.score - runnerUp,
    runnerUpRatio: best.score > 0 ? runnerUp / best.score : 1,
    questionMatch: best.questionMatch,
    semanticMatch: best.semanticMatch,
    titleCoverage: best.titleCoverage,
    foreignShare: outcome.foreignShare,
    localArrangement: outcome.localArrangement ? 1 : 0,
    knownWeight: Math.log1p(outcome.knownWeight),
    agreement: outcome.agreement,
    signalLead: outcome.lead,
    classifier,
    classifierLead: classifier - otherClassifier,
    notCovered: outcome.notCovered,
  };
}

/**
 * Estimated probability, 0 to 1, that the best article answers the question: what "confidence"
 * means in a reply. 0 when nothing the guidance knows was asked.
 */
export function estimateConfidence(outcome: SearchOutcome): number {
  const features = confidenceFeatures(outcome);
  if (!features) return 0;
  // An article the classifier was not trained on (a coordinator's local answer) is judged as
  // retrieval alone would judge it: the classifier's "not covered" says nothing about it.
  const known = outcome.classified && outcome.matches[0]?.classifierProbability !== undefined;
  const model = known
    ? CONFIDENCE_MODELS.classifier
    : outcome.semantic
      ? CONFIDENCE_MODELS.vectors
      : CONFIDENCE_MODELS.words;
  let z = model.bias;
  for (const key of Object.keys(features) as (keyof ConfidenceFeatures)[]) z += model[key] * features[key];
  return Math.round((1 / (1 + Math.exp(-z))) * 100) / 100;
}
