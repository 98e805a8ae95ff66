import { AGE_WORD, AMBIGUOUS_NAME_WORDS, isCommonWord, TIME_WORD } from './common-words.ts';
import { MONTH } from './dates.ts';
import { NAME_DENY_PHRASES, NAME_DENY_WORDS, ORGANISATION_WORDS } from './name-deny-list.ts';
import { ENGLISH_WORDS, GIVEN_NAMES, OTHER_NAMES, SURNAMES } from './name-lists.ts';
import { FROM_PLACE_THEN_VERB } from './names.ts';
import type { PersonalDataFinding } from './types.ts';

// The second reading of a message for names: the one that does not need a capital letter. It looks
// at what is around a word (who it is: "the girl is", "mum is", "baby", "for", "about"; what follows:
// an age, a date of birth, "'s mum", "is in year 4") and, for lower-case words, whether the word is
// a known given name or surname. Lists only add evidence to context; a listed word with no context
// around it is left alone, so "grace period" and "mark the register" stay as they are.

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*['’]?/gu;

interface Token {
  start: number;
  end: number;
  norm: string;
  capital: boolean;
  /** "CAF", "ICPCs", "DoLS": mostly capitals. */
  acronym: boolean;
  possessive: boolean;
  sentenceStart: boolean;
}

const set = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

// What follows a family named in the plural in lower case: a break, or what a family is or does.
const LOWER_FAMILY_AFTER =
  /^(?:[ \t]*(?:[,;:!?\n–—]|[ \t]-[ \t]|\.(?:[ \t]|$)|$)|[ \t]+(?:are|r|were|have|had|want|need|moved|moving|live|lived|kids|children|boys|girls|twins|family|refused|declined|agreed|said|say|got|keep|again|back|at)\b)/;

// Who a name can belong to: a child, a family member, someone a practitioner works with.
const PERSON = set(`
  boy girl child kid kids baby babies infant toddler teenager teen youngster yp cyp pupil student
  learner client son daughter brother bro sister sis sibling siblings twin twins mum mam mom mother dad
  father stepdad stepmum stepfather stepmother parent carer nan nana nanna nanny gran granny grandma
  grandmother grandad grandpa grandfather grandson granddaughter grandchild uncle aunt auntie aunty
  cousin niece nephew partner boyfriend girlfriend bf gf husband wife ex lad lass man woman lady
  neighbour friend mate children girls boys lads sisters brothers cousins perp perpetrator abuser fella
  parnter partener patner boyfreind girlfreind`);
// Relatives, whose own name may be an everyday word: "his mother Comfort", "her nan Joy".
const RELATIVE = set(
  'mother father mum mam mom dad nan nana gran granny grandma grandmother grandad grandfather aunt auntie aunty uncle brother sister son daughter stepdad stepmum stepfather stepmother cousin boyfriend girlfriend bf gf fella partner fiance fiancee hubby',
);
const CHILD_GROUP = set('kids children twins girls boys lads siblings sisters brothers cousins babies');
const BE = set('is was are were r');
// Words after which a name is likely when the word is a known given name: "worried about jack",
// "the caf for mia", "re holly-may".
const SOFT_CUE = set(
  'about abt for 4 re regarding concerning with w wiv to visiting supporting after refer referred referring visit visited see saw seen met meet support supported contact contacted ring rang phone phoned call called invite invited assess assessed discuss discussed chase collect collected share lil little',
);
// Phrases that end just before a name: "my concern is", "child name", "name:".
// A parent's own message quoted in full, naming its writer: "'hiya its tasha, ...'".
const QUOTED_INTRODUCTION = /['"“‘][^'"“‘’”\n]{0,12}\b(?:it['’]?s|its|this is)[ \t]+$/i;
// Family members introducing themselves in a message passed on: "its carly, [name]'s step mum",
// "this is Tolu, mum of the twins".
const INTRODUCTION = /\b(?:it['’]?s|its|this is|i['’]?m|im|i am)[ \t]+$/i;
const FAMILY_ROLE_AFTER =
  /^[ \t]*,[ \t]*(?:(?:\[name\]|[\p{L}'’-]+)['’]?s[ \t]+|(?:the|their|his|her)[ \t]+)?(?:step[ \t-]?|foster[ \t]+)?(?:mum|mam|mom|dad|nan|nana|gran|grandma|grandad|aunt|auntie|aunty|uncle|sister|brother|mother|father|carer)\b/iu;
const STRONG_CUE =
  /(?:\b(?:called|cald|calld|named|nicknamed|nick ?name|known(?:[ \t]+to[ \t]+(?:us|me|staff|school|them|services))?(?:[ \t]+only)?[ \t]+as|goes by|go by|name is|name was|name on (?:the|her|his|their|my) (?:birth cert|birth certificate|caf|eha|form|register|system|passport|records?) (?:is|was)|names are|name's|names|name|concern is(?: for)?|worried about|worry is|case of|case is|referral for|caf for|eha for|taf for|tac for|(?:referral|caf|eha|taf|tac) 4|(?:youngest|eldest|oldest|middle one) (?:is|was)|me (?:n|&))|\b(?:surname|family|fam)[ \t]*:|\b(?:surname|forename|first name|last name|given name)|\b(?:yr|year|y) ?\d{1,2}|\b(?:young person|child|boy|girl|yp|pupil|student|son|daughter|baby|kid|teenager|young man|young woman|mum|mam|dad|mother|father|carer|nan|gran|stepdad|stepmum)\s*\(|\b(?:mum|mam|mom|dad|mother|father|carer|nan|gran|grandma|grandad|stepdad|stepmum|uncle|aunt|auntie|brother|sister|bro|sis|son|daughter|child|boy|girl|baby|partner|boyfriend|girlfriend|bf)[ \t]*=)[\s:,"'“‘-]*$/i;
// A bare age after a word that is a name or no word at all, then the end of a clause or a verb:
// "abdi 15, stopped by police", "bridget 8 and martin 6", "maddison 8 at", "india 14 wants".
const BARE_AGE_AFTER =
  /^[ \t]+(?:[1-9]|1[0-7])(?![\d.:/%])(?:[ \t]*(?:[,;)@+]|[-–—](?:[ \t]|$)|$)|[ \t]+(?:and|&|n|at|in|is|was|wants|says|said|told|tells|who|from|goes|attends|lives|lived|keeps|has|had|hasnt|hasn['’]t|isnt|isn['’]t|doesnt|doesn['’]t|wont|won['’]t|cant|can['’]t|needs|refuses|refused|started|starts|moved|came|comes|got|gets|disclosed|discloses|missed|misses|been|stopped|only|just|now|still)\b)/i;
// What follows a name: an age, a birth date, a school year, a family member, a verb people do.
const AGE_AFTER =
  /^(?:[ \t]+[-–—][ \t]+\d{1,2}[ \t]*(?:[-–—,)]|yo\b|y\/o\b|yrs?\b|years?\b|$)|[ \t]+in[ \t]+(?:yr|year|y)[ \t]?\d{1,2}\b|,?[ \t]+(?:she|he)(?:['’]s|[ \t]+is|[ \t]+was)[ \t]+(?:only[ \t]+|now[ \t]+|just[ \t]+|aged[ \t]+)?\d{1,2}\b(?![ \t]*(?:weeks?|wks?|months?|days?|hours?|hrs?|mins?|minutes|%|pm|am))|[ \t]*\([ \t]*(?:aged?[ \t]*|yr[ \t]*|year[ \t]*|y)?\d{1,2}[^)]{0,12}\)|,?[ \t]+(?:aged?|age)[ \t]+\d{1,2}\b|,[ \t]*\d{1,2}[ \t]*(?:,|\)|-|yo\b|y\/o\b|yrs?\b|years?\b|$)|[ \t]+\d{1,2}[ \t]*(?:yo|y\/o|yrs?|years? old)\b|,?[ \t]+(?:born|dob|d\.o\.b|nhs)\b|,?[ \t]+(?:is|was|r|are)[ \t]+(?:only[ \t]+|now[ \t]+|aged[ \t]+|just[ \t]+)?\d{1,2}\b|,?[ \t]+(?:is|was)[ \t]+in[ \t]+(?:year|yr|reception|nursery|y\d)|,?[ \t]*\(?(?:yr|year|y)[ \t]?\d{1,2}\b)|[ \t]*\([ \t]*(?:dob|born|d\.o\.b|aged?|reception|rec|nursery|pre-?school)\b/i;
// An age or year in brackets, then something a person does: "Major (y2) has been", "Kacper (7) is
// still" (a capitalised word opening a sentence is a name only with this much after it).
const AGE_THEN_VERB =
  /^[ \t]*\([ \t]*(?:(?:aged?[ \t]*)?(?:[2-9]|1[0-7])(?:[ \t]*(?:yo|y\/o|yrs?|years?|months?|mths?))?|(?:y|yr|year)[ \t]?\d{1,2}|reception|nursery)[ \t]*\)[ \t]*,?[ \t]+(?:is|was|has|had|keeps|kept|told|tells|said|says|needs|wants|lives|attends|came|comes|goes|went|won['’]?t|can['’]?t|doesn['’]?t|didn['’]?t|isn['’]?t|refuses|refused|disclosed)\b/i;
// A relative's age after their name ("mum chelsea 19", "mum: chelsea, 32"): 13 to 69.
export const RELATIVE_AGE = String.raw`(?:1[3-9]|[2-6]\d)`;
const KIN_AGE_AFTER = new RegExp(
  String.raw`^(?:,[ \t]*|[ \t]+)${RELATIVE_AGE}(?:[ \t]*(?:yo|y\/o|yrs?|years?[ \t]+old))?(?![\d.:/%\p{L}])(?![ \t]*(?:mins?|minutes|hours?|hrs?|days?|weeks?|wks?|months?|mths?|years?|yrs?|times|x|pm|am|%)\b)`,
  'u',
);
// What is said of a child at the start of a message: "came in with", "not bin seen", "got sent home".
const CHILD_DOES_AFTER =
  /^[ \t]+(?:(?:came|come|comes) in(?:to (?:school|skl|sch|nursery|class))? (?:with (?:a|an|no|bruis(?:e|es|ed|ing)|marks?|cuts?|burns?|scratch(?:es|ed)?|nits|head lice)|crying|upset|hungry|dirty|smelling|bruised|limping|without (?:a )?(?:coat|shoes|breakfast|lunch|food))|disclosed|told (?:me|her teacher|his teacher|their teacher|staff|us)|has been (?:missing|excluded|hurt|crying|self[- ]?harming|sleeping in)|(?:has |have )?(?:been |bin |bn )?(?:sleepin|sleeping|asleep) in (?:class|lessons?|school|skl|sch)|(?:kicked|kicks|kicking) off (?:in|at|again|during|with)|not (?:bin |been |bn )?seen (?:by|since|at|in)|(?:is|was) (?:crying|hungry|smelling|scared|frightened|refusing (?:to )?(?:eat|go|come))|went missing|ran off|got sent home|keeps (?:wetting|soiling|crying|running off|hitting|missing (?:school|skl|sch|nursery|lessons|class|sessions|appointments)|going missing|skipping (?:school|lessons)|bunking off|truanting)|wet (?:herself|himself|themselves)|(?:hit|kicked|bit|punched|scratched) (?:another (?:child|kid|pupil)|a (?:child|kid|pupil|member of staff)|staff)|was found (?:wandering|alone|outside|by police|on the street|in the park)|says (?:she|he)|said (?:she|he))\b/i;
const PERSON_VERB_AFTER =
  /^,?[ \t]+(?:has|had|is being|was being|has been|keeps|kept|told|tells|said|says|sez|disclosed|telephoned|phoned|lives|lived|turned up|who has|who is|who was|who's|attends|attended|goes to|went|came|comes|needs|wants|wanted|asked|asks|cried|cries|ran|runs|was found|was seen|should|will|won't|can't|doesn't|didn't|isn't|wont|cant|doesnt|didnt|isnt|hasn['’]t|hasnt|is|was|r|are|n (?:his|her|their)|and (?:his|her|their))\b|^[ \t]*&|^[ \t]+at (?=[A-Z]|\d{1,4}[a-z]? [A-Za-z])/i;
// Services, clinics and apps typed short or in lower case: they tell and ring too ("physio has told
// us", "sarc has rung").
const SERVICE_WORDS = set(`
  physio ortho neuro ambo paeds sarc spoa iapt nelft ukvi coram basw eyfsp boxall wellcomm ehco
  omegle yubo grindr monzo klarna cpoms arbor sims bromcom tapestry myconcern kooth childline
  barnardos nspcc cafcass ofsted lado mash camhs ehcp sendco senco salt yot mosac`);
// What only a person does or has, straight after a word in no list ("kuldeep has told us").
const UNKNOWN_PERSON_AFTER =
  /^,?[ \t]+(?:has (?:told|said|disclosed|been (?:sleeping|crying|missing|seen|found|hit|hurt|left|coming|going|staying|living|off|absent|excluded)|gone missing|got (?:a|an|no|bruises?|marks?)|open sores|(?:a|an) (?:bruise|black eye|mark|cut|burn)|rung|called|phoned|moved)|hid|told (?:me|us|her|his|the)|said (?:to|that|she|he|her|his)|says (?:she|he|her|his|that|mum|dad)|disclosed|keeps (?:crying|hitting|running|saying|going|missing|coming|asking|wetting)|lives (?:with|at)|stays (?:with|at)|wants to (?:live|go|stay|move|see)|ran (?:off|away|out|home)|cried|got out of (?:prison|jail|hospital)|(?:doesnt|doesn['’]t|does not|didnt|didn['’]t|did not|wont|won['’]t) (?:want (?:to|her|his|their|me|us|them|dad|mum|anyone)|like (?:her|his|their|school|being|going)|trust)|(?:came|come|moved|fled) (?:over|here) (?:from|on|with|in|last)|is (?:scared|frightened|terrified|pregnant) (?:of|to|and|at|since)?)\b/i;
// "leo at Brookside Special School", "mia @ Oakfield Primary": at a named school.
const AT_SCHOOL_AFTER =
  /^[ \t]+(?:at|@)[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:Primary|Academy|School|Nursery|Infants?|Juniors?|High|College)\b/u;
// After a cue ("collect Poppy from Busy Bees"), any named place will do.
const FROM_NAMED_AFTER = /^[ \t]+from[ \t]+\p{Lu}\p{Ll}/u;
// "Tilly from Moss Lane Primary": from a named school or nursery ("Jane from Barnardo's" is a
// colleague from a service).
const FROM_PLACE_AFTER =
  /^[ \t]+from[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}(?:Primary|Academy|School|Nursery|Infants?|Juniors?|High|College|Pre-?school)\b/u;
// After a name's "'s", what reads it as "is" or "has": "bear's been biting", "bear's only 3",
// "holly's at ours".
const IS_AFTER_APOSTROPHE_S =
  /^[ \t]+(?:been|only[ \t]+\d|got|gone|going|never|always|still|off|back|just|scared|upset|crying|saying|telling|at ours|at (?:her|his) (?:nan|gran|dad|mum)['’]?s?)\b/;
// Words before a noun, never before a name: "the bear's been in the story".
const DETERMINER = /^(?:the|a|an|my|his|her|their|this|that|our|your|its|every|each|no)$/;
// When something happened, said straight after a name: "with kyron today", "spoke to fadumo this
// morning".
const WHEN_AFTER =
  /^[ \t]+(?:today|yesterday|tonight|this[ \t]+(?:morning|afternoon|evening|week)|last[ \t]+(?:night|week)|earlier|again)\b/i;
// A day, or today or tomorrow: never the person rung ("rang monday", "spoke to them today").
const DAY_WORD =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|today|tonight|tomorrow|yesterday)$/;
// Ringing or speaking to someone, straight before their name.
const CONTACTED =
  /\b(?:ring|rang|phone|phoned|text|texted|emailed|call|called|visited|met|met with|saw|spoke[ \t]+(?:to|with|2)|talked[ \t]+(?:to|with|2)|speaking[ \t]+(?:to|with|2)|working[ \t]+with)[ \t]+$/i;
// "n his sister", "and her mum": a person with their family.
const WITH_FAMILY_AFTER =
  /^[ \t]+(?:n|and|&)[ \t]+(?:his|her|their)[ \t]+(?:bro|brother|sister|sis|mum|mam|dad|nan|gran|siblings?|twin|cousin|baby)\b/i;
// Stronger than a verb: "n his sister", "r brother n sister", "is being left".
const STRONG_AFTER =
  /^,?[ \t]+(?:(?:n|and|&)[ \t]+(?:his|her|their)[ \t]+(?:(?:younger|older|little|big|baby|twin|step|half)[ \t-]+)?(?:bro|brother|sister|sis|mum|dad|nan|siblings?|twin|cousin|boys|mates|gang|crew|son|daughter|kids|children|girls|partner|boyfriend|girlfriend|husband|wife|bf|gf)|(?:r|are|is|were)[ \t]+(?:brother|sister|brothers|sisters|twins|siblings|cousins)|is being|was being|has been (?:left|hit|hurt|seen|missing|excluded|kicked|taken|found)|tells|told|says|said|sez|sed|disclosed|discloses|whose (?:mum|mam|dad|nan|gran|parents?|carers?|family|brother|sister))\b/i;
const RECORD_NOUN =
  /^(?:new |old |current |real |full )?(?:\d{1,2}(?:st|nd|rd|th)\b|ni\b|upn|ctf|pep|ehcp|(?:eh|cp|cin|caf|safety|support)[ \t]+plan|teacher|class|tutor|foster|step|sw\b|social worker|gp|hv|health visitor|dentist|doctor|paediatrician|camhs|childminder|key ?worker|addy|addr|address|postcode|post code|dob|birthday|nhs|phone|number|school|nursery|caf|eha|taf|tac|plan|file|case|referral|details|name|surname|meeting|review|assessment|report|reports|records?|notes|behaviour|attendance|progress|needs|health|story|views|wishes|feelings|room|bedroom|bag|consent)\b/i;
// Identifier labels are never names themselves ("her dob is ...").
const LABELS = new Set([
  'dob',
  'nhs',
  'ni',
  'nino',
  'postcode',
  'address',
  'email',
  'mob',
  'tel',
  'no',
  'number',
  'd.o.b',
]);
// Names that are also abstract words, seasons or weather: never taken from a list alone.
const ABSTRACT = set(`
  hope faith joy will may mark grace summer autumn spring winter april june august sky rain star river
  storm chance justice patience mercy charity honour destiny harmony promise heaven miracle truth
  glory unity liberty sunny misty dawn`);
const TITLES = set('mr mrs ms miss mx dr master');
const AUX_BEFORE = new Set([
  'does',
  'did',
  'can',
  'could',
  'should',
  'will',
  'would',
  'has',
  'is',
  'was',
  'if',
  'fyi',
]);
// Services named like people: "does Brook need consent" asks about the sexual-health service.
const MODAL_NOT_SUBJECT = new Set([
  'brook',
  'frank',
  'mind',
  'relate',
  'kooth',
  'shelter',
  'victim',
  'support',
]);
const MODAL_BEFORE = new Set([
  'can',
  'could',
  'should',
  'would',
  'will',
  'does',
  'did',
  'may',
  'must',
  'cn',
  'cud',
  'shud',
]);
// A verb's base form after the subject of a question: "can Will start", "does Grace need".
const MODAL_VERB_AFTER =
  /^[ \t]+(?:start|go|have|need|get|be|come|stay|consent|attend|sign|see|use|join|move|keep|live|leave|ask|refuse|say|share|change|do|take|make|return|continue|apply|access|withdraw|speak|talk|decide|agree|still|also|just)\b/;
const BE_AFTER =
  /^[ \t]+(?:is|was|has|had|r|are|needs|need|wants|keeps|kept|told|said|says|lives|attends|went|goes|came|comes|got|gets|asked|asks|disclosed|discloses|tells|turned|just)\b/i;
// What a person, and hardly anything else, does: after an unlisted word in lower case at the start.
const ACTS_AFTER =
  /^[ \t]+(?:has been|has told|has said|has asked|keeps|kept|told|tells|said|says|disclosed|discloses|asked|was found|was seen|is being|was being|ran away|went missing|turned up|just said|just told|was meant to|is meant to|who has|who is|who was)\b/i;
// What happens to a pupil and hardly to anything else, straight after a word: "kicked off in class",
// "is back in school", "been sent home", "off roll".
const PUPIL_EVENT_AFTER =
  /^,?[ \t]+(?:(?:has |is |was |been |has been |got |gets |getting |keeps |kept )?(?:kicked off|kicking off|kickin off|sent home|excluded|suspended|off roll|absconded)\b|(?:is |was |been |has been |s |['’]s |r |are )?(?:back|off|absent|missing|not|still not|never|late) (?:in |at |from |to |for )?(?:school|schl|skool|skl|sch|nursery|class|college|lessons?|registration|roll)\b|(?:is |was |been )?upset (?:again|agn|in class|at school)\b|keeps (?:sayin|saying|crying|asking|askin|running off|hitting|wetting|soiling|talking about)\b)/i;
// Openings before the first sentence: "morning, hunter was seen", "hiya tegan was found".
const OPENERS = set('hi hiya hey hello morning afternoon evening help urgent quick morning all sorry');
const FAMILY_NOUN = set(
  'mum mam mom dad nan nana gran grandma grandad parents carer carers family brother sister bro sis stepdad stepmum foster step mother father grandmother grandfather grandparents aunt auntie uncle cousin girl boy lad lass kids son daughter',
);

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const possessive = /['’]s$/i.test(raw) && raw.length > 3;
    const base = possessive ? raw.slice(0, -2) : raw.replace(/['’]$/, '');
    const gap = text.slice(previousEnd, match.index);
    tokens.push({
      start: match.index,
      end: match.index + base.length,
      norm: base.toLowerCase().replace(/’/g, "'"),
      capital: /^\p{Lu}/u.test(base),
      acronym: /^\p{Lu}\p{Lu}/u.test(base) && /^[\p{Lu}'’-]+s?$/u.test(base),
      possessive,
      sentenceStart: tokens.length === 0 || /[.!?\n;•:]|\s-\s/.test(gap),
    });
    previousEnd = match.index + raw.length;
  }
  return tokens;
}

const DENY_PHRASES: readonly string[][] = NAME_DENY_PHRASES.map((phrase) =>
  Array.from(phrase.matchAll(WORD), (m) => m[0].toLowerCase().replace(/['’]s$/, '')),
);

/** Tokens inside a known phrase that looks like a name but is not one ("Ask for Angela"). */
function deniedTokens(tokens: Token[]): boolean[] {
  const denied = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i += 1) {
    for (const words of DENY_PHRASES) {
      if (words.every((word, k) => tokens[i + k]?.norm === word)) {
        for (let k = 0; k < words.length; k += 1) denied[i + k] = true;
      }
    }
  }
  return denied;
}

/** A season's name, a child's name too ("Summer", "Autumn"). */
export const SEASON = /^(?:spring|summer|autumn|winter)$/;

/**
 * A word children are named that is not an everyday word, or is one that children are commonly
 * named too ("hope", "ocean"); not "name" or "had", which the lists of given names also hold.
 */
export function childNameWord(norm: string): boolean {
  return isNameWord(norm) && (!isCommonWord(norm) || AMBIGUOUS_NAME_WORDS.has(norm) || WORD_NAMES.has(norm));
}

/** A word typed without its final g ("workin", "fightin", "parkin"), unless it is a given name ("dustin"). */
export function droppedG(norm: string): boolean {
  return (
    norm.length >= 5 &&
    norm.endsWith('in') &&
    !norm.includes('-') &&
    ENGLISH_WORDS.has(`${norm}g`) &&
    // (A surname after a given name, "jack rankin", is read by the name model.)
    !GIVEN_NAMES.has(norm)
  );
}

/**
 * "becuase", "wierd", "untill", "recieved": a word of five letters or more one slip away from a
 * common English word (two letters swapped, one doubled or dropped), and in no list of names.
 * Hurried typing makes these, and before "mum said" or "dad left" they sit where a name would.
 */
export function misspeltWord(norm: string): boolean {
  if (norm.length < 5 || !/^[a-z]+$/.test(norm)) return false;
  if (GIVEN_NAMES.has(norm) || SURNAMES.has(norm) || OTHER_NAMES.has(norm)) return false;
  if (ENGLISH_WORDS.has(norm) || isCommonWord(norm)) return false;
  // Only a slip of a common word, and never of a name ("garce" is Grace typed in a hurry, "qusai"
  // is a name, not "quasi").
  const english = (word: string) =>
    word.length >= 5 && ENGLISH_WORDS.has(word) && isCommonWord(word) && !GIVEN_NAMES.has(word);
  for (let i = 0; i + 1 < norm.length; i += 1) {
    const swapped = norm.slice(0, i) + norm[i + 1] + norm[i] + norm.slice(i + 2);
    if (swapped !== norm && english(swapped)) return true;
  }
  if (norm.length < 6) return false;
  // A letter doubled or a double letter typed once: "untill", "tomorow" (never another letter
  // added or dropped: "Sultani" is no slip for "sultan").
  for (let i = 1; i < norm.length; i += 1) {
    if (norm[i] !== norm[i - 1]) continue;
    if (english(norm.slice(0, i) + norm.slice(i + 1))) return true;
  }
  for (let i = 1; i < norm.length; i += 1) {
    if (english(norm.slice(0, i) + norm[i - 1] + norm.slice(i))) return true;
  }
  return false;
}

// Prefixes joined to a word by a hyphen: "pre-verbal", "non-verbal", "self-harm", "co-sleeping".
const HYPHEN_PREFIX =
  /^(?:pre|non|post|anti|co|self|semi|sub|multi|inter|mid|ex|re|un|over|under|well|ill|half|cross|out|in|on|off|up|low|high|full|part|long|short|one|two|three)-/;

function isVocabulary(norm: string): boolean {
  if (droppedG(norm)) return true;
  if (HYPHEN_PREFIX.test(norm)) {
    const rest = norm.slice(norm.indexOf('-') + 1);
    if (!rest.includes('-') && (ENGLISH_WORDS.has(rest) || isCommonWord(rest))) return true;
  }
  const single = norm.endsWith('s') ? norm.slice(0, -1) : norm;
  return [norm, single].some(
    (word) =>
      isCommonWord(word) ||
      ENGLISH_WORDS.has(word) ||
      NAME_DENY_WORDS.has(word) ||
      ORGANISATION_WORDS.has(word) ||
      PERSON.has(word) ||
      CHAT_WORDS.has(word),
  );
}

// Places and buildings, not people: "The Meadows Health Centre", "the Lakeside family hub", "with
// Oakfield" (a school), "Mill Lane".
const PLACE_NEXT =
  /^(?:centre|center|hub|hubs|site|school|primary|academy|nursery|infants|juniors|college|clinic|surgery|practice|hall|house|road|street|lane|avenue|close|drive|way|court|park|estate|campus|library|church|mosque|team|service|services|office|ward|unit|room|building|community|children|health|family|leisure|youth|medical|green|village|fields?|hse|bldg)$/;
const PLACE_SUFFIX =
  /(?:field|fields|ford|bury|borough|wood|woods|side|gate|dale|brook|croft|mead|moor|moors|moorlands|lands|shaw|wick|thorpe|worth|hurst|cliffe|combe|hampton|minster|chester|caster|mouth|haven|vale|hill|hills|bank|banks|leigh|grange|lea)$/;

/** A given name, hyphenated forms included ("holly-may", "alfie-james"). */
function isGiven(norm: string): boolean {
  if (GIVEN_NAMES.has(norm)) return true;
  const parts = norm.split('-');
  return parts.length > 1 && parts.some((part) => GIVEN_NAMES.has(part));
}

// Chat words and slang outside the dictionary that are never names.
export const CHAT_WORDS = set(`
  gurl gurls bf gf bff bro bros sis mum mums mam nan nans hv hvs sw dsl senco caf cafs eha ehas taf tac
  sti stis yo yr yrs sez sed wiv wivout innit tho cos coz cuz bcos pls plz plss thx ty lol omg rn atm
  tbh imo idk ngl fyi asap aka etc ie eg ok okay kinda gonna wanna gotta dunno lemme gimme yeah yep nope
  mates vids pics pic selfie selfies snap snaps insta tiktok snapchat whatsapp fb ig dm dms msg msgs
  txt txts mob fone skl skool tonite tmrw tmw nite b4 l8r m8 m8s gr8 evry evry1 sum1 sumone
  ppl bin rly prob probs def defo obvs soz hun babe wknd wkend wat wot wen wer watever telly yp cyp
  willy willie minnie winkie foof fanny tuppence nunny privates
  appt appts apt apts mtg mtgs ref refs docs meds hols convo convos info admin uni til till attendee attendees cald calld caled gona kno knw wna wot wat dnt sch skl schl skool playgrp imms jabs addy
  tchr tchrs yw yws bn gd trng rite 2nite 2day 2moro hosp mngr mgr coord addr neva nvr trav travs fam
  maths headlice afterschool breakfastclub satnav bldg
  mgm pgm mgf pgf mgp pgp bm bd ds dd dh sgo slt rm bub bubs cahms camhs iapt paeds
  tbf obv ffs altho uasc fte pex gcse gcses btec btecs yps cyps pda ocd bday bdays bdy hbd
  mth mths mnth mnths wk wks hr hrs`);

/**
 * The words people use in this work, without the whole dictionary: a given name that is also a
 * rare English word ("jasper", "alfie") still reads as a name; "mark" and "grace" do not.
 */
function isChatVocabulary(norm: string): boolean {
  if (droppedG(norm)) return true;
  const single = norm.endsWith('s') ? norm.slice(0, -1) : norm;
  return [norm, single].some(
    (word) =>
      isCommonWord(word) ||
      NAME_DENY_WORDS.has(word) ||
      ORGANISATION_WORDS.has(word) ||
      PERSON.has(word) ||
      CHAT_WORDS.has(word),
  );
}

/** Could be a name at all: a listed name that is not only a word, or a word outside vocabulary. */
function nameLike(token: Token): boolean {
  if (token.norm.length < 2 || /\d/.test(token.norm) || NAME_DENY_WORDS.has(token.norm)) return false;
  if (
    /^(?:i|you|u|he|she|it|we|they|there|that|who|what|where|how|y)'(?:ll|d|ve|re|m|s|all)$|n't$/.test(
      token.norm,
    )
  )
    return false;
  // An acronym ("NRPF", "ICPCs") unless it is a listed name typed in capitals ("KHAN").
  if (token.acronym && ((!isGiven(token.norm) && !SURNAMES.has(token.norm)) || token.norm.length <= 3))
    return false;
  // "Birchwood", "Elmfield", "Moorlands": a capitalised word in no list that is built like a place.
  if (token.capital && PLACE_SUFFIX.test(token.norm) && !isGiven(token.norm) && !SURNAMES.has(token.norm))
    return false;
  if (TITLES.has(token.norm)) return false;
  const vocabulary = isVocabulary(token.norm);
  // A given name is a candidate even when it is also a word ("Grace", "jack"): what is around it
  // decides. A surname only with a capital ("the Cook family", not "a cook").
  if (isGiven(token.norm) || (token.capital && SURNAMES.has(token.norm)))
    return (
      !CHAT_WORDS.has(token.norm) &&
      !PERSON.has(token.norm) &&
      (!isCommonWord(token.norm) || AMBIGUOUS_NAME_WORDS.has(token.norm))
    );
  return !vocabulary && token.norm.length >= 3;
}

// "it's Siobhan not Shivon", "is Beau not Bo", "Haleema or Halima": two spellings of one name.
const SPELLING_PAIR =
  /\b(?:it['’]?s|its|is|was|spelt|spelled|either|whether it['’]?s|if it['’]?s)[ \t]+(\p{Lu}[\p{Ll}'’-]+)[ \t]+(?:not|or)[ \t]+(\p{Lu}[\p{Ll}'’-]+)\b/gu;

// Things numbered in documents and buildings: "page 12 has", "room 4 is".
const NUMBERED_THING: ReadonlySet<string> = new Set(
  'page pages section chapter paragraph para part step stage tier level year room ward table figure appendix item question point rule phase box line column slide annex schedule version week day form unit bus route gate platform floor block flat house number no key option priority domain area standard principle criterion category group class'.split(
    ' ',
  ),
);

/** Everyday words children in England are named that the ambiguous-name list lacks ("blue", "ocean"). */
export const WORD_NAMES: ReadonlySet<string> = new Set(
  'blue ocean legend favour praise reign marvel gift princess saint rio zion phoenix winter autumn sky blaze saffron indigo ember'.split(
    ' ',
  ),
);
/** A word children are given as a name, whatever else it is: "summer", "ocean", "favour". */
function isNameWord(norm: string): boolean {
  return GIVEN_NAMES.has(norm) || AMBIGUOUS_NAME_WORDS.has(norm) || WORD_NAMES.has(norm);
}
/** A child's age straight after a word: "is 8 and", "is 11,", "(6)", "is 3 months old". */
const WORD_NAME_AGE =
  /^(?:[ \t]+(?:is|was)[ \t]+(?:only[ \t]+|now[ \t]+|just[ \t]+)?(?:[1-9]|1[0-7])(?![\d.:/%])(?:[ \t]*(?:[,;.!?)]|$)|[ \t]+(?:and|n|&|but|yo|y\/o|yrs?|years?[ \t]+old|months?[ \t]+old|mths?[ \t]+old)\b)|[ \t]*\([ \t]*(?:[1-9]|1[0-7])[ \t]*(?:yo|y\/o|yrs?|years?)?[ \t]*\))/i;
const MONTH_WORD = new RegExp(`^${MONTH}$`);

/**
 * Read last, whatever cue pointed at it: an age written with hyphens, a hyphenated ordinary word
 * or range of months, or an acronym that is no listed name ("scored high on the EPDS").
 */
function neverAName(token: Token): boolean {
  if (AGE_WORD.test(token.norm)) return true;
  // "weigh-in", "follow-up", "april-june": in lower case or as a range of months, a hyphenated word
  // whose parts are ordinary words and not all given names ("lily-rose" stays a name).
  const parts = token.norm.split('-');
  if (parts.length > 1) {
    if (parts.every((part) => MONTH_WORD.test(part))) return true;
    if (
      !token.capital &&
      parts.every((part) => ENGLISH_WORDS.has(part)) &&
      !parts.every((part) => isGiven(part))
    )
      return true;
  }
  return token.acronym && !isGiven(token.norm) && !SURNAMES.has(token.norm);
}

/**
 * A listed name ("jack", "Okafor"). In lower case only given names count: surname lists are full
 * of everyday words ("pies", "cook"), which only a capital or "the ... family" makes a name.
 */
/** Helping verbs that are also given names ("Will", "May"), for `helpingVerb` above. */
const HELPING_VERBS: ReadonlySet<string> = new Set(['will', 'may', 'can', 'might', 'must', 'shall', 'did']);

/** The word at `i` opens a sentence, or follows an opener at the start ("morning, hunter was seen"). */
function opensSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  return (
    token.sentenceStart ||
    (previous !== undefined &&
      OPENERS.has(previous.norm) &&
      i <= 2 &&
      !/[\p{L}]/u.test(text.slice(previous.end, token.start)))
  );
}

function plainlyName(token: Token): boolean {
  return (
    (isGiven(token.norm) || (token.capital && SURNAMES.has(token.norm))) &&
    (!isChatVocabulary(token.norm) || AMBIGUOUS_NAME_WORDS.has(token.norm)) &&
    !NAME_DENY_WORDS.has(token.norm)
  );
}

/**
 * "hope came in with a bruise", "miracle not bin seen by hv", "storm was found wandering": opening the
 * message in lower case, a word children are given as a name, then what only a child does or has
 * done to them (not "hope this helps", "summer came early").
 */
function opensWithChild(text: string, token: Token): boolean {
  if (
    token.start !== 0 ||
    token.capital ||
    !childNameWord(token.norm) ||
    !(isGiven(token.norm) || WORD_NAMES.has(token.norm)) ||
    HELPING_VERBS.has(token.norm) ||
    TIME_WORD.test(token.norm) ||
    SEASON.test(token.norm)
  )
    return false;
  // "saffron's in yr 6 n scared", "ocean's postcode is": a year group, or whose record.
  if (token.possessive) {
    const rest = text.slice(token.end + 2, token.end + 40);
    return /^[ \t]+in[ \t]+(?:yr|year|y)[ \t]?\d/i.test(rest) || RECORD_NOUN.test(rest.trimStart());
  }
  return CHILD_DOES_AFTER.test(text.slice(token.end, token.end + 40));
}

// Names of two letters that children go by ("al", "ty", "mo", "jo"); read only where a message
// opens with one before what only a child does, or straight after the word for a relative.
const TWO_LETTER_NAMES = set('al ty mo jo bo ed di vi ky ro');
const KIN_WORD: ReadonlySet<string> = new Set([...RELATIVE, 'bro', 'sis', 'twin']);
// After a relative's name: a pause, or what a person is or does.
const AFTER_KIN_NAME =
  /^(?:[ \t]*(?:[,.;:!?)(]|$)|[ \t]+(?:r|is|was|has|had|and|n|&|\+|says|said|sez|told|keeps|wont|won['’]t|cant|can['’]t|aged?|yr|year|who|\d))/i;

/** "ty got sent home again", "al's not been seen", "ty's dad wants", "her bro ty r both on the caf". */
function twoLetterName(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.capital || !TWO_LETTER_NAMES.has(token.norm)) return false;
  const rest = text.slice(token.end + (token.possessive ? 2 : 0), token.end + 40);
  if (token.start === 0 && CHILD_DOES_AFTER.test(rest)) return true;
  if (
    token.start === 0 &&
    token.possessive &&
    /^[ \t]+(?:mum|mam|dad|nan|gran|step ?dad|step ?mum)\b/i.test(rest)
  )
    return true;
  const previous = tokens[i - 1];
  return (
    !token.possessive &&
    previous !== undefined &&
    KIN_WORD.has(previous.norm) &&
    adjacent(text, previous, token) &&
    AFTER_KIN_NAME.test(rest) &&
    // ("cheers bro ty!": thank you.)
    !(
      token.norm === 'ty' &&
      /^[ \t]*(?:[,.;:!?)(]|$)/.test(rest) &&
      /\b(?:cheers|thanks|thank you|ta|nice one)\b[^.!?\n]{0,12}$/i.test(
        text.slice(Math.max(0, previous.start - 24), previous.start),
      )
    )
  );
}

// What a question opening "Is [name]" asks of a child: their age, what they may do, where they are.
const ASKED_OF_A_CHILD =
  /^[ \t]+(?:too (?:young|old|little)|old enough|allowed(?! in (?:packed|lunch)| for (?:a|an|the) )|eligible|entitled|(?:safe|ok|okay|alright)(?! (?:for|to (?:eat|use|give|take|drink|freeze)))|still (?:on (?:the |a |an )?(?:(?:cp|cin|child protection|child in need|eh|early help) )?(?:register|list|plan|caseload|books|roll)|in (?:care|hospital|foster|year|yr|reception|nursery)|at (?:home|school|nursery|risk)|with (?:mum|dad|nan|her|his|foster)|living|staying|open to|known|off|absent|not|missing|allowed|eligible|entitled|ok|safe)|being (?:bullied|hurt|looked after|supported|seen|referred|excluded|home educated)|due|meant|supposed|able|at (?:risk|school|home|nursery)|in (?:year|yr|reception|nursery|care|foster|school|hospital|danger)|on (?:the (?:register|list|plan|caseload)|a (?:cp|cin|child)|cp|cin|roll)|known to|open to|living|staying|back|off|absent|attending|registered|a (?:young carer|child in need|looked after|cared for|lac|cla|cin|boy|girl)|on (?:the |a |an )?(?:cp|cin|child protection|child in need|eh|early help) plan|(?:still )?at the same school)\b/i;

/**
 * "Is Harry ok to go home tonight?", "hi is mason entitled 2 free meals": a question opening "is",
 * then a given name (one that is also a word too), then what is asked of a child.
 */
function askedAbout(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  if (previous?.norm !== 'is' || token.possessive || !adjacent(text, previous, token)) return false;
  const opening = previous.sentenceStart || (i === 2 && OPENERS.has((tokens[0] as Token).norm));
  return (
    opening &&
    (isGiven(token.norm) || childNameWord(token.norm)) &&
    !HELPING_VERBS.has(token.norm) &&
    !TIME_WORD.test(token.norm) &&
    // ("is summer still on": the season; "Is Summer allowed contact": capitalised, a child.)
    !(SEASON.test(token.norm) && !token.capital) &&
    !PRONOUN_WORDS.has(token.norm) &&
    !PERSON.has(token.norm) &&
    !NAME_DENY_WORDS.has(token.norm) &&
    // A name that is also a word ("honey", "Amber", "Hope", "bill") only before what is asked of a
    // child alone: their age, their plan, their year ("Is honey allowed in nursery", "Is Hope still
    // open to referrals" are the things).
    // (In lower case any dictionary word; capitalised, only an everyday word: "Is Jack ok to go home"
    // reads Jack, "Is Hope still open to referrals" the charity.)
    ((token.capital ? isCommonWord(token.norm) : isVocabulary(token.norm))
      ? ASKED_ONLY_OF_A_CHILD
      : ASKED_OF_A_CHILD
    ).test(text.slice(token.end, token.end + 40))
  );
}
const ASKED_ONLY_OF_A_CHILD =
  /^[ \t]+(?:still )?(?:too (?:young|old|little)|old enough|eligible (?:for|4) (?:fsm|free (?:school )?meals|pupil premium|a caf|an eha|early help|send|an ehcp)|entitled (?:to|2) (?:fsm|free (?:school )?meals|pupil premium)|on (?:the |a |an )?(?:cp|cin|child protection|child in need|eh|early help) (?:plan|register)|in (?:year|yr|reception|care|foster care)|at risk\b|being (?:bullied|hurt|looked after|home educated)|a (?:young carer|child in need|looked after child|cared for child)|at the same school|allowed (?:contact|to (?:see|visit|stay with|go home|have contact)))\b/i;

function adjacent(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && !a.possessive && /^[ \t]+$/.test(text.slice(a.end, b.start));
}

function joinedAt(text: string, tokens: Token[], i: number, direction: 1 | -1): number | undefined {
  const a = tokens[i];
  const mid = tokens[i + direction];
  const b = tokens[i + 2 * direction];
  if (!a || !mid) return undefined;
  const [left, right] = direction === 1 ? [a, mid] : [mid, a];
  // "Jay & Lacey": the ampersand is not a word.
  if (/^[ \t]*&[ \t]*$/.test(text.slice(left.end + (left.possessive ? 2 : 0), right.start)))
    return i + direction;
  if (!b || !['and', 'n', '&'].includes(mid.norm)) return undefined;
  const [l2, r2] = direction === 1 ? [mid, b] : [b, mid];
  return adjacent(text, left, right) && adjacent(text, l2, r2) ? i + 2 * direction : undefined;
}

// A list of children's names after "kids", "boys", "twins": in brackets, or between commas ending
// with "and".
const GROUP_LIST_PAREN = /^[ \t]*\(((?:[\p{L}'’-]+[ \t]*(?:,|and\b|&|n\b)[ \t]*){1,5}[\p{L}'’-]+)\)/u;
const GROUP_LIST_COMMA =
  /^,[ \t]*((?:[\p{L}'’-]+[ \t]*,[ \t]*){0,4}[\p{L}'’-]+[ \t]+(?:and|&|n)[ \t]+[\p{L}'’-]+)(?=[ \t]*(?:[,.;:)]|[-–—]|$)|[ \t]+(?:both|are|were|have|all)\b)/u;

// Naming a person outright: "her name is", "his name's", "a boy called", "the baby is named",
// "a girl known as". A naming verb needs a person before it: "we called the police", "the named
// nurse" and "she was called names" name no one.
const NAMING_CUE =
  /(?:\b(?:name|names|name's)[ \t]+(?:is|was|are)|\bname's|\b(?:real|full|first|nick|preferred|birth)[ \t]?name[ \t]*:?|\b(?:boy|girl|child|baby|son|daughter|kid|brother|sister|sibling|twin|toddler|teenager|teen|lad|lass|pupil|student|infant|young person|yp|cyp|he|she|they)[ \t]+(?:(?:is|was|are|were|gets|get)[ \t]+)?(?:called|cald|calld|named|known[ \t]+as|nicknamed))[ \t]*[:,]?[ \t]*["'“‘]?$/i;
// What may follow a name given outright: the end of a clause, "and", an age.
const AFTER_NAMING =
  /^(?:['’]s\b|[ \t]*(?:[,.;:!?)"'”’]|$|\n)|[ \t]+[-–—][ \t]|[ \t]+(?:and|n|&|aged?|who|is|was|has)\b|[ \t]*\(|[ \t]+\d)/i;

/**
 * What follows a word that makes it a name, whether or not the word is also vocabulary: "'s" for
 * "is" or "has" after a given name ("bear's been biting", "holly's at ours"; not "the bear's been",
 * "Autumn's always mad" or "Line's gone dead"), or a word few use opening a sentence with a family
 * ("paisley and her mum are"). `rest` is what follows the word and any "'s".
 */
function namedByWhatFollows(token: Token, previous: Token | undefined, rest: string): boolean {
  if (
    token.possessive &&
    isGiven(token.norm) &&
    !PERSON.has(token.norm) &&
    !TIME_WORD.test(token.norm) &&
    !DETERMINER.test(previous?.norm ?? '') &&
    !(token.capital && token.sentenceStart && (ENGLISH_WORDS.has(token.norm) || isCommonWord(token.norm))) &&
    IS_AFTER_APOSTROPHE_S.test(rest)
  )
    return true;
  return (
    token.sentenceStart &&
    !token.possessive &&
    !isCommonWord(token.norm) &&
    !PERSON.has(token.norm) &&
    WITH_FAMILY_AFTER.test(rest)
  );
}

/**
 * "rain is 8 and", "august is 11,", "blue (6) has", "ocean (5) can't": a word children are named (a
 * month, a colour, a virtue) opening a clause, then an age said the way one gives a child's age
 * ("may is 3 weeks away", "the rain is 2 days off", "page (3)" and "we may (2) ..." stay words).
 */
function wordNameWithAge(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!(AMBIGUOUS_NAME_WORDS.has(token.norm) || WORD_NAMES.has(token.norm)) || token.possessive) return false;
  const previous = tokens[i - 1];
  const opensClause =
    token.sentenceStart || previous === undefined || /[,;:(]\s*$/.test(text.slice(previous.end, token.start));
  if (!opensClause) return false;
  const rest = text.slice(token.end, token.end + 40);
  if (!WORD_NAME_AGE.test(rest) && !bareAgeAfter(text, tokens, i)) return false;
  // A tally or a rating, not children: a list of months or colours with numbers, one of them no
  // name ("may (5), june (7), july (3)", "RAG: blue (1), red (3)"); "rain is 8 and her brother is
  // 10" and "her SDQ score was 18" are no such list.
  const around = text.slice(Math.max(0, token.start - 60), token.end + 60);
  for (const pair of around.matchAll(TALLY_PAIR)) {
    const word = (pair[1] ?? '').toLowerCase();
    if (word !== token.norm && !AMBIGUOUS_NAME_WORDS.has(word) && !WORD_NAMES.has(word)) return false;
  }
  return true;
}

// "poppy 6 bruise on cheek", "ruby 4 says dad hit her": a given name opening the message in lower
// case, a bare age, then a word of what a child shows or says ("willow 3 teacher said ok", "star 3
// award", "preston 3 (cin)", "honour 2 - honour based abuse" stay).
const BARE_AGE =
  /^[ \t]+(?:[1-9]|1[0-7])(?![\d.:/%])[ \t]+(?:bruise|bruised|bruises|bruising|marks?|burns?|says|said|sez|told|tells|disclosed|discloses|hungry|crying|cries|wet|wets|soiled|smells|missing|excluded|refusing|refuses|refused|kicked|hit|hits|scared|self|caught|arrested|pregnant|wont|won['’]t|cant|can['’]t|doesnt|doesn['’]t|keeps|came|comes|lives|living|staying|sofa|ran|runs)\b/u;
// Words that open a message with a number as often as a child does: half terms ("autumn 2"),
// months, colours of a rating, and "max 6", "will 5", "mark 3".
const NOT_BARE_AGED =
  /^(?:spring|summer|autumn|winter|red|amber|green|blue|yellow|orange|purple|pink|black|white|grey|gray|max|will|may|mark|bill|sue|rob|pat|page|chapter|room|block|level|stage|step|hope|sky|lane|line|gate|bay|platform|junction|court|zone|wave|ward|short|young|lucky|price|star)$/;

function bareAgeAfter(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  // Opening the message (or a line), typed in lower case.
  const opening = i === 0 || /\n\s*$/.test(text.slice((tokens[i - 1] as Token).end, token.start));
  if (!opening || token.capital || MONTH_WORD.test(token.norm) || NOT_BARE_AGED.test(token.norm))
    return false;
  return isGiven(token.norm) && BARE_AGE.test(text.slice(token.end, token.end + 40));
}

const PLACE_PREPOSITION = /^(?:on|off|at|in|near|along|from|down|up|via|behind|opposite|past)$/;
const STREET_WORD =
  /^(?:lane|street|road|avenue|close|drive|way|court|grove|crescent|place|terrace|gardens|walk|row|hill|green|park|square|mews|rise|view|vale|fields|parade)$/;

/** A month or a colour with a number, listed after a comma or a colon ("..., july (3)", ": red (3)"). */
const TALLY_PAIR = new RegExp(
  String.raw`[,:;][ \t]*(${MONTH}|red|amber|green|blue|yellow|orange|purple|pink|black|white|grey|gray)(?:[ \t]+(?:is|was|=)[ \t]+|[ \t]*[(:=-][ \t]*)\d{1,3}\b`,
  'giu',
);

/** An everyday word given as a person's name: after "name is" or "a boy called", or "the child is X". */
function everydayWordNamed(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  // "rang chelsea, she's agreed", "rang april about the course": a given name that is also a
  // place or a month, straight after ringing or speaking to someone.
  if (
    isGiven(token.norm) &&
    !token.possessive &&
    !DAY_WORD.test(token.norm) &&
    CONTACTED.test(text.slice(Math.max(0, token.start - 30), token.start)) &&
    (/^\s*(?:[,.;!?)]|$|about\b|re\b|and\b|n\b|but\b)/.test(text.slice(token.end, token.end + 12)) ||
      WHEN_AFTER.test(text.slice(token.end, token.end + 30)))
  )
    return true;
  // "dad Fraser works away": a given name the deny list holds for its other senses (the Fraser
  // guidelines), straight after the word for a relative inside a sentence.
  const kin = tokens[i - 1];
  if (
    token.capital &&
    !token.sentenceStart &&
    !token.acronym &&
    !token.possessive &&
    NAME_DENY_WORDS.has(token.norm) &&
    GIVEN_NAMES.has(token.norm) &&
    !TIME_WORD.test(token.norm) &&
    !PEOPLE_OR_FAITH.test(token.norm) &&
    kin !== undefined &&
    RELATIVE.has(kin.norm) &&
    adjacent(text, kin, token) &&
    (PERSON_VERB_AFTER.test(text.slice(token.end, token.end + 30)) ||
      /^[ \t]+(?:works|worked|drinks|drank|left|moved|rang|phoned|collects|collected|picks|picked|drops|dropped)\b/.test(
        text.slice(token.end, token.end + 20),
      ))
  )
    return true;
  // "mum chelsea 19 keeps leaving her", "dad storm, 24,": after the word for a relative, a word
  // people are given as a name, then the relative's age (not a date: "mum may 15th").
  if (
    kin !== undefined &&
    RELATIVE.has(kin.norm) &&
    adjacent(text, kin, token) &&
    !token.acronym &&
    !token.possessive &&
    (isGiven(token.norm) || childNameWord(token.norm)) &&
    !TIME_WORD.test(token.norm) &&
    !HELPING_VERBS.has(token.norm) &&
    KIN_AGE_AFTER.test(text.slice(token.end, token.end + 24))
  )
    return true;
  if (
    token.norm.length < 2 ||
    token.acronym ||
    /\d/.test(token.norm) ||
    NAME_DENY_WORDS.has(token.norm) ||
    ORGANISATION_WORDS.has(token.norm) ||
    TITLES.has(token.norm) ||
    PERSON.has(token.norm) ||
    LABELS.has(token.norm) ||
    CHAT_WORDS.has(token.norm)
  )
    return false;
  const rest = text.slice(token.end, token.end + 24);
  // "Major (y2) has been": a given name that is also a word, an age in brackets, then what a
  // person does ("Article (12) says", "Grade (4) was": a word of documents, no given name).
  if (
    token.capital &&
    !token.possessive &&
    isGiven(token.norm) &&
    !NUMBERED_THING.has(token.norm) &&
    AGE_THEN_VERB.test(rest)
  )
    return true;
  // "his mother Comfort has", "her dad Will said": inside a sentence, a capitalised word straight
  // after the word for a relative is what the relative is called.
  const relative = tokens[i - 1];
  if (
    token.capital &&
    !token.sentenceStart &&
    !token.acronym &&
    relative !== undefined &&
    RELATIVE.has(relative.norm) &&
    adjacent(text, relative, token) &&
    // ("Her mother Tongue is Urdu", "Dad Next door": a word that is no given name.)
    (isGiven(token.norm) || !ENGLISH_WORDS.has(token.norm)) &&
    !TIME_WORD.test(token.norm) &&
    !/^(?:i|i['’](?:m|d|ll|ve)|ok|okay|and|but|or|so|then|if|as|at|in|on|to|the|a|an)$/.test(token.norm)
  )
    return true;
  // "saffron sed 'i want 2 live w/ my dad'": opening a sentence in lower case, a word few use,
  // then what a person says.
  if (
    token.sentenceStart &&
    !token.capital &&
    !isCommonWord(token.norm) &&
    // ("trainer said": a role.)
    !/(?:er|or|ist|ian|ant|ent)$/.test(token.norm) &&
    /^[ \t]+(?:sed|said|says|sez|told|tells)\b/.test(rest)
  )
    return true;
  if (namedByWhatFollows(token, tokens[i - 1], rest.replace(/^['’]s/, ''))) return true;
  // A capitalised word that is not everyday English, as a person is spoken of: "Hope's foster
  // carer", "Ocean's NI number", "Liberty told her friend".
  if (token.capital && !isCommonWord(token.norm)) {
    const next = tokens[i + 1];
    if (
      token.possessive &&
      (FAMILY_NOUN.has(next?.norm ?? '') || RECORD_NOUN.test(text.slice(token.end + 2).trimStart()))
    )
      return true;
    if (!token.possessive && /^[ \t]+(?:told|tells|said|says|disclosed|discloses|asked)\b/.test(rest))
      return true;
  }
  // Lower case only at the end of a clause ("his name is bear."): "her name is on the list".
  if (!token.capital && !/^(?:['’]s\b|[ \t]*(?:[,.;!?()]|$|\n))/.test(rest)) return false;
  if (!AFTER_NAMING.test(rest)) return false;
  const before = text.slice(Math.max(0, token.start - 40), token.start);
  // "a girl called blue (that's her real name)": after "called", an everyday word with a bracket
  // after it is the name; otherwise ("she called them", "the boy named above") it is what it says.
  if (NAMING_CUE.test(before))
    return (
      !isCommonWord(token.norm) ||
      token.capital ||
      (/(?:called|cald|calld|named)[ \t]*["'“‘]?$/i.test(before) &&
        /^[ \t]*\(/.test(rest) &&
        !/ly$|^(?:them|him|her|it|us|me|you|above|below|back|in|out|off|names|things|words|slurs|everything)$/.test(
          token.norm,
        ))
    );
  // "the child is Legend and he is 3", "mum is Precious, dad is Junior": capitalised mid-sentence.
  const previous = tokens[i - 1];
  const beforePrevious = tokens[i - 2];
  return (
    token.capital &&
    !token.sentenceStart &&
    previous !== undefined &&
    BE.has(previous.norm) &&
    beforePrevious !== undefined &&
    PERSON.has(beforePrevious.norm) &&
    adjacent(text, beforePrevious, previous) &&
    adjacent(text, previous, token) &&
    (!isCommonWord(token.norm) || isNameWord(token.norm))
  );
}

// A nickname given in quotes straight after a person is said to be called it: "dad is called
// 'tank'", "Mr [name], known to the family as 'Smiley'". Not "calls her 'fat'" or "a game called
// 'kidnap'": insults and things are quoted after naming verbs too.
const QUOTED_NAMING_CUE =
  /(?:\b(?:boy|girl|child|baby|son|daughter|kid|brother|sister|twin|lad|mum|mam|dad|mother|father|nan|gran|grandad|grandma|uncle|aunt|auntie|aunty|cousin|partner|boyfriend|girlfriend|bf|stepdad|stepmum|he|she)(?:[ \t]+is|['’]s)?[ \t]+(?:called|nicknamed|known[ \t]+as)|,[ \t]*known[ \t]+to[ \t]+(?:the[ \t]+)?(?:family|kids|children|everyone|us|police|staff)[ \t]+as)[ \t]*["'“‘]$/i;
const QUOTE_CLOSES = /^(?:[ \t]+[\p{L}'’-]+)?["'”’]/u;
// What a practitioner adds when a name looks like a word: "Bear (yes that's his actual name!)",
// "angel (yes thats her name)".
const REALLY_A_NAME =
  /^[ \t]*\((?:yes|yeah|yep|yup|honestly|really)?[ \t,!]*(?:that['’]?s|thats|that is|it['’]?s|its|it is)[ \t]+(?:his|her|their|the)[ \t]+(?:(?:real|actual|proper|legal|given|birth|first)[ \t]+)?name\b/i;
const OPENING_AGE_AFTER =
  /^(?:[ \t]*\([ \t]*(?:(?:(?:she|he)['’]?s[ \t]+|aged?[ \t]*)(?:[1-9]|1[0-7])[ \t]*(?:yo|y\/o|yrs?)?|(?:[1-9]|1[0-7])[ \t]*(?:yo|y\/o|yrs?))[ \t]*\)|[ \t]+(?:[1-9]|1[0-7])[ \t]*(?:yo|y\/o|yrs?(?: old)?|years? old)\b|,?[ \t]+(?:dob|d\.o\.b)\b|[ \t]+(?:[1-9]|1[0-7])[ \t]+(?:been|is|has|says|said|told|keeps|wont|won['’]t|cant|can['’]t|cries|crying|cryin)\b|,?[ \t]+(?:is|was)[ \t]+(?:now[ \t]+)?in[ \t]+(?:year|yr|y)[ \t]?\d{1,2}\b|,?[ \t]+(?:is|was)[ \t]+(?:now[ \t]+)?in[ \t]+(?:reception|nursery)\b|[ \t]+(?:[3-9]|1[0-7])[ \t]+(?:sofa|surfing|pregnant|nfa|self|missing|excluded|carrying|ran|runs|bn|wet|wets|soiled|disclosed|told|sez|hungry|arrested|caught|locked|smells|kicked|hit|hits|punched|wants|needs|lives|goes|attends|went|came|refuses|refused|[a-z]{3,}ing)\b)/i;
const PUPIL_ACT_AFTER =
  /^[ \t]+(?:has (?:a |an |her |his )?(?:hospital|doctors?|dentist|gp|clinic|optician)(?: appointment| appt)?|is coming (?:in|to school)|(?:was|is) (?:off|absent|late|poorly|ill|sick|excluded)(?: (?:school|today|again|sick))?\b|wrote in (?:her|his)|told (?:me|us|her|his|the)|said (?:she|he|that)|says (?:she|he|that)|disclosed|cried|keeps crying|won['’]?t (?:come|eat|sleep|go)|came (?:in|to school)|is back (?:in|at) school)/i;
const GOES_BY_AFTER =
  /^["'”’][ \t]+(?:(?:as|because|cos|coz|since)[ \t]+(?:that['’]?s|that is|it['’]?s)|(?:is|was))[ \t]+(?:what|how)[ \t]+(?:he|she|they)[ \t]+(?:goes by|go by|likes? to be called|wants? to be called|is called|are called|calls? (?:himself|herself|themselves|themself))\b/i;
// A season before an age and what a young person does ("summer 14 been missing"), never a date.
const SEASON_AGE_AFTER =
  /^[ \t]+(?:[3-9]|1[0-7])[ \t]+(?:been|bn|has been|says|said|told|keeps|wont|won['’]t|cant|can['’]t|cries|crying|cryin|missing|ran|sofa|pregnant|excluded)\b/i;
const AGE_IN_YEARS_AFTER =
  /^(?:[ \t]+(?:[1-9]|1[0-7])[ \t]*(?:yo|y\/o|years? old)\b|[ \t]*\([ \t]*(?:(?:she|he)['’]?s|aged?)[ \t]*(?:[1-9]|1[0-7])[ \t]*\))/i;
const PERSON_ACT_AFTER_WILL =
  /^[ \t]+(?:keeps|says|sez|has|wants|needs|goes|gets|talks|told|said|hits|cries|lives|disclosed)\b/i;
const AGE_IN_MONTHS_OR_YEARS_AFTER =
  /^[ \t]+(?:is|was)[ \t]+(?:only[ \t]+|now[ \t]+|just[ \t]+)?\d{1,2}[ \t]*(?:months?|mths?|yo|y\/o|years? old|yrs? old)\b/i;
const REAL_NAME_AFTER =
  /^(?:[ \t]+(?:[1-9]|1[0-7]))?[ \t]*[(,][ \t]*(?:(?:his|her|their)[ \t]+)?(?:(?:real|proper|actual|legal|birth|given)[ \t]+name|nick[ \t]?name(?:d)?(?![ \t]+of\b))\b|^[ \t]*\([ \t]*(?:(?:his|her|their)[ \t]+)?full[ \t]+name\b/i;
const INITIALS_AFTER = /^[ \t]*\([ \t]*\p{Lu}\.[ \t]?\p{Lu}\.(?:[ \t]?\p{Lu}\.)?[ \t]*(?:[,)]|aged?\b)/u;
// Words for a relative that may come between a name's "'s" and the relative: "Willow's paternal
// grandmother", "Destiny's legal guardian".
const KIN_QUALIFIER = set(
  'paternal maternal legal birth biological step foster older younger big little new',
);
const GUARDIAN = set('guardian guardians grandmother grandfather grandparents');
const PRONOUN_WORDS = set(
  'i me you u he him she her it we us they them this that everyone everybody someone somebody anyone anybody nobody one',
);

// Peoples, faiths and languages a relative is described by: "mum Polish, dad German", "dad Welsh
// speaking only".
export const PEOPLE_OR_FAITH =
  /^(?:polish|german|french|italian|spanish|portuguese|romanian|bulgarian|lithuanian|latvian|slovak|czech|hungarian|ukrainian|russian|turkish|kurdish|greek|albanian|roma|gypsy|traveller|irish|welsh|scottish|english|british|african|caribbean|jamaican|nigerian|ghanaian|somali|eritrean|sudanese|syrian|afghan|iranian|iraqi|pakistani|indian|bangladeshi|chinese|vietnamese|filipino|muslim|christian|catholic|hindu|sikh|jewish|buddhist|jehovah|mormon)$/;

/**
 * An everyday word the message itself says is a name, whatever lists say of it: a nickname in
 * quotes after "called" or "known as", a word the writer adds is really the name, a given name with
 * a relative after its "'s" ("Willow's paternal grandmother"), a given name a relative owns
 * ("aunty precious's number").
 */
function saidToBeAName(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (
    token.norm.length < 2 ||
    /\d/.test(token.norm) ||
    PRONOUN_WORDS.has(token.norm) ||
    DETERMINER.test(token.norm) ||
    PERSON.has(token.norm)
  )
    return false;
  const before = text.slice(Math.max(0, token.start - 40), token.start);
  const rest = text.slice(token.end + (token.possessive ? 2 : 0), token.end + 60);
  // ("he's called 'stupid'", "known as 'trouble'": an everyday word in quotes is an insult.)
  if (
    QUOTED_NAMING_CUE.test(before) &&
    QUOTE_CLOSES.test(rest) &&
    (!(isCommonWord(token.norm) || ENGLISH_WORDS.has(token.norm)) || isNameWord(token.norm))
  )
    return true;
  if (!token.possessive && REALLY_A_NAME.test(rest)) return true;
  // "saffron dob ...", "hope 5 been cryin", "Honour (she's 5)", "may 3yo, mum april": a word children
  // are named, opening a sentence, then an age or a birth date (a month or day only before "yo" or
  // "years old": "May 3" is a date).
  // (A season too: "Summer 2 is the half term".) Any word no one uses every day before "dob".
  if (!token.possessive && opensSentence(text, tokens, i) && !PEOPLE_OR_FAITH.test(token.norm)) {
    const ageAfter =
      TIME_WORD.test(token.norm) || SEASON.test(token.norm) ? AGE_IN_YEARS_AFTER : OPENING_AGE_AFTER;
    // ("Name, dob and address": a common word that is only now and then a name is a label.)
    if (childNameWord(token.norm) && !NUMBERED_THING.has(token.norm) && ageAfter.test(rest)) return true;
    if (SEASON.test(token.norm) && SEASON_AGE_AFTER.test(rest)) return true;
    if (!isCommonWord(token.norm) && !LABELS.has(token.norm) && /^,?[ \t]+(?:dob|d\.o\.b)\b/i.test(rest))
      return true;
  }
  // "kids called blue (y1) n ...": a word children are named, called so, with an age or year after.
  if (
    !token.possessive &&
    isNameWord(token.norm) &&
    /\b(?:called|named|call(?:s|ed)? (?:him|her))[ \t]+$/i.test(before) &&
    AGE_AFTER.test(rest)
  )
    return true;
  // "tj's nhs no": whose record, typed before it.
  if (
    token.possessive &&
    !isCommonWord(token.norm) &&
    /^[ \t]+(?:nhs|dob|d\.o\.b|date of birth|address|home address|postcode|phone number|mobile number|ni number|upn)\b/i.test(
      rest,
    )
  )
    return true;
  // "Gift has a hospital appointment at 10", "Favour is coming in as normal", "Blessing wrote in her
  // diary": a capitalised word children are named, opening a sentence, before what a pupil does.
  if (
    !token.possessive &&
    token.capital &&
    opensSentence(text, tokens, i) &&
    (WORD_NAMES.has(token.norm) || AMBIGUOUS_NAME_WORDS.has(token.norm)) &&
    !TIME_WORD.test(token.norm) &&
    // ("Summer is coming in fast": the season.)
    !SEASON.test(token.norm) &&
    PUPIL_ACT_AFTER.test(rest)
  )
    return true;
  // '"Bear" is what he goes by', "it says 'AJ' as that's what he goes by": a quoted word the
  // message says someone is called.
  if (/["'“‘]$/.test(before) && GOES_BY_AFTER.test(rest)) return true;
  // "her mum gift hasnt been home", "nan pearl said": a word children are named after the word for
  // a relative, before what a person does.
  if (
    !token.possessive &&
    childNameWord(token.norm) &&
    !HELPING_VERBS.has(token.norm) &&
    !TIME_WORD.test(token.norm) &&
    /\b(?:mum|mam|dad|nan|nana|gran|granny|grandma|grandad|aunt|auntie|aunty|uncle|stepdad|stepmum)[ \t]+$/i.test(
      before,
    ) &&
    /^[ \t]+(?:has|had|hasnt|hasn['’]t|said|says|sez|told|is|was|isnt|isn['’]t|wasnt|wasn['’]t|rang|phoned|texted|turned up|came|left|went|wont|won['’]t|cant|can['’]t|does|did|doesnt|doesn['’]t|didnt|didn['’]t)\b/i.test(
      rest,
    )
  )
    return true;
  // "summers mum says", "jaydens dad rang": a name's possessive typed without the apostrophe,
  // opening the message, before a parent and what they do.
  if (
    !token.possessive &&
    i === 0 &&
    token.norm.endsWith('s') &&
    (WORD_NAMES.has(token.norm.slice(0, -1)) ||
      AMBIGUOUS_NAME_WORDS.has(token.norm.slice(0, -1)) ||
      (GIVEN_NAMES.has(token.norm.slice(0, -1)) && !isCommonWord(token.norm.slice(0, -1)))) &&
    /^[ \t]+(?:mum|mam|dad|nan|gran|sister|brother|sis|bro)[ \t]+(?:has|had|said|says|sez|told|is|was|rang|phoned|texted|wants|came|wont|won['’]t|cant|can['’]t)\b/i.test(
      rest,
    )
  )
    return true;
  // "will keeps talking about his dads gun", "may says she": a helping verb before a verb that has
  // a person, not a verb, before it.
  // ("May has half term", "may is 3 weeks away": the month; only her age reads May as a child.)
  if (
    (token.norm === 'will' || token.norm === 'may') &&
    !token.possessive &&
    opensSentence(text, tokens, i) &&
    ((token.norm === 'will' && PERSON_ACT_AFTER_WILL.test(rest)) || AGE_IN_MONTHS_OR_YEARS_AFTER.test(rest))
  )
    return true;
  // "a call from Marie (mum)", "Gary (stepdad) rang": a name with who they are in brackets after it.
  if (
    !token.possessive &&
    !isCommonWord(token.norm) &&
    (isGiven(token.norm) ||
      SURNAMES.has(token.norm) ||
      // ("Ex-partner (dad)", "Step-parent (stepdad)": a role joined by a hyphen.)
      (token.capital && !ENGLISH_WORDS.has(token.norm) && !token.norm.includes('-'))) &&
    /^[ \t]*\((?:mum|mam|dad|nan|nana|gran|grandma|grandad|step ?dad|step ?mum|carer|foster carer|aunt|auntie|aunty|uncle|sister|brother|sis|bro|cousin|partner|bf|gf|boyfriend|girlfriend)\)/i.test(
      rest,
    )
  )
    return true;
  // "dj (real name [name])", "Kyle (K.L.)": a nickname before the real name, a name before its
  // initials.
  if (
    !token.possessive &&
    // ("the charity, real name ...", "the car (nickname Herbie)": a thing's other name.)
    !(tokens[i - 1] !== undefined && DETERMINER.test((tokens[i - 1] as Token).norm)) &&
    (REAL_NAME_AFTER.test(rest) || INITIALS_AFTER.test(rest)) &&
    (!isCommonWord(token.norm) || isNameWord(token.norm))
  )
    return true;
  // "mum (honour)", "young person (saint)": a word children are named, alone in brackets after the
  // word for a person ("mum (deceased)" and "dad (not PR)" say something else).
  if (
    !token.possessive &&
    isNameWord(token.norm) &&
    !TIME_WORD.test(token.norm) &&
    /^[ \t]*\)/.test(rest) &&
    /\b(?:mum|mam|mom|dad|mother|father|nan|gran|grandma|grandad|partner|stepdad|stepmum|boy|girl|child|baby|son|daughter|sister|brother|sis|bro|young person|yp|pupil)[ \t]*\($/i.test(
      before,
    )
  )
    return true;
  // "summer-rose", "ruby-mae" in lower case: two words children are named, joined, one a given
  // name (not two months, seasons or days, "may-june", nor a word with a hyphen, "ante-natal").
  // ("Tyler-Jay the eldest is 11": capitalised too, each part capitalised, before no place word.)
  const capitalParts =
    token.capital &&
    /^\p{Lu}[\p{Ll}'’]+-\p{Lu}[\p{Ll}'’]+$/u.test(text.slice(token.start, token.end)) &&
    !PLACE_NEXT.test(tokens[i + 1]?.norm ?? '') &&
    // ("a Jack-Russell", "rides a Harley-Davidson", "the Kit-Kat break": a breed, a brand, a thing.)
    !DETERMINER.test(tokens[i - 1]?.norm ?? '');
  if ((!token.capital || capitalParts) && token.norm.includes('-')) {
    const parts = token.norm.split('-');
    if (
      parts.length === 2 &&
      parts.every((part) => part.length >= 3 && isNameWord(part) && !TIME_WORD.test(part)) &&
      parts.some((part) => GIVEN_NAMES.has(part) && !isCommonWord(part)) &&
      !ENGLISH_WORDS.has(parts.join('')) &&
      !/^(?:ante|anti|pre|post|non|self|well|half|step|multi|inter|over|under|out|semi)$/.test(
        parts[0] as string,
      )
    )
      return true;
  }
  if (!token.possessive || !isGiven(token.norm) || TIME_WORD.test(token.norm)) return false;
  const previous = tokens[i - 1];
  // "aunty precious's num", "nan joy's house".
  if (previous && RELATIVE.has(previous.norm) && adjacent(text, previous, token)) return true;
  // "Willow's paternal grandmother", "Destiny's legal guardian": capitalised, a relative after.
  let next = i + 1;
  while (KIN_QUALIFIER.has(tokens[next]?.norm ?? '') && next < i + 3) next += 1;
  const relative = tokens[next]?.norm ?? '';
  return (
    token.capital &&
    !DETERMINER.test(previous?.norm ?? '') &&
    next > i + 1 &&
    (FAMILY_NOUN.has(relative) || GUARDIAN.has(relative))
  );
}

/**
 * Names that need context or lists rather than capitals: lower-case names after cues, everyday
 * words used as names ("the girl is Willow"), "the Khan family" and "the Murphys", a surname after
 * a first name, names joined by "and"/"n" to a name, and every later mention of a name found once.
 * `known` are the findings already made, so names next to them are joined and repeated.
 */
export function detectContextualNames(
  text: string,
  known: readonly PersonalDataFinding[],
): PersonalDataFinding[] {
  const tokens = tokenise(text);
  const flagged = new Array<boolean>(tokens.length).fill(false);
  const denied = deniedTokens(tokens);
  // Prefix sums of the characters inside known findings (and inside known names), so each lookup
  // is constant time however many findings a long paste holds.
  const inAny = new Int32Array(text.length + 1);
  const inName = new Int32Array(text.length + 1);
  {
    const anyMark = new Uint8Array(text.length);
    const nameMark = new Uint8Array(text.length);
    for (const f of known) {
      anyMark.fill(1, f.start, f.end);
      if (f.kind === 'name') nameMark.fill(1, f.start, f.end);
    }
    for (let c = 0; c < text.length; c += 1) {
      inAny[c + 1] = (inAny[c] as number) + (anyMark[c] as number);
      inName[c + 1] = (inName[c] as number) + (nameMark[c] as number);
    }
  }
  const isKnownName = (token: Token) =>
    token.end > token.start &&
    (inName[token.end] as number) - (inName[token.start] as number) === token.end - token.start;
  const isKnown = (token: Token) => (inAny[token.end] as number) - (inAny[token.start] as number) > 0;
  for (const [i, token] of tokens.entries()) if (isKnownName(token)) flagged[i] = true;

  // What follows a word, past an initial that stands for a surname: "billy w (yr 3)" reads as
  // "billy (yr 3)" (the initial itself joins the name later).
  const after = (token: Token) =>
    text
      .slice(token.end + (token.possessive ? 2 : 0), token.end + 60)
      .replace(/^[ \t]+\p{L}\.?(?=[ \t]*[(,]|[ \t]+(?:n|and|&)[ \t])/u, '');
  const before = (token: Token) => text.slice(Math.max(0, token.start - 40), token.start);

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (flagged[i] || denied[i] || isKnown(token)) continue;
    if (
      wordNameWithAge(text, tokens, i) ||
      saidToBeAName(text, tokens, i) ||
      opensWithChild(text, token) ||
      twoLetterName(text, tokens, i) ||
      askedAbout(text, tokens, i)
    ) {
      flagged[i] = true;
      continue;
    }
    if (!nameLike(token)) {
      // An everyday word is a name only where the message says so: "the boy's name is Bear", "a
      // girl called Sunny", "the child is Legend and he is 3", "dad is Junior,".
      if (everydayWordNamed(text, tokens, i)) flagged[i] = true;
      continue;
    }
    // Part of a web address or file name ("www.northbridge.gov.uk", "haf.pdf").
    if (/^\.[a-z]/i.test(text.slice(token.end, token.end + 2)) || /[./@\\]$/.test(text.slice(0, token.start)))
      continue;
    const previous = tokens[i - 1];
    const beforePrevious = tokens[i - 2];
    const next = tokens[i + 1];
    // "Clare's Law", "Gillick's test": a possessive before a capitalised law or scheme.
    if (
      token.possessive &&
      next?.capital &&
      /^(?:law|act|principle|scheme|report|review|inquiry|rule|rules|test|competence|guidance|syndrome|disease|day|week|centre|school|hierarchy|theory|model|triangle|pyramid|framework|scale|wish|trust|foundation|hospice|house|place|charity|project|way)$/.test(
        next.norm,
      )
    )
      continue;
    // "St Brigid's", "Oakfield Primary", "The Meadows Health Centre": places.
    if (previous && /^(?:st|saint)$/.test(previous.norm)) continue;
    // "our team in Northfield has", "the midwife from Rosehill": after these a capitalised word
    // that is no listed given name is a place ("at Jayden's" and "from Kelly" still read as people).
    if (
      previous &&
      token.capital &&
      !token.possessive &&
      /^(?:at|in|near|from|opposite|outside)$/.test(previous.norm) &&
      adjacent(text, previous, token) &&
      !isGiven(token.norm) &&
      // A place has no age: "brought in Chidi, 3," names a child.
      !(token.capital && /^,[ \t]*\d{1,2}[ \t]*(?:,|\)|yo\b|y\/o\b|yrs?\b|years?\b)/i.test(after(token)))
    )
      continue;
    if (
      next &&
      adjacent(text, token, next) &&
      PLACE_NEXT.test(next.norm) &&
      (token.capital || next.norm !== 'children')
    )
      continue;
    const rest = after(token);
    // "alert(1)" is code; "summer born" is when in the school year a child was born.
    const ageAfter =
      AGE_AFTER.test(rest) &&
      !(!token.capital && rest.startsWith('(')) &&
      !(
        SEASON.test(token.norm) &&
        /^[ \t]+born\b(?![ \t]+(?:on[ \t]+|in[ \t]+)?(?:(?:19|20)\d{2}|\d{1,2}(?:[./-]\d|st|nd|rd|th)))/i.test(
          rest,
        )
      );
    if (LABELS.has(token.norm)) continue;
    // "storm's mum", "faith's new address", "alfie-james mum": whose mum, whose address.
    const familyAfter =
      (token.possessive &&
        (FAMILY_NOUN.has(next?.norm ?? '') || RECORD_NOUN.test(text.slice(token.end + 2).trimStart())) &&
        (plainlyName(token) || AMBIGUOUS_NAME_WORDS.has(token.norm) || !isVocabulary(token.norm))) ||
      (!token.possessive &&
        next !== undefined &&
        adjacent(text, token, next) &&
        ['mum', 'dad', 'nan'].includes(next.norm) &&
        plainlyName(token) &&
        !AMBIGUOUS_NAME_WORDS.has(token.norm));
    const listed = plainlyName(token);
    const unknown = !isGiven(token.norm) && !SURNAMES.has(token.norm) && !isVocabulary(token.norm);
    const ambiguous = AMBIGUOUS_NAME_WORDS.has(token.norm) || isChatVocabulary(token.norm);
    // "mum will ring", "the baby may need", "dad can come": a helping verb before another word,
    // not a child called Will or May (a cue that names outright, "a boy called will", still counts).
    const helpingVerb = !token.capital && HELPING_VERBS.has(token.norm) && /^[ \t]+[a-z]/i.test(rest);

    let name = false;
    // "the girl is Willow", "mum is Ana", "kids are Farid and Nazanin", "my concern is dexter".
    const personIs =
      previous !== undefined &&
      BE.has(previous.norm) &&
      beforePrevious !== undefined &&
      (PERSON.has(beforePrevious.norm) || /^(?:youngest|eldest|oldest|middle)$/.test(beforePrevious.norm)) &&
      adjacent(text, beforePrevious, previous) &&
      adjacent(text, previous, token);
    const titled = previous !== undefined && TITLES.has(previous.norm) && token.capital;
    // "called foster carers": a naming verb before an ordinary noun phrase names a kind, not a person.
    const nounPhrase =
      next !== undefined &&
      adjacent(text, token, next) &&
      next.norm.endsWith('s') &&
      (isVocabulary(next.norm) || PERSON.has(next.norm.replace(/s$/, ''))) &&
      !AMBIGUOUS_NAME_WORDS.has(next.norm) &&
      !token.capital;
    if (
      personIs ||
      titled ||
      (STRONG_CUE.test(before(token)) && !nounPhrase) ||
      (QUOTED_INTRODUCTION.test(before(token)) &&
        (listed || unknown) &&
        /^(?:[ \t]*[,.!]|[ \t]+here\b)/.test(rest)) ||
      (INTRODUCTION.test(before(token)) && (listed || unknown) && FAMILY_ROLE_AFTER.test(rest))
    )
      name = true;
    // "sister hafsa", "grandson Tyrone", "baby eden", "bro tyreke"; not a verb ("when a child
    // dies", "the baby cries"): a lower-case dictionary word ending like a verb.
    else if (
      previous &&
      PERSON.has(previous.norm) &&
      adjacent(text, previous, token) &&
      !CHILD_GROUP.has(previous.norm) &&
      !helpingVerb &&
      !(!token.capital && ENGLISH_WORDS.has(token.norm) && /(?:s|ed|ing)$/.test(token.norm))
    )
      // An unknown word after "child" is usually a verb ("the child disagrees"), unless it is a name.
      name =
        listed ||
        (unknown &&
          !/(?:s|ed|ing|ly)$/.test(token.norm) &&
          (ageAfter ||
            STRONG_AFTER.test(rest) ||
            PERSON_VERB_AFTER.test(rest) ||
            /^\s*(?:[,.?!)]|$)/.test(rest))) ||
        (token.capital && !token.sentenceStart) ||
        // "dad gaz out of prison": after the word for a relative, a word in no list at all.
        (RELATIVE.has(previous.norm) &&
          unknown &&
          token.norm.length >= 3 &&
          !isChatVocabulary(token.norm) &&
          // Not a verb typed short ("smashin", "smackd", "aint") or letters without vowels ("nvr").
          /[aeiouy]/.test(token.norm) &&
          !/['’]|(?:s|d|in|nt|ly)$/.test(token.norm));
    // "worried about jack", "the taf for skye", "re holly-may".
    else if (
      previous &&
      !helpingVerb &&
      SOFT_CUE.has(previous.norm) &&
      (adjacent(text, previous, token) ||
        /^re\b/i.test(previous.norm) ||
        // "w/ kez today": "with" typed short.
        (previous.norm === 'w' && /^\/[ \t]*$/.test(text.slice(previous.end, token.start)))) &&
      !(token.capital && PLACE_SUFFIX.test(token.norm))
    )
      name =
        (listed && !ambiguous) ||
        (listed && (ageAfter || PERSON_VERB_AFTER.test(rest) || FROM_NAMED_AFTER.test(rest))) ||
        (unknown &&
          (ageAfter ||
            /^\s*(?:[,.?!)]|$|n |and |&)/.test(rest) ||
            // "with kyron today" (not "to Yemen this evening": one goes to a place).
            (WHEN_AFTER.test(rest) && !/^(?:to|2|after|visit|visited|visiting)$/.test(previous.norm)))) ||
        ((listed || unknown) && /^[ \t]+on[ \t]+[\d+(]/.test(rest)) ||
        // "rang chelsea, she's agreed", "spoke to fadumo this morning": one rings a person.
        (CONTACTED.test(before(token)) &&
          (listed || unknown || AMBIGUOUS_NAME_WORDS.has(token.norm)) &&
          !DAY_WORD.test(token.norm) &&
          !/^(?:back|again|round|earlier|later|them|him|her|me|us)$/.test(token.norm) &&
          (WHEN_AFTER.test(rest) || /^\s*(?:[,.;!?)]|$|about\b|re\b|and\b|n\b|to\b|but\b)/.test(rest)));
    // "lola (dob ...", "teddy is 3", "tahmid, 9,", "Joy (yr 2)", "storm's mum".
    if (!name && (ageAfter || familyAfter))
      name =
        listed ||
        unknown ||
        (token.capital &&
          (!token.sentenceStart ||
            (AGE_THEN_VERB.test(rest) && !NUMBERED_THING.has(token.norm) && !ENGLISH_WORDS.has(token.norm))));
    // A bare number after a word is usually a page, a section or a room: only a name that is no
    // ordinary word, or no word at all, reads as a child with an age ("page 12" stays).
    if (
      !name &&
      (unknown || (listed && !ambiguous && !isVocabulary(token.norm))) &&
      token.norm.length >= 3 &&
      BARE_AGE_AFTER.test(rest)
    )
      name = true;
    // "please note Lacey Pickering must not be collected": a capitalised given name inside a
    // sentence, then a capitalised word in no dictionary that names no place, is a full name.
    if (
      token.capital &&
      !token.sentenceStart &&
      isGiven(token.norm) &&
      !isVocabulary(token.norm) &&
      !token.possessive &&
      next !== undefined &&
      next.capital &&
      !next.acronym &&
      adjacent(text, token, next) &&
      !ENGLISH_WORDS.has(next.norm) &&
      !PLACE_SUFFIX.test(next.norm) &&
      !PLACE_NEXT.test(tokens[i + 2]?.norm ?? '') &&
      !NAME_DENY_WORDS.has(next.norm) &&
      !ORGANISATION_WORDS.has(next.norm)
    ) {
      name = true;
      flagged[i + 1] = true;
    }
    // "river 4 has a bruise", "king 16 has been arrested", "lily 13 disclosed": a given name that
    // is also a word, a bare age, then something only a person does.
    if (
      !name &&
      (isGiven(token.norm) || AMBIGUOUS_NAME_WORDS.has(token.norm)) &&
      !NUMBERED_THING.has(token.norm) &&
      /^[ \t]+(?:[1-9]|1[0-7])[ \t]+(?:has|is|was|disclosed|says|said|told|tells|keeps|had|wants|needs|went|came|ran|refuses|refused|hit|hits|lives|stays|attends|will not|won't|wont|cannot|can't|cant|at|@)(?=[ \t]|$)/i.test(
        rest,
      )
    )
      name = true;
    // "jimmy okoro is 11": a given name and a surname in lower case, then an age (not "max score is
    // 10": the second word is a listed surname or no word at all).
    if (
      !name &&
      isGiven(token.norm) &&
      next !== undefined &&
      adjacent(text, token, next) &&
      !next.capital &&
      (SURNAMES.has(next.norm) || !isVocabulary(next.norm)) &&
      !PERSON.has(next.norm) &&
      !TIME_WORD.test(next.norm) &&
      !HELPING_VERBS.has(next.norm) &&
      /^(?:,?[ \t]+(?:is|was|aged?)[ \t]+(?:[1-9]|1[0-7])(?![\d.:/%])(?:[ \t]*(?:[,;.)]|$)|[ \t]+(?:and|n|&|yo|yrs?|years? old)\b)|[ \t]*\([ \t]*(?:[1-9]|1[0-7])[ \t]*\))/.test(
        after(next),
      )
    ) {
      name = true;
      flagged[i + 1] = true;
    }
    // "7yo jo keeps falling asleep": an age typed just before a given name or a word in no list.
    if (
      !name &&
      /\b\d{1,2}[ \t]?(?:yo|y\/o|yrs?|year old)[ \t]+$/i.test(before(token)) &&
      (isGiven(token.norm) || unknown) &&
      !NUMBERED_THING.has(token.norm) &&
      !helpingVerb &&
      (PERSON_VERB_AFTER.test(rest) ||
        STRONG_AFTER.test(rest) ||
        /^\s*(?:[,.?!)]|$|again\b)/.test(rest) ||
        // ("3yo mason - bruises"; not "3 yrs max - then review".)
        (/^\s*[-–—]\s/.test(rest) && /\b\d{1,2}[ \t]?(?:yo|y\/o|year old)[ \t]+$/i.test(before(token))))
    )
      name = true;
    // "Ruby has told her teacher", "Hannah attends", "Tilly at Brambles", "I think Hope should".
    if (
      !name &&
      (listed || unknown) &&
      token.capital &&
      (PERSON_VERB_AFTER.test(rest) || FROM_PLACE_AFTER.test(rest) || FROM_PLACE_THEN_VERB.test(rest))
    )
      name = !token.sentenceStart || listed || unknown;
    // "thinking of leo at Brookside Special School": a given name in lower case before the school it
    // is at.
    // ("afterschool at Brookside Primary": only a listed name.)
    if (!name && listed && !ambiguous && !token.capital && AT_SCHOOL_AFTER.test(rest)) name = true;
    // "does Ezekiel count as a young carer", "is it Daisy or [name]": a listed given name that is no
    // word at all, capitalised inside a sentence, alone (not the first of several capitalised words:
    // "Herbert Protocol", "Romeo and Juliet"), not where a place or a thing stands ("a nursery in
    // Stanley", "the Arden cluster", "a Stanley knife", "her Nike hoodie", "outside Victoria coach
    // station") and not a practitioner introducing themselves ("I'm Jess", "Pete here", "Priya from
    // the health visiting team").
    if (
      !name &&
      token.capital &&
      !token.sentenceStart &&
      !token.acronym &&
      !token.possessive &&
      GIVEN_NAMES.has(token.norm) &&
      !ENGLISH_WORDS.has(token.norm) &&
      !isVocabulary(token.norm) &&
      !SURNAMES.has(token.norm) &&
      !TIME_WORD.test(token.norm) &&
      !TITLES.has(token.norm) &&
      !(next?.capital && adjacent(text, token, next)) &&
      !/^[ \t]+(?:and|&|n)[ \t]+\p{Lu}/u.test(rest) &&
      !(
        previous &&
        /^(?:in|at|near|from|the|a|an|my|his|her|their|our|your|of|to|into|around|across|for|via|by|outside|inside|opposite|past|behind|on|drives|drove|driving|wore|wears|wearing|i['’]?m|im|its|it['’]s|is|hi|hello|hiya|thanks|thank|dear|cheers|regards|love)$/.test(
          previous.norm,
        ) &&
        // ("Is Aisha too young for nursery?": a question about her, not "this is Jess", "Is Shelley
        // part of Kirklees?" or "Is Coraline a 12A?": only before what is asked of a child.)
        !(previous.norm === 'is' && previous.sentenceStart && ASKED_OF_A_CHILD.test(rest))
      ) &&
      !/^[ \t]*(?:here\b|from[ \t]+(?:the|our)\b|[,(–-][ \t]*(?:the[ \t]+)?(?:new|early|school|health|family|youth|social|sw|hv|dsl|senco|gp|nurse|midwife|teacher|worker|manager|lead|coordinator|officer)\b)/i.test(
        rest,
      ) &&
      !/(?:\(|\d)[ \t]*$/.test(text.slice(Math.max(0, token.start - 2), token.start)) &&
      !/^[ \t]+(?:wing|ward|block|building|site|campus|centre|center|hub|road|street|lane|park|line|station|house|court|hall|room|suite|unit|estate|college|academy|school|primary|nursery)\b/i.test(
        rest,
      )
    )
      name = true;
    // "Jaz is short for [name]", "abz aka [name]": a name given for another name already found
    // ("sgo is short for special guardianship order" and "Hbv aka honour based violence" give
    // words).
    if (!name && !token.possessive) {
      const given = /^[ \t]+(?:aka|a\.k\.a\.?|is short for|short for)[ \t]+/i.exec(rest);
      const other = given
        ? tokens.find((t, j) => j > i && t.start >= token.end + given[0].length)
        : undefined;
      if (other && isKnownName(other)) name = true;
    }
    // "ruby may is 7", "lily may has told me", "poppy may (4)": a given name and "may" as its second
    // part, then what only fits a name ("lily may have told me" is the helping verb).
    if (
      !name &&
      (isGiven(token.norm) || AMBIGUOUS_NAME_WORDS.has(token.norm)) &&
      next !== undefined &&
      adjacent(text, token, next) &&
      /^(?:may|mae)$/.test(next.norm) &&
      (previous === undefined || !/^(?:i|we|you|they)$/.test(previous.norm)) &&
      /^,?[ \t]*(?:(?:is|was)[ \t]+(?:only[ \t]+|now[ \t]+)?(?:[1-9]|1[0-7])\b(?![ \t]*(?:days?|weeks?|wks?|months?|mins?|minutes|hours?|hrs?|%|pm|am))|(?:has|had)[ \t]+(?:told|said|disclosed|been|got|a|an|bruis\w*|marks?)\b|\([ \t]*\d|,[ \t]*\d|aged?\b|dob\b|born\b)/i.test(
        after(next),
      )
    ) {
      name = true;
      flagged[i + 1] = true;
    }
    // "kuldeep has told us", "khadra has open sores", "seun hid under the bed": a lower-case word in
    // no list at all (no acronym: it has a vowel and four letters or more), then what only a person
    // does or has.
    if (
      !name &&
      unknown &&
      !token.capital &&
      !token.possessive &&
      token.norm.length >= 4 &&
      /[aeiouy]/.test(token.norm) &&
      // ("pre-school has a bruise": a word joined to another; "our mosac has rung": a thing.)
      !token.norm.includes('-') &&
      (previous === undefined || !DETERMINER.test(previous.norm)) &&
      !isChatVocabulary(token.norm) &&
      !SERVICE_WORDS.has(token.norm) &&
      !/(?:s|ed|ing|ly|er|or|ist|ian)$/.test(token.norm) &&
      UNKNOWN_PERSON_AFTER.test(rest)
    )
      name = true;
    // "shanice n her bro", "abdullahi is being left", "if grace tells me": lower case too.
    if (!name && (listed || unknown || AMBIGUOUS_NAME_WORDS.has(token.norm)) && STRONG_AFTER.test(rest))
      name = true;
    if (!name && namedByWhatFollows(token, previous, rest)) name = true;
    // "does jack need", "fyi dakota is back", "morning, hunter was seen": a listed name that is
    // not also a word, before a verb.
    const opening = opensSentence(text, tokens, i);
    if (
      !name &&
      listed &&
      !ABSTRACT.has(token.norm) &&
      (!ambiguous || !token.capital) &&
      (opening || AUX_BEFORE.has(previous?.norm ?? '')) &&
      /^[ \t]+[a-z]{2,12}\b/i.test(rest) &&
      BE_AFTER.test(rest) &&
      // "fields are mandatory": a plural word before "are" is a thing.
      !(token.norm.endsWith('s') && ENGLISH_WORDS.has(token.norm) && /^[ \t]+(?:are|r|were)\b/i.test(rest))
    )
      name = true;
    // "can Will start his own EHA?", "should Hope go to the TAF": a capitalised name after a helping
    // verb typed in lower case mid-sentence, before a verb in lower case: the verb's subject.
    if (
      !name &&
      token.capital &&
      !opening &&
      !token.possessive &&
      isNameWord(token.norm) &&
      !SERVICE_WORDS.has(token.norm) &&
      !MODAL_NOT_SUBJECT.has(token.norm) &&
      !SEASON.test(token.norm) &&
      MODAL_BEFORE.has(previous?.norm ?? '') &&
      /^\p{Ll}/u.test(text.slice(previous?.start ?? 0, (previous?.start ?? 0) + 1)) &&
      MODAL_VERB_AFTER.test(rest)
    )
      name = true;
    // "storm kicked off in class again", "rain is back in schl 2day", "rocky been sent home": a word
    // children are named, opening the message, before what only happens to a pupil.
    if (
      !name &&
      opening &&
      !token.possessive &&
      (isNameWord(token.norm) || (unknown && token.norm.length >= 3 && !isChatVocabulary(token.norm))) &&
      PUPIL_EVENT_AFTER.test(rest)
    )
      name = true;
    // "kuldeep has told us", "ishaan keeps self harming": an unlisted word at the start.
    if (!name && unknown && !token.capital && opening && token.norm.length >= 4 && ACTS_AFTER.test(rest))
      name = true;
    if (name) flagged[i] = true;
  }

  // Joined by "and", "n" or "&" to a name: "Precious n Blessing", "skye n jasper", "[name] and Summer".
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < tokens.length; i += 1) {
      if (!flagged[i]) continue;
      for (const direction of [1, -1] as const) {
        const j = joinedAt(text, tokens, i, direction);
        const other = j === undefined ? undefined : tokens[j];
        if (j === undefined || !other || flagged[j] || isKnown(other)) continue;
        const otherRest = after(other);
        // "ocean n [name] (siblings)", "[name] and blaze." : a word children are named, joined to a
        // name, opening the sentence or ending the list ("[name] and gift vouchers" is a thing).
        // ("liberty n [name] at ...": a name that is also a word, opening the sentence before a name.)
        const openingWordName =
          direction === -1 &&
          other.sentenceStart &&
          AMBIGUOUS_NAME_WORDS.has(other.norm) &&
          !HELPING_VERBS.has(other.norm) &&
          !TIME_WORD.test(other.norm);
        if (
          (WORD_NAMES.has(other.norm) || openingWordName) &&
          !other.possessive &&
          (direction === -1 ? other.sentenceStart : /^\s*(?:[,.?!)]|$)/.test(otherRest))
        ) {
          flagged[j] = true;
          changed = true;
          continue;
        }
        if (!nameLike(other)) continue;
        // "[name] and ming have no beds": "have" and "live" follow two people, not one.
        const personAfter =
          /^[ \t]+(?:have|live)\b/i.test(otherRest) ||
          AGE_AFTER.test(otherRest) ||
          STRONG_AFTER.test(otherRest) ||
          PERSON_VERB_AFTER.test(otherRest) ||
          /^\s*(?:[,.?!)]|$)/.test(otherRest);
        if (
          plainlyName(other) ||
          (other.capital && !isVocabulary(other.norm)) ||
          (!isVocabulary(other.norm) && other.norm.length >= 3 && !/\d/.test(other.norm)) ||
          (AMBIGUOUS_NAME_WORDS.has(other.norm) && (other.capital || personAfter)) ||
          (!isVocabulary(other.norm) && personAfter)
        ) {
          flagged[j] = true;
          changed = true;
        }
      }
    }
  }

  // Two names joined before what people are or do: "willow n river r brother n sister".
  for (let i = 0; i + 2 < tokens.length; i += 1) {
    const a = tokens[i] as Token;
    const b = tokens[i + 2] as Token;
    if (flagged[i] && flagged[i + 2]) continue;
    if (joinedAt(text, tokens, i, 1) !== i + 2 || !nameLike(a) || !nameLike(b)) continue;
    const restB = after(b);
    const cueBefore = SOFT_CUE.has(tokens[i - 1]?.norm ?? '') && adjacent(text, tokens[i - 1], a);
    const oneIsPlain =
      (plainlyName(a) && !AMBIGUOUS_NAME_WORDS.has(a.norm)) ||
      (plainlyName(b) && !AMBIGUOUS_NAME_WORDS.has(b.norm));
    if (
      AGE_AFTER.test(restB) ||
      STRONG_AFTER.test(restB) ||
      // "hope n faith twins, mum ..."
      /^[ \t]+(?:twins|siblings)\b/i.test(restB) ||
      /^[ \t]+(?:r|are|were)\b/i.test(restB) ||
      (cueBefore && oneIsPlain)
    ) {
      if (
        (plainlyName(a) || AMBIGUOUS_NAME_WORDS.has(a.norm)) &&
        (plainlyName(b) || AMBIGUOUS_NAME_WORDS.has(b.norm))
      ) {
        flagged[i] = true;
        flagged[i + 2] = true;
      }
    }
  }

  // A first name and a surname in lower case opening a sentence, before what people do or an end:
  // "mason davies attends hillcrest", "blessing williams - new to yr 2", "river khan -".
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const first = tokens[i] as Token;
    const second = tokens[i + 1] as Token;
    if (flagged[i] && flagged[i + 1]) continue;
    if (
      first.capital ||
      second.capital ||
      !adjacent(text, first, second) ||
      isKnown(first) ||
      isKnown(second)
    )
      continue;
    const opening = opensSentence(text, tokens, i);
    if (!opening || !isGiven(first.norm) || CHAT_WORDS.has(first.norm) || PERSON.has(first.norm)) continue;
    if (
      !SURNAMES.has(second.norm) ||
      isCommonWord(second.norm) ||
      PERSON.has(second.norm) ||
      NAME_DENY_WORDS.has(second.norm)
    )
      continue;
    const rest = after(second);
    if (
      /^[ \t]+[-–,:][ \t]/.test(rest) ||
      AGE_AFTER.test(rest) ||
      PERSON_VERB_AFTER.test(rest) ||
      STRONG_AFTER.test(rest)
    ) {
      flagged[i] = true;
      flagged[i + 1] = true;
    }
  }

  // A first name straight before a surname found: "jacob wright, dob", "Keira Walsh at".
  for (let i = tokens.length - 1; i > 0; i -= 1) {
    const previous = tokens[i - 1] as Token;
    if (!flagged[i] || flagged[i - 1] || !adjacent(text, previous, tokens[i]) || isKnown(previous)) continue;
    if (
      plainlyName(previous) &&
      (previous.capital === (tokens[i] as Token).capital || isGiven(previous.norm))
    )
      flagged[i - 1] = true;
    // "kasia [surname] says", "hibo [surname] in yr 1": a word in no list before a surname found.
    else if (
      !isVocabulary(previous.norm) &&
      !SOFT_CUE.has(previous.norm) &&
      !TITLES.has(previous.norm) &&
      !PERSON.has(previous.norm) &&
      previous.norm.length >= 3 &&
      !/\d/.test(previous.norm) &&
      !previous.acronym &&
      !LABELS.has(previous.norm) &&
      !denied[i - 1]
    )
      flagged[i - 1] = true;
  }

  // A surname straight after a first name: "jayden okafor,", "Maisie Harrow", "ali hassan".
  for (let i = 0; i < tokens.length; i += 1) {
    const next = tokens[i + 1];
    if (
      !flagged[i] ||
      !next ||
      flagged[i + 1] ||
      denied[i + 1] ||
      !adjacent(text, tokens[i], next) ||
      isKnown(next)
    )
      continue;
    const endsHere =
      /^(?:['’]s)?\s*(?:[,.;:!?)]|-|$|dob\b|born\b|nhs\b|yr\b|year\b|\d|is\b|was\b|has\b|and\b|n\b)/i.test(
        text.slice(next.end),
      );
    // People write both names in capitals or neither: "Dean argue" is a name and a verb.
    const lower = !(tokens[i] as Token).capital && !next.capital;
    // "omar booth who's 17", "lily hussain got excluded", "kian wood dad", "khadija shah:": a
    // listed or unknown word in lower case where the name would end.
    const nextRest = text.slice(next.end + (next.possessive ? 2 : 0), next.end + 60);
    const personAfter =
      endsHere ||
      AGE_AFTER.test(nextRest) ||
      PERSON_VERB_AFTER.test(nextRest) ||
      /^[ \t]+(?:who|whos|who's|dad|mum|nan|got|gets|keeps|kept)\b/i.test(nextRest);
    // "[first] o'brien gave", "[first] al-rashid (NI", "[first] frost (dob", "[first] barker is":
    // a surname's shape, or a listed, unlisted or name-like word where a name ends.
    const strongEnd =
      /^(?:['’]s)?[ \t]*(?:[,.;:!?()]|[-–—][ \t]|$)|^[ \t]+(?:dob|d\.o\.b|born|nhs|ni|upn|aged?|yr|year|in[ \t]+(?:yr|year|y)|from|is|was|has|had|gave|rang|said|says|told|turned|keeps|on[ \t]+the[ \t]+street)\b/i.test(
        nextRest,
      );
    const surnameShape = /^(?:o|d)'\p{L}{3,}$|^(?:al|el|bin|abu)-\p{L}{3,}$|^ma?c\p{L}{3,}$/u.test(next.norm);
    const nameLikeWord =
      !CHAT_WORDS.has(next.norm) &&
      !PERSON.has(next.norm) &&
      !NAME_DENY_WORDS.has(next.norm) &&
      !LABELS.has(next.norm) &&
      !/(?:ly|ing|ed)$/.test(next.norm) &&
      (!isCommonWord(next.norm) || AMBIGUOUS_NAME_WORDS.has(next.norm)) &&
      (SURNAMES.has(next.norm) ||
        isGiven(next.norm) ||
        AMBIGUOUS_NAME_WORDS.has(next.norm) ||
        !isVocabulary(next.norm) ||
        (ENGLISH_WORDS.has(next.norm) && !isCommonWord(next.norm)));
    const surname =
      (!next.capital && surnameShape) ||
      (lower && next.norm.length >= 3 && nameLikeWord && strongEnd) ||
      (next.capital && !ORGANISATION_WORDS.has(next.norm) && !isCommonWord(next.norm)) ||
      // "Harper Wood who's 17", "Reggie Bird -": a listed surname that is also a word.
      (next.capital &&
        (tokens[i] as Token).capital &&
        SURNAMES.has(next.norm) &&
        !ORGANISATION_WORDS.has(next.norm) &&
        !NAME_DENY_WORDS.has(next.norm) &&
        personAfter) ||
      (lower && SURNAMES.has(next.norm) && !isVocabulary(next.norm)) ||
      (lower && !isVocabulary(next.norm) && next.norm.length >= 3 && personAfter) ||
      (lower &&
        (SURNAMES.has(next.norm) || isGiven(next.norm)) &&
        !CHAT_WORDS.has(next.norm) &&
        !PERSON.has(next.norm) &&
        (!isCommonWord(next.norm) || AMBIGUOUS_NAME_WORDS.has(next.norm)) &&
        next.norm.length >= 3 &&
        personAfter);
    if (surname && !/\d/.test(next.norm) && !PLACE_NEXT.test(next.norm)) flagged[i + 1] = true;
  }

  // "the Ahmadi TAF", "the Kowalski case": a listed surname before the family's meeting or case
  // (not "the Oakfield TAF": a school's, in no list of surnames).
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (flagged[i] || isKnown(token) || tokens[i - 1]?.norm !== 'the') continue;
    if (!adjacent(text, tokens[i - 1], token) || !adjacent(text, token, next)) continue;
    if (!/^(?:taf|tac|case|referral|cin|eha|caf|file)$/.test(next.norm)) continue;
    if (SURNAMES.has(token.norm) && !isVocabulary(token.norm) && !NAME_DENY_WORDS.has(token.norm))
      flagged[i] = true;
  }

  // "the Khan family", "the O'Connor twins", "the Riley kids", and "the Murphys", "the Nguyens".
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1] as Token;
    const next = tokens[i + 1];
    // "the Khan family"; "4 rahman fam", "for the..." only before the word for a family itself.
    const opener =
      (previous.norm === 'the' && adjacent(text, previous, token)) ||
      // "Smith fam @ the hostel": a capitalised surname before the word typed short for a family.
      (token.capital && SURNAMES.has(token.norm) && next?.norm === 'fam') ||
      // ("[name] & [name] (gurung fam)": in brackets too.)
      (/(?:(?:\b(?:for|re)|(?<![\d.,:/])4)[ \t]+|\([ \t]*)$/i.test(
        text.slice(Math.max(0, token.start - 6), token.start),
      ) &&
        /^(?:family|fam)$/.test(next?.norm ?? '') &&
        !isVocabulary(token.norm));
    if (flagged[i] || isKnown(token) || !opener) continue;
    const familyNext =
      next !== undefined &&
      adjacent(text, token, next) &&
      /^(?:family|families|fam|children|kids|twins|girls|boys|siblings|household|brothers|sisters|lot|grandparents|parents|grandchildren|cousins)$/.test(
        next.norm,
      );
    // "the Khan family hub", not "Smith fam @ 33 Hall Lane" (the place must follow at once).
    const afterFamily = tokens[i + 2];
    const placeAfterFamily =
      familyNext &&
      afterFamily !== undefined &&
      /^(?:['’]s?)?[ \t]+$/.test(text.slice(next.end, afterFamily.start)) &&
      (PLACE_NEXT.test(afterFamily.norm) || (next?.possessive && afterFamily.norm === 'home')) &&
      tokens[i + 2]?.norm !== 'children';
    if (
      placeAfterFamily ||
      (next && adjacent(text, token, next) && PLACE_NEXT.test(next.norm) && !familyNext)
    )
      continue;
    if (
      familyNext &&
      (token.capital || SURNAMES.has(token.norm) || !isVocabulary(token.norm)) &&
      (!NAME_DENY_WORDS.has(token.norm) ||
        (token.capital && (SURNAMES.has(token.norm) || isGiven(token.norm)))) &&
      !isCommonWord(token.norm)
    ) {
      flagged[i] = true;
      continue;
    }
    if (familyNext && token.capital && SURNAMES.has(token.norm)) {
      flagged[i] = true;
      continue;
    }
    // "the Hope family", "the lamb kids", "the marsh children": a word that is also a name.
    if (
      familyNext &&
      !NAME_DENY_WORDS.has(token.norm) &&
      !PERSON.has(token.norm) &&
      (AMBIGUOUS_NAME_WORDS.has(token.norm) || isGiven(token.norm) || SURNAMES.has(token.norm)) &&
      (token.capital || !isCommonWord(token.norm)) &&
      !/^(?:foster|birth|host|whole|extended|wider|same|other|new|adoptive|young|old|big|poor|local)$/.test(
        token.norm,
      )
    ) {
      flagged[i] = true;
      continue;
    }
    // Plural family names: the word without its "s" is a surname, or a capitalised unknown word.
    // Not an organisation named that way ("the kings trust still do it", "the Masons Arms"), but a
    // family who trust, head, cross or lodge ("the Okonkwos trust no one", "the Begums head back").
    const nextWord = next === undefined ? '' : text.slice(next.start, next.end);
    const organisationNext =
      next !== undefined &&
      adjacent(text, token, next) &&
      ((/^(?:trust|foundation|charity)$/.test(next.norm) &&
        !/^[ \t]+(?:no|nobody|noone|anyone|anybody|us|them|me|him|her|you|the|social|services|professionals|school|staff|nothing|everyone)\b/i.test(
          text.slice(next.end, next.end + 20),
        )) ||
        /^(?:Arms|Head|Cross|Lodge)$/.test(nextWord));
    if (token.norm.length > 3 && token.norm.endsWith('s') && !token.possessive && !organisationNext) {
      const single = token.norm.slice(0, -1);
      const family =
        (SURNAMES.has(single) &&
          (token.capital || !isCommonWord(single) || AMBIGUOUS_NAME_WORDS.has(single))) ||
        (token.capital && !isVocabulary(single) && !isVocabulary(token.norm)) ||
        // "the chowdhurys -", "just met the lovells, 5 kids": typed in lower case, a word no list
        // knows (or a given name) before what a family does or a break.
        (!token.capital &&
          single.length >= 4 &&
          !single.endsWith('s') &&
          (isGiven(single) || !isVocabulary(single)) &&
          !isVocabulary(token.norm) &&
          !isCommonWord(single) &&
          LOWER_FAMILY_AFTER.test(text.slice(token.end, token.end + 24)));
      if (family && !NAME_DENY_WORDS.has(single) && !NAME_DENY_WORDS.has(token.norm)) flagged[i] = true;
    }
  }

  // The children listed after "kids", "boys", "twins": "the Page kids (frank, ace and hope)", "the
  // Nasser boys, liban and faisal, are missing".
  for (let i = 0; i < tokens.length; i += 1) {
    const group = tokens[i] as Token;
    if (!CHILD_GROUP.has(group.norm)) continue;
    const rest = text.slice(group.end + (group.possessive ? 2 : 0), group.end + 120);
    const list = GROUP_LIST_PAREN.exec(rest) ?? GROUP_LIST_COMMA.exec(rest);
    if (!list) continue;
    const from = group.end + (group.possessive ? 2 : 0) + (list.index ?? 0) + list[0].indexOf(list[1] ?? '');
    const to = from + (list[1] ?? '').length;
    for (let k = i + 1; k < tokens.length && (tokens[k] as Token).start < to; k += 1) {
      const item = tokens[k] as Token;
      if (
        item.start < from ||
        ['and', 'n'].includes(item.norm) ||
        PERSON.has(item.norm) ||
        PERSON.has(item.norm.replace(/s$/, '')) ||
        LABELS.has(item.norm)
      )
        continue;
      if (NAME_DENY_WORDS.has(item.norm) || isKnown(item) || item.acronym) continue;
      flagged[k] = true;
    }
  }

  // Every later mention of a name found once.
  // A name given alone in brackets after a person: "[name] (Mo)", "a 15yo (Jade)", "mum's new
  // partner (Wayne)", "(Seun for short)".
  for (const [i, token] of tokens.entries()) {
    if (flagged[i] || denied[i] || isKnown(token) || !token.capital || token.acronym) continue;
    if (!nameLike(token) && !isGiven(token.norm) && ENGLISH_WORDS.has(token.norm)) continue;
    const open = /(\S+)[ \t]*\([ \t]*$/.exec(text.slice(Math.max(0, token.start - 40), token.start));
    const close = /^[ \t]*(for[ \t]+short[ \t]*)?\)/i.exec(text.slice(token.end, token.end + 14));
    if (!open || !close) continue;
    const owner = (open[1] ?? '').toLowerCase().replace(/['’]s$/, '');
    if (
      close[1] ||
      /^\[(?:name)\]$/.test(owner) ||
      PERSON.has(owner) ||
      /^\d{1,2}(?:yo|y\/o)$/.test(owner) ||
      flagged[i - 1]
    )
      flagged[i] = true;
  }
  // A name set right: "its Siobhan not Shivon", "the younger one is Beau not Bo", "Haleema or
  // Halima": both spellings are the child's.
  for (const m of text.matchAll(SPELLING_PAIR)) {
    const pair = [m[1] ?? '', m[2] ?? ''];
    const at = [m.index + m[0].indexOf(pair[0] as string), m.index + m[0].lastIndexOf(pair[1] as string)];
    const picked = at.map((start) => tokens.findIndex((t) => t.start === start));
    if (picked.some((k) => k < 0)) continue;
    const named = (k: number) => {
      const t = tokens[k] as Token;
      return isKnownName(t) || (!denied[k] && !isKnown(t) && (nameLike(t) || isGiven(t.norm)));
    };
    if (picked.every(named)) for (const k of picked) if (!isKnownName(tokens[k] as Token)) flagged[k] = true;
  }
  const names = new Set(tokens.filter((_, i) => flagged[i]).map((t) => t.norm));
  for (const [i, token] of tokens.entries()) {
    if (!flagged[i] && names.has(token.norm) && !isKnown(token) && !NAME_DENY_WORDS.has(token.norm))
      flagged[i] = true;
  }

  const findings: PersonalDataFinding[] = [];
  for (const [i, token] of tokens.entries()) {
    if (!flagged[i] || isKnownName(token) || neverAName(token)) continue;
    // "the hub on Church Lane is open": the street's own word, after a place word and a word of
    // its name that is no person's ("Jayden Lane is open", "Uncle Green said" stay people).
    const previous = tokens[i - 1];
    if (
      token.capital &&
      STREET_WORD.test(token.norm) &&
      previous?.capital &&
      adjacent(text, previous, token) &&
      PLACE_PREPOSITION.test(tokens[i - 2]?.norm ?? '') &&
      !RELATIVE.has(previous.norm) &&
      !TITLES.has(previous.norm) &&
      !PERSON.has(previous.norm) &&
      !flagged[i - 1] &&
      !isGiven(previous.norm)
    )
      continue;
    const last = findings.at(-1);
    if (last && /^[ \t]+$/.test(text.slice(last.end, token.start)) && tokens[i - 1] && flagged[i - 1]) {
      last.end = token.end;
      continue;
    }
    findings.push({ kind: 'name', start: token.start, end: token.end });
  }
  return findings;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
// What opens a sentence or a question and is no first name before a name: "Will [name] be seen".
const NOT_FIRST_BEFORE = set(
  'will may can did does do is are was were has have had should could would must shall',
);

/**
 * Where a name found at `start` really begins, when the word straight before it is part of it:
 * "Big [name]" and "lil [name]" (a nickname's first word, not "a big [name] family"), two given
 * names joined ("summer-rain [name]"), or a given name that is also a word, capitalised as the name
 * is ("Ocean [name]", "Grace [name]"; not a month, a title or "Will [name] be seen").
 */
export function nameOpeningBefore(text: string, start: number): number | undefined {
  const m = /(?:^|[^\p{L}\p{M}-])([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)([ \t]+)$/u.exec(
    text.slice(Math.max(0, start - 40), start),
  );
  if (!m) return undefined;
  const word = m[1] as string;
  const from = start - (m[2] as string).length - word.length;
  const norm = word.toLowerCase();
  const before = text.slice(Math.max(0, from - 20), from);
  if (/^(?:big|lil)$/.test(norm))
    return /\b(?:a|an|the|my|his|her|their|our|your|this|that|such|really|very|so)[ \t]+$/i.test(before)
      ? undefined
      : from;
  if (norm.includes('-')) return norm.split('-').every(isNameWord) ? from : undefined;
  if (
    TITLE_CASE.test(word) &&
    TITLE_CASE.test(text.slice(start, start + 2)) &&
    (isGiven(norm) || isNameWord(norm)) &&
    !TIME_WORD.test(norm) &&
    !PERSON.has(norm) &&
    !TITLES.has(norm) &&
    !NOT_FIRST_BEFORE.has(norm) &&
    !NAME_DENY_WORDS.has(norm) &&
    !/\b(?:st|saint)\.?[ \t]+$/i.test(before)
  )
    return from;
  return undefined;
}
