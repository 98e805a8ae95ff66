import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOverride } from '../../../src/core/forums/apply-override.ts';
import { planRota } from '../../../src/core/forums/plan-rota.ts';
import { replanRota } from '../../../src/core/forums/replan-rota.ts';
import { swapHosts } from '../../../src/core/forums/swap-hosts.ts';
import type { Agency, HostingEvent, PlannedOccurrence } from '../../../src/core/forums/types.ts';
import { makeAgency, makeSeries } from './make-forum.ts';

// A monthly forum (2nd Tuesday) planned a year ahead, as a coordinator who plans the whole year sees it.
const series = makeSeries({
  cadence: { kind: 'monthly_weekday', intervalMonths: 1, weekday: 'tuesday', nth: 2 },
  horizon: 12,
});
const FROM = '2027-01-01';

const sixAgencies = (): Agency[] =>
  ['oak', 'riv', 'yh', 'sc', 'ey', 'vs'].map((id) => makeAgency(id, `Agency ${id}`));

type Change =
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'override'; at: number; agency: number }
  | { kind: 'defer' | 'absent'; at: number }
  | { kind: 'join' }
  | { kind: 'leave'; agency: number };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(11), b: fc.nat(11) }),
  fc.record({ kind: fc.constant('override' as const), at: fc.nat(11), agency: fc.nat(9) }),
  fc.record({ kind: fc.constantFrom('defer' as const, 'absent' as const), at: fc.nat(11) }),
  fc.record({ kind: fc.constant('join' as const) }),
  fc.record({ kind: fc.constant('leave' as const), agency: fc.nat(9) }),
);

interface Rota {
  agencies: Agency[];
  history: HostingEvent[];
  plan: PlannedOccurrence[];
}

/**
 * Applies one change as the service does (the change's events, then a local re-plan) and returns
 * the indexes of the meetings the change names, or undefined when the change is refused.
 */
function applyChange(rota: Rota, change: Change): { next: Rota; named: Set<number> } | undefined {
  const { plan } = rota;
  let agencies = rota.agencies;
  let events: HostingEvent[] = [];
  const named = new Set<number>();
  try {
    if (change.kind === 'swap') {
      const [a, b] = [plan[change.a], plan[change.b]];
      if (!a || !b) return undefined;
      events = swapHosts(plan, a.date, b.date, { agencies }).events;
      named.add(change.a).add(change.b);
    } else if (change.kind === 'override') {
      const meeting = plan[change.at];
      const active = agencies.filter((x) => x.active);
      const agency = active[change.agency % active.length];
      if (!meeting || !agency) return undefined;
      events = applyOverride(plan, meeting.date, agency.id, 'U-coord', agencies).events;
      named.add(change.at);
    } else if (change.kind !== 'join' && change.kind !== 'leave') {
      const meeting = plan[change.at];
      if (!meeting) return undefined;
      const kind = change.kind === 'defer' ? 'deferred' : 'absent';
      events = [{ occurrenceDate: meeting.date, agencyId: meeting.hostAgencyId, kind }];
      named.add(change.at);
    } else if (change.kind === 'join') {
      agencies = [...agencies, makeAgency(`new${agencies.length}`, `Newcomer ${agencies.length}`)];
    } else if (change.kind === 'leave') {
      const active = agencies.filter((x) => x.active);
      if (active.length <= 2) return undefined;
      const leaving = active[change.agency % active.length] as Agency;
      agencies = agencies.map((x) => (x.id === leaving.id ? { ...x, active: false } : x));
      plan.forEach((p, i) => {
        if (p.hostAgencyId === leaving.id) named.add(i);
      });
    }
  } catch {
    return undefined; // refused (a swap that changes nothing, a host that cannot take the date)
  }
  let next: PlannedOccurrence[];
  try {
    next = replanRota(series, agencies, rota.history, plan, events, FROM);
  } catch {
    // Nobody left who can host a date (e.g. both remaining agencies deferred it): the service
    // reports that and plans up to it; here the sequence simply goes on without the change.
    return undefined;
  }
  return { next: { agencies, history: [...rota.history, ...events], plan: next }, named };
}

function startRota(): Rota {
  const agencies = sixAgencies();
  return { agencies, history: [], plan: planRota(series, agencies, [], FROM) };
}

/** The largest difference in turns between two agencies over any run of consecutive meetings. */
function worstWindowGap(hosts: readonly string[], agencyIds: readonly string[]): number {
  let worst = 0;
  for (let start = 0; start < hosts.length; start++) {
    const counts = new Map(agencyIds.map((id) => [id, 0]));
    for (let end = start; end < hosts.length; end++) {
      const host = hosts[end] as string;
      counts.set(host, (counts.get(host) ?? 0) + 1);
      const values = [...counts.values()];
      worst = Math.max(worst, Math.max(...values) - Math.min(...values));
    }
  }
  return worst;
}

// Thousands of generated sequences: the limit allows for a busy machine; it is not a measurement.
describe('local rota changes', { timeout: 120_000 }, () => {
  it('a swap of 14 Sep and 9 Nov 2027 changes those two meetings and nothing else', () => {
    const rota = startRota();
    const dates = rota.plan.map((p) => p.date);
    expect(dates[0]).toBe('2027-01-12');
    const sep = dates.indexOf('2027-09-14');
    const nov = dates.indexOf('2027-11-09');
    const result = applyChange(rota, { kind: 'swap', a: sep, b: nov });
    const after = result?.next.plan ?? [];
    expect(after.map((p) => p.date)).toEqual(dates);
    after.forEach((p, i) => {
      const was = rota.plan[i] as PlannedOccurrence;
      if (i === sep) expect(p.hostAgencyId).toBe(rota.plan[nov]?.hostAgencyId);
      else if (i === nov) expect(p.hostAgencyId).toBe(rota.plan[sep]?.hostAgencyId);
      else expect([p.date, p.hostAgencyId]).toEqual([was.date, was.hostAgencyId]);
    });
    // The 12 Jan meeting keeps its host and its reason; every agency still hosts twice in the year.
    expect(after[0]?.reason).toBe(rota.plan[0]?.reason);
    const counts = new Map<string, number>();
    for (const p of after) counts.set(p.hostAgencyId, (counts.get(p.hostAgencyId) ?? 0) + 1);
    expect([...counts.values()]).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('never changes the host of a meeting a change did not name, over thousands of change sequences', () => {
    fc.assert(
      fc.property(fc.array(changeArb, { minLength: 1, maxLength: 8 }), (changes) => {
        let rota = startRota();
        for (const change of changes) {
          const result = applyChange(rota, change);
          if (!result) continue;
          result.next.plan.forEach((p, i) => {
            if (result.named.has(i)) return;
            const was = rota.plan[i] as PlannedOccurrence;
            expect(p.originalDate).toBe(was.originalDate);
            expect(p.hostAgencyId).toBe(was.hostAgencyId);
          });
          rota = result.next;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every agency within one turn of the others after swaps alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: fc.constant('swap' as const), a: fc.nat(11), b: fc.nat(11) }), {
          maxLength: 10,
        }),
        (swaps) => {
          let rota = startRota();
          for (const swap of swaps) rota = applyChange(rota, swap)?.next ?? rota;
          const counts = new Map<string, number>();
          for (const p of rota.plan) counts.set(p.hostAgencyId, (counts.get(p.hostAgencyId) ?? 0) + 1);
          expect([...counts.values()].sort()).toEqual([2, 2, 2, 2, 2, 2]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('evens turns out again over the following meetings, whatever changed before', () => {
    fc.assert(
      fc.property(fc.array(changeArb, { minLength: 1, maxLength: 8 }), (changes) => {
        let rota = startRota();
        for (const change of changes) rota = applyChange(rota, change)?.next ?? rota;
        const active = rota.agencies.filter((a) => a.active).map((a) => a.id);
        // The year as planned stays; the meetings after it are the rota's own choices again.
        const longer = replanRota(
          series,
          rota.agencies,
          rota.history,
          rota.plan,
          [],
          FROM,
          12 + 3 * active.length,
        );
        expect(longer.slice(0, 12).map((p) => p.hostAgencyId)).toEqual(rota.plan.map((p) => p.hostAgencyId));
        const following = longer.slice(12).map((p) => p.hostAgencyId);
        expect(worstWindowGap(following, active)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });
});
