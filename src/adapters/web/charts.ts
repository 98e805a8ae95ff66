// Charts for the dashboard: Vega-Lite specifications rendered on the server to SVG (no script
// reaches the browser), each built from the same dataset that fills the table beside it and the
// CSV download, so chart, table and file can never disagree.
import type { TopLevelSpec } from 'vega-lite';

/** Vega and Vega-Lite take about a second to load: only on the first chart, not at start-up. */
let chartLibraries: Promise<[typeof import('vega'), typeof import('vega-lite')]> | undefined;
const loadChartLibraries = () => {
  chartLibraries ??= Promise.all([import('vega'), import('vega-lite')]);
  return chartLibraries;
};

import { toCsvCell } from '../../core/pulse/render-results.ts';

export type Cell = string | number | null;

/** A table: what a chart shows, as text for screen readers, the page and the CSV download. */
export interface Dataset {
  columns: string[];
  rows: Cell[][];
}

/** A chart and its data: a Vega-Lite spec over long-form values, and the table beside it. */
export interface Chart {
  /** Short title, also the SVG's accessible name. */
  title: string;
  /** One or two sentences saying what the chart shows, for the image's text alternative. */
  description: string;
  spec: TopLevelSpec | null;
  table: Dataset;
}

/** CSV with CRLF line ends and spreadsheet-formula guarding, like the chat's CSV export. */
export function toCsv(data: Dataset): string {
  const lines = [data.columns, ...data.rows].map((row) => row.map((cell) => toCsvCell(cell)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

// High-contrast colours (each at least 3:1 against white, as WCAG asks of graphical objects).
const palette = [
  '#1d4e89',
  '#b3541e',
  '#2e7d32',
  '#6a1b9a',
  '#8d1c3d',
  '#00695c',
  '#5d4037',
  '#37474f',
  '#9e5800',
];

const baseConfig = {
  font: 'Arial, Helvetica, sans-serif',
  background: '#ffffff',
  axis: { labelColor: '#1b1b1b', titleColor: '#1b1b1b', labelFontSize: 12, titleFontSize: 12 },
  legend: { labelColor: '#1b1b1b', titleColor: '#1b1b1b', labelFontSize: 12, labelLimit: 320 },
  header: { labelColor: '#1b1b1b', labelFontSize: 12, labelLimit: 480 },
  title: { color: '#1b1b1b', fontSize: 14, anchor: 'start' as const },
  range: { category: palette },
};

/** Renders a chart's spec to a standalone SVG document. */
export async function renderSvg(chart: Chart): Promise<string> {
  if (!chart.spec) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="60" role="img" aria-label="${escapeXml(chart.title)}: no data yet"><rect width="480" height="60" fill="#ffffff"/><text x="10" y="35" font-family="Arial, Helvetica, sans-serif" font-size="14" fill="#1b1b1b">No data to chart yet.</text></svg>`;
  }
  const spec = {
    ...chart.spec,
    title: chart.title,
    description: chart.description,
    config: { ...baseConfig, ...(chart.spec as { config?: object }).config },
  } as TopLevelSpec;
  const [vega, vegaLite] = await loadChartLibraries();
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A line per series across ordered x values. */
export function lineSpec(
  values: Record<string, unknown>[],
  options: {
    x: string;
    xTitle: string;
    y: string;
    yTitle: string;
    series: string;
    domain?: [number, number];
    order?: string[];
  },
): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 560,
    height: 260,
    data: { values },
    mark: { type: 'line', point: { size: 60, filled: true }, strokeWidth: 2.5 },
    encoding: {
      x: {
        field: options.x,
        type: 'ordinal',
        title: options.xTitle,
        sort: options.order ?? null,
        axis: { labelAngle: 0 },
      },
      y: {
        field: options.y,
        type: 'quantitative',
        title: options.yTitle,
        ...(options.domain ? { scale: { domain: options.domain } } : {}),
      },
      color: {
        field: options.series,
        type: 'nominal',
        title: null,
        legend: { orient: 'bottom', columns: 1 },
      },
      shape: { field: options.series, type: 'nominal', title: null },
    },
  } as TopLevelSpec;
}

/** Stacked bars: one bar per x value, stacked by `stack`, optionally one row per `facet`. */
export function stackedBarSpec(
  values: Record<string, unknown>[],
  options: {
    x: string;
    xTitle: string;
    y: string;
    yTitle: string;
    stack: string;
    stackOrder?: string[];
    xOrder?: string[];
    normalize?: boolean;
    facet?: string;
  },
): TopLevelSpec {
  const inner = {
    width: 480,
    height: options.facet ? 140 : 260,
    mark: { type: 'bar', stroke: '#ffffff', strokeWidth: 0.5 },
    encoding: {
      x: {
        field: options.x,
        type: 'ordinal',
        title: options.xTitle,
        sort: options.xOrder ?? null,
        axis: { labelAngle: 0 },
      },
      y: {
        field: options.y,
        type: 'quantitative',
        title: options.yTitle,
        ...(options.normalize ? { stack: 'normalize', axis: { format: '%' } } : {}),
      },
      color: {
        field: options.stack,
        type: 'nominal',
        title: null,
        sort: options.stackOrder ?? null,
        ...(options.stackOrder ? { scale: { domain: options.stackOrder } } : {}),
        legend: { orient: 'bottom', columns: 3 },
      },
      order: { field: '_order', type: 'quantitative' },
    },
  };
  const order = new Map((options.stackOrder ?? []).map((s, i) => [s, i]));
  const data = { values: values.map((v) => ({ ...v, _order: order.get(String(v[options.stack])) ?? 0 })) };
  if (!options.facet)
    return { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', data, ...inner } as TopLevelSpec;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data,
    facet: {
      row: {
        field: options.facet,
        type: 'nominal',
        title: null,
        header: { labelAngle: 0, labelAlign: 'left', labelOrient: 'top' },
      },
    },
    spec: inner,
  } as TopLevelSpec;
}
