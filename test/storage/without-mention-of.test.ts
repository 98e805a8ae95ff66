import { describe, expect, it } from 'vitest';
import { withoutMentionOf } from '../../src/storage/data-protection.ts';

describe('withoutMentionOf', () => {
  it('drops the person’s typed mention and rewrites the text from the remaining parts', () => {
    const payload = {
      text: 'Hosts: @U1 and @U2',
      parts: [{ text: 'Hosts: ' }, { mention: 'U1' }, { text: ' and ' }, { mention: 'U2' }],
      kind: 'host-reminder',
    };
    expect(withoutMentionOf(payload, 'U1')).toEqual({
      text: 'Hosts:  and @U2',
      parts: [{ text: 'Hosts: ' }, { text: ' and ' }, { mention: 'U2' }],
      kind: 'host-reminder',
    });
  });

  it('removes an older Slack-style mention from text, and leaves a longer id alone', () => {
    expect(withoutMentionOf({ text: 'Ask <@U1> or @U10', kind: 'x' }, 'U1')).toEqual({
      text: 'Ask  or @U10',
      kind: 'x',
    });
  });

  it('returns the same payload when the person is not mentioned', () => {
    const payload = { text: 'Hello @U2', parts: [{ text: 'Hello ' }, { mention: 'U2' }], kind: 'x' };
    expect(withoutMentionOf(payload, 'U1')).toBe(payload);
  });
});
