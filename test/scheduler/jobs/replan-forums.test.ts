import { describe, expect, it } from 'vitest';
import type { ForumSeries } from '../../../src/core/forums/types.ts';
import type { ChatGateway } from '../../../src/core/shared/ports.ts';
import { replanForums } from '../../../src/scheduler/jobs/replan-forums.ts';
import { createSchedulerTick } from '../../../src/scheduler/jobs/scheduler-tick.ts';
import { FixedClock } from '../../fakes/in-memory-repositories.ts';

const forum = (id: string, workspaceId: string) => ({ id, workspaceId, name: id }) as unknown as ForumSeries;
const forums: Record<string, ForumSeries[]> = {
  W1: [forum('f1', 'W1'), forum('f2', 'W1')],
  W2: [forum('f3', 'W2')],
};

describe('re-planning forums', () => {
  it('plans every forum of every workspace with forums; one failure is logged and the rest still plan', async () => {
    const planned: string[] = [];
    const warnings: unknown[] = [];
    const result = await replanForums({
      workspacesWithForums: async () => ['W1', 'W2'],
      listForums: async (workspaceId) => forums[workspaceId] ?? [],
      plan: async (f) => {
        if (f.id === 'f2') throw new Error('broken rota');
        planned.push(f.id);
      },
      logger: { warn: (entry: unknown) => warnings.push(entry) } as never,
    });
    expect(result).toEqual({ planned: 2, failed: 1 });
    expect(planned).toEqual(['f1', 'f3']);
    expect(warnings).toEqual([{ forumId: 'f2', err: { name: 'Error', message: 'broken rota' } }]);
  });

  it('runs from the scheduler tick at most once an hour by the app clock', async () => {
    const clock = new FixedClock();
    let plans = 0;
    let pulseTicks = 0;
    const tick = createSchedulerTick({
      clock,
      owner: 'test',
      posts: { claimDue: async () => [] } as never,
      forums: {
        workspacesWithForums: async () => ['W2'],
        listForums: async (workspaceId) => forums[workspaceId] ?? [],
        plan: async () => {
          plans++;
        },
      },
      pulseTick: async () => {
        pulseTicks++;
      },
      onAttention: async () => {},
    });
    const gateway: ChatGateway = { post: async () => ({}) };
    await tick(gateway);
    await tick(gateway);
    clock.advance(59 * 60_000);
    await tick(gateway);
    expect(plans).toBe(1);
    clock.advance(2 * 60_000);
    await tick(gateway);
    expect(plans).toBe(2);
    expect(pulseTicks).toBe(4);
  });
});
