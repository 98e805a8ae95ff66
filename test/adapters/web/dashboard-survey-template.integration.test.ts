import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { Client, type Harness, linkIn, startHarness } from './dashboard-harness.ts';
import { seedDashboard } from './seed-dashboard.ts';

const NOW = new Date('2027-03-01T10:00:00Z');
const ws = { id: 'W-dash-tpl', platform: 'slack' as const, name: 'North' };
const FORM = '/dashboard/pulse/templates/new';

describeEachDatabase('writing a survey template in the dashboard', (db) => {
  let h: Harness;
  const signedIn = async () => {
    const c = new Client(h.server.url);
    const { posted } = await c.signIn(linkIn(await h.say(ws, 'U-coord-T', 'dashboard')));
    expect(posted.res.status).toBe(303);
    return c;
  };

  beforeAll(async () => {
    await seedDashboard(db.storage.prisma, { workspace: ws, coordinatorId: 'U-coord-T', now: NOW });
    h = await startHarness(db.storage.prisma, NOW);
  }, 240_000);
  afterAll(async () => h?.close());

  it('is reached from the pulse page, refuses a form without its CSRF token and saves nothing', async () => {
    const c = await signedIn();
    expect((await c.request('/dashboard/pulse')).text).toContain(`href="${FORM}"`);
    const before = await db.storage.prisma.surveyTemplate.count();
    const r = await c.request(FORM, {
      form: { key: 'no-token', title: 'No token', 'q1.text': 'Statement here' },
    });
    expect(r.res.status).toBe(403);
    expect(await db.storage.prisma.surveyTemplate.count()).toBe(before);
  });

  it('shows each problem beside its field, keeps the values and saves nothing', async () => {
    const c = await signedIn();
    const csrf = Client.csrf((await c.request(FORM)).text);
    const before = await db.storage.prisma.surveyTemplate.count();
    const r = await c.request(FORM, {
      form: {
        _csrf: csrf,
        key: 'Bad Key',
        title: 'Trust <b>check</b>',
        'q1.type': 'agree5',
        'q1.text': 'Agencies share information well',
        'q3.type': 'choice',
        'q3.text': 'Which meeting helps most?',
        'q3.options': 'Forum',
      },
    });
    expect(r.res.status).toBe(400);
    expect(r.text).toMatch(/id="key-error">Error: [^<]*kebab-case/);
    expect(r.text).toMatch(
      /id="q3\.options-error">Error: question 2: a choice question needs 2 to 10 options \(it has 1\)/,
    );
    expect(r.text).not.toMatch(/id="q1\.text-error"/);
    expect(r.text).toContain('value="Agencies share information well"');
    expect(r.text).toContain('value="Trust &#60;b&#62;check&#60;/b&#62;"');
    expect(r.text).toMatch(/<option value="choice" selected>/);
    expect(await db.storage.prisma.surveyTemplate.count()).toBe(before);
  });

  it('saves a three-question survey that `pulse start` then runs', async () => {
    const c = await signedIn();
    const csrf = Client.csrf((await c.request(FORM)).text);
    const r = await c.request(FORM, {
      form: {
        _csrf: csrf,
        key: 'trust-check',
        title: 'Trust check',
        'q1.type': 'agree5',
        'q1.text': 'Agencies share information well',
        'q2.type': 'choice',
        'q2.text': 'Which meeting helps most?',
        'q2.options': 'Forum\nTeam around the family',
        'q4.type': 'comment',
        'q4.text': 'Anything else to add?',
      },
    });
    expect(r.res.status).toBe(303);
    expect(r.res.headers.get('location')).toBe('/dashboard/pulse?saved=trust-check');
    const started = await h.say(ws, 'U-coord-T', 'pulse start trust-check');
    expect(started.text).toMatch(/^Started "Trust check" \(survey id /);
    const run = await db.storage.prisma.surveyRun.findFirst({
      where: { workspaceId: ws.id, templateKey: 'trust-check' },
    });
    expect(run).not.toBeNull();
  });
});
