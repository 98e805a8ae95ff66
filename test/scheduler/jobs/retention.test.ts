import { describe, expect, it } from 'vitest';
import { type RetentionStore, runRetention } from '../../../src/scheduler/jobs/retention.ts';
import { FixedClock } from '../../fakes/in-memory-repositories.ts';

/** Records with an expiry each, deleting the expired ones when asked. */
function expiring(expiries: Date[]) {
  const rows = [...expiries];
  return {
    rows,
    async deleteExpired(now: Date) {
      const before = rows.length;
      rows.splice(0, rows.length, ...rows.filter((e) => e > now));
      return before - rows.length;
    },
  };
}

describe('the retention job', () => {
  it('deletes what has expired, rolls up old RSVPs, deletes workspaces past their grace, and a second run finds nothing', async () => {
    const clock = new FixedClock(new Date('2026-12-01T00:00:00Z'));
    const past = new Date('2026-11-01T00:00:00Z');
    const future = new Date('2027-01-01T00:00:00Z');
    const questions = expiring([past, past, future]);
    const events = expiring([past]);
    const responses = expiring([future]);
    const signIns = expiring([past]);
    const calls: string[] = [];
    let rsvpsLeft = 4;
    let uninstalled = ['W1'];
    const store: RetentionStore = {
      async rollUpPastRsvps(now, days) {
        calls.push(`rsvps ${now.toISOString()} ${days}`);
        const rsvps = rsvpsLeft;
        rsvpsLeft = 0;
        return { meetings: rsvps ? 1 : 0, rsvps };
      },
      async deleteUninstalledWorkspaces(_now, graceDays) {
        calls.push(`workspaces ${graceDays}`);
        const gone = uninstalled;
        uninstalled = [];
        return gone;
      },
    };
    const options = {
      questions,
      events,
      surveyResponses: responses,
      dashboardSignIns: signIns,
      store,
      clock,
      rsvpDays: 90,
      uninstallGraceDays: 30,
    };
    expect(await runRetention(options)).toEqual({
      questions: 2,
      events: 1,
      surveyResponses: 0,
      dashboardSignIns: 1,
      rsvps: 4,
      workspaces: 1,
    });
    expect(questions.rows).toEqual([future]);
    expect(calls).toEqual(['rsvps 2026-12-01T00:00:00.000Z 90', 'workspaces 30']);
    expect(await runRetention(options)).toEqual({
      questions: 0,
      events: 0,
      surveyResponses: 0,
      dashboardSignIns: 0,
      rsvps: 0,
      workspaces: 0,
    });
  });

  it('uses the clock it is given: moving it past an expiry deletes that record', async () => {
    const clock = new FixedClock(new Date('2026-12-01T00:00:00Z'));
    const questions = expiring([new Date('2026-12-02T00:00:00Z')]);
    const none = expiring([]);
    const store: RetentionStore = {
      rollUpPastRsvps: async () => ({ meetings: 0, rsvps: 0 }),
      deleteUninstalledWorkspaces: async () => [],
    };
    const options = {
      questions,
      events: none,
      surveyResponses: none,
      dashboardSignIns: none,
      store,
      clock,
      rsvpDays: 90,
      uninstallGraceDays: 30,
    };
    expect((await runRetention(options)).questions).toBe(0);
    clock.advance(2 * 86_400_000);
    expect((await runRetention(options)).questions).toBe(1);
  });
});
