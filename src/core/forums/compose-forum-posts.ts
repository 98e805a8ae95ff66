// The words of a meeting's posts. Each announcement and update carries a snapshot of the meeting
// as it was told to the channel, so a later change can say exactly what changed since.
import { DateTime } from 'luxon';
import type { OutboundMessage } from '../shared/ports.ts';
import { plainText, withMentions } from '../shared/post-parts.ts';
import { formatDayAndDate } from './local-dates.ts';
import type { RsvpAnswer, StoredOccurrence } from './ports.ts';
import type { ForumSeries } from './types.ts';

/** What the channel was told about a meeting. */
export interface AnnouncedMeeting {
  date: string;
  time: string;
  hostAgencyId: string;
  hostName: string;
  venue: string;
}

const rsvpLabels: Record<RsvpAnswer, string> = { going: 'Going', not_going: 'Not going', maybe: 'Maybe' };

/** A meeting's local start time, 'HH:mm' (a moved meeting may start at another time). */
export function localStartTime(forum: ForumSeries, occurrence: { startsAt: Date }): string {
  return DateTime.fromJSDate(occurrence.startsAt, { zone: forum.timeZone }).toFormat('HH:mm');
}

/**
 * The instant `days` days before `at` at the same local wall-clock time in the forum's zone, so a
 * reminder across a clock change still comes at the meeting's hour.
 */
export function daysBefore(forum: ForumSeries, at: Date, days: number): Date {
  return DateTime.fromJSDate(at, { zone: forum.timeZone }).minus({ days }).toJSDate();
}

/** The meeting as it would be announced now. */
export function snapshotMeeting(
  forum: ForumSeries,
  occurrence: StoredOccurrence,
  hostVenue: string | undefined,
): AnnouncedMeeting {
  return {
    date: occurrence.date,
    time: localStartTime(forum, occurrence),
    hostAgencyId: occurrence.hostAgencyId,
    hostName: occurrence.hostName,
    venue: occurrence.venue ?? hostVenue ?? forum.venueRule ?? `hosted by ${occurrence.hostName}`,
  };
}

/** Reads a snapshot back from a post's data; undefined for posts made before snapshots existed. */
export function readSnapshot(message: OutboundMessage | undefined): AnnouncedMeeting | undefined {
  const value = message?.data?.announced;
  if (!value || typeof value !== 'object') return undefined;
  const s = value as Partial<AnnouncedMeeting>;
  return typeof s.date === 'string' &&
    typeof s.time === 'string' &&
    typeof s.hostAgencyId === 'string' &&
    typeof s.hostName === 'string' &&
    typeof s.venue === 'string'
    ? (s as AnnouncedMeeting)
    : undefined;
}

/** What changed between two snapshots, as short clauses ("the host is now X (was Y)"). */
export function describeChanges(was: AnnouncedMeeting, now: AnnouncedMeeting): string[] {
  const changes: string[] = [];
  if (was.date !== now.date) {
    changes.push(`it moves from ${formatDayAndDate(was.date)} to ${formatDayAndDate(now.date)}`);
  }
  if (was.time !== now.time) changes.push(`it now starts at ${now.time} (was ${was.time})`);
  if (was.hostAgencyId !== now.hostAgencyId) {
    changes.push(`the host is now ${now.hostName} (was ${was.hostName})`);
  }
  if (was.venue !== now.venue) changes.push(`the venue is now ${now.venue} (was ${was.venue})`);
  return changes;
}

/** The RSVP buttons of a meeting; the console shows `rsvp going`, with no id to type. */
export function rsvpActions(occurrenceId: string): NonNullable<OutboundMessage['actions']> {
  return (['going', 'not_going', 'maybe'] as RsvpAnswer[]).map((answer) => ({
    id: `rsvp_${answer}`,
    label: rsvpLabels[answer],
    command: `rsvp ${answer.replace('_', ' ')}`,
    value: `${occurrenceId}:${answer}`,
  }));
}

const when = (s: AnnouncedMeeting) => `${formatDayAndDate(s.date)} ${s.time}`;

/** The first announcement of a meeting: what it is, when, who hosts, where. */
export function announcementMessage(
  forum: ForumSeries,
  occurrence: StoredOccurrence,
  snapshot: AnnouncedMeeting,
): OutboundMessage {
  const agenda = occurrence.agendaUrl ? ` Agenda: ${occurrence.agendaUrl}.` : '';
  const flag = occurrence.holidayFlag ? ` Note: ${occurrence.holidayFlag}` : '';
  return {
    kind: 'forum_announcement',
    text: `New meeting: ${forum.name} meets on ${when(snapshot)} (${forum.durationMinutes} minutes), hosted by ${snapshot.hostName}. Venue: ${snapshot.venue}.${agenda}${flag} Will you come? Answer with \`rsvp going\`, \`rsvp maybe\` or \`rsvp not going\`.`,
    actions: rsvpActions(occurrence.id),
    data: { forumId: forum.id, occurrenceId: occurrence.id, announced: snapshot },
  };
}

/** One update for an announced meeting that changed: what changed, in one post. */
export function updateMessage(
  forum: ForumSeries,
  occurrence: StoredOccurrence,
  was: AnnouncedMeeting,
  now: AnnouncedMeeting,
): OutboundMessage {
  const changes = describeChanges(was, now);
  return {
    kind: 'forum_update',
    text: `Change to ${forum.name} on ${when(was)}: ${changes.join('; ')}. It is now on ${when(now)}, hosted by ${now.hostName}, at ${now.venue}. Your answer still stands; change it with \`rsvp\`.`,
    actions: rsvpActions(occurrence.id),
    data: { forumId: forum.id, occurrenceId: occurrence.id, announced: now },
  };
}

/** A private notice to one contact of an agency whose turn to host changed. */
export function turnNoticeMessage(
  contact: string,
  text: string,
  data: Record<string, unknown>,
): OutboundMessage {
  const parts = withMentions([contact], text);
  return { kind: 'forum_host_notice', text: plainText(parts), parts, data: { ...data, private: true } };
}

/** The words of a host-change notice, for the agency that gains or loses the meeting. */
export function turnNoticeText(
  forum: ForumSeries,
  agencyName: string,
  meeting: AnnouncedMeeting,
  gains: boolean,
): string {
  return gains
    ? `${agencyName} now hosts ${forum.name} on ${when(meeting)}. Please confirm the venue and share the agenda (\`forum venue\`, \`forum agenda\`).`
    : `${agencyName} no longer hosts ${forum.name} on ${when(meeting)}: ${meeting.hostName} hosts it now. Type \`forum next\` to see your next turn.`;
}
