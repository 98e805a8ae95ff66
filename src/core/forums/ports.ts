import type { Agency, ForumSeries, HostingEvent, PlannedOccurrence } from './types.ts';

/** How a member answered for one meeting. */
export type RsvpAnswer = 'going' | 'not_going' | 'maybe';

/** A stored meeting: a planned occurrence with its id, status and calendar sequence. */
export interface StoredOccurrence extends PlannedOccurrence {
  id: string;
  forumId: string;
  status: 'confirmed' | 'cancelled';
  /** Bumped on every change, for calendar updates. */
  sequence: number;
  venue?: string;
  agendaUrl?: string;
  notesUrl?: string;
  /** Set when this one meeting was moved by hand: the local date and start time it moved to. */
  moved?: { date: string; time: string };
  /** The last hosting confirmation: it counts only while `agencyId` is still the host agency. */
  hostConfirmation?: { agencyId: string; at: Date; by?: string };
}

export type NewForum = Omit<ForumSeries, 'id'> & { createdBy: string };
export type NewAgency = Omit<Agency, 'id' | 'active'>;

/** Storage for forums, their agencies, hosting history, meetings and RSVPs; every call is workspace-scoped. */
export interface ForumRepository {
  /** Fails with BAD_INPUT when the workspace already has a forum of that name. */
  createForum(forum: NewForum): Promise<ForumSeries>;
  /** By id or (case-insensitive) name. */
  findForum(workspaceId: string, idOrName: string): Promise<ForumSeries | null>;
  listForums(workspaceId: string): Promise<ForumSeries[]>;
  /** Fails with BAD_INPUT when the agency name is taken in that forum. */
  addAgency(workspaceId: string, forumId: string, agency: NewAgency): Promise<Agency>;
  /** Agencies in joining order; inactive ones only when asked. */
  listAgencies(workspaceId: string, forumId: string, includeInactive?: boolean): Promise<Agency[]>;
  setAgencyActive(workspaceId: string, forumId: string, agencyId: string, active: boolean): Promise<boolean>;
  appendHistory(workspaceId: string, forumId: string, events: HostingEvent[]): Promise<void>;
  listHistory(workspaceId: string, forumId: string): Promise<HostingEvent[]>;
  /**
   * Saves planned meetings keyed by their cadence date. A meeting whose date, time or host
   * changes gets its sequence bumped; an unchanged one is left as it is. Returns them stored.
   */
  saveOccurrences(
    workspaceId: string,
    forumId: string,
    plan: PlannedOccurrence[],
  ): Promise<StoredOccurrence[]>;
  /** Meetings starting at or after `from`, soonest first. */
  listOccurrences(workspaceId: string, forumId: string, from: Date): Promise<StoredOccurrence[]>;
  findOccurrence(workspaceId: string, occurrenceId: string): Promise<StoredOccurrence | null>;
  cancelOccurrence(workspaceId: string, occurrenceId: string): Promise<StoredOccurrence | null>;
  /** Records that one meeting moves to another local date and start time (kept across re-planning). */
  moveOccurrence(
    workspaceId: string,
    occurrenceId: string,
    to: { date: string; time: string },
  ): Promise<boolean>;
  /** Sets a meeting's venue, agenda or notes link; a venue change bumps the calendar sequence. */
  updateOccurrenceDetails(
    workspaceId: string,
    occurrenceId: string,
    details: { venue?: string; agendaUrl?: string; notesUrl?: string },
  ): Promise<StoredOccurrence | null>;
  /** Records or changes an answer; returns false when the meeting does not exist in the workspace. */
  setRsvp(workspaceId: string, occurrenceId: string, userId: string, answer: RsvpAnswer): Promise<boolean>;
  rsvpCounts(workspaceId: string, occurrenceId: string): Promise<Record<RsvpAnswer, number>>;
  rsvpOf(workspaceId: string, occurrenceId: string, userId: string): Promise<RsvpAnswer | null>;
  /** Every answer for a meeting, oldest first (for the host: who is coming). */
  listRsvps(workspaceId: string, occurrenceId: string): Promise<{ userId: string; answer: RsvpAnswer }[]>;
}
