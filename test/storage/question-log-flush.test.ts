import { describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../src/storage/client.ts';
import { QuestionLogWriter } from '../../src/storage/question-log-writer.ts';

/** Just enough of a database client for the writer: question rows, failing the first `failures` writes. */
function flakyDatabase(failures: number) {
  const written: unknown[] = [];
  let calls = 0;
  // The rows arrive as columns, one array per column, the ids first.
  const $executeRaw = async (_sql: TemplateStringsArray, ids: unknown[]) => {
    calls++;
    if (calls <= failures) throw new Error('Connection terminated unexpectedly');
    written.push(...ids);
    return ids.length;
  };
  const prisma = {
    $transaction: (operations: Promise<unknown>[]) => Promise.all(operations),
    workspace: { createMany: async () => ({ count: 0 }) },
    $executeRaw,
  } as unknown as PrismaClient;
  return { prisma, written, calls: () => calls };
}

const row = (n: number) =>
  ({
    workspaceId: 'W',
    question: `question ${n}`,
    answered: true,
    createdAt: new Date(),
    expiresAt: new Date(),
  }) as never;

describe('question log flush', () => {
  it('tries again when the first writes after an outage meet cut connections', async () => {
    const db = flakyDatabase(2);
    const writer = new QuestionLogWriter(db.prisma);
    writer.add(row(1));
    writer.add(row(2));
    await writer.flush();
    expect(db.written).toHaveLength(2);
    expect(writer.waiting).toBe(0);
  });

  it('gives up for now after three tries in a row, keeping the entries for the later retries', async () => {
    const db = flakyDatabase(Number.POSITIVE_INFINITY);
    const writer = new QuestionLogWriter(db.prisma);
    writer.add(row(1));
    await writer.flush();
    expect(writer.waiting).toBe(1);
    expect(db.calls()).toBe(3); // the write add started (which flush waits for), then two more
    expect(db.written).toEqual([]);
  });
});
