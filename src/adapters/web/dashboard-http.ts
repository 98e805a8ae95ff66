// The coordinators' dashboard over node:http, mounted under /dashboard on the operations port.
// Security model: sign-in only through a one-time link from chat; an HttpOnly, SameSite=Lax session
// cookie scoped to /dashboard; a CSRF token bound to the session on every form; strict headers on
// every response (CSP with no script at all, frame-ancestors 'none', nosniff, no referrer); and
// every read and write goes through core services with the session's own workspace.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DashboardAuth, DashboardViewer } from '../../core/dashboard/dashboard-auth.ts';
import { LINK_REFUSED } from '../../core/dashboard/dashboard-auth.ts';
import type { DashboardService } from '../../core/dashboard/dashboard-service.ts';
import type { LocalAnswerInput } from '../../core/dashboard/local-answer.ts';
import type { LocalArticleRecord } from '../../core/dashboard/ports.ts';
import { templateInputFromForm } from '../../core/pulse/build-template.ts';
import { isAppError } from '../../core/shared/errors.ts';
import type { Clock } from '../../core/shared/ports.ts';
import type { Logger } from '../../logger.ts';
import { BodyError, readBody } from '../../ops/read-body.ts';
import { type Chart, type Dataset, type Layout, renderSvg, toCsv } from './charts.ts';
import { hostingChart, topicChart } from './dashboard-charts.ts';
import { dayText } from './format.ts';
import { type Html, html, layout } from './html.ts';
import { overviewPage } from './overview-page.ts';
import {
  forumListPage,
  forumPage,
  messagePage,
  PULSE_CHARTS,
  pulseListPage,
  pulseSurveyPage,
  signInPage,
} from './pages.ts';
import { type AnswerNotice, answerFormPage, questionsPage } from './question-pages.ts';
import {
  emptyTemplateForm,
  surveyTemplateFormPage,
  templateFormErrors,
  templateFormValues,
} from './survey-template-page.ts';
import { meetingsTable, questionGroupsTable, rotaTable } from './tables.ts';

export interface DashboardHttpDeps {
  auth: DashboardAuth;
  dashboard: DashboardService;
  clock: Clock;
  /** Where the dashboard is reached from outside; an https:// address makes cookies Secure. */
  publicUrl: string;
  logger?: Logger;
  /** Largest form body accepted, in bytes (default 64 KiB). */
  maxBodyBytes?: number;
}

export const SESSION_COOKIE = 'joinedup_session';
const PRE_COOKIE = 'joinedup_signin';

const css = readFileSync(new URL('./dashboard.css', import.meta.url), 'utf8');

const CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** A problem answered with a page, not a crash. */
class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly heading: string,
    message: string,
  ) {
    super(message);
  }
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name && !(name in out)) out[name] = part.slice(eq + 1).trim();
  }
  return out;
}

async function readForm(req: IncomingMessage, limit: number): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    req.resume();
    throw new HttpProblem(415, 'Unsupported form', 'The form must be sent as an ordinary web form.');
  }
  const body = await readBody(req, limit).catch((error: unknown) => {
    if (error instanceof BodyError && error.status === 413) {
      throw new HttpProblem(413, 'Too long', 'That form is too long. Shorten the answer and try again.');
    }
    throw new HttpProblem(400, 'Not sent', 'The form did not arrive in full. Please send it again.');
  });
  return new URLSearchParams(body.toString('utf8'));
}

/** The responses, cookies and checks every dashboard page shares. */
function createKit(deps: DashboardHttpDeps) {
  const secure = deps.publicUrl.startsWith('https://');
  const maxBody = deps.maxBodyBytes ?? 64 * 1024;
  const today = () => deps.clock.now().toISOString().slice(0, 10);

  const headers = (extra: Record<string, string | string[]> = {}) => ({
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    'cache-control': 'no-store',
    ...(secure ? { 'strict-transport-security': 'max-age=31536000' } : {}),
    ...extra,
  });

  const cookie = (name: string, value: string, maxAgeSeconds: number) =>
    `${name}=${value}; Path=/dashboard; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;

  const sendPage = (
    res: ServerResponse,
    status: number,
    title: string,
    body: Html,
    options: {
      viewer?: DashboardViewer;
      current?: Parameters<typeof layout>[0]['current'];
      cookies?: string[];
    } = {},
  ) => {
    const page = layout({
      title,
      body,
      current: options.current,
      viewer: options.viewer
        ? {
            userId: options.viewer.member.displayName ?? options.viewer.member.userId,
            workspace: options.viewer.session.workspaceId,
            csrf: deps.auth.csrfToken(options.viewer.session),
          }
        : undefined,
    });
    res.writeHead(
      status,
      headers({
        'content-type': 'text/html; charset=utf-8',
        ...(options.cookies ? { 'set-cookie': options.cookies } : {}),
      }),
    );
    res.end(page);
  };

  const redirect = (res: ServerResponse, location: string, cookies?: string[]) => {
    res.writeHead(303, headers({ location, ...(cookies ? { 'set-cookie': cookies } : {}) }));
    res.end();
  };

  const sendFile = (res: ServerResponse, type: string, body: string, filename?: string) => {
    res.writeHead(
      200,
      headers({
        'content-type': type,
        ...(filename
          ? { 'content-disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '-')}"` }
          : {}),
      }),
    );
    res.end(body);
  };

  const sendChart = async (
    res: ServerResponse,
    chart: Chart | Dataset,
    ext: string,
    name: string,
    layout: Layout = 'wide',
  ) => {
    if (ext === 'csv')
      return sendFile(
        res,
        'text/csv; charset=utf-8',
        toCsv('table' in chart ? chart.table : chart),
        `${name}.csv`,
      );
    if (!('table' in chart)) throw new HttpProblem(404, 'Not found', 'There is no such chart.');
    return sendFile(res, 'image/svg+xml; charset=utf-8', await renderSvg(chart, layout));
  };

  const checkCsrf = (viewer: DashboardViewer, req: IncomingMessage, form: URLSearchParams) => {
    // Browsers say where a request came from; a cross-site form post is refused before the token.
    const site = req.headers['sec-fetch-site'];
    if (
      (site && site !== 'same-origin' && site !== 'none') ||
      !deps.auth.checkCsrf(viewer.session, form.get('_csrf'))
    ) {
      throw new HttpProblem(
        403,
        'Form expired',
        'This form could not be accepted (it came from another site or an old page). Nothing was saved. Go back, reload the page and try again.',
      );
    }
  };

  async function signIn(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method === 'GET') {
      const token = url.searchParams.get('token') ?? '';
      if (!deps.auth.looksValid(token)) throw new HttpProblem(403, 'Link not valid', LINK_REFUSED);
      // Opening the link only shows a button: link previews in chat apps fetch URLs, and must not
      // use up the link. The button's form is tied to a cookie set here (no login CSRF).
      const nonce = randomBytes(18).toString('base64url');
      return sendPage(res, 200, 'Sign in', signInPage(token, deps.auth.sign('sign-in-form', nonce)), {
        cookies: [cookie(PRE_COOKIE, nonce, 600)],
      });
    }
    if (req.method !== 'POST')
      throw new HttpProblem(405, 'Not allowed', 'Use the link from chat to sign in.');
    const form = await readForm(req, maxBody);
    const nonce = parseCookies(req.headers.cookie)[PRE_COOKIE] ?? '';
    if (!nonce || !deps.auth.verify('sign-in-form', nonce, form.get('check') ?? '')) {
      throw new HttpProblem(
        403,
        'Link not valid',
        'Open the sign-in link from chat in this browser, then press the button.',
      );
    }
    try {
      const { cookie: value } = await deps.auth.redeem(form.get('token') ?? '');
      redirect(res, '/dashboard/', [
        cookie(SESSION_COOKIE, value, Math.floor(deps.auth.sessionTtlMs / 1000)),
        cookie(PRE_COOKIE, '', 0),
      ]);
    } catch (error) {
      if (isAppError(error, 'FORBIDDEN')) throw new HttpProblem(403, 'Link not valid', error.message);
      throw error;
    }
  }

  return { maxBody, today, headers, cookie, sendPage, redirect, sendFile, sendChart, checkCsrf, signIn };
}

type Kit = ReturnType<typeof createKit>;

/** What a page handler gets: the request, the signed-in viewer and the path. */
interface PageRequest {
  req: IncomingMessage;
  res: ServerResponse;
  viewer: DashboardViewer;
  path: string;
  url: URL;
}

const UUID = '[0-9a-f-]{36}';
const ANSWER_ACTIONS = { review: 'reviewed', withdraw: 'withdrawn', restore: 'restored' } as const;

/** The local answer form's fields as sent. */
const answerInput = (form: URLSearchParams): LocalAnswerInput => ({
  title: form.get('title') ?? '',
  body: form.get('body') ?? '',
  keywords: form.get('keywords') ?? '',
  owner: form.get('owner') ?? '',
});

/** What every form handler works with: the request, the signed-in member and the page helpers. */
interface FormContext {
  deps: DashboardHttpDeps;
  kit: Kit;
  r: PageRequest;
  member: PageRequest['viewer']['member'];
  d: DashboardHttpDeps['dashboard'];
  csrf: string;
  /** A GET (or HEAD): show the form rather than take it. */
  get: boolean;
  page(status: number, title: string, body: Html, current?: Parameters<typeof layout>[0]['current']): void;
  /** A checked form post, or a 405 for anything but POST. */
  posted(what: string): Promise<URLSearchParams>;
}

function formContext(deps: DashboardHttpDeps, kit: Kit, r: PageRequest): FormContext {
  const { req, res, viewer } = r;
  return {
    deps,
    kit,
    r,
    member: viewer.member,
    d: deps.dashboard,
    csrf: deps.auth.csrfToken(viewer.session),
    get: req.method === 'GET' || req.method === 'HEAD',
    page: (status, title, body, current) => kit.sendPage(res, status, title, body, { viewer, current }),
    posted: async (what) => {
      if (req.method !== 'POST') throw new HttpProblem(405, 'Not allowed', `Use the ${what}.`);
      const form = await readForm(req, kit.maxBody);
      kit.checkCsrf(viewer, req, form);
      return form;
    },
  };
}

/**
 * The forms: sign out; write, edit, review, withdraw and restore a local answer (checked whole,
 * problems shown beside each field); a new survey template; record a host's confirmation. Each
 * calls one core use case.
 */
async function handleForms(deps: DashboardHttpDeps, kit: Kit, r: PageRequest): Promise<boolean> {
  const { path } = r;
  const f = formContext(deps, kit, r);
  if (path === '/dashboard/sign-out') return signOutForm(f);
  if (path === '/dashboard/questions/answer') return newAnswerForm(f);
  if (path === '/dashboard/pulse/templates/new') return newTemplateForm(f);
  const answer = new RegExp(`^/dashboard/answers/(${UUID})/(edit|review|withdraw|restore)$`).exec(path);
  if (answer) {
    const id = answer[1] as string;
    const verb = answer[2] as 'edit' | keyof typeof ANSWER_ACTIONS;
    return verb === 'edit' ? editAnswerForm(f, id) : answerActionForm(f, id, verb);
  }
  const confirm = new RegExp(`^/dashboard/forums/(${UUID})/meetings/(${UUID})/confirm$`).exec(path);
  if (confirm) return confirmHostForm(f, confirm[1] as string, confirm[2] as string);
  return false;
}

async function signOutForm(f: FormContext): Promise<true> {
  const { req, res } = f.r;
  await f.posted('Sign out button');
  await f.deps.auth.signOut(parseCookies(req.headers.cookie)[SESSION_COOKIE]);
  f.kit.sendPage(
    res,
    200,
    'Signed out',
    messagePage('Signed out', 'You are signed out. Type `dashboard` in chat to sign in again.'),
    { cookies: [f.kit.cookie(SESSION_COOKIE, '', 0)] },
  );
  return true;
}

/** Write a local answer, from scratch or for a question waiting in the queue (`?q=<id>`). */
async function newAnswerForm(f: FormContext): Promise<true> {
  const { member, d, csrf } = f;
  if (f.get) {
    const id = f.r.url.searchParams.get('q');
    const question =
      id && new RegExp(`^${UUID}$`).test(id)
        ? ((await d.questionQueue(member)).groups.flatMap((g) => g.questions).find((q) => q.id === id) ??
          null)
        : null;
    if (id && !question)
      throw new HttpProblem(
        404,
        'Not found',
        'That question is not waiting for an answer in this workspace.',
      );
    f.page(
      200,
      'Write a local answer',
      answerFormPage({
        csrf,
        values: {
          title: question ? question.redactedText.slice(0, 120) : '',
          body: '',
          keywords: '',
          owner: '',
        },
        question: question ?? undefined,
      }),
      'questions',
    );
    return true;
  }
  const values = answerInput(await f.posted('form'));
  const result = await d.saveLocalAnswer(member, values);
  if (!result.ok) {
    f.page(
      400,
      'Write a local answer (problems)',
      answerFormPage({ csrf, values, errors: result.errors }),
      'questions',
    );
    return true;
  }
  f.deps.logger?.info({ workspaceId: member.workspaceId, slug: result.article.slug }, 'local answer saved');
  f.kit.redirect(f.r.res, `/dashboard/questions?saved=${encodeURIComponent(result.article.slug)}`);
  return true;
}

async function newTemplateForm(f: FormContext): Promise<true> {
  const { csrf } = f;
  if (f.get) {
    f.page(
      200,
      'New survey template',
      surveyTemplateFormPage({ csrf, values: emptyTemplateForm() }),
      'pulse',
    );
    return true;
  }
  const values = templateFormValues(await f.posted('form'));
  const outcome = await f.d.createSurveyTemplate(f.member, templateInputFromForm(values));
  if (!outcome.ok) {
    const errors = templateFormErrors(outcome.error);
    f.page(400, 'New survey template (problems)', surveyTemplateFormPage({ csrf, values, errors }), 'pulse');
    return true;
  }
  f.kit.redirect(f.r.res, `/dashboard/pulse?saved=${encodeURIComponent(outcome.data.key)}`);
  return true;
}

async function editAnswerForm(f: FormContext, id: string): Promise<true> {
  const { member, d, csrf } = f;
  const editing = await d.findLocalAnswer(member, id);
  if (f.get) {
    const values = {
      title: editing.title,
      body: editing.body,
      keywords: editing.keywords.join(', '),
      owner: editing.owner ?? '',
    };
    f.page(200, 'Edit a local answer', answerFormPage({ csrf, values, editing }), 'questions');
    return true;
  }
  const values = answerInput(await f.posted('form'));
  const result = await d.editLocalAnswer(member, id, values);
  if (!result.ok) {
    f.page(
      400,
      'Edit a local answer (problems)',
      answerFormPage({ csrf, values, errors: result.errors, editing }),
      'questions',
    );
    return true;
  }
  f.deps.logger?.info({ workspaceId: member.workspaceId, slug: result.article.slug }, 'local answer edited');
  f.kit.redirect(f.r.res, `/dashboard/questions?done=edited&answer=${encodeURIComponent(id)}#local-answers`);
  return true;
}

/** Review, withdraw or restore a local answer: buttons on the questions page. */
async function answerActionForm(
  f: FormContext,
  id: string,
  verb: keyof typeof ANSWER_ACTIONS,
): Promise<true> {
  const { member, d } = f;
  await f.posted('buttons on the questions page');
  const article =
    verb === 'review'
      ? await d.reviewLocalAnswer(member, id)
      : await d.setLocalAnswerWithdrawn(member, id, verb === 'withdraw');
  f.deps.logger?.info(
    { workspaceId: member.workspaceId, slug: article.slug, action: verb },
    'local answer changed',
  );
  f.kit.redirect(
    f.r.res,
    `/dashboard/questions?done=${ANSWER_ACTIONS[verb]}&answer=${encodeURIComponent(id)}#local-answers`,
  );
  return true;
}

async function confirmHostForm(f: FormContext, forumId: string, occurrenceId: string): Promise<true> {
  await f.posted('button on the forum page');
  const forum = await f.d.findForum(f.member, forumId);
  const occurrence = await f.d.confirmHost(f.member, forum, occurrenceId);
  f.kit.redirect(
    f.r.res,
    `/dashboard/forums/${forum.id}?confirmed=${encodeURIComponent(occurrence.id)}#meetings`,
  );
  return true;
}

/** The notice for `?saved=<slug>` or `?done=<kind>&answer=<id>` after a local-answer action. */
function answerNotice(url: URL, all: LocalArticleRecord[]): AnswerNotice | undefined {
  const saved = url.searchParams.get('saved');
  if (saved) {
    const article = all.find((a) => a.slug === saved);
    return article ? { kind: 'saved', article } : undefined;
  }
  const kind = url.searchParams.get('done');
  const article = all.find((a) => a.id === url.searchParams.get('answer'));
  const kinds: AnswerNotice['kind'][] = ['edited', 'reviewed', 'withdrawn', 'restored'];
  return article && kinds.includes(kind as AnswerNotice['kind'])
    ? { kind: kind as AnswerNotice['kind'], article }
    : undefined;
}

/** The read-only pages, charts and exports. */
async function handlePages(deps: DashboardHttpDeps, kit: Kit, r: PageRequest): Promise<void> {
  const { sendChart, sendFile, today } = kit;
  const { req, res, viewer, path, url } = r;
  const member = viewer.member;
  const d = deps.dashboard;
  const page = (
    status: number,
    title: string,
    body: Html,
    current?: Parameters<typeof layout>[0]['current'],
  ) => kit.sendPage(res, status, title, body, { viewer, current });
  const get = req.method === 'GET' || req.method === 'HEAD';
  let m: RegExpExecArray | null;
  if (!get) throw new HttpProblem(405, 'Not allowed', 'This page can only be read.');

  if (path === '/dashboard' || path === '/dashboard/') {
    return page(200, 'Overview', overviewPage(await d.overview(member)), 'overview');
  }
  if (path === '/dashboard/pulse')
    return page(
      200,
      'Pulse surveys',
      pulseListPage(await d.pulseOverview(member), url.searchParams.get('saved') ?? undefined),
      'pulse',
    );
  m = /^\/dashboard\/pulse\/([a-z0-9-]{1,60})$/.exec(path);
  if (m) {
    return page(200, 'Pulse survey', pulseSurveyPage(await d.pulseSeries(member, m[1] as string)), 'pulse');
  }
  m =
    /^\/dashboard\/pulse\/([a-z0-9-]{1,60})\/(trend|distribution|heatmap|sectors)(?:\.(csv|svg)|(-narrow)\.svg)$/.exec(
      path,
    );
  if (m) {
    const series = await d.pulseSeries(member, m[1] as string);
    const chart = PULSE_CHARTS[m[2] as keyof typeof PULSE_CHARTS](series);
    return sendChart(res, chart, m[3] ?? 'svg', `${series.template.key}-${m[2]}`, m[4] ? 'narrow' : 'wide');
  }
  if (path === '/dashboard/forums') {
    const forums = await d.forumList(member);
    return page(200, 'Forums', forumListPage(forums), 'forums');
  }
  m = new RegExp(
    `^/dashboard/forums/(${UUID})(?:/(hosting\\.svg|hosting-narrow\\.svg|hosting\\.csv|meetings\\.csv|rota\\.csv|calendar\\.ics))?$`,
  ).exec(path);
  if (m) {
    const forum = await d.findForum(member, m[1] as string);
    const file = m[2];
    if (file === 'calendar.ics') {
      return sendFile(
        res,
        'text/calendar; charset=utf-8',
        await d.calendar(member, forum),
        `${forum.name}.ics`,
      );
    }
    const view = await d.forumView(member, forum);
    if (file === 'meetings.csv') return sendChart(res, meetingsTable(view), 'csv', `${forum.name}-meetings`);
    if (file === 'rota.csv') return sendChart(res, rotaTable(view), 'csv', `${forum.name}-rota`);
    if (file) {
      const chart = hostingChart(view, today(), dayText);
      return sendChart(
        res,
        chart,
        file.endsWith('.csv') ? 'csv' : 'svg',
        `${forum.name}-hosting`,
        file.includes('narrow') ? 'narrow' : 'wide',
      );
    }
    const csrf = deps.auth.csrfToken(viewer.session);
    return page(
      200,
      forum.name,
      forumPage(view, today(), csrf, url.searchParams.get('confirmed') ?? undefined),
      'forums',
    );
  }
  if (path === '/dashboard/questions') {
    const [queue, counts, all] = await Promise.all([
      d.questionQueue(member),
      d.topicCounts(member),
      d.listLocalAnswers(member, { withdrawn: true }),
    ]);
    return page(
      200,
      'Questions',
      questionsPage({
        queue,
        topics: topicChart(counts),
        local: all,
        csrf: deps.auth.csrfToken(viewer.session),
        notice: answerNotice(url, all),
      }),
      'questions',
    );
  }
  if (path === '/dashboard/questions/groups.csv') {
    return sendChart(res, questionGroupsTable(await d.questionQueue(member)), 'csv', 'question-groups');
  }
  m = /^\/dashboard\/questions\/topics(?:\.(svg|csv)|(-narrow)\.svg)$/.exec(path);
  if (m) {
    return sendChart(
      res,
      topicChart(await d.topicCounts(member)),
      m[1] ?? 'svg',
      'questions-by-topic',
      m[2] ? 'narrow' : 'wide',
    );
  }
  throw new HttpProblem(404, 'Page not found', 'There is no such page on the dashboard.');
}

/** Builds the `/dashboard` mount for the operations server. */
export function createDashboardMount(deps: DashboardHttpDeps): {
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
} {
  const kit = createKit(deps);
  const { headers, sendPage, signIn } = kit;
  const route = async (r: PageRequest) => {
    if (await handleForms(deps, kit, r)) return;
    await handlePages(deps, kit, r);
  };

  return {
    prefix: '/dashboard',
    async handle(req, res) {
      let viewer: DashboardViewer | null = null;
      try {
        const url = new URL(req.url ?? '/', 'http://dashboard.invalid');
        const path = url.pathname;
        if (path === '/dashboard/static/dashboard.css') {
          res.writeHead(
            200,
            headers({ 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }),
          );
          return void res.end(css);
        }
        if (path === '/dashboard/sign-in') return await signIn(req, res, url);
        viewer = await deps.auth.resolve(parseCookies(req.headers.cookie)[SESSION_COOKIE]);
        if (!viewer) {
          req.resume();
          // No Set-Cookie here: a browser sends no SameSite=Lax cookie with a cross-site POST, so
          // clearing it on that refusal would let any site sign a coordinator out. Only a signed
          // sign-out (with its CSRF token) clears the cookie; a stale one just expires.
          return sendPage(
            res,
            401,
            'Sign in',
            messagePage(
              'Please sign in',
              'Your session has ended or you are not signed in. A coordinator can type `dashboard` in chat for a one-time sign-in link.',
            ),
          );
        }
        await route({ req, res, viewer, path: path.replace(/\/{2,}/g, '/'), url });
      } catch (error) {
        req.resume();
        if (res.headersSent) return void res.destroy();
        if (error instanceof HttpProblem) {
          return sendPage(
            res,
            error.status,
            error.heading,
            messagePage(
              error.heading,
              error.message,
              html`<p><a href="/dashboard/">Back to the overview</a></p>`,
            ),
            { viewer: viewer ?? undefined },
          );
        }
        if (
          isAppError(error, 'NOT_FOUND') ||
          isAppError(error, 'FORBIDDEN') ||
          isAppError(error, 'BAD_INPUT')
        ) {
          const status = error.code === 'NOT_FOUND' ? 404 : error.code === 'FORBIDDEN' ? 403 : 400;
          return sendPage(res, status, 'Not available', messagePage('Not available', error.message), {
            viewer: viewer ?? undefined,
          });
        }
        deps.logger?.error(
          {
            err: error instanceof Error ? { name: error.name, code: (error as { code?: string }).code } : {},
          },
          'dashboard request failed',
        );
        return sendPage(
          res,
          500,
          'Something went wrong',
          messagePage(
            'Something went wrong',
            'Something went wrong on our side and nothing was changed. Please try again in a moment.',
          ),
        );
      }
    },
  };
}
