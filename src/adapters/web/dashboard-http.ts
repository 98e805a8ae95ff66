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
import { isAppError } from '../../core/shared/errors.ts';
import type { Clock } from '../../core/shared/ports.ts';
import type { Logger } from '../../logger.ts';
import { BodyError, readBody } from '../../ops/read-body.ts';
import { type Chart, type Dataset, renderSvg, toCsv } from './charts.ts';
import {
  hostingChart,
  hostingCsv,
  pulseDistributionChart,
  pulseSectorChart,
  pulseTrendChart,
  topicChart,
} from './dashboard-charts.ts';
import { type Html, html, layout } from './html.ts';
import {
  answerFormPage,
  forumListPage,
  forumPage,
  messagePage,
  overviewPage,
  pulseListPage,
  pulseSurveyPage,
  questionsPage,
  signInPage,
} from './pages.ts';

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

  const sendChart = async (res: ServerResponse, chart: Chart | Dataset, ext: string, name: string) => {
    if (ext === 'csv')
      return sendFile(
        res,
        'text/csv; charset=utf-8',
        toCsv('table' in chart ? chart.table : chart),
        `${name}.csv`,
      );
    if (!('table' in chart)) throw new HttpProblem(404, 'Not found', 'There is no such chart.');
    return sendFile(res, 'image/svg+xml; charset=utf-8', await renderSvg(chart));
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

/** The forms: sign out, and a local answer (checked whole, its problems shown beside each field). */
async function handleForms(deps: DashboardHttpDeps, kit: Kit, r: PageRequest): Promise<boolean> {
  const { checkCsrf, maxBody, sendPage, cookie, redirect } = kit;
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
  if (path === '/dashboard/sign-out') {
    if (req.method !== 'POST') throw new HttpProblem(405, 'Not allowed', 'Use the Sign out button.');
    checkCsrf(viewer, req, await readForm(req, maxBody));
    await deps.auth.signOut(parseCookies(req.headers.cookie)[SESSION_COOKIE]);
    sendPage(
      res,
      200,
      'Signed out',
      messagePage('Signed out', 'You are signed out. Type `dashboard` in chat to sign in again.'),
      {
        cookies: [cookie(SESSION_COOKIE, '', 0)],
      },
    );
    return true;
  }
  if (path === '/dashboard/questions/answer') {
    if (get) {
      const id = url.searchParams.get('q');
      const question =
        id && /^[0-9a-f-]{36}$/.test(id)
          ? ((await d.questionQueue(member)).groups.flatMap((g) => g.questions).find((q) => q.id === id) ??
            null)
          : null;
      if (id && !question)
        throw new HttpProblem(
          404,
          'Not found',
          'That question is not waiting for an answer in this workspace.',
        );
      page(
        200,
        'Write a local answer',
        answerFormPage({
          csrf: deps.auth.csrfToken(viewer.session),
          values: { title: question ? question.redactedText.slice(0, 120) : '', body: '', keywords: '' },
          question: question ?? undefined,
        }),
        'questions',
      );
      return true;
    }
    if (req.method !== 'POST') throw new HttpProblem(405, 'Not allowed', 'Use the form.');
    const form = await readForm(req, maxBody);
    checkCsrf(viewer, req, form);
    const values: LocalAnswerInput = {
      title: form.get('title') ?? '',
      body: form.get('body') ?? '',
      keywords: form.get('keywords') ?? '',
    };
    const result = await d.saveLocalAnswer(member, values);
    if (!result.ok) {
      page(
        400,
        'Write a local answer (problems)',
        answerFormPage({ csrf: deps.auth.csrfToken(viewer.session), values, errors: result.errors }),
        'questions',
      );
      return true;
    }
    deps.logger?.info({ workspaceId: member.workspaceId, slug: result.article.slug }, 'local answer saved');
    redirect(res, `/dashboard/questions?saved=${encodeURIComponent(result.article.slug)}`);
    return true;
  }
  return false;
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
    const [surveys, forums, queue, local] = await Promise.all([
      d.pulseOverview(member),
      d.forumList(member),
      d.questionQueue(member),
      d.listLocalAnswers(member),
    ]);
    return page(
      200,
      'Overview',
      overviewPage({
        surveys: surveys.length,
        forums: forums.length,
        waiting: queue.groups.reduce((n, g) => n + g.questions.length, 0),
        localAnswers: local.length,
      }),
      'overview',
    );
  }
  if (path === '/dashboard/pulse')
    return page(200, 'Pulse surveys', pulseListPage(await d.pulseOverview(member)), 'pulse');
  m = /^\/dashboard\/pulse\/([a-z0-9-]{1,60})$/.exec(path);
  if (m) {
    return page(200, 'Pulse survey', pulseSurveyPage(await d.pulseSeries(member, m[1] as string)), 'pulse');
  }
  m = /^\/dashboard\/pulse\/([a-z0-9-]{1,60})\/(trend|distribution|sectors)\.(svg|csv)$/.exec(path);
  if (m) {
    const series = await d.pulseSeries(member, m[1] as string);
    const build = {
      trend: pulseTrendChart,
      distribution: pulseDistributionChart,
      sectors: pulseSectorChart,
    }[m[2] as 'trend'];
    return sendChart(res, build(series), m[3] as string, `${series.template.key}-${m[2]}`);
  }
  if (path === '/dashboard/forums') {
    const forums = await d.forumList(member);
    return page(200, 'Forums', forumListPage(forums), 'forums');
  }
  m = /^\/dashboard\/forums\/([0-9a-f-]{36})(?:\/(hosting\.svg|hosting\.csv|calendar\.ics))?$/.exec(path);
  if (m) {
    const forum = await d.findForum(member, m[1] as string);
    if (m[2] === 'calendar.ics') {
      return sendFile(
        res,
        'text/calendar; charset=utf-8',
        await d.calendar(member, forum),
        `${forum.name}.ics`,
      );
    }
    const view = await d.forumView(member, forum);
    if (m[2] === 'hosting.svg') return sendChart(res, hostingChart(view, today()), 'svg', 'hosting');
    if (m[2] === 'hosting.csv')
      return sendChart(res, hostingCsv(view, today()), 'csv', `${forum.name}-hosting`);
    return page(200, forum.name, forumPage(view, today()), 'forums');
  }
  if (path === '/dashboard/questions') {
    const [queue, counts, local] = await Promise.all([
      d.questionQueue(member),
      d.topicCounts(member),
      d.listLocalAnswers(member),
    ]);
    const savedSlug = url.searchParams.get('saved');
    return page(
      200,
      'Questions',
      questionsPage({
        queue,
        topics: topicChart(counts),
        local,
        saved: local.find((a) => a.slug === savedSlug),
      }),
      'questions',
    );
  }
  m = /^\/dashboard\/questions\/topics\.(svg|csv)$/.exec(path);
  if (m) {
    return sendChart(res, topicChart(await d.topicCounts(member)), m[1] as string, 'questions-by-topic');
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
