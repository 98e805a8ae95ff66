import type { Reply } from '../conversation/types.ts';
import { formatDayAndDate } from './local-dates.ts';
import type { RsvpAnswer } from './ports.ts';
import type { Agency, ForumSeries } from './types.ts';
import type { RsvpResult } from './use-cases.ts';

/** The counts of a meeting's answers, as one line ("So far: going 3, maybe 1, not going 0."). */
export function rsvpCountsText(counts: Record<RsvpAnswer, number>): string {
  return `So far: going ${counts.going}, maybe ${counts.maybe}, not going ${counts.not_going}.`;
}

/** The reply to a recorded RSVP, the same from a command, a button or a card. */
export function rsvpReply(result: RsvpResult): Reply {
  return {
    text: `Noted: ${result.answer.replace('_', ' ')} for ${formatDayAndDate(result.occurrence.date)}. ${rsvpCountsText(result.counts)}`,
    ephemeral: true,
  };
}

/** The reply to a new forum. */
export function forumCreatedReply(description: string, name: string): Reply {
  return {
    text: `Created ${description}. Next: add member agencies with \`forum agency add "${name}" name="…" sector=…\`.`,
  };
}

/** The reply to an agency added to a forum, the same from a command, a modal or a card. */
export function agencyAddedReply(result: { forum: ForumSeries; agency: Agency; problem?: string }): Reply {
  const { forum, agency, problem } = result;
  return {
    text: `${agency.name} (${agency.sector.replace(/_/g, ' ')}) joined ${forum.name}.${agency.canHost ? '' : ' It will not host.'}${problem ? `\n⚠️ ${problem}` : ''}`,
  };
}
