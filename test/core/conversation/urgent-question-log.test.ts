import { describe, expect, it } from 'vitest';
import { ConversationService } from '../../../src/core/conversation/conversation-service.ts';
import { questionLogEntry } from '../../../src/core/conversation/question-log-entry.ts';
import { SAFETY_NET_LINE } from '../../../src/core/guidance/triage/index.ts';
import {
  FixedClock,
  InMemoryEvents,
  InMemoryMembers,
  InMemoryQuestions,
} from '../../fakes/in-memory-repositories.ts';
import { shippedGuidance } from '../../support/guidance.ts';

function makeConversation() {
  const questions = new InMemoryQuestions();
  const clock = new FixedClock();
  const conversation = new ConversationService({
    guidance: shippedGuidance(),
    members: new InMemoryMembers(),
    questions,
    events: new InMemoryEvents(),
    clock,
    questionRetentionDays: 30,
  });
  const say = (text: string) =>
    conversation.handle({ workspace: { id: 'W1', platform: 'console' }, userId: 'U1', text });
  return { say, questions, clock };
}

describe('the question log and urgent messages', () => {
  it.each([
    ['now', 'a child just told me her uncle is abusing her and he picks her up today'],
    ['today', 'a year 3 boy has bruises on both ears and mum says he fell off the trampoline'],
  ] as const)('keeps only the category, time and workspace of an urgent message (%s)', async (tier, text) => {
    const { say, questions, clock } = makeConversation();
    const reply = await say(text);
    expect(reply?.guidance?.kind).toBe('urgent');
    expect(reply?.guidance?.urgency).toBe(tier);
    expect(questions.rows).toHaveLength(1);
    const row = questions.rows[0];
    expect(row).toMatchObject({ workspaceId: 'W1', answerKind: 'urgent', urgency: tier, redactedText: '' });
    expect(row?.userId).toBeUndefined();
    expect(row?.matchedArticles).toEqual([]);
    expect(row?.createdAt.getTime()).toBe(clock.now().getTime());
    // Nothing of the message is anywhere in the row.
    const stored = JSON.stringify(row);
    for (const word of ['uncle', 'abusing', 'bruises', 'trampoline', 'U1'])
      expect(stored).not.toContain(word);
  });

  it('offers no feedback buttons on an urgent reply, so nothing can point back to it', async () => {
    const { say } = makeConversation();
    const reply = await say('dad is hitting him right now');
    expect(reply?.actions).toBeUndefined();
    const rated = await say('helpful');
    expect(rated?.text).toMatch(/no answer of mine to rate/);
  });

  it('still logs ordinary questions with their redacted text and author', () => {
    const entry = questionLogEntry(
      {
        kind: 'answer',
        text: '',
        answer: '',
        sources: [],
        related: [],
        suggestions: [],
        confidence: 0.8,
        privacyWarning: true,
        privacyKinds: ['name'],
        redactedQuestion: 'can I share about [name]?',
        articleIds: ['consent'],
        local: false,
        urgentReasons: [],
      },
      { workspaceId: 'W1', userId: 'U1' },
      new Date('2026-12-01T10:00:00Z'),
      30,
    );
    expect(entry).toMatchObject({
      userId: 'U1',
      redactedText: 'can I share about [name]?',
      answerKind: 'answer',
    });
    expect(entry.urgency).toBeUndefined();
    expect(entry.expiresAt.toISOString()).toBe('2026-12-31T10:00:00.000Z');
  });
});

describe('the safety-net line', () => {
  it('ends a reply that is not urgent when the message talks about harm', async () => {
    const { say } = makeConversation();
    const reply = await say('what should I do if a child discloses abuse?');
    expect(reply?.guidance?.kind).not.toBe('urgent');
    expect(reply?.text.trim().endsWith(SAFETY_NET_LINE)).toBe(true);
    expect(reply?.guidance?.safetyNet).toBe(SAFETY_NET_LINE);
  });

  it('is not added to an ordinary question or to an urgent reply', async () => {
    const { say } = makeConversation();
    expect((await say('who can be a lead professional'))?.text).not.toContain(SAFETY_NET_LINE);
    expect((await say('dad is hitting him right now'))?.text).not.toContain(SAFETY_NET_LINE);
  });

  it('ends a command reply whose message talks about harm, once', async () => {
    const { say } = makeConversation();
    const reply = await say('article no-such-article-about-self-harm');
    expect(reply?.text.split(SAFETY_NET_LINE)).toHaveLength(2);
  });
});
