// Vega lays out labels by their width. Without the native `canvas` package it guesses 0.8 em a
// character, about half again too wide for Arial, which cuts labels short and makes narrow charts
// wider than a phone. This measures with Arial's own character widths (the Helvetica metrics it
// shares), so the layout matches what the browser draws.

/** Widths in thousandths of an em, by character. */
const WIDTHS: Record<string, number> = {};
const assign = (chars: string, width: number) => {
  for (const c of chars) WIDTHS[c] = width;
};
assign(' !,./:;I[\\]fijlt', 278);
assign('ijl', 222);
assign("'", 191);
assign('"', 355);
assign('()-`r{}', 333);
assign('0123456789$?_abdeghnopqu–#', 556);
assign('Jcksvxyz', 500);
assign('FTZ', 611);
assign('ABEKPSVXY&', 667);
assign('CDHNRUw', 722);
assign('GOQ', 778);
assign('Mm', 833);
assign('%', 889);
assign('W', 944);
assign('…', 1000);

const DEFAULT_WIDTH = 556;
/** Arial Bold runs about 8% wider than regular. */
const BOLD = 1.08;

/** The width in pixels of one line of Arial text. */
export function arialWidth(text: string, fontSize: number, bold = false): number {
  let total = 0;
  for (const c of text) total += WIDTHS[c] ?? DEFAULT_WIDTH;
  return Math.ceil(((total * fontSize) / 1000) * (bold ? BOLD : 1));
}

interface TextItem {
  text?: unknown;
  fontSize?: number;
  fontWeight?: string | number;
}

/** A replacement for Vega's `textMetrics.width`: the widest line of an item's text. */
export function measureTextItem(item: TextItem, text?: unknown): number {
  const value = text ?? item.text;
  const lines = Array.isArray(value)
    ? value.map(String)
    : [value === undefined || value === null ? '' : String(value)];
  const size = typeof item.fontSize === 'number' ? item.fontSize : 11;
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  return Math.max(0, ...lines.map((line) => arialWidth(line, size, bold)));
}
