import { PassThrough, Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runConsoleChat, TURN_FAILED_REPLY } from '../../src/adapters/console/console-chat.ts';
import type { ConversationService } from '../../src/core/conversation/conversation-service.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { currentLogContext, newLogId, runWithLogContext } from '../../src/ops/log-context.ts';
import { startTicker } from '../../src/scheduler/ticker.ts';

/** A logger whose JSON lines are collected, parsed. */
function capture(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

const byMsg = (lines: Record<string, unknown>[], msg: string) => lines.find((l) => l.msg === msg);

describe('log context', () => {
  it('puts the turn id on every line logged inside the turn, through nested async work, and on no other', async () => {
    const { logger, lines } = capture();
    logger.info('before');
    await runWithLogContext({ turnId: 'turn-1', workspaceId: 'W1' }, async () => {
      logger.info('start of turn');
      await sleep(5);
      await Promise.all([
        (async () => {
          await sleep(1);
          logger.info('inside a parallel branch');
        })(),
        new Promise<void>((resolve) =>
          setTimeout(() => {
            logger.info('inside a timer');
            resolve();
          }, 2),
        ),
      ]);
      await runWithLogContext({ tickId: 'nested' }, async () => {
        await sleep(1);
        logger.info('nested context');
      });
      logger.info({ turnId: 'explicit' }, 'a field given on the line wins');
      logger.info('end of turn');
    });
    // a concurrent turn keeps its own id
    await Promise.all([
      runWithLogContext({ turnId: 'turn-a' }, async () => {
        await sleep(3);
        logger.info('turn a');
      }),
      runWithLogContext({ turnId: 'turn-b' }, async () => {
        await sleep(1);
        logger.info('turn b');
      }),
    ]);
    logger.info('after');

    for (const msg of ['start of turn', 'inside a parallel branch', 'inside a timer', 'end of turn']) {
      expect(byMsg(lines, msg), msg).toMatchObject({ turnId: 'turn-1', workspaceId: 'W1' });
    }
    expect(byMsg(lines, 'nested context')).toMatchObject({ turnId: 'turn-1', tickId: 'nested' });
    expect(byMsg(lines, 'end of turn')).not.toHaveProperty('tickId');
    expect(byMsg(lines, 'a field given on the line wins')).toMatchObject({ turnId: 'explicit' });
    expect(byMsg(lines, 'turn a')).toMatchObject({ turnId: 'turn-a' });
    expect(byMsg(lines, 'turn b')).toMatchObject({ turnId: 'turn-b' });
    for (const msg of ['before', 'after']) {
      expect(byMsg(lines, msg)).not.toHaveProperty('turnId');
      expect(byMsg(lines, msg)).not.toHaveProperty('workspaceId');
    }
    expect(currentLogContext()).toEqual({});
  });

  it('makes short distinct ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newLogId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{12}$/);
  });

  it('gives each console turn its own id, and answers a failed turn cleanly without ending the chat', async () => {
    const { logger, lines } = capture();
    let calls = 0;
    const conversation = {
      async handle(message: { text: string }) {
        calls++;
        await sleep(1);
        logger.info({ n: calls }, 'handling');
        if (message.text === 'fail') throw Object.assign(new Error('connection refused'), { code: 'P1001' });
        return { text: `echo ${calls}` };
      },
    } as unknown as ConversationService;
    const input = new PassThrough();
    let out = '';
    const output = new Writable({
      write(chunk: Buffer, _e, done) {
        out += chunk.toString();
        done();
      },
    });
    input.end('one\nfail\nthree\n');
    await runConsoleChat({
      conversation,
      userId: 'U1',
      input,
      output,
      interactive: false,
      exportDir: '/tmp',
      logger,
    });
    const handling = lines.filter((l) => l.msg === 'handling');
    expect(handling).toHaveLength(3);
    const ids = handling.map((l) => l.turnId);
    expect(new Set(ids).size).toBe(3);
    for (const l of handling) expect(l).toMatchObject({ workspaceId: 'local' });
    const failed = byMsg(lines, 'turn failed');
    expect(failed).toMatchObject({ turnId: ids[1], level: 50, err: { name: 'Error', code: 'P1001' } });
    expect(JSON.stringify(failed)).not.toMatch(/connection refused|fail\b/);
    expect(out).toContain('echo 1');
    expect(out).toContain(TURN_FAILED_REPLY);
    expect(out).toContain('echo 3');
  });

  it('gives each scheduler tick its own id, its failure line included', async () => {
    const { logger, lines } = capture();
    let n = 0;
    const ticker = startTicker(
      async () => {
        n++;
        await sleep(1);
        logger.info({ n }, 'tick work');
        if (n === 2) throw new Error('database gone');
      },
      { cron: '0 0 1 1 *', logger },
    );
    await ticker.tick();
    await ticker.tick();
    await ticker.stop();
    logger.info('after ticks');
    const work = lines.filter((l) => l.msg === 'tick work');
    expect(work).toHaveLength(2);
    expect(work[0]?.tickId).toMatch(/^[0-9a-f]{12}$/);
    expect(work[1]?.tickId).not.toBe(work[0]?.tickId);
    expect(byMsg(lines, 'scheduler tick failed')).toMatchObject({ tickId: work[1]?.tickId });
    expect(byMsg(lines, 'after ticks')).not.toHaveProperty('tickId');
  });
});
