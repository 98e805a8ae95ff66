// The dashboard wired as main.ts wires it, over a real database and a real HTTP server on
// loopback, with a clock the tests control (link and session expiry).
import { createDashboardMount } from '../../../src/adapters/web/dashboard-http.ts';
import { ConversationService } from '../../../src/core/conversation/conversation-service.ts';
import type { Reply } from '../../../src/core/conversation/types.ts';
import { DashboardAuth } from '../../../src/core/dashboard/dashboard-auth.ts';
import { dashboardRoutes } from '../../../src/core/dashboard/dashboard-routes.ts';
import { DashboardService } from '../../../src/core/dashboard/dashboard-service.ts';
import { WorkspaceGuidance } from '../../../src/core/dashboard/workspace-guidance.ts';
import { ForumService } from '../../../src/core/forums/forum-service.ts';
import { loadKnowledgeBase } from '../../../src/core/guidance/load-knowledge-base.ts';
import { pulseRoutes } from '../../../src/core/pulse/pulse-routes.ts';
import { PulseService } from '../../../src/core/pulse/pulse-service.ts';
import type { WorkspaceRef } from '../../../src/core/shared/ports.ts';
import { type OpsServer, startOpsServer } from '../../../src/ops/http-server.ts';
import { Metrics } from '../../../src/ops/metrics.ts';
import type { PrismaClient } from '../../../src/storage/client.ts';
import { createRepositories } from '../../../src/storage/index.ts';
import { FixedClock } from '../../fakes/in-memory-repositories.ts';
import { shippedGuidance } from '../../support/guidance.ts';

export interface Harness {
  clock: FixedClock;
  server: OpsServer;
  conversation: ConversationService;
  auth: DashboardAuth;
  say(workspace: WorkspaceRef, userId: string, text: string): Promise<Reply>;
  close(): Promise<void>;
}

export async function startHarness(prisma: PrismaClient, now: Date): Promise<Harness> {
  const clock = new FixedClock(now);
  const repos = createRepositories(prisma);
  const guidance = shippedGuidance();
  const forums = new ForumService({ forums: repos.forums, posts: repos.posts, clock });
  const pulse = new PulseService({
    pulse: repos.pulse,
    forums: repos.forums,
    posts: repos.posts,
    clock,
    respondentSecret: 'harness-secret-of-enough-length',
    responseRetentionDays: 365,
  });
  const workspaceGuidance = new WorkspaceGuidance({
    base: guidance,
    loadArticles: () => loadKnowledgeBase().articles,
    options: { minConfidence: 0.45, emergency: {} },
    localArticles: repos.localArticles,
    clock,
  });
  const auth = new DashboardAuth({
    auth: repos.dashboardAuth,
    members: repos.members,
    clock,
    secret: 'a-dashboard-secret-for-tests-0123456789',
    publicUrl: 'https://joinedup.example.org',
  });
  const dashboard = new DashboardService({
    forums,
    pulse,
    questions: repos.questions,
    stats: repos.questionStats,
    localArticles: repos.localArticles,
    guidance: workspaceGuidance,
    attention: repos.attention,
    hostConfirmations: repos.hostConfirmations,
    clock,
  });
  const conversation = new ConversationService({
    guidance,
    guidanceFor: (id) => workspaceGuidance.guidanceFor(id),
    members: repos.members,
    questions: repos.questions,
    events: repos.events,
    clock,
    questionRetentionDays: 90,
    routes: [...dashboardRoutes(auth), ...pulseRoutes(pulse)],
  });
  const server = await startOpsServer(0, '127.0.0.1', {
    metrics: new Metrics({ defaultMetrics: false }),
    checks: {},
    mounts: [createDashboardMount({ auth, dashboard, clock, publicUrl: 'https://joinedup.example.org' })],
  });
  return {
    clock,
    server,
    conversation,
    auth,
    say: async (workspace, userId, text) => {
      const reply = await conversation.handle({ workspace, userId, text });
      if (!reply) throw new Error('no reply');
      return reply;
    },
    close: () => server.close(),
  };
}

/** A tiny browser: keeps cookies for the dashboard path, follows nothing on its own. */
export class Client {
  readonly cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  async request(
    path: string,
    init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const res = await fetch(`${this.base}${path}`, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      body,
      redirect: 'manual',
    });
    for (const set of res.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      if (!name) continue;
      if (value === '' || /Max-Age=0/i.test(set)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return { res, text: await res.text() };
  }

  /** Follows a sign-in link as a browser would: open it, press the button. */
  async signIn(link: string) {
    const url = new URL(link);
    const page = await this.request(`${url.pathname}${url.search}`);
    const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page.text)?.[1] ?? '';
    const posted = await this.request('/dashboard/sign-in', {
      form: { token: field('token'), check: field('check') },
    });
    return { page, posted };
  }

  /** The CSRF token in a page's forms. */
  static csrf(html: string): string {
    return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  }
}

/** The sign-in link in a `dashboard` reply. */
export function linkIn(reply: Reply): string {
  const link = /https?:\/\/\S+\/dashboard\/sign-in\?token=\S+/.exec(reply.text)?.[0];
  if (!link) throw new Error(`no link in: ${reply.text}`);
  return link;
}
