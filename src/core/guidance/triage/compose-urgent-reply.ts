import type { UrgencyAssessment, UrgencyReason } from './assess-urgency.ts';

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

/** The emergency-route reply in plain text; adapters render it. */
export interface UrgentReply {
  text: string;
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
    reasons: ['violence', 'immediate_danger'],
    text: 'Keep yourself and the child safe and do not confront anyone; call 999 if someone is being hurt or threatened.',
  },
];
const MAX_WORDS = 120;

const MEDICAL_STEP =
  "Medical emergency: call 999 for an ambulance first and follow the call handler's instructions.";

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Builds the emergency-route reply: 999 first, then the local social care front door / MASH, out
 * of hours and the DSL, then what to do for this kind of emergency, and that this is not a CAF.
 * Never repeats anything from the user's message: it only sees the assessment and configured
 * contacts.
 */
export function composeUrgentReply(assessment: UrgencyAssessment, contacts: EmergencyContacts): UrgentReply {
  const reasons = Array.isArray(assessment?.reasons) ? [...assessment.reasons] : [];
  const has = (reason: UrgencyReason) => reasons.includes(reason);
  const frontDoor = clean(contacts?.socialCareFrontDoor);
  const mash = clean(contacts?.mash);
  const outOfHours = clean(contacts?.outOfHours);
  const lead = clean(contacts?.safeguardingLead);

  const head = ['⚠️ If a child is in immediate danger, call 999 now.'];
  if (has('medical_emergency')) head.push(MEDICAL_STEP);
  head.push(socialCareLine(frontDoor, mash));
  head.push(
    outOfHours ? `Out of hours: ${outOfHours}.` : "Out of hours: your council's emergency duty team.",
  );
  head.push(`Tell your DSL or safeguarding lead${lead ? ` (${lead})` : ''} straight away.`);
  const tail = [
    'Do not start a CAF or early help assessment for this: it is a safeguarding matter, not early help.',
    "Record what you saw and heard, what you did and when, in your agency's system (not in this chat).",
  ];

  let words = wordCount([...head, ...tail].join(' '));
  const steps: string[] = [];
  for (const step of STEPS) {
    if (!step.reasons.some(has)) continue;
    const cost = wordCount(step.text);
    // Without a medical line, the first matching step is the one concrete action and always shown;
    // anything more only if it fits.
    const essential = steps.length === 0 && !has('medical_emergency');
    if (!essential && words + cost > MAX_WORDS) continue;
    steps.push(step.text);
    words += cost;
  }
  return { text: [...head, ...steps, ...tail].join('\n'), reasons };
}
