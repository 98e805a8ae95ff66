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
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../src/core/guidance/load-knowledge-base.ts';
import { shippedQuestionModelPath } from '../src/core/guidance/load-question-model.ts';
import { shippedWordVectors } from '../src/core/guidance/load-word-vectors.ts';
import { encodeQuestionModel } from '../src/core/guidance/question-model.ts';
import { trainingSettings } from '../src/eval/question-model-settings.ts';
import {
  articleExamples,
  type TrainingExample,
  trainQuestionModel,
} from '../src/eval/question-model-training.ts';

const trainingDir = fileURLToPath(new URL('../src/knowledge/training/', import.meta.url));

/** The training corpus: every `*.json` file of `{ text, topic }` items in the training folder. */
export function readTrainingCorpus(knownIds: Set<string>): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const file of readdirSync(trainingDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const items = JSON.parse(readFileSync(`${trainingDir}${file}`, 'utf8')) as TrainingExample[];
    for (const item of items) {
      if (typeof item.text !== 'string' || (item.topic !== null && !knownIds.has(item.topic))) {
        throw new Error(`${file}: an item with an unknown topic (${String(item.topic)})`);
      }
      out.push({ text: item.text, topic: item.topic });
    }
  }
  return out;
}

const articles = loadKnowledgeBase().articles;
const examples = [...articleExamples(articles), ...readTrainingCorpus(new Set(articles.map((a) => a.id)))];
const started = Date.now();
const parts = trainQuestionModel(examples, shippedWordVectors(), trainingSettings);
const bytes = encodeQuestionModel(parts);
writeFileSync(shippedQuestionModelPath, bytes);
process.stdout.write(
  `question model: ${examples.length} examples, ${parts.classes.length} classes, ${parts.features.length} features, ${bytes.byteLength} bytes, trained in ${Date.now() - started} ms\n`,
);
