import type { GuidanceReply } from '../guidance/answer-question.ts';
import { withSafetyNet } from '../guidance/triage/index.ts';
import type { NewQuestionLogEntry } from '../shared/ports.ts';
import type { Reply } from './types.ts';

const DAY = 86_400_000;

/**
 * What the question log keeps of one answered message. The log exists to improve answers, and a
 * disclosure is not a question: an urgent message keeps only its category (urgent, and how
 * urgent), the time and the workspace, with no text and no author. Anything else keeps its
 * redacted text, as before.
 */
export function questionLogEntry(
  guidance: GuidanceReply,
  turn: { workspaceId: string; userId: string },
  now: Date,
  retentionDays: number,
): NewQuestionLogEntry {
  const expiresAt = new Date(now.getTime() + retentionDays * DAY);
  if (guidance.kind === 'urgent') {
    return {
      workspaceId: turn.workspaceId,
      redactedText: '',
      answerKind: 'urgent',
      urgency: guidance.urgency ?? 'now',
      matchedArticles: [],
      confidence: 1,
      privacyWarning: false,
      createdAt: now,
      expiresAt,
    };
  }
  return {
    workspaceId: turn.workspaceId,
    userId: turn.userId,
    redactedText: guidance.redactedQuestion,
    answerKind: guidance.kind,
    matchedArticles: guidance.articleIds,
    confidence: guidance.confidence,
    privacyWarning: guidance.privacyWarning,
    createdAt: now,
    expiresAt,
  };
}

/**
 * A command's reply with the safety-net line at the end when the message talks about harm (guidance
 * replies carry it already). Urgent replies are left as they are.
 */
export function withSafetyNetReply(message: string, reply: Reply): Reply {
  if (reply.guidance) return reply;
  const text = withSafetyNet(message, reply.text);
  return text === reply.text ? reply : { ...reply, text };
}
