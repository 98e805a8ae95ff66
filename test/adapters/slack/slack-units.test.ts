import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, replyToBlocks, sections } from '../../../src/adapters/slack/render/blocks.ts';
import { answerInputFrom, blockForField, forumInputFrom } from '../../../src/adapters/slack/render/modals.ts';
import { seal, unseal } from '../../../src/adapters/slack/seal.ts';
import { stripMention } from '../../../src/adapters/slack/slack-adapter.ts';
import { signSlackRequest, verifySlackSignature } from '../../../src/adapters/slack/verify-signature.ts';

describe('Slack request signatures', () => {
  const secret = 'shh';
  const body = 'token=x&text=hello';
  const now = 1_800_000_000_000;
  const ts = String(now / 1000);
  const good = signSlackRequest(secret, body, Number(ts));
  const check = (over: Partial<Parameters<typeof verifySlackSignature>[0]>) =>
    verifySlackSignature({
      signingSecret: secret,
      body,
      timestamp: ts,
      signature: good,
      nowMs: now,
      ...over,
    });

  it('accepts Slack’s own signature', () => {
    expect(check({})).toEqual({ ok: true });
  });
  it.each([
    ['a wrong secret', { signingSecret: 'other' }, 'signature mismatch'],
    ['another body', { body: `${body}!` }, 'signature mismatch'],
    ['no signature', { signature: undefined }, 'missing signature headers'],
    ['no timestamp', { timestamp: undefined }, 'missing signature headers'],
    ['a timestamp that is not a number', { timestamp: '12ab' }, 'malformed timestamp'],
    ['five minutes and a second old', { nowMs: now + 301_000 }, 'timestamp outside the five-minute window'],
    ['five minutes and a second ahead', { nowMs: now - 301_000 }, 'timestamp outside the five-minute window'],
    ['a truncated hash', { signature: good.slice(0, 20) }, 'malformed signature'],
  ])('refuses %s', (_name, over, reason) => {
    expect(check(over)).toEqual({ ok: false, reason });
  });
});

describe('sealing stored tokens', () => {
  const key = Buffer.alloc(32, 7);
  it('round-trips, and each seal is different', () => {
    const a = seal(key, '{"bot":{"token":"xoxb-1"}}', 'T1');
    expect(a).not.toContain('xoxb');
    expect(seal(key, '{"bot":{"token":"xoxb-1"}}', 'T1')).not.toBe(a);
    expect(unseal(key, a, 'T1')).toBe('{"bot":{"token":"xoxb-1"}}');
  });
  it('does not open with another key, another workspace, or a changed value', () => {
    const sealed = seal(key, 'secret', 'T1');
    expect(() => unseal(Buffer.alloc(32, 8), sealed, 'T1')).toThrow();
    expect(() => unseal(key, sealed, 'T2')).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => unseal(key, parts.join('.'), 'T1')).toThrow();
  });
});

describe('Block Kit rendering', () => {
  it('escapes mrkdwn control characters but keeps user mentions', () => {
    expect(escapeMrkdwn('<@U123> a < b & c > d <!channel>')).toBe(
      '<@U123> a &lt; b &amp; c &gt; d &lt;!channel&gt;',
    );
  });
  it('splits long text into sections within Slack’s limit', () => {
    const blocks = sections(Array.from({ length: 200 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join('\n'));
    expect(blocks.length).toBeGreaterThan(2);
    for (const b of blocks) expect(b.text?.text.length).toBeLessThanOrEqual(3000);
  });
  it('renders RSVP and rating actions as typed buttons, and other actions with their read-only command', () => {
    const { blocks } = replyToBlocks({
      text: 'Next meeting',
      actions: [
        { id: 'rsvp_going', label: 'Going', command: 'rsvp going abc', value: 'abc:going' },
        { id: 'rsvp_not_going', label: 'Not going', command: 'rsvp not going abc', value: 'abc:not_going' },
        { id: 'feedback_helpful', label: 'Helpful', command: 'helpful q1', value: 'q1' },
        { id: 'related_article', label: 'Consent', command: 'article consent', value: 'consent' },
      ],
    });
    const actions = blocks.find((b) => b.type === 'actions') as {
      elements: { action_id: string; value: string }[];
    };
    expect(actions.elements.map((e) => [e.action_id, e.value])).toEqual([
      ['rsvp:going', 'abc'],
      ['rsvp:not_going', 'abc'],
      ['feedback:helpful', 'q1'],
      ['cmd:3', 'article consent'],
    ]);
  });
  it('strips the bot mention from a channel message', () => {
    expect(stripMention('<@UBOT> who can start a CAF?', 'UBOT')).toBe('who can start a CAF?');
    expect(stripMention('hey <@UBOT|joinedup> what is TAF', 'UBOT')).toBe('hey what is TAF');
  });
});

describe('modal submissions become use-case input', () => {
  const v = (value: Record<string, unknown>) => ({ value });
  it('passes forum fields as typed input, quotation marks and all, with no command text to inject into', () => {
    const fields = {
      cadence: v({ value: 'every month on the 1st monday' }),
      time: v({ selected_time: '09:30' }),
      start: v({ selected_date: '2027-02-01' }),
      channel: v({ selected_conversation: 'C9' }),
    };
    expect(forumInputFrom({ name: v({ value: 'North forum' }), ...fields }).input).toEqual({
      name: 'North forum',
      cadence: 'every month on the 1st monday',
      time: '09:30',
      start: '2027-02-01',
      channelId: 'C9',
    });
    const quoted = forumInputFrom({ name: v({ value: 'North" channel=CEVIL x="' }), ...fields });
    expect(quoted.input?.name).toBe('North" channel=CEVIL x="');
    expect(quoted.input?.channelId).toBe('C9');
    const empty = forumInputFrom({ name: v({ value: ' ' }), ...fields, time: v({ selected_time: null }) });
    expect(empty.input).toBeUndefined();
    expect(Object.keys(empty.errors).sort()).toEqual(['name', 'time']);
  });
  it('keys survey answers by question id, the sector beside them', () => {
    const run = {
      id: 'r1',
      template: {
        questions: [
          { id: 'c', type: 'comment', text: 'Anything else?', required: false },
          { id: 'a', type: 'agree5', text: 'Trust', required: true },
        ],
      },
    } as never;
    const input = answerInputFrom(run, {
      sector: v({ selected_option: { value: 'health' } }),
      'q:c': v({ value: 'More   joint\ntraining' }),
      'q:a': v({ selected_option: { value: '4' } }),
    });
    expect(input).toEqual({
      runId: 'r1',
      sector: 'health',
      answers: { c: 'More   joint\ntraining', a: '4' },
    });
  });
  it('shows a refusal beside the field it names, or at the top of the form', () => {
    const blocks = ['sector', 'q:q1', 'q:q2'];
    expect(blockForField('q2', blocks)).toBe('q:q2');
    expect(blockForField('sector', blocks)).toBe('sector');
    expect(blockForField(undefined, blocks)).toBe('sector');
    expect(blockForField('zone', ['name', 'cadence'])).toBe('name');
  });
});
