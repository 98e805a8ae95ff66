// The dashboard's tables that are not beside a chart, each one Dataset for the page and its CSV,
// so a download always matches the table on screen.
import type { ForumView, QuestionQueue } from '../../core/dashboard/dashboard-service.ts';
import { type MeetingState, meetingState } from '../../core/dashboard/find-actions.ts';
import type { QuestionGroup } from '../../core/dashboard/group-questions.ts';
import type { StoredOccurrence } from '../../core/forums/ports.ts';
import { redactPersonalData } from '../../core/privacy/index.ts';
import type { QuestionLogEntry } from '../../core/shared/ports.ts';
import type { Dataset } from './charts.ts';
import { dateText, dateTimeText, dayText } from './format.ts';

/** Stored questions are redacted already; redacting again on display costs little and is safer. */
export const shownText = (q: QuestionLogEntry) => redactPersonalData(q.redactedText).text;

/** A meeting's status in words: from the host's own confirmation, not just "not cancelled". */
export function stateText(state: MeetingState, occurrence?: StoredOccurrence, zone?: string): string {
  if (state === 'cancelled') return 'Cancelled';
  if (state === 'host-confirmed') {
    const at = occurrence?.hostConfirmation?.at;
    return at ? `Confirmed by host (${dateText(at, zone)})` : 'Confirmed by host';
  }
  return 'Awaiting host confirmation';
}

/** Where a meeting is: its own venue, the host agency's, or the forum's rule. */
export function venueOf(view: Pick<ForumView, 'agencies' | 'forum'>, occurrence: StoredOccurrence): string {
  return (
    occurrence.venue ??
    view.agencies.find((a) => a.id === occurrence.hostAgencyId)?.venue ??
    view.forum.venueRule ??
    'at the host agency'
  );
}

export function meetingsTable(view: ForumView): Dataset {
  return {
    columns: ['Meeting', 'Host', 'Venue', 'Going', 'Maybe', 'Not going', 'Status'],
    rows: view.upcoming.map(({ occurrence: o, counts }) => [
      dateTimeText(o.startsAt, view.forum.timeZone),
      o.hostName,
      venueOf(view, o),
      counts.going,
      counts.maybe,
      counts.not_going,
      stateText(meetingState(o), o, view.forum.timeZone),
    ]),
  };
}

export function rotaTable(view: ForumView): Dataset {
  return {
    columns: ['Date', 'Host', 'Why this host'],
    rows: view.rota.map((p) => [dayText(p.date), p.hostName, p.why]),
  };
}

const kindText = (group: QuestionGroup, kind: 'no_answer' | 'feedback') =>
  group.questions.filter((q) =>
    kind === 'no_answer' ? q.answerKind === 'no_answer' : q.answerKind !== 'no_answer',
  ).length;

/** The queue's groups for reporting: size, suggested keywords, first and latest asked, an example. */
export function questionGroupsTable(queue: QuestionQueue): Dataset {
  return {
    columns: [
      'Group',
      'Questions',
      'Not covered',
      'Marked not helpful',
      'Keywords',
      'First asked',
      'Latest asked',
      'Example (personal details removed)',
    ],
    rows: queue.groups.map((group, i) => {
      const times = group.questions.map((q) => q.createdAt.getTime());
      return [
        `Group ${i + 1}`,
        group.questions.length,
        kindText(group, 'no_answer'),
        kindText(group, 'feedback'),
        group.keywords.join(', '),
        dateText(new Date(Math.min(...times))),
        dateText(new Date(Math.max(...times))),
        group.questions[0] ? shownText(group.questions[0]) : '',
      ];
    }),
  };
}
