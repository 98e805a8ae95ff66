// The dashboard's charts from a survey series computed by core (no database): narrow drawings for
// phones, text sizes, full question text, the agree palette's order, alt text that states a finding,
// and the heatmap's hidden cells.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYOUTS, renderSvg } from '../../../src/adapters/web/charts.ts';
import {
  pulseDistributionChart,
  pulseHeatmapChart,
  pulseSectorChart,
  pulseTrendChart,
  topicChart,
} from '../../../src/adapters/web/dashboard-charts.ts';
import type { PulseSeries } from '../../../src/core/dashboard/dashboard-service.ts';
import { glanceAt } from '../../../src/core/dashboard/dashboard-service.ts';
import { computeHeadline } from '../../../src/core/pulse/compute-headline.ts';
import { computeRunResults } from '../../../src/core/pulse/compute-results.ts';
import { computeTrend } from '../../../src/core/pulse/compute-trend.ts';
import type { SurveyRunRecord } from '../../../src/core/pulse/ports.ts';
import { findShippedTemplate } from '../../../src/core/pulse/shipped-templates.ts';
import type { ResponseRecord } from '../../../src/core/pulse/types.ts';

const template = findShippedTemplate('trust-between-agencies');

/** Three closed runs: 8 education, 6 health, 2 youth support; answers rise from run to run. */
function makeSeries(): PulseSeries {
  const sectors = [
    ...Array(8).fill('education'),
    ...Array(6).fill('health'),
    ...Array(2).fill('youth_support'),
  ];
  const runs = ['Mar 2026', 'Jun 2026', 'Sep 2026'].map((label, r) => {
    const responses: ResponseRecord[] = sectors.map((sector, i) => {
      const v = Math.max(1, Math.min(5, 2 + r + (i % 3 === 0 ? 1 : 0) - (sector === 'health' ? 1 : 0)));
      return {
        respondentKey: `k${r}-${i}`,
        sector,
        answers: Object.fromEntries(
          template.questions.filter((q) => q.type === 'agree5').map((q) => [q.id, v]),
        ),
        submittedAt: new Date(Date.UTC(2026, 2 + 3 * r, 10)),
      };
    });
    const closedAt = new Date(Date.UTC(2026, 2 + 3 * r, 15));
    const run: SurveyRunRecord = {
      id: `run-${r}`,
      workspaceId: 'W',
      templateKey: template.key,
      template,
      channelId: 'C',
      anonymous: true,
      opensAt: new Date(Date.UTC(2026, 2 + 3 * r, 8)),
      closesAt: closedAt,
      closedAt,
      status: 'closed',
      audienceSize: 32,
      recurrence: 'none',
    };
    return { run, label, results: computeRunResults(template, responses, { audienceSize: 32 }) };
  });
  const trend = computeTrend(
    runs.map((r) => ({ runId: r.run.id, label: r.label, closedAt: r.run.closesAt, results: r.results })),
  );
  const [, previous, latest] = runs;
  if (!previous || !latest) throw new Error('the fixture has three runs');
  const headline = computeHeadline(template, latest.results, {
    label: previous.label,
    results: previous.results,
  });
  return { template, runs, trend, headline };
}

const widthOf = (svg: string) => Number(/^<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
const fontSizes = (svg: string) =>
  [...svg.matchAll(/font-size="(\d+(?:\.\d+)?)px"/g)].map((m) => Number(m[1]));

describe('dashboard charts', () => {
  const series = makeSeries();
  const charts = [
    pulseTrendChart(series),
    pulseDistributionChart(series),
    pulseHeatmapChart(series),
    pulseSectorChart(series),
    topicChart([
      { month: '2026-11', topic: 'CAF and early help', count: 3 },
      { month: '2026-12', topic: 'Not covered', count: 2 },
    ]),
  ];

  it('draws each chart narrow enough for a 390 px phone with every text at 12 px or more', async () => {
    for (const chart of charts) {
      for (const layout of LAYOUTS) {
        const svg = await renderSvg(chart, layout);
        if (process.env.CHART_DUMP)
          writeFileSync(`${process.env.CHART_DUMP}/${chart.title.replace(/\W+/g, '-')}-${layout}.svg`, svg);
        expect(Math.min(...fontSizes(svg)), `${chart.title} ${layout}`).toBeGreaterThanOrEqual(12);
        if (layout === 'narrow') expect(widthOf(svg), chart.title).toBeLessThanOrEqual(350);
      }
    }
  });

  it('shows full question text, wrapped, never cut off', async () => {
    const svg = await renderSvg(pulseTrendChart(series), 'narrow');
    expect(svg).not.toContain('…');
    // The first question's words all appear, split over lines.
    for (const word of template.questions[0]?.text.split(' ') ?? []) expect(svg).toContain(word);
  });

  it('stacks the agree scale in order with a diverging palette', async () => {
    const svg = await renderSvg(pulseDistributionChart(series), 'wide');
    const order = ['1 Strongly disagree', '2 Disagree', '3 Neither', '4 Agree', '5 Strongly agree'].map((l) =>
      svg.indexOf(l),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const colour of ['#b35806', '#f1a340', '#bdbdbd', '#998ec3', '#542788'])
      expect(svg).toContain(colour);
  });

  it('gives alt text that states the finding, not the caption', () => {
    for (const chart of charts) {
      expect(chart.alt).not.toBe(chart.caption);
      expect(chart.alt.length).toBeGreaterThan(20);
    }
    expect(pulseTrendChart(series).alt).toMatch(
      /^In Sep 2026 the mean answers ran from [\d.]+ \(Q\d\) to [\d.]+ \(Q\d\)\. Q\d moved most since Jun 2026: up [\d.]+\.$/,
    );
    expect(pulseHeatmapChart(series).alt).toMatch(
      /most favourable was Education on Q\d \(\d+%\).*cells are hidden/,
    );
  });

  it('shows hidden heatmap cells as hidden: health is hidden to protect the small youth support group', async () => {
    const heatmap = pulseHeatmapChart(series);
    expect(heatmap.table.columns).toEqual(['Question', 'Education', 'Health', 'Other and smaller sectors']);
    expect(heatmap.table.rows).toHaveLength(4);
    for (const row of heatmap.table.rows) {
      expect(row[1]).toMatch(/^\d+%$/);
      expect(row[2]).toBe('hidden (hidden to protect a smaller group)');
      expect(row[3]).toBe('hidden (not enough responses)');
    }
    expect(await renderSvg(heatmap, 'narrow')).toContain('>hidden<');
  });

  it('headlines the latest closed run: % favourable and the change in points', () => {
    const glance = glanceAt(series);
    expect(glance.latest?.label).toBe('Sep 2026');
    expect(glance.latest?.previousLabel).toBe('Jun 2026');
    expect(glance.latest?.favourable).toBeGreaterThan(50);
    expect(glance.latest?.change).toBeGreaterThan(0);
    expect(glance.open).toBeUndefined();
  });
});
