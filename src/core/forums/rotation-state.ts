// The rotation's memory, rebuilt from the append-only hosting history. Fairness is between
// agencies, not people: each agency's standing is when it last took a turn, how many turns it has
// taken, and whether it is owed one after a deferral.
import { AppError } from '../shared/errors.ts';
import { formatLongDate, formatShortDate } from './local-dates.ts';
import type { Agency, HostChoice, HostingEvent } from './types.ts';

interface Standing {
  /** The date of the agency's last turn, hosted or passed on through absence. */
  lastTurn: string | null;
  lastTurnAbsent: boolean;
  turns: number;
  /** The date the agency deferred, while it is owed a turn. */
  owedSince: string | null;
}

/** An agency in the rota, with what the ranking reads kept at hand. */
interface Member {
  agency: Agency;
  standing: Standing;
  joinIndex: number;
  blackouts: ReadonlySet<string>;
}

interface DateGroup {
  date: string;
  events: HostingEvent[];
}

/** What the history already says about one meeting date. */
interface DateConstraints {
  /** A recorded host, or the agency a swap or override pinned to the date. */
  fixed?: HostingEvent;
  /** Agencies that deferred or were absent for this date: they do not host it. */
  excluded: Map<string, 'deferred' | 'absent'>;
}

function readConstraints(events: readonly HostingEvent[]): DateConstraints {
  let recorded: HostingEvent | undefined;
  let pin: HostingEvent | undefined;
  const excluded = new Map<string, 'deferred' | 'absent'>();
  for (const event of events) {
    if (event.kind === 'hosted') recorded = event;
    else if (event.kind === 'override' || event.kind === 'swapped' || event.kind === 'planned') pin = event;
    else if (event.kind === 'deferred' || event.kind === 'absent') {
      excluded.set(event.agencyId, event.kind);
      // A deferral after a swap or override undoes that pin.
      if (pin?.agencyId === event.agencyId) pin = undefined;
    }
  }
  const fixed = recorded ?? pin;
  return fixed ? { fixed, excluded } : { excluded };
}

/**
 * Replays the history in date order and chooses hosts one date at a time. Each choice counts as a
 * provisional turn for the choices after it, so a whole horizon is planned in one pass.
 */
export class RotationPlanner {
  private readonly standings = new Map<string, Standing>();
  private readonly byId = new Map<string, Agency>();
  private readonly rota: Member[];
  private readonly groups: DateGroup[];
  /** Hosts already fixed for a date (recorded, swapped, overridden), in date order. */
  private readonly reservations: { date: string; agencyId: string }[] = [];
  private readonly groupsByDate = new Map<string, DateGroup>();
  private readonly consumed = new Set<DateGroup>();
  private next = 0;

  /** `agencies` in join order: ties between agencies that have never hosted go to the earliest. */
  constructor(agencies: readonly Agency[], history: readonly HostingEvent[]) {
    this.rota = [];
    agencies.forEach((agency, joinIndex) => {
      this.byId.set(agency.id, agency);
      const standing: Standing = { lastTurn: null, lastTurnAbsent: false, turns: 0, owedSince: null };
      this.standings.set(agency.id, standing);
      if (agency.active && agency.canHost) {
        this.rota.push({ agency, standing, joinIndex, blackouts: new Set(agency.blackoutDates) });
      }
    });
    for (const event of history) {
      let group = this.groupsByDate.get(event.occurrenceDate);
      if (!group) {
        group = { date: event.occurrenceDate, events: [] };
        this.groupsByDate.set(event.occurrenceDate, group);
      }
      group.events.push(event);
    }
    this.groups = [...this.groupsByDate.values()].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    );
    for (const group of this.groups) {
      const fixed = readConstraints(group.events).fixed;
      if (fixed) this.reservations.push({ date: group.date, agencyId: fixed.agencyId });
    }
  }

  /** Agencies already down to host a later date, with the first such date. */
  private reservedAfter(date: string): Map<string, string> {
    const reserved = new Map<string, string>();
    for (const reservation of this.reservations) {
      if (reservation.date > date && !reserved.has(reservation.agencyId)) {
        reserved.set(reservation.agencyId, reservation.date);
      }
    }
    return reserved;
  }

  agencyName(agencyId: string): string {
    return this.byId.get(agencyId)?.name ?? agencyId;
  }

  /**
   * Chooses the host of a meeting on `date`. `originalDate` is the cadence's date when a bank
   * holiday moved the meeting; history recorded against either date applies.
   */
  choose(date: string, originalDate: string = date): HostChoice {
    const firstKey = originalDate < date ? originalDate : date;
    while (this.next < this.groups.length && (this.groups[this.next] as DateGroup).date < firstKey) {
      const group = this.groups[this.next] as DateGroup;
      this.next += 1;
      if (this.consumed.has(group)) continue;
      this.consumed.add(group);
      this.applyOutcome(group.date, group.events, readConstraints(group.events).fixed?.agencyId);
    }
    const events: HostingEvent[] = [];
    for (const key of originalDate === date ? [date] : [originalDate, date]) {
      const group = this.groupsByDate.get(key);
      if (group && !this.consumed.has(group)) {
        this.consumed.add(group);
        events.push(...group.events);
      }
    }
    const choice = this.select(date, readConstraints(events));
    this.applyOutcome(date, events, choice.agencyId);
    return choice;
  }

  private standing(agencyId: string): Standing {
    let standing = this.standings.get(agencyId);
    if (!standing) {
      standing = { lastTurn: null, lastTurnAbsent: false, turns: 0, owedSince: null };
      this.standings.set(agencyId, standing);
    }
    return standing;
  }

  private takeTurn(agencyId: string, date: string, absent: boolean): void {
    const standing = this.standing(agencyId);
    if (standing.lastTurn === null || date >= standing.lastTurn) {
      standing.lastTurn = date;
      standing.lastTurnAbsent = absent;
    }
    standing.turns += 1;
    standing.owedSince = null;
  }

  /**
   * Applies what happened on a date. Every deferral is owed a turn: callers record one only for
   * the agency due to host (the planned host), and a rule that re-derived who was due from the
   * ranking would go wrong once an agency joins after the deferral.
   */
  private applyOutcome(date: string, events: readonly HostingEvent[], hostId: string | undefined): void {
    let hostRecorded = false;
    for (const event of events) {
      if (event.kind === 'hosted') {
        this.takeTurn(event.agencyId, date, false);
        if (event.agencyId === hostId) hostRecorded = true;
      } else if (event.kind === 'absent') {
        this.takeTurn(event.agencyId, date, true);
      } else if (event.kind === 'deferred') {
        const standing = this.standing(event.agencyId);
        standing.owedSince ??= date;
      }
    }
    if (hostId !== undefined && !hostRecorded) this.takeTurn(hostId, date, false);
  }

  /** Owed turns first, then longest wait (never hosted first, by join order), fewest turns, name. */
  private compare(a: Member, b: Member): number {
    const sa = a.standing;
    const sb = b.standing;
    if (sa.owedSince !== sb.owedSince) {
      if (sa.owedSince === null) return 1;
      if (sb.owedSince === null) return -1;
      return sa.owedSince < sb.owedSince ? -1 : 1;
    }
    if (sa.lastTurn !== sb.lastTurn) {
      if (sa.lastTurn === null) return -1;
      if (sb.lastTurn === null) return 1;
      return sa.lastTurn < sb.lastTurn ? -1 : 1;
    }
    if (sa.lastTurn === null) return a.joinIndex - b.joinIndex;
    if (sa.turns !== sb.turns) return sa.turns - sb.turns;
    return a.agency.name.localeCompare(b.agency.name, 'en-GB') || a.joinIndex - b.joinIndex;
  }

  /** `compare`, with agencies already down to host a later date after all others. */
  private rank(a: Member, b: Member, reserved: Map<string, string> | undefined): number {
    if (reserved) {
      const aReserved = reserved.has(a.agency.id);
      if (aReserved !== reserved.has(b.agency.id)) return aReserved ? 1 : -1;
    }
    return this.compare(a, b);
  }

  private select(date: string, constraints: DateConstraints): HostChoice {
    const notes: string[] = [];
    const when = formatShortDate(date);
    const fixed = constraints.fixed;
    if (fixed) {
      const agency = this.byId.get(fixed.agencyId);
      const problem = !agency
        ? 'is no longer a member'
        : fixed.kind !== 'hosted' && !agency.active
          ? 'has left the forum'
          : fixed.kind !== 'hosted' && agency.blackoutDates.includes(date)
            ? `is blacked out on ${when}`
            : undefined;
      if (agency && !problem)
        return { agencyId: agency.id, reason: `${describePinnedHost(agency.name, fixed, date)}.` };
      notes.push(`${agency?.name ?? fixed.agencyId} was set to host but ${problem}, so the rota decides`);
    }

    // An agency already down to host a later meeting (after a swap or override) hosts an earlier
    // one only if nobody else can: otherwise a swap would hand it two turns in a row.
    const reserved = this.reservations.length === 0 ? undefined : this.reservedAfter(date);
    // Linear scans rather than a sort: this runs for every meeting of every forum planned.
    let chosen: Member | undefined;
    for (const member of this.rota) {
      if (isEligible(member, date, constraints) && (!chosen || this.rank(member, chosen, reserved) < 0)) {
        chosen = member;
      }
    }
    if (!chosen) {
      const detail =
        this.rota.length === 0
          ? 'no active member agency is able to host. Add a host agency or mark a member agency as able to host.'
          : 'all are blacked out or cannot host. Add a host or change a blackout date.';
      throw new AppError('BAD_INPUT', `No agency can host on ${formatLongDate(date)}: ${detail}`);
    }
    let runnerUp: Member | undefined;
    const passedOver: Member[] = [];
    for (const member of this.rota) {
      if (member === chosen) continue;
      if (
        isEligible(member, date, constraints) &&
        !(reserved?.has(member.agency.id) && this.compare(member, chosen) < 0)
      ) {
        if (!runnerUp || this.rank(member, runnerUp, reserved) < 0) runnerUp = member;
      } else if (constraints.excluded.has(member.agency.id) || this.compare(member, chosen) < 0) {
        // A deferral or absence is news about this meeting; a blackout only matters if it decided.
        passedOver.push(member);
      }
    }
    passedOver.sort((a, b) => this.compare(a, b));
    for (const { agency, standing, blackouts } of passedOver) {
      const exclusion = constraints.excluded.get(agency.id);
      const reservedDate = reserved?.get(agency.id);
      if (exclusion === 'deferred') notes.push(`${agency.name} deferred this meeting and keeps its place`);
      else if (exclusion === 'absent') {
        notes.push(`${agency.name} is marked absent for this meeting, so its turn passes on`);
      } else if (blackouts.has(date)) {
        notes.push(
          standing.owedSince !== null
            ? `${agency.name} deferred and is owed a turn but is blacked out on ${when}`
            : `${agency.name} is blacked out on ${when}`,
        );
      } else if (reservedDate !== undefined) {
        notes.push(`${agency.name} is already down to host on ${formatShortDate(reservedDate)}`);
      }
    }
    const why = this.describeWhy(chosen, runnerUp);
    return {
      agencyId: chosen.agency.id,
      reason: `${[`${chosen.agency.name} hosts on ${when} because ${why}`, ...notes].join('; ')}.`,
    };
  }

  private describeWhy(chosen: Member, runnerUp: Member | undefined): string {
    const standing = chosen.standing;
    if (standing.owedSince !== null) {
      return `it deferred on ${formatShortDate(standing.owedSince)} and is owed the next turn it can take`;
    }
    const other = runnerUp?.standing;
    const otherName = runnerUp?.agency.name;
    if (standing.lastTurn === null) {
      return other && other.owedSince === null && other.lastTurn === null
        ? `it has not hosted yet and joined the forum before ${otherName}`
        : 'it has not hosted yet';
    }
    const last = standing.lastTurnAbsent
      ? `its last turn, ${formatShortDate(standing.lastTurn)}, passed on because it was absent`
      : `last hosted ${formatShortDate(standing.lastTurn)}`;
    let why = `it has waited longest: ${last}`;
    if (other && other.owedSince === null && other.lastTurn === standing.lastTurn) {
      why +=
        other.turns !== standing.turns
          ? `; it has taken fewer turns than ${otherName} (${standing.turns} against ${other.turns})`
          : `; ${otherName} took its last turn the same day and has as many turns, so name order decides`;
    }
    return why;
  }
}

function isEligible(member: Member, date: string, constraints: DateConstraints): boolean {
  return !constraints.excluded.has(member.agency.id) && !member.blackouts.has(date);
}

/** Why a recorded, swapped or overridden host hosts, in the same words wherever it is shown. */
export function describePinnedHost(agencyName: string, event: HostingEvent, date: string): string {
  const when = formatShortDate(date);
  const note = event.note ? ` (${event.note})` : '';
  switch (event.kind) {
    case 'override':
      return `${agencyName} hosts on ${when} because a coordinator chose it${event.byUserId ? `, set by ${event.byUserId}` : ''}${note}`;
    case 'swapped':
      return `${agencyName} hosts on ${when} because of an agreed swap${note}`;
    case 'planned':
      // The note is the reason given when the meeting was first planned.
      return event.note
        ? event.note.replace(/\.$/, '')
        : `${agencyName} hosts on ${when}: it was already planned`;
    default:
      return `${agencyName} hosts on ${when}: it is recorded as the host${note}`;
  }
}
