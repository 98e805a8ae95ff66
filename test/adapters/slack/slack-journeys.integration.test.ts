// One acceptance journey, run in each way the app can be installed in Slack: a bot token over
// HTTP, OAuth (many workspaces), and Socket Mode. A coordinator installs the app, asks a guidance
// question, creates a forum whose announcement and reminders the scheduler posts, members RSVP by
// button and answer a survey in a modal, and the results are read; the app is uninstalled and
// reinstalled in the middle, and the posts held back meanwhile go out once, to Slack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEW } from '../../../src/adapters/slack/render/modals.ts';
import {
  AGENCY,
  BOT_TOKEN,
  buttonClick,
  databases,
  directMessage,
  eventCallback,
  FORUM,
  mention,
  movableClock,
  REMINDERS_DUE,
  type SlackHarness,
  startSlackHarness,
  submission,
  waitFor,
} from './harness.ts';

type MovableClock = ReturnType<typeof movableClock>;
/** A week after the survey opened: it has closed. */
const AFTER_SURVEY = new Date('2027-01-18T10:00:00Z');
const RESPONDENTS = ['U11', 'U12', 'U13', 'U14', 'U15'];

/** How the journey reaches the app in one install mode. */
interface ModeDriver {
  label: string;
  start(clock: MovableClock, databaseUrl?: string): Promise<SlackHarness>;
  /** Installs the app in workspace T1; the bot token Slack then accepts. */
  install(h: SlackHarness): Promise<string>;
  /** Delivers an Events API callback (JSON) and waits until it is acknowledged. */
  event(h: SlackHarness, body: string): Promise<void>;
  /** Delivers an interaction (form body with `payload`) and waits until it is acknowledged. */
  interact(h: SlackHarness, body: string): Promise<void>;
  uninstall(h: SlackHarness, token: string): Promise<void>;
  /** Installs the app again; the bot token Slack then accepts. */
  reinstall(h: SlackHarness, token: string): Promise<string>;
}

const form = { contentType: 'application/x-www-form-urlencoded' };

const overHttp = {
  async event(h: SlackHarness, body: string) {
    expect((await h.send(body)).status).toBe(200);
  },
  async interact(h: SlackHarness, body: string) {
    expect((await h.send(body, form)).status).toBe(200);
  },
};

let envelopes = 0;
/** Sends a Socket Mode envelope and waits for the app to acknowledge it. */
async function overSocket(h: SlackHarness, type: string, payload: unknown): Promise<void> {
  const id = `env-journey-${++envelopes}`;
  h.fake.sendEnvelope({
    envelope_id: id,
    type,
    accepts_response_payload: type !== 'events_api',
    retry_attempt: 0,
    retry_reason: '',
    payload,
  });
  await waitFor(() => h.fake.acks.includes(id), 'the acknowledgement');
}

/** Slack says the app is gone and refuses its token from then on. */
async function markUninstalled(driver: ModeDriver, h: SlackHarness, token: string): Promise<void> {
  await driver.event(h, eventCallback({ type: 'app_uninstalled' }));
  await waitFor(
    async () => (await h.app.repos.workspaces.status('T1'))?.uninstalledAt !== undefined,
    'the uninstall mark',
  );
  h.fake.revoked.add(token);
}

/** With one bot token, a reinstall is Slack accepting the token again and events arriving. */
async function acceptTokenAgain(driver: ModeDriver, h: SlackHarness, token: string): Promise<string> {
  h.fake.revoked.delete(token);
  const before = delivered(h, 'C-GENERAL').length;
  await driver.event(h, mention('what is a lead professional', { channel: 'C-GENERAL' }));
  await waitFor(() => delivered(h, 'C-GENERAL').length > before, 'the answer after reinstall');
  return token;
}

const startWithToken =
  (env: Record<string, string> = {}) =>
  (clock: MovableClock, databaseUrl?: string) =>
    startSlackHarness({ databaseUrl, clock, env, adapter: { deadTokenTtlMs: 0, clock } });

const singleWorkspace: ModeDriver = {
  label: 'single workspace over HTTP',
  start: startWithToken(),
  install: async () => BOT_TOKEN,
  ...overHttp,
  uninstall(h, token) {
    return markUninstalled(this, h, token);
  },
  reinstall(h, token) {
    return acceptTokenAgain(this, h, token);
  },
};

let installs = 0;
/** The OAuth install flow, from the install page through Slack's redirect back. */
async function installByOAuth(h: SlackHarness): Promise<string> {
  const token = `xoxb-oauth-T1-${++installs}`;
  h.fake.oauth = () => ({
    ok: true,
    app_id: 'A1',
    authed_user: { id: 'U1' },
    scope: 'app_mentions:read,chat:write,commands,im:history',
    token_type: 'bot',
    access_token: token,
    bot_user_id: 'UBOT',
    team: { id: 'T1', name: 'Team T1' },
    enterprise: null,
    is_enterprise_install: false,
  });
  const start = await fetch(`${h.ops.url}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const done = await fetch(
    `${h.ops.url}/slack/oauth_redirect?code=code-${installs}&state=${encodeURIComponent(state)}`,
    { headers: { cookie }, redirect: 'manual' },
  );
  expect(done.status).toBe(200);
  return token;
}

const oauth: ModeDriver = {
  label: 'OAuth install',
  start: startWithToken({
    SLACK_BOT_TOKEN: '',
    SLACK_CLIENT_ID: '1111.2222',
    SLACK_CLIENT_SECRET: 'client-secret-value',
    SLACK_STATE_SECRET: 'state-secret-0123456789',
    SLACK_INSTALLATION_KEY: 'b2'.repeat(32),
  }),
  install: installByOAuth,
  ...overHttp,
  async uninstall(h, token) {
    await markUninstalled(this, h, token);
    // The uninstall stops the posts first, then deletes the tokens: wait for the second step too.
    await waitFor(
      async () =>
        (await h.app.storage.prisma.slackInstallation.count({ where: { workspaceId: 'T1' } })) === 0,
      'the installation deleted',
    );
  },
  reinstall: (h) => installByOAuth(h),
};

const socketMode: ModeDriver = {
  label: 'Socket Mode',
  async start(clock, databaseUrl) {
    const h = await startWithToken({ SLACK_APP_TOKEN: 'xapp-1-journey' })(clock, databaseUrl);
    await waitFor(() => h.fake.socketConnections === 1, 'the socket');
    await waitFor(() => h.fake.sockets.at(-1)?.readyState === 1, 'the socket open');
    return h;
  },
  install: async () => BOT_TOKEN,
  event: (h, body) => overSocket(h, 'events_api', JSON.parse(body)),
  interact: (h, body) =>
    overSocket(h, 'interactive', JSON.parse(new URLSearchParams(body).get('payload') ?? '{}')),
  uninstall(h, token) {
    return markUninstalled(this, h, token);
  },
  reinstall(h, token) {
    return acceptTokenAgain(this, h, token);
  },
};

/** The messages Slack accepted in a channel, oldest first. */
const delivered = (h: SlackHarness, channel: string) => h.fake.channels.get(channel) ?? [];
const textOf = (m: Record<string, unknown> | undefined) => String(m?.text ?? '');

interface Button {
  action_id: string;
  value: string;
}
function buttonsOf(m: Record<string, unknown> | undefined): Button[] {
  const blocks = (m?.blocks ?? []) as { type: string; elements?: Button[] }[];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}

/** Sends a command as a direct message from the coordinator and returns the reply. */
async function command(driver: ModeDriver, h: SlackHarness, text: string): Promise<string> {
  const before = delivered(h, 'DU1').length;
  await driver.event(h, directMessage(text));
  await waitFor(() => delivered(h, 'DU1').length > before, `the reply to "${text.slice(0, 24)}"`);
  return textOf(delivered(h, 'DU1').at(-1));
}

/** Every survey question answered, in the block values the answer modal sends. */
function answers(run: { template: unknown }): Record<string, Record<string, unknown>> {
  const template = run.template as { questions: { id: string; type: string }[] };
  const values: Record<string, Record<string, unknown>> = {
    sector: { type: 'static_select', selected_option: { value: 'health' } },
  };
  for (const q of template.questions) {
    if (q.type === 'agree5') values[`q:${q.id}`] = { type: 'radio_buttons', selected_option: { value: '4' } };
    else if (q.type === 'scale10')
      values[`q:${q.id}`] = { type: 'static_select', selected_option: { value: '8' } };
    else if (q.type === 'choice')
      values[`q:${q.id}`] = { type: 'radio_buttons', selected_option: { value: '1' } };
    else values[`q:${q.id}`] = { type: 'plain_text_input', value: 'More joint training please' };
  }
  return values;
}

/** Each message appears once in the channel: nothing sent twice. */
function expectNoDuplicates(h: SlackHarness, channel: string): void {
  const texts = delivered(h, channel).map(textOf);
  expect(texts, texts.join('\n')).toEqual([...new Set(texts)]);
}

function journey(driver: ModeDriver, databaseUrl: string | undefined) {
  describe(`Slack journey: ${driver.label}`, () => {
    const clock = movableClock();
    let h: SlackHarness;
    let token = '';
    beforeAll(async () => {
      h = await driver.start(clock, databaseUrl);
    });
    afterAll(async () => {
      await h?.stop();
    });

    it('installs, and answers a guidance question with its sources', async () => {
      token = await driver.install(h);
      await driver.event(h, mention('who can start a CAF', { channel: 'C-GENERAL' }));
      await waitFor(() => delivered(h, 'C-GENERAL').length === 1, 'the answer');
      expect(JSON.stringify(delivered(h, 'C-GENERAL')[0]?.blocks)).toMatch(/Source/);
      expect(await h.app.repos.workspaces.platformOf('T1')).toBe('slack');
    });

    it('creates a forum whose announcement the scheduler posts to the channel', async () => {
      expect(await command(driver, h, FORUM)).toMatch(/Created North CAF Forum/);
      expect(await command(driver, h, AGENCY)).toMatch(/joined/);
      await h.app.tickOnce(h.router);
      const forum = delivered(h, 'C-FORUM').map(textOf);
      expect(forum.join('\n')).toMatch(/North CAF Forum meets on Tue 12 Jan 2027/);
      expect(forum.some((t) => /^Reminder:/.test(t))).toBe(false);
    });

    it('holds the reminders while uninstalled and sends them once after the reinstall', async () => {
      await driver.uninstall(h, token);
      clock.set(REMINDERS_DUE);
      const before = delivered(h, 'C-FORUM').length;
      await h.app.tickOnce(h.router);
      expect(delivered(h, 'C-FORUM')).toHaveLength(before);

      token = await driver.reinstall(h, token);
      await h.app.tickOnce(h.router);
      await h.app.tickOnce(h.router);
      const forum = delivered(h, 'C-FORUM').map(textOf);
      expect(forum.filter((t) => /hosts North CAF Forum/.test(t))).toHaveLength(1);
      expect(forum.filter((t) => /^Reminder: North CAF Forum/.test(t))).toHaveLength(1);
      expectNoDuplicates(h, 'C-FORUM');
      const sent = h.fake
        .callsOf('chat.postMessage')
        .filter((c) => c.params.channel === 'C-FORUM' && !h.fake.revoked.has(String(c.token)));
      expect(sent.at(-1)?.token).toBe(token);
      expect(h.consoleOutput()).toBe('');
    });

    it('records an RSVP from the reminder button and updates that message in place', async () => {
      const reminder = delivered(h, 'C-FORUM').find((m) => /^Reminder:/.test(textOf(m)));
      const going = buttonsOf(reminder).find((b) => b.action_id === 'rsvp:going');
      expect(going).toBeDefined();
      const message = {
        channel: 'C-FORUM',
        ts: String(reminder?.ts),
        blocks: reminder?.blocks,
        text: textOf(reminder),
      };
      await driver.interact(
        h,
        buttonClick(String(going?.action_id), String(going?.value), h.fake, { user: 'U2', message }),
      );
      await waitFor(
        () => h.fake.callsOf('chat.update').some((c) => c.params.ts === message.ts),
        'the message updated',
      );
      expect(JSON.stringify(reminder?.blocks)).toContain('1 going · 0 maybe · 0 not going');
      expect(reminder?.edited).toBe(true);
      const rsvps = await h.app.storage.prisma.forumRsvp.findMany();
      expect(rsvps).toEqual([expect.objectContaining({ userId: 'U2', answer: 'going' })]);
    });

    it('opens a survey that members answer in a modal, and shows its results', async () => {
      await driver.event(
        h,
        mention('pulse start trust-between-agencies days=7', { channel: 'C-SURVEY', user: 'U1' }),
      );
      // The reply comes once the survey is fully set up; a tick before then could miss its opening.
      await waitFor(
        () => delivered(h, 'C-SURVEY').some((m) => /Started "/.test(textOf(m))),
        'the reply to pulse start',
      );
      expect(await h.app.storage.prisma.surveyRun.count()).toBe(1);
      await h.app.tickOnce(h.router);
      const opening = delivered(h, 'C-SURVEY').filter((m) => /Open until/.test(textOf(m)));
      expect(opening).toHaveLength(1);
      expect(buttonsOf(opening[0]).map((b) => b.action_id)).toContain('pulse_answer_open');
      const run = await h.app.storage.prisma.surveyRun.findFirstOrThrow();
      const message = {
        channel: 'C-SURVEY',
        ts: String(opening[0]?.ts),
        blocks: opening[0]?.blocks,
        text: textOf(opening[0]),
      };
      for (const user of RESPONDENTS) {
        const opens = h.fake.callsOf('views.open').length;
        await driver.interact(h, buttonClick('pulse_answer_open', run.id, h.fake, { user, message }));
        await waitFor(() => h.fake.callsOf('views.open').length === opens + 1, 'the answer form');
        const view = h.fake.callsOf('views.open').at(-1)?.params.view as { callback_id: string };
        expect(view.callback_id).toBe(VIEW.answer);
        await driver.interact(h, submission(VIEW.answer, answers(run), user, run.id));
      }
      await waitFor(
        async () => (await h.app.repos.pulse.countResponses('T1', run.id)) === RESPONDENTS.length,
        'the responses',
      );
      // Results are released when the survey closes: a week on, the scheduler closes it.
      clock.set(AFTER_SURVEY);
      await h.app.tickOnce(h.router);
      const closed = delivered(h, 'C-SURVEY').filter((m) => /has closed/.test(textOf(m)));
      expect(closed.map(textOf)).toEqual([expect.stringContaining(`${RESPONDENTS.length} responses`)]);
      const results = await command(driver, h, `pulse results ${run.id}`);
      expect(results).toMatch(new RegExp(`${RESPONDENTS.length} responses`));
      // every respondent chose "agree" (4) on each agreement question
      expect(results).toMatch(/Agree\s+█+ 5 \(100%\)/);
      expect(results).not.toMatch(/U1[1-5]/);
      expectNoDuplicates(h, 'C-SURVEY');
      expectNoDuplicates(h, 'C-FORUM');
      expect(h.consoleOutput()).toBe('');
      expect(h.fake.refused).toEqual([]);
    });
  });
}

for (const database of databases) {
  describe(`[${database.label}]`, () => {
    for (const driver of [singleWorkspace, oauth, socketMode]) journey(driver, database.url);
  });
}
