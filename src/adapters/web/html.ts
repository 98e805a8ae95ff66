// Server-rendered HTML with every interpolated value escaped: `html` escapes whatever it is given
// unless it is already `Html` (built by `html` itself), so a value cannot turn into markup.
import type { Chart, Dataset } from './charts.ts';

/** Markup that is already safe. Only `html` and `join` make these. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | Part[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** A URL path segment, escaped for use in a link. */
export const seg = (text: string) => encodeURIComponent(text);

export interface LayoutOptions {
  title: string;
  /** Which navigation entry is the current page. */
  current?: 'overview' | 'pulse' | 'forums' | 'questions';
  /** The signed-in coordinator, with the CSRF token for the sign-out form. */
  viewer?: { userId: string; workspace: string; csrf: string };
  body: Html;
}

const nav: [NonNullable<LayoutOptions['current']>, string, string][] = [
  ['overview', '/dashboard/', 'Overview'],
  ['pulse', '/dashboard/pulse', 'Pulse surveys'],
  ['forums', '/dashboard/forums', 'Forums'],
  ['questions', '/dashboard/questions', 'Questions'],
];

export function layout(options: LayoutOptions): string {
  const page = html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title} – joinedup dashboard</title>
<link rel="stylesheet" href="/dashboard/static/dashboard.css">
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="top">
  <p class="brand">joinedup <span>coordinators’ dashboard</span></p>
  ${
    options.viewer
      ? html`<nav aria-label="Dashboard sections"><ul>${nav.map(
          ([key, href, label]) =>
            html`<li><a href="${href}"${options.current === key ? html` aria-current="page"` : ''}>${label}</a></li>`,
        )}</ul></nav>
  <form class="signout" method="post" action="/dashboard/sign-out">
    <input type="hidden" name="_csrf" value="${options.viewer.csrf}">
    <span>${options.viewer.userId} · ${options.viewer.workspace}</span>
    <button type="submit">Sign out</button>
  </form>`
      : ''
  }
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer><p>Figures for groups too small to stay anonymous are never shown. Question text is stored with personal details removed.</p></footer>
</body>
</html>
`;
  return page.value;
}

/** The screen width below which pages use the narrow charts (the CSS uses the same). */
export const NARROW_MEDIA = '(max-width: 40rem)';

/**
 * A data table with a caption; numbers right-aligned. It scrolls sideways inside its own box on
 * small screens, with a shadow at the edge that has more and a written cue; `csv` adds a download
 * of exactly these rows.
 */
export function dataTable(caption: string, data: Dataset, csv?: string): Html {
  if (data.rows.length === 0) return html`<p class="empty">No data yet.</p>`;
  const wide = data.columns.length > 3;
  return html`<div class="table-block">
${wide ? html`<p class="scroll-cue" aria-hidden="true">Scroll the table sideways to see every column →</p>` : ''}
<div class="table-wrap" role="region" aria-label="${caption}" tabindex="0"><table${wide ? html` class="wide-table"` : ''}>
<caption>${caption}</caption>
<thead><tr>${data.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${data.rows.map(
    (row) =>
      html`<tr>${row.map((cell, i) =>
        i === 0
          ? html`<th scope="row">${cell ?? ''}</th>`
          : html`<td${typeof cell === 'number' ? html` class="num"` : ''}>${cell ?? '–'}</td>`,
      )}</tr>`,
  )}</tbody>
</table></div>
${csv ? html`<p class="downloads">Download: <a href="${csv}" download>${caption} as CSV</a></p>` : ''}
</div>`;
}

/**
 * A chart beside its data table. The image is a `<picture>`: phones get the narrow rendering,
 * drawn at their width so its text stays at least 12 px; desks the wide one. The alt text says
 * what the chart finds; the caption says how to read it. `base` is the chart's URL without
 * extension: `.svg`, `-narrow.svg` and `.csv` are served there.
 */
export function chartFigure(chart: Chart, base: string, headingLevel: 2 | 3 = 3): Html {
  const heading = headingLevel === 2 ? html`<h2>${chart.title}</h2>` : html`<h3>${chart.title}</h3>`;
  return html`<section class="chart">
${heading}
<div class="chart-body">
  <figure>
    ${
      chart.spec
        ? html`<picture><source media="${NARROW_MEDIA}" srcset="${base}-narrow.svg" type="image/svg+xml"><img src="${base}.svg" alt="${chart.alt}"></picture>`
        : html`<p class="empty">No data to chart yet.</p>`
    }
    <figcaption>${chart.caption}</figcaption>
  </figure>
  ${dataTable(`${chart.title} (data)`, chart.table)}
</div>
<p class="downloads">Download: <a href="${base}.csv" download>CSV data</a>${chart.spec ? html` · <a href="${base}.svg" download>SVG image</a>` : ''}</p>
</section>`;
}
