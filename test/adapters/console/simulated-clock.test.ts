import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../../src/adapters/console/console-chat.ts';
import { readDuration, SimulatedClock } from '../../../src/adapters/console/simulated-clock.ts';
import type { ConversationService } from '../../../src/core/conversation/conversation-service.ts';

describe('the console simulated clock', () => {
  it('reads durations up to a year', () => {
    expect(readDuration('2w')).toEqual({ amount: 2, unit: 'weeks' });
    expect(readDuration('3 days')).toEqual({ amount: 3, unit: 'days' });
    expect(readDuration('90m')).toEqual({ amount: 90, unit: 'minutes' });
    expect(readDuration('soon')).toBeUndefined();
    expect(readDuration('60w')).toBeUndefined();
  });

  it('shows and advances the clock, ticking at each due post and at the end', async () => {
    const clock = new SimulatedClock(new Date('2027-01-04T09:00:00Z'));
    const due = [new Date('2027-01-05T13:30:00Z'), new Date('2027-01-10T09:00:00Z')];
    const ticks: string[] = [];
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
    });
    const input = new PassThrough();
    input.end('clock\nadvance 2w\nadvance soon\n');
    const conversation = {
      handle: async () => ({ text: 'not a clock command' }),
    } as unknown as ConversationService;
    await runConsoleChat({
      conversation,
      userId: 'U1',
      input,
      output,
      interactive: false,
      exportDir: '/tmp',
      simulation: {
        clock,
        tick: async () => {
          ticks.push(clock.now().toISOString());
        },
        nextDueAt: async (until) => {
          const next = due.find((d) => d > clock.now() && d <= until);
          return next ?? null;
        },
      },
    });
    expect(printed).toContain('Simulated time: Mon 4 Jan 2027 09:00 (UK time)');
    expect(printed).toContain('Simulated time: Mon 18 Jan 2027 09:00 (UK time)');
    expect(printed).toContain('Say how far to move the clock');
    expect(ticks).toEqual([
      '2027-01-04T09:00:00.000Z',
      '2027-01-05T13:30:00.000Z',
      '2027-01-10T09:00:00.000Z',
      '2027-01-18T09:00:00.000Z',
    ]);
  });
});
