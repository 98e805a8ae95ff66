import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ratio, runSections } from '../../src/bench/sections.ts';

describe('bench sections', () => {
  it('prints each section as it finishes, marks a failed one and still runs the rest', async () => {
    const lines: string[] = [];
    const seenBeforeThird: string[] = [];
    const summary = await runSections(
      [
        { name: 'first', run: () => ({ value: 1 }) },
        {
          name: 'second',
          run: async () => {
            throw Object.assign(new Error('terminating connection'), { code: '57P01' });
          },
        },
        {
          name: 'third',
          run: () => {
            seenBeforeThird.push(...lines);
            return { value: 3 };
          },
        },
      ],
      (line) => lines.push(line),
    );
    // The two earlier sections were already out when the third ran.
    expect(seenBeforeThird.map((l) => JSON.parse(l).section)).toEqual(['first', 'second']);
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({
      section: 'second',
      ok: false,
      error: 'Error 57P01: terminating connection',
    });
    expect(summary.ok).toBe(false);
    expect(summary.failed).toEqual(['second']);
    expect(summary.sections).toEqual({
      first: { value: 1 },
      second: { failed: 'Error 57P01: terminating connection' },
      third: { value: 3 },
    });
    expect(JSON.parse(lines[3] ?? '')).toMatchObject({ summary: true, failed: ['second'] });
    expect(summary.load_start).toHaveLength(3);
  });

  it('charges an error event nobody listened to during a section to that section', async () => {
    const lines: string[] = [];
    const summary = await runSections(
      [
        {
          name: 'teardown',
          run: async () => {
            // As a database client whose connection the server killed, with no `error` listener.
            const client = new EventEmitter();
            setImmediate(() => client.emit('error', new Error('PGlite is closed')));
            return { done: true };
          },
        },
        { name: 'after', run: () => ({ ran: true }) },
      ],
      (line) => lines.push(line),
    );
    expect(summary.failed).toEqual(['teardown']);
    expect(summary.sections.teardown).toEqual({ failed: 'stray: Error: PGlite is closed' });
    expect(summary.sections.after).toEqual({ ran: true });
  });

  it('gives ratios to a baseline, and none without one', () => {
    expect(ratio(45, 300)).toBe(0.15);
    expect(ratio(10, 0)).toBeNull();
  });
});
