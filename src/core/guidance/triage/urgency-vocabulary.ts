// Word lists the urgency rules are built from, over normalised text (lower-case words, single
// spaces, possessive 's removed). Each is a regex alternation, ready to interpolate.

export const alt = (...parts: string[]) => `(?:${parts.join('|')})`;
// Up to n whole words, never across a sentence break (` | `), shortest first.
export const gap = (n: number) => `(?: [a-z0-9,]{1,40}){0,${n}}?`;

export const CHILD_NOUN =
  '(?:child|children|kid|kids|boy|girl|baby|toddler|infant|newborn|little one|son|daughter|brother|sister|sibling|siblings|pupil|student|teen|teenager|young person|yp)';
export const ADULT_NOUN =
  '(?:dad|mum|step dad|step mum|parent|parents|carer|carers|foster carer|uncle|aunt|auntie|grandad|grandpa|grandma|nan|nanny|granny|cousin|brother|sister|boyfriend|girlfriend|partner|husband|wife|man|neighbour|babysitter|childminder|lodger|ex|ex partner|stranger|men|gang|he|she|they|someone|somebody)';
// Who violence is done to: a person, never "the relationship" or "his chances".
export const VICTIM = alt(
  '(?:him|her|them|me|us|you|mum|dad|everyone|everybody)',
  `(?:the|his|her|their|my|a) ${CHILD_NOUN}`,
  `(?:his|her|their|my) (?:mum|dad|wife|husband|partner|girlfriend|boyfriend|family|brother|sister|little brother|little sister|baby|nan)`,
);
export const SELF = '(?:herself|himself|themselves|themself|myself|yourself)';
export const PHYSICAL_PRESENT =
  '(?:pinches|twists|squeezes|nips|scratches|hits|beats|beats up|punches|kicks|slaps|smacks|strangles|chokes|throttles|hurts|batters|burns|whips|belts|attacks|shakes|bites|stabs|headbutts)';
export const PHYSICAL_ING =
  '(?:hitting|beating|beating up|punching|kicking|slapping|smacking|strangling|throttling|choking|attacking|battering|stabbing|hurting|dragging|shaking|threatening|laying into|headbutting)';
export const PHYSICAL_PAST =
  '(?:pinched|twisted|squeezed|scalded|hit|beaten|beat|beat up|punched|kicked|slapped|smacked|strangled|choked|throttled|stabbed|attacked|hurt|battered|burned|burnt|shaken|shook|thrown|threw|bitten|bit|assaulted|headbutted)';
// Body parts after "hit her": "she hit her head" is an accident, not an assault.
export const NOT_BODY = String.raw`(?! (?:head|knee|knees|elbow|leg|legs|arm|arms|finger|fingers|toe|toes|foot|feet|hand|hands|feelings|chances|target|targets|hair|nails|homework|make up|makeup|washing|shopping|job)\b)`;
/** Words for a weapon. */
export const WEAPON_WORD =
  '(?:knife|knives|blade|blades|machete|machetes|gun|guns|firearm|pistol|axe|weapon|weapons|acid|crossbow|baseball bat|knuckleduster|knuckledusters|knuckle duster|knuckle dusters|zombie knife|sword|samurai sword|hammer|screwdriver|bat)';
// A toy that shares a weapon's name ("nerf guns", "water pistols", "a foam sword") is no weapon.
export const TOY =
  '(?:nerf|water|toy|foam|cardboard|pretend|bubble|lego|inflatable|squirt|laser|rubber|super soaker)';
/** A weapon's word, not a toy's. */
export const WEAPON = `(?<!\\b${TOY} )${WEAPON_WORD}`;
// Words that make "domestic abuse", "knife" etc. a topic (a course, a team) rather than an event.
export const TOPIC_FOLLOWER = String.raw`(?! (?:training|course|session|sessions|webinar|conference|meeting|meetings|mtg|mtgs|forum|briefing|subgroup|subgroups|sub group|sub groups|resource|leaflets? (?:for|in|about|to)|posters? (?:for|in|about|to)|assembly (?:for|about|plan|slides)|panel (?:meeting|referral|form|minutes|date)|workshop|policy|procedure|awareness|champion|champions|lead|service|services|team|worker|workers|officer|advocate|idva|support|group|programme|project|referrals?|strategy|marac|notification|notifications|crime|crimes|collection|amnesty|arch|bin|bins|lesson|lessons|toolkit|pathway|screening|mandatory|reporting|duty|duties|act|law|legislation|unit|protection|prevention|guidance|helpline|resources|statistics|stats|figures|data|definition|protocol|form|forms|checklist|tool|module|e learning|elearning|campaign|week|month|prosecutions?|offences?|offence|cases|rates?|edge|edged|point|skills|sharpening|block|drawer|and fork|fork|film|films|movie|movies)\b)`;

export const DISCLOSE =
  '(?:told|tells|telling|tell me|disclosed|discloses|disclosing|said|says|saying|confided|confides|revealed|reveals|mentioned|admitted|alleged|alleges|alleging|reported|reports|wrote|whispered|opened up|let slip|showed me|shown me|explained|claims|claimed|complained|keeps saying)';
// "KCSIE says...", "the policy said..." are documents talking, not children.
export const NOT_DOCUMENT = String.raw`(?<!\b(?:guidance|kcsie|policy|policies|law|act|document|framework|procedure|procedures|website|book|leaflet|training|trainer|article|research|government|dfe|ofsted|nspcc|it|which|what|this|together|threshold|section|paragraph|page|rule|rules|manager|course|video|report|study|lsp|lscp|scp|partnership|somewhere|someone once) )`;
export const ADULT_TELLER =
  '(?:mum|dad|step mum|step dad|parent|parents|carer|carers|grandma|nan|aunt|auntie|partner|a parent|the parent)';
export const NOT_ADULT_TELLER = String.raw`(?<!\b${ADULT_TELLER} (?:has |have |had |just )?)`;
// What a child may say was done to them. Physical verbs need a person after them ("hit her"), so
// "she said her leg hurts" or "he hit his head" is not read as a disclosure.
const HARM_VERB =
  '(?:hit|hits|hitting|beat|beats|beating|punch|punches|punched|punching|kick|kicks|kicked(?! out)|kicking|slap|slaps|slapped|slapping|smack|smacks|smacked|smacking|strangle|strangles|strangled|strangling|choke|chokes|choked|choking|throttles|throttled|burn|burns|burned|burnt|whip|whips|whipped|belt|belts|belted|grab|grabs|grabbed|push|pushes|pushed|shove|shoves|shoved|drag|drags|dragged|bite|bites|bit|hurt|hurts|hurting|throws|threw|touch|touches|touched|touching|lock|locks|locked|tied|ties)';
export const ABUSE_TERM = alt(
  '(?:abuse|abuses|abused|abusing|abuser|abusive|assault|assaulted|assaults|violent|violence|forced|forces)',
  `${HARM_VERB} (?:her|him|them|me|us|my|his|their)\\b${NOT_BODY}`,
  '(?:gets|got|getting|being|been|was|is) (?:hit|smacked|slapped|punched|kicked(?! out)|hurt|beaten|battered|belted|whipped|burnt|burned|locked in|locked up|locked out|touched|strangled|choked)',
  '(?:beaten|beats me|hits me|hurts me|with a belt|bruise|bruises|bruised|bruising|will kill)',
  // Sexual abuse, including the words a young child uses.
  '(?:inappropriately|rape|raped|rapes|raping|sexual|sexually|sex|molest|molested|molests|molesting|grope|groped|gropes|groping|fondle|fondled|fondles|fondling|interferes with|interfered with|private parts|privates|naked|nude|nudes|porn|undressed|undresses|undressing|filmed|films (?:her|him|me))',
  '(?:in|into) (?:her|his|my|their) bed',
  '(?:comes|came|gets|got|climbs) (?:into|in) (?:her|his|my|their) (?:room|bed)',
  '(?:makes|made) (?:her|him|me|them)(?: and (?:her|his|my|their) (?:brothers?|sisters?|siblings?|cousins?))? (?:do|watch|touch|take|fight)',
  // (Not "photos of her child": a parent's own child, a possessive.)
  '(?:pictures|photos|videos) of (?:her|him|me|them)(?! (?:child|children|son|sons|daughter|daughters|kid|kids|baby|babies|class|family|pupils?)\\b)',
  // Neglect, fear of home, exploitation, FGM and forced marriage.
  '(?:starve|starves|starved|starving|no food|not fed|not feeding)',
  '(?:scared to go home|afraid to go home|frightened to go home|(?:does|do) not want to go home)',
  '(?:groomed|grooming|exploited|exploiting)',
  '(?:fgm|female genital mutilation|be cut|forced marriage|forced to marry|married off)',
  '(?:sent|taken|made|forced|going|being sent)(?: [a-z0-9,]{1,40}){0,3}? to (?:get|be) married',
);

// "is hitting him", and the second verb of "is screaming at him and shaking him".
export const AUX_PRESENT = '(?:is|are|keeps|kept|started|starting|been|still|currently|was|were|and)';

/** A child is mentioned ("toddler", "a 3 year old", "14yo"), for rules that need one nearby. */
export const CHILD_CONTEXT = new RegExp(
  String.raw`\b(?:${CHILD_NOUN}|(?:she|he) is (?:only )?(?:[0-9]|1[0-7])|\d{1,2} ?(?:year|yr|month|week) old|\d{1,2} ?(?:yo|yr))\b`,
);

// Knocks in games are not a safeguarding story.
export const SPORT =
  /\b(?:playing|at|in|during|from) (?:rugby|football|netball|hockey|boxing|karate|judo|sport|sports|training|the match|a match|a game|pe|games|cricket|basketball|gymnastics)\b/;

/**
 * A child named with their age, then something they did or have: "luca 13 has got a 23 yo
 * boyfriend", "kai 5 was found", "also amira 14 said". Not a numbered thing ("section 17 is",
 * "room 14 has", "step 2 says").
 */
export const NAMED_CHILD_AGE = String.raw`(?:^|(?<=\| )|(?<=\b(?:also|btw|and|but|so|re|families|family|kids|pupils|children|students|boys|girls|lads|twins|caseload) ))(?!(?:section|sec|s|step|option|question|q|page|room|stage|level|tier|part|chapter|point|rule|ks|phase|number|no|table|figure|appendix|item|principle|article|schedule|version|week|weeks|day|days|group|class|bus|route|flat|house|unit|ward|bed|bay|gate|platform|line|plan|form|the|a|an|my|our|his|her|their|only|about|around|approx|under|over|aged|age|ages|top|last|first|next|every|each|all|these|those|both|rule|chapter|year|yr|y|term|half|band|grade|tab|slide|module|session|sessions|meeting|lesson|lessons|question|questions)\b)[a-z][a-z'-]{1,19}(?: [a-z][a-z'-]{1,19})?(?: ,)? (?:[1-9]|1[0-7])(?: ,)? (?:has|had|is|was|said|says|told|tells|keeps|kept|got|disclosed|came|comes|went|goes|ran|runs|will not|cannot|can not|does not|did not|refuses|refused|wants|lives|stays|smells|looks|seems|arrived|turned up)\b`;

/** A young person writing about themselves: "im 16 and my parents say ...", "hi, i am fourteen". */
export const CHILD_WRITING_SOURCE = String.raw`(?:^|\| )(?:[a-z,]{1,10} ){0,3}(?:i am|im|i m) (?:only |just )?(?:[89]|1[0-7]|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b(?! (?:minutes|mins|hours|days|weeks|months|years? (?:in|into|of|qualified|experience)|percent))`;

/**
 * A child's food taken away as a punishment, in the child's own words ("takes my food away if i
 * dont finish my chores"): a concern for today, and never an ordinary message the classifier may
 * overturn.
 */
export const FOOD_WITHHELD = String.raw`\b(?:takes|took|take|taking|keeps taking) my (?:food|dinner|tea|meals?|breakfast|lunch) (?:away|off me)\b`;
