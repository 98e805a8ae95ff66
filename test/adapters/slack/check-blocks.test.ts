import { describe, expect, it } from 'vitest';
import {
  escapeMrkdwn,
  replyMessages,
  sections,
  splitEscaped,
} from '../../../src/adapters/slack/render/blocks.ts';
import {
  BlockLimitError,
  checkMessage,
  checkView,
  fitsMessage,
  slackLength,
} from '../../../src/adapters/slack/render/check-blocks.ts';
import { slackHelp } from '../../../src/adapters/slack/render/help.ts';
import { homeView } from '../../../src/adapters/slack/render/home.ts';

/** A paragraph of 2,880 characters, under the old 2,900 split, that is 3,016 once escaped. */
const OLD_HELP_FIRST_SECTION = `${'• `ask <x>` '.repeat(20)}${'& '.repeat(4)}${'a'.repeat(2880 - 248)}`;

describe('Slack Block Kit limits', () => {
  it('counts text as Slack does, after escaping', () => {
    expect(slackLength('a<b>&c')).toBe('a&lt;b&gt;&amp;c'.length);
    expect(slackLength('a &amp; b &lt;', 'mrkdwn')).toBe(14);
    expect(slackLength('a & b', 'mrkdwn')).toBe(9);
    expect(escapeMrkdwn(OLD_HELP_FIRST_SECTION).length).toBe(3016);
  });

  it('refuses a section of 3,016 characters after escaping, as Slack does', () => {
    const blocks = [
      { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(OLD_HELP_FIRST_SECTION) } },
    ];
    expect(checkMessage({ text: 'help', blocks })).toEqual([
      { path: 'blocks[0].text', problem: 'is 3016 characters after escaping; the limit is 3000' },
    ]);
    expect(() => fitsMessage({ text: 'help', blocks })).toThrow(BlockLimitError);
  });

  it('splits such text into sections within the limit, keeping every character', () => {
    const text = `${OLD_HELP_FIRST_SECTION}\n${'word & <tag> '.repeat(400)}\n${'&'.repeat(4000)}`;
    const blocks = sections(text);
    expect(blocks.length).toBeGreaterThan(2);
    expect(checkMessage({ text: 'x', blocks })).toEqual([]);
    expect(splitEscaped(text, 3000).join('').replace(/\n/g, '')).toBe(text.replace(/\n/g, ''));
  });

  it('sends a reply of more than 50 blocks as several messages, none dropped', () => {
    const text = Array.from({ length: 60 }, (_, i) => `${i}: ${'x'.repeat(2990)}`).join('\n');
    const parts = replyMessages({ text });
    expect(parts.length).toBe(2);
    expect(parts.flatMap((p) => p.blocks)).toHaveLength(60);
    for (const p of parts) expect(checkMessage(p)).toEqual([]);
  });

  it('checks buttons, actions, headers, options and views', () => {
    const button = (text: string) => ({ type: 'button', text: { type: 'plain_text', text }, action_id: 'a' });
    const problems = checkMessage({
      text: 'x',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } },
        { type: 'actions', elements: Array.from({ length: 26 }, () => button('ok')) },
        { type: 'actions', elements: [button('<'.repeat(19))] },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: 'pick' },
          accessory: {
            type: 'static_select',
            action_id: 's',
            options: Array.from({ length: 101 }, (_, i) => ({
              text: { type: 'plain_text', text: `o${i}` },
              value: String(i),
            })),
          },
        },
      ],
    }).map((p) => p.path);
    expect(problems).toEqual([
      'blocks[0].text',
      'blocks[1].elements',
      'blocks[2].elements[0].text',
      'blocks[3].accessory.options',
    ]);
    expect(
      checkView({
        type: 'modal',
        title: { type: 'plain_text', text: 'A title longer than 24 chars' },
        blocks: [],
      }),
    ).toEqual([{ path: 'view.title', problem: 'is 28 characters after escaping; the limit is 24' }]);
    expect(
      checkView({ type: 'home', blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) }),
    ).toEqual([{ path: 'blocks', problem: 'has 101 items; the limit is 100' }]);
  });

  it('keeps the help short, with buttons, pointing to the App Home', () => {
    const help = slackHelp({ teamId: 'T1', appId: 'A1' });
    expect(checkMessage(help)).toEqual([]);
    expect(JSON.stringify(help)).toContain('slack://app?team=T1&id=A1&tab=home');
    expect(help.blocks.some((b) => b.type === 'actions')).toBe(true);
  });

  it('keeps an App Home with many meetings within 100 blocks and says how many more there are', () => {
    const meeting = (i: number) => ({
      forum: { name: `Forum ${i}`, timeZone: 'Europe/London', startTime: '13:30' },
      occurrence: { id: `o${i}`, date: '2027-01-12', hostName: 'School' },
      rsvp: null,
    });
    const view = homeView({
      role: 'coordinator',
      meetings: Array.from({ length: 80 }, (_, i) => meeting(i)) as never,
      surveys: [],
      recentRuns: [],
    });
    expect(checkView(view)).toEqual([]);
    expect(JSON.stringify(view)).toContain('and 60 more');
  });
});

describe('resolveSlackText', () => {
  it('turns escaped mentions into user ids and refuses names Slack could not resolve', async () => {
    const { resolveSlackText } = await import('../../../src/adapters/slack/resolve-mentions.ts');
    expect(
      resolveSlackText('forum agency add "F" name=X contacts=<@U1|ann>,<@W2|bob> in <#C9|forum>'),
    ).toEqual({
      ok: true,
      text: 'forum agency add "F" name=X contacts=<@U1>,<@W2> in <#C9>',
    });
    expect(resolveSlackText('forum agency add "F" name=X contacts=U1,U2').ok).toBe(true);
    const refused = resolveSlackText('forum agency add "F" name=X contacts="<@U1|ann>, @bob"');
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/"@bob".*nothing was saved/) });
  });
});

describe('messages updated in place', () => {
  it('spends the rating buttons and shows the rating; shows RSVP counts and, in a DM, the answer', async () => {
    const { rated, rsvped } = await import('../../../src/adapters/slack/listeners/update-in-place.ts');
    const { actionButtons } = await import('../../../src/adapters/slack/render/blocks.ts');
    const actions = actionButtons([
      { id: 'feedback_helpful', label: '👍', command: 'helpful', value: 'q1' },
      { id: 'feedback_unhelpful', label: '👎', command: 'unhelpful', value: 'q1' },
      { id: 'related_article', label: 'More', command: 'article a', value: 'a' },
    ]);
    if (!actions) throw new Error('no buttons rendered');
    const before = [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'answer' } }, actions];
    const after = JSON.stringify(rated('helpful')(before));
    expect(after).not.toContain('feedback:');
    expect(after).toContain('article a');
    expect(after).toContain('Rated 👍 helpful');
    const counts = { going: 3, maybe: 1, not_going: 0 };
    const once = rsvped('going', counts, true)(before);
    const twice = rsvped('maybe', { ...counts, going: 2, maybe: 2 }, true)(once);
    expect(twice).toHaveLength(3);
    expect(JSON.stringify(twice)).toContain('🤔 You might come · 2 going · 2 maybe · 0 not going');
    expect(JSON.stringify(rsvped('going', counts, false)(before))).not.toContain('You');
  });
});

describe('the SDKs’ own log output', () => {
  it('goes into the one JSON logger, warnings and errors only, without tokens or payloads', async () => {
    const { Writable } = await import('node:stream');
    const { createLogger } = await import('../../../src/logger.ts');
    const { boltLogger } = await import('../../../src/adapters/slack/receiver.ts');
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const sdk = boltLogger(createLogger('info', sink));
    sdk.debug('request body', { text: 'child at 12 Acacia Road' });
    sdk.info('connected');
    sdk.warn('http request failed with token xoxb-123-456-abcdef', { text: 'secret message text' });
    sdk.error(new Error('An API error occurred: invalid_auth xoxb-999'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(2);
    const parsed = lines.map((l) => JSON.parse(l) as { msg: string; level: number });
    expect(parsed[0]?.msg).toBe('http request failed with token [redacted]');
    expect(parsed[1]?.msg).toBe('Error');
    expect(lines.join('\n')).not.toMatch(/xox|Acacia|secret message/);
  });
});
