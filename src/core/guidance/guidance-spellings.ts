/**
 * Chat forms of this field's words, on top of the shared text-speak: what a practitioner types
 * for a term the articles spell out. Sector abbreviations that are also the articles' own terms
 * (CAF, TAC, LP, DSL, MASH...) live in the synonym table instead, which adds both spellings.
 */
export const GUIDANCE_SPELLINGS: ReadonlyMap<string, string> = new Map<string, string>(
  Object.entries({
    eh: 'early help',
    ehat: 'early help assessment',
    ref: 'referral',
    refs: 'referrals',
    reffer: 'refer',
    referal: 'referral',
    referals: 'referrals',
    sg: 'safeguarding',
    safegaurding: 'safeguarding',
    yp: 'young person',
    yps: 'young people',
    cyp: 'children and young people',
    ss: 'social services',
    lac: 'looked after child',
    sen: 'special educational needs',
    confidentialty: 'confidentiality',
    consnet: 'consent',
    concent: 'consent',
    proffesional: 'professional',
    profesional: 'professional',
    practioner: 'practitioner',
    practicioner: 'practitioner',
    assesment: 'assessment',
    asessment: 'assessment',
    stepdown: 'step down',
    stepup: 'step up',
    childrens: 'children',
  }),
);
