/**
 * A message reduced to the form the urgency rules are written against: lower-case ASCII words
 * separated by single spaces, commas kept as ` , ` (clause breaks) and sentence ends as ` | `.
 */
export interface NormalisedMessage {
  text: string;
  /** Positions of every ` | ` sentence break in `text`, ascending, for finding a match's sentence. */
  breaks: number[];
  /** True when the message is a bot command (forum, rsvp, pulse...) rather than a question. */
  command: boolean;
}

// Long enough for any real chat message (Slack caps at 40,000); beyond it the head and tail are
// kept, because the worrying sentence is as likely to come last as first.
const MAX_CHARS = 60_000;
// A "word" longer than this is noise (a URL, a base64 blob, a keyboard mash). Splitting it keeps
// every bounded-gap pattern cheap however the text was built.
const MAX_TOKEN = 40;

const COMMAND_START = /^\s*[/!]?(?:forum|rsvp|pulse|survey|poll)\b/i;

// Pictures people use instead of words in a hurry.
const EMOJI_WORDS: [RegExp, string][] = [
  [/🔪|🗡️?/gu, ' knife '],
  [/🔫/gu, ' gun '],
  [/💊/gu, ' pills '],
  [/🩸/gu, ' blood '],
  [/🚑/gu, ' ambulance '],
  [/🆘/gu, ' help me '],
];

// Contractions are expanded before apostrophes go, so "can't" and "cant" end up as the same words.
const CONTRACTIONS: [RegExp, string][] = [
  // "OD'd", "o.d." and "ODed" mean an overdose; the generic 'd rule below would make "od would".
  [/\bo\.?d(?:'?d|'?ed)\b|\bo\.d\./g, 'overdosed'],
  [/\bcan'?t\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/\bi'm\b/g, 'i am'],
  [/'d\b/g, ' would'],
  [/\b(he|she|it|that|there|who|what|where|here|how)'s\b/g, '$1 is'],
  // Any other 's is a possessive ("mum's boyfriend"): the rules match the bare noun.
  [/'s\b/g, ''],
];

// Text-speak, common slips and spelling variants seen in hurried messages, mapped to the words the
// rules use. Only unambiguous forms: "ill", "hell" and "shell" are real words, so they stay.
const TOKEN_MAP = new Map<string, string>(
  Object.entries({
    u: 'you',
    ur: 'your',
    r: 'are',
    pls: 'please',
    plz: 'please',
    plse: 'please',
    plss: 'please',
    rn: 'right now',
    atm: 'at the moment',
    '2day': 'today',
    tday: 'today',
    '2nite': 'tonight',
    '2night': 'tonight',
    tonite: 'tonight',
    tonigt: 'tonight',
    tnight: 'tonight',
    tmrw: 'tomorrow',
    tmr: 'tomorrow',
    tmw: 'tomorrow',
    '2moro': 'tomorrow',
    '2morrow': 'tomorrow',
    tomoz: 'tomorrow',
    cos: 'because',
    coz: 'because',
    cuz: 'because',
    bc: 'because',
    bcos: 'because',
    becos: 'because',
    wiv: 'with',
    gonna: 'going to',
    wanna: 'want to',
    gotta: 'got to',
    dunno: 'do not know',
    idk: 'i do not know',
    kms: 'kill myself',
    kys: 'kill yourself',
    ppl: 'people',
    sum1: 'someone',
    some1: 'someone',
    sumone: 'someone',
    no1: 'no one',
    noone: 'no one',
    nobdy: 'nobody',
    any1: 'anyone',
    b4: 'before',
    wen: 'when',
    wat: 'what',
    wot: 'what',
    dont: 'do not',
    dnt: 'do not',
    cant: 'cannot',
    cnt: 'cannot',
    wont: 'will not',
    isnt: 'is not',
    aint: 'is not',
    hasnt: 'has not',
    havent: 'have not',
    hadnt: 'had not',
    didnt: 'did not',
    doesnt: 'does not',
    dosnt: 'does not',
    wasnt: 'was not',
    werent: 'were not',
    arent: 'are not',
    couldnt: 'could not',
    wouldnt: 'would not',
    shouldnt: 'should not',
    shes: 'she is',
    hes: 'he is',
    theyre: 'they are',
    im: 'i am',
    ive: 'i have',
    youre: 'you are',
    thats: 'that is',
    theres: 'there is',
    whats: 'what is',
    its: 'it is',
    yr: 'year',
    gf: 'girlfriend',
    bf: 'boyfriend',
    bub: 'baby',
    bubba: 'baby',
    mom: 'mum',
    mam: 'mum',
    mommy: 'mum',
    mummy: 'mum',
    mother: 'mum',
    daddy: 'dad',
    father: 'dad',
    stepdad: 'step dad',
    stepfather: 'step dad',
    stepmum: 'step mum',
    stepmother: 'step mum',
    od: 'overdose',
    sez: 'says',
    bleedin: 'bleeding',
    nite: 'night',
    lastnite: 'last night',
    wil: 'will',
    tels: 'tells',
    pased: 'passed',
    passd: 'passed',
    threatning: 'threatening',
    thretening: 'threatening',
    stabbin: 'stabbing',
    touchin: 'touching',
    hurtng: 'hurting',
    rapd: 'raped',
    raypd: 'raped',
    alon: 'alone',
    sed: 'said',
    ods: 'overdose',
    hiting: 'hitting',
    hittin: 'hitting',
    htting: 'hitting',
    beatin: 'beating',
    punchin: 'punching',
    kickin: 'kicking',
    hurtin: 'hurting',
    chokin: 'choking',
    abuseing: 'abusing',
    abusin: 'abusing',
    abussing: 'abusing',
    abusng: 'abusing',
    abusd: 'abused',
    abuseed: 'abused',
    herslef: 'herself',
    hersefl: 'herself',
    hersef: 'herself',
    hersel: 'herself',
    herseld: 'herself',
    hirself: 'herself',
    himslef: 'himself',
    himsef: 'himself',
    himsel: 'himself',
    hisself: 'himself',
    themselfs: 'themselves',
    themselfes: 'themselves',
    myslef: 'myself',
    kil: 'kill',
    kll: 'kill',
    killl: 'kill',
    suiside: 'suicide',
    sucide: 'suicide',
    suicde: 'suicide',
    sucicide: 'suicide',
    suicid: 'suicide',
    sucidal: 'suicidal',
    suicidle: 'suicidal',
    suicidel: 'suicidal',
    suisidal: 'suicidal',
    sucicidal: 'suicidal',
    brething: 'breathing',
    breathin: 'breathing',
    breathng: 'breathing',
    breating: 'breathing',
    breahting: 'breathing',
    breeting: 'breathing',
    breth: 'breathe',
    unconcious: 'unconscious',
    unconsious: 'unconscious',
    unconcsious: 'unconscious',
    unconscios: 'unconscious',
    siezure: 'seizure',
    seizeure: 'seizure',
    sezure: 'seizure',
    seazure: 'seizure',
    seisure: 'seizure',
    siezures: 'seizures',
    overdoze: 'overdose',
    overdos: 'overdose',
    ovrdose: 'overdose',
    pils: 'pills',
    tabs: 'tablets',
    tablits: 'tablets',
    knif: 'knife',
    nife: 'knife',
    knive: 'knife',
    stabed: 'stabbed',
    stabing: 'stabbing',
    missin: 'missing',
    mising: 'missing',
    colected: 'collected',
    collectd: 'collected',
    colleced: 'collected',
    abandonded: 'abandoned',
    abandened: 'abandoned',
    dnager: 'danger',
    dangr: 'danger',
    sexualy: 'sexually',
    sexally: 'sexually',
    groomd: 'groomed',
    exploted: 'exploited',
    explioted: 'exploited',
    scard: 'scared',
    scred: 'scared',
    afriad: 'afraid',
    afaid: 'afraid',
    rping: 'raping',
  }),
);

// Longer words whose one-slip neighbours are not everyday words, so a single typo can be forgiven
// safely. Short words ("hitting" ~ "sitting", "choking" ~ "cooking") are left to TOKEN_MAP.
const FUZZY_TARGETS = [
  'unconscious',
  'unresponsive',
  'breathing',
  'overdose',
  'overdosed',
  'paracetamol',
  'suicidal',
  'strangling',
  'strangled',
  'threatening',
  'threatened',
  'themselves',
  'abandoned',
  'exploited',
  'exploitation',
  'trafficked',
  'disclosed',
  'disclosure',
  'ambulance',
  'frightened',
  'terrified',
  'collapsed',
  'molested',
  'collected',
  'assaulted',
  'sexually',
];
const FUZZY_SET = new Set(FUZZY_TARGETS);
// Real words one slip away from a target; never "corrected".
const FUZZY_EXCEPTIONS = new Set(['overdone', 'breeding', 'threatener', 'collector', 'collects']);

/** True when a and b differ by one insertion, deletion, substitution or adjacent swap. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function correctToken(token: string): string {
  const mapped = TOKEN_MAP.get(token);
  if (mapped !== undefined) return mapped;
  if (token.length < 8 || FUZZY_SET.has(token) || FUZZY_EXCEPTIONS.has(token)) return token;
  for (const target of FUZZY_TARGETS) {
    if (withinOneEdit(token, target)) return target;
  }
  return token;
}

function cap(text: string): string {
  if (text.length <= MAX_CHARS) return text;
  const half = MAX_CHARS / 2;
  return `${text.slice(0, half)}\n${text.slice(-half)}`;
}

/**
 * Normalises a chat message for the urgency rules. Never throws: anything that is not a string is
 * treated as an empty message.
 */
export function normaliseMessage(input: unknown): NormalisedMessage {
  const raw = typeof input === 'string' ? cap(input) : '';
  const command = COMMAND_START.test(raw);

  let text = raw;
  for (const [pattern, word] of EMOJI_WORDS) text = text.replace(pattern, word);
  text = text
    .normalize('NFKD')
    // A line break before a lower-case word is wrapping ("dad is hitting\nhim"), not a new sentence.
    // (No leading [ \t]* here: on a long run of spaces it would backtrack quadratically.)
    .replace(/(?:\r\n?|\n)[ \t]*(?=[a-z])/g, ' ')
    // Accents, zero-width joiners and other invisible marks would split words ("k\u200Bill").
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032\u00B4`\u02BC]/g, "'")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  text = text
    // A decimal point or time ("7.30pm") is not a sentence end.
    .replace(/(\d)[.:](\d)/g, '$1 $2')
    .replace(/&/g, ' and ')
    // Text-speak "scared 2 go home", "going 2 kill": a lone 2 before a verb is "to".
    .replace(/\b2 (?=(?:go|be|get|do|say|tell|see|come|kill|hurt|die|jump|end)\b)/g, 'to ')
    .replace(/[.!?;\n]+/g, ' | ')
    .replace(/,+/g, ' , ')
    .replace(/[^a-z0-9|, ]+/g, ' ');

  const words: string[] = [];
  for (const token of text.split(' ')) {
    if (token === '') continue;
    if (token === '|' && (words.length === 0 || words[words.length - 1] === '|')) continue;
    if (token.length > MAX_TOKEN) {
      for (let i = 0; i < token.length; i += MAX_TOKEN) words.push(token.slice(i, i + MAX_TOKEN));
      continue;
    }
    words.push(correctToken(token));
  }
  while (words.length > 0 && words[words.length - 1] === '|') words.pop();

  const normalised = words.join(' ');
  const breaks: number[] = [];
  for (let i = normalised.indexOf('|'); i !== -1; i = normalised.indexOf('|', i + 1)) breaks.push(i);
  return { text: normalised, breaks, command };
}
