// Words for the numbers and codes in results, shared by the text and CSV renderers and by adapters.
import type { Sector } from '../forums/types.ts';
import type { ResultGroup, SuppressionReason } from './types.ts';

/** Labels for agree5 answers 1 to 5 (index 0 is answer 1). */
export const AGREE5_LABELS: readonly string[] = [
  'Strongly disagree',
  'Disagree',
  'Neither agree nor disagree',
  'Agree',
  'Strongly agree',
];

/** Readable sector names for breakdowns. */
export const SECTOR_LABELS: Readonly<Record<Sector, string>> = {
  drug_and_alcohol: 'Drug and alcohol',
  early_years: 'Early years',
  education: 'Education',
  health: 'Health',
  social_care: 'Social care',
  third_sector: 'Third sector',
  youth_support: 'Youth support',
  youth_offending: 'Youth offending',
  sport_play_leisure: 'Sport, play and leisure',
  police: 'Police',
  housing: 'Housing',
  other: 'Other',
};

/** The label of a result group; a merged `other` says it holds smaller sectors too. */
export function describeGroup(group: ResultGroup, merged: boolean): string {
  return group === 'other' && merged ? 'Other and smaller sectors' : SECTOR_LABELS[group];
}

/** Why a figure is hidden, in words a coordinator can read out to the board. */
export function describeSuppression(reason: SuppressionReason | undefined): string {
  switch (reason) {
    case 'protects-smaller-group':
      return 'hidden to protect a smaller group';
    case 'run-too-small':
      return 'not enough responses to show results';
    case 'awaiting-release':
      return 'not released yet';
    default:
      return 'not enough responses';
  }
}
