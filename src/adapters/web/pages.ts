// The dashboard's pages. Each takes what the core returned and gives back escaped HTML.
import type { ForumView, PulseSeries, QuestionQueue } from '../../core/dashboard/dashboard-service.ts';
import type { FieldErrors, LocalAnswerInput } from '../../core/dashboard/local-answer.ts';
import { LIMITS } from '../../core/dashboard/local-answer.ts';
import type { LocalArticleRecord } from '../../core/dashboard/ports.ts';
import { formatDayAndDate, formatLongDate } from '../../core/forums/local-dates.ts';
import type { ForumSeries } from '../../core/forums/types.ts';
import { redactPersonalData } from '../../core/privacy/index.ts';
import type { QuestionLogEntry } from '../../core/shared/ports.ts';
import type { Chart } from './charts.ts';
import {
  hostingChart,
  pulseDistributionChart,
  pulseSectorChart,
  pulseTrendChart,
} from './dashboard-charts.ts';
import { chartFigure, dataTable, Html, html, seg } from './html.ts';

const when = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/London' }).format(d);

/** Stored questions are redacted already; redacting again on display costs little and is safer. */
const shown = (q: QuestionLogEntry) => redactPersonalData(q.redactedText).text;

export function overviewPage(data: {
  surveys: number;
  forums: number;
  waiting: number;
  localAnswers: number;
}): Html {
  return html`<h1>Overview</h1>
<p class="lead">Charts and tables for reporting to the partnership board, read from the same data the bot uses in chat. Everything here is for this workspace only.</p>
<ul class="cards">
  <li><a href="/dashboard/pulse">Pulse surveys</a><span class="figure">${data.surveys}</span> surveys with results</li>
  <li><a href="/dashboard/forums">Forums</a><span class="figure">${data.forums}</span> rotating forums</li>
  <li><a href="/dashboard/questions">Questions</a><span class="figure">${data.waiting}</span> questions waiting for a local answer</li>
  <li><a href="/dashboard/questions#local-answers">Local answers</a><span class="figure">${data.localAnswers}</span> written by coordinators</li>
</ul>`;
}

export function pulseListPage(all: PulseSeries[]): Html {
  return html`<h1>Pulse surveys</h1>
<p class="lead">Each survey's results across its runs. Groups with too few responses to stay anonymous are hidden here exactly as in chat (and never shown in the downloads).</p>
${
  all.length === 0
    ? html`<p class="empty">No survey has run yet. Start one in chat with <code>pulse start &lt;template&gt;</code>.</p>`
    : all.map((series) => {
        const latest = series.runs[series.runs.length - 1];
        return html`<section class="group">
<h2><a href="/dashboard/pulse/${seg(series.template.key)}">${series.template.title}</a></h2>
<p>${series.runs.length} run${series.runs.length === 1 ? '' : 's'}.${latest ? html` Latest: ${latest.label} (${latest.run.status}), ${latest.results.responseCount} responses${latest.results.responseRate !== undefined ? html`, a response rate of ${Math.round(latest.results.responseRate * 100)}%` : ''}.` : ''}</p>
<p><a href="/dashboard/pulse/${seg(series.template.key)}">Trend, answers and sectors for ${series.template.title}</a></p>
</section>`;
      })
}`;
}

/** The latest run's % favourable per question and overall, with the change since the run before. */
export function pulseHeadline(series: PulseSeries): Html | string {
  const { overall, questions } = series.headline;
  if (overall === null) return '';
  return html`<section class="headline"><h2>Headline</h2><p><strong>${overall.sentence}</strong></p>
<ul>${questions.filter((q) => q.sentence !== null).map((q) => html`<li>${q.text}: <strong>${q.sentence ?? ''}</strong></li>`)}</ul></section>`;
}

export function pulseSurveyPage(series: PulseSeries): Html {
  const base = `/dashboard/pulse/${seg(series.template.key)}`;
  const latest = series.runs[series.runs.length - 1];
  const charts: [Chart, string][] = [
    [pulseTrendChart(series), `${base}/trend`],
    [pulseDistributionChart(series), `${base}/distribution`],
    [pulseSectorChart(series), `${base}/sectors`],
  ];
  return html`<h1>${series.template.title}</h1>
<p class="lead">${series.template.description}</p>
${
  latest
    ? html`<p><strong>Latest run:</strong> ${latest.label}, ${latest.run.status === 'open' ? 'open until' : 'closed'} ${when(latest.run.closedAt ?? latest.run.closesAt)}: ${latest.results.responseCount} responses${
        latest.results.responseRate !== undefined
          ? html` from ${latest.results.audienceSize} people, a response rate of <strong>${Math.round(latest.results.responseRate * 100)}%</strong>`
          : ''
      }. ${latest.run.anonymous ? 'Anonymous.' : 'Attributed.'} Groups smaller than ${latest.results.anonymity.minGroupSize} are not shown.</p>`
    : ''
}
${pulseHeadline(series)}
<h2>Questions</h2>
<ol>${series.template.questions.map((q) => html`<li>${q.text} <span class="hint">(${q.type === 'agree5' ? '1 strongly disagree – 5 strongly agree' : q.type === 'scale10' ? '0–10' : q.type === 'choice' ? 'one choice' : 'comment; text is not shown here'})</span></li>`)}</ol>
${charts.map(([chart, url]) => chartFigure(chart, url, 2))}`;
}

export function forumListPage(forums: { forum: ForumSeries; cadence: string }[]): Html {
  return html`<h1>Forums</h1>
<p class="lead">Rotating practitioner forums: upcoming meetings, who hosts and why, and how fairly hosting has been shared.</p>
${
  forums.length === 0
    ? html`<p class="empty">There are no forums yet. Create one in chat with <code>forum create</code>.</p>`
    : html`<ul>${forums.map((f) => html`<li><a href="/dashboard/forums/${seg(f.forum.id)}">${f.forum.name}</a>: ${f.cadence.slice(f.forum.name.length + 2)}</li>`)}</ul>`
}`;
}

const statusText = (status: string) => (status === 'cancelled' ? 'Cancelled' : 'Confirmed');

export function forumPage(view: ForumView, today: string): Html {
  const base = `/dashboard/forums/${seg(view.forum.id)}`;
  const upcoming = {
    columns: ['Meeting', 'Host', 'Venue', 'Going', 'Maybe', 'Not going', 'Status'],
    rows: view.upcoming.map(({ occurrence: o, counts }) => [
      `${formatDayAndDate(o.date)} ${new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: view.forum.timeZone }).format(o.startsAt)}`,
      o.hostName,
      o.venue ??
        view.agencies.find((a) => a.id === o.hostAgencyId)?.venue ??
        view.forum.venueRule ??
        'at the host agency',
      counts.going,
      counts.maybe,
      counts.not_going,
      statusText(o.status),
    ]),
  };
  const rota = {
    columns: ['Date', 'Host', 'Why this host'],
    rows: view.rota.map((p) => [formatLongDate(p.date), p.hostName, p.why]),
  };
  return html`<h1>${view.forum.name}</h1>
<p class="lead">${view.cadence}.</p>
<p><a class="button" href="${base}/calendar.ics" download>Download the calendar (.ics)</a> <span class="hint">Import it into Outlook or Google Calendar; re-importing updates changed meetings.</span></p>
${view.problem ? html`<p class="problem"><strong>Planning problem:</strong> ${view.problem}</p>` : ''}
<h2>Upcoming meetings</h2>
${dataTable('Upcoming meetings with hosts and answers so far', upcoming)}
<h2>Rota</h2>
${dataTable('Who hosts each planned meeting, and why', rota)}
${chartFigure(hostingChart(view, today), `${base}/hosting`, 2)}`;
}

export function questionsPage(data: {
  queue: QuestionQueue;
  topics: Chart;
  local: LocalArticleRecord[];
  saved?: LocalArticleRecord;
}): Html {
  const { queue } = data;
  return html`<h1>Questions</h1>
${
  data.saved
    ? html`<div class="notice" role="status"><p><strong>Saved.</strong> From now on the bot answers matching questions in this workspace with your local answer “${data.saved.title}” (<code>article ${data.saved.slug}</code>).</p></div>`
    : ''
}
<p class="lead">Questions the bot could not answer, or whose answer was marked not helpful, with personal details removed. Similar questions are grouped so one local answer can cover them all.</p>
<h2>Waiting for a local answer</h2>
${
  queue.groups.length === 0
    ? html`<p class="empty">No questions are waiting. 🎉</p>`
    : queue.groups.map(
        (group, i) => html`<section class="group" aria-labelledby="group-${i}">
<h3 id="group-${i}">${group.questions.length} question${group.questions.length === 1 ? '' : 's'}${group.keywords.length > 0 ? html` about ${group.keywords.map((k) => html`<span class="tag">${k}</span>`)}` : ''}</h3>
<ul>${group.questions.map(
          (q) =>
            html`<li>${shown(q)} <span class="hint">${when(q.createdAt)} · ${q.answerKind === 'no_answer' ? 'not covered' : 'marked not helpful'}</span></li>`,
        )}</ul>
<a class="button" href="/dashboard/questions/answer?q=${seg(group.questions[0]?.id ?? '')}">Write a local answer<span class="visually-hidden"> for group ${i + 1}</span></a>
</section>`,
      )
}
${
  queue.answered.length > 0
    ? html`<h2>Now covered by a local answer</h2>
<ul>${queue.answered.map((a) => html`<li>${shown(a.question)} → <strong>${a.title}</strong> <span class="hint">(${a.articleId})</span></li>`)}</ul>`
    : ''
}
${chartFigure(data.topics, '/dashboard/questions/topics', 2)}
<h2 id="local-answers">Local answers</h2>
${
  data.local.length === 0
    ? html`<p class="empty">No local answers yet.</p>`
    : html`<ul>${data.local.map((a) => html`<li><strong>${a.title}</strong> <span class="hint">(<code>article ${a.slug}</code>, by ${a.createdBy ?? 'a coordinator'}, ${when(a.createdAt)})</span></li>`)}</ul>`
}
<p><a href="/dashboard/questions/answer">Write a local answer without a question</a></p>`;
}

const fieldLabels: Record<keyof LocalAnswerInput, string> = {
  title: 'Title',
  body: 'Answer',
  keywords: 'Keywords',
};

export function answerFormPage(data: {
  csrf: string;
  values: LocalAnswerInput;
  errors?: FieldErrors;
  question?: QuestionLogEntry;
}): Html {
  const errors = data.errors ?? {};
  const problems = (Object.keys(errors) as (keyof LocalAnswerInput)[]).filter((k) => errors[k]);
  const field = (
    name: keyof LocalAnswerInput,
    hint: string,
    control: (describedBy: string) => Html,
  ) => html`<div class="field${errors[name] ? ' has-error' : ''}">
<label for="${name}">${fieldLabels[name]}</label>
<span class="hint" id="${name}-hint">${hint}</span>
${errors[name] ? html`<span class="field-error" id="${name}-error">Error: ${errors[name]}</span>` : ''}
${control(errors[name] ? `${name}-hint ${name}-error` : `${name}-hint`)}
</div>`;
  return html`<h1>Write a local answer</h1>
${
  problems.length > 0
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">Nothing was saved: please fix ${problems.length === 1 ? 'this' : 'these'}</h2>
<ul>${problems.map((k) => html`<li><a href="#${k}">${fieldLabels[k]}: ${errors[k]}</a></li>`)}</ul>
</div>`
    : ''
}
${data.question ? html`<p>For the question: <q>${shown(data.question)}</q></p>` : ''}
<p class="lead">The bot uses this answer for matching questions in this workspace from the moment you save it, and says it was written for your area by your coordinators. Do not include names or other details of children, families or staff.</p>
<form method="post" action="/dashboard/questions/answer" novalidate>
<input type="hidden" name="_csrf" value="${data.csrf}">
${field(
  'title',
  `The question this answers, as a practitioner would ask it (${LIMITS.titleMin}–${LIMITS.titleMax} characters).`,
  (d) =>
    html`<input type="text" id="title" name="title" value="${data.values.title}" maxlength="${LIMITS.titleMax * 2}" aria-describedby="${d}"${errors.title ? html` aria-invalid="true"` : ''} autocomplete="off">`,
)}
${field(
  'body',
  `The answer (${LIMITS.bodyMin}–${LIMITS.bodyMax.toLocaleString('en-GB')} characters). Plain text; a line starting “## ” begins a section with its own question.`,
  (d) =>
    html`<textarea id="body" name="body" rows="10" aria-describedby="${d}"${errors.body ? html` aria-invalid="true"` : ''}>${data.values.body}</textarea>`,
)}
${field(
  'keywords',
  `Other words people use for this, separated by commas (up to ${LIMITS.keywords}).`,
  (d) =>
    html`<input type="text" id="keywords" name="keywords" value="${data.values.keywords}" aria-describedby="${d}"${errors.keywords ? html` aria-invalid="true"` : ''} autocomplete="off">`,
)}
<button type="submit">Save the local answer</button>
</form>
<p><a href="/dashboard/questions">Back to the questions</a></p>`;
}

/** A page with one message: sign-in problems, not found, forbidden. */
export function messagePage(heading: string, message: string, extra?: Html): Html {
  return html`<h1>${heading}</h1><p class="lead">${message}</p>${extra ?? ''}`;
}

export function signInPage(token: string, check: string): Html {
  return html`<h1>Sign in to the dashboard</h1>
<p class="lead">This link signs you in once. Continue to open the coordinators’ dashboard for your workspace.</p>
<form method="post" action="/dashboard/sign-in">
<input type="hidden" name="token" value="${token}">
<input type="hidden" name="check" value="${check}">
<button type="submit">Open the dashboard</button>
</form>`;
}

export { Html };
