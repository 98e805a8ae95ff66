// Pulse surveys: templates, answer validation, anonymity-safe results, trends and rendering. Pure
// functions over plain data; the pulse service stores runs and responses and calls these.

export {
  computeHeadline,
  describeChange,
  type Headline,
  type HeadlineRun,
  type OverallHeadline,
  type QuestionHeadline,
} from './compute-headline.ts';
export {
  type ComputeResultsOptions,
  computeRunRelease,
  computeRunResults,
  EMPTY_RELEASE_STATE,
  type ReleaseState,
} from './compute-results.ts';
export {
  computeTrend,
  type QuestionTrend,
  type TrendPoint,
  type TrendResult,
  type TrendRunInput,
} from './compute-trend.ts';
export { AGREE5_LABELS, describeGroup, describeSuppression, SECTOR_LABELS } from './labels.ts';
export { parseSector, SECTOR_CHOICES_TEXT } from './parse-sector.ts';
export {
  defaultReleasePolicy,
  type ReleaseDecision,
  type ReleaseInput,
  releaseResults,
  type StoredRelease,
} from './release-results.ts';
export {
  renderBar,
  renderHeadline,
  renderResultsCsv,
  renderResultsText,
  toCsvCell,
} from './render-results.ts';
export {
  ABSOLUTE_MIN_GROUP_SIZE,
  DEFAULT_ANONYMITY,
  resolveAnonymity,
} from './resolve-anonymity.ts';
export { MIN_RESPONDENT_SECRET_LENGTH, respondentKey } from './respondent-key.ts';
export { findShippedTemplate, SHIPPED_TEMPLATES } from './shipped-templates.ts';
export {
  applyComplementarySuppression,
  type CellHistory,
  suppressAcrossReleases,
} from './suppress-across-releases.ts';
export type {
  AnonymityOptions,
  CommentsResult,
  GroupResult,
  QuestionResult,
  QuestionType,
  ReleaseInfo,
  ReleasePolicy,
  ResponseRecord,
  ResultGroup,
  RunResults,
  SuppressionReason,
  SurveyAnswer,
  SurveyQuestion,
  SurveyTemplate,
} from './types.ts';
export { QUESTION_TYPES } from './types.ts';
export {
  cleanCommentText,
  describeAnswerFormat,
  MAX_COMMENT_LENGTH,
  parseAnswerText,
  validateAnswers,
} from './validate-answers.ts';
export {
  MAX_CHOICE_OPTIONS,
  MAX_QUESTION_TEXT,
  MAX_QUESTIONS,
  MIN_CHOICE_OPTIONS,
  MIN_QUESTION_TEXT,
  validateTemplate,
} from './validate-template.ts';
