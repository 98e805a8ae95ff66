import { describe, expect, it } from 'vitest';
import {
  ConversationService,
  MAX_MESSAGE_LENGTH,
} from '../../../src/core/conversation/conversation-service.ts';
import { chatRoute, type IncomingMessage } from '../../../src/core/conversation/types.ts';
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

  describe('half, misspelt and wordy commands', () => {
    it('lists each command once in `help all` and `help forum`', async () => {
      const { conversation } = makeConversation();
      const rsvp = chatRoute<true>({
        name: 'rsvp',
        help: '`rsvp going`: answer.',
        topics: ['forum'],
        match: () => undefined,
        handle: async () => ({ text: '' }),
      });
      const forum = chatRoute<true>({
        name: 'forum',
        help: '• `forum schedule`: meetings.\n• `rsvp going`: answer.',
        match: () => undefined,
        handle: async () => ({ text: '' }),
      });
      const withForums = new ConversationService({
        guidance: shippedGuidance(),
        members: new InMemoryMembers(),
        questions: new InMemoryQuestions(),
        events: new InMemoryEvents(),
        clock: new FixedClock(),
        questionRetentionDays: 30,
        routes: [forum, rsvp],
      });
      for (const topic of ['all', 'forum']) {
        const lines = withForums.helpText(topic)?.split('\n') ?? [];
        expect(lines.filter((l) => l.includes('`rsvp going`'))).toHaveLength(1);
      }
      expect(conversation.helpText('all')).toMatch(/whoami/);
    });

    it('asks for the question after a bare `ask`, and logs nothing', async () => {
      const { conversation, questions } = makeConversation();
      const reply = await conversation.handle(makeMessage('ask'));
      expect(reply?.text).toMatch(/after `ask`/);
      expect(reply?.guidance).toBeUndefined();
      expect(questions.rows).toHaveLength(0);
    });

    it('asks which article after a bare `article`, and logs nothing', async () => {
      const { conversation, questions } = makeConversation();
      const reply = await conversation.handle(makeMessage('article'));
      expect(reply?.text).toMatch(/`article <id>`/);
      expect(questions.rows).toHaveLength(0);
    });

    it('shows an article named with extra words after its id', async () => {
      const { conversation, questions } = makeConversation();
      const reply = await conversation.handle(makeMessage('article caf-consent please'));
      expect(reply?.text).toMatch(/^Consent for a CAF/);
      expect(reply?.text).not.toMatch(/noticed a name/);
      expect(questions.rows).toHaveLength(0);
      const disclosure = await conversation.handle(
        makeMessage(
          'article caf-consent a child just told me her uncle is abusing her and he picks her up today',
        ),
      );
      expect(disclosure?.guidance?.kind).toBe('urgent');
    });

    it('answers `article 6` as a question about Article 6, not as a missing article id', async () => {
      const { conversation } = makeConversation();
      const reply = await conversation.handle(makeMessage('article 6'));
      expect(reply?.text).not.toMatch(/There is no article/);
      expect(reply?.guidance).toBeDefined();
      const unknown = await conversation.handle(makeMessage('article caf-consnet'));
      expect(unknown?.text).toMatch(/There is no article "caf-consnet"/);
    });

    it('takes a misspelt rating as the rating, not as a question', async () => {
      const { conversation, questions } = makeConversation();
      await conversation.handle(makeMessage('who can be a lead professional'));
      for (const [typed, feedback] of [
        ['unhelpfull', 'unhelpful'],
        ['helpfull!', 'helpful'],
        ['not helpfull', 'unhelpful'],
      ] as const) {
        const reply = await conversation.handle(makeMessage(typed));
        expect(reply?.text).toMatch(/Thanks, noted/);
        expect(questions.rows).toHaveLength(1);
        expect(questions.rows[0]?.feedback).toBe(feedback);
      }
    });

    it('gives the role usage for a half `role` command, and leaves questions about roles alone', async () => {
      const { conversation, questions } = makeConversation();
      for (const typed of ['role', 'role <@U2>', 'role U2 host please']) {
        const reply = await conversation.handle(makeMessage(typed));
        expect(reply?.text).toMatch(/`role <user> <member\|host\|coordinator>`/);
      }
      expect(questions.rows).toHaveLength(0);
      const typo = await conversation.handle(makeMessage('role alice hots'));
      expect(typo?.text).toMatch(/member, host or coordinator/);
      const question = await conversation.handle(makeMessage('role lead professional'));
      expect(question?.guidance).toBeDefined();
    });

    it('answers a greeting or thanks in a line, without logging it as a question', async () => {
      const { conversation, questions } = makeConversation();
      for (const typed of ['hi', 'Thanks!', 'thank you', 'cheers', 'hello joinedup']) {
        const reply = await conversation.handle(makeMessage(typed));
        expect(reply?.text).not.toMatch(/doesn't cover that/);
        expect(reply?.guidance).toBeUndefined();
      }
      expect(questions.rows).toHaveLength(0);
    });
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

describe('answers worked out on another thread', () => {
  function withOffThread(
    give: (question: string) => ReturnType<typeof shippedGuidance>['answer'] | undefined,
  ) {
    const guidance = shippedGuidance();
    const asked: string[] = [];
    const questions = new InMemoryQuestions();
    // Another service over the same articles: a workspace's own guidance, as far as the service sees.
    const local = Object.create(guidance) as typeof guidance;
    const conversation = new ConversationService({
      guidance,
      members: new InMemoryMembers(),
      questions,
      events: new InMemoryEvents(),
      clock: new FixedClock(),
      questionRetentionDays: 30,
      // Workspace W2 has answers of its own; the others share `guidance`.
      guidanceFor: async (workspaceId) => (workspaceId === 'W2' ? local : guidance),
      offThread: {
        answer: async (question, context) => {
          asked.push(question);
          return give(question)?.call(guidance, question, context);
        },
      },
    });
    return { conversation, asked, questions };
  }

  it("takes the thread's reply for the shared guidance, and logs it as any other", async () => {
    const { conversation, asked, questions } = withOffThread(() => (q, c) => ({
      ...shippedGuidance().answer(q, c),
      text: 'from the thread',
    }));
    const reply = await conversation.handle(makeMessage('who can be a lead professional'));
    expect(asked).toEqual(['who can be a lead professional']);
    expect(reply?.text).toBe('from the thread');
    expect(questions.rows[0]?.redactedText).toBe('who can be a lead professional');
  });

  it('answers here when the thread hands the question back', async () => {
    const { conversation, asked } = withOffThread(() => undefined);
    const reply = await conversation.handle(makeMessage('who can be a lead professional'));
    expect(asked).toHaveLength(1);
    expect(reply?.guidance?.kind).toBe('answer');
    expect(reply?.text).toMatch(/Source:/);
  });

  it("never sends a workspace's own answers to the thread, which holds only the shared ones", async () => {
    const { conversation, asked } = withOffThread(() => (q, c) => ({
      ...shippedGuidance().answer(q, c),
      text: 'from the thread',
    }));
    const reply = await conversation.handle(
      makeMessage('who can be a lead professional', { workspace: { id: 'W2', platform: 'console' } }),
    );
    expect(asked).toEqual([]);
    expect(reply?.text).not.toBe('from the thread');
  });
});
