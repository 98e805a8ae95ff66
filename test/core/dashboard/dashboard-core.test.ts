import { describe, expect, it } from 'vitest';
import { DashboardAuth } from '../../../src/core/dashboard/dashboard-auth.ts';
import { dashboardRoutes } from '../../../src/core/dashboard/dashboard-routes.ts';
import { groupQuestions } from '../../../src/core/dashboard/group-questions.ts';
import { slugFor, toArticle, validateLocalAnswer } from '../../../src/core/dashboard/local-answer.ts';
import type {
  DashboardAuthRepository,
  LocalArticleChange,
  LocalArticleRecord,
  LocalArticleRepository,
  NewLocalArticle,
  SessionRecord,
  SignInRecord,
} from '../../../src/core/dashboard/ports.ts';
import { countByTopic, topicOf } from '../../../src/core/dashboard/question-topics.ts';
import { WorkspaceGuidance } from '../../../src/core/dashboard/workspace-guidance.ts';
import { loadKnowledgeBase } from '../../../src/core/guidance/load-knowledge-base.ts';
import { isAppError } from '../../../src/core/shared/errors.ts';
import type { QuestionLogEntry } from '../../../src/core/shared/ports.ts';
import { FixedClock, InMemoryMembers } from '../../fakes/in-memory-repositories.ts';
import { shippedGuidance } from '../../support/guidance.ts';

class MemoryAuthRepository implements DashboardAuthRepository {
  signIns = new Map<string, SignInRecord & { usedAt?: Date }>();
  sessions = new Map<string, SessionRecord>();
  async createSignIn(s: SignInRecord) {
    this.signIns.set(s.id, { ...s });
  }
  async consumeSignIn(id: string, now: Date) {
    const s = this.signIns.get(id);
    if (!s || s.usedAt || s.expiresAt <= now) return null;
    s.usedAt = now;
    return s;
  }
  async createSession(s: SessionRecord) {
    this.sessions.set(s.id, s);
  }
  async findSession(id: string, now: Date) {
    const s = this.sessions.get(id);
    return s && s.expiresAt > now ? s : null;
  }
  async deleteSession(id: string) {
    this.sessions.delete(id);
  }
  async deleteExpired() {
    return 0;
  }
}

class MemoryArticles implements LocalArticleRepository {
  rows: LocalArticleRecord[] = [];
  versionCalls = 0;
  async create(a: NewLocalArticle) {
    const now = new Date();
    const row = { ...a, id: String(this.rows.length), createdAt: now, updatedAt: now };
    this.rows.push(row);
    return row;
  }
  async list(workspaceId: string) {
    return this.rows.filter((r) => r.workspaceId === workspaceId && !r.withdrawnAt);
  }
  async listAll(workspaceId: string) {
    return this.rows.filter((r) => r.workspaceId === workspaceId);
  }
  async find(workspaceId: string, id: string) {
    return this.rows.find((r) => r.workspaceId === workspaceId && r.id === id) ?? null;
  }
  private async change(workspaceId: string, id: string, patch: Partial<LocalArticleRecord>) {
    const row = await this.find(workspaceId, id);
    if (!row) return null;
    Object.assign(row, patch, { updatedAt: new Date(row.updatedAt.getTime() + 1) });
    return row;
  }
  update(workspaceId: string, id: string, change: LocalArticleChange) {
    return this.change(workspaceId, id, change);
  }
  markReviewed(workspaceId: string, id: string, at: Date, by: string) {
    return this.change(workspaceId, id, { reviewedAt: at, reviewedBy: by });
  }
  setWithdrawn(workspaceId: string, id: string, at: Date | null) {
    return this.change(workspaceId, id, { withdrawnAt: at ?? undefined });
  }
  async version(workspaceId: string) {
    this.versionCalls += 1;
    const rows = await this.listAll(workspaceId);
    return `${rows.length}:${Math.max(0, ...rows.map((r) => r.updatedAt.getTime()))}`;
  }
}

const question = (text: string, daysAgo = 0): QuestionLogEntry => ({
  id: `${text}-${daysAgo}`,
  workspaceId: 'W',
  redactedText: text,
  answerKind: 'no_answer',
  matchedArticles: [],
  confidence: 0.1,
  privacyWarning: false,
  createdAt: new Date(Date.UTC(2027, 0, 20 - daysAgo)),
  expiresAt: new Date(Date.UTC(2028, 0, 1)),
});

describe('dashboard sign-in', () => {
  const setup = async () => {
    const clock = new FixedClock(new Date('2027-01-10T09:00:00Z'));
    const members = new InMemoryMembers();
    const coordinator = await members.ensureMember({ id: 'W', platform: 'slack' }, 'U1');
    const member = await members.ensureMember({ id: 'W', platform: 'slack' }, 'U2');
    const repo = new MemoryAuthRepository();
    const auth = new DashboardAuth({
      auth: repo,
      members,
      clock,
      secret: 'x'.repeat(40),
      publicUrl: 'https://joinedup.example.org',
    });
    return { clock, members, coordinator, member, repo, auth };
  };
  const tokenOf = (url: string) => new URL(url).searchParams.get('token') ?? '';

  it('issues a signed link that works once, for coordinators only', async () => {
    const { auth, coordinator, member } = await setup();
    const { url, expiresAt } = await auth.issueLink(coordinator);
    expect(expiresAt.toISOString()).toBe('2027-01-10T09:10:00.000Z');
    const { cookie, session } = await auth.redeem(tokenOf(url));
    expect(session.id).not.toBe(cookie);
    expect((await auth.resolve(cookie))?.member.userId).toBe('U1');
    await expect(auth.redeem(tokenOf(url))).rejects.toSatisfy((e) => isAppError(e, 'FORBIDDEN'));
    await expect(auth.issueLink(member)).rejects.toSatisfy((e) => isAppError(e, 'FORBIDDEN'));
  });

  it('refuses tampered and expired links, and ends sessions of people who are no longer coordinators', async () => {
    const { auth, coordinator, clock, members } = await setup();
    const token = tokenOf((await auth.issueLink(coordinator)).url);
    const [id, sig] = token.split('.') as [string, string];
    expect(auth.looksValid(`${id}x.${sig}`)).toBe(false);
    expect(auth.looksValid(`${id}.${sig}.extra`)).toBe(false);
    clock.advance(10 * 60_000 + 1);
    await expect(auth.redeem(token)).rejects.toThrow(/used already, has expired/);
    clock.advance(-(10 * 60_000 + 1));
    const { cookie } = await auth.redeem(tokenOf((await auth.issueLink(coordinator)).url));
    const viewer = await auth.resolve(cookie);
    expect(viewer).not.toBeNull();
    expect(
      auth.checkCsrf(viewer?.session as SessionRecord, auth.csrfToken(viewer?.session as SessionRecord)),
    ).toBe(true);
    expect(auth.checkCsrf(viewer?.session as SessionRecord, 'nope')).toBe(false);
    await members.ensureMember({ id: 'W', platform: 'slack' }, 'U3');
    await members.setRole('W', 'U3', 'coordinator');
    await members.setRole('W', 'U1', 'member');
    expect(await auth.resolve(cookie)).toBeNull();
  });

  it('answers the dashboard command: a link for coordinators, a refusal for members, a note when it is off', async () => {
    const { auth, coordinator, member } = await setup();
    const [route] = dashboardRoutes(auth);
    const message = { workspace: { id: 'W', platform: 'slack' as const }, userId: 'U1', text: 'dashboard' };
    const handle = route?.bind('dashboard');
    expect(handle).toBeTypeOf('function');
    expect(route?.bind('dashboards')).toBeUndefined();
    const ok = await handle?.({ message, member: coordinator });
    expect(ok?.text).toMatch(/works once, within 10 minutes/);
    expect(ok?.ephemeral).toBe(true);
    const no = await handle?.({ message, member });
    expect(no?.text).toMatch(/for coordinators only/);
    const [off] = dashboardRoutes(undefined);
    expect((await off?.bind('dashboard')?.({ message, member: coordinator }))?.text).toMatch(
      /not switched on/,
    );
  });
});

describe('local answers', () => {
  const ctx = { workspaceId: 'W', userId: 'U1' };

  it('makes slugs that never clash with shipped ids', () => {
    expect(slugFor('Where do I park at the Civic Centre?')).toBe('local-where-do-i-park-at-the-civic-centre');
    expect(slugFor('!!!')).toBe('local-answer');
    const shipped = new Set(loadKnowledgeBase().articles.map((a) => a.id));
    expect([...shipped].some((id) => id.startsWith('local-'))).toBe(false);
  });

  it('reports every problem at once, and allows service contact details', () => {
    const bad = validateLocalAnswer({ title: 'x', body: '', keywords: 'a'.repeat(50) }, ctx);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(['body', 'keywords', 'title']);
    const named = validateLocalAnswer(
      { title: 'Who leads for Jayden Smith?', body: 'Ask the hub, NHS number 943 476 5919.', keywords: '' },
      ctx,
    );
    expect(named.ok).toBe(false);
    const ok = validateLocalAnswer(
      {
        title: 'How do I contact the Early Help Hub?',
        body: 'Call the hub on 01632 960000 or email hub@council.example.gov.uk, 9am to 5pm.',
        keywords: 'Hub, early help hub, hub',
      },
      ctx,
    );
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.article.keywords).toEqual(['hub', 'early help hub']);
  });

  it('becomes an article with sections, marked local', () => {
    const article = toArticle({
      id: '1',
      workspaceId: 'W',
      slug: 'local-parking',
      title: 'Parking',
      body: 'Use the car park.\n\n## Is it free?\nYes, with a ticket.',
      keywords: ['car park'],
      createdAt: new Date(),
      updatedAt: new Date('2027-01-02T00:00:00Z'),
    });
    expect(article.origin).toBe('local');
    expect(article.sections.map((s) => s.heading)).toEqual(['Parking', 'Is it free?']);
    expect(article.lastReviewed).toBe('2027-01-02');
  });
});

describe('per-workspace guidance', () => {
  it('answers from a workspace’s local answers only there, and sees another replica’s new answer after the TTL', async () => {
    const clock = new FixedClock(new Date('2027-01-10T09:00:00Z'));
    const articles = new MemoryArticles();
    const make = () =>
      new WorkspaceGuidance({
        base: shippedGuidance(),
        loadArticles: () => loadKnowledgeBase().articles,
        options: { minConfidence: 0.45, emergency: {} },
        localArticles: articles,
        clock,
        ttlMs: 30_000,
      });
    const here = make();
    const elsewhere = make(); // another replica
    const q = 'where do I park at the civic centre?';
    expect((await elsewhere.guidanceFor('W')).answer(q).kind).toBe('no_answer');
    expect(await here.guidanceFor('W')).toBe(shippedGuidance());
    await articles.create({
      workspaceId: 'W',
      slug: 'local-parking-at-the-civic-centre',
      title: 'Where do I park at the civic centre?',
      body: 'Use the multi-storey car park on Station Road.',
      keywords: ['parking'],
    });
    here.invalidate('W');
    expect((await here.guidanceFor('W')).answer(q).kind).toBe('answer');
    expect((await here.guidanceFor('OTHER')).answer(q).kind).toBe('no_answer');
    // The other replica still uses its cached guidance until the TTL passes, then catches up.
    expect((await elsewhere.guidanceFor('W')).answer(q).kind).toBe('no_answer');
    clock.advance(30_001);
    expect((await elsewhere.guidanceFor('W')).answer(q).kind).toBe('answer');
    // Within the TTL nothing is read at all.
    const calls = articles.versionCalls;
    await elsewhere.guidanceFor('W');
    expect(articles.versionCalls).toBe(calls);
  });
});

describe('question queue helpers', () => {
  it('groups similar questions and keeps different ones apart', () => {
    const groups = groupQuestions([
      question('where do I park at the civic centre', 1),
      question('parking at the civic centre for the forum?', 2),
      question('which room is the locality panel in', 3),
      question('which room is the north locality panel in this month', 4),
      question('who chairs the early help panel', 5),
    ]);
    expect(groups.map((g) => g.questions.length)).toEqual([2, 2, 1]);
    expect(groups.flatMap((g) => g.keywords)).toContain('panel');
  });

  it('puts questions under topics and counts them by month', () => {
    expect(topicOf({ answerKind: 'answer', matchedArticles: ['info-sharing-myths'] })).toBe(
      'Information sharing',
    );
    expect(topicOf({ answerKind: 'answer', matchedArticles: ['local-parking'] })).toBe('Local answers');
    expect(topicOf({ answerKind: 'urgent', matchedArticles: [] })).toBe('Urgent (emergency route)');
    const counts = countByTopic([
      { answerKind: 'answer', matchedArticles: ['caf-who-can-start'], createdAt: new Date('2027-01-03') },
      { answerKind: 'answer', matchedArticles: ['caf-closure'], createdAt: new Date('2027-01-09') },
      { answerKind: 'no_answer', matchedArticles: [], createdAt: new Date('2027-02-01') },
    ]);
    expect(counts).toEqual([
      { month: '2027-01', topic: 'CAF and early help', count: 2 },
      { month: '2027-02', topic: 'Not covered', count: 1 },
    ]);
  });
});
