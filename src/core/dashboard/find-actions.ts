// What a coordinator must act on, first on the overview: a host that has not confirmed a meeting
// a week or less away, a channel the bot can no longer post to, a post that failed, a rota that
// cannot be planned. Pure: the service gathers the facts, this decides what needs action.
import type { StoredOccurrence } from '../forums/ports.ts';
import type { ForumSeries } from '../forums/types.ts';
import type { PostProblem } from './ports.ts';

const DAY = 86_400_000;
/** How close an unconfirmed meeting must be to need action. */
export const CONFIRM_WITHIN_DAYS = 7;

// Platform errors that mean the bot has lost the channel, not that one send went wrong.
const ACCESS_LOST =
  /channel_not_found|not_in_channel|is_archived|no longer in that conversation|removed from that Teams conversation|not been added to that Teams conversation|not installed in this workspace/i;

/** True when the host agency itself has confirmed (a confirmation by a former host does not count). */
export function hostHasConfirmed(occurrence: StoredOccurrence): boolean {
  return occurrence.hostConfirmation?.agencyId === occurrence.hostAgencyId;
}

/** The status a meeting shows: cancelled, confirmed by its host, or waiting for the host. */
export type MeetingState = 'cancelled' | 'host-confirmed' | 'awaiting-host';

export function meetingState(occurrence: StoredOccurrence): MeetingState {
  if (occurrence.status === 'cancelled') return 'cancelled';
  return hostHasConfirmed(occurrence) ? 'host-confirmed' : 'awaiting-host';
}

export type ActionItem =
  | { kind: 'unconfirmed-host'; forum: ForumSeries; occurrence: StoredOccurrence; daysAway: number }
  | { kind: 'lost-channel'; channelId: string; forums: string[]; lastError?: string; since?: Date }
  | { kind: 'post-failed'; problem: PostProblem; forums: string[] }
  | { kind: 'planning-problem'; forum: ForumSeries; problem: string };

export interface ActionFacts {
  now: Date;
  forums: { forum: ForumSeries; upcoming: StoredOccurrence[]; problem?: string }[];
  postProblems: PostProblem[];
  lostChannels: string[];
}

/** The things to act on, most urgent first: meetings soonest first, then channels, posts, planning. */
export function findActions(facts: ActionFacts): ActionItem[] {
  const forumsIn = (channelId: string) =>
    facts.forums.filter((f) => f.forum.channelId === channelId).map((f) => f.forum.name);
  const meetings: ActionItem[] = [];
  const planning: ActionItem[] = [];
  for (const { forum, upcoming, problem } of facts.forums) {
    for (const occurrence of upcoming) {
      const away = occurrence.startsAt.getTime() - facts.now.getTime();
      if (away < 0 || away > CONFIRM_WITHIN_DAYS * DAY) continue;
      if (meetingState(occurrence) !== 'awaiting-host') continue;
      meetings.push({ kind: 'unconfirmed-host', forum, occurrence, daysAway: Math.floor(away / DAY) });
    }
    if (problem) planning.push({ kind: 'planning-problem', forum, problem });
  }
  meetings.sort(
    (a, b) =>
      (a.kind === 'unconfirmed-host' ? a.occurrence.startsAt.getTime() : 0) -
      (b.kind === 'unconfirmed-host' ? b.occurrence.startsAt.getTime() : 0),
  );
  const lost = new Map<string, { lastError?: string; since?: Date }>();
  for (const channelId of facts.lostChannels) lost.set(channelId, {});
  const failed: ActionItem[] = [];
  for (const problem of facts.postProblems) {
    if (problem.status === 'failed' && problem.error && ACCESS_LOST.test(problem.error)) {
      // One item per channel, however many posts it lost: the newest error says why.
      const known = lost.get(problem.channelId);
      if (!known?.lastError) lost.set(problem.channelId, { lastError: problem.error, since: problem.at });
      continue;
    }
    failed.push({ kind: 'post-failed', problem, forums: forumsIn(problem.channelId) });
  }
  const channels: ActionItem[] = [...lost].map(([channelId, info]) => ({
    kind: 'lost-channel',
    channelId,
    forums: forumsIn(channelId),
    ...info,
  }));
  return [...meetings, ...channels, ...failed, ...planning];
}
