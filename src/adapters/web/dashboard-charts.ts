// The dashboard's charts and tables, built from what the core services return. Figures the chat
// hides (small groups, suppressed questions, runs too small) are hidden here in the same way:
// these functions only read the already-suppressed results, never raw responses.
import type { ForumView, PulseSeries } from '../../core/dashboard/dashboard-service.ts';
import { TOPICS, type Topic } from '../../core/dashboard/question-topics.ts';
import { AGREE5_LABELS, describeGroup, describeSuppression } from '../../core/pulse/labels.ts';
import type { SurveyQuestion } from '../../core/pulse/types.ts';
import { type Cell, type Chart, lineSpec, stackedBarSpec } from './charts.ts';

const percent = (share: number | undefined) => (share === undefined ? null : `${Math.round(share * 100)}%`);

function shortQuestion(question: SurveyQuestion, index: number): string {
  const text = question.text.length > 60 ? `${question.text.slice(0, 57)}…` : question.text;
  return `Q${index + 1} ${text}`;
}

const scored = (q: SurveyQuestion) => q.type === 'agree5' || q.type === 'scale10';

/** Mean answer per scored question across runs. */
export function pulseTrendChart(series: PulseSeries): Chart {
  const questions = series.template.questions.filter(scored);
  const labels = new Map(series.template.questions.map((q, i) => [q.id, shortQuestion(q, i)]));
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
    description: `Line chart of the mean answer to each scored question for each run of "${series.template.title}"${allAgree5 ? ' (1 strongly disagree to 5 strongly agree)' : ''}. Runs or questions with too few responses are left out. The table beside it has the same figures.`,
    spec:
      values.length > 0
        ? lineSpec(values, {
            x: 'run',
            xTitle: 'Survey run',
            y: 'mean',
            yTitle: allAgree5 ? 'Mean (1–5)' : 'Mean',
            series: 'question',
            domain: allAgree5 ? [1, 5] : questions.every((q) => q.type === 'scale10') ? [0, 10] : undefined,
            order: series.runs.map((r) => r.label),
          })
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

function answerLabel(question: SurveyQuestion, key: string): string {
  return question.type === 'agree5' ? `${key} ${AGREE5_LABELS[Number(key) - 1] ?? ''}`.trim() : key;
}

/** How answers were spread, per run and question (shares of those who answered). */
export function pulseDistributionChart(series: PulseSeries): Chart {
  const values: Record<string, unknown>[] = [];
  const rows: Cell[][] = [];
  const answerOrder: string[] = [];
  series.template.questions.forEach((question, index) => {
    if (question.type === 'comment') return;
    for (const { label, results } of series.runs) {
      const result = results.questions.find((r) => r.questionId === question.id);
      const name = shortQuestion(question, index);
      if (!result || result.suppressed || !result.distribution || !result.n) {
        rows.push([label, name, null, null, null, describeSuppression(result?.reason)]);
        continue;
      }
      for (const [key, count] of Object.entries(result.distribution)) {
        const answer = answerLabel(question, key);
        if (!answerOrder.includes(answer)) answerOrder.push(answer);
        values.push({ run: label, question: name, answer, count });
        rows.push([label, name, answer, count, `${Math.round((count / result.n) * 100)}%`, '']);
      }
    }
  });
  return {
    title: `${series.template.title}: how answers were spread`,
    description: `Stacked bars, one per run and question, showing the share of each answer. Questions with too few answers are left out. The table beside it has the counts.`,
    spec:
      values.length > 0
        ? stackedBarSpec(values, {
            x: 'run',
            xTitle: 'Survey run',
            y: 'count',
            yTitle: 'Share of answers',
            stack: 'answer',
            stackOrder: answerOrder,
            xOrder: series.runs.map((r) => r.label),
            normalize: true,
            facet: 'question',
          })
        : null,
    table: { columns: ['Run', 'Question', 'Answer', 'Count', 'Share', 'Note'], rows },
  };
}

/** Mean answer per sector group, only where the group is large enough to show. */
export function pulseSectorChart(series: PulseSeries): Chart {
  const questions = series.template.questions.filter(scored);
  const labels = new Map(series.template.questions.map((q, i) => [q.id, shortQuestion(q, i)]));
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
  const spec =
    values.length > 0
      ? ({
          $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
          data: { values },
          facet: {
            row: {
              field: 'question',
              type: 'nominal',
              title: null,
              header: { labelAngle: 0, labelAlign: 'left', labelOrient: 'top' },
            },
          },
          spec: {
            width: 480,
            height: 140,
            mark: { type: 'line', point: { size: 60, filled: true }, strokeWidth: 2.5 },
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
                legend: { orient: 'bottom', columns: 3 },
              },
              shape: { field: 'sector', type: 'nominal', title: null },
            },
          },
        } as Chart['spec'])
      : null;
  return {
    title: `${series.template.title}: mean answer by sector`,
    description: `Lines per sector group showing the mean answer to each scored question across runs. Only groups with enough responses to stay anonymous are drawn; the table lists the hidden ones and why.`,
    spec,
    table: {
      columns: ['Run', 'Sector group', 'Responses', ...questions.map((q) => `${labels.get(q.id)} (mean)`)],
      rows,
    },
  };
}

const TURN_KINDS = new Set(['hosted', 'swapped', 'override']);

/** Turns hosted per agency over time (cumulative), from the rota's own history. */
export function hostingChart(view: ForumView, today: string): Chart {
  const names = new Map(view.agencies.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? 'A former member';
  const turns = new Map<string, number>();
  const last = new Map<string, string>();
  const values: Record<string, unknown>[] = [];
  const csvRows: Cell[][] = [];
  for (const event of view.history) {
    if (!TURN_KINDS.has(event.kind) || event.occurrenceDate > today) continue;
    const name = nameOf(event.agencyId);
    const count = (turns.get(name) ?? 0) + 1;
    turns.set(name, count);
    last.set(name, event.occurrenceDate);
    values.push({ date: event.occurrenceDate, agency: name, turns: count });
    csvRows.push([event.occurrenceDate, name, event.kind, count]);
  }
  for (const agency of view.agencies) if (!turns.has(agency.name)) turns.set(agency.name, 0);
  const rows: Cell[][] = [...turns]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => [name, count, last.get(name) ?? 'not yet']);
  return {
    title: `${view.forum.name}: turns hosted per agency`,
    description: `Step lines of how many meetings each agency has hosted, rising at each meeting it hosted. A fair rota keeps the lines close together. The table gives each agency's total.`,
    spec:
      values.length > 0
        ? ({
            $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
            width: 560,
            height: 240,
            data: { values },
            mark: {
              type: 'line',
              interpolate: 'step-after',
              point: { size: 50, filled: true },
              strokeWidth: 2.5,
            },
            encoding: {
              x: { field: 'date', type: 'temporal', title: 'Meeting date', axis: { format: '%b %Y' } },
              y: { field: 'turns', type: 'quantitative', title: 'Turns hosted', axis: { tickMinStep: 1 } },
              color: {
                field: 'agency',
                type: 'nominal',
                title: null,
                legend: { orient: 'bottom', columns: 2 },
              },
              shape: { field: 'agency', type: 'nominal', title: null },
            },
          } as Chart['spec'])
        : null,
    table: { columns: ['Agency', 'Turns hosted', 'Last hosted'], rows },
  };
}

/** The hosting history as CSV rows (every turn, oldest first). */
export function hostingCsv(view: ForumView, today: string): { columns: string[]; rows: Cell[][] } {
  const names = new Map(view.agencies.map((a) => [a.id, a.name]));
  const turns = new Map<string, number>();
  const rows: Cell[][] = [];
  for (const event of view.history) {
    if (!TURN_KINDS.has(event.kind) || event.occurrenceDate > today) continue;
    const name = names.get(event.agencyId) ?? 'A former member';
    turns.set(name, (turns.get(name) ?? 0) + 1);
    rows.push([event.occurrenceDate, name, event.kind, turns.get(name) ?? 0]);
  }
  return { columns: ['date', 'agency', 'kind', 'turns_so_far'], rows };
}

/** Questions per month, stacked by topic. */
export function topicChart(counts: { month: string; topic: Topic; count: number }[]): Chart {
  const months = [...new Set(counts.map((c) => c.month))].sort();
  const topics = TOPICS.filter((t) => counts.some((c) => c.topic === t));
  const rows: Cell[][] = months.map((month) => [
    month,
    ...topics.map((t) => counts.find((c) => c.month === month && c.topic === t)?.count ?? 0),
    counts.filter((c) => c.month === month).reduce((sum, c) => sum + c.count, 0),
  ]);
  return {
    title: 'Questions by topic each month',
    description:
      'Stacked bars, one per month, of how many questions were asked about each topic, including those the guidance did not cover. The table beside it has the same counts.',
    spec:
      counts.length > 0
        ? stackedBarSpec(
            counts.map((c) => ({ ...c })),
            {
              x: 'month',
              xTitle: 'Month',
              y: 'count',
              yTitle: 'Questions',
              stack: 'topic',
              stackOrder: [...topics],
              xOrder: months,
            },
          )
        : null,
    table: { columns: ['Month', ...topics, 'Total'], rows },
  };
}
