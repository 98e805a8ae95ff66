// The dashboard's pages for surveys and forums, and the one-message pages. Each takes what the
// core returned and gives back escaped HTML.
import { type ForumView, glanceAt, type PulseSeries } from '../../core/dashboard/dashboard-service.ts';
import { meetingState } from '../../core/dashboard/find-actions.ts';
import type { ForumSeries } from '../../core/forums/types.ts';
import type { Chart } from './charts.ts';
import {
  hostingChart,
  pulseDistributionChart,
  pulseHeatmapChart,
  pulseSectorChart,
  pulseTrendChart,
} from './dashboard-charts.ts';
import { dateText, dateTimeText, dayText, percentText, pointsText } from './format.ts';
import { chartFigure, dataTable, Html, html, seg } from './html.ts';
import { meetingsTable, rotaTable } from './tables.ts';

/** The pulse charts of a survey page, by the name each is served under. */
export const PULSE_CHARTS = {
  trend: pulseTrendChart,
  distribution: pulseDistributionChart,
  heatmap: pulseHeatmapChart,
  sectors: pulseSectorChart,
} as const;

/** One line saying what the latest closed run found: "71% favourable in Sep 2026, up 8 points since Jun 2026." */
function headlineText(series: PulseSeries): Html | string {
  const latest = glanceAt(series).latest;
  if (!latest) return 'No run has closed yet.';
  if (latest.favourable === undefined) return `${latest.label}: too few responses to show results.`;
  return html`<strong>${latest.favourable}% favourable</strong> (agree or strongly agree) in ${latest.label}${
    latest.change !== undefined ? html`, ${pointsText(latest.change)} since ${latest.previousLabel}` : ''
  }.`;
}

export function pulseListPage(all: PulseSeries[], saved?: string): Html {
  return html`<h1>Pulse surveys</h1>
${saved ? html`<p class="notice" role="status">Saved the survey template <code>${saved}</code>. Start it in chat with <code>pulse start ${saved}</code>.</p>` : ''}
<p><a href="/dashboard/pulse/templates/new">New survey template</a></p>
<p class="lead">Each survey's results across its runs. Groups with too few responses to stay anonymous are hidden here exactly as in chat (and never shown in the downloads).</p>
${
  all.length === 0
    ? html`<p class="empty">No survey has run yet. Start one in chat with <code>pulse start &lt;template&gt;</code>.</p>`
    : all.map((series) => {
        const glance = glanceAt(series);
        return html`<section class="group">
<h2><a href="/dashboard/pulse/${seg(series.template.key)}">${series.template.title}</a></h2>
<p>${headlineText(series)}</p>
<p>${series.runs.length} run${series.runs.length === 1 ? '' : 's'}.${glance.open ? html` Open now until ${dateText(glance.open.run.closesAt)}, ${glance.open.responses} responses so far.` : ''}${glance.latest?.results.responseRate !== undefined ? html` Latest closed run's response rate: ${percentText(glance.latest.results.responseRate)}.` : ''}</p>
</section>`;
      })
}`;
}

/** The latest run's % favourable per question and overall, with the change since the run before. */
export function pulseHeadline(series: PulseSeries): Html | string {
  if (!series.headline?.overall) return '';
  const { overall, questions } = series.headline;
  return html`<section class="headline"><h2>Headline</h2><p><strong>${overall.sentence}</strong></p>
<ul>${questions.filter((q) => q.sentence !== null).map((q) => html`<li>${q.text}: <strong>${q.sentence ?? ''}</strong></li>`)}</ul></section>`;
}

export function pulseSurveyPage(series: PulseSeries): Html {
  const base = `/dashboard/pulse/${seg(series.template.key)}`;
  const latest = series.runs[series.runs.length - 1];
  const charts = (Object.entries(PULSE_CHARTS) as [string, (s: PulseSeries) => Chart][]).map(
    ([name, build]) => [build(series), `${base}/${name}`] as const,
  );
  return html`<h1>${series.template.title}</h1>
<p class="lead">${series.template.description}</p>
${
  latest
    ? html`<p><strong>Latest run:</strong> ${latest.label}, ${latest.run.status === 'open' ? 'open until' : 'closed'} ${dateText(latest.run.closedAt ?? latest.run.closesAt)}: ${latest.results.responseCount} responses${
        latest.results.responseRate !== undefined
          ? html` from ${latest.results.audienceSize} people, a response rate of <strong>${percentText(latest.results.responseRate)}</strong>`
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

const CONFIRM_FORMS = 6;

export function forumPage(view: ForumView, today: string, csrf: string, confirmed?: string): Html {
  const base = `/dashboard/forums/${seg(view.forum.id)}`;
  const awaiting = view.upcoming
    .filter(({ occurrence }) => meetingState(occurrence) === 'awaiting-host')
    .slice(0, CONFIRM_FORMS);
  const done = confirmed ? view.upcoming.find((u) => u.occurrence.id === confirmed)?.occurrence : undefined;
  return html`<h1>${view.forum.name}</h1>
${done ? html`<div class="notice" role="status"><p><strong>Recorded.</strong> ${done.hostName} has confirmed hosting on ${dateTimeText(done.startsAt, view.forum.timeZone)}.</p></div>` : ''}
<p class="lead">${view.cadence}.</p>
<p><a class="button" href="${base}/calendar.ics" download>Download the calendar (.ics)</a> <span class="hint">Import it into Outlook or Google Calendar; re-importing updates changed meetings.</span></p>
${view.problem ? html`<p class="problem"><strong>Planning problem:</strong> ${view.problem}</p>` : ''}
<h2 id="meetings">Upcoming meetings</h2>
<p class="hint">A meeting is confirmed once its host agency has said it will host. A swap or change of host needs the new host's confirmation.</p>
${dataTable('Upcoming meetings with hosts, answers so far and confirmation', meetingsTable(view), `${base}/meetings.csv`)}
${
  awaiting.length > 0
    ? html`<h3>Record a host's confirmation</h3>
<p class="hint">When a host agency confirms by email, phone or in chat, record it here so everyone sees the meeting is confirmed.</p>
<ul class="confirm-list">${awaiting.map(
        ({ occurrence: o }) => html`<li><form method="post" action="${base}/meetings/${seg(o.id)}/confirm">
<input type="hidden" name="_csrf" value="${csrf}">
<button type="submit" class="secondary">Record that ${o.hostName} confirmed ${dateText(o.startsAt, view.forum.timeZone)}</button>
</form></li>`,
      )}</ul>`
    : ''
}
<h2>Rota</h2>
${dataTable('Who hosts each planned meeting, and why', rotaTable(view), `${base}/rota.csv`)}
${chartFigure(hostingChart(view, today, dayText), `${base}/hosting`, 2)}`;
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
