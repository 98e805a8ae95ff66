import type { GuidanceReply, GuidanceService } from '../guidance/answer-question.ts';
import { cleanText } from '../language/clean-text.ts';
import { tooLongReply } from '../language/limit-message.ts';
import { redactPersonalData } from '../privacy/index.ts';
import { AppError, isAppError } from '../shared/errors.ts';
import { closestCommand } from '../shared/match-name.ts';
import { attempt, type Outcome, refused, unwrap } from '../shared/outcome.ts';
import type {
  Clock,
  Feedback,
  MemberRecord,
  MemberRepository,
  ProcessedEventRepository,
  QuestionLogRepository,
  Telemetry,
  WorkspaceNoticeRepository,
} from '../shared/ports.ts';
import { parseRole, requireRole } from '../shared/roles.ts';
import { type ActAs, parseActAs } from './parse-act-as.ts';
import { questionLogEntry, withSafetyNetReply } from './question-log-entry.ts';
import {
  type Actor,
  type ChatRoute,
  type IncomingMessage,
  type Reply,
  chatRoute as route,
  type TurnContext,
} from './types.ts';

export interface ConversationDeps {
  guidance: GuidanceService;
  members: MemberRepository;
  questions: QuestionLogRepository;
  events: ProcessedEventRepository;
  clock: Clock;
  questionRetentionDays: number;
  /** Extra routes from other features (forums, pulse), tried before the guidance fallback. */
  routes?: ChatRoute[];
  /** Counts answers, latencies and errors for the metrics endpoint. */
  telemetry?: Telemetry;
  /** The guidance for one workspace (shipped articles plus its local answers); `guidance` when absent. */
  guidanceFor?: (workspaceId: string) => Promise<GuidanceService>;
  /**
   * The same answers as `guidance` gives, worked out on another thread when one runs (so the
   * event loop keeps taking requests meanwhile). It resolves undefined when it cannot answer
   * (not started, restarting, slow), and `guidance` answers here instead.
   */
  offThread?: { answer(question: string, context: { logged?: boolean }): Promise<GuidanceReply | undefined> };
  /** Notices for coordinators (posts that could not be sent): added to a coordinator's next reply. */
  notices?: WorkspaceNoticeRepository;
  /** Called with a redacted summary when a handler fails unexpectedly. */
  onError?: (error: unknown, turn: { workspaceId: string; route: string }) => void;
}

export { MAX_MESSAGE_LENGTH } from '../language/limit-message.ts';

const DAY = 86_400_000;
const EVENT_MEMORY_DAYS = 7;

/**
 * Turns an incoming message into a reply: identifies the member, checks for redelivery, routes
 * commands, and falls back to a guidance answer. Platform-neutral; adapters render the reply.
 */
export class ConversationService {
  private readonly routes: ChatRoute[];

  constructor(private readonly deps: ConversationDeps) {
    this.routes = [...this.builtInRoutes(), ...(deps.routes ?? [])];
  }

  /**
   * Handles one message; returns null for a redelivered event that was already handled. When
   * handling fails the event is forgotten again, so the platform's retry is processed.
   */
  async handle(message: IncomingMessage): Promise<Reply | null> {
    const text = cleanText(message.text);
    if (message.eventId) {
      const expires = new Date(this.deps.clock.now().getTime() + EVENT_MEMORY_DAYS * DAY);
      const first = await this.deps.events.markProcessed(
        message.workspace.id,
        message.workspace.platform,
        message.eventId,
        expires,
      );
      if (!first) return null;
      try {
        return await this.handleText(message, text);
      } catch (error) {
        await this.releaseEvent(message).catch(() => {});
        throw error;
      }
    }
    return this.handleText(message, text);
  }

  /**
   * Forgets a handled event, for an adapter that could not deliver the reply: the platform's
   * retry then runs the turn again rather than being dropped as a duplicate.
   */
  async releaseEvent(message: Pick<IncomingMessage, 'workspace' | 'eventId'>): Promise<void> {
    if (!message.eventId) return;
    await this.deps.events.unmark(message.workspace.id, message.workspace.platform, message.eventId);
  }

  /**
   * Runs one use case for a person who clicked, submitted a form or card: identifies the member,
   * drops a redelivered event (null) like `handle`, and turns an unexpected failure into an
   * `INTERNAL` refusal (logged without the input), so the adapter renders outcomes only.
   */
  async act<T>(
    actor: Actor,
    work: (member: MemberRecord) => Promise<Outcome<T>>,
    name = 'action',
  ): Promise<Outcome<T> | null> {
    if (actor.eventId) {
      const expires = new Date(this.deps.clock.now().getTime() + EVENT_MEMORY_DAYS * DAY);
      const first = await this.deps.events.markProcessed(
        actor.workspace.id,
        actor.workspace.platform,
        actor.eventId,
        expires,
      );
      if (!first) return null;
    }
    try {
      const member = await this.deps.members.ensureMember(actor.workspace, actor.userId, actor.displayName);
      const outcome = await work(member);
      if (!outcome.ok) this.deps.telemetry?.errorRaised(outcome.error.code);
      return outcome;
    } catch (error) {
      this.deps.telemetry?.errorRaised('INTERNAL');
      this.deps.onError?.(error, { workspaceId: actor.workspace.id, route: name });
      await this.releaseEvent(actor).catch(() => {});
      return refused(
        new AppError(
          'INTERNAL',
          'Something went wrong on my side and nothing was changed. Please try again in a moment.',
        ),
      );
    }
  }

  /** Rates an answer: the given question, or the member's latest. Only the asker can rate. */
  rateAnswer(
    member: MemberRecord,
    input: { feedback: Feedback; questionId?: string },
  ): Promise<Outcome<{ feedback: Feedback; questionId: string }>> {
    return attempt(async () => {
      const { questions, clock } = this.deps;
      const target = input.questionId
        ? await questions.find(member.workspaceId, input.questionId)
        : await questions.latestForUser(member.workspaceId, member.userId);
      if (!target || target.userId !== member.userId) {
        throw new AppError('NOT_FOUND', 'There is no answer of mine to rate yet: ask a question first.', {
          field: 'questionId',
        });
      }
      await questions.setFeedback(member.workspaceId, target.id, input.feedback, clock.now());
      return { feedback: input.feedback, questionId: target.id };
    });
  }

  /** Gives someone a role (coordinators); the last coordinator cannot step down. */
  setRole(member: MemberRecord, input: { userId: string; role: string }): Promise<Outcome<MemberRecord>> {
    return attempt(async () => {
      requireRole(member, 'coordinator', 'give roles');
      const role = parseRole(input.role);
      if (!role) {
        throw new AppError('BAD_INPUT', 'The role must be member, host or coordinator.', { field: 'role' });
      }
      const members = await this.deps.members.listMembers(member.workspaceId);
      if (role !== 'coordinator' && input.userId === member.userId) {
        const others = members.filter((m) => m.role === 'coordinator' && m.userId !== input.userId);
        if (others.length === 0) {
          throw new AppError('BAD_INPUT', 'You are the only coordinator: give someone else the role first.', {
            field: 'role',
          });
        }
      }
      return this.deps.members.setRole(member.workspaceId, input.userId, role);
    });
  }

  /** Asks a guidance question: a sourced answer, the urgent route, or an honest "not covered". */
  async ask(actor: Actor, member: MemberRecord, question: string): Promise<Outcome<Reply>> {
    const text = cleanText(question);
    if (text.length === 0) {
      return refused(new AppError('BAD_INPUT', 'Type a question first.', { field: 'question' }));
    }
    const tooLong = tooLongReply(text);
    if (tooLong) return refused(new AppError('BAD_INPUT', tooLong, { field: 'question' }));
    const turn: TurnContext = { message: { ...actor, text }, member };
    return { ok: true, data: withSafetyNetReply(text, await this.answerQuestion(turn, text)) };
  }

  private async handleText(message: IncomingMessage, text: string): Promise<Reply> {
    if (text.length === 0) {
      return {
        text: 'Type a question about CAF, early help or information sharing, or `help` to see what I can do.',
      };
    }
    const tooLong = tooLongReply(text);
    if (tooLong) return { text: tooLong };
    const member = await this.deps.members.ensureMember(
      message.workspace,
      message.userId,
      message.displayName,
    );
    const turn: TurnContext = { message: { ...message, text }, member };
    const actAs = parseActAs(text, (t) => this.isCommand(t));
    const reply = actAs
      ? await this.handleAs(turn, actAs)
      : withSafetyNetReply(text, await this.route(turn, text));
    return member.role === 'coordinator' ? this.withNotices(turn, reply) : reply;
  }

  /** A command, or `as <user> <command>` (so a nested `as` is recognised, and refused). */
  private isCommand(text: string): boolean {
    const isRoute = (t: string) => this.routes.some((r) => r.bind(t) !== undefined);
    return isRoute(text) || parseActAs(text, isRoute) !== undefined;
  }

  /**
   * `as <user> <message>`: a console coordinator speaks as another member of the console's
   * workspace, to try surveys and forums from several people's side. Refused on every other
   * platform, for anyone but a coordinator, and nested.
   */
  private async handleAs(turn: TurnContext, actAs: ActAs): Promise<Reply> {
    const { message, member } = turn;
    const refuse = (text: string): Reply => {
      this.deps.telemetry?.errorRaised('FORBIDDEN');
      return { text, ephemeral: true, error: 'FORBIDDEN' };
    };
    if (message.workspace.platform !== 'console') {
      return refuse(
        '`as <user> <message>` works only in the console, where a coordinator tries joinedup out as several people. Here everyone speaks for themselves.',
      );
    }
    if (member.role !== 'coordinator') return refuse('Only coordinators can use `as <user> <message>`.');
    if (parseActAs(actAs.text, (t) => this.isCommand(t))) return refuse('`as` cannot be nested.');
    const target = await this.deps.members.ensureMember(message.workspace, actAs.userId);
    const asTurn: TurnContext = {
      message: { ...message, userId: target.userId, displayName: undefined, text: actAs.text },
      member: target,
    };
    const reply = withSafetyNetReply(actAs.text, await this.route(asTurn, actAs.text));
    return { ...reply, text: `(as ${target.userId}) ${reply.text}` };
  }

  /**
   * Adds the workspace's waiting notices (a post that could not be sent...) to a coordinator's
   * reply, each told once. Never to an urgent reply, which must stay short; and a failure to read
   * them never costs the reply.
   */
  private async withNotices(turn: TurnContext, reply: Reply): Promise<Reply> {
    if (!this.deps.notices || reply.guidance?.kind === 'urgent') return reply;
    const notices = await this.deps.notices
      .takePending(turn.message.workspace.id, turn.member.userId, this.deps.clock.now(), 5)
      .catch(() => []);
    if (notices.length === 0) return reply;
    const lines = notices.map((n) => `• ${n.text}`);
    return {
      ...reply,
      text: `${reply.text}\n\n⚠️ For coordinators:\n${lines.join('\n')}`,
      notices: notices.map((n) => n.text),
    };
  }

  private async route(turn: TurnContext, text: string): Promise<Reply> {
    const { message } = turn;
    for (const r of this.routes) {
      const handle = r.bind(text);
      if (handle === undefined) continue;
      try {
        return await handle(turn);
      } catch (error) {
        if (isAppError(error) && error.code !== 'INTERNAL') {
          this.deps.telemetry?.errorRaised(error.code);
          return { text: error.message, ephemeral: true, error: error.code };
        }
        this.deps.telemetry?.errorRaised('INTERNAL');
        this.deps.onError?.(error, { workspaceId: message.workspace.id, route: r.name });
        return {
          text: 'Something went wrong on my side and nothing was changed. Please try again in a moment.',
        };
      }
    }
    return this.answerQuestion(turn, text);
  }

  /**
   * The `help` text: a short line per command, with `help <topic>` for a command's own list; or,
   * for a topic (`help forum`, `help pulse`), that topic's commands alone, and for `help all` every
   * command in full. Undefined for a topic
   * nothing is filed under.
   */
  helpText(topic?: string): string | undefined {
    if (topic) {
      const wanted = topic.toLowerCase();
      const lines = this.routes
        .filter((r) => r.help && (wanted === 'all' || r.name === wanted || r.topics?.includes(wanted)))
        .flatMap((r) => (r.help ?? '').split('\n'))
        .map((line) => (line.startsWith('•') ? line : `• ${line}`));
      // A command filed under several topics (rsvp under forum) is listed once.
      const unique = [...new Set(lines)];
      return unique.length > 0 ? unique.join('\n') : undefined;
    }
    const lines = this.routes.filter((r) => r.help).map((r) => `• ${r.summary ?? r.help?.split('\n')[0]}`);
    return [
      'I\'m joinedup. Just type a question about CAF / Early Help, lead professionals, TAC/TAF or information sharing, e.g. "who can start a CAF?". Commands:',
      ...lines,
      'More on a topic: `help forum`, `help pulse`; every command: `help all`. If a child may be in immediate danger, call 999; never post identifiable details here.',
    ].join('\n');
  }

  private async answerQuestion(turn: TurnContext, question: string): Promise<Reply> {
    const started = performance.now();
    const service = (await this.deps.guidanceFor?.(turn.message.workspace.id)) ?? this.deps.guidance;
    // Only the shared guidance runs on the other thread; a workspace's own answers are here.
    const guidance =
      (service === this.deps.guidance
        ? await this.deps.offThread?.answer(question, { logged: true })
        : undefined) ?? service.answer(question, { logged: true });
    this.deps.telemetry?.questionAnswered(guidance.kind, performance.now() - started);
    const entry = await this.deps.questions.record(
      questionLogEntry(
        guidance,
        { workspaceId: turn.message.workspace.id, userId: turn.message.userId },
        this.deps.clock.now(),
        this.deps.questionRetentionDays,
      ),
    );
    const actions =
      guidance.kind === 'answer'
        ? [
            { id: 'feedback_helpful', label: '👍 Helpful', command: 'helpful', value: entry.id },
            { id: 'feedback_unhelpful', label: '👎 Not helpful', command: 'unhelpful', value: entry.id },
            ...guidance.related.map((r) => ({
              id: 'related_article',
              label: r.title,
              command: `article ${r.id}`,
              value: r.id,
            })),
          ]
        : guidance.suggestions.length > 0
          ? // "Did you mean": each close article is a choice that opens it.
            guidance.suggestions.map((s) => ({
              id: 'suggested_article',
              label: s.title,
              command: `article ${s.id}`,
              value: s.id,
            }))
          : undefined;
    return { text: guidance.text, guidance, questionId: entry.id, actions };
  }

  /** Records 👍/👎 on a question: the given one, or the member's latest. */
  async recordFeedback(turn: TurnContext, feedback: Feedback, questionId?: string): Promise<Reply> {
    const outcome = await this.rateAnswer(turn.member, { feedback, questionId });
    if (!outcome.ok) return { text: outcome.error.message, ephemeral: true };
    return feedbackReply(feedback);
  }

  private builtInRoutes(): ChatRoute[] {
    const d = this.deps;
    return [
      route<true | string>({
        name: 'help',
        help: '`help`: this list; `help forum`, `help pulse`: the commands on one topic.',
        match: (t) => {
          if (/^(help|\?|commands|menu|what can you do\??)$/i.test(t)) return true;
          const topic = /^help\s+([a-z-]+)$/i.exec(t)?.[1];
          return topic && (topic === 'me' ? undefined : topic.toLowerCase());
        },
        handle: async (_turn, topic) => {
          if (topic === true) return { text: this.helpText() ?? '' };
          const found = this.helpText(
            topic === 'forums' || topic === 'rsvp' ? 'forum' : topic === 'survey' ? 'pulse' : topic,
          );
          return {
            text:
              found ?? `I have no help on "${topic}". Topics: forum, pulse. Type \`help\` for everything.`,
            ephemeral: true,
          };
        },
      }),
      route<string>({
        name: 'ask',
        help: '`ask <question>` (or just type the question): a short, sourced answer.',
        match: (t) => /^ask(?:\s+(.*))?$/is.exec(t)?.[1] ?? (/^ask$/i.test(t) ? '' : undefined),
        handle: async (turn, q) =>
          q.trim().length > 0
            ? this.answerQuestion(turn, q)
            : { text: 'Type your question after `ask`, e.g. `ask who can start a CAF?`.', ephemeral: true },
      }),
      route<{ id?: string; more: boolean; text: string }>({
        name: 'article',
        help: '`article <id>`: read a whole guidance article.',
        match: (t) => {
          const m = /^article(?:\s+([a-z0-9-]+))?(\s+[\s\S]*)?$/i.exec(t);
          if (!m || (!m[1] && m[2])) return undefined;
          // Only a polite word may follow the id: anything more is read as a question, so that a
          // disclosure typed after an article id still reaches the triage.
          const rest = (m[2] ?? '').trim();
          return { id: m[1]?.toLowerCase(), more: rest !== '' && !POLITE.test(rest), text: t };
        },
        handle: async (turn, { id, more, text }) => {
          if (!id) {
            return {
              text: 'Say which article: `article <id>`, e.g. `article caf-consent` (each answer shows its ids).',
              ephemeral: true,
            };
          }
          const service = (await d.guidanceFor?.(turn.message.workspace.id)) ?? d.guidance;
          const article = service.article(id);
          // "article 6 lawful basis", "article 9": a question about a law's article, not an id.
          if (more || (!article && /^\d+$/.test(id))) return this.answerQuestion(turn, text);
          if (!article)
            throw new AppError('NOT_FOUND', `There is no article "${id}". Ask a question instead.`);
          const body = article.sections
            .map((s, i) => (i === 0 ? s.text : `${s.heading}\n${s.text}`))
            .join('\n\n');
          const sources = article.sources.map((s) => `${s.title}: ${s.url}`).join('\n');
          return {
            text: `${article.title}\n\n${body}\n\nSources:\n${sources}${article.local ? '\nPractice varies by area: check your local procedures.' : ''}`,
          };
        },
      }),
      route<{ feedback: Feedback; id?: string }>({
        name: 'feedback',
        help: '`helpful` / `unhelpful` (or 👍 / 👎): rate my last answer.',
        match: (t) => {
          // Near misses typed in a hurry ("unhelpfull", "helpfull!") count as the rating.
          const m = /^(?:feedback\s+)?((?:un|not\s+)?help?full?|👍|👎)[.!]*(?:\s+([0-9a-f-]{36}))?$/iu.exec(
            t,
          );
          if (!m?.[1]) return undefined;
          const up = /^(help?full?|👍)$/iu.test(m[1]);
          return { feedback: up ? 'helpful' : 'unhelpful', id: m[2] };
        },
        handle: (turn, a) => this.recordFeedback(turn, a.feedback, a.id),
      }),
      route<'hello' | 'thanks'>({
        name: 'smalltalk',
        match: (t) => {
          const words = t
            .toLowerCase()
            .replace(/[!.,]+/g, ' ')
            .trim();
          if (
            /^(thanks|thank you|thank you very much|thanks a lot|many thanks|cheers|ta)( joinedup)?$/.test(
              words,
            )
          )
            return 'thanks';
          if (/^(hi|hello|hey|hiya|good (morning|afternoon|evening)|morning)( joinedup| there)?$/.test(words))
            return 'hello';
          return undefined;
        },
        handle: async (_turn, kind) => ({
          text:
            kind === 'thanks'
              ? "You're welcome. Ask another question any time, or type `help` to see what I can do."
              : 'Hello. Ask me a question about CAF / early help, lead professionals, TAC/TAF or information sharing, e.g. "who can start a CAF?", or type `help`.',
          ephemeral: true,
        }),
      }),
      route<true>({
        name: 'whoami',
        help: '`whoami`: your role here.',
        match: (t) => /^(whoami|who am i\??|my role)$/i.test(t) || undefined,
        handle: async (turn) => ({
          text: `You are ${turn.member.userId}, a ${turn.member.role} in this workspace.`,
          ephemeral: true,
        }),
      }),
      route<{ userId: string; role: string }>({
        name: 'role',
        help: '`role <user> <member|host|coordinator>`: give someone a role (coordinators).',
        match: (t) => {
          if (/^role$/i.test(t)) return { userId: '', role: '' };
          const m = /^role\s+(<?@?)([^\s>]+)>?(?:\s+(\S+))?(\s+[\s\S]*)?$/i.exec(t);
          if (!m?.[2]) return undefined;
          // A user written as a mention or an id (U123) makes it the command; otherwise only a
          // role word (or a near miss of one) does, so "role lead professional" stays a question.
          const marked = m[1] !== '' || /\d/.test(m[2]);
          const roleLike = m[3] !== undefined && closestRole(m[3]);
          if (!marked && !roleLike) return undefined;
          if (!m[3] || (m[4] ?? '').trim().length > 0) return { userId: '', role: '' };
          return { userId: m[2], role: m[3] };
        },
        handle: async (turn, a) => {
          if (!a.userId) {
            return {
              text: 'Say who and which role: `role <user> <member|host|coordinator>`, e.g. `role @alice host`.',
              ephemeral: true,
            };
          }
          const updated = unwrap(await this.setRole(turn.member, a));
          return { text: `${updated.userId} is now a ${updated.role}.` };
        },
      }),
      route<true>({
        name: 'members',
        help: '`members`: who has which role (coordinators).',
        match: (t) => /^(members|roles)$/i.test(t) || undefined,
        handle: async (turn) => {
          requireRole(turn.member, 'coordinator', 'list roles');
          const members = await d.members.listMembers(turn.message.workspace.id);
          return { text: members.map((m) => `• ${m.userId}: ${m.role}`).join('\n'), ephemeral: true };
        },
      }),
      route<true>({
        name: 'unanswered',
        help: "`unanswered`: questions I couldn't answer or that were marked unhelpful (coordinators).",
        match: (t) => /^(unanswered|questions|queue)$/i.test(t) || undefined,
        handle: async (turn) => {
          requireRole(turn.member, 'coordinator', 'see unanswered questions');
          const list = await d.questions.listNeedingAnswers(turn.message.workspace.id, 20);
          if (list.length === 0) return { text: 'No unanswered or unhelpful questions. 🎉', ephemeral: true };
          const lines = list.map(
            (q) =>
              `• ${q.createdAt.toISOString().slice(0, 10)} ${q.answerKind === 'no_answer' ? '(no answer)' : '(👎)'} ${redactPersonalData(q.redactedText).text}`,
          );
          return {
            text: `Questions needing a local answer (personal details removed):\n${lines.join('\n')}`,
            ephemeral: true,
          };
        },
      }),
    ];
  }
}

/** Words that may follow `article <id>` without making it a question. */
const POLITE = /^(please|pls|plz|thanks|thank you|thx|ta|again|in full)[.!]*$/i;

/** True when a word is a role or a near miss of one ("hots", "cordinator"). */
function closestRole(word: string): boolean {
  return (
    parseRole(word) !== null ||
    closestCommand(word.toLowerCase(), ['member', 'host', 'coordinator']) !== undefined
  );
}

/** The reply to a rating, the same from a command, a button or a card. */
export function feedbackReply(feedback: Feedback): Reply {
  return {
    text:
      feedback === 'helpful'
        ? 'Thanks, noted as helpful.'
        : 'Thanks, noted as not helpful. Coordinators review these and can add a better local answer.',
    ephemeral: true,
  };
}
