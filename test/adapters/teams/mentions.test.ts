import { expect, it } from 'vitest';
import { plainText, resolveMentions } from '../../../src/adapters/teams/activity.ts';
import { renderPostCard } from '../../../src/adapters/teams/render/cards.ts';
import { parseList } from '../../../src/core/forums/parse-forum-command.ts';

it('renders the people a post mentions as Teams mentions: <at>Name</at> and a mention entity each', () => {
  const card = renderPostCard(
    {
      kind: 'forum_host_reminder',
      text: 'Reminder for @aad-bob and @aad-amy',
      parts: [{ text: 'Reminder for ' }, { mention: 'aad-bob' }, { text: ' and ' }, { mention: 'aad-amy' }],
    },
    'k',
    undefined,
    new Map([['aad-bob', 'Bob Jones']]),
  );
  expect(JSON.stringify(card.body)).toContain('Reminder for <at>Bob Jones</at> and <at>aad-amy</at>');
  expect(card.msteams?.entities).toEqual([
    { type: 'mention', text: '<at>Bob Jones</at>', mentioned: { id: 'aad-bob', name: 'Bob Jones' } },
    { type: 'mention', text: '<at>aad-amy</at>', mentioned: { id: 'aad-amy', name: 'aad-amy' } },
  ]);
  // a post without mentions carries no entities
  expect(renderPostCard({ kind: 'forum_announcement', text: 'x' }, 'k').msteams?.entities).toBeUndefined();
});

it('reads people mentioned in a message as user ids, leaving the bot mention alone', () => {
  const text = resolveMentions({
    text: '<at>joinedup</at> forum agency add "North" name="Oak" sector=education contacts=<at>Bob Jones</at>,<at>Amy</at>',
    recipient: { id: '28:bot', name: 'joinedup' },
    entities: [
      { type: 'mention', text: '<at>joinedup</at>', mentioned: { id: '28:bot', name: 'joinedup' } },
      {
        type: 'mention',
        text: '<at>Bob Jones</at>',
        mentioned: { id: '29:bob', name: 'Bob Jones', aadObjectId: 'aad-bob' },
      },
      { type: 'mention', text: '<at>Amy</at>', mentioned: { id: '29:amy', name: 'Amy' } },
    ],
  });
  const plain = plainText(text);
  expect(plain).toBe(
    'joinedup forum agency add "North" name="Oak" sector=education contacts=<@aad-bob>,<@29:amy>',
  );
  expect(parseList(/contacts=(\S+)/.exec(plain)?.[1])).toEqual(['aad-bob', '29:amy']);
});
