import { randomBytes } from 'node:crypto';
import { respondentKey } from '../core/pulse/respondent-key.ts';
import type { PrismaClient } from './client.ts';
import { forgetCached } from './lookup-cache.ts';
import { flushQuestionLog } from './question-log-writer.ts';

/** Everything stored about one person in one workspace, for a subject access request. */
export interface SubjectAccessExport {
  workspaceId: string;
  userId: string;
  exportedAt: string;
  member: unknown;
  questions: unknown[];
  rsvps: unknown[];
  surveyResponses: unknown[];
  surveySector: string | null;
  agencyContactOf: unknown[];
  hostingChangesMade: unknown[];
  forumsCreated: unknown[];
  surveysCreated: unknown[];
  templatesCreated: unknown[];
  localAnswersWritten: unknown[];
  dashboardSignIns: unknown[];
}

/**
 * True when an export holds nothing about the person: never seen in that workspace (a mistyped
 * id, or the wrong workspace), or already erased. A subject access request must not be answered
 * "nothing held" because of a typo, so callers say which.
 */
export function holdsNothing(data: SubjectAccessExport): boolean {
  return (
    data.member === null &&
    data.surveySector === null &&
    Object.values(data).every((value) => !Array.isArray(value) || value.length === 0)
  );
}

/**
 * Subject access and erasure across every table that can hold a person's id. Anonymous survey
 * answers are found through the same keyed hash that enforces one response per person.
 */
export class DataProtection {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly respondentSecret: string,
  ) {}

  private async respondentKeys(workspaceId: string, userId: string): Promise<string[]> {
    const runs = await this.prisma.surveyRun.findMany({ where: { workspaceId }, select: { id: true } });
    return runs.map((r) => respondentKey(this.respondentSecret, workspaceId, r.id, userId));
  }

  /** False when nothing at all is held about the person in the workspace (see `holdsNothing`). */
  async holdsAnything(workspaceId: string, userId: string): Promise<boolean> {
    return !holdsNothing(await this.exportUser(workspaceId, userId));
  }

  async exportUser(workspaceId: string, userId: string, now = new Date()): Promise<SubjectAccessExport> {
    // Questions still on their way to the log are part of what is held.
    await flushQuestionLog(this.prisma);
    const keys = await this.respondentKeys(workspaceId, userId);
    const [
      member,
      questions,
      rsvps,
      responses,
      profile,
      agencies,
      events,
      forums,
      runs,
      templates,
      localArticles,
      signIns,
      sessions,
    ] = await Promise.all([
      this.prisma.member.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } }),
      this.prisma.guidanceQuestion.findMany({ where: { workspaceId, userId } }),
      this.prisma.forumRsvp.findMany({ where: { workspaceId, userId } }),
      this.prisma.surveyResponse.findMany({
        where: { workspaceId, OR: [{ userId }, { respondentKey: { in: keys } }] },
        select: { runId: true, sector: true, answers: true, submittedAt: true },
      }),
      this.prisma.respondentProfile.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } }),
      this.prisma.forumAgency.findMany({
        where: { workspaceId, contacts: { has: userId } },
        select: { forumId: true, name: true },
      }),
      this.prisma.hostingEvent.findMany({ where: { workspaceId, byUserId: userId } }),
      this.prisma.forum.findMany({
        where: { workspaceId, createdBy: userId },
        select: { id: true, name: true },
      }),
      this.prisma.surveyRun.findMany({
        where: { workspaceId, createdBy: userId },
        select: { id: true, templateKey: true },
      }),
      this.prisma.surveyTemplate.findMany({
        where: { workspaceId, createdBy: userId },
        select: { key: true, title: true },
      }),
      this.prisma.localArticle.findMany({
        where: { workspaceId, createdBy: userId },
        select: { slug: true, title: true, createdAt: true },
      }),
      this.prisma.dashboardSignIn.findMany({
        where: { workspaceId, userId },
        select: { createdAt: true, expiresAt: true, usedAt: true },
      }),
      this.prisma.dashboardSession.findMany({
        where: { workspaceId, userId },
        select: { createdAt: true, expiresAt: true },
      }),
    ]);
    return {
      workspaceId,
      userId,
      exportedAt: now.toISOString(),
      member,
      questions,
      rsvps,
      surveyResponses: responses,
      surveySector: profile?.sector ?? null,
      agencyContactOf: agencies,
      hostingChangesMade: events.map((e) => ({ ...e, seq: String(e.seq) })),
      forumsCreated: forums,
      surveysCreated: runs,
      templatesCreated: templates,
      localAnswersWritten: localArticles,
      dashboardSignIns: [
        ...signIns.map((x) => ({ kind: 'link', ...x })),
        ...sessions.map((x) => ({ kind: 'session', ...x })),
      ],
    };
  }

  /**
   * Removes a person: their membership, profile and contact entries go; what must stay for
   * anonymous aggregates (RSVP counts, survey results, question statistics) stays without anything
   * that links it to them. Returns how many rows each step touched.
   */
  async eraseUser(workspaceId: string, userId: string): Promise<Record<string, number>> {
    await flushQuestionLog(this.prisma);
    const keys = await this.respondentKeys(workspaceId, userId);
    const tombstone = () => `erased-${randomBytes(8).toString('hex')}`;
    const erased = await this.prisma.$transaction(async (tx) => {
      const counts: Record<string, number> = {};
      counts.questions = (
        await tx.guidanceQuestion.updateMany({ where: { workspaceId, userId }, data: { userId: null } })
      ).count;
      // Counts per meeting must not change: each answer keeps its place under a random id.
      const rsvps = await tx.forumRsvp.findMany({ where: { workspaceId, userId } });
      for (const r of rsvps) {
        await tx.forumRsvp.update({
          where: { occurrenceId_userId: { occurrenceId: r.occurrenceId, userId } },
          data: { userId: tombstone() },
        });
      }
      counts.rsvps = rsvps.length;
      const responses = await tx.surveyResponse.findMany({
        where: { workspaceId, OR: [{ userId }, { respondentKey: { in: keys } }] },
        select: { id: true },
      });
      for (const r of responses) {
        await tx.surveyResponse.update({
          where: { id: r.id },
          data: { userId: null, respondentKey: tombstone() },
        });
      }
      counts.surveyResponses = responses.length;
      counts.surveyProfile = (
        await tx.respondentProfile.deleteMany({ where: { workspaceId, userId } })
      ).count;
      const agencies = await tx.forumAgency.findMany({ where: { workspaceId, contacts: { has: userId } } });
      for (const a of agencies) {
        await tx.forumAgency.update({
          where: { id: a.id },
          data: { contacts: a.contacts.filter((c) => c !== userId) },
        });
      }
      counts.agencyContacts = agencies.length;
      counts.hostingEvents = (
        await tx.hostingEvent.updateMany({
          where: { workspaceId, byUserId: userId },
          data: { byUserId: null },
        })
      ).count;
      counts.forums = (
        await tx.forum.updateMany({ where: { workspaceId, createdBy: userId }, data: { createdBy: null } })
      ).count;
      counts.surveyRuns = (
        await tx.surveyRun.updateMany({
          where: { workspaceId, createdBy: userId },
          data: { createdBy: null },
        })
      ).count;
      counts.surveyTemplates = (
        await tx.surveyTemplate.updateMany({
          where: { workspaceId, createdBy: userId },
          data: { createdBy: null },
        })
      ).count;
      // Posts (sent or pending) that mention the person, e.g. host reminders to agency contacts.
      // A post's mentions are typed parts beside a plain-text rendering (`@id`); older posts wrote
      // Slack's `<@id>` into the text. Both go, and the remaining text is re-joined from the parts.
      const mentioning = await tx.$queryRaw<{ id: string; payload: unknown }[]>`
        SELECT id, payload FROM scheduled_post
        WHERE workspace_id = ${workspaceId} AND strpos(payload::text, ${userId}) > 0`;
      counts.postMentions = 0;
      for (const post of mentioning) {
        const payload = withoutMentionOf(post.payload, userId);
        if (payload === post.payload) continue;
        await tx.scheduledPost.update({ where: { id: post.id }, data: { payload: payload as object } });
        counts.postMentions += 1;
      }
      counts.postMentions += await tx.$executeRaw`
        UPDATE scheduled_post
        SET payload = jsonb_set(payload, '{data,contacts}', (payload #> '{data,contacts}') - ${userId}::text)
        WHERE workspace_id = ${workspaceId} AND (payload #> '{data,contacts}') ? ${userId}::text`;
      counts.localAnswers = (
        await tx.localArticle.updateMany({
          where: { workspaceId, createdBy: userId },
          data: { createdBy: null },
        })
      ).count;
      counts.dashboardSignIns =
        (await tx.dashboardSignIn.deleteMany({ where: { workspaceId, userId } })).count +
        (await tx.dashboardSession.deleteMany({ where: { workspaceId, userId } })).count;
      counts.member = (await tx.member.deleteMany({ where: { workspaceId, userId } })).count;
      return counts;
    });
    forgetCached(this.prisma, workspaceId, userId);
    return erased;
  }
}

/** A post payload with every mention of one person removed (typed parts and the text written from them). */
export function withoutMentionOf(payload: unknown, userId: string): unknown {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return payload;
  const record = payload as Record<string, unknown>;
  const parts = Array.isArray(record.parts) ? (record.parts as Record<string, unknown>[]) : undefined;
  const text = typeof record.text === 'string' ? record.text : undefined;
  const mentionsInParts = parts?.some((part) => part.mention === userId) ?? false;
  const escaped = userId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inText = text !== undefined && new RegExp(`<@${escaped}>|@${escaped}(?![\\w-])`).test(text);
  if (!mentionsInParts && !inText) return payload;
  const next: Record<string, unknown> = { ...record };
  if (parts) {
    const kept = parts.filter((part) => part.mention !== userId);
    next.parts = kept;
    next.text = kept
      .map((part) => (typeof part.mention === 'string' ? `@${part.mention}` : String(part.text ?? '')))
      .join('');
  } else if (text !== undefined) {
    next.text = text.replace(new RegExp(`<@${escaped}>|@${escaped}(?![\\w-])`, 'g'), '');
  }
  return next;
}
