// Charts for the dashboard: Vega-Lite specifications rendered on the server to SVG (no script
// reaches the browser), each built from the same dataset that fills the table beside it and the
// CSV download, so chart, table and file can never disagree. Every chart comes in two layouts:
// `wide` for desks and `narrow` for phones (about 340 px, drawn at that size so 12 px text stays
// 12 px); the page picks one with `<picture>` media queries.
import type { TopLevelSpec } from 'vega-lite';
import { toCsvCell } from '../../core/pulse/render-results.ts';
import { wrapText } from './format.ts';
import { measureTextItem } from './text-width.ts';

/** Vega and Vega-Lite take about a second to load: only on the first chart, not at start-up. */
let chartLibraries: Promise<[typeof import('vega'), typeof import('vega-lite')]> | undefined;
const loadChartLibraries = () => {
  chartLibraries ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vegaLite]) => {
    // Vega's types leave out `textMetrics`, its documented hook for custom text measurement.
    (vega as unknown as { textMetrics: { width: typeof measureTextItem } }).textMetrics.width =
      measureTextItem;
    return [vega, vegaLite];
  });
  return chartLibraries;
};

export type Cell = string | number | null;

/** A table: what a chart shows, as text for screen readers, the page and the CSV download. */
export interface Dataset {
  columns: string[];
  rows: Cell[][];
}

export type Layout = 'wide' | 'narrow';
export const LAYOUTS: readonly Layout[] = ['wide', 'narrow'];

/** Sizes per layout: plot width, and how many characters a wrapped label line holds. */
export const SIZES: Record<Layout, { width: number; wrap: number; titleWrap: number }> = {
  wide: { width: 540, wrap: 60, titleWrap: 80 },
  narrow: { width: 240, wrap: 34, titleWrap: 40 },
};

/** A chart and its data: a Vega-Lite spec per layout over long-form values, and the table beside it. */
export interface Chart {
  /** Short title, also the SVG's accessible name. */
  title: string;
  /** What the chart shows (its caption): the kind of chart and how to read it. */
  caption: string;
  /** What it finds, in a sentence or two: the image's text alternative. */
  alt: string;
  spec: ((layout: Layout) => TopLevelSpec) | null;
  table: Dataset;
}

/** CSV with CRLF line ends and spreadsheet-formula guarding, like the chat's CSV export. */
export function toCsv(data: Dataset): string {
  const lines = [data.columns, ...data.rows].map((row) => row.map((cell) => toCsvCell(cell)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Colour-blind-safe categories (Okabe and Ito), each also told apart by a point shape. Dark
 * variants first, so lines and points stay at least 3:1 against white.
 */
export const CATEGORY_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#000000', '#8a6100', '#56b4e9'];

/**
 * Agree scales: a diverging, ordered purple-orange palette (ColorBrewer PuOr, safe for the common
 * colour-vision deficiencies), disagree in oranges, neutral grey, agree in purples.
 */
export const AGREE_COLOURS = ['#b35806', '#f1a340', '#bdbdbd', '#998ec3', '#542788'];

const ink = '#1b1b1b';
const baseConfig = {
  font: 'Arial, Helvetica, sans-serif',
  background: '#ffffff',
  axis: { labelColor: ink, titleColor: ink, labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'bold' },
  legend: { labelColor: ink, titleColor: ink, labelFontSize: 12, titleFontSize: 12, symbolSize: 120 },
  header: { labelColor: ink, labelFontSize: 12, titleFontSize: 12 },
  text: { fontSize: 12 },
  title: { color: ink, fontSize: 14, anchor: 'start' as const },
  range: { category: CATEGORY_COLOURS },
};

/** Legend or axis labels that hold "\n" are drawn as several lines instead of being cut off. */
export const MULTILINE_LABELS = { labelExpr: "split(datum.label, '\\n')", labelLimit: 0 } as const;

/** A label wrapped for a layout. */
export const wrapFor = (layout: Layout, text: string) => wrapText(text, SIZES[layout].wrap);

/** Renders a chart's spec in one layout to a standalone SVG document. */
export async function renderSvg(chart: Chart, layout: Layout = 'wide'): Promise<string> {
  if (!chart.spec) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="60" role="img" aria-label="${escapeXml(chart.title)}: no data yet"><rect width="320" height="60" fill="#ffffff"/><text x="10" y="35" font-family="Arial, Helvetica, sans-serif" font-size="14" fill="${ink}">No data to chart yet.</text></svg>`;
  }
  const built = chart.spec(layout) as TopLevelSpec & { config?: object };
  const spec = {
    ...built,
    title: { text: wrapText(chart.title, SIZES[layout].titleWrap).split('\n') },
    description: chart.alt,
    config: {
      ...baseConfig,
      legend: { ...baseConfig.legend, labelLimit: SIZES[layout].width },
      header: { ...baseConfig.header, labelLimit: SIZES[layout].width },
      ...built.config,
    },
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

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** A line per series across ordered x values; series labels may be wrapped over several lines. */
export function lineSpec(
  layout: Layout,
  values: Record<string, unknown>[],
  options: {
    x: string;
    xTitle: string;
    y: string;
    yTitle: string;
    series: string;
    domain?: [number, number];
    order?: string[];
    temporal?: { format: string };
    step?: boolean;
  },
): TopLevelSpec {
  return {
    $schema: SCHEMA,
    width: SIZES[layout].width,
    height: layout === 'wide' ? 260 : 220,
    data: { values },
    mark: {
      type: 'line',
      point: { size: 70, filled: true },
      strokeWidth: 2.5,
      ...(options.step ? { interpolate: 'step-after' } : {}),
    },
    encoding: {
      x: options.temporal
        ? {
            field: options.x,
            type: 'temporal',
            title: options.xTitle,
            axis: { format: options.temporal.format, labelAngle: 0, tickCount: layout === 'wide' ? 6 : 3 },
          }
        : {
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
        axis: { tickMinStep: 1 },
        ...(options.domain ? { scale: { domain: options.domain } } : {}),
      },
      color: {
        field: options.series,
        type: 'nominal',
        title: null,
        legend: {
          orient: 'bottom',
          direction: 'vertical',
          ...MULTILINE_LABELS,
          labelLimit: SIZES[layout].width,
        },
      },
      shape: { field: options.series, type: 'nominal', title: null },
    },
  } as TopLevelSpec;
}

/** Stacked bars: one bar per x value, stacked by `stack` in a given order with given colours. */
export function stackedBarSpec(
  layout: Layout,
  values: Record<string, unknown>[],
  options: {
    x: string;
    xTitle: string;
    y: string;
    yTitle: string;
    stack: string;
    stackOrder: string[];
    colours?: string[];
    xOrder?: string[];
    temporalMonths?: boolean;
  },
): TopLevelSpec {
  const order = new Map(options.stackOrder.map((s, i) => [s, i]));
  return {
    $schema: SCHEMA,
    width: SIZES[layout].width,
    height: layout === 'wide' ? 260 : 220,
    data: { values: values.map((v) => ({ ...v, _order: order.get(String(v[options.stack])) ?? 0 })) },
    mark: { type: 'bar', stroke: '#ffffff', strokeWidth: 0.5 },
    encoding: {
      x: {
        field: options.x,
        type: 'ordinal',
        title: options.xTitle,
        sort: options.xOrder ?? null,
        axis: { labelAngle: layout === 'narrow' && (options.xOrder?.length ?? 0) > 4 ? -45 : 0 },
      },
      y: { field: options.y, type: 'quantitative', title: options.yTitle, axis: { tickMinStep: 1 } },
      color: {
        field: options.stack,
        type: 'nominal',
        title: null,
        sort: options.stackOrder,
        scale: { domain: options.stackOrder, ...(options.colours ? { range: options.colours } : {}) },
        legend: { orient: 'bottom', direction: 'vertical', columns: layout === 'wide' ? 3 : 1 },
      },
      order: { field: '_order', type: 'quantitative' },
    },
  } as TopLevelSpec;
}
