import type { HomeView, SectionBlock } from '@slack/types';
import { localStartTime } from '../../../core/forums/forum-service.ts';
import type { ForumSeries } from '../../../core/forums/index.ts';
import { formatDayAndDate } from '../../../core/forums/local-dates.ts';
import type { RsvpAnswer, StoredOccurrence } from '../../../core/forums/ports.ts';
import type { SurveyRunRecord } from '../../../core/pulse/ports.ts';
import type { Role } from '../../../core/shared/ports.ts';
import { type Block, button, escapeMrkdwn, plain } from './blocks.ts';

export interface HomeData {
  role: Role;
  meetings: { forum: ForumSeries; occurrence: StoredOccurrence; rsvp: RsvpAnswer | null }[];
  surveys: { run: SurveyRunRecord; answered: boolean }[];
  /** Recent runs, for coordinators' result shortcuts. */
  recentRuns: SurveyRunRecord[];
}

/** Listed on the Home at most (two blocks each); the rest are named, with where to see them. */
const MAX_LISTED = 20;

const RSVP_TEXT: Record<RsvpAnswer, string> = { going: 'going', not_going: 'not going', maybe: 'maybe' };

/** The App Home tab: my upcoming forums and RSVPs, surveys waiting for me, coordinator shortcuts. */
export function homeView(data: HomeData): HomeView {
  const blocks: Block[] = [{ type: 'header', text: plain('Your forums') }];
  if (data.meetings.length === 0) {
    blocks.push(section('No upcoming forum meetings. Ask a coordinator to add your agency to a forum.'));
  }
  for (const [i, m] of data.meetings.slice(0, MAX_LISTED).entries()) {
    const date = m.occurrence.moved?.date ?? m.occurrence.date;
    blocks.push(
      section(
        `*${escapeMrkdwn(m.forum.name)}*: ${formatDayAndDate(date)} at ${localStartTime(m.forum, m.occurrence)}, hosted by ${escapeMrkdwn(m.occurrence.hostName)}${m.occurrence.venue ? ` · ${escapeMrkdwn(m.occurrence.venue)}` : ''}\nYour answer: *${m.rsvp ? RSVP_TEXT[m.rsvp] : 'not given yet'}*`,
      ),
      {
        type: 'actions',
        block_id: `meeting_${i}`,
        elements: (['going', 'not_going', 'maybe'] as RsvpAnswer[]).map((answer) =>
          button(
            answer === 'going' ? '✅ Going' : answer === 'maybe' ? '🤔 Maybe' : '❌ Not going',
            `rsvp:${answer}`,
            m.occurrence.id,
            answer === 'going' && m.rsvp !== 'going' ? 'primary' : undefined,
          ),
        ),
      },
    );
  }
  if (data.meetings.length > MAX_LISTED) {
    blocks.push(
      section(`…and ${data.meetings.length - MAX_LISTED} more: type \`/joinedup forum schedule\`.`),
    );
  }
  blocks.push({ type: 'divider' }, { type: 'header', text: plain('Surveys for you') });
  const waiting = data.surveys.filter((s) => !s.answered);
  if (waiting.length === 0) blocks.push(section('Nothing waiting: thank you.'));
  for (const s of waiting.slice(0, MAX_LISTED)) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*${escapeMrkdwn(s.run.template.title)}*: open until ${s.run.closesAt.toISOString().slice(0, 10)}${s.run.anonymous ? ' · anonymous' : ''}`,
      },
      accessory: button('Answer (2 minutes)', 'pulse_answer_open', s.run.id, 'primary'),
    });
  }
  if (waiting.length > MAX_LISTED) {
    blocks.push(
      section(`…and ${waiting.length - MAX_LISTED} more waiting: they show here as you answer these.`),
    );
  }
  if (data.role === 'coordinator') {
    blocks.push(
      { type: 'divider' },
      { type: 'header', text: plain('Coordinator') },
      {
        type: 'actions',
        block_id: 'coordinator',
        elements: [
          button('New forum', 'open_forum_modal', 'new'),
          button('Add an agency', 'open_agency_modal', 'new'),
          button('New survey', 'open_pulse_modal', 'new'),
          button('New survey template', 'open_template_modal', 'new'),
          button('Unanswered questions', 'cmd:2', 'unanswered'),
        ],
      },
    );
    const runs = data.recentRuns.slice(0, 5);
    if (runs.length > 0) {
      blocks.push({
        type: 'actions',
        block_id: 'results',
        elements: runs.map((r, i) =>
          button(
            `Results: ${r.template.title} (${r.opensAt.toISOString().slice(0, 10)})`,
            `cmd:${i}`,
            `pulse results ${r.id}`,
          ),
        ),
      });
    }
  }
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: 'Ask me about CAF, early help or information sharing in a DM, or type `/joinedup help`. Never post names or details of children or families. If a child may be in immediate danger, call 999.',
      },
    ],
  });
  return { type: 'home', blocks };
}

function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}
