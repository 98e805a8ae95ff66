import type { UrgencyAssessment, UrgencyReason, UrgencyTier } from './assess-urgency.ts';

/**
 * Local emergency numbers, configured per area. Any may be missing; the reply then names the
 * service in general terms instead.
 */
export interface EmergencyContacts {
  /** Children's social care front door (referral line), e.g. "0300 123 4567". */
  socialCareFrontDoor?: string;
  /** Multi-Agency Safeguarding Hub, where it has its own number. */
  mash?: string;
  /** Emergency duty team for evenings, weekends and bank holidays. */
  outOfHours?: string;
  /** The organisation's DSL or safeguarding lead, e.g. "Sam Patel, ext 204". */
  safeguardingLead?: string;
}

/** The safeguarding reply in plain text, for either tier; adapters render it. */
export interface UrgentReply {
  text: string;
  tier: UrgencyTier;
  reasons: UrgencyReason[];
}

// A configured value is shown, never trusted: one line, printable, short.
const MAX_CONTACT_CHARS = 60;

function clean(value: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = value
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (line === '') return undefined;
  return line.length > MAX_CONTACT_CHARS ? `${line.slice(0, MAX_CONTACT_CHARS - 1)}…` : line;
}

function socialCareLine(frontDoor: string | undefined, mash: string | undefined): string {
  if (frontDoor && mash) return `Contact children's social care now: front door ${frontDoor}, MASH ${mash}.`;
  if (frontDoor) return `Contact children's social care (front door / MASH) now: ${frontDoor}.`;
  if (mash) return `Contact children's social care through the MASH now: ${mash}.`;
  return "Contact your local children's social care front door (MASH) now.";
}

// Reason-specific steps, most time-critical first. Only as many as fit the word budget are shown,
// so the reply can be read in a crisis; the medical step goes straight after the 999 line instead,
// because the ambulance comes before any phone call to social care.
const STEPS: { reasons: UrgencyReason[]; text: string }[] = [
  {
    reasons: ['suicide_risk', 'self_harm'],
    text: 'Do not leave the child alone; call 999 or go to A&E if they have taken something or are at immediate risk.',
  },
  {
    reasons: ['abuse_disclosure', 'abuse_imminent_contact'],
    text: 'Do not let the child leave with the person they named if that would put them at risk. Do not question them in detail or promise secrecy; write down what they said in their words.',
  },
  {
    reasons: ['child_alone'],
    text: 'Stay with the child, or make sure a safe adult does; if no responsible adult can be reached, call the police.',
  },
  {
    reasons: ['missing_child'],
    text: 'If a child is missing and may be at risk, call the police on 999 now.',
  },
  {
    reasons: ['sexual_exploitation'],
    text: 'If the child is about to go with people who may exploit them, call 999 now; do not wait.',
  },
  {
    reasons: ['trafficking'],
    text: 'Keep the child with you and away from the adult controlling them; call 999 if that adult is there or on the way.',
  },
  {
    reasons: ['fgm_or_forced_marriage'],
    text: 'If a girl is about to be cut or taken abroad to marry, call 999 now: the police can stop the journey.',
  },
  {
    reasons: ['radicalisation'],
    text: 'If an attack or travel to join a group may be imminent, call 999 now.',
  },
  {
    reasons: ['violence', 'immediate_danger', 'domestic_abuse', 'carer_unable', 'safeguarding_concern'],
    text: 'Keep yourself and the child safe and do not confront anyone; call 999 if someone is being hurt or threatened.',
  },
];
const MAX_WORDS = 120;

// What to do today for each kind of concern, most pressing first; as for danger now, only as many
// as fit. They never repeat anything from the message.
const TODAY_STEPS: { reasons: UrgencyReason[]; text: string }[] = [
  {
    reasons: ['suicide_risk', 'self_harm'],
    text: 'Do not leave them alone while they are at risk; with your DSL, agree who contacts CAMHS or their GP today.',
  },
  {
    reasons: ['fgm_or_forced_marriage'],
    text: 'FGM: teachers, health and social care staff told of it, or who see signs, in a girl under 18 must report it to the police (101) themselves. Forced marriage: do not speak to the family.',
  },
  {
    reasons: [
      'abuse_disclosure',
      'injury_concern',
      'emotional_abuse',
      'domestic_abuse',
      'unsafe_at_home',
      'safeguarding_concern',
    ],
    text: 'Do not question them in detail, promise secrecy or tell the person they named; write down what they said in their words.',
  },
  {
    reasons: ['sexual_exploitation', 'trafficking', 'missing_child'],
    text: 'Tell the police (101, or 999 if the child is at risk now) as well: exploitation, trafficking and missing children are crimes to report.',
  },
  {
    reasons: ['radicalisation'],
    text: 'Your DSL can make a Prevent referral; call 999 if an attack may be imminent.',
  },
  {
    reasons: ['neglect', 'child_alone', 'homeless_child', 'carer_unable', 'fabricated_illness'],
    text: 'Note dates, what you saw and who else is involved (health visitor, GP, school) for the referral.',
  },
];

const MEDICAL_STEP =
  "Medical emergency: call 999 for an ambulance first and follow the call handler's instructions.";

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function chooseSteps(
  steps: { reasons: UrgencyReason[]; text: string }[],
  has: (reason: UrgencyReason) => boolean,
  budget: { words: number },
  firstIsEssential: boolean,
): string[] {
  const chosen: string[] = [];
  for (const step of steps) {
    if (!step.reasons.some(has) || chosen.includes(step.text)) continue;
    const cost = wordCount(step.text);
    // The first matching step is the one concrete action and always shown; more only if they fit.
    const essential = chosen.length === 0 && firstIsEssential;
    if (!essential && budget.words + cost > MAX_WORDS) continue;
    chosen.push(step.text);
    budget.words += cost;
  }
  return chosen;
}

const NOT_A_CAF =
  'Do not start a CAF or early help assessment for this: it is a safeguarding matter, not early help.';
const RECORD =
  "Record what you saw and heard, what you did and when, in your agency's system (not in this chat).";

/**
 * Builds the safeguarding reply for the tier the triage gave. Danger now: 999 first, then the
 * local social care front door / MASH, out of hours and the DSL, then what to do for this kind of
 * emergency, and that this is not a CAF. A concern for today: speak to the DSL and contact the
 * front door today, 999 if the child may be in danger now, what to do for this kind of concern,
 * and that this is not a CAF either. Never repeats anything from the user's message: it only sees
 * the assessment and configured contacts.
 */
export function composeUrgentReply(assessment: UrgencyAssessment, contacts: EmergencyContacts): UrgentReply {
  const reasons = Array.isArray(assessment?.reasons) ? [...assessment.reasons] : [];
  const tier: UrgencyTier = assessment?.tier === 'today' ? 'today' : 'now';
  const has = (reason: UrgencyReason) => reasons.includes(reason);
  const frontDoor = clean(contacts?.socialCareFrontDoor);
  const mash = clean(contacts?.mash);
  const outOfHours = clean(contacts?.outOfHours);
  const lead = clean(contacts?.safeguardingLead);
  const tail = [NOT_A_CAF, RECORD];

  if (tier === 'today') {
    const head = [
      '⚠️ This is a safeguarding concern to act on today.',
      `Speak to your DSL or safeguarding lead${lead ? ` (${lead})` : ''} today.`,
      frontDoor || mash
        ? `Contact children's social care today: ${[frontDoor && `front door ${frontDoor}`, mash && `MASH ${mash}`].filter(Boolean).join(', ')}.`
        : "Contact your local children's social care front door (MASH) today.",
      'If a child may be in danger now, call 999.',
    ];
    const budget = { words: wordCount([...head, ...tail].join(' ')) };
    const steps = chooseSteps(TODAY_STEPS, has, budget, true);
    return { text: [...head, ...steps, ...tail].join('\n'), tier, reasons };
  }

  const head = ['⚠️ If a child is in immediate danger, call 999 now.'];
  if (has('medical_emergency')) head.push(MEDICAL_STEP);
  head.push(socialCareLine(frontDoor, mash));
  head.push(
    outOfHours ? `Out of hours: ${outOfHours}.` : "Out of hours: your council's emergency duty team.",
  );
  head.push(`Tell your DSL or safeguarding lead${lead ? ` (${lead})` : ''} straight away.`);
  const budget = { words: wordCount([...head, ...tail].join(' ')) };
  // Without a medical line, the first matching step is the one concrete action and always shown.
  const steps = chooseSteps(STEPS, has, budget, !has('medical_emergency'));
  return { text: [...head, ...steps, ...tail].join('\n'), tier, reasons };
}
