import type { UrgencyReason } from './assess-urgency.ts';
import {
  ABUSE_TERM,
  ADULT_NOUN,
  ADULT_TELLER,
  AUX_PRESENT,
  CHILD_CONTEXT,
  CHILD_NOUN,
  DISCLOSE,
  gap,
  NOT_ADULT_TELLER,
  NOT_BODY,
  NOT_DOCUMENT,
  PHYSICAL_ING,
  PHYSICAL_PAST,
  PHYSICAL_PRESENT,
  SELF,
  SPORT,
  TOPIC_FOLLOWER,
  TOY,
  VICTIM,
  WEAPON,
  WEAPON_WORD,
} from './urgency-vocabulary.ts';

/**
 * How much context a signal needs before it counts, from most to least self-evident:
 * - `vivid`: describes a present, specific situation on its own ("has cut herself", "dad is hitting
 *   him"); only a hypothetical frame ("what should I do if a child...") cancels it.
 * - `strong`: usually about a real child, but also common in general questions ("suicidal", "in
 *   danger"); a question frame ("how do I support...") cancels it unless the message is concrete.
 * - `weak`: a topic word ("knife", "county lines"); needs a concrete message (a specific child, a
 *   first-hand account, or a time such as "today").
 * - `current`: only urgent when happening now ("domestic abuse", "fighting"); needs a time marker.
 */
export type SignalTier = 'vivid' | 'strong' | 'weak' | 'current';

/** One urgency signal: a pattern over the normalised message and what it means. */
export interface UrgencyRule {
  id: string;
  reasons: readonly UrgencyReason[];
  tier: SignalTier;
  /** Global, over normalised text; bounded quantifiers only, so a hostile message stays linear. */
  pattern: RegExp;
  /** The sentence holding the match must also match this. */
  context?: RegExp;
  /** The signal does not count when its sentence matches this (a figure of speech). */
  exclude?: RegExp;
  /** Disclosures are safeguarding matters however long ago the abuse was. */
  ignoresHistory?: boolean;
  /**
   * The signal names who someone is ("a schedule 1 offender"); a "no" or "not" before it belongs to
   * what they may do ("no unsupervised contact, he is a schedule 1 offender"), not to the status.
   */
  status?: boolean;
  /**
   * How soon to act when this signal counts: `now` is the emergency route; `today` is a
   * safeguarding concern for the DSL and the front door today, unless the passage says it is
   * happening or about to (then it is `now` too).
   */
  urgency: 'now' | 'today';
  /**
   * Threats are conditional by nature ("if you tell anyone I'll kill you"), so only a generic
   * frame ("if a parent threatens...") makes them hypothetical.
   */
  threat?: boolean;
  /**
   * A "not" or "never" before the signal stops it counting without holding the learned classifier
   * back: "dad says he never had her by the throat" is a denial, not a reassurance.
   */
  denialLeavesClassifier?: boolean;
}

// Things, not children, go missing from drives and offices.
const THING_MISSING =
  /\b(?:budget|money|funding|file|files|folder|drive|data|spreadsheet|form|forms|key|keys|laptop|phone|post|equipment|register|paperwork|document|documents|report|letter|minutes|records?|notes|item|items|parcel|bag|purse|wallet|cash|link|email|attachment|signature|page|pages)\b[^|]{0,40}\b(?:gone|went|go|goes|going|is|are|was|were) missing\b|\bmissing from the (?:shared drive|system|drive|folder|server|file|website|database|office|cupboard|pack|minutes)\b/;

// Pets, vehicles, things and moods go missing or get left too: "the class hamster escaped and is
// now a missing person", "my motivation has gone missing", "the fridge has been abandoned".
const NOT_A_CHILD_NOUN = String.raw`(?:hamster|hamsters|tortoise|guinea pigs?|gerbils?|rabbit|bunny|goldfish|fish|pet|pets|class pet|school dog|snake|lizard|stick insects?|chickens?|hens?|parrot|budgie|minibus|mini bus|bus|van|coach|bike|scooter|motivation|patience|sanity|mojo|energy|enthusiasm|brain|voice|coffee|mug|cup|tea|lunch|stapler|remote|yoghurt|yogurt|sandwich|biscuits|cake|fridge|freezer|microwave|kettle|doll|dolly|teddy|toy|toys|football|ball|umbrella|brolly|trolley|lanyard|badge|charger|cable|ipad|ipads|laptop|memory stick|usb|printer|photocopier)`;
// A young person deciding something for themselves ("can she agree to the assessment on her own",
// "consent on his own") is a question of consent, not a child left alone; "mum agreed to leave the
// kids on their own" is not such a decision (only the assessment, help or sharing may come between).
const DECIDING = String.raw`(?<!\b(?:agree|agrees|agreed|consent|consents|consented|decide|decides|decided|sign|signs|signed|say yes|self refer|self refers|give consent)(?: to| for)?(?: (?:the|an|a|her|his|their|this|that|it|early help|support|help|sharing|treatment|assessment|caf|eha|referral|plan|form|consent|tac|taf|meeting)){0,3} )`;
// An adult's own matter: "can a 17yo claim universal credit on their own", "mum on her own with a
// new baby" (a single parent, not a child alone).
const ADULT_MATTER = String.raw`(?<!\b(?:claim|claims|claimed|claiming|apply|applies|applied|applying|register|registers|registered|universal credit|credit|benefits?|uc|pip|a tenancy|tenancy|mum|dad|mother|father|parent|carer|nan|gran|grandma)(?: is| was| lives| living| being| now| totally| completely| for (?:it|them|uc|benefits))? )`;

/** The parts whose swelling is how anaphylaxis starts (the swelling rule and the classifier's veto). */
export const AIRWAY = '(?:lips?|tongue|throat|face|mouth)';

// A sentence about keeping EpiPens, not using one: the exclusion holds only with no sign of a
// reaction, an exposure or a pen used.
// The letter a school sends home after a bump ("head injury letter sent home, mum rang back to say
// he's fine"), with no sign of anything wrong since.
// Missing for minutes and found, told as a record: "went missing from the museum trip for 10 minutes
// yesterday, had gone to the toilet, found straight away".
// "this is my last day", "this is my last night everyone": a goodbye, not a last day in post, on a
// ward or at a school.
export const LAST_DAY_GOODBYE = String.raw`\bthis is (?:my|the) last (?:day|night)\b(?! (?:in post|in the (?:job|post|role|team|office)|at (?:work|school|this|the|college|uni|my)|of (?:term|the term|the week|school|placement|half term)|on (?:the |this )?(?:ward|shift|placement|rota|team|course|job)|shift|before|here|with (?:the|this|you|my) (?:team|class|group|service)|as (?:a|your|the)|working|off|in (?:this|the) (?:role|school|class|area)))`;
export const FOUND_SAFE =
  /^(?![^|]*\b(?:still|no sign|not (?:been )?found|last time|again|since|nobody has seen|no one has seen|not been seen|claims?|says?)\b)[^|]*\b(?:found|located|turned up|came back|was back)(?: (?:her|him|them|safe))? (?:straight away|straightaway|right away|immediately|within (?:a few|\d{1,2}|five|ten|two) (?:minutes|mins))\b/;
export const HEAD_LETTER =
  /^(?![^|]*\b(?:sick|vomit\w{0,3}|drowsy|sleepy|confused|unconscious|fit|fits|fitting|seizure|bleeding|dizzy|floppy|not right|worse|see|seeing|sight|vision|eyes?|pupils?|headache|head hurts|crying|baby|infant|months? old|not walking|could not explain|cannot explain|can not explain|unexplained|no explanation|bruis\w{0,3}|marks?)\b)(?=[^|]*\b(?:is|was|seems|seemed) (?:fine|ok|okay|well)\b)[^|]*\bhead (?:injury|injuries|bump|bumps) (?:letter|letters|slip|slips|note|notes|form|forms)\b/;
const EPIPEN_STOCK =
  /^(?!.*\b(?:use|used|using|give|gave|given|giving|wheez\w*|swell\w*|swollen|stung|sting|ate|eaten|eating|reaction|breath\w*|ambulance|collapse\w*|not right|hives|rash|allerg\w*|nuts?|peanuts?|now|today|just)\b).*\b(?:how many|spare|stock|stocks|stored?|storage|expiry|expired|keep (?:on site|in school|in the office)|training|policy|policies)\b/;

export const NOT_A_CHILD = new RegExp(
  [
    String.raw`\b${NOT_A_CHILD_NOUN}\b(?: [a-z]{1,12}){0,4}? (?:has |have |had |was |were |is |are |just |got |been |now |a |all )*(?:gone missing|went missing|missing|escaped|abandoned)\b`,
    String.raw`\b(?:left|alone|on (?:their|his|her|our|my) own) with (?:the |a |an |some |their |his |her |my |our )?(?:new )?(?:ipads?|tablets? (?:computers?|devices?)|paint|paints|glitter|toys|lego|crayons|felt tips|pens|playdough|play dough|laptops?|computers?|consoles?|video games?|biscuits|cake|sweets|snacks|telly|tv|cartoons|colouring|craft|crafts|slime|homework|worksheets?)\b`,
    String.raw`\b(?:keep|keeping|keeps|stop|stopping|stops|prevent|preventing|prevents)(?: [a-z0-9]{1,12}){0,4}? from (?:wandering|wandering off|going missing|running off|getting lost)\b`,
    String.raw`\bturned out to be (?:a |an |the |just )?(?:doll|dolly|teddy|toy|bag|coat|pram|buggy|dog|cat|cardboard)`,
    String.raw`\b(?:abandoned|abandoning|abandons) (?:the |their |his |her |my |our |a |an |some )?(?:half eaten |old |new )?(?:${NOT_A_CHILD_NOUN}|car|plan|plans|idea|project|trip|meeting|attempt|search|post|thread|bid|diet)\b`,
  ].join('|'),
);

// "My manager is going to kill me if the report is late": work talk, not a threat; nor is a threat
// said as a joke ("my mum will kill me lol", "killing themselves laughing").
export const WORKPLACE_IDIOM =
  /\b(?:my|the) (?:kids|children|husband|wife|partner|other half|team|colleagues|family) (?:will|would|are going to|gonna|is going to) (?:kill|murder) (?:me|us)\b|\b(?:kill|murder) (?:me|us) (?:if|when) (?:i|we) (?:miss|forget|am late|are late|do not (?:finish|send|submit|get)|lose|break|spill|eat)\b|\bstabbed in the back by (?:the|my|our|his|her) (?:[a-z]{2,15} )?(?:team|manager|council|commissioners|commissioning|colleagues?|boss|management|director|board|partners|agency|agencies|friends?)\b|\bslapped with (?:a|an) (?:fine|bill|charge|penalty|notice|invoice)\b|\b(?:manager|boss|head|headteacher|line manager|team leader|colleagues?|ofsted|auditors?|finance|chair|director|supervisor|inspectors?|commissioners?|admin|the la)\b[^|]{0,30}\b(?:kill|murder|strangle)|\b(?:kill|murder|strangle) (?:me|us)\b[^|]{0,30}\b(?:if|when|unless) (?:i|we|the|this|it|that|my|our)\b[^|]{0,30}\b(?:late|deadline|report|return|form|forms|paperwork|minutes|submission|email|emails|meeting|figures|data)\b|\b(?:photocopier|printer|laptop|laptops|computer|computers|equipment|kit|toilets|furniture|books|ipads|system|microwave|kettle|fridge|privileges?|wifi|internet|budget|goodwill)\b (?:has been |have been |was |were |is |are |being |gets |got )?(?:abused|misused)\b|\bkill(?:ing|ed|s)? (?:themselves|myself|himself|herself|ourselves|yourself|me|us) (?:laughing|with laughter)\b|\b(?:kill|murder)\b[^|]{0,80}\b(?:lol|lmao|haha|(?<!not |never )joking|(?<!not |never )(?:only |just )?(?:a joke|in jest|messing about|messing around|having a laugh)|with a grin|both laughing|all laughing|burst out laughing|burst into giggles|giggling|(?:then )?laughed|in a game of|banter)\b/;

/** Builds a rule; signals are danger-now unless `extra.urgency` says otherwise. */
export const rule = (
  id: string,
  reasons: readonly UrgencyReason[],
  tier: SignalTier,
  source: string,
  extra: Partial<
    Pick<
      UrgencyRule,
      'context' | 'exclude' | 'ignoresHistory' | 'status' | 'threat' | 'urgency' | 'denialLeavesClassifier'
    >
  > = {},
): UrgencyRule => ({ id, reasons, tier, pattern: new RegExp(source, 'g'), urgency: 'now', ...extra });

const today = { urgency: 'today' as const };

/** Every signal the triage looks for. Order does not matter; reasons are sorted afterwards. */
// A thing on a roof or ledge, not a person ("the football is on the roof again", "pigeons on the
// ledge"), and a person at work there ("dad is on the roof fixing the gutter").
const NOT_A_THING_ON = String.raw`(?<!\b(?:ball|balls|football|footballs|frisbee|kite|drone|bag|shoe|shoes|trainer|trainers|hat|toy|toys|rubbish|snow|leaves|moss|panel|panels|tiles|aerial|dish|cat|cats|pigeon|pigeons|bird|birds|seagull|seagulls|it) (?:is|are|was|were|got|has got|have got|landed|stuck|still)?(?: stuck| landed| again)? ?)`;
const NOT_WORK_ON_IT = String.raw`(?! (?:fixing|repairing|mending|clearing|cleaning|working|replacing|painting|checking|doing|putting up|sorting|garden|terrace|top|bar))`;

// Someone holding, carrying or using a weapon: "has got a", "was waving what looks like a real".
const ARMED_WITH = String.raw`\b(?:has|have|had|has got|got|with|holding|carrying|waving|pulled|pulling|brandishing|wielding|threatening|threatened|found|hiding|hidden|brought|bringing|armed with|produced|flashing|showed|showing)${gap(3)} (?:a |an |the |his |her |their |some |two |big )?`;

export const URGENCY_RULES: UrgencyRule[] = [
  // --- Violence ---------------------------------------------------------------------------------
  rule(
    'violence-ongoing',
    ['violence'],
    'vivid',
    String.raw`\b${AUX_PRESENT} ${PHYSICAL_ING} ${VICTIM}\b${NOT_BODY}`,
  ),
  rule(
    'violence-habitual',
    ['violence'],
    'vivid',
    String.raw`\b${ADULT_NOUN} ${PHYSICAL_PRESENT} ${VICTIM}\b${NOT_BODY}`,
  ),
  rule(
    'violence-in-progress',
    ['violence'],
    'strong',
    String.raw`\b${ADULT_NOUN} ${PHYSICAL_ING} ${VICTIM}\b${NOT_BODY}`,
  ),
  // "dad got the kid by the throat in the car park", "his hands round her neck": strangling now
  // (not "by the neck of his babygrow", a hug "round the neck", a scrum, a play or a pulse check).
  rule(
    'violence-by-the-throat',
    ['violence'],
    'vivid',
    String.raw`\b(?:got|grabbed|grabed|grabbing|grabs|gripped|gripping|has|had|have|holding|held|pinned|pinning|lifted|lifting|got hold of|took hold of) (?:the |a |her |his |their |my |our |that |this )?(?:${CHILD_NOUN}|her|him|them|me|mum|mother|wife|partner|girlfriend)(?: up)?(?: against (?:the|a) (?:wall|door|floor|car))? by (?:the|her|his|their|my) (?:throat|thoat|neck)\b(?! of)(?! (?:over|about|with) )|\b(?:his|her|their|he put his|she put her|dad put his) (?:hands?|fingers) (?:round|around|squeezing|tight round) (?:her|his|their|my|the (?:${CHILD_NOUN})s?|(?:his|her) (?:wife|partner|girlfriend|boyfriend|son|daughter)s?) (?:throat|thoat|neck)\b(?! of)|\b(?:squeezing|squeezed|strangling|throttling) (?:her|his|their|my|the (?:${CHILD_NOUN})s?) (?:throat|neck)\b|\b(?:knee|foot|boot) on (?:her|his|their|the (?:${CHILD_NOUN})s?) (?:neck|throat)\b`,
    {
      exclude:
        /\b(?:rugby|scrum|tackle|wrestling|headlock|judo|martial arts|karate|the play|drama|rehearsal|in (?:the|a) (?:scene|film|movie|story|game)|macbeth|pulse|babygrow|bath ?time|stung|itchy|sore throat|whiplash|retract\w*|nfa|file closed|case closed)\b/,
      denialLeavesClassifier: true,
    },
  ),
  // "gang lads just dragged a year 8 into a car", "a boy was pulled into a car near the school": a
  // child taken by force into a vehicle, by strangers or in distress (not "bundled the kids into the
  // car after swimming", "pulled her into the car out of the rain").
  rule(
    'danger-dragged-into-vehicle',
    ['missing_child', 'immediate_danger'],
    'vivid',
    String.raw`\b(?:dragged|dragging|drags|draggd|bundled|bundling|bundles|forced|forcing|pulled|pulling|pushed|pushing|snatched|snatching|grabbed|grabbing|shoved|shoving) (?:a |the |her |him |them |my |our |this |that |his |their |two |2 )?(?:(?:year \d{1,2}|\d{1,2} ?(?:year|yr) old|\d{1,2} ?yo|little|young|small|screaming|crying) )?(?:${CHILD_NOUN}|lad|teenagers|her|him|them|year \d{1,2}|one of (?:our|my|the) (?:pupils|kids|children|students|girls|boys))(?: [a-z]+){0,2}? (?:in|into|in to) (?:a |the |an |his |their |some |this |that )?(?:back of (?:a |the |his |their )?|boot of (?:a |the |his |their )?)?(?:[a-z]+ )?(?:car|van|vehicle|taxi|motor|lorry|truck)\b(?! (?:park|seat|boot|wash|door))|\b(?:was|were|got|been|being|has been|have been|just been) (?:dragged|bundled|forced|pulled|pushed|shoved|snatched|grabbed) (?:in|into|in to) (?:a |the |an |his |their |some )?(?:back of (?:a |the |his |their )?|boot of (?:a |the |his |their )?)?(?:[a-z]+ )?(?:car|van|vehicle|taxi|motor|lorry|truck)\b(?! (?:park|seat|wash))`,
    {
      context:
        /\b(?:man|men|male|males|lads|gang|stranger|strangers|someone|somebody|some1|sum1|unknown|masked|dealers?|bloke|blokes|guy|guys|adults?|people|they|older (?:boys|lads|men)|screaming|crying|scared|kicking|struggling|against (?:her|his|their) will|kidnap\w*|abduct\w*|witness\w*|police|999)\b|\b(?:was|were|got|been|being) (?:dragged|bundled|forced|pulled|pushed|shoved|snatched|grabbed) (?:in|into)\b/,
      exclude:
        /\b(?:rain|raining|lol|normal|fine|hug|cuddle|swimming|seaside|beach|buckled|school run|as agreed|pe kit|farm visit|bedtime|so slow|day trip|school trip|drama|role ?play|(?:in|from) (?:the|a) (?:play|story|film|scene|game|book))\b/,
      denialLeavesClassifier: true,
    },
  ),
  // "there were shots fired outside the flat", "heard gunshots on the estate", "someone fired shots
  // at the family home": a shooting or stabbing here, now.
  rule(
    'danger-shooting-nearby',
    ['violence', 'immediate_danger'],
    'vivid',
    String.raw`\b(?:shots? (?:fired|being fired|going off)|(?:heard|hearing|hear) (?:gun ?shots|gun ?fire|shots|a gun go off|shooting)|gun ?shots|gunfire|drive ?by(?: shooting)?|someone (?:is |was )?(?:shooting|firing)(?: a gun)?|(?:there is|there was|there has been|been) (?:a )?(?:shooting|stabbing))\b${gap(3)} (?:outside|near|nearby|by|at|on|in|round|around|behind|opposite|across from) (?:the |our |their |his |her |my |your |a )?(?:flat|flats|house|home|school|primary|gates?|estate|park|street|road|block|building|playground|shop|shops|bus stop|door|window|garden|close|centre|nursery|club|stairwell|car park|corner)\b|\b(?:fired|firing|fires|shot) (?:a )?(?:shots? )?at (?:the|a|our|their|his|her) (?:house|home|flat|window|windows|door|family home|kids|children|car)\b|\ba shot was fired\b`,
    {
      exclude: new RegExp(
        String.raw`\b(?:grouse|pheasant|clay|shooting season|shooting range|rifle range|cadets|air ?soft|paintball|fireworks?|bangers?|bonfire|over the years|in the past|last year|years ago|in (?:the|a) (?:film|movie|video game|game)|photo ?shoot|${TOY} (?:gun|guns|pistol|pistols))\b`,
      ),
      denialLeavesClassifier: true,
    },
  ),
  rule(
    'violence-just-happened',
    ['violence'],
    'vivid',
    String.raw`\b(?:just|has|have|had|has just|have just) ${PHYSICAL_PAST} ${VICTIM}\b${NOT_BODY}`,
  ),
  rule(
    'violence-victim',
    ['violence'],
    'vivid',
    String.raw`\b(?:has been|have been|got|is being|are being|been|just been|keeps getting|getting|gets) (?:hit|beaten|beaten up|punched|kicked(?! out)|slapped|smacked|strangled|choked|throttled|stabbed|attacked|battered|burned|burnt|shot(?! put)|assaulted|knocked out|shaken|thrown)\b(?!(?: in the [a-z]+| on the [a-z]+)? (?:by|with) (?:a|the) (?:(?:cricket|tennis|foot|rugby|hockey|golf|rounders|netball|basket|base|soft|stray) ?(?:ball|bat|stick)|(?:tennis|badminton|squash) (?:racket|racquet)|hockey puck|frisbee|swing)\b(?! by))`,
    // ("got hit in the face by a cricket ball at practice": a sports knock.)
    { exclude: WORKPLACE_IDIOM },
  ),
  rule(
    'violence-victim-past',
    ['violence'],
    'strong',
    String.raw`\b(?:was|were) (?:hit|beaten|beaten up|punched|kicked(?! out)|slapped|strangled|choked|stabbed|attacked|battered|burned|burnt|shot(?! put)|assaulted|knocked out|shaken)\b`,
  ),
  rule('violence-past', ['violence'], 'weak', String.raw`\b${PHYSICAL_PAST} ${VICTIM}\b${NOT_BODY}`),
  rule(
    'violence-threat',
    ['violence'],
    'vivid',
    String.raw`\b(?:will|would|going to|gonna|threatens to|threatened to|threatening to|threatening|wants to|want to|swore to|swears to|promised to|about to|trying to|tried to|try to|says he will|said he would|said she would)(?:${gap(3)} and)? (?:kill|stab|hurt|shoot|murder|strangle|batter|beat|beat up|burn|slit|knife|kidnap|hit|choke|smother|drown|suffocate|cut|shank|slash|wet|merk|jump|do in|do|smash) ${VICTIM}\b${NOT_BODY}`,
    { threat: true, exclude: WORKPLACE_IDIOM },
  ),
  rule(
    'violence-will-be-hurt',
    ['violence'],
    'vivid',
    String.raw`\b(?:will|would|is going to|going to|gonna) (?:get|be) (?:hit|beaten|beaten up|battered|hurt|killed|smacked|belted|stabbed|hurt badly)\b`,
    { threat: true },
  ),
  rule(
    'violence-arson-threat',
    ['violence'],
    'vivid',
    String.raw`\b(?:burn|burning|set fire to|setting fire to|torch) (?:the|their|her|his|our|my) (?:house|flat|home|place)\b`,
  ),
  rule('violence-kill', ['violence'], 'weak', String.raw`\b(?:kill|stab|shoot|murder) ${VICTIM}\b`, {
    threat: true,
    exclude: WORKPLACE_IDIOM,
  }),
  rule(
    'violence-death-threat',
    ['violence'],
    'strong',
    String.raw`\b(?:death threats?|threats? to kill|threatened to kill|threatening to kill)\b(?! ${SELF})`,
  ),
  rule(
    'violence-witnessed',
    ['violence'],
    'vivid',
    String.raw`\b(?:saw|seen|see|seeing|watched|watching|witnessed|can see) (?:a |the |her |his |their )?${ADULT_NOUN}${gap(1)} (?:hit|hitting|punch|punching|kick|kicking|slap|slapping|throw|throwing|shake|shaking|drag|dragging|beat|beating|strangle|strangling|choke|choking|attack|attacking|push|pushing|grab|grabbing|stamp on|stamping on) ${VICTIM}\b${NOT_BODY}`,
  ),
  rule('violence-unattributed', ['violence'], 'strong', String.raw`\b${PHYSICAL_ING} ${VICTIM}\b${NOT_BODY}`),
  rule(
    'violence-shaking-baby',
    ['violence'],
    'vivid',
    String.raw`\b(?:is|was|has|have|had|been|keeps|just|dad|mum|he|she) (?:shaking|shook|shaken) (?:the |a |her |his |their )?(?:baby|infant|newborn|toddler)\b`,
  ),
  rule(
    'violence-armed',
    ['violence'],
    'strong',
    String.raw`${ARMED_WITH}(?:(?:real|real looking|loaded|massive|huge|kitchen) )?${WEAPON}\b${TOPIC_FOLLOWER}`,
  ),
  // A toy weapon counts only where the message says it is real or used to hurt ("a water pistol
  // filled with bleach", "a toy gun that turned out to be real"; not "it is not real").
  rule(
    'violence-armed-toy',
    ['violence'],
    'strong',
    String.raw`${ARMED_WITH}(?:(?:real|real looking|loaded|massive|huge) )?${TOY} ${WEAPON_WORD}\b${TOPIC_FOLLOWER}`,
    {
      context:
        /\b(?:(?<!\bnot |n't |nt )real|bleach|acid|ammonia|police|rob|robbing|robbery|threaten\w*|threatened|pointed|pointing|turned out|hurt\w*|burn\w*|injur\w*)\b/,
    },
  ),
  rule('violence-weapon', ['violence'], 'weak', String.raw`\b${WEAPON}\b${TOPIC_FOLLOWER}`),
  rule(
    'violence-domestic-now',
    ['violence'],
    'current',
    String.raw`\b(?:domestic (?:abuse|violence|incident|assault)|dv|da incident|(?<!\bplay )fighting|punch up|brawl|kicking off|smashing (?:the place|things|stuff|up|the house)|throwing (?:things|furniture|plates|stuff)|punched (?:a hole in )?(?:the|a) (?:wall|door)|smashed (?:the|a) (?:window|door|tv|place)|screaming at|shouting at|attacking)\b${TOPIC_FOLLOWER}`,
  ),
  // "screaming coming from the flat upstairs and a kid crying 'stop daddy stop'": a child heard,
  // through a wall or from next door, begging an adult to stop.
  rule(
    'child-heard-begging',
    ['violence'],
    'vivid',
    String.raw`\b(?:crying|cries|cried|screaming|screams|screamed|shouting|shouts|shouted|yelling|begging|sobbing|pleading)(?: out)? (?:stop (?:it )?(?:dad|mum|mam|daddy|mummy|hurting me|hitting me)|please stop|get off (?:me|her|him)|do not hurt me|leave my mum alone)\b`,
    {
      context:
        /\b(?:heard|hear|hearing|could hear|can hear|coming from|next door|through the wall|neighbours? (?:rang|called|phoned|heard|reported)|from the (?:flat|house) (?:upstairs|downstairs|next door|above|below))\b/,
      exclude:
        /\b(?:training|scenario|case study|role play|rehearsal|drama|tickl\w*|giggl\w*|play ?fight\w*|playing (?:tag|a game|games|football|rugby|hide)|game of|tag|spider|dentist|rugby|football|practice|(?:has|having|gets|getting) (?:her|his|their) (?:face|hair) (?:washed|brushed|cut)|(?:cut|cutting) (?:her|his|their) nails|nappy)\b/,
    },
  ),
  rule(
    'violence-rampage',
    ['violence'],
    'vivid',
    String.raw`\b(?:is|are|keeps|started|currently) (?:smashing|trashing|wrecking|kicking off|going mental|throwing (?:things|stuff|furniture|plates)|breaking (?:things|stuff|the door|doors|windows)|punching (?:walls|the walls|doors))\b|\b(?:locked|locking|locks|trapped|barricaded|keeping|holding) (?:her|them|him|me|mum|us)(?: and (?:the|her|his|my) (?:\d{1,2} )?(?:kids|children|baby|babies|boys|girls))? (?:in|inside) (?:the|a|her|his|their|my) (?:bedroom|room|house|flat|bathroom|car)\b`,
  ),
  // "outside the flat now screamin n smashin inside kids r in there", "ex jst turnd up at refuge
  // door threatnin every1 kids r inside": violence at the door or inside, children inside.
  rule(
    'violence-children-inside',
    ['violence', 'domestic_abuse'],
    'vivid',
    String.raw`\b(?:screaming|smashing|shouting|banging|fighting|threatening|kicking the door|kicking off|trying to get in|trying to break in|breaking in)\b[^|]{0,50}\b(?:kids|children|baby|babies|little ones|the boys|the girls) (?:are |is |r )?(?:still )?(?:in there|inside|in the (?:flat|house|room))\b`,
  ),
  rule(
    'violence-overheard',
    ['violence'],
    'vivid',
    String.raw`\b(?:can hear|i hear|we hear|hearing|could hear|heard)${gap(3)} (?:screaming|shouting|banging|smashing|fighting|yelling|a fight|things being thrown|glass breaking|someone being hit|hitting|thuds?|thumps?|crying and screaming)\b`,
  ),
  rule(
    'violence-injuries',
    ['violence'],
    'weak',
    String.raw`\b(?:(?:burn|scald) marks?\b[^|]{0,40}?\b(?:on|to) (?:her|his|their) |(?:cigarette|iron) (?:burns?|marks?)|burns? (?:on|to) (?:her|his|their) (?:hands?|arms?|legs?|feet|back|face|chest|body)|black eye|bruises|bruising|bruised|welts|belt marks|bite marks|burn marks|cigarette burns|finger marks|hand marks|hand print|handprint|grip marks|broken (?:arm|wrist|leg|rib|ribs|nose|bone|jaw)|fractured|fracture|marks on (?:her|his|their) (?:neck|face|body|arm|arms|back|legs))\b`,
    { exclude: SPORT },
  ),

  // --- Abuse ------------------------------------------------------------------------------------
  rule(
    'abuse-told',
    ['abuse_disclosure'],
    'vivid',
    String.raw`${NOT_DOCUMENT}${NOT_ADULT_TELLER}\b${DISCLOSE}\b[^|]{0,100}?\b${ABUSE_TERM}\b`,
    { ignoresHistory: true },
  ),
  // An adult describing their own past (a mum on a former partner) is early help material once
  // it is over; the same words about now are not.
  rule(
    'abuse-told-by-adult',
    ['abuse_disclosure'],
    'vivid',
    String.raw`\b${ADULT_TELLER} (?:has |have |had |just )?${DISCLOSE}\b[^|]{0,100}?\b${ABUSE_TERM}\b`,
  ),
  rule(
    'abuse-disclosure-made',
    ['abuse_disclosure'],
    'vivid',
    String.raw`\b(?:made|making|has made|given|gave|make|makes|had|have|has|got|received|taken|took|came to me with|come to me with) (?:a |an )?(?:(?!dbs\b|criminal\b)[a-z]{1,20} )?disclosure\b|\bdisclosed to (?:me|us|a teacher|her teacher|his teacher|staff|the|my|our)\b`,
    { ignoresHistory: true },
  ),
  rule(
    'abuse-ongoing',
    ['abuse_disclosure'],
    'vivid',
    String.raw`\b(?:is|are|was|were|keeps|kept|has been|have been|been|still|and) (?:sexually |physically |emotionally )?(?:abusing|molesting|raping|touching|interfering with|sexually abusing|assaulting|sexually assaulting) ${VICTIM}`,
  ),
  rule(
    'abuse-victim',
    ['abuse_disclosure'],
    'vivid',
    String.raw`\b(?:is|are|being|has been|have been|been|gets|getting|got|keeps getting) (?:sexually |physically |emotionally )?(?:abused|molested|raped|interfered with|sexually assaulted|touched inappropriately)\b`,
  ),
  rule(
    'abuse-victim-past',
    ['abuse_disclosure'],
    'strong',
    String.raw`\b(?:was|were) (?:sexually |physically )?(?:abused|molested|raped|sexually assaulted|touched inappropriately)\b`,
  ),
  rule(
    'abuse-habitual',
    ['abuse_disclosure'],
    'vivid',
    String.raw`\b${ADULT_NOUN} (?:abuses|rapes|molests|touches|interferes with|sexually abuses|gropes|fondles) ${VICTIM}\b${NOT_BODY}`,
  ),
  rule(
    'abuse-topic',
    ['abuse_disclosure'],
    'weak',
    String.raw`\b(?:sexual abuse|physical abuse|child abuse|csa|fgm|female genital mutilation|forced marriage|breast ironing)\b${TOPIC_FOLLOWER}`,
  ),
  rule(
    'abuse-fgm-planned',
    ['abuse_disclosure'],
    'vivid',
    String.raw`\b(?:to be|going to be|getting|get|will be) cut\b`,
    {
      context:
        /\b(?:holiday|abroad|ceremony|summer|trip|procedure|grandma|aunt|auntie|special|become a woman|village|back home)\b/,
    },
  ),

  // --- Immediate danger -------------------------------------------------------------------------
  // "told them to wait here ... its closing time now": young children left to wait for an adult
  // who has not come back.
  rule(
    'alone-left-waiting',
    ['child_alone'],
    'vivid',
    String.raw`\b(?:told|tells|asked|left) (?:them|him|her|the kids|the children|the boys|the girls) (?:to )?wait (?:here|outside|in the car|at the)\b`,
    {
      context:
        /\b(?:closing|closed|close|hours|since|no number|no one|nobody|no body|not (?:come|came) back|dark|night|not answering|no answer)\b/,
    },
  ),
  // "my cousin got stabbed last month and now they're saying I'm next": a threat that follows an
  // attack, however long ago the attack was.
  rule(
    'violence-next',
    ['violence'],
    'vivid',
    String.raw`\b(?:saying|said|says|told (?:me|him|her)|reckons?|thinks?|think|scared|worried|worries)(?: that)? (?:i am|i m|im|he is|he s|hes|she is|she s|shes|they are|you are|you re) next\b`,
    {
      ignoresHistory: true,
      context:
        /\b(?:stabbed|stabbing|shot|shooting|knifed|jumped|attacked|beaten up|killed|murdered|knife|blade|gun|gang|payback|revenge)\b/,
    },
  ),
  // "2yo boy gone from the soft play about 10 mins ago, staff on every exit": a young child lost now.
  rule(
    'missing-gone-from',
    ['missing_child'],
    'vivid',
    String.raw`\b(?:gone|disappeared|vanished|wandered off|ran off|slipped off|missing) from (?:the |a )?(?:soft play|play ?area|playground|park|shop|supermarket|swimming pool|pool|changing rooms?|beach|fair|funfair|party|crèche|creche|nursery|class|classroom|garden|car)\b`,
    { context: CHILD_CONTEXT, exclude: NOT_A_CHILD },
  ),
  // "I'm going to do what the guy in New Zealand did, I've got it all planned for tomorrow".
  rule(
    'violence-attack-plan',
    ['violence'],
    'vivid',
    String.raw`\b(?:going to|gonna|will|want to|wants to|plan to|planning to) do what the (?:guy|man|lad|shooter|bomber|attacker|killer)s? (?:in|at|on|did)\b[^|]{0,60}?\b(?:planned|plan|planning)\b`,
  ),
  rule(
    'danger-stated',
    ['immediate_danger'],
    'strong',
    String.raw`\b(?:in (?:immediate |imminent |serious |real |grave |great |big |actual )?danger|at (?:immediate|imminent) risk|life (?:is )?(?:at risk|in danger)|fears? for (?:her|his|their) (?:life|safety)|not safe (?:to go home )?tonight|unsafe (?:to go home )?tonight)\b`,
  ),
  rule(
    'danger-unsafe-home',
    ['unsafe_at_home'],
    'strong',
    String.raw`\b(?:not safe (?:at home|to go home|there|with (?:her|his|their|him|them|mum|dad))|unsafe (?:at home|to go home|with (?:her|his|him|them|mum|dad)))\b`,
    today,
  ),
  rule(
    'danger-scared-to-go-home',
    ['immediate_danger'],
    'vivid',
    // Not the quoted phrase in "is 'scared to go home' a reason to refer?".
    String.raw`(?<!(?:^|\| )(?:is|are|does|would) )\b(?:scared|afraid|frightened|terrified|petrified|too scared|too frightened|does not want|do not want|did not want|refuses|refusing|refused|will not|would not|begging not|begged not|pleading not|asked not|asking not) (?:to )?(?:go|going|be going|return|returning|get|be sent|be taken|being sent|go back) (?:back )?(?:home|back there|back to (?:her|his|their) (?:house|home|dad|mum|flat|place))\b`,
  ),
  rule(
    'danger-scared-of-adult',
    ['immediate_danger'],
    'weak',
    String.raw`\b(?:scared|afraid|frightened|terrified|petrified) (?:of|that) (?:her |his |their |my )?(?:dad|mum|step dad|step mum|parents?|uncle|brother|boyfriend|partner|carer|grandad|nan|him|them)\b`,
  ),
  rule(
    'danger-intoxicated-at-collection',
    ['immediate_danger'],
    'vivid',
    String.raw`\b(?:turned up|arrived|came|come|here|is here|outside|waiting|collecting|picking|pick up|pickup|drop off|home time|the gate)${gap(2)} (?:drunk|intoxicated|high|stoned|wasted|off (?:her|his|their) face|out of it|under the influence)\b|\b(?:drunk|intoxicated|high|stoned|wasted|off (?:her|his|their) face) (?:and|to) (?:collect|pick|drive|driving|take)\b`,
  ),
  rule(
    'danger-intoxicated-carer',
    ['immediate_danger'],
    'strong',
    String.raw`\b(?:is|are|was|were|seems|seemed|looks|looked|appears|appeared|got|gets|very|really|so|completely|passed out|mum|mums|dad|dads|parent|parents|carer|boyfriend|partner|he|she|they)(?: (?:clearly|obviously|visibly|heavily|very|really|quite|so|completely|extremely|totally))* (?:drunk|intoxicated|high|stoned|wasted|smashed|off (?:her|his|their) face|out of it|under the influence|slurring)\b|\b(?:can|could) (?:barely|hardly) (?:stand|walk|stand up|talk)\b|\b(?:staggering|stumbling|swaying|falling over)\b|\b(?:smells|smelled|smelling|smelt|stinks|stank) of (?:alcohol|drink|booze|cannabis|weed)\b`,
    {
      context:
        /\b(?:collect\w{0,4}|pick\w{0,4}|pickup|driv\w{1,4}|drove|car|in charge|looking after|alone with|caring for|baby|kids|children|child|toddler|on (?:her|his|their|my|our) own with|home with)\b/,
    },
  ),
  rule(
    'danger-abducted',
    ['missing_child', 'immediate_danger'],
    'vivid',
    String.raw`\b(?:has been|have been|been|was|were|got|being|just been) (?:taken|snatched|abducted|kidnapped|grabbed|bundled)${gap(2)} (?:from|by|into|off)\b(?! (?:care|foster care|custody|hospital|police protection|a placement|the care system|a refuge|(?:the )?(?:school )?roll|the register|(?:a |the |her |his |their )?(?:waiting )?list|(?:a |the |her |his |their )?(?:cp |child protection |cin |child in need )?plan|(?:her |his |their )?(?:meds|medication))\b)`,
  ),
  rule(
    'danger-thrown-out',
    ['immediate_danger'],
    'weak',
    String.raw`\b(?:kicked|thrown|chucked|locked|put) (?:her |him |them |me )?out (?:of (?:the |her |his |their )?(?:house|home|flat)|at night|tonight|on the streets?)\b|\b(?:got|been|was|has been|have been|gets|getting) (?:kicked|thrown|chucked) out\b(?! of (?:college|school|class|the club|the lesson|lessons?|the group|the team|the shop|the meeting)\b)`,
    {
      context: new RegExp(
        String.raw`\b(?:${CHILD_NOUN}|\d{1,2} ?(?:year|yr) old|\d{1,2} ?(?:yo|yr)|she|he)\b`,
      ),
    },
  ),
  rule(
    'danger-lured',
    ['immediate_danger'],
    'strong',
    String.raw`\b(?:tried to (?:get|drag|pull|lure|take|grab) (?:her|him|them)|(?:offered|gave|gives|offers|giving|offering) (?:her|him|them|me) (?:sweets|money|a lift|a ride|drugs|alcohol|cigarettes|vapes?|a job|a phone|presents|sweeties)|(?:come|coming|comes) back for (?:her|him|them|me))\b`,
  ),
  rule(
    'danger-call-emergency',
    ['immediate_danger'],
    'weak',
    String.raw`\b(?:call|ring|phone|dial|calling|ringing|phoning|get|called|rang|phoned) (?:the )?(?:999|police|ambulance|an ambulance|112|911|emergency services)\b`,
  ),

  // --- Child alone ------------------------------------------------------------------------------
  rule(
    'alone-not-collected',
    ['child_alone'],
    'vivid',
    String.raw`\b(?:no one|nobody|no body|not been|has not been|have not been|had not been|not yet been|never been|still not been|not|still not) (?:has |had |have |is |came |come )?(?:collected|picked (?:her|him|them) up|picked up|come to (?:get|collect|pick)|come for (?:her|him|them|the (?:baby|child|kids|children|toddler|little one)|his (?:son|daughter)|her (?:son|daughter|baby))|turned up to (?:collect|pick)|arrived to (?:collect|pick)|here to (?:collect|pick))\b`,
  ),
  rule(
    'alone-left',
    ['child_alone'],
    'vivid',
    String.raw`\b(?:left|leaving|leaves|abandoned|dumped)${gap(3)} (?:alone|on (?:her|his|their|my|our) own|home alone|by (?:herself|himself|themselves|myself|ourselves)|unattended|unsupervised|in (?:the |a |her |his |their )?car|outside|in the street|on the street|at the (?:park|station|shops?|gate))\b`,
    { exclude: NOT_A_CHILD },
  ),
  rule(
    'alone-abandoned',
    ['child_alone'],
    'vivid',
    String.raw`\b(?:home alone(?! (?:film|films|movie|movies|dvd|christmas))|abandoned|abandoning)\b`,
    { exclude: NOT_A_CHILD },
  ),
  // "court order no contact after he broke the child's arm, he's at the gate now": an adult a court
  // or the police keep away from the child, arriving for them.
  rule(
    'barred-adult-arriving',
    ['immediate_danger'],
    'vivid',
    String.raw`\b(?:court order|non molestation|no contact (?:order|condition)|not allowed (?:any )?contact|not allowed (?:near|to see|to collect|to have contact)|no contact with (?:her|him|them|the (?:child|kids|children))|restraining order|injunction|bail conditions?|banned from (?:seeing|contact|the school|collecting))\b[^|]{0,120}?\b(?:(?:is|are) (?:at the (?:gate|door|front door|school|nursery|reception|office)|outside|here|in reception|waiting)|(?:at the (?:gate|door|front door)|outside|here|in reception) (?:now|right now)|(?:turned up|arrived|just turned up|just arrived)(?: [a-z]{1,12}){0,3}? (?:now|just now|right now)|on (?:his|her|their) way|(?:coming|here) to (?:collect|pick|get|take)|(?:is|are) (?:collecting|picking (?:her|him|them) up)|collecting (?:her|him|them) (?:today|now|tonight|at)|says (?:he|she|they) (?:is|are) collecting|(?:has |have )?just (?:entered|come into|walked into|arrived at|turned up at|got into)(?: the)? (?:school |nursery )?(?:reception|building|office|site|classroom|playground)|(?:is|are) (?:in|at) (?:the )?(?:school |nursery )?reception (?:demanding|shouting|insisting)|(?:demanding|insisting on|trying) to (?:take|collect|have|grab) (?:her|him|them|his|their|the)(?: (?:daughter|son|child|kids|children|baby))?)\b`,
    // "dad turned up on monday, police were called and he left": over, not arriving.
    // ... nor a professional or the paperwork arriving ("the social worker has just arrived at
    // reception for the meeting"), nor contact the order allows ("to collect her as arranged").
    {
      exclude:
        /\b(?:he|she|they) (?:left|went|has gone|have gone)\b|\bpolice (?:were|was) called\b|\b(?:social worker|sw|worker|officer|visitor|nurse|teacher|interpreter|paperwork|post|letter|parcel|solicitor|guardian|cafcass) (?:has |have )?just (?:arrived|entered|come)|\b(?:allowing|allows|permits) contact\b|\bas (?:arranged|agreed|planned)\b/,
    },
  ),
  // A deadline to send more or pay, or the pictures go out: "you've got till 4pm to send it or the
  // pics go to your mum".
  rule(
    'sextortion-deadline',
    ['sexual_exploitation', 'immediate_danger'],
    'vivid',
    String.raw`\bor (?:the|my|your|her|his|their) (?:pics|photos|pictures|nudes|videos?|vids?|images) (?:go|goes|will go|get sent|gets sent|are going|get posted|get shared) (?:to (?:your|her|his|their|my) |out to |everywhere|online)`,
  ),
  // "'done. took everything. sorry'": every pill in the house taken.
  rule(
    'overdose-everything',
    ['suicide_risk', 'medical_emergency'],
    'vivid',
    String.raw`\b(?:took|taken|swallowed) everything\b(?=(?: [^|]{0,20})?(?: \| )?(?:[^|]{0,12} )?(?:sorry|goodbye|bye|love you)\b)|\b(?:took|taken|swallowed|have taken|has taken) all (?:of )?(?:my|her|his|their|mums?|dads?|nans?) (?:pills|tablets|meds|medication|medicine|paracetamol|antidepressants)\b(?! (?:to|as|with|back|in|into|off|away|on time|every|today as|this morning as|for)\b)`,
  ),
  // "hes bleedin from his belly": a wound bleeding now.
  rule(
    'bleeding-wound',
    ['medical_emergency', 'violence'],
    'vivid',
    String.raw`\b(?:is |are |he is |she is |they are |been |still )?bleeding (?:from|out of) (?:his|her|their|the|my|a) (?:belly|stomach|tummy|chest|neck|head|side|back|leg|arm|mouth|ears?|nose and mouth)\b`,
  ),
  // "mum's partner just kicked the door in while I was there": a door broken in, now.
  rule(
    'door-broken-in',
    ['domestic_abuse', 'immediate_danger'],
    'strong',
    String.raw`\b(?:just |has just |is |are |has |have )(?:kicked|kicking|smashed|smashing|broke|broken|breaking|booted|booting) (?:the |her |his |our |my |their )?(?:front |back |bedroom |bathroom |flat )?door (?:in|down)\b(?! (?:the|a|an|at|on|of|to|our|his|her|their|by)\b)`,
    {
      exclude:
        /\b(?:wind|storm|gale|police|officers|bailiffs|fire (?:brigade|service)|firefighters|paramedics|caretaker|landlord|council|builders?|locksmith)\b/,
    },
  ),
  // "a neighbour called about a man assaulting a woman at Flat 4": an assault going on.
  rule(
    'assault-in-progress',
    ['domestic_abuse', 'immediate_danger'],
    'strong',
    String.raw`\b(?:man|men|male|partner|dad|father|boyfriend|husband|ex) (?:is |are )?(?:assaulting|attacking|beating up|beating|strangling|stabbing|throttling) (?:a |the |his |her |their )?(?:woman|female|partner|wife|girlfriend|mum|mother|girl|boy|child|kids|children)\b`,
  ),
  // "baby in a car seat in a car in the staff car park, windows up, been there 40 min its boiling":
  // a child shut in a car, in heat or with no adult to be seen.
  rule(
    'alone-in-car',
    ['child_alone'],
    'vivid',
    String.raw`\b(?:baby|babies|toddler|infant|child|kid|kids|children|little one|newborn|\d{1,2} ?(?:yo|year old|month old|week old|months old|weeks old))\b[^|]{0,50}?\b(?:in|inside|locked in|strapped in) (?:a|the|her|his|their|an) (?:car|van|car seat)\b(?:[^|]{0,80}?|[^|]{0,80}?\| [^|]{0,60}?)\b(?:boiling|roasting|baking|sweltering|so hot|really hot|very hot|heat|windows (?:up|shut|closed)|no (?:parent|adult|one|sign of (?:a |the |any )?(?:parent|adult|mum|dad|driver))|(?:cannot|can not|could not) see (?:a |the |any )?(?:parent|adult|mum|dad|driver|anyone)|on (?:her|his|their|its) own|unattended)\b`,
    // "is it illegal to leave a child in a car unattended?" asks about the law, not a car park.
    {
      exclude: new RegExp(
        `${NOT_A_CHILD.source}|\\b(?:is it|is that|are you|can you|can i|can parents|is it ok|is it legal|is it illegal|how long can|at what age|what age|should you)\\b`,
      ),
    },
  ),
  rule(
    'alone-state',
    ['child_alone'],
    'vivid',
    String.raw`\b(?:is|are|was|were|has been|have been|been) (?:alone|on (?:her|his|their|my|our) own|by (?:herself|himself|themselves|myself|ourselves)) (?:at home|in the house|in the flat|in the car|all day|all night|since|for hours|overnight|at night|for \d+|again|with no)\b`,
    { exclude: NOT_A_CHILD },
  ),
  rule(
    'alone-no-adult',
    ['child_alone'],
    'vivid',
    String.raw`\b(?:nobody|no one|no adult|no adults|no grown up|no grown ups) (?:is |are |has been |have been |had been |was |were )?(?:home|at home|in the house|looking after|caring for|with) (?:her|him|them|the baby|the kids|the children|the child)?\b`,
  ),
  // "mum goes out at nite n she wakes up n no1s there": a young child alone at night, as a habit.
  rule(
    'alone-wakes-to-no-one',
    ['child_alone'],
    'vivid',
    String.raw`\b(?:wakes? up|woke up|waking up|wakes|woke)(?: and| n|,)? (?:no one|nobody|no body|no1|no1s|noone|no ones|no one s) (?:is |s )?(?:there|home|in|around)\b`,
    today,
  ),
  rule(
    'alone-parent-gone',
    ['child_alone'],
    'vivid',
    String.raw`\b(?:gone out|went out|has gone out|gone to the pub|went to the pub|gone off|walked out|disappeared) (?:and )?(?:left|leaving)\b`,
  ),
  rule(
    'alone-late',
    ['child_alone'],
    'weak',
    String.raw`\b(?:alone|on (?:her|his|their|my|our) own|by (?:herself|himself|themselves|myself|ourselves))\b[^|]{0,60}?\b(?:late|night|dark|streets?|hours|since|midnight|\d{1,2} ?(?:pm|am)|o clock)\b|\b(?:midnight|at night|in the dark|(?:9|1[0-2]) ?pm|(?:1[0-2]|[1-5]) ?am|(?:9|1[0-2]|[1-5]) at night)\b[^|]{0,40}?\b(?:alone|on (?:her|his|their) own|by (?:herself|himself|themselves)|no adults?|no grown ups?|no parents?)\b`,
    { exclude: NOT_A_CHILD },
  ),
  rule(
    'alone-still-waiting',
    ['child_alone'],
    'strong',
    String.raw`\bstill (?:here|at (?:school|nursery|the setting|club|the club|the centre|after school club|the gate|reception)|waiting (?:to be (?:collected|picked up)|for (?:mum|dad|her mum|his mum|her dad|his dad|someone|a parent|parents|her parents|his parents|carer|collection|pick ?up)))\b`,
  ),
  rule(
    'alone-unsupervised',
    ['child_alone'],
    'weak',
    String.raw`\b(?:alone|${DECIDING}${ADULT_MATTER}on (?:her|his|their|my|our|its) own|by (?:herself|himself|themselves|myself|ourselves)|unattended|unsupervised(?! (?:contact|visits?|access|time|time with))|wandering)\b${TOPIC_FOLLOWER}`,
    { context: CHILD_CONTEXT, exclude: NOT_A_CHILD },
  ),
  rule(
    'alone-rough-sleeping',
    ['child_alone'],
    'strong',
    String.raw`\b(?:sleeping rough|sleeping on the streets?|sleeping in (?:a|the) (?:park|car|bus station|station|stairwell|tent|garage|shed))\b`,
    { context: CHILD_CONTEXT },
  ),
  rule(
    'alone-parents-unreachable',
    ['child_alone'],
    'weak',
    String.raw`\b(?:cannot|can not|could not|unable to|not able to) (?:get hold of|contact|reach|get through to|find)${gap(2)} (?:mum|dad|parents?|carers?|anyone|anybody|family)\b|\b(?:mum|dad|parents?|carers?|no one|nobody) (?:is |are )?(?:not )?(?:answering|picking up|responding)\b|\bphones? (?:is |are )?(?:off|switched off|going (?:straight )?to voicemail|dead)\b`,
    {
      context:
        /\b(?:collect\w{0,4}|pick\w{0,4}|pickup|late|still here|home time|closing|closed|gone home|everyone has gone|waiting|alone|on (?:her|his|their|my|our) own)\b/,
    },
  ),

  // --- Self-harm and suicide --------------------------------------------------------------------
  rule(
    'selfharm-act',
    ['self_harm'],
    'vivid',
    String.raw`\b(?:cut|cutting|cuts|burn|burnt|burned|burning|burns|scratch|scratched|scratching|scratches|harm|harmed|harming|harms|hurt|hurting|hurts|stab|stabbed|stabbing|punching|punched|hitting|starving|strangling|strangled|choking|choked) ${SELF}\b`,
  ),
  rule(
    'selfharm-state',
    ['self_harm'],
    'strong',
    String.raw`\b(?:is|are|been|has been|keeps|started|still|was|she|he|they|has|have|had|just) self harm(?:ing|ed|s)?\b`,
  ),
  rule(
    'selfharm-wounds',
    ['self_harm'],
    'strong',
    String.raw`\b(?:cuts|cut marks|fresh cuts|deep cuts|scratches|slashes|wounds|self harm marks|burns) (?:on|to|up|all over) (?:her|his|their|both) (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach|body|tummy)\b|\bbleeding from (?:her|his|their) (?:wrist|wrists|arm|arms|leg|legs|thigh|thighs)\b`,
  ),
  rule(
    'selfharm-implement',
    ['self_harm'],
    'strong',
    String.raw`\b(?:razor|razors|razor blades?|blades?|sharpener blades?|broken glass|ligature)\b`,
    {
      context:
        /\b(?:toilets?|bathroom|locked (?:herself|himself|themselves)|(?:will not|would not|refuses to|refusing to) (?:open|come out|unlock)|wrists?|cut|cutting|self harm\w{0,3}|bedroom)\b/,
    },
  ),
  rule(
    'selfharm-cut-body',
    ['self_harm'],
    'strong',
    String.raw`\b(?:cut|cutting|slit|slitting|slashed|slashing|sliced|slicing) (?:her|his|their|my) (?:wrists?|arms?|legs?|thighs?|stomach|throat)\b`,
  ),
  rule('selfharm-topic', ['self_harm'], 'current', String.raw`\bself harm(?:ing|ed|s)?\b${TOPIC_FOLLOWER}`),
  rule(
    'overdose-taken',
    ['self_harm', 'medical_emergency'],
    'vivid',
    // Not someone's usual medicine: "took her tablets this morning".
    String.raw`\b(?:taken|took|take|taking|swallowed|swallowing|had|necked|downed|popped|eaten|ate|got into|got hold of)(?! (?:her|his|their|my) (?:usual |normal |daily |prescribed |morning |evening |regular |night )?(?:pills|tablets|medication|meds|medicine)\b)${gap(4)} (?:pills|tablets|paracetamol|ibuprofen|painkillers|antidepressants|sleeping pills|an overdose|overdose|bleach)\b|\b(?:overdosed|overdosing)\b`,
  ),
  rule(
    'overdose-everything',
    ['self_harm', 'medical_emergency'],
    'vivid',
    String.raw`\b(?:taken|took|swallowed|eaten|had) (?:everything|all of (?:it|them)|the lot|the whole (?:box|packet|bottle|pack))\b`,
    {
      context:
        /\b(?:pills|tablets|meds|medicine|medication|cupboard|cabinet|drawer|bottle|packet|box|overdose)\b/,
    },
  ),
  rule(
    'overdose-topic',
    ['self_harm', 'medical_emergency'],
    'current',
    String.raw`\boverdose\b${TOPIC_FOLLOWER}`,
  ),
  rule(
    'suicide-kill-self',
    ['suicide_risk'],
    'vivid',
    // Not "kick one off themselves" (start a CAF) or "sign it off himself"; "finish it off myself" counts.
    String.raw`\b(?:kill|killing|kills|hang|hanging|drown|drowning|(?<!\b(?:kick|kicks|kicked|kicking|sign|signs|signed|signing) (?:it|one|this|that) )off|end|ending|suffocate|suffocating|strangle) ${SELF}\b`,
  ),
  rule(
    'suicide-killed-self',
    ['suicide_risk'],
    'weak',
    String.raw`\b(?:killed|hanged|hung|drowned) ${SELF}\b`,
  ),
  rule(
    'suicide-intent',
    ['suicide_risk'],
    'vivid',
    String.raw`\b(?:wants?|wanting|wanted|going|gonna|plans?|planning|planned|tried|trying|tries|attempted|attempting|threatened|threatening|threatens|talking about|talks about|talked about|will|about) (?:to )?(?:end (?:it all|it|her life|his life|their life|my life)|ending (?:it all|it|her life|his life|their life|my life)|take (?:her|his|their|my) (?:own )?life|die(?! (?:of (?:embarrassment|boredom|cringe|laughter|laughing|excitement)|laughing|if (?:she|he|i|they|we) (?:does not|do not|cannot|can not) (?:get|win|have|finish)(?! (?:away|out|help|(?:her|his|my|their|the) (?:meds|medication|medicine|insulin|inhaler|epipen|epi pen|tablets|oxygen)|food|money|to (?:a|the) (?:hospital|doctor))\b)))|be dead|not be here|not be alive|not exist|not wake up|jump)\b|\b(?:wish|wishes|wished) (?:she|he|they|i) (?:was|were) dead\b`,
  ),
  rule(
    'suicide-taking-life',
    ['suicide_risk'],
    'vivid',
    String.raw`\b(?:taking|take|took|end|ending|ended) (?:her|his|their|my) (?:own )?life\b|\b(?:messaged|texted|posted|sent|message|text|note|letter|called|rang|phoned)${gap(3)} (?:to )?say(?:ing)? (?:goodbye|bye forever|a final goodbye)\b`,
  ),
  rule(
    'suicide-statement',
    ['suicide_risk'],
    'vivid',
    String.raw`\b(?:better off dead|better off without (?:her|him|me|them)|(?:does|do) not want to (?:live|be alive|be here anymore|be here any more|exist|wake up)|no reason to live|not worth living|nothing to live for|suicide note|goodbye (?:note|letter|message|messages|post)|unalive|noose|ligature)\b`,
  ),
  rule(
    'suicide-farewell',
    ['suicide_risk'],
    'strong',
    String.raw`\b(?:sorry for everything|(?:bye|goodbye) (?:and )?(?:thanks|thank you|thnx|thx|cheers) (?:for|4) everything|(?:thanks|thank you|thnx|thx) (?:for|4) everything(?: ,)? i am done|tonight(?: is)? the night|this is goodbye|(?:will not|would not) be (?:here|around) (?:tomorrow|much longer|any more|anymore)|final goodbye)\b`,
    {
      context:
        /\b(?:posted|messaged|texted|wrote|written|note|letter|snapchat|instagram|tiktok|story|status|online|message|text|goodbye|tonight)\b/,
    },
  ),
  rule('suicide-suicidal', ['suicide_risk'], 'strong', String.raw`\bsuicidal\b${TOPIC_FOLLOWER}`),
  rule(
    'suicide-attempt',
    ['suicide_risk'],
    'vivid',
    String.raw`\b(?:attempted|attempt|attempting|tried|trying|thinking about|thoughts of|talking about|talks about|threatening|threatened|researching|searching|googling|planning|planned) (?:to commit )?suicide\b`,
  ),
  rule('suicide-topic', ['suicide_risk'], 'weak', String.raw`\bsuicide\b${TOPIC_FOLLOWER}`),
  rule(
    'suicide-jump',
    ['suicide_risk'],
    'vivid',
    String.raw`\b(?:jump|jumping|jumped|throw (?:herself|himself|themselves)) (?:off|from|in front of) (?:a |the )?(?:bridge|roof|building|train|car|cliff|balcony|window|multi storey|car park|lorry|bus)\b|\b(?:on|at) the edge of (?:the |a )?(?:bridge|roof|building|cliff)\b|(?<!\b(?:banged|bumped|hit|knocked|caught|grazed|scraped) (?:his|her|their|my) (?:head|knee|arm|leg|chin|face|lip|nose|elbow|hand) )\b(?:on|at) the edge of (?:the |a )?platform\b|\b(?:going|gone|goes|heading|headed|walked|walking|ran|run|running|went) (?:off )?(?:to|towards|down to|onto|on to) (?:the )?(?:railway|train|rail) (?:line|lines|track|tracks)\b|\bon the (?:railway|train) (?:line|lines|track|tracks)\b|\b(?:i am|she is|he is|they are)(?: (?:standing|sitting|stood|sat))? on (?:the |a |this )?(?:foot ?bridge|bridge|viaduct) (?:over|above) (?:the |a )?(?:railway|motorway|river|road|dual carriageway|tracks|train tracks|line|canal|bypass|ring road|a ?\d{1,4}|m ?\d{1,3})\b|\b(?:on|onto|on to|on top of|at the top of|up on) (?:the |a |this )?(?:roof|rooftop|ledge|bridge|cliff|cliff edge|multi storey|car park roof)\b[^|]{0,40}\b(?:(?:will not|refuses to|refusing to|cannot|can not) come down|threatening to jump|says? (?:she|he|they) (?:will|is going to|wants to) jump)\b`,
  ),

  // --- Medical emergency ------------------------------------------------------------------------
  rule(
    'medical-breathing',
    ['medical_emergency'],
    'vivid',
    String.raw`\b(?:not|no longer|is not|stopped|has stopped|cannot|can not|could not|struggling to|struggles to|difficulty|trouble|hard to|barely|finding it hard to|unable to|fighting to) (?:breathing|breathe|breath)\b|\b(?:breathing (?:funny|strangely|weird|weirdly|badly|very fast|noisily|oddly|shallow)|breathing (?:sounds?|sounding|seems|looks|is) (?:wrong|funny|weird|strange|odd|bad|off|not right|rattly|wheezy|noisy|scary|laboured|labored|really fast|very fast|shallow)|gasping for (?:air|breath)|gasping)\b`,
  ),
  rule(
    'medical-collapse',
    ['medical_emergency'],
    'vivid',
    String.raw`\b(?:unresponsive|unconscious|passed out|collapsed|not responding|no pulse|will not wake|would not wake|cannot wake|can not wake|not waking|hard to wake|difficult to wake|floppy|(?:is|gone|went|going|very|really|and) limp|face down in (?:the )?(?:bath|water|pool|pond|river|canal|paddling pool)|turning blue|turned blue|gone blue|going blue|blue lips|grey lips|gray lips|lips (?:are |have gone |went |turning |going |look |looks |looking )?(?:blue|grey|gray|purple)|blue around the lips|going grey|seizing|convulsing|is fitting|started fitting|keeps fitting|still fitting|been fitting|fitting now|having a fit|having a seizure|had a seizure|having what (?:looks|look|seems|sounds) like (?:a )?(?:fit|seizure)|is choking|choking on|has choked|started choking|drowning(?! in (?:paperwork|work|emails?|admin|referrals|forms|cases|debt|bills|it|meetings|marking|reports|jargon|data))|nearly drowned|drowned|bleeding (?:heavily|badly|a lot|loads|everywhere|profusely)|will not stop bleeding|bleeding will not stop|lots of blood|so much blood|blood everywhere|losing blood|covered in blood|fell down the stairs|fell from (?:a |the )?(?:window|balcony|height|roof)|swallowed(?: [a-z]{1,12}){0,4}? (?:battery|batteries|button battery|magnet|magnets|bleach|chemicals|detergent|washing (?:pod|pods|tablet|tablets)|pods?|coins?|cleaning)|scalded|badly burnt|badly burned|high fever|rash that does not fade|non blanching rash|is having an? (?:asthma attack|allergic reaction|anaphylactic)|anaphylactic shock|in anaphylaxis|will not stop (?:fitting|shaking|vomiting)|(?:hard|difficult|impossible) to (?:wake|rouse)|breathing (?:very )?(?:fast|quickly|rapidly))\b`,
  ),
  rule(
    'medical-ingested',
    ['medical_emergency'],
    'vivid',
    String.raw`\b(?:got hold of|got into|drunk|drank|swallowed|eaten|ate|taken|took)${gap(2)} (?:methadone|heroin|cocaine|ketamine|drugs|edibles|cannabis sweets|vape liquid|e liquid|antifreeze|weedkiller|rat poison|poison|dishwasher tablets|washing tablets|washing capsules|washing pods|laundry pods|cleaning (?:stuff|products?|fluid|spray)|bleach|disinfectant|button batter(?:y|ies)|batter(?:y|ies)|magnets|medication|medicine|pills)\b|\b(?:lips|mouth|tongue) (?:look |looks |are |is |all )?(?:burnt|burned|blistered)\b`,
    { context: CHILD_CONTEXT },
  ),
  rule(
    'medical-fitting',
    ['medical_emergency'],
    'vivid',
    String.raw`\b(?:${CHILD_NOUN}|he|she) (?:fitting|seizing|convulsing)\b`,
  ),
  rule(
    'medical-appearance',
    ['medical_emergency'],
    'vivid',
    String.raw`\b(?:is|gone|going|turned|turning|looks|looking|very) (?:grey|gray|mottled|pale and (?:floppy|cold|limp|clammy)|cold and (?:floppy|limp))\b|\b(?:barely|semi|not fully|hardly) conscious\b|\b(?:in and out of consciousness|drifting in and out|keeps passing out)\b|\b(?:has been|been|got|was|were) (?:drugged|spiked)\b|\b(?:refusing|refuses|refused|will not|would not) (?:to )?(?:call|ring|get) (?:an |the )?(?:ambulance|999|doctor|help)\b|\b(?:says|said|saying|say|keeps saying) no to (?:an |the )?(?:ambulance|999|paramedics?|a and e|hospital)\b|\b(?:fallen|fell|falling)${gap(1)} (?:from|out of|off) (?:a |an |the |her |his )?(?:first floor |second floor |upstairs |bedroom |top floor )?(?:window|balcony|height|roof|building|bridge|cliff)\b`,
  ),
  rule(
    'medical-breathing-difficulty',
    ['medical_emergency'],
    'strong',
    String.raw`\b(?:breathing (?:difficulty|difficulties|problems)|difficulty breathing)\b`,
    { context: /\b(?:baby|infant|newborn|toddler|\d{1,2} ?(?:week|month) old)\b/ },
  ),
  rule(
    'medical-condition',
    ['medical_emergency'],
    'strong',
    String.raw`\b(?:anaphylaxis|allergic reaction|asthma attack|epi ?pen|head injury|seriously (?:hurt|injured|ill)|badly (?:hurt|injured))\b${TOPIC_FOLLOWER}`,
    // A question about the pens a school keeps ("has an epipen, how many should school keep on
    // site?"), with no word of anything happening to a child.
    { exclude: new RegExp(`${EPIPEN_STOCK.source}|${HEAD_LETTER.source}`) },
  ),
  rule(
    // Swelling of the lips, tongue, throat or face is how anaphylaxis starts, with or without an
    // EpiPen to hand ("nut allergy kid ate a peanut and his face is swelling").
    'allergic-swelling',
    ['medical_emergency'],
    'strong',
    String.raw`\b(?:${AIRWAY}(?: (?:is|are|has|have|started|starting|going|gone|all|really|very|getting|now)){0,3}(?: to)? (?:swelling|swollen|swelled|swell|swellin|puffing up|puffed up|puffy|closing up|tight|tightening)|(?:swelling|swollen|puffy) (?:lips?|tongue|throat|face))\b`,
    // Any swelling of the airway or face counts, whatever set it off and however the writer
    // describes the child (crying, anxious, "says he is fine"). Only a cause that is plainly no
    // reaction (an abscess, braces, eczema, a piercing, chicken pox, nerves), with nothing in the
    // sentence that sets one off, leaves it to the other rules.
    {
      exclude:
        /^(?!.*\b(?:allerg\w{0,5}|nuts?|peanuts?|cashews?|sesame|prawns?|shellfish|eggs?|kiwi|ate|eaten|eating|had some|stung|sting|wasps?|bees?|reaction|epi ?pens?|hives|wheez\w{0,3}|breath\w{0,4}|medicine|antibiotics?|jab|injection)\b).*\b(?:abscess|toothache|dentist|dental|filling|braces|eczema|piercing|pierced|chicken ?pox|mumps|tonsillitis|cold sores?|anxious|anxiety|nervous|panic attacks?)\b/,
    },
  ),
  rule(
    'medical-topic',
    ['medical_emergency'],
    'current',
    String.raw`\b(?:seizure|seizures|fits|choking|ambulance|paramedics?|cpr|not breathing properly)\b${TOPIC_FOLLOWER}`,
  ),

  rule(
    'medical-head-injury',
    ['medical_emergency'],
    'vivid',
    String.raw`\b(?:hit|banged|bumped|bashed|knocked|landed on|fell on|smacked|cracked) (?:his|her|their|the back of (?:his|her|their)) head\b|\b(?:lump|bump|swelling|swollen|boggy|soft) (?:[a-z]{1,10} )?(?:on|to|behind|at the back of) (?:his|her|their|the) (?:head|skull|ear)\b|\bskull (?:shaped )?(?:swelling|fracture|injury)\b`,
    {
      context:
        /\b(?:being sick|been sick|is sick|vomit\w{0,3}|throwing up|thrown up|confused|drowsy|sleepy|dizzy|unconscious|knocked out|not making sense|blood|bleeding|fitting|floppy|(?:will|would) not wake|cannot wake|hard to wake|passed out|slurring|cannot see|double vision)\b/,
    },
  ),
  rule(
    'medical-infant-signs',
    ['medical_emergency'],
    'vivid',
    String.raw`\b(?:(?:very|really|so|unusually|too|extremely) (?:sleepy|drowsy|floppy|lethargic|limp|pale|quiet and floppy)|floppy|grunting|mottled|cold to the touch|(?:hard|difficult) to (?:wake|rouse)|(?:has not|have not|not) (?:been )?(?:fed|eaten|had a (?:feed|bottle|drink)) since|rash (?:that )?(?:does not|will not|did not|would not|is not) fad\w{1,3}|screams (?:when|if) (?:it is |he is |she is )?(?:touched|moved|picked up|lifted|handled)|(?:will not|cannot|can not|does not|is not) (?:move|moving|use|using|bear weight on|put weight on|putting weight on) (?:his|her|their) (?:arm|leg|foot|hand)|non blanching|(?:very|really|burning|boiling) hot and (?:floppy|limp|drowsy|sleepy|lethargic)|(?:odd|strange|funny|weird) colou?r|(?:gone|turned|going|turning|looks|looking) (?:blue|grey|gray|a (?:funny|odd|strange|weird) colou?r)|(?:wheez\w{1,4}|breathing) (?:really |very |so )?(?:badly|bad|fast|hard|noisily|strangely)|struggling (?:to|for) (?:breathe|breath|air))\b`,
    { context: CHILD_CONTEXT },
  ),
  rule(
    'violence-wound',
    ['violence', 'medical_emergency'],
    'vivid',
    String.raw`\b(?:stab|knife|gunshot|bullet|machete|slash) (?:wound|wounds|injury|injuries)\b|\b(?:been|got|was|has been|have been|just been|is) (?:stabbed|shot|slashed|glassed|cut up|knifed)\b|\bbleeding (?:through|heavily|badly|a lot|loads|everywhere|from (?:his|her|their) (?:head|neck|chest|stomach|face|mouth))\b`,
    { exclude: WORKPLACE_IDIOM },
  ),
  rule(
    'violence-in-progress',
    ['violence'],
    'vivid',
    String.raw`\b(?:began|begun|started|starts|starting|is|are|was|were|keeps|kept|has been|have been) (?:strangling|choking|throttling|stabbing|punching|kicking|beating|attacking|smothering|battering|stamping on) (?:the |her |his |their |my )?(?:mother|mum|mummy|father|dad|daddy|baby|child|children|kids|woman|partner|wife|girlfriend|husband|boyfriend|her|him|them)\b`,
    { exclude: WORKPLACE_IDIOM },
  ),
  rule(
    'violence-threat-injury',
    ['violence'],
    'vivid',
    String.raw`\b(?:will|would|going to|gonna|threatens? to|threatened to|threatening to|says he will|said he would|said she would|swore to|promised to)(?:${gap(2)})? (?:break|snap|smash|cut off|burn) (?:his|her|my|your|their) (?:arm|arms|leg|legs|neck|fingers?|jaw|nose|face|head|teeth|hands?)\b`,
    { threat: true },
  ),
  rule(
    'alone-wandering',
    ['child_alone'],
    'vivid',
    String.raw`\b(?:found|seen|is|are|was|were|been|keeps|just) (?:found )?wandering\b|\bwandering (?:around|along|near|by|in|on|the streets?|alone|the road)\b`,
    {
      context: CHILD_CONTEXT,
      exclude: /\b(?:every|often|always|regularly|keeps|last (?:week|month|year|summer)|ago)\b/,
    },
  ),
  rule(
    'danger-held',
    ['immediate_danger'],
    'vivid',
    String.raw`\b(?:will not|would not|won t|are not|is not|not) (?:let|letting) (?:her|him|them|me) (?:leave|go|out|go home)\b|\b(?:not allowed|cannot|can not|is not allowed) to leave (?:the )?(?:flat|house|room|car|building)\b|\b(?:held|kept|locked|being held|being kept) (?:in|inside|at) (?:a|the) (?:flat|house|room|car|van|hotel)\b|\b(?:drugs|packages?|wraps|stuff) (?:inside|in) (?:him|her|them|his body|her body|me)\b|\bplugg(?:ing|ed)\b`,
    { context: CHILD_CONTEXT },
  ),
  rule(
    'danger-parent-crisis',
    ['immediate_danger'],
    'vivid',
    String.raw`\b(?:taking|take|takes|took) (?:the |her |his |their |my )?(?:kids|children|baby|babies|son|daughter|boys|girls|them)(?: with (?:her|him|me))? (?:to (?:be with god|heaven|a better place|the other side|die)|with (?:her|him|me) when (?:she|he|i) (?:dies|die|goes|go))\b|\b(?:kids|children|baby|babies|they|the boys|the girls) (?:would be|are|will be) better off dead\b|\b(?:me and (?:the|my) (?:kids|children|baby|boys|girls)|the (?:kids|children|baby) and me|me and (?:her|him|them)|all of us|us all) (?:are|r|will|will be|are going to be|are gonna be|gonna be|going to be|will soon be) (?:with the angels|with god|with jesus|in heaven|at peace(?! (?:with|about)\b)|gone(?! (?:by|to|before|when|from|out|into|in|for|on|over|back|home|away from)\b)(?![^|]{0,80}\b(?:refuge|moving|moved|new house|new flat|adoption)\b))\b|\b(?:going to|gonna|will|wants? to|threatening to|threatened to|says? (?:she|he) will) (?:kill|hurt|harm|smother|drown|poison) (?:the|her|his|my|their) (?:kids|children|baby|babies|son|daughter|boys|girls)\b`,
  ),
  rule(
    'danger-taken-away',
    ['immediate_danger'],
    'strong',
    String.raw`\b(?:going to|gonna|will|threatens? to|threatened to|threatening to|wants to|trying to|tried to|planning to|plans to|about to) take (?:her|him|them|me|the kids|the children|the baby) (?:away|abroad|out of the country|and (?:disappear|run|leave))\b|\bnever see (?:her|his|their|my) (?:mum|dad|family|kids|children|baby) again\b`,
    // A school taking pupils abroad on a trip: "we are planning to take the kids abroad for a
    // residential".
    // (Never when the message says the child will not be seen again.)
    {
      exclude:
        /^(?![^|]*\bnever see\b)[^|]*\bwe (?:are |r |were )?(?:planning|plan|going|hoping|want|wanting|trying) to take\b[^|]{0,40}\b(?:residential|school trip|exchange|expedition|ski trip|field trip|study trip)\b/,
    },
  ),
  rule(
    'suicide-means-ready',
    ['suicide_risk'],
    'vivid',
    String.raw`\b(?:pills|tablets|paracetamol|meds|painkillers|razors?|blades?|rope|belt) (?:all )?(?:lined up|counted out|stockpiled|saved up|hoarded|laid out|ready)\b|\b(?:stockpiling|stockpiled|saving up|saved up|saved|hoarding|hoarded|collecting|collected|bought|buying)(?: (?:up|some|loads of|lots of|a load of|all (?:her|his|their|my)|(?:her|his|their|my)(?: mum| dad)?))? (?:pills|tablets|paracetamol|meds|painkillers|a rope)\b|\b(?:says?|saying|said|posted|texted|messaged|wrote) (?:that )?(?:she is|he is|they are|i am) (?:done|finished|ready)\b|\b(?:says?|saying|said|posted|texted|sent|wrote|left) (?:a )?(?:goodbye|bye to everyone|sorry to everyone|sorry everyone)\b|\b(?:goodnight|good night|goodbye|bye) forever\b|${LAST_DAY_GOODBYE}|\bthis is the last time you will (?:see|hear from) me\b|\b(?:written|wrote|writing|left) (?:goodbye|suicide) (?:letters|notes|a letter|a note)\b|\b(?:written|wrote|writing|left) (?:letters|notes) (?:for|to) everyone\b(?! (?:in (?:my|the|our|her|his) (?:class|team|group|form)|on the team|at work|for (?:the )?(?:end of term|christmas|eid|diwali|leavers)|before (?:i|we) (?:go|leave)))|\b(?:given|giving|gave|gives) (?:away )?(?:all )?(?:her|his|my|their) (?:things|stuff|belongings|possessions|clothes|games|pets?) away\b|\btell (?:my |her |his )?(?:mum|dad|nan|family|everyone|them) (?:i am|im|that i am|i was) sorry\b|\b(?:got|getting|get|has got|have got) (?:the |her |his |my |all (?:the|her|his|my) )?(?:tablets|pills|paracetamol|blades?|razors?|rope) out\b|${NOT_A_THING_ON}\b(?:on|onto|out onto|climbed onto|standing on|sitting on|stood on|sat on) (?:the |a )?(?:ledge|roof|window ledge|edge of the (?:roof|bridge|cliff|car park)|bridge railings?|railings of the bridge|parapet)\b${NOT_WORK_ON_IT}|\b(?:do|doing|try|going to do) (?:it|something) (?:again|worse)(?: [a-z0-9]{1,12}){0,3}? (?:tonight|when|the minute|as soon as|once|later)\b|\b(?:going to|gonna|will) do (?:something )?worse\b|\b(?:rope|noose|ligature|belt|cord|pills|tablets|blade|razor|gun)\b[^|]{0,60}?\b(?:going to|gonna|will|plans? to|planning to|wants? to) use (?:it|them)\b`,
  ),
  rule(
    'trafficking-control',
    ['trafficking', 'immediate_danger'],
    'strong',
    String.raw`\b(?:does|did|doing|do) all the talking\b|\b(?:will not|would not|does not|did not|won t|never) let (?:her|him|them) (?:be seen|speak|talk|go|be) (?:alone|on (?:her|his|their|my|our) own|by (?:herself|himself|themselves|myself|ourselves))\b|\bbelongs? to (?:him|her|them|a man|the man|them)\b|\b(?:going to|gonna|will|wants to|want to|trying to) sell (?:me|her|him|them)\b`,
    { context: CHILD_CONTEXT },
  ),

  // --- Missing child ----------------------------------------------------------------------------
  rule(
    'missing-gone',
    ['missing_child'],
    'vivid',
    String.raw`(?<!\b(?:laptop|phone|keys?|bag|file|files|form|forms|document|documents|paperwork|money|notes|minutes|records?|report|item|items|post|letter|parcel|it|something|anything|nothing) (?:has |have |had |was |were |is |are |just )?)\b(?:has gone|have gone|gone|went|go|goes|going|been reported|reported|reported as|was reported|is reported) missing\b`,
    { exclude: new RegExp(`${THING_MISSING.source}|${NOT_A_CHILD.source}|${FOUND_SAFE.source}`) },
  ),
  rule(
    'missing-is',
    ['missing_child'],
    'vivid',
    String.raw`\b(?:he|she|they|${CHILD_NOUN}|\d{1,2} ?(?:year|yr) old|\d{1,2} ?yo) (?:is|are|was|were|has been|have been|still|now) (?:still )?missing\b(?! (?:school|lessons?|education|appointments?|sessions?|meetings?|out|the|a|an|some|her|his|their|my|our|your|him|them|you|me|lots|loads|class|classes|days|college|nursery|deadlines?|friends?|home)\b)|\b[a-z]{2,20} (?:is|are|has been|have been) (?:still )?missing (?:since|from (?:home|care|school|her|his|their)|overnight|all night|for \d|again|now|tonight|today)\b`,
    { exclude: NOT_A_CHILD },
  ),
  rule(
    'missing-cannot-find',
    ['missing_child'],
    'vivid',
    String.raw`\b(?:(?:no one|nobody|no body) (?:can|could) find (?:her|him|them)\b|\b(?:was|were|is|are) not on the (?:coach|bus|minibus|register) (?:back|home|when)\b)|\b(?:cannot|can not|could not|unable to|not able to) find (?:a |the |our |my |one of (?:the|our|my) )?(?:${CHILD_NOUN}|\d{1,2} ?(?:yo|year old|yr old|y o|why o))\b(?! s\b)(?! (?:file|files|record|records|form|forms|notes|name|details|number|coat|bag|shoes?|book|books|kit|jumper|lunch)\b)`,
    { exclude: NOT_A_CHILD },
  ),
  rule(
    'missing-not-here',
    ['missing_child'],
    'vivid',
    String.raw`\b(?:${CHILD_NOUN}|\d{1,2} ?(?:yo|year old|yr old)|he|she) (?:is |are |has gone |went |gone )?(?:not (?:on the premises|in the building|anywhere)|missing from (?:a|the|her|his|their) (?:buggy|pushchair|pram|trolley|class|classroom|group|trip|outing|playground|park|shop|supermarket|beach))\b|\b(?:${CHILD_NOUN}|\d{1,2} ?(?:yo|year old|yr old))(?: [a-z]{1,12}){0,4}? missing from (?:a|the) (?:playground|park|shop|shops|supermarket|beach|fair|funfair|festival|shopping centre)\b|\b(?:did not|has not|have not|never|not) (?:come|came|been) back (?:after|from) (?:lunch|break|school|the trip|the toilet|pe|football|the park)\b|\b(?:has not|have not|had not|not|never) (?:returned|come back|came back|got back) from (?:school|the trip|the park|the shop|the shops|football|town|her [a-z]{2,12}|his [a-z]{2,12})\b`,
    { exclude: NOT_A_CHILD },
  ),
  // A headcount short, or staff searching, where a child is meant: "counted 23 and should have 24",
  // "staff are searching the school grounds now, Leo is nowhere to be seen".
  rule(
    'missing-search',
    ['missing_child'],
    'vivid',
    String.raw`\b(?:counted|head ?count (?:is|was|came to)) \d{1,3}(?: [a-z]{1,12}){0,3}? (?:and|but|instead of|not) (?:we )?(?:should|there should|ought to)? ?(?:have|be|of)? ?\d{1,3}\b|\b(?:is|are|one child is|a child is) unaccounted for\b|\b(?:staff|we|everyone|police|teachers|they|the team) (?:are|is|were|have been|has been) (?:searching(?: everywhere| for| the| on| in| round| around)|looking everywhere|out looking|looking for (?:her|him|them|the (?:child|boy|girl|baby|toddler)))\b`,
    {
      context: new RegExp(
        String.raw`\b(?:counted|head ?count|unaccounted|cannot find|can not find|could not find|nowhere|wandered|gone|missing|not with us|lost|ran off|left the|${CHILD_NOUN}|\d{1,2} ?(?:yo|year old|yr old)|aged? \d{1,2})\b|\(\d{1,2}\)`,
      ),
      // Away for a reason the message gives, with no child unfound: "counted 28 and should have 30,
      // two off sick"; "searching the building for the keys".
      exclude:
        /^(?![^|]*\b(?:cannot find|can not find|could not find|nowhere|wandered|unaccounted|not with us|lost (?:him|her|them|a child|the child|one)|ran off|gone)\b)[^|]*\b(?:off sick|absent|poorly|on holiday|collected early|went home|gone home ill|for the (?:keys?|register|file|forms?|lost property|phone|laptop|paperwork|money|remote|charger))\b/,
    },
  ),
  rule(
    'missing-since',
    ['missing_child'],
    'strong',
    String.raw`\bmissing(?: from (?:care|home|school|the [a-z]{2,12}|her [a-z]{2,12}|his [a-z]{2,12}|their [a-z]{2,12}))? (?:since|overnight|all night|for (?:\d{1,3}|two|three|four|several|hours|days|a day|a week))\b`,
    { exclude: NOT_A_CHILD },
  ),
  rule(
    'missing-runaway',
    ['missing_child'],
    'vivid',
    String.raw`\b(?:ran away|run away|running away|has run off|ran off|absconded|absconding|(?:not|never|did not|has not|have not) (?:come|came|been|gone|returned|got) (?:back )?home|not (?:returned|come back|came back|been back) (?:home|to (?:the |her |his |their )?(?:home|placement|school|care|unit|children home|foster home|carers?))|(?:has been|been|have been) gone (?:since|for|all night|overnight)|not been seen since|(?:not|never) (?:come|came|got|been) back (?:from|home|yet)\b(?! (?:the |her |his |their )?(?:holiday|holidays|summer|half term|leave|service|group|club|sessions?|course|prison)\b)|(?:cannot|can not|could not) find (?:her|him|them|(?:a|the|our|my|one of (?:the|our|my)) (?:\d{1,2} ?(?:year|yr) old|child|children|boy|girl|kid|kids|toddler|pupils?|students?|baby|little one))\b(?! (?:file|records?|details|notes|number|form|caf|plan|address|on|in)\b)|last seen (?:\d{1,3}|an|half an|a few|two|three) (?:minutes?|mins?|hours?) ago|last seen (?:at|near|by|in|on|heading|going|walking|getting|leaving|with|outside|running)|(?:not|never) (?:come|came|been|got|returned) back (?:since|overnight|yet|last night)|(?:do|does) not know where (?:she|he|they) (?:is|are)|(?:nobody|no one) knows where (?:she|he|they) (?:is|are|went)|whereabouts (?:are )?unknown)`,
  ),
  rule(
    'missing-topic',
    ['missing_child'],
    'weak',
    String.raw`\bmissing (?:child|children|girl|boy|teen|teenager|pupil|student|person|young person|baby|toddler|\d{1,2} ?(?:year|yr) old|\d{1,2} ?yo)\b${TOPIC_FOLLOWER}`,
    { exclude: NOT_A_CHILD },
  ),

  // --- Sexual or criminal exploitation ----------------------------------------------------------
  rule(
    'exploitation-older-men',
    ['sexual_exploitation'],
    'strong',
    String.raw`\b(?:older|adult|grown|unknown|strange|random|much older) (?:men|man|males|guys|lads|boyfriend|boyfriends|blokes)\b`,
    {
      context:
        /\b(?:cars?|vans?|taxis?|tonight|party|parties|hotel|flat|house|gifts?|money|drugs|alcohol|vodka|phone|meet|meeting|met|picking|collecting|pick|taking|drive|driving|sleep|staying|stays|sex|online|snapchat|instagram|weekend|buy|buys|bought|gives|given|gave|getting into|got into)\b/,
    },
  ),
  rule(
    'exploitation-victim',
    ['sexual_exploitation'],
    'vivid',
    String.raw`\b(?:is|are|being|been|has been|have been|is being|are being|got) (?:sexually |criminally )?(?:exploited|groomed|trafficked|pimped|prostituted|passed around|used to (?:sell|carry|deliver|run|hold|move) (?:drugs|stuff|weed|packages))\b`,
  ),
  rule(
    'exploitation-forced',
    ['sexual_exploitation'],
    'vivid',
    String.raw`\b(?:is|are|being|been|was|got) (?:made|forced|pressured|pressurised|told|asked|coerced|groomed) to (?:sell|carry|deliver|hold|move|run|deal|drop off|stash|have sex|sleep with|do things|send (?:nudes|pictures|photos))\b`,
  ),
  rule(
    'exploitation-adult-company',
    ['sexual_exploitation'],
    'strong',
    String.raw`\b(?:with|meeting|meet|seeing|dating|going out with|sleeping with|staying with|in a relationship with|messaging|talking to) (?:a |an |some |her |his )?(?:\d{2} ?(?:year old|yr old|yo)|grown|adult|grown up|older|much older) (?:man|men|guy|guys|bloke|blokes|male|males|boyfriend|boyfriends)\b`,
  ),
  rule(
    'exploitation-with-men',
    ['sexual_exploitation'],
    'strong',
    String.raw`\b(?:in|at|into) (?:a|the|his|their|some) (?:car|cars|van|taxi|hotel|hotel room|flat|house|party|trap house|bnb|airbnb) with${gap(3)} (?:men|man|males|adults|older|guys|lads|blokes|strangers|a stranger|an adult)\b|\b(?:man|men|guy|adult|someone|somebody|stranger|person|boy|lad|bloke) (?:she|he|they) (?:met|has met|have met|only met|just met|been talking to) (?:online|on [a-z]{1,20}|over the internet|in a game)\b`,
  ),
  rule(
    'exploitation-instructed',
    ['sexual_exploitation'],
    'strong',
    String.raw`\b(?:man|men|adult|adults|older|stranger|guy|someone|somebody|boyfriend|he)\b[^|]{0,40}?\b(?:telling|told|tells|asking|asked|asks|wants|wanted|pressuring|pressured|pressurising|begging|making) (?:her|him|them) to (?:meet|come (?:over|round|out|to)|send|get in|sneak out|keep (?:it|this|them) (?:a )?secret|not tell|delete)\b`,
  ),
  rule(
    'exploitation-adult-partner',
    ['sexual_exploitation'],
    'strong',
    String.raw`\b(?:her|his|their) (?:1[89]|[2-9]\d) ?(?:year old|yr old|yo) (?:boyfriend|girlfriend|partner|man|lover)\b|\bpregnant by (?:a |an |her )?(?:1[89]|[2-9]\d|older|adult|grown)\b`,
    {
      context:
        /\b(?:girl|daughter|pupil|student|1[0-7] ?(?:year old|yr old|yo)|year (?:7|8|9|10|11)|teen|teenager|young person|yp|child)\b/,
    },
  ),
  rule(
    'exploitation-debt',
    ['sexual_exploitation'],
    'strong',
    String.raw`\bowes?${gap(3)} (?:dealers|a dealer|a gang|the gang|gangs|older boys|older lads|older men)\b|\b(?:debt|debts) (?:to|with) (?:dealers|a dealer|a gang|the gang|gangs|older boys|older lads|older men)\b`,
  ),
  rule(
    'exploitation-meeting-stranger',
    ['sexual_exploitation'],
    'strong',
    String.raw`\b(?:meet|meeting|meets|met up with|going to meet|sneaking out to meet|sneak out to meet|meet up with|meeting up with)${gap(3)} (?:man|men|older|adult|stranger|guy|someone|somebody|boy|person|lad|bloke)\b[^|]{0,50}?\b(?:online|snapchat|instagram|tiktok|internet|an app|discord|roblox|a game|never met)\b`,
  ),
  rule(
    'exploitation-topic',
    ['sexual_exploitation'],
    'weak',
    String.raw`\b(?:county lines|running drugs|drug running|dealing drugs|dealing for|selling drugs|holding drugs|carrying drugs|trap house|going country|debt bondage|cuckooing|cse|cce|sexual exploitation|criminal exploitation|sextortion|sexploitation|sugar daddy|(?:sending|sent|send|sharing|shared|asked for|asking for|demanding|threatening to share|threatening to post|posted) (?:her |his |their )?(?:nudes|naked (?:pictures|photos|images|pics|videos)|explicit (?:pictures|photos|images|pics|videos)|sexual (?:pictures|photos|images|pics|videos)))\b${TOPIC_FOLLOWER}`,
  ),
];

// Signals that describe harm without saying it is happening now: a safeguarding concern to act on
// today, escalated to now only by the passage around them (see IMMINENT).
const TODAY_SIGNALS = new Set([
  'violence-habitual',
  'violence-victim-past',
  'violence-past',
  'violence-weapon',
  'violence-injuries',
  'abuse-told',
  'abuse-told-by-adult',
  'abuse-disclosure-made',
  'abuse-ongoing',
  'abuse-victim',
  'abuse-victim-past',
  'abuse-habitual',
  'abuse-topic',
  'abuse-fgm-planned',
  'danger-scared-of-adult',
  'danger-thrown-out',
  'alone-unsupervised',
  'alone-rough-sleeping',
  'selfharm-state',
  'selfharm-wounds',
  'selfharm-cut-body',
  'suicide-killed-self',
  'suicide-suicidal',
  'suicide-topic',
  'missing-topic',
  'exploitation-older-men',
  'exploitation-victim',
  'exploitation-forced',
  'exploitation-adult-company',
  'exploitation-with-men',
  'exploitation-instructed',
  'exploitation-adult-partner',
  'exploitation-debt',
  'exploitation-meeting-stranger',
  'exploitation-topic',
]);
for (const signal of URGENCY_RULES) if (TODAY_SIGNALS.has(signal.id)) signal.urgency = 'today';

/**
 * Signs that the alleged abuser will have the child soon (collecting them, at home with them).
 * Only read once abuse or violence has been found.
 */
export const IMMINENT_CONTACT =
  /\b(?:picks? (?:her|him|them) up|pick (?:her|him|them) up|picking (?:her|him|them) up|picking up|collects? (?:her|him|them)|collecting|coming to (?:get|collect|pick)|comes to (?:get|collect|pick)|here to (?:collect|pick|get)|takes? (?:her|him|them) home|taking (?:her|him|them) home|go(?:es|ing)? (?:back )?home|has to go (?:back )?home|go(?:es|ing)? back (?:there|to)|lives? with|living with|staying (?:with|at)|stays? (?:with|at)|sleep(?:s|ing)? (?:at|over)|contact (?:with|visit|tonight|today|this)|(?:weekend|night|tonight) (?:with|at)|visit(?:s|ing)? (?:her|him|them)|seeing (?:him|her|them)|sees (?:him|her|them)|go(?:es|ing)? (?:back )?to (?:her|his|their) (?:dad|mum|step dad|step mum|uncle|nan|grandad|parents|house|flat)|waiting (?:outside|for (?:her|him|them)|at the gate|in reception)|is (?:here|outside|in reception|at the gate|on (?:his|her|their) way)|on (?:his|her|their) way|at home with|home with|babysit\w{0,4}|alone with|school gate|home time|pick ?up time|after school)\b/;
