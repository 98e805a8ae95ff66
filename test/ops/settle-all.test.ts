import { describe, expect, it } from 'vitest';
import { settleAll } from '../../src/ops/settle-all.ts';

/** A set whose promises remove themselves when they settle, as the adapters keep theirs. */
function tracked() {
  const work = new Set<Promise<unknown>>();
  const add = (promise: Promise<unknown>) => {
    const settled = promise.catch(() => {});
    work.add(settled);
    void settled.finally(() => work.delete(settled));
    return promise;
  };
  return { work, add };
}

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('settleAll', () => {
  it('waits for every promise, a failed one and one added while waiting included', async () => {
    const { work, add } = tracked();
    const done: string[] = [];
    add(later(20, 'first').then((v) => done.push(v)));
    add(Promise.reject(new Error('refused')));
    add(
      later(10, 'adds').then((v) => {
        done.push(v);
        add(later(20, 'added').then((w) => done.push(w)));
      }),
    );
    await settleAll(work, Date.now() + 10_000);
    expect(done.sort()).toEqual(['added', 'adds', 'first']);
    expect(work.size).toBe(0);
  });

  it('stops waiting at the deadline, leaving what has not settled', async () => {
    const { work, add } = tracked();
    add(new Promise(() => {}));
    await settleAll(work, Date.now() + 30);
    expect(work.size).toBe(1);
    // A deadline already past does not wait at all.
    await settleAll(work, Date.now() - 1);
    expect(work.size).toBe(1);
  });
});
