import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databases,
  eventCallback,
  mention,
  type SlackHarness,
  startSlackHarness,
  waitFor,
} from './harness.ts';

const KEY = 'a1'.repeat(32);

for (const database of databases) {
  describe(`Slack OAuth installs, sealed tokens and rotation [${database.label}]`, () => {
    let h: SlackHarness;
    let refreshes = 0;
    beforeAll(async () => {
      h = await startSlackHarness({
        databaseUrl: database.url,
        env: {
          SLACK_BOT_TOKEN: '',
          SLACK_CLIENT_ID: '1111.2222',
          SLACK_CLIENT_SECRET: 'client-secret-value',
          SLACK_STATE_SECRET: 'state-secret-0123456789',
          SLACK_INSTALLATION_KEY: KEY,
        },
      });
      h.fake.oauth = (p) => {
        if (p.grant_type === 'refresh_token') {
          refreshes++;
          // Each token lives ten minutes: inside the two-hour window, so every use refreshes it.
          return {
            ok: true,
            token_type: 'bot',
            access_token: `xoxe.xoxb-rotated-${refreshes}`,
            refresh_token: `xoxe-1-refresh-${refreshes}`,
            expires_in: 600,
          };
        }
        const team = p.code === 'code-T3' ? 'T3' : 'T2';
        return {
          ok: true,
          app_id: 'A1',
          authed_user: { id: 'UINSTALLER' },
          scope: 'app_mentions:read,chat:write,commands',
          token_type: 'bot',
          access_token: `xoxe.xoxb-first-${team}`,
          refresh_token: `xoxe-1-refresh-${team}`,
          expires_in: 600,
          bot_user_id: 'UBOT',
          team: { id: team, name: `Team ${team}` },
          enterprise: null,
          is_enterprise_install: false,
        };
      };
    });
    afterAll(async () => {
      await h?.stop();
    });

    const install = async (code: string) => {
      const start = await fetch(`${h.ops.url}/slack/install`, { redirect: 'manual' });
      expect(start.status).toBe(302);
      const location = new URL(start.headers.get('location') ?? '');
      expect(location.searchParams.get('scope')).toContain('chat:write');
      expect(location.searchParams.get('redirect_uri')).toBe(
        'https://joinedup.example.org/slack/oauth_redirect',
      );
      const state = location.searchParams.get('state') ?? '';
      const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      return fetch(`${h.ops.url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
        headers: { cookie },
        redirect: 'manual',
      });
    };

    it('installs through the OAuth redirect and stores the tokens sealed', async () => {
      const done = await install('code-T2');
      expect(done.status).toBe(200);
      const row = await h.app.storage.prisma.slackInstallation.findUnique({ where: { workspaceId: 'T2' } });
      expect(row?.teamId).toBe('T2');
      expect(row?.sealed).toMatch(/^v1\./);
      expect(row?.sealed).not.toContain('xoxe');
      expect(row?.tokenExpiresAt?.getTime()).toBeGreaterThan(Date.now());
      const workspace = await h.app.storage.prisma.workspace.findUnique({ where: { id: 'T2' } });
      expect(workspace?.platform).toBe('slack');
    });

    it('refuses a callback with a forged state', async () => {
      const res = await fetch(`${h.ops.url}/slack/oauth_redirect?code=code-T2&state=forged`, {
        redirect: 'manual',
      });
      expect(res.status).toBe(400);
    });

    it('answers that workspace with its own bot token, refreshed when it is about to expire', async () => {
      await h.send(mention('what is a CAF', { teamId: 'T2' }));
      await waitFor(() => h.fake.callsOf('chat.postMessage').length === 1, 'the answer');
      expect(refreshes).toBe(1);
      expect(h.fake.callsOf('chat.postMessage')[0]?.token).toBe('xoxe.xoxb-rotated-1');
      const row = await h.app.storage.prisma.slackInstallation.findUnique({ where: { workspaceId: 'T2' } });
      expect(row?.sealed).not.toContain('rotated');
    });

    it('refreshes a rotating token before a scheduled post', async () => {
      await h.adapter.gateway.post(
        { workspaceId: 'T2', channelId: 'C20' },
        { kind: 'note', text: 'Forum on Tuesday' },
        'k-rot',
      );
      expect(refreshes).toBe(2);
      expect(h.fake.callsOf('chat.postMessage').at(-1)?.token).toBe('xoxe.xoxb-rotated-2');
    });

    it('refuses a scheduled post for a workspace without an installation, for good', async () => {
      await expect(
        h.adapter.gateway.post(
          { workspaceId: 'TNONE', channelId: 'C1' },
          { kind: 'note', text: 'x' },
          'k-none',
        ),
      ).rejects.toMatchObject({ permanent: true });
    });

    it('removes the installation on app_uninstalled and starts the grace period', async () => {
      await h.app.repos.posts.schedule({
        workspaceId: 'T2',
        key: 'forum:o:member_reminder',
        kind: 'member_reminder',
        channelId: 'C20',
        message: { kind: 'note', text: 'soon' },
        dueAt: new Date(Date.now() + 86_400_000),
      });
      const res = await h.send(eventCallback({ type: 'app_uninstalled' }, { teamId: 'T2' }));
      expect(res.status).toBe(200);
      await waitFor(
        async () =>
          (await h.app.storage.prisma.slackInstallation.count({ where: { workspaceId: 'T2' } })) === 0,
        'the removal',
      );
      const workspace = await h.app.storage.prisma.workspace.findUnique({ where: { id: 'T2' } });
      expect(workspace?.uninstalledAt).toBeInstanceOf(Date);
      const post = await h.app.storage.prisma.scheduledPost.findFirst({
        where: { workspaceId: 'T2', key: 'forum:o:member_reminder' },
      });
      expect(post?.status).toBe('cancelled');
    });

    it('keeps the data and restores the posts when the app is installed again within the grace period', async () => {
      expect((await install('code-T2')).status).toBe(200);
      const workspace = await h.app.storage.prisma.workspace.findUnique({ where: { id: 'T2' } });
      expect(workspace?.uninstalledAt).toBeNull();
      const post = await h.app.storage.prisma.scheduledPost.findFirst({
        where: { workspaceId: 'T2', key: 'forum:o:member_reminder' },
      });
      expect(post?.status).toBe('pending');
    });

    it('removes the installation when the bot token is revoked', async () => {
      expect((await install('code-T3')).status).toBe(200);
      expect(await h.app.storage.prisma.slackInstallation.count({ where: { workspaceId: 'T3' } })).toBe(1);
      await h.send(eventCallback({ type: 'tokens_revoked', tokens: { bot: ['UBOT'] } }, { teamId: 'T3' }));
      await waitFor(
        async () =>
          (await h.app.storage.prisma.slackInstallation.count({ where: { workspaceId: 'T3' } })) === 0,
        'the removal',
      );
    });

    it('ignores events from a workspace that has not installed the app', async () => {
      const before = h.fake.callsOf('chat.postMessage').length;
      const res = await h.send(mention('what is a CAF', { teamId: 'TUNKNOWN' }));
      expect([200, 401]).toContain(res.status);
      await new Promise((r) => setTimeout(r, 200));
      expect(h.fake.callsOf('chat.postMessage')).toHaveLength(before);
    });
  });
}
