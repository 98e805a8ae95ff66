/**
 * Abbreviations and everyday wording practitioners type, each with the wording the articles use.
 * Both directions are applied to articles when indexed and to questions when asked, so "EHA",
 * "early help assessment" and "CAF" meet however a question or an article spells them.
 */
export const abbreviations: Readonly<Record<string, string>> = {
  caf: 'common assessment framework',
  ecaf: 'electronic common assessment framework',
  eha: 'early help assessment',
  lp: 'lead professional',
  tac: 'team around the child',
  taf: 'team around the family',
  csc: "children's social care",
  dsl: 'designated safeguarding lead',
  mash: 'multi agency safeguarding hub',
  s17: 'section 17 child in need',
  s47: 'section 47 enquiry significant harm',
  cin: 'child in need',
  cp: 'child protection',
  ig: 'information governance',
  hv: 'health visitor',
  gdpr: 'general data protection regulation',
  ukgdpr: 'general data protection regulation',
  dpa: 'data protection act',
  camhs: 'child and adolescent mental health services',
  lscb: 'local safeguarding children board',
  lscp: 'local safeguarding children partnership',
  ecm: 'every child matters',
  kcsie: 'keeping children safe in education',
  icb: 'integrated care board',
  ccg: 'clinical commissioning group',
  senco: 'special educational needs coordinator',
  sendco: 'special educational needs coordinator',
  pr: 'parental responsibility',
  lado: 'local authority designated officer',
  ta: 'teaching assistant',
  gp: 'general practitioner doctor',
  ico: "information commissioner's office",
  duaa: 'data use and access act',
  cwdc: "children's workforce development council",
  dfe: 'department for education',
  wt: 'working together',
  wt2018: 'working together 2018',
  wt2023: 'working together 2023',
  isa: 'information sharing agreement',
  dpia: 'data protection impact assessment',
  sar: 'subject access request',
  ehcp: 'education health and care plan',
  cse: 'child sexual exploitation',
  cce: 'child criminal exploitation',
  dv: 'domestic abuse violence',
  da: 'domestic abuse',
  yot: 'youth offending team',
  yjs: 'youth justice service',
  sw: 'social worker',
  swk: 'social worker',
  hcp: 'health care professional',
  ofsted: 'office for standards in education',
  lga: 'local government association',
};

/** Everyday words and the words the guidance uses for the same thing. */
export const phrases: ReadonlyArray<readonly [string, string]> = [
  ['social services', "children's social care"],
  ['social worker', "children's social care"],
  ['info', 'information'],
  ['data', 'information'],
  ['kid', 'child'],
  ['kids', 'children'],
  ['pupil', 'child'],
  ['boy', 'child'],
  ['girl', 'child'],
  ['lad', 'child'],
  ['son', 'child'],
  ['daughter', 'child'],
  ['toddler', 'child'],
  ['infant', 'child baby'],
  ['newborn', 'baby'],
  ['youngster', 'young person'],
  ['student', 'child young person'],
  ['teenager', 'young person'],
  ['mum', 'parent'],
  ['dad', 'parent'],
  ['parents', 'parent carer family'],
  ['permission', 'consent'],
  ['sign', 'consent'],
  ['signature', 'consent'],
  ['write down', 'record'],
  ['note down', 'record'],
  ['log', 'record'],
  ['pass on', 'share'],
  ['tell', 'share inform'],
  ['refer', 'referral'],
  ['worried', 'concern'],
  ['worry', 'concern'],
  ['abused', 'abuse harm'],
  ['hurt', 'harm'],
  ['email', 'send secure'],
  ['send', 'share secure'],
  ['threshold', 'threshold criteria level of need'],
  ['lscb', 'safeguarding partners'],
  ['boards', 'board'],
  ['starts', 'initiate start'],
  ['start', 'initiate'],
  ['begin', 'initiate start'],
  ['end', 'close closure'],
  ['close', 'closure'],
  ['stop', 'closure close'],
  ['form', 'assessment'],
  ['paperwork', 'assessment form'],
  ['rules', 'principles'],
  ['come from', 'history origin'],
  ['came from', 'history origin'],
  ['came about', 'history origin'],
  ['background', 'history'],
  ['brought in', 'introduced history'],
  ['rolled out', 'introduced history'],
  ['origins', 'history origin'],
  ['turn down', 'refuse'],
  ['turned down', 'refuse'],
  ['say no', 'refuse'],
  ['said no', 'refuse'],
  ['says no', 'refuse'],
  ['decline', 'refuse'],
  ['declined', 'refuse'],
  ['reject', 'refuse'],
  ['rejected', 'refuse'],
  ["won't agree", 'refuse'],
  ['not agree', 'refuse'],
  ['hold up', 'delay'],
  ['holds up', 'delay'],
  ['slow down', 'delay'],
  ['let them know', 'tell'],
  ['let the family know', 'tell family'],
  ['inform', 'tell'],
  ['informing', 'tell'],
  ['warn', 'tell'],
  ['kick off', 'start'],
  ['set up', 'start'],
  ['sign off', 'close'],
  ['finish', 'close'],
  ['finished', 'close'],
  ['wrap up', 'close'],
  ['hand over', 'share'],
  ['handover', 'step down'],
  ['passing on', 'share'],
  ['pass info', 'share information'],
  ['in charge', 'lead'],
  ['responsible', 'accountable'],
  ['blame', 'accountable responsible'],
  ['pick', 'choose'],
  ['picks', 'choose'],
  ['decide who', 'choose'],
  ['get a say', 'choose views'],
  ['have a say', 'choose views'],
  ['take back', 'withdraw'],
  ['change their mind', 'withdraw'],
  ['pull out', 'withdraw'],
  ['teenager', 'young person'],
  ['teen', 'young person'],
  ['year old', 'age'],
  ['too young', 'age'],
  ['old enough', 'age competent'],
  ['unborn', 'pre birth pregnancy'],
  ['pregnant', 'pre birth pregnancy'],
  ['pre birth', 'unborn pregnancy'],
  ['step up', 'escalate escalation'],
  ['escalating', 'escalate escalation'],
  ['handing back', 'step down'],
  ['hands back', 'step down'],
  ['passing back', 'step down'],
  ['right to', 'lawful basis'],
  ['legal basis', 'lawful basis'],
  ['legally', 'law lawful'],
  ['allowed to', 'can'],
  ['in trouble', 'fear'],
  ['scared', 'fear worried'],
  ['nervous', 'fear worried'],
  ['afraid', 'fear worried'],
  ['anonymous', 'protect identity'],
  ['who reported', 'identity'],
  ['whistleblower', 'identity'],
  ['sections', 'domains'],
  ['parts', 'domains'],
  ['write down', 'record'],
  ['keep a note', 'record'],
  ['paper trail', 'record'],
  ['latest', 'current 2024'],
  ['newest', 'current 2024'],
  ['up to date', 'current'],
  ['out of date', 'current replaced'],
  ['still valid', 'current'],
  ['still apply', 'current'],
  ['mandatory', 'statutory'],
  ['compulsory', 'statutory'],
  ['how long', 'timescales'],
  ['child protection', 'section 47 significant harm'],
  ['bruise', 'harm injury'],
  ['bruises', 'harm injury'],
  ['injury', 'harm'],
  ['injuries', 'harm'],
  ['hitting', 'harm abuse'],
  ['hits', 'harm abuse'],
  ['neglect', 'harm'],
  ['2', 'two'],
  ['3', 'three'],
  ['4', 'four'],
  ['5', 'five'],
  ['6', 'six'],
  ['7', 'seven'],
  ['9', 'nine'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['nine', '9'],
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spellings of sections 17 and 47 ("s.47", "sec 47", "section 47") folded to one token. */
function foldSections(text: string): string {
  return text.replace(/\b(?:s|sec|section)\.?\s?(17|47)\b/gi, (_m, n: string) => `s${n} section ${n}`);
}

interface Rule {
  pattern: RegExp;
  /** The words the rule looks for. */
  word: string;
  add: string;
}

// Abbreviation rules come first, so the abbreviation-only set is a prefix of the list.
function buildRules(): Rule[] {
  const rules: Rule[] = [];
  for (const [abbr, expansion] of Object.entries(abbreviations)) {
    rules.push({ pattern: new RegExp(`\\b${escapeRegExp(abbr)}\\b`, 'i'), word: abbr, add: expansion });
    rules.push({ pattern: new RegExp(`\\b${escapeRegExp(expansion)}\\b`, 'i'), word: expansion, add: abbr });
  }
  for (const [word, meaning] of phrases) {
    rules.push({ pattern: new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i'), word, add: meaning });
  }
  return rules;
}

const allRules = buildRules();
const abbreviationRules = allRules.slice(0, Object.keys(abbreviations).length * 2);

/** Text with synonyms appended, and which words stand for the same idea. */
export interface Expansion {
  text: string;
  /** Each group: the words found and the words added for them; one idea, however many words. */
  groups: string[][];
}

/**
 * The text with the other spellings of whatever it mentions appended. Everyday wording is
 * expanded in questions only: in articles it would add noise (an article that says "at the end"
 * is not about closure).
 */
export function expandSynonyms(text: string, options: { everyday?: boolean } = {}): Expansion {
  const folded = foldSections(text.replace(/[’‘]/g, "'"));
  const additions: string[] = [];
  const groups: string[][] = [];
  for (const rule of options.everyday ? allRules : abbreviationRules) {
    if (rule.pattern.test(folded)) {
      additions.push(rule.add);
      groups.push([rule.word, rule.add]);
    }
  }
  const section = /\bs(17|47) section \1\b/.exec(folded);
  if (section) groups.push([`s${section[1]}`, `section ${section[1]}`]);
  return { text: additions.length > 0 ? `${folded} ${additions.join(' ')}` : folded, groups };
}
