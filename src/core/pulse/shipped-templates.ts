// The surveys joinedup ships with. Question ids are stable forever: trends compare runs by id, so
// rewording a question keeps its id only if it still asks the same thing.
import { AppError } from '../shared/errors.ts';
import type { SurveyTemplate } from './types.ts';

/** The shipped templates, in the order a coordinator sees them listed. */
export const SHIPPED_TEMPLATES: readonly SurveyTemplate[] = [
  {
    id: 'shipped-trust-between-agencies',
    key: 'trust-between-agencies',
    title: 'Trust between agencies',
    description:
      'Four quick statements on trust and joint working across the partnership, plus an optional comment.',
    shipped: true,
    questions: [
      {
        id: 'trust-act-on-info',
        type: 'agree5',
        text: 'I trust colleagues in other agencies to act on information I share',
        required: true,
      },
      {
        id: 'know-who-to-contact',
        type: 'agree5',
        text: 'I know who to contact in other agencies',
        required: true,
      },
      {
        id: 'agency-engaged',
        type: 'agree5',
        text: 'My agency is fully engaged in integrated working',
        required: true,
      },
      {
        id: 'forum-helps',
        type: 'agree5',
        text: 'The forum helps me work with other agencies',
        required: true,
      },
      {
        id: 'trust-comment',
        type: 'comment',
        text: 'Anything that would help agencies work together better? (optional)',
        required: false,
      },
    ],
  },
  {
    id: 'shipped-early-help-confidence',
    key: 'early-help-confidence',
    title: 'Confidence with early help',
    description: 'How confident members feel with the early help assessment and the lead professional role.',
    shipped: true,
    questions: [
      {
        id: 'confident-assessment',
        type: 'agree5',
        text: 'I feel confident using the CAF / early help assessment',
        required: true,
      },
      {
        id: 'confident-lead-professional',
        type: 'agree5',
        text: 'I would feel able to take on the lead professional role for a family',
        required: true,
      },
      {
        id: 'know-when-to-start',
        type: 'agree5',
        text: 'I know when an early help assessment is the right next step',
        required: true,
      },
      {
        id: 'support-available',
        type: 'agree5',
        text: 'I can get advice quickly when I am unsure about early help',
        required: true,
      },
      {
        id: 'early-help-comment',
        type: 'comment',
        text: 'What would make early help easier for you? (optional)',
        required: false,
      },
    ],
  },
  {
    id: 'shipped-information-sharing',
    key: 'information-sharing',
    title: 'Information sharing',
    description: 'Confidence in sharing information safely and whether it comes back when it should.',
    shipped: true,
    questions: [
      {
        id: 'know-when-to-share',
        type: 'agree5',
        text: 'I know when I can share information about a family without consent',
        required: true,
      },
      {
        id: 'others-share-back',
        type: 'agree5',
        text: 'Other agencies let me know what happened after I share a concern',
        required: true,
      },
      {
        id: 'sharing-improved-trust',
        type: 'agree5',
        text: 'Better information sharing has increased my trust in other agencies',
        required: true,
      },
      {
        id: 'main-barrier',
        type: 'choice',
        text: 'What most often gets in the way of sharing information?',
        options: [
          'Unsure about consent',
          'Not knowing who to contact',
          'Incompatible systems',
          'Time pressure',
          'Nothing gets in the way',
        ],
        required: true,
      },
      {
        id: 'sharing-comment',
        type: 'comment',
        text: 'Any example of sharing that worked well, or did not? (optional, no names please)',
        required: false,
      },
    ],
  },
  {
    id: 'shipped-recommend-forum',
    key: 'recommend-forum',
    title: 'Would you recommend the forum?',
    description: 'A one-question check on how the forum is valued, with room for a comment.',
    shipped: true,
    questions: [
      {
        id: 'recommend-forum',
        type: 'scale10',
        text: 'How likely are you to recommend the forum to a colleague? (0 = not at all, 10 = extremely)',
        required: true,
      },
      {
        id: 'recommend-comment',
        type: 'comment',
        text: 'What is the main reason for your score? (optional)',
        required: false,
      },
    ],
  },
  {
    id: 'shipped-meeting-check-in',
    key: 'meeting-check-in',
    title: 'After the meeting',
    description: 'A short check after a forum meeting on whether it was worth the time.',
    shipped: true,
    questions: [
      {
        id: 'meeting-useful',
        type: 'agree5',
        text: 'Today’s forum was a good use of my time',
        required: true,
      },
      {
        id: 'met-someone-new',
        type: 'agree5',
        text: 'I made or renewed a useful contact in another agency',
        required: true,
      },
      {
        id: 'next-focus',
        type: 'choice',
        text: 'What should the next forum focus on?',
        options: ['Case discussion', 'Updates from services', 'Training', 'Networking time'],
        required: true,
      },
    ],
  },
];

/** The shipped template with this key. Throws NOT_FOUND naming the keys that exist. */
export function findShippedTemplate(key: string): SurveyTemplate {
  const wanted = key.trim().toLowerCase();
  const template = SHIPPED_TEMPLATES.find((candidate) => candidate.key === wanted);
  if (!template) {
    const keys = SHIPPED_TEMPLATES.map((candidate) => candidate.key).join(', ');
    throw new AppError('NOT_FOUND', `There is no survey called "${key}". Pick one of: ${keys}.`, {
      field: 'template',
    });
  }
  return template;
}
