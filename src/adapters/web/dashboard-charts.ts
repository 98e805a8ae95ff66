// The dashboard's charts and tables, built from what the core services return. Figures the chat
// hides (small groups, suppressed questions, runs too small) are hidden here in the same way:
// these functions only read the already-suppressed results, never raw responses.
import type { TopLevelSpec } from 'vega-lite';
import type { ForumView, PulseSeries } from '../../core/dashboard/dashboard-service.ts';
import { TOPICS, type Topic } from '../../core/dashboard/question-topics.ts';
import { favourableShareOf } from '../../core/dashboard/survey-headline.ts';
import { AGREE5_LABELS, describeGroup, describeSuppression } from '../../core/pulse/labels.ts';
import type { SurveyQuestion } from '../../core/pulse/types.ts';
import {
  AGREE_COLOURS,
  type Cell,
  type Chart,
  type Layout,
  lineSpec,
  MULTILINE_LABELS,
  SIZES,
  stackedBarSpec,
  wrapFor,
} from './charts.ts';
import { MONTH_AXIS_FORMAT, monthText, percentText, wrapText } from './format.ts';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const percent = (share: number | undefined) => (share === undefined ? null : percentText(share));

/** A question's full text with its number, "Q1 I trust colleagues in other agencies…" (never cut). */
const questionLabel = (question: SurveyQuestion, index: number) => `Q${index + 1} ${question.text}`;
const scored = (q: SurveyQuestion) => q.type === 'agree5' || q.type === 'scale10';
const labelsOf = (series: PulseSeries) =>
  new Map(series.template.questions.map((q, i) => [q.id, questionLabel(q, i)]));
/** The runs whose results are final (closed), oldest first. */
const closedRuns = (series: PulseSeries) => series.runs.filter((r) => r.run.status === 'closed');
const lastOf = <T>(list: readonly T[]) => list[list.length - 1];

/** Mean answer per scored question across runs. */

/** One row per question, its full text wrapped above the row (a facet's header). */
function questionRows(layout: Layout) {
  return {
    row: {
      field: 'question',
      type: 'nominal' as const,
      title: null,
      sort: null,
      header: {
        labelAngle: 0,
        labelAlign: 'left' as const,
        labelAnchor: 'start' as const,
        labelOrient: 'top' as const,
        labelExpr: MULTILINE_LABELS.labelExpr,
        labelLimit: SIZES[layout].width,
      },
    },
  };
}

export function pulseTrendChart(series: PulseSeries): Chart {
  const questions = series.template.questions.filter(scored);
  const labels = labelsOf(series);
  const values: Record<string, unknown>[] = [];
  const rows: Cell[][] = series.runs.map(({ run, label, results }) => {
    const cells: Cell[] = [
      label,
      run.status,
      results.responseCount,
      percent(results.responseRate) ?? 'audience not known',
    ];
    for (const question of questions) {
      const point = series.trend.questions
        .find((t) => t.questionId === question.id)
        ?.points.find((p) => p.runId === run.id);
      const result = results.questions.find((r) => r.questionId === question.id);
      if (point?.mean !== null && point?.mean !== undefined) {
        values.push({ run: label, question: labels.get(question.id), mean: point.mean });
        cells.push(point.mean);
      } else cells.push(describeSuppression(result?.reason));
    }
    return cells;
  });
  const allAgree5 = questions.every((q) => q.type === 'agree5');
  return {
    title: `${series.template.title}: mean answer by run`,
    caption: `Line chart of the mean answer to each scored question for each run${allAgree5 ? ' (1 strongly disagree to 5 strongly agree)' : ''}. Runs or questions with too few responses are left out. The table has the same figures.`,
    alt: trendFinding(series, questions),
    spec:
      values.length > 0
        ? (layout) =>
            lineSpec(
              layout,
              values.map((v) => ({ ...v, question: wrapFor(layout, String(v.question)) })),
              {
                x: 'run',
                xTitle: 'Survey run',
                y: 'mean',
                yTitle: allAgree5 ? 'Mean (1–5)' : 'Mean',
                series: 'question',
                domain: allAgree5
                  ? [1, 5]
                  : questions.every((q) => q.type === 'scale10')
                    ? [0, 10]
                    : undefined,
                order: series.runs.map((r) => r.label),
              },
            )
        : null,
    table: {
      columns: [
        'Run',
        'Status',
        'Responses',
        'Response rate',
        ...questions.map((q) => `${labels.get(q.id)} (mean)`),
      ],
      rows,
    },
  };
}

/** "In Sep 2026 the means ran from 3.1 (Q3) to 4.2 (Q1); Q1 rose most since Jun 2026, by 0.8." */
function trendFinding(series: PulseSeries, questions: SurveyQuestion[]): string {
  const withMeans = series.runs.filter(({ run }) =>
    series.trend.questions.some((t) => t.points.some((p) => p.runId === run.id && p.mean !== null)),
  );
  const latest = lastOf(withMeans);
  if (!latest) return 'No run has enough responses to show a mean yet.';
  const number = new Map(series.template.questions.map((q, i) => [q.id, `Q${i + 1}`]));
  const points = questions
    .map((q) => ({
      q: number.get(q.id) ?? q.id,
      point: series.trend.questions
        .find((t) => t.questionId === q.id)
        ?.points.find((p) => p.runId === latest.run.id),
    }))
    .filter((p) => p.point?.mean !== null && p.point?.mean !== undefined);
  const sorted = [...points].sort((a, b) => (b.point?.mean ?? 0) - (a.point?.mean ?? 0));
  const high = sorted[0];
  const low = lastOf(sorted);
  let text = `In ${latest.label} the mean answers ran from ${low?.point?.mean} (${low?.q}) to ${high?.point?.mean} (${high?.q}).`;
  const moves = points.filter((p) => p.point?.change !== null && p.point?.change !== undefined);
  const biggest = moves.sort((a, b) => Math.abs(b.point?.change ?? 0) - Math.abs(a.point?.change ?? 0))[0];
  const previous = withMeans[withMeans.length - 2];
  if (biggest?.point?.change && previous) {
    const change = biggest.point.change;
    text += ` ${biggest.q} moved most since ${previous.label}: ${change > 0 ? 'up' : 'down'} ${Math.abs(change)}.`;
  } else if (withMeans.length === 1) text += ' There is no earlier run to compare with.';
  return text;
}

function answerLabel(question: SurveyQuestion, key: string): string {
  return question.type === 'agree5' ? `${key} ${AGREE5_LABELS[Number(key) - 1] ?? ''}`.trim() : key;
}

const AGREE_ORDER = AGREE5_LABELS.map((label, i) => `${i + 1} ${label}`);

/** How answers to the agree-scale questions were spread in each run (shares of those who answered). */
export function pulseDistributionChart(series: PulseSeries): Chart {
  const values: Record<string, unknown>[] = [];
  const rows: Cell[][] = [];
  series.template.questions.forEach((question, index) => {
    if (question.type === 'comment') return;
    const name = questionLabel(question, index);
    for (const { label, results } of series.runs) {
      const result = results.questions.find((r) => r.questionId === question.id);
      if (!result || result.suppressed || !result.distribution || !result.n) {
        rows.push([label, name, null, null, null, describeSuppression(result?.reason)]);
        continue;
      }
      for (const [key, count] of Object.entries(result.distribution)) {
        const answer = answerLabel(question, key);
        if (question.type === 'agree5') values.push({ run: label, question: name, answer, count });
        rows.push([label, name, answer, count, `${Math.round((count / result.n) * 100)}%`, '']);
      }
    }
  });
  const runOrder = series.runs.map((r) => r.label);
  return {
    title: `${series.template.title}: how answers were spread`,
    caption:
      'Bars, one per run, for each agree-scale question, showing the share of each answer from strongly disagree (orange) to strongly agree (purple). Questions with too few answers are left out. The table has the counts.',
    alt: distributionFinding(series),
    spec:
      values.length > 0
        ? (layout) => ({
            $schema: SCHEMA,
            data: {
              values: values.map((v) => ({
                ...v,
                question: wrapFor(layout, String(v.question)),
                _order: AGREE_ORDER.indexOf(String(v.answer)),
              })),
            },
            facet: questionRows(layout),
            spec: {
              width: SIZES[layout].width,
              height: { step: 22 },
              mark: { type: 'bar', stroke: '#ffffff', strokeWidth: 0.5 },
              encoding: {
                y: { field: 'run', type: 'ordinal', title: null, sort: runOrder },
                x: {
                  field: 'count',
                  type: 'quantitative',
                  stack: 'normalize',
                  title: 'Share of answers',
                  axis: { format: '%', tickCount: layout === 'wide' ? 10 : 4 },
                },
                color: {
                  field: 'answer',
                  type: 'nominal',
                  title: null,
                  sort: AGREE_ORDER,
                  scale: { domain: AGREE_ORDER, range: AGREE_COLOURS },
                  legend: {
                    orient: 'bottom',
                    direction: 'vertical',
                    columns: layout === 'wide' ? 3 : 1,
                    labelLimit: 300,
                  },
                },
                order: { field: '_order', type: 'quantitative' },
              },
            },
          })
        : null,
    table: { columns: ['Run', 'Question', 'Answer', 'Count', 'Share', 'Note'], rows },
  };
}

/** "In Sep 2026, 71% agreed or strongly agreed with Q1; fewest with Q3 (40%)." */
function distributionFinding(series: PulseSeries): string {
  const latest = lastOf(closedRuns(series)) ?? lastOf(series.runs);
  if (!latest) return 'No run has answers to show yet.';
  const shares = series.template.questions
    .map((q, i) => ({ q: `Q${i + 1}`, share: latest.results.questions.find((r) => r.questionId === q.id) }))
    .map(({ q, share }) => ({ q, value: share ? favourableShareOf(share) : undefined }))
    .filter((s): s is { q: string; value: number } => s.value !== undefined)
    .sort((a, b) => b.value - a.value);
  const high = shares[0];
  const low = lastOf(shares);
  if (!high || !low) return `In ${latest.label} there were too few answers to show how they were spread.`;
  if (high === low)
    return `In ${latest.label}, ${percentText(high.value)} agreed or strongly agreed with ${high.q}.`;
  return `In ${latest.label}, most agreement was with ${high.q} (${percentText(high.value)} agreed or strongly agreed) and least with ${low.q} (${percentText(low.value)}).`;
}

/** Mean answer per sector group, only where the group is large enough to show. */
export function pulseSectorChart(series: PulseSeries): Chart {
  const questions = series.template.questions.filter(scored);
  const labels = labelsOf(series);
  const values: Record<string, unknown>[] = [];
  const rows: Cell[][] = [];
  for (const { label, results } of series.runs) {
    if (results.suppressed) {
      rows.push([label, 'All sectors', null, ...questions.map(() => describeSuppression('run-too-small'))]);
      continue;
    }
    for (const group of results.bySector) {
      const name = describeGroup(group.group, group.merged);
      if (group.suppressed) {
        rows.push([label, name, null, ...questions.map(() => describeSuppression(group.reason))]);
        continue;
      }
      const cells: Cell[] = [label, name, group.n];
      for (const question of questions) {
        const result = group.questions.find((r) => r.questionId === question.id);
        if (result && !result.suppressed && result.mean !== undefined) {
          values.push({ run: label, sector: name, question: labels.get(question.id), mean: result.mean });
          cells.push(result.mean);
        } else cells.push(describeSuppression(result?.reason));
      }
      rows.push(cells);
    }
  }
  const allAgree5 = questions.every((q) => q.type === 'agree5');
  const hidden = rows.filter((r) => r[2] === null).length;
  const shownSectors = [...new Set(values.map((v) => String(v.sector)))];
  return {
    title: `${series.template.title}: mean answer by sector`,
    caption:
      'Lines per sector group showing the mean answer to each scored question across runs. Only groups with enough responses to stay anonymous are drawn; the table lists the hidden ones and why.',
    alt:
      shownSectors.length === 0
        ? 'No sector group has enough responses to show on its own.'
        : `Only ${shownSectors.join(', ')} ${shownSectors.length === 1 ? 'has' : 'have'} enough responses to show by sector${hidden > 0 ? `; ${hidden} group result${hidden === 1 ? ' is' : 's are'} hidden to keep answers anonymous` : ''}.`,
    spec:
      values.length > 0
        ? (layout) => ({
            $schema: SCHEMA,
            data: { values: values.map((v) => ({ ...v, question: wrapFor(layout, String(v.question)) })) },
            facet: questionRows(layout),
            spec: {
              width: SIZES[layout].width,
              height: 120,
              mark: { type: 'line', point: { size: 70, filled: true }, strokeWidth: 2.5 },
              encoding: {
                x: {
                  field: 'run',
                  type: 'ordinal',
                  title: 'Survey run',
                  sort: series.runs.map((r) => r.label),
                  axis: { labelAngle: 0 },
                },
                y: {
                  field: 'mean',
                  type: 'quantitative',
                  title: allAgree5 ? 'Mean (1–5)' : 'Mean',
                  ...(allAgree5 ? { scale: { domain: [1, 5] } } : {}),
                },
                color: {
                  field: 'sector',
                  type: 'nominal',
                  title: null,
                  legend: { orient: 'bottom', direction: 'vertical' },
                },
                shape: { field: 'sector', type: 'nominal', title: null },
              },
            },
          })
        : null,
    table: {
      columns: ['Run', 'Sector group', 'Responses', ...questions.map((q) => `${labels.get(q.id)} (mean)`)],
      rows,
    },
  };
}

/**
 * % favourable by question and sector for the latest closed run, as survey tools show it. Cells
 * of hidden groups or questions are drawn as "hidden", never left blank or coloured.
 */
export function pulseHeatmapChart(series: PulseSeries): Chart {
  const latest = lastOf(closedRuns(series));
  const questions = series.template.questions
    .map((q, i) => ({ q, label: questionLabel(q, i), short: `Q${i + 1}` }))
    .filter(({ q }) => q.type === 'agree5');
  const cells: { question: string; sector: string; value: number | null; note: string }[] = [];
  if (latest && !latest.results.suppressed) {
    for (const group of latest.results.bySector) {
      const sector = describeGroup(group.group, group.merged);
      for (const { q, label } of questions) {
        const result = group.questions.find((r) => r.questionId === q.id);
        const value = !group.suppressed && result ? favourableShareOf(result) : undefined;
        const reason = group.suppressed ? group.reason : result?.reason;
        cells.push({
          question: label,
          sector,
          value: value ?? null,
          note: value === undefined ? describeSuppression(reason) : '',
        });
      }
    }
  }
  const sectors = [...new Set(cells.map((c) => c.sector))];
  const shown = cells.filter((c) => c.value !== null);
  const hidden = cells.length - shown.length;
  const sorted = [...shown].sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const short = new Map(questions.map((q) => [q.label, q.short]));
  const describe = (c: (typeof cells)[number] | undefined) =>
    c ? `${c.sector} on ${short.get(c.question)} (${percentText(c.value ?? 0)})` : '';
  const alt = !latest
    ? 'No run has closed yet, so there is nothing to compare by sector.'
    : shown.length === 0
      ? `In ${latest.label} no sector group was large enough to show on its own: every cell is hidden.`
      : `In ${latest.label} the most favourable was ${describe(sorted[0])} and the least ${describe(lastOf(sorted))}${hidden > 0 ? `; ${hidden} of ${cells.length} cells are hidden because their groups are too small to stay anonymous` : ''}.`;
  return {
    title: `${series.template.title}: % favourable by question and sector`,
    caption: `Each cell is the share of a sector group who agreed or strongly agreed${latest ? ` in ${latest.label}` : ''}, from orange (few) to purple (most). Cells marked "hidden" belong to groups too small to show.`,
    alt,
    spec:
      cells.length > 0
        ? (layout) =>
            heatmapSpec(
              layout,
              cells,
              sectors,
              questions.map((q) => q.label),
            )
        : null,
    table: {
      columns: ['Question', ...sectors],
      rows: questions.map(({ label }) => [
        label,
        ...sectors.map((sector) => {
          const cell = cells.find((c) => c.question === label && c.sector === sector);
          return cell?.value === null || cell?.value === undefined
            ? `hidden (${cell?.note ?? 'no data'})`
            : percentText(cell.value);
        }),
      ]),
    },
  };
}

function heatmapSpec(
  layout: Layout,
  cells: { question: string; sector: string; value: number | null }[],
  sectors: string[],
  questionOrder: string[],
): TopLevelSpec {
  // Narrow: questions wrap short beside the cells, so three sector columns still fit a phone.
  const wrapQuestion = (q: string) => (layout === 'wide' ? wrapFor(layout, q) : wrapText(q, 22));
  const values = cells.map((c) => ({
    ...c,
    question: wrapQuestion(c.question),
    sector: wrapText(c.sector, layout === 'wide' ? 16 : 10),
    label: c.value === null ? 'hidden' : percentText(c.value),
    hidden: c.value === null,
  }));
  const sectorOrder = sectors.map((s) => wrapText(s, layout === 'wide' ? 16 : 10));
  const order = questionOrder.map(wrapQuestion);
  const columnWidth = layout === 'wide' ? 110 : Math.max(50, Math.floor(170 / Math.max(1, sectors.length)));
  const axisLabels = { labelAngle: 0, ...MULTILINE_LABELS };
  return {
    $schema: SCHEMA,
    data: { values },
    width: { step: columnWidth },
    height: { step: layout === 'wide' ? 52 : 64 },
    encoding: {
      x: {
        field: 'sector',
        type: 'nominal',
        title: null,
        sort: sectorOrder,
        axis: { ...axisLabels, orient: 'top', labelPadding: 6, labelBaseline: 'bottom' },
      },
      y: {
        field: 'question',
        type: 'nominal',
        title: null,
        sort: order,
        axis: { ...axisLabels, labelLimit: layout === 'wide' ? 360 : 140, labelPadding: 6 },
      },
    },
    layer: [
      // Grey under every cell: a hidden cell (no value, so no colour) stays visibly a cell.
      { mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 2, fill: '#e6e6e6' } },
      {
        mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 2 },
        encoding: {
          color: {
            field: 'value',
            type: 'quantitative',
            title: '% favourable',
            scale: { domain: [0, 0.5, 1], range: ['#b35806', '#f7f7f7', '#542788'] },
            legend: {
              format: '%',
              orient: 'bottom',
              direction: 'horizontal',
              gradientLength: layout === 'wide' ? 220 : 160,
            },
          },
        },
      },
      {
        mark: { type: 'text', fontSize: 12, fontWeight: 'bold' },
        encoding: {
          text: { field: 'label', type: 'nominal' },
          color: {
            condition: {
              test: '!datum.hidden && (datum.value < 0.22 || datum.value > 0.72)',
              value: '#ffffff',
            },
            value: '#1b1b1b',
          },
        },
      },
    ],
  } as TopLevelSpec;
}

const TURN_KINDS = new Set(['hosted', 'swapped', 'override']);

/** Each agency's turns so far, from the rota's own history, oldest first. */
function countTurns(view: ForumView, today: string) {
  const names = new Map(view.agencies.map((a) => [a.id, a.name]));
  const turns = new Map<string, number>();
  const last = new Map<string, string>();
  const steps: { date: string; agency: string; turns: number }[] = [];
  for (const event of view.history) {
    if (!TURN_KINDS.has(event.kind) || event.occurrenceDate > today) continue;
    const name = names.get(event.agencyId) ?? 'A former member';
    const count = (turns.get(name) ?? 0) + 1;
    turns.set(name, count);
    last.set(name, event.occurrenceDate);
    steps.push({ date: event.occurrenceDate, agency: name, turns: count });
  }
  for (const agency of view.agencies) if (!turns.has(agency.name)) turns.set(agency.name, 0);
  return { turns, last, steps };
}

/**
 * Turns hosted per agency over time (cumulative step lines); its table (and so its CSV) lists
 * every agency with its total, including those that have not hosted yet.
 */
export function hostingChart(view: ForumView, today: string, formatDay: (iso: string) => string): Chart {
  const { turns, last, steps } = countTurns(view, today);
  const ranked = [...turns].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const rows: Cell[][] = ranked.map(([name, count]) => [
    name,
    count,
    last.has(name) ? formatDay(last.get(name) as string) : 'not yet',
  ]);
  const most = ranked[0];
  const fewest = lastOf(ranked);
  const alt =
    !most || !fewest || steps.length === 0
      ? 'No meeting has been hosted yet.'
      : most[1] === fewest[1]
        ? `Every agency has hosted ${most[1]} meeting${most[1] === 1 ? '' : 's'}: hosting is shared evenly.`
        : `${most[0]} has hosted most (${most[1]}) and ${fewest[0]} fewest (${fewest[1]}): a spread of ${most[1] - fewest[1]} turn${most[1] - fewest[1] === 1 ? '' : 's'}.`;
  return {
    title: `${view.forum.name}: turns hosted per agency`,
    caption:
      'Step lines of how many meetings each agency has hosted, rising at each meeting it hosted. A fair rota keeps the lines close together. The table gives each agency’s total.',
    alt,
    spec:
      steps.length > 0
        ? (layout) =>
            lineSpec(layout, steps, {
              x: 'date',
              xTitle: 'Meeting date',
              y: 'turns',
              yTitle: 'Turns hosted',
              series: 'agency',
              temporal: { format: MONTH_AXIS_FORMAT },
              step: true,
            })
        : null,
    table: { columns: ['Agency', 'Turns hosted', 'Last hosted'], rows },
  };
}

/** Questions per month, stacked by topic. */
export function topicChart(counts: { month: string; topic: Topic; count: number }[]): Chart {
  const months = [...new Set(counts.map((c) => c.month))].sort();
  const topics = TOPICS.filter((t) => counts.some((c) => c.topic === t));
  const totals = months.map((month) =>
    counts.filter((c) => c.month === month).reduce((sum, c) => sum + c.count, 0),
  );
  const rows: Cell[][] = months.map((month, i) => [
    monthText(month),
    ...topics.map((t) => counts.find((c) => c.month === month && c.topic === t)?.count ?? 0),
    totals[i] ?? 0,
  ]);
  const byTopic = topics
    .map((t) => ({ t, n: counts.filter((c) => c.topic === t).reduce((sum, c) => sum + c.count, 0) }))
    .sort((a, b) => b.n - a.n);
  const busiest = months[totals.indexOf(Math.max(...totals))];
  return {
    title: 'Questions by topic each month',
    caption:
      'Stacked bars, one per month, of how many questions were asked about each topic, including those the guidance did not cover. The table has the same counts.',
    alt:
      counts.length === 0 || !busiest || !byTopic[0]
        ? 'No questions have been asked yet.'
        : `${monthText(busiest)} was the busiest month (${Math.max(...totals)} questions). The most asked-about topic was ${byTopic[0].t} (${byTopic[0].n} of ${totals.reduce((a, b) => a + b, 0)}).`,
    spec:
      counts.length > 0
        ? (layout) =>
            stackedBarSpec(
              layout,
              counts.map((c) => ({ ...c, month: monthText(c.month) })),
              {
                x: 'month',
                xTitle: 'Month',
                y: 'count',
                yTitle: 'Questions',
                stack: 'topic',
                stackOrder: [...topics],
                xOrder: months.map(monthText),
              },
            )
        : null,
    table: { columns: ['Month', ...topics, 'Total'], rows },
  };
}
