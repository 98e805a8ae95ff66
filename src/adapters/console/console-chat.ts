import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { DateTime } from 'luxon';
import type { ConversationService } from '../../core/conversation/conversation-service.ts';
import type { Reply } from '../../core/conversation/types.ts';
import type { ChatGateway, OutboundMessage, PostTarget, WorkspaceRef } from '../../core/shared/ports.ts';
import type { Logger } from '../../logger.ts';
import { newLogId, runWithLogContext } from '../../ops/log-context.ts';
import {
  advanceSimulatedClock,
  describeSimulatedTime,
  readDuration,
  type SimulatedClock,
} from './simulated-clock.ts';

export const consoleWorkspace: WorkspaceRef = { id: 'local', platform: 'console', name: 'Local console' };

export interface ConsoleChatOptions {
  conversation: ConversationService;
  userId: string;
  input: Readable;
  output: Writable;
  /** Show a prompt and the welcome line (interactive terminals). */
  interactive: boolean;
  /** Where files such as calendar exports are saved. */
  exportDir: string;
  /** For the final error handler: a turn that fails is logged (ids only) and answered cleanly. */
  logger?: Logger;
  /** A simulated clock (CONSOLE_CLOCK): `clock` shows it, `advance 2w` moves it and runs the scheduler. */
  simulation?: {
    clock: SimulatedClock;
    tick: () => Promise<void>;
    nextDueAt: (until: Date) => Promise<Date | null>;
  };
}

/** `clock` and `advance <duration>`: the console's own commands, or undefined for other text. */
async function simulationCommand(text: string, options: ConsoleChatOptions): Promise<string | undefined> {
  const advance = /^advance(?:\s+(.*))?$/i.exec(text);
  if (!/^clock$/i.test(text) && !advance) return undefined;
  const simulation = options.simulation;
  if (!simulation) {
    return 'The clock here is the real one. To try a term of forum posts in minutes, start the console alone with CONSOLE_CLOCK=2027-01-04T09:00, then type `advance 2w`.';
  }
  if (advance) {
    const duration = readDuration(advance[1] ?? '');
    if (!duration)
      return 'Say how far to move the clock: `advance 2w`, `advance 3d`, `advance 6h` or `advance 30m` (up to a year).';
    const target = DateTime.fromJSDate(simulation.clock.now(), { zone: 'Europe/London' })
      .plus({ [duration.unit]: duration.amount })
      .toJSDate();
    await advanceSimulatedClock(simulation.clock, target, simulation);
  }
  return `Simulated time: ${describeSimulatedTime(simulation.clock.now())}. Type \`advance 2w\` (or 3d, 6h, 30m) to move on; posts due meanwhile appear as they go out.`;
}

/** What a person sees when a turn fails for a reason of ours (the database is down, the disk full). */
export const TURN_FAILED_REPLY =
  'Sorry, something went wrong on my side: my storage is not available just now. Please try again in a few minutes; if it keeps happening, tell your coordinator.';

/**
 * Scheduled posts in the console: printed as they go out. It serves the console's own workspace
 * only; a post of any other workspace is refused, never printed in place of being sent.
 */
export class ConsoleGateway implements ChatGateway {
  constructor(private readonly output: Writable) {}

  async post(target: PostTarget, message: OutboundMessage, key: string) {
    if (target.workspaceId !== consoleWorkspace.id) {
      throw Object.assign(new Error('the console only posts to its own workspace'), {
        permanent: true,
        code: 'POST_UNROUTABLE',
      });
    }
    const buttons = message.actions?.length
      ? `\n          (${message.actions.map((a) => `\`${a.command}\``).join(', ')})`
      : '';
    const where = message.data?.private === true ? `privately to ${target.channelId}` : target.channelId;
    this.output.write(`\n📣 [${where}] ${message.text}${buttons}\n`);
    return { externalId: key };
  }
}

/**
 * What may be logged of a failure: its name, code and the database's SQLSTATE (53100 disk full,
 * 57P01 connection terminated, 08006 connection failure...), never its message, which can quote
 * the data being written.
 */
export function describeStorageError(error: unknown): { name: string; code?: string; sqlState?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  const sqlState = /Code: `([0-9A-Z]{5})`/.exec(error.message)?.[1];
  return { name: error.name, code: (error as { code?: string }).code, ...(sqlState ? { sqlState } : {}) };
}

/** Renders a reply for the terminal: the text, then what can be typed instead of buttons. */
export function renderConsoleReply(reply: Reply): string {
  const lines = [reply.text];
  const feedback = reply.actions?.some((a) => a.id.startsWith('feedback_'));
  const related = reply.actions?.filter((a) => a.id === 'related_article') ?? [];
  if (feedback || related.length > 0) {
    const hints: string[] = [];
    if (feedback) hints.push('type `helpful` or `unhelpful` to rate this answer');
    if (related.length > 0) hints.push(`read more: ${related.map((a) => `\`${a.command}\``).join(', ')}`);
    lines.push(`(${hints.join('; ')})`);
  }
  return lines.join('\n');
}

/**
 * A terminal chat over the same conversation core the Slack and Teams adapters use. Lines are
 * handled one at a time, in order, so piped input behaves like typed input.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { conversation, output, interactive } = options;
  const rl = createInterface({ input: options.input, terminal: false });
  const write = (text: string) => output.write(`${text}\n`);
  if (interactive) {
    write(
      'joinedup: ask me about CAF / early help, lead professionals, TAC/TAF or information sharing. Type `help` for more, `quit` to leave.',
    );
    output.write('you> ');
  }
  for await (const line of rl) {
    const text = line.trim();
    // "quit" as typed, or as a slash command the way Slack and Teams users type them ("/quit").
    if (/^(?:\/?(?:quit|exit|bye)|\/q)$/i.test(text)) break;
    if (text.length === 0 && !interactive) continue;
    const simulated = await simulationCommand(text, options).catch((error: unknown) => {
      options.logger?.error({ err: describeStorageError(error) }, 'simulated clock failed');
      return TURN_FAILED_REPLY;
    });
    if (simulated !== undefined) {
      write(`\njoinedup> ${simulated}\n`);
      if (interactive) output.write('you> ');
      continue;
    }
    // Each line is one turn: its log lines carry a turn id, and a failure anywhere in it (the
    // database gone, the disk full) is answered here, once, rather than ending the chat.
    const reply = await runWithLogContext({ turnId: newLogId(), workspaceId: consoleWorkspace.id }, () =>
      conversation
        .handle({ workspace: consoleWorkspace, userId: options.userId, text: line })
        .catch((error: unknown): Reply => {
          options.logger?.error({ err: describeStorageError(error) }, 'turn failed');
          return { text: TURN_FAILED_REPLY };
        }),
    );
    if (reply?.attachment) {
      const dir = resolve(options.exportDir);
      // Exports hold personal data: for the account running joinedup only.
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const path = join(dir, reply.attachment.filename);
      writeFileSync(path, reply.attachment.content, { mode: 0o600 });
      reply.text = `${reply.text}\nSaved to ${path}`;
    }
    if (reply) write(`\njoinedup> ${renderConsoleReply(reply).replace(/\n/g, '\n          ')}\n`);
    if (interactive) output.write('you> ');
  }
  rl.close();
}
