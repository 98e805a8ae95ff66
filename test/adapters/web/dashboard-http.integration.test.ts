import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { Client, type Harness, linkIn, startHarness } from './dashboard-harness.ts';
import { type Seeded, seedDashboard } from './seed-dashboard.ts';

const NOW = new Date('2027-03-01T10:00:00Z');
const MINUTE = 60_000;
const wsA = { id: 'W-dash-A', platform: 'slack' as const, name: 'North' };
const wsB = { id: 'W-dash-B', platform: 'slack' as const, name: 'South' };

describeEachDatabase('coordinators’ dashboard over HTTP', (db) => {
  let h: Harness;
  let a: Seeded;
  let b: Seeded;
  const client = () => new Client(h.server.url);
  const signedIn = async (workspace = wsA, userId = 'U-coord-A') => {
    const c = client();
    const { posted } = await c.signIn(linkIn(await h.say(workspace, userId, 'dashboard')));
    expect(posted.res.status).toBe(303);
    return c;
  };

  beforeAll(async () => {
    a = await seedDashboard(db.storage.prisma, { workspace: wsA, coordinatorId: 'U-coord-A', now: NOW });
    b = await seedDashboard(db.storage.prisma, {
      workspace: wsB,
      coordinatorId: 'U-coord-B',
      now: NOW,
      forumName: 'South Forum',
      agencyPrefix: 'South ',
    });
    await db.storage.prisma.guidanceQuestion.create({
      data: {
        workspaceId: wsB.id,
        redactedText: 'only workspace B asks about the harbour office',
        answerKind: 'no_answer',
        matchedArticles: [],
        confidence: 0.1,
        expiresAt: new Date(NOW.getTime() + 86_400_000),
      },
    });
    h = await startHarness(db.storage.prisma, NOW);
  }, 240_000);
  afterAll(async () => h?.close());

  it('gives a coordinator a one-time link in chat and politely refuses anyone else', async () => {
    const reply = await h.say(wsA, 'U-coord-A', 'dashboard');
    expect(reply.ephemeral).toBe(true);
    expect(linkIn(reply)).toMatch(
      /^https:\/\/joinedup\.example\.org\/dashboard\/sign-in\?token=[\w-]+\.[\w-]+$/,
    );
    const refused = await h.say(wsA, 'U-member-A', 'dashboard');
    expect(refused.text).toMatch(/dashboard is for coordinators only/);
    expect(refused.text).not.toMatch(/sign-in/);
  });

  it('signs in once: opening the link uses nothing, the button starts a session, a replay is refused', async () => {
    const link = linkIn(await h.say(wsA, 'U-coord-A', 'dashboard'));
    const c = client();
    // A link preview (a plain GET, no cookie) does not use the link up.
    const preview = await new Client(h.server.url).request(new URL(link).pathname + new URL(link).search);
    expect(preview.res.status).toBe(200);
    const { page, posted } = await c.signIn(link);
    expect(page.res.status).toBe(200);
    expect(posted.res.status).toBe(303);
    expect(posted.res.headers.get('location')).toBe('/dashboard/');
    const setCookie = posted.res.headers.getSetCookie().find((s) => s.startsWith('joinedup_session='));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\/dashboard/);
    expect(setCookie).toMatch(/Secure/);
    expect((await c.request('/dashboard/')).res.status).toBe(200);

    // The same link again, in another browser: refused.
    const again = await client().signIn(link);
    expect(again.posted.res.status).toBe(403);
    expect(again.posted.text).toMatch(/used already, has expired/);
    // Only the SHA-256 of the cookie is stored.
    const sessions = await db.storage.prisma.dashboardSession.findMany();
    expect(sessions.map((s) => s.id)).not.toContain(c.cookies.get('joinedup_session'));
  });

  it('refuses an expired, a forged and a cross-browser sign-in', async () => {
    const link = linkIn(await h.say(wsA, 'U-coord-A', 'dashboard'));
    h.clock.advance(11 * MINUTE);
    try {
      const late = await client().signIn(link);
      expect(late.posted.res.status).toBe(403);
    } finally {
      h.clock.current = NOW;
    }
    const fresh = new URL(linkIn(await h.say(wsA, 'U-coord-A', 'dashboard')));
    const token = fresh.searchParams.get('token') ?? '';
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
    expect((await client().request(`/dashboard/sign-in?token=${forged}`)).res.status).toBe(403);
    // The button's form without the cookie from opening the link (login CSRF) is refused.
    const stray = await client().request('/dashboard/sign-in', { form: { token, check: 'x' } });
    expect(stray.res.status).toBe(403);
    // ...and the link still works for its owner afterwards.
    expect((await client().signIn(fresh.toString())).posted.res.status).toBe(303);
  });

  it('ends sessions after their lifetime, and on sign-out', async () => {
    const c = await signedIn();
    h.clock.advance(h.auth.sessionTtlMs + MINUTE);
    try {
      const expired = await c.request('/dashboard/pulse');
      expect(expired.res.status).toBe(401);
      expect(expired.text).toMatch(/Please sign in/);
    } finally {
      h.clock.current = NOW;
    }
    const d = await signedIn();
    const page = await d.request('/dashboard/');
    const cookie = d.cookies.get('joinedup_session');
    const out = await d.request('/dashboard/sign-out', { form: { _csrf: Client.csrf(page.text) } });
    expect(out.res.status).toBe(200);
    const stale = new Client(h.server.url);
    stale.cookies.set('joinedup_session', cookie ?? '');
    expect((await stale.request('/dashboard/')).res.status).toBe(401);
  });

  it('signs out only with the CSRF token: a refused sign-out (cross-site, no token, wrong token) clears no cookie', async () => {
    const c = await signedIn();
    const page = await c.request('/dashboard/');
    const session = c.cookies.get('joinedup_session');
    expect(session).toBeTruthy();
    const attempts = [
      // What another site's auto-submitting form looks like: SameSite=Lax keeps the cookie off it.
      await client().request('/dashboard/sign-out', {
        form: {},
        headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      }),
      // The same from a browser that did send the cookie.
      await new Client(h.server.url).request('/dashboard/sign-out', {
        form: {},
        headers: { cookie: `joinedup_session=${session}`, 'sec-fetch-site': 'cross-site' },
      }),
      await c.request('/dashboard/sign-out', { form: {} }),
      await c.request('/dashboard/sign-out', { form: { _csrf: 'forged' } }),
      await c.request('/dashboard/sign-out', {
        form: { _csrf: Client.csrf(page.text) },
        headers: { 'sec-fetch-site': 'cross-site' },
      }),
      await c.request('/dashboard/sign-out'),
    ];
    expect(attempts.map((a) => a.res.status)).toEqual([401, 403, 403, 403, 403, 405]);
    for (const { res } of attempts) expect(res.headers.getSetCookie()).toEqual([]);
    // Still signed in, with the same cookie.
    expect(c.cookies.get('joinedup_session')).toBe(session);
    expect((await c.request('/dashboard/')).res.status).toBe(200);
    // With the token, from the dashboard itself: signed out, cookie cleared.
    const out = await c.request('/dashboard/sign-out', {
      form: { _csrf: Client.csrf(page.text) },
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect(out.res.status).toBe(200);
    expect(out.res.headers.getSetCookie().join()).toMatch(/joinedup_session=;.*Max-Age=0/);
    expect(c.cookies.has('joinedup_session')).toBe(false);
  });

  it('sends the security headers on pages, files, errors and the sign-in page', async () => {
    const c = await signedIn();
    const paths = [
      '/dashboard/',
      '/dashboard/pulse/trust-between-agencies/trend.svg',
      '/dashboard/questions/topics.csv',
      '/dashboard/nowhere',
    ];
    const responses = [
      ...(await Promise.all(paths.map((p) => c.request(p)))),
      await client().request('/dashboard/'),
      await client().request('/dashboard/sign-in?token=bad'),
    ];
    for (const { res } of responses) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toMatch(/script-src|unsafe-inline/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect(responses.map((r) => r.res.status)).toEqual([200, 200, 200, 404, 401, 403]);
    // No script anywhere, inline or not.
    expect(responses[0]?.text).not.toMatch(/<script/i);
  });

  it('shows pulse trends with the chat’s anonymity: small sectors hidden, in the page, the SVG and the CSV', async () => {
    const c = await signedIn();
    const page = await c.request('/dashboard/pulse/trust-between-agencies');
    expect(page.res.status).toBe(200);
    expect(page.text).toContain('Trust between agencies');
    expect(page.text).toMatch(/response rate of <strong>50%<\/strong>/);
    // The headline the partnership board reads, with the change since the run before.
    expect(page.text).toMatch(
      /<strong>\d+% favourable overall, (up|down) \d+ points? since \w+ \d{4}<\/strong>/,
    );
    expect(page.text).toMatch(/<strong>\d+% agree, (up|down|no change)[^<]* since \w+ \d{4}<\/strong>/);
    // A picture: phones get the narrow drawing; the alt text says what the chart finds.
    expect(page.text).toMatch(
      /<source media="\(max-width: 40rem\)" srcset="\/dashboard\/pulse\/trust-between-agencies\/trend-narrow\.svg" type="image\/svg\+xml"><img src="\/dashboard\/pulse\/trust-between-agencies\/trend\.svg" alt="In \w{3} \d{4} the mean answers ran from [\d.]+ \(Q\d\) to [\d.]+ \(Q\d\)\. Q\d moved most since \w{3} \d{4}/,
    );
    // The pulse headline: % favourable and the change since the run before.
    expect(page.text).toMatch(/<strong>\d+% agree, (up|down) \d+ points? since [^<]+<\/strong>/);
    const trend = await c.request('/dashboard/pulse/trust-between-agencies/trend.csv');
    expect(trend.res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(trend.res.headers.get('content-disposition')).toMatch(
      /attachment; filename="trust-between-agencies-trend.csv"/,
    );
    const lines = trend.text.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Run,Status,Responses,Response rate,Q1 I trust/);
    expect(lines[1]).toMatch(/,closed,15,50%,\d/);

    // 7 education, 6 health, 2 youth support: youth support is too small, so (as in chat) the
    // merged group is hidden and health with it; only education has figures.
    const sectors = await c.request('/dashboard/pulse/trust-between-agencies/sectors.csv');
    const rows = sectors.text.trim().split('\r\n').slice(1);
    const education = rows.filter((r) => r.includes('Education'));
    const health = rows.filter((r) => r.includes('Health'));
    expect(education).toHaveLength(3);
    expect(education[0]).toMatch(/,7,\d/);
    expect(health).toHaveLength(3);
    for (const row of health) expect(row).toMatch(/,,hidden to protect a smaller group/);
    expect(sectors.text).not.toMatch(/Youth support/);
    const svg = await c.request('/dashboard/pulse/trust-between-agencies/sectors.svg');
    expect(svg.res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(svg.text).toMatch(/^<svg/);
    expect(svg.text).toContain('Education');
    expect(svg.text).not.toContain('Health');
    const spread = await c.request('/dashboard/pulse/trust-between-agencies/distribution.svg');
    expect(spread.res.status).toBe(200);
    expect(spread.text).toContain('Strongly agree');
  });

  it('shows the forum: upcoming meetings with RSVP counts, the rota with reasons, hosting fairness and the calendar', async () => {
    const c = await signedIn();
    const list = await c.request('/dashboard/forums');
    expect(list.text).toContain(`/dashboard/forums/${a.forum.id}`);
    const page = await c.request(`/dashboard/forums/${a.forum.id}`);
    expect(page.res.status).toBe(200);
    expect(page.text).toContain('Why this host');
    expect(page.text).toMatch(/hosts on .* because/);
    expect(page.text).toMatch(/<td class="num">2<\/td><td class="num">1<\/td><td class="num">1<\/td>/);
    // The hosting CSV is the table beside the chart: every agency with its total.
    const hosting = await c.request(`/dashboard/forums/${a.forum.id}/hosting.csv`);
    const [header, ...agencies] = hosting.text.trim().split('\r\n');
    expect(header).toBe('Agency,Turns hosted,Last hosted');
    expect(agencies).toHaveLength(4);
    for (const row of agencies) expect(page.text).toContain(`<th scope="row">${row.split(',')[0]}</th>`);
    // A fair rota: no agency has hosted more than one turn more than another.
    const totals = agencies.map((row) => Number(row.split(',')[1]));
    expect(totals.reduce((x, y) => x + y, 0)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(1);
    // The meetings and rota CSVs hold exactly the rows of their tables.
    const meetings = (await c.request(`/dashboard/forums/${a.forum.id}/meetings.csv`)).text
      .trim()
      .split('\r\n');
    expect(meetings[0]).toBe('Meeting,Host,Venue,Going,Maybe,Not going,Status');
    const tableRows =
      /Upcoming meetings with hosts[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(page.text)?.[1] ?? '';
    expect(meetings.length - 1).toBe(tableRows.split('<tr>').length - 1);
    expect(meetings[1]).toMatch(
      /^"\w{3} \d{1,2} \w{3} \d{4}, 13:30",[^,]+,[^,]+,2,1,1,Awaiting host confirmation$/,
    );
    const rota = (await c.request(`/dashboard/forums/${a.forum.id}/rota.csv`)).text.trim().split('\r\n');
    expect(rota[0]).toBe('Date,Host,Why this host');
    expect(rota.length).toBeGreaterThan(1);
    const svg = await c.request(`/dashboard/forums/${a.forum.id}/hosting.svg`);
    expect(svg.text).toContain('Oakfield Primary');
    const ics = await c.request(`/dashboard/forums/${a.forum.id}/calendar.ics`);
    expect(ics.res.headers.get('content-type')).toMatch(/text\/calendar/);
    expect(ics.text).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('keeps workspace B out of reach of a coordinator of A, whatever the URL', async () => {
    const c = await signedIn();
    for (const path of [
      `/dashboard/forums/${b.forum.id}`,
      `/dashboard/forums/${b.forum.id}/calendar.ics`,
      `/dashboard/forums/${b.forum.id}/hosting.csv`,
    ]) {
      const r = await c.request(path);
      expect(r.res.status).toBe(404);
      expect(r.text).not.toContain('South');
    }
    await db.storage.repos.flush();
    const question = await db.storage.prisma.guidanceQuestion.findFirstOrThrow({
      where: { workspaceId: wsB.id, redactedText: { contains: 'harbour' } },
    });
    const answer = await c.request(`/dashboard/questions/answer?q=${question.id}`);
    expect(answer.res.status).toBe(404);
    const pages = await Promise.all(
      ['/dashboard/', '/dashboard/forums', '/dashboard/questions'].map((p) => c.request(p)),
    );
    for (const p of pages) expect(p.text).not.toMatch(/South|harbour/);
    // A member of A who is not a coordinator cannot get a session at all.
    expect((await h.say(wsA, 'U-member-A', 'dashboard')).text).not.toMatch(/token=/);
  });

  it('refuses forms without a valid CSRF token, from another session or another site, storing nothing', async () => {
    const c = await signedIn();
    const other = await signedIn(wsB, 'U-coord-B');
    const otherToken = Client.csrf((await other.request('/dashboard/')).text);
    const form = {
      title: 'Where is the locality panel room?',
      body: 'The locality panel meets in room 4 on the first floor.',
      keywords: 'panel',
    };
    const before = await db.storage.prisma.localArticle.count();
    expect((await c.request('/dashboard/questions/answer', { form })).res.status).toBe(403);
    expect(
      (await c.request('/dashboard/questions/answer', { form: { ...form, _csrf: otherToken } })).res.status,
    ).toBe(403);
    const mine = Client.csrf((await c.request('/dashboard/questions/answer')).text);
    const crossSite = await c.request('/dashboard/questions/answer', {
      form: { ...form, _csrf: mine },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.res.status).toBe(403);
    expect(crossSite.text).toMatch(/Nothing was saved/);
    expect((await c.request('/dashboard/sign-out', { form: {} })).res.status).toBe(403);
    expect(await db.storage.prisma.localArticle.count()).toBe(before);
  });

  it('answers bad input with clear messages beside each field and stores nothing', async () => {
    const c = await signedIn();
    const csrf = Client.csrf((await c.request('/dashboard/questions/answer')).text);
    const before = await db.storage.prisma.localArticle.count();
    const cases: [Record<string, string>, RegExp[]][] = [
      [
        { title: 'Hi', body: 'short', keywords: '' },
        [/Give the question this answers, 5 to 120 characters/, /Write the answer in 20 to 5,000 characters/],
      ],
      [
        {
          title: 'Who is the lead for Jayden Smith?',
          body: 'Ring the hub about NHS number 943 476 5919 today please.',
          keywords: '',
        },
        [
          /Remove the child(?:'|&#39;|&#x27;)s or family(?:'|&#39;|&#x27;)s details first/,
          /a name \((?:"|&quot;|&#34;)Jayden Smith/,
          /an NHS number/,
        ],
      ],
      [
        {
          title: 'Parking at the civic centre',
          body: 'Use the multi-storey car park on Station Road.',
          keywords: Array.from({ length: 20 }, (_, i) => `k${i}`).join(','),
        },
        [/at most 15 keywords/],
      ],
      [{ title: 'Parking at the civic centre', body: 'x'.repeat(6000), keywords: '' }, [/5,000 characters/]],
    ];
    for (const [form, messages] of cases) {
      const r = await c.request('/dashboard/questions/answer', { form: { ...form, _csrf: csrf } });
      expect(r.res.status).toBe(400);
      expect(r.text).toMatch(/Nothing was saved/);
      expect(r.text).toMatch(/aria-invalid="true"/);
      for (const m of messages) expect(r.text).toMatch(m);
    }
    // The values typed come back escaped, not as markup.
    const xss = await c.request('/dashboard/questions/answer', {
      form: { title: '<img src=x onerror=alert(1)>', body: 'tiny', keywords: '', _csrf: csrf },
    });
    expect(xss.text).not.toContain('<img src=x');
    expect(xss.text).toContain('&#60;img src&#61;x');
    const tooBig = await c.request('/dashboard/questions/answer', {
      form: { title: 'Parking', body: 'y'.repeat(70_000), keywords: '', _csrf: csrf },
    });
    expect(tooBig.res.status).toBe(413);
    expect(await db.storage.prisma.localArticle.count()).toBe(before);
  });

  it('turns a coordinator’s local answer into an article the bot uses from then on, in that workspace only', async () => {
    const question = 'where do I park at the civic centre for the forum?';
    expect((await h.say(wsA, 'U-member-A', question)).guidance?.kind).toBe('no_answer');
    expect((await h.say(wsB, 'U-member-B', question)).guidance?.kind).toBe('no_answer');
    const c = await signedIn();
    const queue = await c.request('/dashboard/questions');
    // Similar questions are grouped: the two about the locality panel room share a group.
    expect(queue.text).toMatch(/2 questions about/);
    expect(queue.text).toContain('where do I park at the civic centre for the forum?');
    await db.storage.repos.flush();
    const waiting = await db.storage.prisma.guidanceQuestion.findFirstOrThrow({
      where: { workspaceId: wsA.id, redactedText: question },
    });
    const form = await c.request(`/dashboard/questions/answer?q=${waiting.id}`);
    expect(form.text).toContain(question);
    const saved = await c.request('/dashboard/questions/answer', {
      form: {
        _csrf: Client.csrf(form.text),
        title: 'Where do I park at the civic centre?',
        body: 'Park in the multi-storey car park on Station Road, next to the civic centre. Forum members can ask reception for a free exit ticket.\n\n## Is there disabled parking?\nYes: four bays by the main entrance.',
        keywords: 'parking, car park, civic centre',
      },
    });
    expect(saved.res.status).toBe(303);
    expect(saved.res.headers.get('location')).toBe(
      '/dashboard/questions?saved=local-where-do-i-park-at-the-civic-centre',
    );
    const after = await h.say(wsA, 'U-member-A', question);
    expect(after.guidance?.kind).toBe('answer');
    expect(after.text).toContain('multi-storey car park on Station Road');
    expect(after.text).toContain('written for your area by your coordinators');
    expect(
      (await h.say(wsA, 'U-member-A', 'article local-where-do-i-park-at-the-civic-centre')).text,
    ).toContain('disabled parking');
    expect((await h.say(wsB, 'U-member-B', question)).guidance?.kind).toBe('no_answer');
    const page = await c.request(`/dashboard/questions?saved=local-where-do-i-park-at-the-civic-centre`);
    expect(page.text).toMatch(/<strong>Saved\.<\/strong>/);
    expect(page.text).toMatch(/Now covered by a local answer/);
    // A second answer with the same title is refused with a message, not a crash.
    const dup = await c.request('/dashboard/questions/answer', {
      form: {
        _csrf: Client.csrf(form.text),
        title: 'Where do I park at the civic centre?',
        body: 'Another answer that is long enough.',
        keywords: '',
      },
    });
    expect(dup.res.status).toBe(400);
    expect(dup.text).toMatch(/already a local answer with this title/);
  });

  it('counts questions by topic over time, as a chart, a table and a CSV', async () => {
    const c = await signedIn();
    const csv = await c.request('/dashboard/questions/topics.csv');
    const [header, ...rows] = csv.text.trim().split('\r\n');
    expect(header).toMatch(
      /^Month,CAF and early help,Information sharing,Lead professional,TAC \/ TAF,Safeguarding and referrals/,
    );
    expect(header).toMatch(/Not covered/);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const page = await c.request('/dashboard/questions');
    expect(page.text).toContain('<caption>Questions by topic each month (data)</caption>');
    const svg = await c.request('/dashboard/questions/topics.svg');
    expect(svg.text).toContain('Information sharing');
  });

  it('puts what needs action first on the overview, then each forum, survey and the top waiting questions', async () => {
    const failedPost = (key: string, kind: string, channelId: string, lastError: string) =>
      db.storage.prisma.scheduledPost.create({
        data: {
          workspaceId: wsA.id,
          key,
          kind,
          channelId,
          payload: { kind, text: 'not shown' },
          dueAt: new Date(NOW.getTime() - 2 * 86_400_000),
          status: 'failed',
          attempts: 1,
          lastError,
        },
      });
    await failedPost(
      'test:lost',
      'forum_announcement',
      'C-north',
      'PermanentSendError: Slack refused the post: not_in_channel',
    );
    await failedPost('test:failed', 'pulse_open', 'C-pulse', 'Error: Slack refused the post: msg_too_long');
    // Two days on, the next meeting (Tue 9 Mar 13:30) is six days away and its host has not confirmed.
    h.clock.current = new Date(NOW.getTime() + 2 * 86_400_000);
    try {
      const c = await signedIn();
      const page = (await c.request('/dashboard/')).text;
      const order = ['Needs action', 'Forums', 'Pulse surveys', 'Questions waiting for a local answer'].map(
        (t) => page.search(new RegExp(`<h2[^>]*>${t}`)),
      );
      expect(order.every((i) => i > 0)).toBe(true);
      expect([...order].sort((x, y) => x - y)).toEqual(order);
      const actions = page.slice(order[0], order[1]);
      expect(actions).toMatch(
        /Host not confirmed:<\/strong> [^<]+ has not confirmed hosting <a [^>]+>North CAF Forum<\/a> on Tue 9 Mar 2027, 13:30, in 6 days/,
      );
      expect(actions).toMatch(
        /Channel lost:<\/strong> joinedup can no longer post to channel <code>C-north<\/code> \(North CAF Forum\)/,
      );
      expect(actions).toMatch(
        /Post failed:<\/strong> the survey opening due .* for channel <code>C-pulse<\/code> could not be sent \(Slack refused the post: msg_too_long\)/,
      );
      expect(actions).not.toContain('not shown');
      const forums = page.slice(order[1], order[2]);
      expect(forums).toMatch(/Next meeting<\/dt><dd>Tue 9 Mar 2027, 13:30<\/dd>/);
      expect(forums).toMatch(/Awaiting host confirmation/);
      expect(forums).toMatch(/RSVPs<\/dt><dd>2 going, 1 maybe, 1 not going<\/dd>/);
      const surveys = page.slice(order[2], order[3]);
      expect(surveys).toMatch(/\d+% <span class="figure-unit">favourable<\/span>/);
      expect(surveys).toMatch(/(up|down) \d+ points?<\/strong> since \w{3} \d{4}/);
      expect(surveys).toMatch(/Response rate: 50% \(15 responses\)/);
      expect(surveys).toContain('No run open.');
      const questions = page.slice(order[3]);
      expect(questions).toMatch(/2 questions<\/strong> about [^:]*panel/);

      // Recording the host's confirmation takes the meeting off the list and changes its status.
      const forumPage = await c.request(`/dashboard/forums/${a.forum.id}`);
      const form =
        /action="(\/dashboard\/forums\/[^"]+\/meetings\/[^"]+\/confirm)"/.exec(forumPage.text)?.[1] ?? '';
      const confirmed = await c.request(form, { form: { _csrf: Client.csrf(forumPage.text) } });
      expect(confirmed.res.status).toBe(303);
      const after = await c.request(confirmed.res.headers.get('location') ?? '');
      expect(after.text).toMatch(/<strong>Recorded\.<\/strong>/);
      expect(after.text).toMatch(/<td>Confirmed by host \(Wed 3 Mar 2027\)<\/td>/);
      expect(after.text).toMatch(/<td>Awaiting host confirmation<\/td>/);
      const overview = (await c.request('/dashboard/')).text;
      expect(overview).not.toMatch(/Host not confirmed/);
      expect(overview).toMatch(/Confirmed by host/);
      // Without the CSRF token nothing is recorded.
      expect((await c.request(form, { form: {} })).res.status).toBe(403);
    } finally {
      h.clock.current = NOW;
      await db.storage.prisma.scheduledPost.deleteMany({ where: { key: { startsWith: 'test:' } } });
    }
  });

  it('draws every chart narrow for phones with text of at least 12 px, and a heatmap with hidden cells', async () => {
    const c = await signedIn();
    const charts = [
      ...['trend', 'distribution', 'heatmap', 'sectors'].map(
        (n) => `/dashboard/pulse/trust-between-agencies/${n}`,
      ),
      `/dashboard/forums/${a.forum.id}/hosting`,
      '/dashboard/questions/topics',
    ];
    for (const base of charts) {
      const narrow = (await c.request(`${base}-narrow.svg`)).text;
      const width = Number(/^<svg[^>]* width="(\d+)"/.exec(narrow)?.[1]);
      expect(width, base).toBeGreaterThan(200);
      expect(width, base).toBeLessThanOrEqual(350);
      const sizes = [...narrow.matchAll(/font-size="(\d+(?:\.\d+)?)px"/g)].map((m) => Number(m[1]));
      expect(sizes.length, base).toBeGreaterThan(0);
      expect(Math.min(...sizes), base).toBeGreaterThanOrEqual(12);
      const wide = (await c.request(`${base}.svg`)).text;
      expect(Number(/^<svg[^>]* width="(\d+)"/.exec(wide)?.[1]), base).toBeGreaterThan(width);
    }
    // Full question text, wrapped over lines rather than cut off.
    const trend = (await c.request('/dashboard/pulse/trust-between-agencies/trend-narrow.svg')).text;
    expect(trend).not.toContain('…');
    // The heatmap: education shown, health hidden to protect the small youth support group.
    const heatmap = await c.request('/dashboard/pulse/trust-between-agencies/heatmap.csv');
    const [header, ...rows] = heatmap.text.trim().split('\r\n');
    expect(header).toMatch(/^Question,Education,Health/);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row).toMatch(/,\d+%,hidden \(hidden to protect a smaller group\)/);
    const svg = (await c.request('/dashboard/pulse/trust-between-agencies/heatmap.svg')).text;
    expect(svg).toContain('>hidden<');
    // The answer spread runs in the agree scale's order with its diverging colours.
    const spread = (await c.request('/dashboard/pulse/trust-between-agencies/distribution.svg')).text;
    const legend = [
      '1 Strongly disagree',
      '2 Disagree',
      '3 Neither agree nor disagree',
      '4 Agree',
      '5 Strongly agree',
    ].map((l) => spread.indexOf(l));
    expect(legend.every((i) => i > 0)).toBe(true);
    expect([...legend].sort((x, y) => x - y)).toEqual(legend);
    expect(spread).toContain('#b35806');
    expect(spread).toContain('#542788');
  });

  it('edits, reviews, withdraws and restores a local answer, the bot following each change at once', async () => {
    const c = await signedIn();
    const q = 'where are the lockers at the family hub?';
    const form = await c.request('/dashboard/questions/answer');
    const saved = await c.request('/dashboard/questions/answer', {
      form: {
        _csrf: Client.csrf(form.text),
        title: 'Where are the lockers at the family hub?',
        body: 'The lockers are by the side door of the family hub, next to the baby change.',
        keywords: 'lockers, family hub',
        owner: 'Family hub team',
      },
    });
    expect(saved.res.status).toBe(303);
    expect((await h.say(wsA, 'U-member-A', q)).text).toContain('by the side door');
    const article = await db.storage.prisma.localArticle.findFirstOrThrow({
      where: { workspaceId: wsA.id, slug: 'local-where-are-the-lockers-at-the-family-hub' },
    });
    const list = await c.request('/dashboard/questions');
    expect(list.text).toMatch(
      /<td>Family hub team<\/td>\s*<td>never \(written \w{3} \d+ \w{3} \d{4}\)<\/td>/,
    );

    const edit = await c.request(`/dashboard/answers/${article.id}/edit`);
    expect(edit.text).toContain('by the side door');
    const bad = await c.request(`/dashboard/answers/${article.id}/edit`, {
      form: { _csrf: Client.csrf(edit.text), title: 'Lockers', body: 'short', keywords: '', owner: '' },
    });
    expect(bad.res.status).toBe(400);
    expect(bad.text).toMatch(/Nothing was saved/);
    const edited = await c.request(`/dashboard/answers/${article.id}/edit`, {
      form: {
        _csrf: Client.csrf(edit.text),
        title: 'Where are the lockers at the family hub?',
        body: 'The lockers have moved: they are now in the reception area of the family hub.',
        keywords: 'lockers, family hub',
        owner: 'Family hub team',
      },
    });
    expect(edited.res.status).toBe(303);
    const reply = await h.say(wsA, 'U-member-A', q);
    expect(reply.text).toContain('now in the reception area');
    expect(reply.text).not.toContain('side door');

    h.clock.current = new Date(NOW.getTime() + 6 * 3_600_000);
    try {
      const page = await c.request('/dashboard/questions');
      const reviewed = await c.request(`/dashboard/answers/${article.id}/review`, {
        form: { _csrf: Client.csrf(page.text) },
      });
      expect(reviewed.res.status).toBe(303);
      const shown = await c.request(reviewed.res.headers.get('location') ?? '');
      expect(shown.text).toMatch(/is marked as reviewed today/);
      expect(shown.text).toMatch(/<td>Mon 1 Mar 2027 by Coordinator<\/td>/);
    } finally {
      h.clock.current = NOW;
    }

    const page = await c.request('/dashboard/questions');
    const withdrawn = await c.request(`/dashboard/answers/${article.id}/withdraw`, {
      form: { _csrf: Client.csrf(page.text) },
    });
    expect(withdrawn.res.status).toBe(303);
    expect((await h.say(wsA, 'U-member-A', q)).guidance?.kind).toBe('no_answer');
    expect((await c.request('/dashboard/questions')).text).toMatch(/Withdrawn Mon 1 Mar 2027/);
    await c.request(`/dashboard/answers/${article.id}/restore`, { form: { _csrf: Client.csrf(page.text) } });
    expect((await h.say(wsA, 'U-member-A', q)).text).toContain('now in the reception area');

    // Another workspace's coordinator cannot touch it.
    const other = await signedIn(wsB, 'U-coord-B');
    const theirs = await other.request('/dashboard/questions');
    const refused = await other.request(`/dashboard/answers/${article.id}/withdraw`, {
      form: { _csrf: Client.csrf(theirs.text) },
    });
    expect(refused.res.status).toBe(404);
    expect((await other.request(`/dashboard/answers/${article.id}/edit`)).res.status).toBe(404);
    expect((await h.say(wsA, 'U-member-A', q)).guidance?.kind).toBe('answer');
  });

  it('downloads the question groups as a CSV matching the table', async () => {
    const c = await signedIn();
    const page = await c.request('/dashboard/questions');
    const csv = await c.request('/dashboard/questions/groups.csv');
    expect(csv.res.headers.get('content-disposition')).toMatch(/question-groups\.csv/);
    const [header, ...rows] = csv.text.trim().split('\r\n');
    expect(header).toBe(
      'Group,Questions,Not covered,Marked not helpful,Keywords,First asked,Latest asked,Example (personal details removed)',
    );
    const table =
      /Question groups waiting for a local answer<\/caption>[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(
        page.text,
      )?.[1] ?? '';
    expect(rows.length).toBe(table.split('<tr>').length - 1);
    expect(
      rows.some((r) =>
        /^Group \d+,2,2,0,.*panel.*,\w{3} \d+ \w{3} 2026,\w{3} \d+ \w{3} 2027,which room/.test(r),
      ),
    ).toBe(true);
  });
});
