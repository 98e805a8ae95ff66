import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../../src/core/shared/group-commit.ts';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('group commit', () => {
  it('writes a lone item alone, and items that arrive meanwhile together, each caller getting its own result', async () => {
    const batches: number[][] = [];
    const singles: number[] = [];
    const commit = new GroupCommit<number, string>(
      async (inputs) => {
        batches.push([...inputs]);
        await tick();
        return inputs.map((n) => `many:${n}`);
      },
      async (n) => {
        singles.push(n);
        await tick();
        return `one:${n}`;
      },
    );
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => commit.write(n)));
    expect(results).toEqual(['one:1', 'many:2', 'many:3', 'many:4', 'many:5']);
    expect(singles).toEqual([1]);
    expect(batches).toEqual([[2, 3, 4, 5]]);
    expect(await commit.write(6)).toBe('one:6');
  });

  it('when a batch fails, writes its items one by one so only the bad one fails', async () => {
    const commit = new GroupCommit<number, number>(
      async () => {
        throw new Error('one row is bad');
      },
      async (n) => {
        await tick();
        if (n === 3) throw new Error(`bad ${n}`);
        return n * 10;
      },
    );
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => commit.write(n)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      10,
      20,
      'bad 3',
      40,
    ]);
  });

  it('never puts more than the largest batch in one write', async () => {
    const sizes: number[] = [];
    const commit = new GroupCommit<number, number>(
      async (inputs) => {
        sizes.push(inputs.length);
        await tick();
        return [...inputs];
      },
      async (n) => {
        await tick();
        return n;
      },
      3,
    );
    await Promise.all(Array.from({ length: 8 }, (_, i) => commit.write(i)));
    // The first goes alone; the seven that wait go as three, three and (alone again) one.
    expect(sizes).toEqual([3, 3]);
  });

  it('without a one-by-one writer, a lone item goes through the batch writer and a failed batch fails each caller', async () => {
    const batches: number[][] = [];
    let fail = false;
    const commit = new GroupCommit<number, number>(async (inputs) => {
      batches.push([...inputs]);
      await tick();
      if (fail) throw new Error('database is down');
      return inputs.map((n) => n * 2);
    });
    expect(await commit.write(1)).toBe(2);
    fail = true;
    const results = await Promise.allSettled([2, 3, 4].map((n) => commit.write(n)));
    expect(results.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : r.value))).toEqual([
      'database is down',
      'database is down',
      'database is down',
    ]);
    expect(batches).toEqual([[1], [2], [3, 4]]);
  });
});
