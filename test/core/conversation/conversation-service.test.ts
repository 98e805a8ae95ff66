import { describe, expect, it } from 'vitest';
import {
  ConversationService,
  MAX_MESSAGE_LENGTH,
} from '../../../src/core/conversation/conversation-service.ts';
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
  const questions = new InMemoryQuestions();
  const events = new InMemoryEvents();
  const clock = new FixedClock();
  const errors: unknown[] = [];
  const conversation = new ConversationService({
    guidance: shippedGuidance(),
    members,
    questions,
    events,
    clock,
    questionRetentionDays: 30,
    onError: (e) => errors.push(e),
  });
  return { conversation, members, questions, events, clock, errors };
}

const makeMessage = (text: string, over: Partial<IncomingMessage> = {}): IncomingMessage => ({
  workspace: { id: 'W1', platform: 'console' },
  userId: 'U1',
  text,
  ...over,
});

describe('conversation', () => {
  it('lists what the bot can do on help', async () => {
    const { conversation } = makeConversation();
    const reply = await conversation.handle(makeMessage('help'));
    expect(reply?.text).toMatch(/ask/);
    expect(reply?.text).toMatch(/helpful/);
    expect(reply?.text).toMatch(/999/);
  });

  it('answers a question, logs it redacted with an expiry, and offers feedback', async () => {
    const { conversation, questions, clock } = makeConversation();
    const reply = await conversation.handle(makeMessage('who can be a lead professional'));
    expect(reply?.guidance?.kind).toBe('answer');
    expect(reply?.actions?.map((a) => a.id)).toContain('feedback_helpful');
    expect(questions.rows).toHaveLength(1);
    const row = questions.rows[0];
    expect(row?.redactedText).toBe('who can be a lead professional');
    expect(row?.expiresAt.getTime()).toBe(clock.now().getTime() + 30 * 86_400_000);
    expect(row?.matchedArticles.length).toBeGreaterThan(0);
  });

  it('stores only the redacted question when personal details are posted', async () => {
    const { conversation, questions } = makeConversation();
    const reply = await conversation.handle(
      makeMessage('Can I start a CAF for Jayden Smith, DOB 03/04/2019, 22 Mill Road LS6 2AB?'),
    );
    expect(reply?.guidance?.privacyWarning).toBe(true);
    const stored = questions.rows[0]?.redactedText ?? '';
    for (const secret of ['Jayden', 'Smith', '03/04/2019', 'Mill Road', 'LS6 2AB']) {
      expect(stored).not.toContain(secret);
      expect(reply?.text).not.toContain(secret);
    }
  });

  it('records 👍/👎 feedback on the latest answer of the same person only', async () => {
    const { conversation, questions } = makeConversation();
    await conversation.handle(makeMessage('what is a team around the family'));
    const other = await conversation.handle(makeMessage('unhelpful', { userId: 'U2' }));
    expect(other?.text).toMatch(/ask a question first/i);
    const reply = await conversation.handle(makeMessage('👎'));
    expect(reply?.text).toMatch(/not helpful/i);
    expect(questions.rows[0]?.feedback).toBe('unhelpful');
  });

  it('ignores a redelivered event', async () => {
    const { conversation, questions } = makeConversation();
    const first = await conversation.handle(makeMessage('what is a MASH', { eventId: 'Ev1' }));
    const again = await conversation.handle(makeMessage('what is a MASH', { eventId: 'Ev1' }));
    expect(first).not.toBeNull();
    expect(again).toBeNull();
    expect(questions.rows).toHaveLength(1);
  });

  it('processes the retry of an event whose first attempt failed, once', async () => {
    const { conversation, questions } = makeConversation();
    const record = questions.record.bind(questions);
    let failNext = true;
    questions.record = async (entry) => {
      if (failNext) {
        failNext = false;
        throw new Error('database went away');
      }
      return record(entry);
    };
    await expect(conversation.handle(makeMessage('what is a MASH', { eventId: 'Ev2' }))).rejects.toThrow(
      'database went away',
    );
    const retry = await conversation.handle(makeMessage('what is a MASH', { eventId: 'Ev2' }));
    const again = await conversation.handle(makeMessage('what is a MASH', { eventId: 'Ev2' }));
    expect(retry?.guidance?.kind).toBe('answer');
    expect(again).toBeNull();
    expect(questions.rows).toHaveLength(1);
  });

  it('makes the first user coordinator and lets only coordinators grant roles', async () => {
    const { conversation, members } = makeConversation();
    await conversation.handle(makeMessage('whoami'));
    const memberReply = await conversation.handle(makeMessage('role U1 member', { userId: 'U2' }));
    expect(memberReply?.text).toMatch(/Only a coordinator/);
    expect((await members.findMember('W1', 'U1'))?.role).toBe('coordinator');
    const grant = await conversation.handle(makeMessage('role <@U2> host'));
    expect(grant?.text).toBe('U2 is now a host.');
    expect((await members.findMember('W1', 'U2'))?.role).toBe('host');
    const bad = await conversation.handle(makeMessage('role U2 king'));
    expect(bad?.text).toMatch(/member, host or coordinator/);
    const demoteSelf = await conversation.handle(makeMessage('role U1 member'));
    expect(demoteSelf?.text).toMatch(/only coordinator/);
  });

  it('shows coordinators the unanswered queue, redacted, and refuses members', async () => {
    const { conversation } = makeConversation();
    await conversation.handle(makeMessage('what is the parking policy at the civic centre'));
    const queue = await conversation.handle(makeMessage('unanswered'));
    expect(queue?.text).toMatch(/parking policy/);
    const refused = await conversation.handle(makeMessage('unanswered', { userId: 'U3' }));
    expect(refused?.text).toMatch(/Only a coordinator/);
  });

  describe('bad input never crashes and stores nothing unredacted', () => {
    const cases: [string, string][] = [
      ['empty', ''],
      ['whitespace', '   \n\t  '],
      ['control characters', 'what is\u0000 a \u0007CAF\u001b[31m'],
      ['emoji only', '🙂🙂🙂'],
      ['another language', '¿Qué es el marco de evaluación común?'],
      ['SQL injection', "'; DROP TABLE guidance_question; --"],
      ['Markdown injection', '[click](javascript:alert(1)) **bold** <script>alert(1)</script>'],
      ['bidi override', 'what is a \u202Eemag\u202C CAF'],
    ];
    for (const [name, text] of cases) {
      it(name, async () => {
        const { conversation, errors } = makeConversation();
        const reply = await conversation.handle(makeMessage(text));
        expect(reply?.text.length).toBeGreaterThan(0);
        expect(errors).toEqual([]);
      });
    }

    it('refuses a 20,000-character message with a clear message and stores nothing', async () => {
      const { conversation, questions } = makeConversation();
      const reply = await conversation.handle(makeMessage(`Jayden Smith 07700 900123 ${'a'.repeat(20_000)}`));
      expect(reply?.text).toMatch(/too long/);
      expect(reply?.text).toContain(MAX_MESSAGE_LENGTH.toLocaleString('en-GB'));
      expect(questions.rows).toHaveLength(0);
    });
  });
});
