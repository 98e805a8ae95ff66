import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_VIEW } from '../../../src/adapters/slack/render/template-modal.ts';
import {
  buttonClick,
  databases,
  eventCallback,
  interaction,
  type SlackHarness,
  slashCommand,
  startSlackHarness,
  waitFor,
} from './harness.ts';

const form = { contentType: 'application/x-www-form-urlencoded' };

const text = (value: string) => ({ type: 'plain_text_input', value });
const type = (value: string) => ({ type: 'static_select', selected_option: { value } });

function templateSubmission(values: Record<string, Record<string, unknown>>, user = 'U1') {
  return interaction({
    type: 'view_submission',
    team: { id: 'T1', domain: 'test' },
    user: { id: user, team_id: 'T1' },
    api_app_id: 'A1',
    trigger_id: `trigger-view-${Math.random()}`,
    view: {
      id: 'V1',
      type: 'modal',
      callback_id: TEMPLATE_VIEW,
      private_metadata: '',
      state: { values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])) },
    },
  });
}

for (const database of databases) {
  describe(`Slack "new survey template" modal [${database.label}]`, () => {
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

    it('offers the modal from the App Home and opens it from the button', async () => {
      await h.send(eventCallback({ type: 'app_home_opened', user: 'U1', channel: 'DU1', tab: 'home' }));
      await waitFor(() => h.fake.callsOf('views.publish').length === 1, 'the coordinator home');
      expect(JSON.stringify(h.fake.callsOf('views.publish')[0]?.params)).toContain('open_template_modal');
      await h.send(buttonClick('open_template_modal', 'new', h.fake, { home: true }), form);
      await waitFor(
        () =>
          h.fake
            .callsOf('views.open')
            .some((c) => (c.params.view as { callback_id?: string }).callback_id === TEMPLATE_VIEW),
        'the template modal',
      );
    });

    it('shows every problem beside its own field and saves nothing', async () => {
      const res = await h.send(
        templateSubmission({
          key: text('Bad Key'),
          title: text('Trust check'),
          'q1.type': type('agree5'),
          'q1.text': text('ok?'),
          'q2.type': type('choice'),
          'q2.text': text('Which meeting helps most?'),
          'q2.options': text('Forum'),
        }),
        form,
      );
      expect(res.status).toBe(200);
      const body = JSON.parse(res.text);
      expect(body.response_action).toBe('errors');
      expect(Object.keys(body.errors).sort()).toEqual(['key', 'q1.text', 'q2.options']);
      expect(body.errors['q2.options']).toMatch(/2 to 10 options \(it has 1\)/);
      expect(await h.app.storage.prisma.surveyTemplate.count()).toBe(0);
    });

    it('refuses a member who is not a coordinator', async () => {
      const res = await h.send(
        templateSubmission(
          { key: text('member-try'), title: text('Member try'), 'q1.text': text('Agencies share well') },
          'U9',
        ),
        form,
      );
      expect(JSON.parse(res.text)).toMatchObject({
        response_action: 'errors',
        errors: { key: expect.any(String) },
      });
      expect(await h.app.storage.prisma.surveyTemplate.count()).toBe(0);
    });

    it('saves a template that `pulse start` then runs', async () => {
      const res = await h.send(
        templateSubmission({
          key: text('trust-check'),
          title: text('Trust check'),
          'q1.type': type('agree5'),
          'q1.text': text('Agencies share information well'),
          'q2.type': type('choice'),
          'q2.text': text('Which meeting helps most?'),
          'q2.options': text('Forum\nTeam around the family'),
          'q3.type': type('scale10'),
          'q3.text': text('How likely are you to recommend the forum?'),
        }),
        form,
      );
      expect(res.status).toBe(200);
      const saved = await h.app.storage.prisma.surveyTemplate.findMany();
      expect(saved.map((t) => t.key)).toEqual(['trust-check']);
      await h.send(slashCommand('pulse start trust-check channel=CFORUM', h.fake), form);
      await waitFor(async () => (await h.app.storage.prisma.surveyRun.count()) === 1, 'the survey run');
      const run = await h.app.storage.prisma.surveyRun.findFirst();
      expect(run?.templateKey).toBe('trust-check');
    });
  });
}
