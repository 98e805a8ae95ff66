import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../../src/adapters/slack/testing/fake-slack.ts';
import { deleteUninstalledWorkspaces } from '../../../src/storage/workspace-lifecycle.ts';
import { createScratchDatabase } from '../../support/databases.ts';
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
  slashCommand,
  startSlackHarness,
  waitFor,
} from './harness.ts';

const SURVEY = 'pulse start trust-between-agencies days=7';

/** What the fake Slack Web API received in a channel through chat.postMessage. */
const postsIn = (h: SlackHarness, channel: string) =>
  h.fake.callsOf('chat.postMessage').filter((c) => c.params.channel === channel);

const textOf = (call: { params: Record<string, unknown> }) => String(call.params.text ?? '');

interface Button {
  action_id: string;
  value: string;
  text: { text: string };
}

/** The buttons of a posted message's blocks. */
function buttonsOf(call: { params: Record<string, unknown> } | undefined): Button[] {
  const blocks = (call?.params.blocks ?? []) as { type: string; elements?: Button[] }[];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}

/** The first contacts a workspace can make with the bot, each waited for until it is handled. */
const firstContacts: Record<string, (h: SlackHarness) => Promise<void>> = {
  mention: async (h) => {
    expect((await h.send(mention('who can start a CAF', { channel: 'C-GENERAL' }))).status).toBe(200);
    await waitFor(() => postsIn(h, 'C-GENERAL').length === 1, 'the answer to the mention');
  },
  'direct message': async (h) => {
    expect((await h.send(directMessage('what is a lead professional'))).status).toBe(200);
    await waitFor(() => postsIn(h, 'DU1').length === 1, 'the answer to the DM');
  },
  'slash command': async (h) => {
    const res = await h.send(slashCommand('help', h.fake), {
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(200);
    await waitFor(() => h.fake.responses.length === 1, 'the reply to the slash command');
  },
  'App Home': async (h) => {
    const body = eventCallback({ type: 'app_home_opened', user: 'U1', channel: 'DU1', tab: 'home' });
    expect((await h.send(body)).status).toBe(200);
    await waitFor(() => h.fake.callsOf('views.publish').length === 1, 'the App Home');
  },
};

/** The coordinator (U1, the first person) creates a forum with a host, and a survey, by DM. */
async function createForumAndSurvey(h: SlackHarness): Promise<void> {
  const replies = () => postsIn(h, 'DU1').map(textOf);
  for (const [command, expected] of [
    [FORUM, /Created North CAF Forum/],
    [AGENCY, /joined/],
  ] as const) {
    const before = replies().length;
    await h.send(directMessage(command));
    await waitFor(() => replies().length > before, `the reply to "${command.slice(0, 20)}"`);
    expect(replies().at(-1)).toMatch(expected);
  }
  const before = h.fake.responses.length;
  await h.send(slashCommand(SURVEY, h.fake, { channel: 'C-SURVEY' }), {
    contentType: 'application/x-www-form-urlencoded',
  });
  await waitFor(() => h.fake.responses.length > before, 'the reply to pulse start');
  expect(JSON.stringify(h.fake.responses.at(-1)?.body)).toMatch(/Started/);
}

/** The scheduled posts the scheduler sent to Slack: announcement, reminders with RSVP, survey. */
function expectScheduledPostsInSlack(h: SlackHarness): void {
  const forum = postsIn(h, 'C-FORUM');
  expect(forum.map(textOf).join('\n')).toMatch(/North CAF Forum meets on Tue 12 Jan 2027/);
  const hostReminder = forum.find((c) => /hosts North CAF Forum/.test(textOf(c)));
  expect(hostReminder, 'the host reminder').toBeDefined();
  const memberReminder = forum.find((c) => /^Reminder: North CAF Forum/.test(textOf(c)));
  expect(memberReminder, 'the member reminder').toBeDefined();
  // RSVP buttons are typed actions: the answer in the action id, the meeting's id as the value.
  expect(buttonsOf(memberReminder).map((b) => `${b.action_id} ${b.value}`)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^rsvp:going [0-9a-f-]{36}$/)]),
  );
  // Sent with the workspace's bot token, not printed.
  expect(forum.every((c) => c.token === BOT_TOKEN)).toBe(true);
  const survey = postsIn(h, 'C-SURVEY');
  const opening = survey.filter((c) => /Open until/.test(textOf(c)));
  expect(opening, survey.map(textOf).join('\n')).toHaveLength(1);
  expect(buttonsOf(opening[0]).map((b) => b.action_id)).toContain('pulse_answer_open');
  expect(h.consoleOutput()).toBe('');
}

describe.each(databases)('Slack with one bot token ($label): scheduled posts reach Slack', ({ url }) => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  for (const [first, contact] of Object.entries(firstContacts)) {
    it(`when the first contact is a ${first}`, async () => {
      const clock = movableClock();
      // Slack cannot be asked whose token it is at start, so the first event alone must record
      // the workspace as a Slack one.
      const fake = await new FakeSlack().start();
      fake.serverError('auth.test', 2);
      h = await startSlackHarness({ databaseUrl: url, clock, fake });
      const stopFake = h.stop;
      h.stop = async () => {
        await stopFake();
        await fake.stop();
      };
      expect(await h.app.repos.workspaces.platformOf('T1')).toBeUndefined();
      await contact(h);
      expect(await h.app.repos.workspaces.platformOf('T1')).toBe('slack');
      await createForumAndSurvey(h);
      await h.app.tickOnce(h.router);
      // The day before the meeting: both reminders are due too.
      clock.set(REMINDERS_DUE);
      await h.app.tickOnce(h.router);
      expectScheduledPostsInSlack(h);
      // The RSVP button on the reminder works from Slack.
      const reminder = postsIn(h, 'C-FORUM').find((c) => /^Reminder:/.test(textOf(c)));
      const going = buttonsOf(reminder).find((b) => b.action_id === 'rsvp:going');
      expect(going).toBeDefined();
      await h.send(buttonClick(String(going?.action_id), String(going?.value), h.fake, { user: 'U2' }), {
        contentType: 'application/x-www-form-urlencoded',
      });
      await waitFor(() => /Noted/.test(JSON.stringify(h?.fake.responses.at(-1))), 'the RSVP confirmation');
    }, 120_000);
  }
});

describe.each(databases)('Slack with one bot token ($label): uninstall and reinstall', ({ url }) => {
  let h: SlackHarness | undefined;
  let fake: FakeSlack | undefined;
  let dataDir: string | undefined;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  afterEach(async () => {
    await h?.stop();
    await fake?.stop();
    await scratch?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    h = fake = scratch = dataDir = undefined;
  });

  /** Uninstalls the app: Slack sends app_uninstalled and stops accepting the token. */
  async function uninstall(harness: SlackHarness, token: string) {
    await harness.send(eventCallback({ type: 'app_uninstalled' }));
    await waitFor(
      async () => (await harness.app.repos.workspaces.status('T1'))?.uninstalledAt !== undefined,
      'the uninstall mark',
    );
    harness.fake.revoked.add(token);
  }

  /** A mention after uninstall is not answered, and nothing scheduled goes out. */
  async function expectSilence(harness: SlackHarness, clock: ReturnType<typeof movableClock>) {
    const answersBefore = harness.fake.callsOf('chat.postMessage').length;
    await harness.send(mention('who can start a CAF', { channel: 'C-GENERAL' }));
    clock.set(REMINDERS_DUE);
    await harness.app.tickOnce(harness.router);
    // Give the acknowledged event time to have been (wrongly) answered.
    await new Promise((r) => setTimeout(r, 300));
    expect(harness.fake.callsOf('chat.postMessage')).toHaveLength(answersBefore);
    expect(harness.fake.callsOf('chat.postEphemeral')).toHaveLength(0);
  }

  it('answers nothing while uninstalled; the same token working again is a reinstall that resumes posts', async () => {
    const clock = movableClock();
    h = await startSlackHarness({ databaseUrl: url, clock, adapter: { deadTokenTtlMs: 0, clock } });
    await firstContacts.mention?.(h);
    await createForumAndSurvey(h);
    await h.app.tickOnce(h.router);
    await uninstall(h, BOT_TOKEN);
    await expectSilence(h, clock);
    expect(h.logs.some((l) => l.msg === 'Slack refused the bot token')).toBe(true);

    // Reinstalled: Slack accepts the token again and events arrive.
    h.fake.revoked.delete(BOT_TOKEN);
    await h.send(mention('what is a lead professional', { channel: 'C-GENERAL' }));
    await waitFor(() => postsIn(h as SlackHarness, 'C-GENERAL').length === 2, 'the answer after reinstall');
    expect((await h.app.repos.workspaces.status('T1'))?.uninstalledAt).toBeUndefined();
    await h.app.tickOnce(h.router);
    expectScheduledPostsInSlack(h);
    // The grace period passing deletes nothing: the deletion was cancelled.
    const deleted = await deleteUninstalledWorkspaces(h.app.storage.prisma, new Date('2027-06-01'), 30);
    expect(deleted).toEqual([]);
  });

  it('a restart with a new token after uninstall resumes posts before any event arrives', async () => {
    const clock = movableClock();
    fake = await new FakeSlack().start();
    if (url) scratch = await createScratchDatabase(url, 'joinedup_slack_reinstall');
    else dataDir = mkdtempSync(join(tmpdir(), 'joinedup-slack-reinstall-'));
    const where = { fake, clock, keepDatabaseUrl: scratch?.url, dataDir, adapter: { clock } };
    h = await startSlackHarness(where);
    await firstContacts['direct message']?.(h);
    await createForumAndSurvey(h);
    await h.app.tickOnce(h.router);
    await uninstall(h, BOT_TOKEN);
    await h.stop();

    h = await startSlackHarness({ ...where, env: { SLACK_BOT_TOKEN: 'xoxb-reinstalled' } });
    expect((await h.app.repos.workspaces.status('T1'))?.uninstalledAt).toBeUndefined();
    expect(h.logs.some((l) => /Slack app reinstalled/.test(String(l.msg)) && l.seenAt === 'start')).toBe(
      true,
    );
    clock.set(REMINDERS_DUE);
    await h.app.tickOnce(h.router);
    const forum = postsIn(h, 'C-FORUM');
    expect(
      forum.some((c) => /^Reminder: North CAF Forum/.test(textOf(c)) && c.token === 'xoxb-reinstalled'),
    ).toBe(true);
  });
});

describe('posts of a workspace whose platform is not known or not served', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('are refused loudly, counted, and told to its coordinators, never printed', async () => {
    const clock = movableClock();
    h = await startSlackHarness({ clock });
    // A workspace the scheduler knows nothing of: a post in it cannot be routed anywhere.
    await h.app.repos.posts.schedule({
      workspaceId: 'T-ORPHAN',
      key: 'orphan:1',
      kind: 'announcement',
      channelId: 'C9',
      message: { kind: 'forum_announcement', text: 'Orphan forum meets soon' },
      dueAt: clock.now(),
    });
    for (let i = 0; i < 6; i++) {
      await h.app.tickOnce(h.router);
      clock.set(new Date(clock.now().getTime() + 2 * 60 * 60_000));
    }
    expect(h.consoleOutput()).toBe('');
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(0);
    expect(h.logs.some((l) => l.code === 'POST_UNROUTABLE' && l.level === 50)).toBe(true);
    expect(await h.app.metrics.render()).toMatch(
      /joinedup_posts_unroutable_total\{platform="unknown",app="joinedup"\} [1-9]/,
    );
    expect((await h.app.repos.posts.countByStatus('T-ORPHAN')).failed).toBe(1);
    // The workspace's first coordinator to speak hears about it, once.
    await h.app.repos.workspaces.ensure({ id: 'T-ORPHAN', platform: 'slack' });
    const told = await h.app.conversation.handle({
      workspace: { id: 'T-ORPHAN', platform: 'slack' },
      userId: 'U-COORD',
      text: 'whoami',
    });
    expect(told?.text).toMatch(
      /For coordinators:[\s\S]*forum announcement for channel C9[\s\S]*could not be sent/,
    );
    const again = await h.app.conversation.handle({
      workspace: { id: 'T-ORPHAN', platform: 'slack' },
      userId: 'U-COORD',
      text: 'whoami',
    });
    expect(again?.text).not.toMatch(/For coordinators/);
  });
});
