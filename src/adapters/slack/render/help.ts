import type { SlackMessage } from './blocks.ts';
import { button } from './blocks.ts';
import { fitsMessage } from './check-blocks.ts';

/** Where the App Home is: a deep link when the app id is known, otherwise its name. */
function homeLink(teamId?: string, appId?: string): string {
  return teamId && appId ? `<slack://app?team=${teamId}&id=${appId}&tab=home|App Home>` : 'App Home';
}

/**
 * `/joinedup help` in Slack: a few lines and buttons, pointing to the App Home; the whole command
 * list is one button away (and split into as many sections as it needs).
 */
export function slackHelp(ids: { teamId?: string; appId?: string }): SlackMessage {
  const text =
    "I'm joinedup: I answer questions about CAF / Early Help, lead professionals, TAC/TAF and information sharing, with sources. I also run practitioner forums and pulse surveys.";
  return fitsMessage({
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `Ask with \`/joinedup ask …\`, in a direct message, or by mentioning me in a channel (I answer in the thread). Your forums, RSVPs and surveys are on my *${homeLink(ids.teamId, ids.appId)}*.`,
        },
      },
      {
        type: 'actions',
        block_id: 'help_actions',
        elements: [
          button('Forum schedule', 'cmd:schedule', 'forum schedule', 'primary'),
          button('New forum', 'open_forum_modal', 'new'),
          button('New survey', 'open_pulse_modal', 'new'),
          button('New survey template', 'open_template_modal', 'new'),
          button('All commands', 'cmd:help', 'help all'),
        ],
      },
      {
        type: 'context',
        elements: [
          {
            type: 'plain_text',
            text: 'If a child may be in immediate danger, call 999. Never post names or details of children or families.',
          },
        ],
      },
    ],
  });
}
