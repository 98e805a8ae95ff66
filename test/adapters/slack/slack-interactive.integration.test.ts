import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEW } from '../../../src/adapters/slack/render/modals.ts';
import {
  buttonClick,
  databases,
  eventCallback,
  mention,
  type SlackHarness,
  slashCommand,
  startSlackHarness,
  submission,
  waitFor,
} from './harness.ts';

const form = { contentType: 'application/x-www-form-urlencoded' };

const forumValues = (over: Record<string, Record<string, unknown>> = {}) => ({
  name: { type: 'plain_text_input', value: 'North Leeds Early Help Forum' },
  cadence: { type: 'plain_text_input', value: 'every month on the 2nd tuesday' },
  time: { type: 'timepicker', selected_time: '13:30' },
  start: { type: 'datepicker', selected_date: '2027-01-01' },
  duration: { type: 'number_input', value: '90' },
  channel: { type: 'conversations_select', selected_conversation: 'CFORUM' },
  ...over,
});

for (const database of databases) {
  describe(`Slack commands, modals, App Home and surveys [${database.label}]`, () => {
    let h: SlackHarness;
    beforeAll(async () => {
      h = await startSlackHarness({ databaseUrl: database.url });
      // The first person the bot meets becomes the workspace's coordinator.
      await h.send(slashCommand('whoami', h.fake), form);
      await waitFor(() => h.fake.responses.length === 1, 'whoami');
    });
    afterAll(async () => {
      await h?.stop();
    });

    it('answers /joinedup help privately and briefly, with buttons and the App Home', async () => {
      const res = await h.send(slashCommand('help', h.fake), form);
      expect(res.status).toBe(200);
      await waitFor(() => h.fake.responses.length === 2, 'the help reply');
      const reply = h.fake.responses.at(-1)?.body;
      expect(reply?.response_type).toBe('ephemeral');
      const shown = JSON.stringify(reply?.blocks);
      expect(shown).toMatch(/slack:\/\/app\?team=T1&id=A1&tab=home\|App Home/);
      expect(shown).toMatch(/"action_id":"open_forum_modal"/);
      expect(shown).toMatch(/"action_id":"cmd:help"/);
      expect(JSON.stringify(reply).length).toBeLessThan(3000);
      expect(h.fake.refused).toEqual([]);
    });

    it('shows every command from the help button, split within Slack limits, nothing dropped', async () => {
      const before = h.fake.responses.length;
      await h.send(buttonClick('cmd:help', 'help all', h.fake), form);
      await waitFor(() => h.fake.responses.length > before, 'the command list');
      const shown = h.fake.responses
        .slice(before)
        .map((r) => JSON.stringify(r.body.blocks))
        .join('');
      for (const command of ['forum create', 'pulse results', 'ask &lt;question&gt;', 'article &lt;id&gt;']) {
        expect(shown).toContain(command);
      }
      expect(h.fake.refused).toEqual([]);
    });

    it('answers /joinedup ask … with a sourced answer', async () => {
      const before = h.fake.responses.length;
      await h.send(slashCommand('ask when can I share information without consent', h.fake), form);
      await waitFor(() => h.fake.responses.length === before + 1, 'the answer');
      expect(JSON.stringify(h.fake.responses.at(-1)?.body.blocks)).toMatch(/Source: </);
    });

    it('opens the new-forum modal from /joinedup forum new', async () => {
      await h.send(slashCommand('forum new', h.fake), form);
      await waitFor(() => h.fake.callsOf('views.open').length === 1, 'the modal');
      const view = h.fake.callsOf('views.open')[0]?.params.view as { callback_id: string; blocks: unknown[] };
      expect(view.callback_id).toBe(VIEW.forum);
      expect(view.blocks.length).toBeGreaterThan(4);
    });

    it('shows problems beside the fields of a bad forum form and creates nothing', async () => {
      const res = await h.send(
        submission(
          VIEW.forum,
          forumValues({
            name: { type: 'plain_text_input', value: '' },
            time: { type: 'timepicker', selected_time: null },
          }),
        ),
        form,
      );
      expect(res.status).toBe(200);
      const body = JSON.parse(res.text);
      expect(body.response_action).toBe('errors');
      expect(Object.keys(body.errors).sort()).toEqual(['name', 'time']);
      const refused = await h.send(
        submission(
          VIEW.forum,
          forumValues({ cadence: { type: 'plain_text_input', value: 'whenever we feel like it' } }),
        ),
        form,
      );
      expect(JSON.parse(refused.text)).toMatchObject({
        response_action: 'errors',
        errors: { cadence: expect.any(String) },
      });
      expect(await h.app.storage.prisma.forum.count()).toBe(0);
    });

    it('creates a forum from the modal and confirms by direct message', async () => {
      const res = await h.send(submission(VIEW.forum, forumValues()), form);
      expect(res.status).toBe(200);
      const forum = await h.app.storage.prisma.forum.findFirst();
      expect(forum?.name).toBe('North Leeds Early Help Forum');
      expect(forum?.channelId).toBe('CFORUM');
      await waitFor(
        () => h.fake.callsOf('chat.postMessage').some((c) => /Created/.test(String(c.params.text))),
        'the confirmation',
      );
    });

    it('refuses a typed contact Slack could not resolve, and stores nothing', async () => {
      const before = h.fake.responses.length;
      await h.send(
        slashCommand(
          'forum agency add "North Leeds Early Help Forum" name="Youth Service" sector=youth_support contacts=@bob',
          h.fake,
        ),
        form,
      );
      await waitFor(() => h.fake.responses.length === before + 1, 'the refusal');
      expect(String(h.fake.responses.at(-1)?.body.text)).toMatch(/could not find "@bob".*nothing was saved/);
      expect(await h.app.storage.prisma.forumAgency.count({ where: { name: 'Youth Service' } })).toBe(0);
    });

    it('resolves a picked person (<@U123|name>, should_escape) to their user id', async () => {
      const before = h.fake.responses.length;
      await h.send(
        slashCommand(
          'forum agency add "North Leeds Early Help Forum" name="Youth Service" sector=youth_support contacts=<@U9|bob>,<@U8|ann>',
          h.fake,
        ),
        form,
      );
      await waitFor(() => h.fake.responses.length === before + 1, 'the confirmation');
      const agency = await h.app.storage.prisma.forumAgency.findFirst({ where: { name: 'Youth Service' } });
      expect(agency?.contacts).toEqual(['U9', 'U8']);
    });

    it('adds an agency from the modal, its contacts picked with a user picker', async () => {
      await h.send(slashCommand('agency new', h.fake), form);
      await waitFor(
        () =>
          h.fake
            .callsOf('views.open')
            .some((c) => (c.params.view as { callback_id?: string }).callback_id === VIEW.agency),
        'the agency modal',
      );
      const view = h.fake.callsOf('views.open').at(-1)?.params.view;
      expect(JSON.stringify(view)).toContain('"type":"multi_users_select"');
      const res = await h.send(
        submission(VIEW.agency, {
          forum: { type: 'static_select', selected_option: { value: 'North Leeds Early Help Forum' } },
          name: { type: 'plain_text_input', value: 'Police Early Help' },
          sector: { type: 'static_select', selected_option: { value: 'social_care' } },
          contacts: { type: 'multi_users_select', selected_users: ['U5', 'U6'] },
          host: { type: 'radio_buttons', selected_option: { value: 'yes' } },
        }),
        form,
      );
      expect(res.status).toBe(200);
      await waitFor(
        async () =>
          (await h.app.storage.prisma.forumAgency.count({ where: { name: 'Police Early Help' } })) === 1,
        'the agency',
      );
      const agency = await h.app.storage.prisma.forumAgency.findFirst({
        where: { name: 'Police Early Help' },
      });
      expect(agency?.contacts).toEqual(['U5', 'U6']);
    });

    it('records an RSVP from a button once, however often it is clicked', async () => {
      await h.send(
        mention(
          'forum agency add "North Leeds Early Help Forum" name="Leeds Schools" sector=education contacts=U1',
        ),
      );
      await h.send(
        mention(
          'forum agency add "North Leeds Early Help Forum" name="Health Visiting" sector=health contacts=U2',
        ),
      );
      await waitFor(async () => (await h.app.storage.prisma.forumOccurrence.count()) > 0, 'planned meetings');
      const next = await h.app.storage.prisma.forumOccurrence.findFirst({ orderBy: { startsAt: 'asc' } });
      const click = () =>
        h.send(buttonClick('cmd:0', `rsvp going ${next?.id}`, h.fake, { user: 'U7' }), form);
      await Promise.all([click(), click()]);
      await click();
      await waitFor(async () => (await h.app.storage.prisma.forumRsvp.count()) === 1, 'the RSVP');
      await new Promise((r) => setTimeout(r, 200));
      const rows = await h.app.storage.prisma.forumRsvp.findMany();
      expect(rows).toEqual([expect.objectContaining({ userId: 'U7', answer: 'going' })]);
    });

    it('publishes an App Home with my meetings, my RSVP and coordinator shortcuts', async () => {
      await h.send(eventCallback({ type: 'app_home_opened', user: 'U7', channel: 'DU7', tab: 'home' }));
      await waitFor(() => h.fake.callsOf('views.publish').length === 1, 'the member home');
      const member = JSON.stringify(h.fake.callsOf('views.publish')[0]?.params);
      expect(member).toContain('North Leeds Early Help Forum');
      expect(member).toMatch(/Your answer: \*going\*/);
      expect(member).not.toContain('open_pulse_modal');
      await h.send(eventCallback({ type: 'app_home_opened', user: 'U1', channel: 'DU1', tab: 'home' }));
      await waitFor(() => h.fake.callsOf('views.publish').length === 2, 'the coordinator home');
      const coordinator = JSON.stringify(h.fake.callsOf('views.publish')[1]?.params);
      expect(coordinator).toContain('open_pulse_modal');
      expect(coordinator).toContain('open_forum_modal');
    });

    it('runs a survey: modal to start it, a post with an answer button, an answer form, one response per person', async () => {
      await h.send(buttonClick('open_pulse_modal', 'new', h.fake, { home: true }), form);
      await waitFor(
        () =>
          h.fake
            .callsOf('views.open')
            .some((c) => (c.params.view as { callback_id?: string }).callback_id === VIEW.survey),
        'the survey modal',
      );
      const start = await h.send(
        submission(VIEW.survey, {
          template: { type: 'static_select', selected_option: { value: 'trust-between-agencies' } },
          days: { type: 'number_input', value: '7' },
          channel: { type: 'conversations_select', selected_conversation: 'CFORUM' },
        }),
        form,
      );
      expect(start.status).toBe(200);
      const run = await h.app.storage.prisma.surveyRun.findFirst();
      expect(run?.channelId).toBe('CFORUM');
      // The scheduler sends the survey post through the Slack gateway.
      const post = await h.app.storage.prisma.scheduledPost.findFirst({
        where: { key: `pulse:${run?.id}:open` },
      });
      await h.adapter.gateway.post(
        { workspaceId: 'T1', channelId: 'CFORUM' },
        post?.payload as never,
        post?.key ?? '',
      );
      const sent = h.fake.channels.get('CFORUM')?.at(-1);
      expect(JSON.stringify(sent?.blocks)).toContain('pulse_answer_open');

      const opens = h.fake.callsOf('views.open').length;
      await h.send(buttonClick('pulse_answer_open', run?.id ?? '', h.fake, { user: 'U7' }), form);
      await waitFor(() => h.fake.callsOf('views.open').length === opens + 1, 'the answer form');
      const form1 = h.fake.callsOf('views.open').at(-1)?.params.view as {
        callback_id: string;
        blocks: { block_id?: string }[];
      };
      expect(form1.callback_id).toBe(VIEW.answer);
      expect(form1.blocks.map((b) => b.block_id)).toContain('sector');

      const template = run?.template as { questions: { id: string; type: string; required: boolean }[] };
      const values: Record<string, Record<string, unknown>> = {
        sector: { type: 'static_select', selected_option: { value: 'health' } },
      };
      for (const q of template.questions) {
        if (q.type === 'agree5')
          values[`q:${q.id}`] = { type: 'radio_buttons', selected_option: { value: '4' } };
        else if (q.type === 'scale10')
          values[`q:${q.id}`] = { type: 'static_select', selected_option: { value: '8' } };
        else if (q.type === 'choice')
          values[`q:${q.id}`] = { type: 'radio_buttons', selected_option: { value: '1' } };
        else values[`q:${q.id}`] = { type: 'plain_text_input', value: 'More joint training please' };
      }
      const missing = { ...values };
      delete missing[`q:${template.questions[0]?.id}`];
      const refused = JSON.parse((await h.send(submission(VIEW.answer, missing, 'U7', run?.id), form)).text);
      expect(refused.response_action).toBe('errors');
      expect(await h.app.storage.prisma.surveyResponse.count()).toBe(0);

      const first = await h.send(submission(VIEW.answer, values, 'U7', run?.id), form);
      expect(JSON.parse(first.text).response_action).toBe('update');
      const again = await h.send(submission(VIEW.answer, values, 'U7', run?.id), form);
      expect(again.status).toBe(200);
      expect(await h.app.storage.prisma.surveyResponse.count()).toBe(1);
      const stored = await h.app.storage.prisma.surveyResponse.findFirst();
      expect(stored?.userId).toBeNull();
      expect(stored?.sector).toBe('health');
      const metrics = await (await fetch(`${h.ops.url}/metrics`)).text();
      expect(metrics).toMatch(/joinedup_survey_responses_total\{app="joinedup"\} 2/);

      // The App Home no longer lists the answered survey.
      const publishes = h.fake.callsOf('views.publish').length;
      await h.send(eventCallback({ type: 'app_home_opened', user: 'U7', channel: 'DU7', tab: 'home' }));
      await waitFor(() => h.fake.callsOf('views.publish').length === publishes + 1, 'the home');
      expect(JSON.stringify(h.fake.callsOf('views.publish').at(-1)?.params)).not.toContain(
        'pulse_answer_open',
      );
    });

    it('refuses coordinator commands to a member, privately', async () => {
      const count = h.fake.responses.length;
      await h.send(slashCommand('members', h.fake, { user: 'U7' }), form);
      await waitFor(() => h.fake.responses.length === count + 1, 'the refusal');
      expect(h.fake.responses.at(-1)?.body).toMatchObject({ response_type: 'ephemeral' });
      expect(String(h.fake.responses.at(-1)?.body.text)).toMatch(/coordinator/i);
    });

    it('answers a subject access request from a coordinator with a private file, and refuses anyone else', async () => {
      const count = h.fake.responses.length;
      await h.send(slashCommand('data export <@U7|someone>', h.fake, { user: 'U7' }), form);
      await waitFor(() => h.fake.responses.length === count + 1, 'the refusal');
      expect(String(h.fake.responses.at(-1)?.body.text)).toMatch(/coordinator/i);
      const uploads = h.fake.callsOf('files.completeUploadExternal').length;
      await h.send(slashCommand('data export <@U7|someone>', h.fake), form);
      await waitFor(
        () => h.fake.callsOf('files.completeUploadExternal').length === uploads + 1,
        'the export file',
      );
      expect(String(h.fake.callsOf('files.getUploadURLExternal').at(-1)?.params.filename)).toMatch(
        /^subject-access-U7-/,
      );
      expect(h.fake.callsOf('files.completeUploadExternal').at(-1)?.params.channel_id).toBe('DU1');
      expect(
        h.logs.some(
          (l) => l.msg === 'subject access export made' && l.subject === 'U7' && l.requestedBy === 'U1',
        ),
      ).toBe(true);
    });

    it('sends a calendar file to the person’s direct messages, not the channel', async () => {
      await h.send(slashCommand('forum calendar', h.fake), form);
      await waitFor(() => h.fake.callsOf('files.completeUploadExternal').length === 2, 'the upload');
      expect(h.fake.callsOf('files.completeUploadExternal')[1]?.params.channel_id).toBe('DU1');
    });
  });
}
