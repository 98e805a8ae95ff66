// The overview a coordinator reads in ten seconds: what needs action first, then each forum's next
// meeting, each survey's headline and the questions waiting longest for a local answer.
import type { ForumGlance, Overview, SurveyGlance } from '../../core/dashboard/dashboard-service.ts';
import { type ActionItem, CONFIRM_WITHIN_DAYS } from '../../core/dashboard/find-actions.ts';
import { describePostKind } from '../../core/shared/describe-troubled-posts.ts';
import { dateText, dateTimeText, percentText, pointsText } from './format.ts';
import { type Html, html, seg } from './html.ts';
import { shownText, stateText, venueOf } from './tables.ts';

const inForums = (forums: string[]) => (forums.length > 0 ? ` (${forums.join(', ')})` : '');
const whenAway = (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`);

function actionItem(item: ActionItem): Html {
  switch (item.kind) {
    case 'unconfirmed-host':
      return html`<li><strong>Host not confirmed:</strong> ${item.occurrence.hostName} has not confirmed hosting <a href="/dashboard/forums/${seg(item.forum.id)}#meetings">${item.forum.name}</a> on ${dateTimeText(item.occurrence.startsAt, item.forum.timeZone)}, ${whenAway(item.daysAway)}. Check with them, then record their confirmation on the forum page.</li>`;
    case 'lost-channel':
      return html`<li><strong>Channel lost:</strong> joinedup can no longer post to channel <code>${item.channelId}</code>${inForums(item.forums)}${item.since ? html` since ${dateText(item.since)}` : ''}${item.lastError ? html` (${item.lastError.replace(/^\w*Error: /, '')})` : ''}. Add the bot back to the channel, or move the forum to another channel.</li>`;
    case 'post-failed':
      return html`<li><strong>${item.problem.status === 'failed' ? 'Post failed' : 'Post may not have gone out'}:</strong> the ${describePostKind(item.problem.kind)} due ${dateTimeText(item.problem.dueAt)} for channel <code>${item.problem.channelId}</code>${inForums(item.forums)}${item.problem.status === 'failed' ? ' could not be sent' : ' was interrupted; check the channel'}${item.problem.error ? html` (${item.problem.error.replace(/^\w*Error: /, '').slice(0, 160)})` : ''}.</li>`;
    case 'planning-problem':
      return html`<li><strong>Rota problem:</strong> <a href="/dashboard/forums/${seg(item.forum.id)}">${item.forum.name}</a>: ${item.problem}</li>`;
  }
}

function forumCard(glance: ForumGlance): Html {
  const next = glance.next;
  const link = html`<a href="/dashboard/forums/${seg(glance.forum.id)}">${glance.forum.name}</a>`;
  if (!next) return html`<li class="card"><h3>${link}</h3><p>No meeting is planned.</p></li>`;
  const o = next.occurrence;
  const c = next.counts;
  return html`<li class="card${next.state === 'awaiting-host' ? ' card-warn' : ''}"><h3>${link}</h3>
<dl>
<dt>Next meeting</dt><dd>${dateTimeText(o.startsAt, glance.forum.timeZone)}</dd>
<dt>Host</dt><dd>${o.hostName}, ${venueOf(glance, o)}</dd>
<dt>Status</dt><dd><span class="state state-${next.state}">${stateText(next.state, o, glance.forum.timeZone)}</span></dd>
<dt>RSVPs</dt><dd>${c.going} going, ${c.maybe} maybe, ${c.not_going} not going</dd>
</dl></li>`;
}

function surveyCard(glance: SurveyGlance): Html {
  const latest = glance.latest;
  const link = html`<a href="/dashboard/pulse/${seg(glance.template.key)}">${glance.template.title}</a>`;
  const headline = latest
    ? latest.favourable !== undefined
      ? html`<p class="figure">${latest.favourable}% <span class="figure-unit">favourable</span></p>
<p>Agree or strongly agree, ${latest.label}${latest.change !== undefined ? html`: <strong>${pointsText(latest.change)}</strong> since ${latest.previousLabel}` : ''}.</p>`
      : html`<p>${latest.label}: too few responses to show results without exposing anyone.</p>`
    : html`<p>No run has closed yet.</p>`;
  const rate = latest?.results.responseRate;
  return html`<li class="card"><h3>${link}</h3>
${headline}
${latest ? html`<p>Response rate: ${rate !== undefined ? percentText(rate) : 'audience not known'} (${latest.results.responseCount} responses).</p>` : ''}
<p>${
    glance.open
      ? html`<span class="state state-open">Open now</span> until ${dateText(glance.open.run.closesAt)}: ${glance.open.responses} response${glance.open.responses === 1 ? '' : 's'} so far (results when it closes).`
      : 'No run open.'
  }</p></li>`;
}

export function overviewPage(data: Overview): Html {
  const q = data.questions;
  return html`<h1>Overview</h1>
<section aria-labelledby="actions-heading" class="actions${data.actions.length > 0 ? ' has-actions' : ''}">
<h2 id="actions-heading">Needs action${data.actions.length > 0 ? html` (${data.actions.length})` : ''}</h2>
${
  data.actions.length > 0
    ? html`<ul>${data.actions.map(actionItem)}</ul>`
    : html`<p>Nothing needs action: every meeting in the next ${CONFIRM_WITHIN_DAYS} days has a confirmed host, and every post went out.</p>`
}
</section>
<h2>Forums</h2>
${
  data.forums.length === 0
    ? html`<p class="empty">There are no forums yet. Create one in chat with <code>forum create</code>.</p>`
    : html`<ul class="cards">${data.forums.map(forumCard)}</ul>`
}
<h2>Pulse surveys</h2>
${
  data.surveys.length === 0
    ? html`<p class="empty">No survey has run yet. Start one in chat with <code>pulse start &lt;template&gt;</code>.</p>`
    : html`<ul class="cards">${data.surveys.map(surveyCard)}</ul>`
}
<h2>Questions waiting for a local answer</h2>
<p>${q.waiting} question${q.waiting === 1 ? '' : 's'} in ${q.groups} group${q.groups === 1 ? '' : 's'}; ${data.localAnswers} local answer${data.localAnswers === 1 ? '' : 's'} in use.</p>
${
  q.top.length > 0
    ? html`<ol class="top-groups">${q.top.map(
        (group) =>
          html`<li><strong>${group.questions.length} question${group.questions.length === 1 ? '' : 's'}</strong>${group.keywords.length > 0 ? html` about ${group.keywords.slice(0, 3).join(', ')}` : ''}: <q>${group.questions[0] ? shownText(group.questions[0]) : ''}</q> <a href="/dashboard/questions/answer?q=${seg(group.questions[0]?.id ?? '')}">Write a local answer<span class="visually-hidden"> for ${group.keywords.slice(0, 3).join(', ') || 'this group'}</span></a></li>`,
      )}</ol>`
    : html`<p class="empty">No questions are waiting.</p>`
}
<p><a href="/dashboard/questions">All questions and local answers</a></p>`;
}
