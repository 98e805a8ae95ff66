// Plain-text and CSV views of run results. Both work only from `RunResults`, which holds no
// respondent keys or raw answers, so nothing here can leak what the aggregation hid.
import type { Headline } from './compute-headline.ts';
import type { TrendPoint, TrendResult } from './compute-trend.ts';
import { AGREE5_LABELS, describeGroup, describeSuppression } from './labels.ts';
import type { QuestionResult, RunResults, SurveyQuestion, SurveyTemplate } from './types.ts';

const BAR_WIDTH = 20;
const PARTIAL_BLOCKS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const MAX_CHOICE_ROWS = 5;
const MAX_COMMENTS_IN_TEXT = 3;
const MAX_COMMENT_CHARS = 100;

/** A bar of `share` (0 to 1) of `width` cells, in eighths of a cell, padded to the full width. */
export function renderBar(share: number, width = BAR_WIDTH): string {
  const eighths = Math.round(Math.min(1, Math.max(0, share)) * width * 8);
  const bar = '█'.repeat(Math.floor(eighths / 8)) + (PARTIAL_BLOCKS[eighths % 8] ?? '');
  // A non-zero count always gets a sliver, so it never looks like nobody chose it.
  const visible = bar === '' && share > 0 ? '▏' : bar;
  return visible.padEnd(width, ' ');
}

function percent(count: number, n: number): string {
  return n === 0 ? '0%' : `${Math.round((count / n) * 100)}%`;
}

function oneDecimal(value: number): string {
  return value.toFixed(1);
}

function pluralise(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** Rows of [label, count] to draw for a question: agree5 in full, scale10 in bands, top choices. */
function rowsFor(question: SurveyQuestion, distribution: Record<string, number>): [string, number][] {
  const count = (key: string) => distribution[key] ?? 0;
  if (question.type === 'agree5') {
    return AGREE5_LABELS.map((label, index) => [label, count(String(index + 1))]);
  }
  if (question.type === 'scale10') {
    // Eleven rows per question would blow the length budget; bands keep the shape readable.
    const bands: [string, number, number][] = [
      ['0-4', 0, 4],
      ['5-6', 5, 6],
      ['7-8', 7, 8],
      ['9-10', 9, 10],
    ];
    return bands.map(([label, from, to]) => {
      let total = 0;
      for (let value = from; value <= to; value += 1) total += count(String(value));
      return [label, total];
    });
  }
  const rows = (question.options ?? []).map((option): [string, number] => [option, count(option)]);
  if (rows.length <= MAX_CHOICE_ROWS) return rows;
  const top = [...rows].sort((a, b) => b[1] - a[1]).slice(0, MAX_CHOICE_ROWS - 1);
  const rest = rows.filter((row) => !top.includes(row));
  return [...top, [`${rest.length} other options`, rest.reduce((sum, row) => sum + row[1], 0)]];
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function describeChange(points: TrendPoint[]): string | undefined {
  if (points.length < 2) return undefined;
  const last = points[points.length - 1] as TrendPoint;
  const previous = points[points.length - 2] as TrendPoint;
  const history = points
    .slice(-4)
    .map((point) => `${point.label} ${point.mean === null ? '–' : oneDecimal(point.mean)}`)
    .join(' → ');
  if (last.change === null) return `no comparison with ${previous.label} (hidden) · ${history}`;
  const arrow =
    Math.abs(last.change) < 0.05
      ? '► no change'
      : `${last.change > 0 ? '▲ +' : '▼ −'}${oneDecimal(Math.abs(last.change))}`;
  return `${arrow} since ${previous.label} · ${history}`;
}

function renderQuestion(
  question: SurveyQuestion,
  number: number,
  result: QuestionResult | undefined,
  results: RunResults,
  trend: TrendResult | undefined,
): string[] {
  const lines = [`Q${number}. ${truncate(question.text, 100)}`];
  if (question.type === 'comment') {
    lines.push(
      Array.isArray(results.comments)
        ? `  ${pluralise(results.comments.length, 'comment')}, listed below`
        : `  ${results.comments.hidden}`,
    );
    return lines;
  }
  if (!result || result.suppressed || !result.distribution || result.n === null) {
    lines.push(`  ${describeSuppression(result?.reason)} to show this question`);
    return lines;
  }
  const n = result.n;
  const rows = rowsFor(question, result.distribution);
  const labelWidth = Math.max(...rows.map(([label]) => Math.min(label.length, 28)));
  for (const [label, count] of rows) {
    const share = n === 0 ? 0 : count / n;
    lines.push(
      `  ${truncate(label, 28).padEnd(labelWidth)} ${renderBar(share)} ${count} (${percent(count, n)})`,
    );
  }
  const stats = [`${pluralise(n, 'answer')}`];
  if (result.mean !== undefined) stats.push(`mean ${oneDecimal(result.mean)}`);
  if (result.median !== undefined) stats.push(`median ${result.median}`);
  const series = trend?.questions.find((entry) => entry.questionId === question.id);
  const change = series ? describeChange(series.points) : undefined;
  if (change) stats.push(change);
  lines.push(`  ${stats.join(' · ')}`);
  return lines;
}

function renderSectors(template: SurveyTemplate, results: RunResults): string[] {
  if (results.bySector.length === 0) return [];
  const numbered = template.questions.map((question, index) => ({ question, number: index + 1 }));
  const labelled = results.bySector.map((group) => ({
    group,
    label: describeGroup(group.group, group.merged),
  }));
  const width = Math.max(...labelled.map(({ label }) => label.length));
  const lines = ['By sector (means)'];
  for (const { group, label } of labelled) {
    if (group.suppressed || group.n === null) {
      lines.push(`  ${label.padEnd(width)}  ${describeSuppression(group.reason)}`);
      continue;
    }
    const figures = numbered
      .filter(({ question }) => question.type === 'agree5' || question.type === 'scale10')
      .map(({ question, number }) => {
        const result = group.questions.find((entry) => entry.questionId === question.id);
        const mean =
          result && !result.suppressed && result.mean !== undefined ? oneDecimal(result.mean) : '–';
        return `Q${number} ${mean}`;
      });
    lines.push(
      `  ${label.padEnd(width)}  n=${group.n}${figures.length > 0 ? `  ${figures.join(' · ')}` : ''}`,
    );
  }
  return lines;
}

/**
 * Which release the figures are and how they relate to the live count, e.g. "Figures released
 * at 15 responses (18 so far); the next release comes at 20 responses."
 */
export function describeRelease(results: RunResults): string | undefined {
  const { release, liveResponseCount: live } = results;
  if (!release) return undefined;
  const late = live !== undefined && live > release.responses ? live - release.responses : 0;
  if (release.final) {
    return late > 0
      ? `Final results over the first ${release.responses} responses: the last ${pluralise(late, 'response')} came in too few to show apart from them, so they are counted only.`
      : undefined;
  }
  const next = release.nextAt !== undefined ? ` The next release comes at ${release.nextAt} responses.` : '';
  return `Figures released at ${pluralise(release.responses, 'response')}${late > 0 ? ` (${live} so far)` : ''}, to keep answers anonymous.${next}`;
}

/** "Headline: 72% favourable overall …" then one line per scored question. */
export function renderHeadline(template: SurveyTemplate, headline: Headline): string[] {
  if (headline.overall === null) return [];
  const lines = ['', `Headline: ${headline.overall.sentence}`];
  for (const question of headline.questions) {
    if (question.sentence === null) continue;
    const number = template.questions.findIndex((entry) => entry.id === question.questionId) + 1;
    lines.push(`  Q${number}. ${truncate(question.text, 60)}: ${question.sentence}`);
  }
  return lines;
}

/**
 * Renders results as plain text for chat: a header with the response count and rate, a small bar
 * chart per question (scale10 in bands, long choice lists folded), mean and median with the change
 * since the previous run when a trend is given, the sector breakdown with hidden groups named as
 * such, and up to three comments. About 60 lines at most for a five-question survey. The trend's
 * last point is taken to be this run.
 */
export function renderResultsText(
  template: SurveyTemplate,
  results: RunResults,
  trend?: TrendResult,
  headline?: Headline,
): string {
  const count = results.liveResponseCount ?? results.responseCount;
  // The rate of the count shown: an open run's count moves between releases, and so does its rate
  // (neither says anything about the answers).
  const rate =
    results.responseRate !== undefined && results.audienceSize
      ? ` (${Math.round((count / results.audienceSize) * 100)}% of ${results.audienceSize} invited)`
      : '';
  const lines = [`${template.title}: results`, `${pluralise(count, 'response')}${rate}`];
  const release = describeRelease(results);
  if (release) lines.push(release);
  if (results.suppressed && results.questions.some((question) => question.reason === 'awaiting-release')) {
    lines.push(Array.isArray(results.comments) ? '' : results.comments.hidden);
    return lines.join('\n');
  }
  if (results.suppressed) {
    lines.push(
      `Not enough responses to show results yet: they appear once at least ${results.anonymity.minGroupSize} people respond.`,
    );
    return lines.join('\n');
  }
  if (headline) lines.push(...renderHeadline(template, headline));
  template.questions.forEach((question, index) => {
    const result = results.questions.find((entry) => entry.questionId === question.id);
    lines.push('', ...renderQuestion(question, index + 1, result, results, trend));
  });
  const sectors = renderSectors(template, results);
  if (sectors.length > 0) lines.push('', ...sectors);
  if (Array.isArray(results.comments) && results.comments.length > 0) {
    lines.push('', 'Comments');
    for (const comment of results.comments.slice(0, MAX_COMMENTS_IN_TEXT)) {
      lines.push(`  • ${truncate(comment, MAX_COMMENT_CHARS)}`);
    }
    const more = results.comments.length - MAX_COMMENTS_IN_TEXT;
    if (more > 0) lines.push(`  … and ${pluralise(more, 'more comment')} on the dashboard`);
  }
  return lines.join('\n');
}

/**
 * One CSV cell: text that a spreadsheet would run as a formula (starting = + - @, tab or CR) gets a
 * leading single quote, and anything with a comma, quote or line break is quoted (RFC 4180).
 */
export function toCsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_HEADER = [
  'section',
  'question_id',
  'question',
  'group',
  'answer',
  'answer_label',
  'count',
  'percent',
  'n',
  'mean',
  'median',
  'note',
];

type CsvRow = Partial<Record<(typeof CSV_HEADER)[number], string | number | null>>;

function answerLabel(question: SurveyQuestion, key: string): string {
  return question.type === 'agree5' ? (AGREE5_LABELS[Number(key) - 1] ?? key) : key;
}

function headlineRows(template: SurveyTemplate, headline: Headline | undefined): CsvRow[] {
  if (!headline?.overall) return [];
  const overall = headline.overall;
  return [
    {
      section: 'headline',
      group: 'all',
      percent: overall.favourable,
      n: overall.answers,
      note: overall.sentence,
    },
    ...headline.questions
      .filter((question) => question.favourable !== null)
      .map((question) => ({
        section: 'headline',
        question_id: question.questionId,
        question: template.questions.find((entry) => entry.id === question.questionId)?.text ?? '',
        group: 'all',
        percent: question.favourable,
        n: question.n,
        note: question.sentence ?? '',
      })),
  ];
}

/** One row per question per run, oldest first: the run's label in `group`, its mean and change. */
function trendRows(template: SurveyTemplate, trend: TrendResult | undefined): CsvRow[] {
  if (!trend) return [];
  return trend.questions.flatMap((series) =>
    series.points.map((point) => ({
      section: 'trend',
      question_id: series.questionId,
      question: template.questions.find((entry) => entry.id === series.questionId)?.text ?? '',
      group: point.label,
      n: point.n,
      mean: point.mean,
      note:
        point.change === null
          ? point.mean === null
            ? 'not shown'
            : ''
          : `change ${point.change > 0 ? '+' : ''}${point.change}`,
    })),
  );
}

/**
 * Renders results as CSV (CRLF line ends) with aggregate rows only: a summary row, each question's
 * distribution and statistics, and each sector group's per-question figures. Comment text, raw
 * responses and respondent keys are never included; comments appear only as a count.
 */
export function renderResultsCsv(
  template: SurveyTemplate,
  results: RunResults,
  extra: { trend?: TrendResult; headline?: Headline } = {},
): string {
  const rows: CsvRow[] = [
    {
      section: 'summary',
      group: 'all',
      n: results.responseCount,
      note: [
        results.responseRate !== undefined ? `response rate ${Math.round(results.responseRate * 100)}%` : '',
        results.suppressed ? describeSuppression('run-too-small') : '',
      ]
        .filter(Boolean)
        .join('; '),
    },
  ];
  for (const question of template.questions) {
    const result = results.questions.find((entry) => entry.questionId === question.id);
    const base = { question_id: question.id, question: question.text, group: 'all' };
    if (question.type === 'comment') {
      const shown = Array.isArray(results.comments);
      rows.push({
        section: 'comments',
        ...base,
        n: shown ? (result?.n ?? 0) : null,
        note: Array.isArray(results.comments) ? 'comment text is not exported' : results.comments.hidden,
      });
      continue;
    }
    if (!result || result.suppressed || !result.distribution || result.n === null) {
      rows.push({
        section: 'question',
        ...base,
        n: result?.n ?? null,
        note: describeSuppression(result?.reason),
      });
      continue;
    }
    const n = result.n;
    for (const [key, count] of Object.entries(result.distribution)) {
      rows.push({
        section: 'question',
        ...base,
        answer: key,
        answer_label: answerLabel(question, key),
        count,
        percent: n === 0 ? 0 : Math.round((count / n) * 1000) / 10,
        n,
      });
    }
    rows.push({ section: 'question', ...base, n, mean: result.mean ?? null, median: result.median ?? null });
  }
  for (const group of results.bySector) {
    const label = describeGroup(group.group, group.merged);
    if (group.suppressed) {
      rows.push({ section: 'sector', group: label, note: describeSuppression(group.reason) });
      continue;
    }
    for (const result of group.questions) {
      const question = template.questions.find((entry) => entry.id === result.questionId);
      rows.push({
        section: 'sector',
        question_id: result.questionId,
        question: question?.text ?? '',
        group: label,
        n: result.n,
        mean: result.mean ?? null,
        median: result.median ?? null,
        note: result.suppressed ? describeSuppression(result.reason) : '',
      });
    }
  }
  rows.push(...headlineRows(template, extra.headline), ...trendRows(template, extra.trend));
  const lines = [
    CSV_HEADER.join(','),
    ...rows.map((row) => CSV_HEADER.map((column) => toCsvCell(row[column])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
