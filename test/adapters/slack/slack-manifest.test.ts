import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BOT_SCOPES } from '../../../src/adapters/slack/slack-adapter.ts';

const manifest = parse(
  readFileSync(new URL('../../../manifests/slack/manifest.yaml', import.meta.url), 'utf8'),
);

describe('the Slack app manifest', () => {
  it('asks for exactly the scopes the adapter uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
  });
  it('subscribes to the events the adapter listens for, and sends everything to /slack/events', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(
      [
        'app_home_opened',
        'app_mention',
        'app_uninstalled',
        'message.channels',
        'message.groups',
        'message.im',
        'tokens_revoked',
      ].sort(),
    );
    expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.settings.interactivity.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.features.slash_commands[0].command).toBe('/joinedup');
    expect(manifest.features.slash_commands[0].url).toMatch(/\/slack\/events$/);
    expect(manifest.oauth_config.redirect_urls[0]).toMatch(/\/slack\/oauth_redirect$/);
  });
  it('escapes the slash command, so people picked with @ arrive as user ids', () => {
    expect(manifest.features.slash_commands[0].should_escape).toBe(true);
  });
  it('has a bot user and the App Home tab', () => {
    expect(manifest.features.bot_user.display_name).toBe('joinedup');
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });
});
