import { DateTime } from 'luxon';
import type { Reply } from '../conversation/types.ts';
import type { Sector } from '../forums/types.ts';
import type { SurveyRunRecord } from './ports.ts';
import type { SurveyTemplate } from './types.ts';
import type { AnswerSurveyResult } from './use-cases.ts';

/** The reply to recorded answers, the same from a command, a modal or a card. */
export function surveyAnsweredReply(result: AnswerSurveyResult): Reply {
  const { run, replaced, detailsRemoved } = result;
  const warning = detailsRemoved
    ? "\n🔒 Please don't post identifiable details about children or families: I took them out of your comment before storing it."
    : '';
  return {
    text: `${replaced ? 'Updated your answer' : 'Thank you, your answer is recorded'} for "${run.template.title}".${run.anonymous ? ' It is anonymous.' : ''}${warning}`,
    ephemeral: true,
  };
}

/** The reply to a started survey. */
export function surveyStartedReply(run: SurveyRunRecord): Reply {
  return {
    text: `Started "${run.template.title}" (survey id ${run.id}), ${run.anonymous ? 'anonymous' : 'attributed'}, open until ${DateTime.fromJSDate(run.closesAt, { zone: 'Europe/London' }).toFormat("ccc d LLL yyyy 'at' HH:mm")} UK time.`,
  };
}

/** The reply to a recorded sector. */
export function sectorReply(sector: Sector): Reply {
  return {
    text: `Noted: your agency's sector is ${sector.replace(/_/g, ' ')}. It is used only to group results.`,
    ephemeral: true,
  };
}

/** The reply to a saved survey template, saying how to start it. */
export function templateSavedReply(template: SurveyTemplate): Reply {
  return {
    text: `Saved the survey "${template.title}" as ${template.key}. Start it with \`pulse start ${template.key}\`.`,
  };
}
