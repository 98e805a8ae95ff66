// The question queue, its groups for reporting, the local answers (edit, review, withdraw) and the
// local answer form. Each takes what the core returned and gives back escaped HTML.
import type { QuestionQueue } from '../../core/dashboard/dashboard-service.ts';
import type { FieldErrors, LocalAnswerInput } from '../../core/dashboard/local-answer.ts';
import { LIMITS } from '../../core/dashboard/local-answer.ts';
import type { LocalArticleRecord } from '../../core/dashboard/ports.ts';
import type { QuestionLogEntry } from '../../core/shared/ports.ts';
import type { Chart } from './charts.ts';
import { dateText } from './format.ts';
import { chartFigure, dataTable, type Html, html, seg } from './html.ts';
import { questionGroupsTable, shownText } from './tables.ts';

/** What a local-answer action just did, for the notice at the top of the questions page. */
export type AnswerNotice = {
  kind: 'saved' | 'edited' | 'reviewed' | 'withdrawn' | 'restored';
  article: LocalArticleRecord;
};

const NOTICES: Record<AnswerNotice['kind'], (a: LocalArticleRecord) => string> = {
  saved: (a) =>
    `From now on the bot answers matching questions in this workspace with your local answer “${a.title}”.`,
  edited: (a) => `The bot now answers with the new text of “${a.title}”.`,
  reviewed: (a) => `“${a.title}” is marked as reviewed today.`,
  withdrawn: (a) => `The bot no longer uses “${a.title}”. You can restore it below.`,
  restored: (a) => `The bot uses “${a.title}” again.`,
};

function answerActions(a: LocalArticleRecord, csrf: string): Html {
  const action = (
    verb: string,
    label: string,
  ) => html`<form method="post" action="/dashboard/answers/${seg(a.id)}/${verb}">
<input type="hidden" name="_csrf" value="${csrf}">
<button type="submit" class="secondary">${label}<span class="visually-hidden">: ${a.title}</span></button>
</form>`;
  return html`<div class="actions-row">${
    a.withdrawnAt
      ? action('restore', 'Restore')
      : html`<a href="/dashboard/answers/${seg(a.id)}/edit">Edit<span class="visually-hidden">: ${a.title}</span></a>${action('review', 'Mark reviewed today')}${action('withdraw', 'Withdraw')}`
  }</div>`;
}

function localAnswersTable(local: LocalArticleRecord[], csrf: string): Html {
  if (local.length === 0) return html`<p class="empty">No local answers yet.</p>`;
  return html`<div class="table-block"><p class="scroll-cue" aria-hidden="true">Scroll the table sideways to see every column →</p>
<div class="table-wrap" role="region" aria-label="Local answers" tabindex="0"><table class="wide-table">
<caption>Local answers, who owns them and when they were last reviewed</caption>
<thead><tr><th scope="col">Answer</th><th scope="col">Owner</th><th scope="col">Last reviewed</th><th scope="col">Status</th><th scope="col">Actions</th></tr></thead>
<tbody>${local.map(
    (a) => html`<tr>
<th scope="row">${a.title}<br><code class="hint">article ${a.slug}</code></th>
<td>${a.owner ?? a.createdBy ?? 'not set'}</td>
<td>${a.reviewedAt ? html`${dateText(a.reviewedAt)}${a.reviewedBy ? html` by ${a.reviewedBy}` : ''}` : html`never (written ${dateText(a.createdAt)})`}</td>
<td>${a.withdrawnAt ? html`<span class="state state-cancelled">Withdrawn ${dateText(a.withdrawnAt)}</span>` : html`<span class="state state-host-confirmed">In use</span>`}</td>
<td>${answerActions(a, csrf)}</td>
</tr>`,
  )}</tbody></table></div></div>`;
}

export function questionsPage(data: {
  queue: QuestionQueue;
  topics: Chart;
  local: LocalArticleRecord[];
  csrf: string;
  notice?: AnswerNotice;
}): Html {
  const { queue } = data;
  return html`<h1>Questions</h1>
${
  data.notice
    ? html`<div class="notice" role="status"><p><strong>${data.notice.kind === 'saved' ? 'Saved.' : 'Done.'}</strong> ${NOTICES[data.notice.kind](data.notice.article)} (<code>article ${data.notice.article.slug}</code>)</p></div>`
    : ''
}
<p class="lead">Questions the bot could not answer, or whose answer was marked not helpful, with personal details removed. Similar questions are grouped so one local answer can cover them all.</p>
<h2>Waiting for a local answer</h2>
${
  queue.groups.length === 0
    ? html`<p class="empty">No questions are waiting.</p>`
    : queue.groups.map(
        (group, i) => html`<section class="group" aria-labelledby="group-${i}">
<h3 id="group-${i}">${group.questions.length} question${group.questions.length === 1 ? '' : 's'}${group.keywords.length > 0 ? html` about ${group.keywords.map((k) => html`<span class="tag">${k}</span>`)}` : ''}</h3>
<ul>${group.questions.map(
          (q) =>
            html`<li>${shownText(q)} <span class="hint">${dateText(q.createdAt)} · ${q.answerKind === 'no_answer' ? 'not covered' : 'marked not helpful'}</span></li>`,
        )}</ul>
<a class="button" href="/dashboard/questions/answer?q=${seg(group.questions[0]?.id ?? '')}">Write a local answer<span class="visually-hidden"> for group ${i + 1}</span></a>
</section>`,
      )
}
<h2 id="groups">Question groups for reporting</h2>
${dataTable('Question groups waiting for a local answer', questionGroupsTable(queue), '/dashboard/questions/groups.csv')}
${
  queue.answered.length > 0
    ? html`<h2>Now covered by a local answer</h2>
<ul>${queue.answered.map((a) => html`<li>${shownText(a.question)} → <strong>${a.title}</strong> <span class="hint">(${a.articleId})</span></li>`)}</ul>`
    : ''
}
${chartFigure(data.topics, '/dashboard/questions/topics', 2)}
<h2 id="local-answers">Local answers</h2>
<p class="hint">The bot uses a change from the next question on. Review each answer now and then so practitioners can trust it; withdraw one that is no longer right.</p>
${localAnswersTable(data.local, data.csrf)}
<p><a href="/dashboard/questions/answer">Write a local answer without a question</a></p>`;
}

const fieldLabels: Record<keyof LocalAnswerInput, string> = {
  title: 'Title',
  body: 'Answer',
  keywords: 'Keywords',
  owner: 'Owner',
};

/** The form to write a new local answer, or (with `editing`) to change one. */
export function answerFormPage(data: {
  csrf: string;
  values: LocalAnswerInput;
  errors?: FieldErrors;
  question?: QuestionLogEntry;
  editing?: LocalArticleRecord;
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
  const invalid = (name: keyof LocalAnswerInput) => (errors[name] ? html` aria-invalid="true"` : '');
  const action = data.editing
    ? `/dashboard/answers/${seg(data.editing.id)}/edit`
    : '/dashboard/questions/answer';
  return html`<h1>${data.editing ? 'Edit a local answer' : 'Write a local answer'}</h1>
${
  problems.length > 0
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">Nothing was saved: please fix ${problems.length === 1 ? 'this' : 'these'}</h2>
<ul>${problems.map((k) => html`<li><a href="#${k}">${fieldLabels[k]}: ${errors[k]}</a></li>`)}</ul>
</div>`
    : ''
}
${data.question ? html`<p>For the question: <q>${shownText(data.question)}</q></p>` : ''}
${data.editing ? html`<p>Article id <code>${data.editing.slug}</code> stays the same, so links to it keep working.</p>` : ''}
<p class="lead">The bot uses this answer for matching questions in this workspace from the moment you save it, and says it was written for your area by your coordinators. Do not include names or other details of children, families or staff.</p>
<form method="post" action="${action}" novalidate>
<input type="hidden" name="_csrf" value="${data.csrf}">
${field(
  'title',
  `The question this answers, as a practitioner would ask it (${LIMITS.titleMin}–${LIMITS.titleMax} characters).`,
  (d) =>
    html`<input type="text" id="title" name="title" value="${data.values.title}" maxlength="${LIMITS.titleMax * 2}" aria-describedby="${d}"${invalid('title')} autocomplete="off">`,
)}
${field(
  'body',
  `The answer (${LIMITS.bodyMin}–${LIMITS.bodyMax.toLocaleString('en-GB')} characters). Plain text; a line starting “## ” begins a section with its own question.`,
  (d) =>
    html`<textarea id="body" name="body" rows="10" aria-describedby="${d}"${invalid('body')}>${data.values.body}</textarea>`,
)}
${field(
  'keywords',
  `Other words people use for this, separated by commas (up to ${LIMITS.keywords}).`,
  (d) =>
    html`<input type="text" id="keywords" name="keywords" value="${data.values.keywords}" aria-describedby="${d}"${invalid('keywords')} autocomplete="off">`,
)}
${field(
  'owner',
  `Who keeps this answer up to date: a role or team, such as “Early help hub” (up to ${LIMITS.ownerMax} characters). Left empty, it is you.`,
  (d) =>
    html`<input type="text" id="owner" name="owner" value="${data.values.owner ?? ''}" aria-describedby="${d}"${invalid('owner')} autocomplete="off">`,
)}
<button type="submit">${data.editing ? 'Save the changes' : 'Save the local answer'}</button>
</form>
<p><a href="/dashboard/questions#local-answers">Back to the questions</a></p>`;
}
