import { describe, expect, it } from 'vitest';
import type { Agency, HostingEvent } from '../../../src/core/forums/index.ts';
import { chooseNextHost, listMeetingDates, planRota } from '../../../src/core/forums/index.ts';
import { isAppError } from '../../../src/core/shared/errors.ts';
import { catchError, hosted, makeAgencies, makeAgency, makeSeries } from './make-forum.ts';

const threeAgencies = () => makeAgencies().slice(0, 3); // Oakfield Primary, Riverside Health Centre, Youth Hub
const fourAgencies = () => makeAgencies().slice(0, 4);
const oneRound: HostingEvent[] = [
  hosted('2026-01-14', 'oak'),
  hosted('2026-03-11', 'riv'),
  hosted('2026-05-13', 'yh'),
];

function turnsPerAgency(hosts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const host of hosts) counts.set(host, (counts.get(host) ?? 0) + 1);
  return counts;
}

describe('chooseNextHost', () => {
  it('starts with the earliest agency to join when nobody has hosted', () => {
    const choice = chooseNextHost(threeAgencies(), [], '2026-01-13');
    expect(choice.agencyId).toBe('oak');
    expect(choice.reason).toBe(
      'Oakfield Primary hosts on 13 Jan 2026 because it has not hosted yet and joined the forum before Riverside Health Centre.',
    );
  });

  it('chooses the agency that has waited longest, and says when it last hosted', () => {
    const choice = chooseNextHost(threeAgencies(), oneRound, '2026-07-14');
    expect(choice).toEqual({
      agencyId: 'oak',
      reason: 'Oakfield Primary hosts on 14 Jul 2026 because it has waited longest: last hosted 14 Jan 2026.',
    });
  });

  it('skips an agency blacked out on the date and says so', () => {
    const agencies = threeAgencies();
    agencies[0] = { ...(agencies[0] as Agency), blackoutDates: ['2026-07-14'] };
    const choice = chooseNextHost(agencies, oneRound, '2026-07-14');
    expect(choice.agencyId).toBe('riv');
    expect(choice.reason).toBe(
      'Riverside Health Centre hosts on 14 Jul 2026 because it has waited longest: last hosted 11 Mar 2026; ' +
        'Oakfield Primary is blacked out on 14 Jul 2026.',
    );
  });

  it('puts an agency that has never hosted first, so a newcomer hosts next', () => {
    const agencies = [...threeAgencies(), makeAgency('new', 'Hillside Academy')];
    const choice = chooseNextHost(agencies, oneRound, '2026-07-14');
    expect(choice.agencyId).toBe('new');
    expect(choice.reason).toBe('Hillside Academy hosts on 14 Jul 2026 because it has not hosted yet.');
  });

  it('breaks a tie on waiting time by fewer turns, then by name', () => {
    const agencies = [
      makeAgency('b', 'Beech Centre'),
      makeAgency('a', 'Ash Centre'),
      makeAgency('c', 'Cedar Centre'),
    ];
    // Beech and Ash co-hosted last; Ash has hosted once more in all.
    const history = [
      hosted('2025-01-01', 'a'),
      hosted('2025-06-01', 'c'),
      hosted('2025-09-01', 'a'),
      hosted('2025-09-01', 'b'),
    ];
    const byTurns = chooseNextHost(agencies, [...history, hosted('2025-12-01', 'c')], '2026-01-13');
    expect(byTurns.agencyId).toBe('b');
    expect(byTurns.reason).toContain('it has taken fewer turns than Ash Centre (1 against 2)');
    const byName = chooseNextHost(
      agencies,
      [hosted('2025-09-01', 'b'), hosted('2025-09-01', 'a'), hosted('2025-10-01', 'c')],
      '2026-01-13',
    );
    expect(byName.agencyId).toBe('a');
    expect(byName.reason).toContain('so name order decides');
  });

  it('never chooses agencies that are inactive or cannot host, whatever their waiting time', () => {
    const agencies = threeAgencies();
    agencies[0] = { ...(agencies[0] as Agency), active: false };
    agencies[1] = { ...(agencies[1] as Agency), canHost: false };
    expect(chooseNextHost(agencies, oneRound, '2026-07-14').agencyId).toBe('yh');
  });

  it('ignores history about agencies that are no longer listed', () => {
    const history = [hosted('2025-01-01', 'gone'), ...oneRound];
    expect(chooseNextHost(threeAgencies(), history, '2026-07-14').agencyId).toBe('oak');
  });

  it('ignores skipped meetings: the agency due keeps its place by waiting longest', () => {
    const history = [
      ...oneRound,
      { occurrenceDate: '2026-07-14', agencyId: 'oak', kind: 'skipped' as const },
    ];
    expect(chooseNextHost(threeAgencies(), history, '2026-09-08').agencyId).toBe('oak');
  });

  it('throws BAD_INPUT with what to do when every agency is blacked out', () => {
    const agencies = threeAgencies().map((agency) => ({ ...agency, blackoutDates: ['2026-03-10'] }));
    const error = catchError(() => chooseNextHost(agencies, [], '2026-03-10'));
    expect(isAppError(error, 'BAD_INPUT')).toBe(true);
    expect((error as Error).message).toBe(
      'No agency can host on 10 March 2026: all are blacked out or cannot host. Add a host or change a blackout date.',
    );
  });

  it('throws BAD_INPUT when the forum has no agencies that can host', () => {
    for (const agencies of [[], [makeAgency('x', 'Members Only', { canHost: false })]]) {
      const error = catchError(() => chooseNextHost(agencies, [], '2026-03-10'));
      expect(isAppError(error, 'BAD_INPUT')).toBe(true);
      expect((error as Error).message).toMatch(/^No agency can host on 10 March 2026: .*Add a host agency/);
    }
  });

  it('rejects an impossible date', () => {
    expect(
      isAppError(
        catchError(() => chooseNextHost(threeAgencies(), [], '2026-02-30')),
        'BAD_INPUT',
      ),
    ).toBe(true);
  });
});

describe('fair rotation over many meetings', () => {
  const series = makeSeries({ cadence: { kind: 'weekly', intervalWeeks: 2, weekday: 'wednesday' } });

  it('gives seven agencies turns within one of each other over 40 meetings', () => {
    const plan = planRota(series, makeAgencies(), [], '2026-01-01', 40);
    const counts = turnsPerAgency(plan.map((occurrence) => occurrence.hostAgencyId));
    expect(counts.size).toBe(7);
    expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1);
    // Strict rotation in join order when nothing gets in the way.
    expect(plan.slice(0, 8).map((occurrence) => occurrence.hostAgencyId)).toEqual([
      'oak',
      'riv',
      'yh',
      'sc',
      'ey',
      'vs',
      'yot',
      'oak',
    ]);
  });

  it('stays within one turn when blackouts push agencies back', () => {
    const dates = listMeetingDates(series, '2026-01-01', 40);
    const agencies = makeAgencies().map((agency, i) => ({
      ...agency,
      blackoutDates: [
        dates[(i * 5 + 1) % 40],
        dates[(i * 5 + 17) % 40],
        dates[(i * 3 + 30) % 40],
      ] as string[],
    }));
    const plan = planRota(series, agencies, [], '2026-01-01', 40);
    for (const occurrence of plan) {
      const host = agencies.find((agency) => agency.id === occurrence.hostAgencyId) as Agency;
      expect(host.blackoutDates).not.toContain(occurrence.date);
    }
    const counts = turnsPerAgency(plan.map((occurrence) => occurrence.hostAgencyId));
    expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1);
  });

  it('plans the same hosts as choosing one meeting at a time and recording each', () => {
    const agencies = makeAgencies();
    agencies[2] = { ...(agencies[2] as Agency), blackoutDates: ['2026-02-11', '2026-03-11'] };
    const plan = planRota(series, agencies, [], '2026-01-01', 20);
    const history: HostingEvent[] = [];
    for (const occurrence of plan) {
      const choice = chooseNextHost(agencies, history, occurrence.date);
      expect(choice.agencyId, occurrence.date).toBe(occurrence.hostAgencyId);
      expect(choice.reason).toBe(occurrence.reason);
      history.push(hosted(occurrence.date, choice.agencyId));
    }
  });

  it('carries on fairly when an agency leaves mid-rotation', () => {
    const agencies = fourAgencies();
    const first = planRota(series, agencies, [], '2026-01-01', 6);
    const history = first.map((occurrence) => hosted(occurrence.date, occurrence.hostAgencyId));
    const withoutYouthHub = agencies.map((agency) =>
      agency.id === 'yh' ? { ...agency, active: false } : agency,
    );
    const rest = planRota(series, withoutYouthHub, history, '2026-03-26', 9);
    expect(rest.map((occurrence) => occurrence.hostAgencyId)).not.toContain('yh');
    // Oakfield and Riverside hosted twice in the first six meetings, the others once: Social Care goes first.
    expect(rest[0]?.hostAgencyId).toBe('sc');
    const counts = turnsPerAgency([...first, ...rest].map((occurrence) => occurrence.hostAgencyId));
    expect([counts.get('oak'), counts.get('riv'), counts.get('sc')]).toEqual([5, 5, 4]);
  });
});

describe('deferrals and absences', () => {
  // Oakfield, Riverside, Youth Hub and Social Care have each hosted once, in that order.
  const series = makeSeries();
  const round: HostingEvent[] = [
    hosted('2025-07-08', 'oak'),
    hosted('2025-09-09', 'riv'),
    hosted('2025-11-11', 'yh'),
    hosted('2026-01-13', 'sc'),
  ];
  const newcomer = makeAgency('new', 'Hillside Academy');

  it('keeps a deferring agency’s place: it is owed the next turn, ahead even of a newcomer', () => {
    const history = [...round, { occurrenceDate: '2026-03-10', agencyId: 'oak', kind: 'deferred' as const }];
    const plan = planRota(series, [...fourAgencies(), newcomer], history, '2026-03-01', 4);
    expect(plan.map((occurrence) => occurrence.hostAgencyId)).toEqual(['new', 'oak', 'riv', 'yh']);
    expect(plan[0]?.reason).toBe(
      'Hillside Academy hosts on 10 Mar 2026 because it has not hosted yet; Oakfield Primary deferred this meeting and keeps its place.',
    );
    expect(plan[1]?.reason).toBe(
      'Oakfield Primary hosts on 12 May 2026 because it deferred on 10 Mar 2026 and is owed the next turn it can take.',
    );
  });

  it('keeps the owed turn until the agency can take it', () => {
    const agencies = fourAgencies().map((agency) =>
      agency.id === 'oak' ? { ...agency, blackoutDates: ['2026-05-12'] } : agency,
    );
    const history = [...round, { occurrenceDate: '2026-03-10', agencyId: 'oak', kind: 'deferred' as const }];
    const plan = planRota(series, [...agencies, newcomer], history, '2026-03-01', 4);
    expect(plan.map((occurrence) => occurrence.hostAgencyId)).toEqual(['new', 'riv', 'oak', 'yh']);
    expect(plan[1]?.reason).toContain(
      'Oakfield Primary deferred and is owed a turn but is blacked out on 12 May 2026',
    );
    expect(plan[2]?.reason).toContain('it deferred on 10 Mar 2026 and is owed the next turn it can take');
  });

  it('owes the agency that deferred after an absence passed the turn to it', () => {
    const events: HostingEvent[] = [
      { occurrenceDate: '2026-03-10', agencyId: 'riv', kind: 'deferred' },
      hosted('2026-03-10', 'yh'),
      { occurrenceDate: '2026-03-10', agencyId: 'oak', kind: 'absent' },
    ];
    // Oakfield was due but absent, Riverside was next and deferred, Youth Hub hosted.
    expect(chooseNextHost(fourAgencies(), [...round, ...events], '2026-05-12')).toEqual({
      agencyId: 'riv',
      reason:
        'Riverside Health Centre hosts on 12 May 2026 because it deferred on 10 Mar 2026 and is owed the next turn it can take.',
    });
  });

  it('passes an absent agency’s turn on, as if it had taken it', () => {
    const history = [...round, { occurrenceDate: '2026-03-10', agencyId: 'oak', kind: 'absent' as const }];
    const plan = planRota(series, fourAgencies(), history, '2026-03-01', 5);
    expect(plan.map((occurrence) => occurrence.hostAgencyId)).toEqual(['riv', 'yh', 'sc', 'oak', 'riv']);
    expect(plan[0]?.reason).toContain(
      'Oakfield Primary is marked absent for this meeting, so its turn passes on',
    );
    expect(plan[3]?.reason).toContain('its last turn, 10 Mar 2026, passed on because it was absent');
  });

  it('reads past deferrals from the history when choosing a single meeting', () => {
    const history = [
      ...round,
      { occurrenceDate: '2026-03-10', agencyId: 'oak', kind: 'deferred' as const },
      hosted('2026-03-10', 'riv'),
    ];
    const choice = chooseNextHost([...fourAgencies(), newcomer], history, '2026-05-12');
    expect(choice.agencyId).toBe('oak');
  });
});

describe('swaps and overrides recorded in the history', () => {
  const series = makeSeries();

  it('keeps an override pinned when re-planning, and the displaced agency hosts next', () => {
    const history: HostingEvent[] = [
      {
        occurrenceDate: '2026-01-13',
        agencyId: 'yh',
        kind: 'override',
        byUserId: 'U-coord',
        note: 'replacing Oakfield Primary',
      },
    ];
    const plan = planRota(series, threeAgencies(), history, '2026-01-01', 3);
    expect(plan.map((occurrence) => occurrence.hostAgencyId)).toEqual(['yh', 'oak', 'riv']);
    expect(plan[0]?.reason).toBe(
      'Youth Hub hosts on 13 Jan 2026 because a coordinator chose it, set by U-coord (replacing Oakfield Primary).',
    );
  });

  it('drops a pin the agency can no longer take, and says why', () => {
    const agencies = threeAgencies().map((agency) =>
      agency.id === 'yh' ? { ...agency, blackoutDates: ['2026-01-13'] } : agency,
    );
    const history: HostingEvent[] = [{ occurrenceDate: '2026-01-13', agencyId: 'yh', kind: 'override' }];
    const [first] = planRota(series, agencies, history, '2026-01-01', 1);
    expect(first?.hostAgencyId).toBe('oak');
    expect(first?.reason).toContain(
      'Youth Hub was set to host but is blacked out on 13 Jan 2026, so the rota decides',
    );
  });

  it('lets a later deferral undo a pin', () => {
    const history: HostingEvent[] = [
      { occurrenceDate: '2026-01-13', agencyId: 'yh', kind: 'override' },
      { occurrenceDate: '2026-01-13', agencyId: 'yh', kind: 'deferred' },
    ];
    expect(planRota(series, threeAgencies(), history, '2026-01-01', 1)[0]?.hostAgencyId).toBe('oak');
  });

  it('counts a past pinned meeting as hosted when nothing else was recorded', () => {
    const history: HostingEvent[] = [
      hosted('2025-09-09', 'oak'),
      hosted('2025-11-11', 'riv'),
      { occurrenceDate: '2026-01-13', agencyId: 'oak', kind: 'swapped' },
    ];
    // Youth Hub never hosted, then Riverside has waited longest: Oakfield's swap counted as its turn.
    expect(chooseNextHost(threeAgencies(), history, '2026-03-10').agencyId).toBe('yh');
    expect(
      chooseNextHost(threeAgencies(), [...history, hosted('2026-03-10', 'yh')], '2026-05-12').agencyId,
    ).toBe('riv');
  });
});
