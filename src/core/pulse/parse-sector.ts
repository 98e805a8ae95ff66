// Reads a sector the way people type it: "voluntary", "social care", "NHS", "school".
import type { Sector } from '../forums/types.ts';
import { SECTORS } from '../forums/types.ts';
import { editDistance, typoAllowance } from '../shared/match-name.ts';

/** Everyday names for each sector, compared after lower-casing and folding punctuation to spaces. */
const EVERYDAY_NAMES: Readonly<Record<Sector, readonly string[]>> = {
  drug_and_alcohol: ['drug and alcohol', 'drugs', 'alcohol', 'substance misuse', 'drug service', 'addiction'],
  early_years: [
    'early years',
    'nursery',
    'nurseries',
    'childminder',
    'childminding',
    'childrens centre',
    'family hub',
    'pre school',
  ],
  education: [
    'education',
    'school',
    'schools',
    'teacher',
    'college',
    'academy',
    'send',
    'sendco',
    'senco',
    'education welfare',
  ],
  health: [
    'health',
    'nhs',
    'health visitor',
    'health visiting',
    'school nurse',
    'school nursing',
    'gp',
    'midwife',
    'midwifery',
    'camhs',
    'hospital',
    'mental health',
    'nursing',
  ],
  social_care: [
    'social care',
    'childrens social care',
    'social work',
    'social worker',
    'social services',
    'csc',
    'mash',
    'childrens services',
  ],
  third_sector: [
    'third sector',
    'voluntary',
    'voluntary sector',
    'voluntary and community',
    'vcs',
    'vcse',
    'charity',
    'community',
    'faith',
  ],
  youth_support: [
    'youth support',
    'youth work',
    'youth worker',
    'youth service',
    'youth services',
    'connexions',
  ],
  youth_offending: ['youth offending', 'yot', 'yos', 'youth justice', 'yjs', 'probation'],
  sport_play_leisure: ['sport play leisure', 'sport play and leisure', 'sport', 'sports', 'play', 'leisure'],
  police: ['police', 'policing', 'constabulary', 'police officer'],
  housing: ['housing', 'housing association', 'housing officer', 'homelessness', 'council housing'],
  other: ['other', 'something else', 'none of these'],
};

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(the|sector|my|our|agency|is|in|i work|work)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const LOOKUP = new Map<string, Sector>(
  SECTORS.flatMap((sector) =>
    [sector.replace(/_/g, ' '), ...EVERYDAY_NAMES[sector]].map((name) => [fold(name), sector] as const),
  ),
);

/** The sector meant by `text` (a code such as `social_care` or an everyday name), or undefined. */
export function parseSector(text: string): Sector | undefined {
  return LOOKUP.get(fold(text));
}

/** The one sector a mistyped name is closest to ("polce" → police), for "did you mean"; else undefined. */
export function closestSector(text: string): Sector | undefined {
  const typed = fold(text);
  const allowance = typoAllowance(typed);
  if (allowance === 0) return undefined;
  // Several names of one sector may be near ("shools": school, schools): one sector is enough.
  const near = new Set(
    [...LOOKUP].filter(([name]) => editDistance(typed, name) <= allowance).map(([, sector]) => sector),
  );
  return near.size === 1 ? [...near][0] : undefined;
}

/** The sectors in the words a person would pick from, for prompts and errors. */
export const SECTOR_CHOICES_TEXT =
  'education, early years, health (NHS), social care, voluntary (third sector), youth support, youth offending, drug and alcohol, sport/play/leisure, police, housing or other';
