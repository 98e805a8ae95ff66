/**
 * Builds the question classifier shipped in src/knowledge/model/question-model.bin from each
 * article's own questions (title, section headings, `questions:` in its front matter) and the
 * training corpus in src/knowledge/training/*.json (never the evaluation set). Rebuild after
 * adding or editing articles or training questions:
 *
 *   npx tsx scripts/build-question-model.ts
 *
 * Training is deterministic (fixed seed and order), so the same inputs give the same file.
 */
import { writeFileSync } from 'node:fs';
import { loadKnowledgeBase } from '../src/core/guidance/load-knowledge-base.ts';
import { shippedQuestionModelPath } from '../src/core/guidance/load-question-model.ts';
import { shippedWordVectors } from '../src/core/guidance/load-word-vectors.ts';
import { encodeQuestionModel } from '../src/core/guidance/question-model.ts';
import { trainingSettings } from '../src/eval/question-model-settings.ts';
import {
  articleExamples,
  readTrainingCorpus,
  trainQuestionModel,
} from '../src/eval/question-model-training.ts';

const articles = loadKnowledgeBase().articles;
const examples = [...articleExamples(articles), ...readTrainingCorpus(new Set(articles.map((a) => a.id)))];
const started = Date.now();
const parts = trainQuestionModel(examples, shippedWordVectors(), trainingSettings);
const bytes = encodeQuestionModel(parts);
writeFileSync(shippedQuestionModelPath, bytes);
process.stdout.write(
  `question model: ${examples.length} examples, ${parts.classes.length} classes, ${parts.features.length} features, ${bytes.byteLength} bytes, trained in ${Date.now() - started} ms\n`,
);
