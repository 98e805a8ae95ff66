import { CLERGY_TITLE } from './place-named-settings.ts';
import type { PersonalDataFinding } from './types.ts';

// A practitioner's own name when they introduce themselves is not a child's or a family's detail,
// and redacting it only loses the question: "Mr Ahmed here, year 6 teacher", "Good morning, I am
// Mrs Patel, the DSL.", "Ms Kaur, Y4 teacher.", "my name is Priya Sandhu and I am the Early Help
// Coordinator", "Sarah Jones DSL here". Only these shapes count: a name after "I'm" or "my name
// is" with the role said next, or at the very start of the message with a title or "here". A role
// word after a child's name ("Ava Jones gp appointment missed", "Harvey Quinn, the head wants to
// exclude him") or a parent's introduction ("I'm Mrs Patel, mum of Aisha") is never enough.

const ROLE = String.raw`(?:teacher|dsl|senco|head|headteacher|head teacher|principal|ta|hv|health visitor|school nurse|nurse|sw|social worker|gp|family support worker|fsw|manager|coordinator|co-ordinator|lead|officer|pcso|midwife|practitioner|worker|tutor|mentor)`;
const ROLE_QUALIFIER = String.raw`(?:(?:year|yr|y)[ \t]?\d{1,2}[ \t]+|reception[ \t]+|nursery[ \t]+|class[ \t]+|deputy[ \t]+|assistant[ \t]+|acting[ \t]+)?`;
// What follows the name when they give their role, up to the end of that clause.
const ROLE_CLAUSE = new RegExp(
  String.raw`^(?:,?[ \t]+and[ \t]+i(?:['’]m|[ \t]+am|m)[ \t]+(?:the|a|an|one[ \t]+of[ \t]+the)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?${ROLE}s?|,[ \t]*(?:the[ \t]+|a[ \t]+|your[ \t]+)?${ROLE_QUALIFIER}${ROLE})(?=[ \t]*(?:[.,;:!?\n–—-]|$)|[ \t]+(?:at|for|in|of|here|with|from)\b)`,
  'i',
);
// After "this is" or "I'm", a role of several capitalised words: "This is Mark Patel, Early Help
// Partnership Lead."
// (Each of those words capitalised: "its carly, mum of the twins" gives no role.)
const NAMED_ROLE_CLAUSE = new RegExp(
  String.raw`^,[ \t]*(?:the[ \t]+)?((?:[\p{L}'’-]+[ \t]+){1,3})${ROLE}(?=[ \t]*(?:[.,;:!?\n–—-]|$)|[ \t]+(?:at|for|in|of|here|with|from)\b)`,
  'iu',
);
// A parent's or relative's role is no practitioner's: "This is Danielle Jones, PTA Lead. My son ...".
const FAMILY_ROLE_WORD = /^(?:pta|parent|parents|kinship|foster|carer|mum|dad|grandparent)$/i;
const OWN_CHILD =
  /\bmy[ \t]+(?:son|daughter|child|children|kids?|boy|girl|grandson|granddaughter|grandchild|niece|nephew|baby|twins)\b/i;
function namedRole(after: string): boolean {
  const words = NAMED_ROLE_CLAUSE.exec(after)?.[1]
    ?.trim()
    .split(/[ \t]+/);
  return (
    words !== undefined &&
    words.every((word) => /^\p{Lu}/u.test(word) && !FAMILY_ROLE_WORD.test(word)) &&
    !OWN_CHILD.test(after)
  );
}
// "Mr Ahmed here", "Sarah Jones DSL here".
const HERE = /^[ \t]+here\b/i;
const ROLE_HERE = new RegExp(String.raw`^[ \t]+${ROLE}[ \t]+here\b`, 'i');
const TITLE = String.raw`(?:mr|mrs|ms|miss|mx|dr)\.?`;
const SELF_REFERENCE = new RegExp(
  String.raw`\b(?:i am|i['’]m|im|this is|it['’]s|its|my name is|my name['’]s)[ \t]+(?:${TITLE}[ \t]+)?$`,
  'i',
);
const TITLED = new RegExp(String.raw`\b${TITLE}[ \t]+$`, 'i');
// Nothing before the name but a greeting, "I'm" and a title.
const OPENING = new RegExp(
  String.raw`^[ \t]*(?:(?:hi|hello|hiya|morning|afternoon|evening|good morning|good afternoon)[ \t]*(?:all|everyone|team)?[,!.]?[ \t]+)?(?:(?:i am|i['’]m|im|this is|it['’]s|its|my name is|my name['’]s)[ \t]+)?(?:${TITLE}[ \t]+)?$`,
  'i',
);
const PATRON_BEFORE = new RegExp(String.raw`\b(?:${CLERGY_TITLE})[ \t]+$`, 'i');

function introducesThemselves(text: string, name: PersonalDataFinding): boolean {
  const before = text.slice(Math.max(0, name.start - 40), name.start);
  const after = text.slice(name.end, name.end + 80);
  const opening = name.start < 60 && OPENING.test(text.slice(0, name.start));
  const titled = TITLED.test(before);
  if (SELF_REFERENCE.test(before) && (ROLE_CLAUSE.test(after) || namedRole(after))) return true;
  if (opening && titled && (HERE.test(after) || ROLE_CLAUSE.test(after))) return true;
  return opening && ROLE_HERE.test(after);
}

/**
 * Drops the names of practitioners introducing themselves, and a clergy patron's name read as a
 * person ("the Bishop Hensley staff room" is a school's room).
 */
export function withoutSelfIntroductions(
  text: string,
  findings: readonly PersonalDataFinding[],
): PersonalDataFinding[] {
  return findings.filter((finding) => {
    if (finding.kind !== 'name') return true;
    const before = text.slice(Math.max(0, finding.start - 40), finding.start);
    const words = text.slice(finding.start, finding.end).split(/[ \t]+/);
    if (PATRON_BEFORE.test(before) || (words.length > 1 && PATRON_BEFORE.test(`${words[0]} `))) return false;
    return !introducesThemselves(text, finding);
  });
}
