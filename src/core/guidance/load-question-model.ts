import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type QuestionModel, readQuestionModel } from './question-model.ts';

/** The classifier built by `scripts/build-question-model.ts`. */
export const shippedQuestionModelPath = fileURLToPath(
  new URL('../../knowledge/model/question-model.bin', import.meta.url),
);

let shipped: QuestionModel | null | undefined;

/**
 * The shipped question classifier, read once per process; null when the file is missing or
 * unreadable (retrieval then ranks on its own signals, less well on informal questions).
 */
export function shippedQuestionModel(): QuestionModel | null {
  if (shipped !== undefined) return shipped;
  try {
    shipped = existsSync(shippedQuestionModelPath)
      ? readQuestionModel(readFileSync(shippedQuestionModelPath))
      : null;
  } catch {
    shipped = null;
  }
  return shipped;
}
