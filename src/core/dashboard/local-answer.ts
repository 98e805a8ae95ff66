// A coordinator's local answer: checked before anything is stored, then used by the bot as a
// knowledge-base article for that workspace, marked as written locally.
import type { Article } from '../guidance/article.ts';
import { detectPersonalData, type PersonalDataFinding, type PersonalDataKind } from '../privacy/index.ts';
import type { LocalArticleRecord, NewLocalArticle } from './ports.ts';

/** What the answer form sends. */
export interface LocalAnswerInput {
  title: string;
  body: string;
  keywords: string;
  /** Who keeps the answer up to date (a role or team); the author when left empty. */
  owner?: string;
}

/** Field -> message, for the form to show beside each field. */
export type FieldErrors = Partial<Record<keyof LocalAnswerInput, string>>;

export const LIMITS = {
  titleMin: 5,
  titleMax: 120,
  bodyMin: 20,
  bodyMax: 5000,
  keywords: 15,
  keywordMax: 40,
  ownerMax: 80,
};

/** The slug a title gives: `local-` and kebab-case words, never a shipped article's id. */
export function slugFor(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 8);
  return `local-${words.join('-') || 'answer'}`.slice(0, 80).replace(/-+$/, '');
}

// A local answer is written for everyone in the workspace and may name venues, streets, service
// phone numbers and emails. What it must not hold is a child's or family's details: a name, a date
// of birth, an NHS or NI number, and, beside one of those, the family's address, postcode, phone,
// email or the child's school.
const ALWAYS_REFUSED = new Set<PersonalDataKind>([
  'name',
  'date_of_birth',
  'nhs_number',
  'ni_number',
  'reference',
]);
const WITH_A_PERSON = new Set<PersonalDataKind>(['address', 'postcode', 'phone', 'email', 'school']);
const KIND_LABEL: Partial<Record<PersonalDataKind, string>> = {
  name: 'a name',
  date_of_birth: 'a date of birth',
  nhs_number: 'an NHS number',
  ni_number: 'an NI number',
  address: 'an address',
  postcode: 'a postcode',
  phone: 'a phone number',
  email: 'an email address',
  school: 'a school',
  reference: 'a case or pupil reference number',
};

// A coordinator names the venues their area meets in, many named after people: "Mary Seacole
// House", "the Seacole Room", "King George V Community Centre", "Abbey Fields". A name is a venue's
// when a venue word ends it or follows it straight after (capitalised, as a venue's name is).
const VENUE_WORD = String.raw`(?:House|Room|Rooms|Centre|Center|Hall|Building|Suite|Wing|Court|Library|Hub|Clinic|Surgery|Campus|Lodge|Pavilion|Theatre|Gallery|Park|Fields?|Gardens?|Community Centre|Family Hub|Children's Centre|Children’s Centre|Health Centre|Medical Centre|Hse)`;
const VENUE_AFTER = new RegExp(String.raw`^[ \t]+${VENUE_WORD}\b`);
const VENUE_ENDING = new RegExp(String.raw`[ \t]${VENUE_WORD}$`);

// ... and only where the sentence speaks of a place: "at", "in", "of", "the" ... before it ("Kai
// Park (Y4) is on the waiting list", "children like Tyler Fields" name children).
const PLACE_BEFORE = /\b(?:at|in|to|from|of|the|near|outside|behind|opposite|inside|into|via)[ \t]+$/i;

function isVenue(text: string, finding: PersonalDataFinding): boolean {
  if (finding.kind !== 'name') return false;
  if (!PLACE_BEFORE.test(text.slice(Math.max(0, finding.start - 12), finding.start))) return false;
  return (
    VENUE_ENDING.test(text.slice(finding.start, finding.end)) ||
    VENUE_AFTER.test(text.slice(finding.end, finding.end + 30))
  );
}

/** The child's or family's details in a coordinator's text, or none. */
export function findFamilyDetails(text: string): PersonalDataFinding[] {
  const findings = detectPersonalData(text).filter((f) => !isVenue(text, f));
  if (!findings.some((f) => ALWAYS_REFUSED.has(f.kind))) return [];
  return findings.filter((f) => ALWAYS_REFUSED.has(f.kind) || WITH_A_PERSON.has(f.kind));
}

function personalDetails(text: string): string | undefined {
  const findings = findFamilyDetails(text);
  if (findings.length === 0) return undefined;
  // The coordinator sees their own words back, so they know exactly what to take out; this text
  // is shown on the form only, never stored or logged.
  const words = findings
    .slice(0, 6)
    .map(
      (f) =>
        `${KIND_LABEL[f.kind] ?? 'a detail'} ("${text.slice(f.start, f.end).replace(/\s+/g, ' ').slice(0, 60)}")`,
    );
  const more = findings.length > 6 ? ` and ${findings.length - 6} more` : '';
  return `Remove the child's or family's details first: ${words.join(', ')}${more}. Everyone in the workspace reads local answers. Venues, streets and service numbers are fine; write a role, such as "the duty officer", instead of a name.`;
}

/**
 * Checks a local answer. Returns the article to store, or every problem at once; nothing is
 * stored unless all of it is right.
 */
export function validateLocalAnswer(
  input: LocalAnswerInput,
  context: { workspaceId: string; userId: string; displayName?: string },
): { ok: true; article: NewLocalArticle } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const title = input.title.replace(/\s+/g, ' ').trim();
  const body = input.body.replace(/\r\n/g, '\n').trim();
  if (title.length < LIMITS.titleMin || title.length > LIMITS.titleMax) {
    errors.title = `Give the question this answers, ${LIMITS.titleMin} to ${LIMITS.titleMax} characters (it is ${title.length}).`;
  } else if (!/[a-z]/i.test(title)) {
    errors.title = 'The title needs words, not only numbers or symbols.';
  } else {
    errors.title = personalDetails(title);
  }
  if (body.length < LIMITS.bodyMin || body.length > LIMITS.bodyMax) {
    errors.body = `Write the answer in ${LIMITS.bodyMin} to ${LIMITS.bodyMax.toLocaleString('en-GB')} characters (it is ${body.length.toLocaleString('en-GB')}).`;
  } else if (/^---\s*$/m.test(body.split('\n')[0] ?? '')) {
    errors.body =
      'Start with the answer itself, not a --- block: the title and keywords have their own fields.';
  } else if (/<\s*script/i.test(body)) {
    errors.body = 'Write plain text or Markdown; HTML scripts are not allowed.';
  } else {
    errors.body = personalDetails(body);
  }
  const keywords = [
    ...new Set(
      input.keywords
        .split(/[,\n]/)
        .map((k) => k.replace(/\s+/g, ' ').trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (keywords.length > LIMITS.keywords) {
    errors.keywords = `Give at most ${LIMITS.keywords} keywords, separated by commas (there are ${keywords.length}).`;
  } else if (keywords.some((k) => k.length > LIMITS.keywordMax)) {
    errors.keywords = `Each keyword must be at most ${LIMITS.keywordMax} characters; separate them with commas.`;
  } else {
    errors.keywords = personalDetails(keywords.join(', '));
  }
  const owner = (input.owner ?? '').replace(/\s+/g, ' ').trim();
  if (owner.length > LIMITS.ownerMax) {
    errors.owner = `Give the owner as a role or team in at most ${LIMITS.ownerMax} characters (it is ${owner.length}).`;
  }
  const problems = Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== undefined));
  if (Object.keys(problems).length > 0) return { ok: false, errors: problems };
  return {
    ok: true,
    article: {
      workspaceId: context.workspaceId,
      slug: slugFor(title),
      title,
      body,
      keywords,
      createdBy: context.userId,
      owner: owner || context.displayName || context.userId,
    },
  };
}

/** A stored local answer as a knowledge-base article: lead paragraph, then any `##` sections. */
export function toArticle(record: LocalArticleRecord): Article {
  const sections: Article['sections'] = [];
  let heading = record.title;
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join('\n').trim();
    if (text) sections.push({ heading, text });
    lines = [];
  };
  for (const line of record.body.split('\n')) {
    const match = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (match?.[1]) {
      flush();
      heading = match[1];
    } else lines.push(line);
  }
  flush();
  const firstParagraph = (sections[0]?.text ?? record.title).split(/\n\s*\n/)[0] ?? record.title;
  return {
    id: record.slug,
    title: record.title,
    summary: firstParagraph.slice(0, 300),
    tags: record.keywords,
    synonyms: record.keywords,
    sources: [],
    nation: 'england',
    lastReviewed: (record.reviewedAt ?? record.updatedAt).toISOString().slice(0, 10),
    local: true,
    related: [],
    origin: 'local',
    sections: sections.length > 0 ? sections : [{ heading: record.title, text: record.title }],
  };
}
