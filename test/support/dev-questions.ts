import { fileURLToPath } from 'node:url';

/**
 * The development questions, copied so tests do not depend on the shared folder beside the
 * repository (tests that have it also compare against it: `sharedDevQuestionsPath`).
 */
export interface DevQuestion {
  q: string;
  kind: 'answer' | 'urgent' | 'no_answer';
  pii?: boolean;
}

export const DEV_QUESTIONS: readonly DevQuestion[] = [
  { q: 'What is the Common Assessment Framework for?', kind: 'answer' },
  { q: 'who is allowed to initiate a CAF', kind: 'answer' },
  { q: 'what goes in the family and environmental section', kind: 'answer' },
  { q: 'Does the family have to sign anything before I start an early help assessment?', kind: 'answer' },
  { q: 'what age range does a CAF cover', kind: 'answer' },
  { q: 'who chairs the TAC meeting and who picks the lead professional?', kind: 'answer' },
  { q: 'can a teaching assistant be the lead professional', kind: 'answer' },
  { q: "what's the difference between a lead professional and a key worker", kind: 'answer' },
  { q: 'is there a national eCAF system I should log into?', kind: 'answer' },
  { q: 'what are the golden rules for information sharing', kind: 'answer' },
  { q: 'Do I have to tell the parents before I share info with the school nurse?', kind: 'answer' },
  { q: 'when can I share information without consent', kind: 'answer' },
  { q: 'what should I write down when I share a concern', kind: 'answer' },
  { q: 'is data protection law stopping me sharing a worry about a child', kind: 'answer' },
  { q: 'what counts as special category data', kind: 'answer' },
  { q: 'What replaced Local Safeguarding Children Boards?', kind: 'answer' },
  { q: 'what is a section 47 enquiry', kind: 'answer' },
  { q: 'whats a child in need', kind: 'answer' },
  { q: 'who decides the thresholds for early help in my area', kind: 'answer' },
  { q: 'what does the designated safeguarding lead do in a school', kind: 'answer' },
  { q: "what happens after I refer to children's social care", kind: 'answer' },
  { q: 'What were the Every Child Matters outcomes', kind: 'answer' },
  { q: 'what is a team around the family', kind: 'answer' },
  { q: 'our service can meet the need on its own, do we still need a CAF?', kind: 'answer' },
  { q: 'a child just told me her uncle is abusing her and he picks her up today', kind: 'urgent' },
  { q: 'baby not breathing properly and mum is unresponsive, what do I do', kind: 'urgent' },
  { q: 'what is the parking policy at the civic centre for forum meetings', kind: 'no_answer' },
  { q: 'which software does Calderdale use for early help plans', kind: 'no_answer' },
  {
    q: 'Can I do a CAF on Ellie-May Turner, 7 Oak Lane, born 01/02/2017? her dad drinks',
    kind: 'answer',
    pii: true,
  },
  {
    q: 'NHS number 485 777 3456 for the boy I mentioned, can I send it to the TAC by email?',
    kind: 'answer',
    pii: true,
  },
];

export const sharedDevQuestionsPath =
  process.env.JOINEDUP_DEV_QUESTIONS ??
  fileURLToPath(new URL('../../../shared/domain/dev-questions.json', import.meta.url));
