import { describe, expect, it } from 'vitest';
import { ConversationService } from '../../../src/core/conversation/conversation-service.ts';
import { parseActAs } from '../../../src/core/conversation/parse-act-as.ts';
import type { IncomingMessage } from '../../../src/core/conversation/types.ts';
import {
  FixedClock,
  InMemoryEvents,
  InMemoryMembers,
  InMemoryQuestions,
} from '../../fakes/in-memory-repositories.ts';
import { shippedGuidance } from '../../support/guidance.ts';

function makeConversation() {
  const members = new InMemoryMembers();
  const conversation = new ConversationService({
    guidance: shippedGuidance(),
    members,
    questions: new InMemoryQuestions(),
    events: new InMemoryEvents(),
    clock: new FixedClock(),
    questionRetentionDays: 30,
  });
  return { conversation, members };
}

const message = (
  text: string,
  userId: string,
  platform: 'console' | 'slack' = 'console',
): IncomingMessage => ({
  workspace: { id: 'W1', platform },
  userId,
  text,
});

const isCommand = (text: string) => /^(whoami|pulse\b)/.test(text);

describe('parseActAs', () => {
  it('reads the user and the message of a command', () => {
    expect(parseActAs('as alice whoami', isCommand)).toEqual({ userId: 'alice', text: 'whoami' });
    expect(parseActAs('as @bob: pulse answer 4 5', isCommand)).toEqual({
      userId: 'bob',
      text: 'pulse answer 4 5',
    });
    expect(parseActAs('as U2 who can start a CAF?', isCommand)).toEqual({
      userId: 'U2',
      text: 'who can start a CAF?',
    });
  });

  it('leaves ordinary questions that start with "as" alone', () => {
    expect(parseActAs('as a social worker can I share information?', isCommand)).toBeUndefined();
    expect(parseActAs('as lead practitioner who do I tell', isCommand)).toBeUndefined();
    expect(parseActAs('as alice what is a TAF?', isCommand)).toBeUndefined();
    expect(parseActAs('as alice', isCommand)).toBeUndefined();
  });
});

describe('as <user> <message>', () => {
  it('lets a console coordinator speak as another member, with that member’s role', async () => {
    const { conversation, members } = makeConversation();
    await conversation.handle(message('whoami', 'coord')); // the first member coordinates
    const reply = await conversation.handle(message('as alice whoami', 'coord'));
    expect(reply?.text).toBe('(as alice) You are alice, a member in this workspace.');
    expect(members.rows.size).toBe(2);
  });

  it('is refused to members, on other platforms, and nested', async () => {
    const { conversation } = makeConversation();
    await conversation.handle(message('whoami', 'coord'));
    await conversation.handle(message('whoami', 'alice'));
    const member = await conversation.handle(message('as coord whoami', 'alice'));
    expect(member).toMatchObject({
      error: 'FORBIDDEN',
      text: 'Only coordinators can use `as <user> <message>`.',
    });
    const slack = await conversation.handle(message('as alice whoami', 'coord', 'slack'));
    expect(slack?.error).toBe('FORBIDDEN');
    expect(slack?.text).toMatch(/only in the console/);
    const nested = await conversation.handle(message('as alice as bob whoami', 'coord'));
    expect(nested?.text).toMatch(/cannot be nested/);
  });
});
