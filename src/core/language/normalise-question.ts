import { cleanText } from './clean-text.ts';
import { type NormaliseOptions, normaliseMessage } from './normalise-message.ts';

/** A chat question reduced to plain words, with the parts that are not the question set apart. */
export interface NormalisedQuestion {
  /** The question's words: lower-case ASCII, single spaces, no punctuation; role prefix removed. */
  text: string;
  /** Each sentence or question in the message, in order (the whole text when there is one). */
  parts: string[];
  /** The asker's role when the message opens with one ("SW here:", "as a school nurse,"). */
  role?: string;
  /** The kinds of redaction placeholder the privacy guard left (`name`, `date of birth`...). */
  placeholders: string[];
}

/** Longest question worth reading: chat caps messages well below this, `ask` at the same limit. */
const MAX_CHARS = 8000;

// The privacy guard's placeholders ("[name]", "[NHS number]"), and a label typed in front of one
// ("dob [date of birth]", "NHS no: [NHS number]"): neither is what the question is about.
const PLACEHOLDER = /\[([a-z][a-z ]{0,30})\]/gi;
// An initial and an age in brackets typed after a redacted name ("[name] b (10)", "[name] (14)"):
// the initial is part of the name; the age can matter (consent, the age range), so it is read as
// "14 year old" rather than a bare number the guidance never uses.
const AGE_AFTER_PLACEHOLDER =
  /(\[[a-z][a-z ]{0,30}\](?:'s)?)(?:\s+[a-z](?=\s*\())?\s*\(\s*(?:aged?\s*)?(\d{1,2})\s*(?:y\/?o|yrs?|years?)?\s*\)/gi;
// A placeholder for a piece of data rather than a person or place says what the question is about
// ("can I email [NHS number] to the TAC?" asks about sending an NHS number): it reads as its kind,
// unless it is given in passing as someone's detail (see `isAside`).
const DATA_ITEM_WORDS: Record<string, string> = {
  'nhs number': 'nhs number',
  'ni number': 'national insurance number',
  'date of birth': 'date of birth',
  email: 'email address',
  phone: 'phone number',
};
// A label only when the placeholder after it is of its kind: "email [NHS number]" is a verb.
const IDENTIFIER_LABEL =
  /\b(nhs(?:\s+(?:number|no\.?|#))?|dob|d\.o\.b\.?|date of birth|born(?:\s+on)?|ni(?:\s+(?:number|no\.?))?|national insurance(?:\s+number)?|tel(?:ephone)?|phone|mobile|email|e-mail|address|postcode|lives at)\s*[:#-]?\s*(?=\[([a-z][a-z ]{0,30})\])/gi;
const LABEL_KINDS: [RegExp, RegExp][] = [
  [/^nhs/i, /^nhs number$/i],
  [/^(?:dob|d\.o\.b|date of birth|born)/i, /^(?:date of birth|date)$/i],
  [/^(?:ni\b|national)/i, /^ni number$/i],
  [/^(?:tel|phone|mobile)/i, /^phone$/i],
  [/^e-?mail/i, /^email$/i],
  [/^(?:address|postcode|lives at)/i, /^(?:address|postcode)$/i],
];
// Where someone lives or goes, said before the redacted place ("they live at [address]", "the head
// at [school]", "send it to [school]"): a detail of the case, not what is asked; the placeholder's
// kind is kept in `placeholders`.
const PLACE_BEFORE_PLACEHOLDER =
  /(?:\b(?:(?:they|he|she|who)\s+)?(?:(?:lives?|living|stays?|staying|moved|moving|goes|attends?|attending)\s+)?(?:at|on|from|in|to)\b|@)\s*(?=\[(?:address|school|postcode)\])|\b(?:(?:they|he|she|who)\s+)?(?:lives?|living|stays?|staying|attends?|attending)\s+(?=\[(?:address|school|postcode)\])/gi;

function dropLabel(label: string, word: string, kind: string): string {
  const pair = LABEL_KINDS.find(([labelWord]) => labelWord.test(word));
  return pair && pair[1].test(kind) ? ' ' : label;
}

// Short forms whose slash or digits the word-level steps would break apart.
const SHORT_FORMS: [RegExp, string][] = [
  [/\bw\/o\b/gi, ' without '],
  [/\bb\/c\b|\bb\/cos\b/gi, ' because '],
  [/\bw\/(?=\s|$)/gi, ' with '],
  [/\bn\/a\b/gi, ' not applicable '],
  [/\bs\/w\b/gi, ' social worker '],
  [/\bh\/v\b/gi, ' health visitor '],
  // "14yo", "14 y/o", "14 yr old", "14yrs": an age, not a word the articles could know.
  [/\b(\d{1,2})\s?(?:y\/?o|yrs?\s?old|years?\s?old|yrs)\b/gi, ' $1 year old '],
  // "yr4", "yr 10", "y6": a school year.
  [/\b(?:yr|y)\s?(\d{1,2})\b/gi, ' year $1 '],
  // "s.47", "s 47", "sec 47", "section47": one spelling, so the abbreviation table finds it.
  [/\b(?:s|sec|section)\s?\.?\s?(17|20|47)\b/gi, ' s$1 '],
  [/\bvs\.?(?=\s|$)|\bv\.(?=\s)/gi, ' versus '],
  [/\s=\s?|\s?=\s/g, ' means '],
  [/\+/g, ' and '],
];

// Words that say who is asking, at the start of a message: "SW here -", "HV asking:",
// "as a school nurse,", "I'm a TA at ...,", "Health visitor: ...". A role is context, not topic.
const ROLE_NOUN =
  /\b(?:worker|nurse|visitor|teacher|manager|officer|co-?ordinator|practitioner|assistant|lead|senco|sendco|dsl|sw|hv|gp|ta|head|headteacher|midwife|student|volunteer|coach|supervisor|mentor|therapist|counsell?or|paediatrician|doctor|police|pcso|childminder|keyworker|consultant|administrator|governor|lp|professional|clinician|psychologist|librarian|leader|director|chair|designated|safeguarding|trainee|nqt|ect|forum host|escort|receptionist|tutor|instructor|chaplain|warden|caretaker|driver|nanny)s?\b/i;
const ROLE_PREFIXES: RegExp[] = [
  // "SW here:", "school nurse here -", "early help coordinator asking:"
  /^\s*(?:hi|hello|hey|morning|afternoon)?[\s,!]*((?:[\w'()&/-]+\s+){0,6}?[\w'()&/-]+)\s+(?:here|asking|speaking|writing)\b\s*[:,;.!?-]*\s*/i,
  // "as a school nurse, ...", "as the DSL can I ..."
  /^\s*(?:hi|hello|hey)?[\s,!]*as\s+(?:a|an|the|my)\s+((?:[\w'-]+\s+){0,4}?[\w'-]+)(?:\s*[,:;-]\s*|\s+(?=(?:can|could|do|does|should|shall|am|is|are|what|how|who|when|where|why|will|would|may|must|i|we)\b))/i,
  // "I'm a TA at Westfield Primary, ...", "im the DSL in a secondary -", "ok so im a youth worker
  // and the young person ...", "Im a DSL (primary) and a parent ..."
  /^\s*(?:hi|hello|hey|ok|okay|so|right|um|erm)?[\s,!]*(?:so\s+)?(?:i'?m|i am)\s+(?:a|an|the)\s+((?:[\w'-]+\s+){0,4}?[\w'-]+)(?:\s*\([^)]{1,24}\))?(?:(?:\s+(?:at|in|from|for|with|working)\s+[^,:;.!?]{1,50}?)?\s*[,:;.!?-]\s*|\s+and\s+(?=(?:a|an|the|my|our|i|we|mum|dad|parents?|his|her|their|one|this|there)\b))/i,
  // "Health visitor: ...", "Welfare officer at a sports club - ..." (only when a role noun is there)
  /^\s*((?:[\w'()&/-]+\s+){0,6}?[\w'()&/-]+)\s*(?::|\s-|\s–)\s+/i,
];

// A prefix with a question word in it is the question itself ("can I post names here?"); one
// with a number, or with a word that says what it is about ("sharing about [name] w GP -"),
// or that says where someone came from ("[name] (5) moved here from Leeds") is part of it too.
const QUESTION_WORD =
  /\b(?:i|we|you|can|could|should|would|what|whats|how|who|when|where|why|which|is|are|do|does|did|if|not)\b|\?/i;
const NOT_A_ROLE =
  /\d|\b(?:about|regarding|re|with|w|moved|came|come|new|sharing|shared|share|doing|worried|concerned)\b/i;

const TOPIC_ROLE = /\b(?:lp|lead professional|lead practitioner)\b|^lead$/i;

function splitRole(text: string): { role?: string; rest: string } {
  for (const [i, pattern] of ROLE_PREFIXES.entries()) {
    const m = pattern.exec(text);
    const role = m?.[1]?.trim();
    if (!m || !role || QUESTION_WORD.test(role) || NOT_A_ROLE.test(role)) continue;
    // The first two forms say "this is who I am" themselves; the others need a role noun.
    if (i >= 2 && !ROLE_NOUN.test(role)) continue;
    if (i === 0 && role.split(/\s+/).length > 4 && !ROLE_NOUN.test(role)) continue;
    // "LP for the [name] family - which jobs are mine?": a role the guidance is about is the
    // question's topic, not who is asking.
    // ("I'm the lead for safeguarding in ..." is a role; "the lead for the [name] family" is not.)
    if (
      TOPIC_ROLE.test(role) &&
      (role.toLowerCase() !== 'lead' || /\bfor (?:the |a |this )?(?:\[name\] )?famil/i.test(m[0]))
    )
      return { rest: text };
    const rest = text.slice(m[0].length);
    if (rest.trim().length === 0) return { rest: text };
    return { role, rest };
  }
  return { rest: text };
}

// A piece of data given as a detail of someone ("mum (07700 900412)", "[name], [phone]", "rang
// from [phone]") is said in passing; the question is about something else.
const ASIDE_BEFORE =
  /(?:\(\s*|\[[a-z][a-z ]{0,30}\](?:'s)?\s*[,:;-]?\s*|\b(?:mum|mums|mother|dad|dads|father|parent|parents|carer|nan|gran|grandma|grandad|aunt|uncle|sister|brother|he|she|they|family|on|from|number|no|tel|mobile|mob|contact|is|was)\s*[,:;-]?\s*)$/i;
function isAside(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (ASIDE_BEFORE.test(before)) return true;
  const after = text.slice(at + length, at + length + 3);
  return /^\s*\)/.test(after);
}

/** Replaces the short forms a word-level step would break ("w/o", "14yo", "s.47"). */
export function expandShortForms(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SHORT_FORMS) out = out.replace(pattern, replacement);
  return out;
}

function words(text: string, options: NormaliseOptions): string[] {
  const normalised = normaliseMessage(text, options).text;
  return normalised
    .split('|')
    .map((part) => part.replace(/,/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Normalises a question for retrieval: control characters, the privacy guard's placeholders and
 * the labels before them (a piece of data, such as an NHS number, reads as its kind), short forms ("w/o", "14yo", "yr4", "s.47"), a role prefix, then the
 * shared message normalisation (emoji, accents, contractions, text-speak, sentence breaks). Never
 * throws: anything that is not a string is an empty question.
 */
export function normaliseQuestion(input: unknown, options: NormaliseOptions = {}): NormalisedQuestion {
  const raw = typeof input === 'string' ? cleanText(input.slice(0, MAX_CHARS * 4)).slice(0, MAX_CHARS) : '';
  const placeholders: string[] = [];
  const labelled = raw
    .replace(AGE_AFTER_PLACEHOLDER, '$1 $2 year old ')
    .replace(IDENTIFIER_LABEL, dropLabel)
    .replace(PLACE_BEFORE_PLACEHOLDER, ' ');
  const bare = labelled.replace(PLACEHOLDER, (_m, kind: string) => {
    placeholders.push(kind.toLowerCase());
    return ' ';
  });
  // A message of nothing but placeholders asks nothing, whatever kinds they are.
  const unplaced = /[\p{L}\p{N}]/u.test(bare)
    ? labelled.replace(PLACEHOLDER, (m, kind: string, at: number, all: string) =>
        isAside(all, at, m.length) ? ' ' : ` ${DATA_ITEM_WORDS[kind.toLowerCase()] ?? ''} `,
      )
    : bare;
  const { role, rest } = splitRole(expandShortForms(unplaced).replace(/\s+/g, ' ').trim());
  const parts = words(rest, options);
  const roleWords = role ? words(role, options).join(' ') : '';
  return {
    text: parts.join(' '),
    parts,
    ...(roleWords ? { role: roleWords } : {}),
    placeholders,
  };
}
