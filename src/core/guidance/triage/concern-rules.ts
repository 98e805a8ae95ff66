import { FOUND_SAFE, HEAD_LETTER, NOT_A_CHILD, rule, type UrgencyRule } from './urgency-rules.ts';
import {
  ADULT_NOUN,
  alt,
  CHILD_NOUN,
  CHILD_WRITING_SOURCE,
  FOOD_WITHHELD,
  gap,
  NAMED_CHILD_AGE,
  SELF,
  SPORT,
  TOPIC_FOLLOWER,
} from './urgency-vocabulary.ts';

// Safeguarding concerns to act on today: the harms in Working Together and Keeping Children Safe in
// Education that are not (yet) an emergency. Each is written as the signs practitioners are taught
// to notice (an injury with a story that does not fit, a child's words for sexual abuse, a baby
// not fed), never as a particular message. All are `weak` or `strong` signals: they need a real
// child (see SPECIFIC) and are cancelled by training, policy and hypothetical frames. Any of them
// becomes danger now when the same passage says it is happening or about to (see IMMINENT).

const today = { urgency: 'today' as const };

// A child in the sentence: a child noun, an age, a school year.
const CHILD_HERE = new RegExp(
  String.raw`\b(?:${CHILD_NOUN}|boys|girls|pupils|students|teens|teenagers|babies|toddlers|lad|lads|lass|youngster|little one|lil one|twins|teenage|(?:[0-9]|1[0-7]) ?(?:year|yr|month|week|day)s? old|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) ?(?:year|yr|month|week|day)s? old|(?:[0-9]|1[0-7]) ?(?:yo|yrs|mth|mths)|\d{1,2} ?(?:month|mth|week|wk)s? old|\d{1,2} ?(?:mo|mos|mth|mths|wk|wks)|mindee|mindees|(?:year|yr|y) ?\d{1,2}s?|reception|nursery|mummy|daddy|my (?:mum|dad|step dad|nan|brother|sister)|(?:she|he) is (?:only )?(?:[0-9]|1[0-7])|only (?:[0-9]|1[0-7])|aged (?:[0-9]|1[0-7])|i am (?:only )?(?:[0-9]|1[0-7])(?! ?(?:weeks?|months?|mins?|minutes|hours?|days?|times|pounds|quid|p|am|pm|percent)\b)|i am in (?:year|yr|y) ?\d{1,2})\b|(?:^|\| )(?:1[0-7]|[4-9])$|${NAMED_CHILD_AGE}|${CHILD_WRITING_SOURCE}`,
);
// A parent or carer is named: what they do to "him" or "her" is done to a child.
const CHILD_OR_PARENT = new RegExp(
  String.raw`${CHILD_HERE.source}|\b(?:dad|mum|step dad|step mum|parents?|carers?|foster carers?|nan|grandad|grandma|mum boyfriend|mum partner|dad girlfriend|dad partner)\b`,
);
// Sexual activity at 13 or younger is a concern in itself; older, with an older partner (below).
const UNDER_13 = String.raw`(?:(?:[1-9]|1[0-3]) ?(?:year|yr)s? old|(?:[1-9]|1[0-3]) ?(?:yo|yrs)|(?:year|yr|y) ?[1-8]\b|(?:girl|boy|pupil|child|she|he) (?:is )?(?:aged )?(?:1[0-3]|[1-9])\b|only (?:1[0-3]|[1-9])\b)`;
const UNDER_18 = String.raw`(?:(?:[1-9]|1[0-7]) ?(?:year|yr)s? old|(?:[1-9]|1[0-7]) ?(?:yo|yrs)|(?:year|yr|y) ?\d{1,2}\b|(?:girl|boy|lad|pupil|child|she|he|student) (?:is |who is )?(?:aged )?(?:1[0-7])\b|only (?:1[0-7]|[1-9])\b|${CHILD_NOUN})`;

// --- Injuries ----------------------------------------------------------------------------------
const INJURY = String.raw`(?:bruise|bruises|bruised|bruising|black eye|black eyes|fat lip|split lip|swollen|swelling|lump|welt|welts|burn|burns|burnt|burned|scald|scalds|scalded|(?:hand|finger|fingertip|finger tip|thumb|pinch|linear|belt|grip|bite|burn|slap|scratch|ligature|rope|loop|cable|strap|red|purple|strange|odd) marks?|(?:subconjunctival|retinal|eye) (?:haemorrhages?|hemorrhages?|bleeds?)|marks? (?:on|to|around|across|behind|down) (?:his|her|their|the) (?:face|cheeks?|ears?|eyes?|neck|throat|back|bottom|bum|buttocks|thighs?|legs?|arms?|upper arms?|forearms?|wrists?|chest|tummy|stomach|torso|head|scalp|body|hands?|feet|ankles?)|fracture|fractured|fractures|broken (?:arm|leg|wrist|rib|ribs|bone|bones|nose|finger|fingers|collarbone|jaw)|(?:in )?a (?:plaster )?cast|(?:arm|wrist|leg) in (?:a )?(?:cast|sling|plaster)|stitches|bite marks?|bald patch|bald patches|torn frenulum|injury|injuries|cut lip|cut (?:head|face|eye|lip)|cuts and bruises|scratch marks|graze|grazes|grazed|blister|blisters|blistering|blistered)`;
// What makes an injury a safeguarding worry: no story, a story that does not fit, a baby who
// cannot move yet, a shape, a place children do not hurt by accident, or it keeps happening.
const INJURY_CONCERN =
  /\b(?:unexplained|no explanation|(?:could|can|would|will) not (?:explain|offer|say|give)|(?:did|does|do) not (?:explain|know how|say how)|(?:will|would) not say (?:how|who|what)|(?:does|did) not (?:fit|match|add up)|not sure the (?:story|explanation) fits|story|explanation|inconsistent|changed (?:his|her|their) (?:story|account)|different (?:story|stories|explanation|explanations|excuse|excuses|account) (?:each|every) time|(?:says?|said|claims?|claimed|told) (?:he|she|they|it|the baby) (?:fell|walked|banged|slipped|tripped|did it)|fell (?:off|down|over|out)|walked into|(?:an )?accident|again|every (?:week|time|day)|keeps? (?:coming|turning|arriving)|\d{1,2} ?(?:rd|th|nd) time|(?:second|third|fourth|fifth) time|same (?:story|excuse)|always|regularly|non mobile|not (?:yet )?(?:mobile|crawling|walking|rolling)|baby|infant|newborn|\d{1,2} ?(?:week|month)s? old|\d{1,2} ?(?:mth|mths|wk|wks)|shape|shaped|hand ?print|finger ?(?:tip )?marks|grip|belt|buckle|loop|cable|wire|iron|cigarette|lighter|stick|slipper|rope|ligature|pattern|(?:on|to|behind|around|across) (?:his|her|their|the|both) (?:face|cheek|cheeks|ear|ears|eye|eyes|neck|throat|back|bottom|bum|buttocks|thigh|thighs|inner|upper arms?|forearms?|chest|tummy|stomach|torso|head|scalp|genitals|private)|(?:dad|mum|step dad|step mum|parent|partner|boyfriend|carer|uncle|he|she) (?:did|does|caused|gave|done|did it|did this)|(?:said|says|claims?|claimed|told (?:me|us|school|staff)) (?:it was|it is|that was|they were) (?:the|a|an|her|his|their|my|from) [a-z]{2,15}|(?:brother|sister|sibling|cousin|dog|cat|puppy) (?:did it|did that|did this|caused it)|(?:but|and) (?:she|he|they) (?:is|are|has|have) (?:an only child|only children|no (?:brothers?|sisters?|siblings|pets?|dog|cat)))\b/;

// "a burn mark on the carpet": damage to things, not to a child.
const NOT_ON_THINGS = String.raw`(?!(?: [a-z]{1,10})? (?:on|in|to) (?:the|a|our|their|his|her) (?:carpet|floor|wall|walls|table|sofa|car|door|furniture|bed|sheets?|chair|desk|ceiling|paint|paperwork|form|report|screen|phone|kitchen|worktop|rug)\b)`;

// Signs of physical abuse other than the injury itself.
const PHYSICAL_SIGNS = alt(
  String.raw`(?:flinch|flinches|flinched|flinching|cowers|cowering|cowered)`,
  String.raw`(?:will not|would not|refuses to|refused to|does not want to|did not want to) (?:get )?(?:change|changed|undress) for (?:pe|swimming|games)`,
  String.raw`long sleeves (?:in|even in|when it is) (?:summer|the heat|hot weather|hot|warm)`,
  String.raw`(?:covers?|covering|covered|hides?|hiding|hid) (?:up )?(?:the |her |his |their )?(?:bruises|marks|injuries|arms|face)`,
  String.raw`flinch(?:es|ed|ing)? (?:when|whenever|if|every time)`,
);

// --- Sexual abuse in a child's words --------------------------------------------------------------
const PRIVATE = String.raw`(?:bits|privates|private parts|private bits|private|willy|winky|penis|bum|bottom|bum bum|flower|minnie|foo foo|front bottom|front|vagina|fanny|tuppence|chest|boobs|breasts|nipples|knickers|pants|down there|special place)`;
const SEXUAL_WORDS = alt(
  String.raw`(?:secret|special|tickle|tickling|naughty|grown up|rude|sleepy) (?:games?|cuddles|touches|touching|tickles)`,
  String.raw`(?:tickles?|tickled|tickling|touch|touches|touched|touching|rubs?|rubbed|rubbing|strokes?|stroked|plays? with|played with|playing with|licks?|licked|kisses|kissed|hurts?|hurt|looks? at|looked at|films?|filmed|photographs?|photographed)(?: (?:me|her|him|them))?(?: (?:on|in|under|inside|down))? (?:my|her|his|their|your) ${PRIVATE}`,
  String.raw`(?:in|inside|into|under|down) (?:my|her|his|their) (?:knickers|pants|nappy|pyjamas)`,
  String.raw`(?:shows?|showed|showing|shown) (?:me|her|him|them|us) (?:his|her|their) (?:willy|penis|privates|private parts|bits|front bottom|body)`,
  String.raw`(?:sex|sexual|sexualised|sexualized) (?:acts?|games?|play|behaviour|behaviours|behavior|language|drawings?|pictures|knowledge|positions?|noises)`,
  String.raw`acting out (?:sex|sexual)`,
  // "my bum hurts where uncle touched it": pain in a private place and who touched it.
  String.raw`${PRIVATE} (?:hurts|hurt|is sore|was sore|sore|stings|bleeds|is bleeding|was bleeding)(?: [a-z]{1,12}){0,3}? (?:where|when|because|after|cos|coz) (?:[a-z]{1,12} ){0,2}(?:touched|touches|touching|poked|pokes|put|puts|did)`,
  // A child's words: "her uncle 'does things' to her when he babysits", "he did stuff to me".
  String.raw`(?:does|did|do|doing|done|keeps doing|kept doing|makes (?:me|her|him) do|made (?:me|her|him) do) (?:bad |rude |secret |naughty |funny |weird |nasty |horrible |private |grown up )?(?:things|stuff) (?:to|on) (?:me|her|him|them)(?= (?:when|while|at|in|if|and|after|before|every|at night|sometimes)\b| *(?:\||$))`,
  String.raw`(?:sexualised|sexualized|sexually explicit|sexual knowledge|sexually knowledgeable)`,
  String.raw`(?:touch|touches|touching|touched|grab|grabs|grabbing)(?: [a-z]{1,12}){0,2}? (?:other )?(?:children|kids|childrens|people|pupils)(?: s)? (?:private|privates|private parts|bits|bottoms?|bums?|willies|genitals)`,
  String.raw`(?:watches|watched|watching|looks at|looked at|looking at|films|filmed|filming|photographs|photographed|takes (?:photos|pictures|pics|videos) of|took (?:photos|pictures|pics|videos) of) (?:her|him|me|them) (?:get changed|getting changed|change|changing|undress|undressing|in the (?:bath|shower)|shower|showering|bath|naked|sleeping|sleep|in (?:her|his|my) (?:underwear|pants|knickers|nightie|pyjamas))`,
  String.raw`(?:comes?|came|coming|walks?|walked|barges?|barged) (?:in|into) (?:the |her |my |his )?(?:bathroom|shower|bedroom|room|toilet)(?: [a-z0-9]{1,12}){0,4}? (?:while|when) (?:she|i|he) (?:is|was|am|were) (?:showering|in the (?:shower|bath)|changing|getting changed|undressed|naked|asleep|in bed|on the toilet)`,
  String.raw`(?:tried|tries|trying) to get (?:in|into) (?:the (?:shower|bath)|her bed|his bed|my bed|bed with)`,
  // "his football coach used to massage him after training": an adult's massages of a child.
  String.raw`(?:coach|teacher|tutor|instructor|leader|trainer|man|uncle|stepdad|step dad|lodger|neighbour|babysitter|cousin|grandad)(?: [a-z]{1,12}){0,3}? (?:massage|massages|massaged|massaging) (?:me|her|him|them)\b|(?:gives?|gave|giving) (?:me|her|him|them) (?:a |private |special |secret )?massages?\b`,
  // "mum's new partner comes into her room at night": a man who goes to a child's room or bed.
  String.raw`(?:partner|boyfriend|stepdad|step dad|uncle|lodger|man|grandad|grandpa|dad|daddy)(?: [a-z]{1,12}){0,2} (?:comes?|came|coming|goes|went|creeps?|crept|sneaks?|sneaked|snuck|gets?|got) (?:in|into) (?:her|his|my|their) (?:room|bedroom|bed)\b(?! (?:to (?:wake|say|check|tuck|read|get|fetch|find|take|tidy|clean|put)|for (?:school|a story|stories|the story)|and (?:wakes|woke|reads|read|says|said goodnight|tucks|tucked)))`,
  String.raw`(?:makes?|made|making|forces?|forced|forcing|gets?|got) (?:me|her|him|them) (?:to )?(?:do|touch|watch|lick|kiss) (?:things|stuff|rude things|sex things|naughty things|horrible things|dirty things|it|him|his|them)\b(?! (?:for school|homework|chores|jobs))`,
  String.raw`(?:shows?|showed|showing|shown|makes? (?:her|him|me|them) watch|made (?:her|him|me|them) watch|watches|watched|watching)(?: (?:me|her|him|them|us))? (?:rude|sexy|dirty|naughty|grown up|adult|sex|porn|porno|naked) (?:videos?|films?|pictures|photos|pics|things|stuff|movies)`,
  String.raw`(?:drew|drawing|draws|drawn|draw|picture|pictures|drawings?) (?:of )?(?:a |an )?(?:man|men|person|someone|daddy|dad|mummy|mum|lady|grown up|uncle)? ?(?:with (?:a |his |her |their )?(?:willy|penis|privates|private parts|bits|boobs)|naked|with no clothes)`,
  String.raw`(?:willy|winky|penis|privates|private parts|front bottom|vagina|fanny|minnie|foo foo|bum hole)\b[^|]{0,60}?\b(?:dad|daddy|uncle|grandad|grandpa|man|boyfriend|friend|step dad|brother|cousin|lodger|babysitter)|\b(?:dad|daddy|uncle|grandad|grandpa|boyfriend|step dad|lodger|babysitter|man)\b[^|]{0,60}?\b(?:willy|winky|penis|privates|private parts|front bottom|vagina|fanny|minnie|foo foo|bum hole)`,
  String.raw`(?:sore|red|bleeding|itchy|hurts?|pain) (?:down below|down there|in (?:her|his|my) (?:private|privates|private parts|bits|bottom|front bottom|vagina))`,
  'humping',
  String.raw`${PRIVATE} (?:showing|out|exposed)`,
  String.raw`(?:in|into|gets in|gets into|get into|got into|climbs into|comes into) (?:the |my |her |his )?(?:bath|shower|bed) with (?:me|her|him|them)`,
  String.raw`(?:not allowed to|must not|mustn t|cannot|can not|is not allowed to|promised not to) tell (?:anyone|anybody|mum|dad|mummy|daddy|teacher|you|no one)`,
  String.raw`(?:our|his|their) (?:little |special |big )?secret`,
  String.raw`(?:special|little|big|naughty) secret`,
  String.raw`keep (?:it|this) (?:a )?secret`,
  String.raw`(?:makes?|made|tells?|told) (?:him|her|me|them) (?:to )?keep (?:a |the |our )?secrets? (?:about|from)`,
);
const SEXUAL_HEALTH = String.raw`(?:pregnant|pregnancy|sti|stis|chlamydia|gonorrhoea|gonorrhea|herpes|genital warts|anogenital warts|anal warts|sexually transmitted|morning after pill|emergency contraception)`;

// --- Neglect ---------------------------------------------------------------------------------------
const NEGLECT = alt(
  String.raw`(?:sleeping|sleeps|slept|asleep) in (?:a|the) (?:drawer|box|cardboard box)`,
  String.raw`cereal with water`,
  String.raw`(?:no|not got|without|run out of|ran out of|cannot afford|can not afford) (?:any )?(?:formula|baby milk|nappies)`,
  String.raw`nowhere to (?:sleep|sit)`,
  String.raw`(?:is|are|was|were|always|often|regularly|constantly|comes? in|came in|coming in|arrives?|arriving|arrived|turns? up|turning up|turned up|very|really|so|still|starving and) hungry`,
  String.raw`(?:head lice|nits|lice|scabies|sores|infection|infections)(?: [a-z0-9]{1,12}){0,4}? (?:never|not|untreated|left untreated|for (?:weeks|months|ages))`,
  String.raw`(?:gets|get|getting|got) (?:her|his|their|my) (?:younger |little |baby |two |three )?(?:brothers?|sisters?|siblings) (?:up|ready|dressed|to school|breakfast|fed)`,
  String.raw`(?:mum|dad|parents?|carers?) (?:is|are|stays?|stayed|stay|just lies|lies|lay) (?:in bed|asleep)(?: all day| every| when| until| till| most|$)?`,
  String.raw`hungry (?:all|every|and)`,
  String.raw`no food(?: in the (?:house|flat|home|fridge|cupboards?))?`,
  String.raw`(?:never|hardly ever|rarely|not) (?:any|enough) food(?: (?:at home|in (?:the|my|our) (?:house|flat|fridge|cupboards?|home)))?|(?:never|hardly ever|rarely) food (?:at home|in (?:the|my|our) (?:house|flat|fridge|cupboards?|home))`,
  String.raw`(?:dry cereal|crisps|biscuits|sweets) (?:for|as) (?:his |her |their )?(?:tea|dinner|supper|every meal|meals)`,
  String.raw`(?:not|never|has not been|have not been|had not been|not been|is not being|are not being|not being) (?:fed|given food)`,
  String.raw`(?:has|have|had) not (?:eaten|had (?:anything|any food|a meal|breakfast|dinner|tea|a drink|a bottle|a feed|milk))`,
  String.raw`(?:not|nothing|has not|have not) (?:eaten|had anything to eat|to eat)`,
  String.raw`(?:taking|takes|took|stealing|steals|stole|hiding|hides|hoarding|hoards|begging for|begs for|asking for|eating from) (?:food|other (?:children|kids|pupils) (?:food|lunch|lunches|lunchboxes))`,
  String.raw`(?:food|lunch|lunches|lunchboxes) from (?:other|the bins|bins)`,
  String.raw`eating like (?:he|she|they) (?:is|are|was|were) (?:starving|starved|famished)`,
  String.raw`(?:grabbing|grabs|grabbed|eating|eats|ate|picking up|picks up|picked up|scavenging) (?:food|scraps|crumbs|leftovers) (?:off|from) (?:the )?(?:floor|ground|bins?|pavement)`,
  'starving',
  String.raw`(?:do|does|did) not (?:get|have|get given) (?:breakfast|dinner|tea|lunch|food|meals)`,
  String.raw`(?:had|has had|have had|gets|got|getting|having) no (?:breakfast|dinner|tea|lunch|food|meals?)(?: (?:all|every|again|for))`,
  String.raw`(?:unwashed|dirty|filthy|smelly|soiled|stained|wet|too small|ill fitting) (?:clothes|clothing|uniform|nappy|nappies|bedding|shoes)`,
  String.raw`same (?:clothes|uniform|nappy|outfit)`,
  String.raw`(?:sharing|share|shares|sleep on|sleeps on|sleeping on|slept on) (?:a |one |1 )?(?:single )?mattress|mattress(?:es)? on the floor`,
  String.raw`(?:fridge|cupboards?) (?:is |are |was |were )?(?:completely |totally )?(?:empty|bare)`,
  String.raw`(?:smells?|smelled|smelling|smelt|stinks?|stank) (?:of (?:urine|wee|pee|poo|faeces|smoke)|strongly|really bad|bad)`,
  String.raw`(?:terrible|bad|severe|awful|raw) nappy rash`,
  String.raw`nappy (?:has not|had not|not|never) (?:been )?changed`,
  String.raw`(?:no|without|not got|has not got) (?:heating|electricity|electric|gas|hot water|beds?|mattress|bedding|coat|shoes|clean clothes|food)`,
  String.raw`(?:house|home|flat|room|bedroom|kitchen) (?:is |was |were |are )?(?:filthy|freezing|very cold|squalid|a tip|unsanitary|disgusting|covered in)`,
  String.raw`(?:dog|cat|animal) (?:mess|faeces|poo|dirt) (?:everywhere|on the floor)`,
  String.raw`(?:dog|cat|animal) (?:faeces|poo|mess|excrement)|rubbish (?:piled|everywhere|up to|all over)|(?:mould|damp) (?:on|all over|up) (?:the )?walls|broken glass (?:on the floor|near|everywhere)|(?:no|without) (?:heating|electricity|gas|hot water|food in the house)`,
  'squalor',
  String.raw`(?:cold|freezing) to the touch`,
  String.raw`(?:dropped|dropping|fallen|falling|gone down|going down|crossed|crossing)(?: [a-z0-9]{1,12}){0,5}? centiles?`,
  String.raw`(?:faltering growth|failure to thrive|faltering weight|losing weight|lost weight|weight loss|not gaining weight|not putting on weight)`,
  String.raw`(?:looks?|looking|very|really|so|is|seems?) (?:thin|underweight|malnourished|skinny|gaunt|skin and bone|neglected|unkempt)`,
  String.raw`(?:underweight|malnourished|malnutrition)`,
  String.raw`(?:water only|watered down (?:milk|formula)|bottles? (?:made up )?(?:of|with) (?:just |only )?water|formula (?:is )?(?:too|to) expensive)`,
  String.raw`(?:mum|dad|parents?|carer|carers) (?:does not|do not|never|will not|cannot|can not) (?:get up|wake up|feed|cook|look after|care for)`,
  String.raw`(?:gets|get|getting) (?:myself|herself|himself|themselves) (?:ready|up|dressed|to school|breakfast)`,
  String.raw`left to (?:fend|look after|care for|get on|sort)`,
  String.raw`(?:leaves|left|leaving) (?:the |her |his |their )?(?:baby|toddler|child|kids|children|little one)(?: [a-z]{1,12}){0,3}? (?:all day|all night|for hours|crying|screaming|in (?:the|her|his|a) (?:cot|pram|room|car|buggy|bath))`,
  String.raw`(?:cannot|can not|could not|not|struggling to) cope`,
  String.raw`(?:looks|look|looking|looked|cares|care|caring) after (?:her|his|their|my) (?:\d{1,2} ?(?:year|yr|month)s? old |little |baby |younger )?(?:brother|sister|siblings|brothers|sisters|baby)(?:${gap(6)})? (?:on (?:her|his|their|my) own|alone|by (?:herself|himself|themselves|myself)|till|until|when|while|at night|all)`,
  // "head lice since before Christmas, sores all over her scalp": lice or sores left untreated.
  String.raw`(?:sores|scabs|infected bites|bleeding) (?:all over|on|across) (?:her|his|their) (?:scalp|head)|(?:head lice|nits|lice) (?:for|since) (?:months|weeks|ages|before|last|the start)`,
  // "asks if she can take her leftovers home for my brother": food saved for a hungry sibling.
  String.raw`(?:asks?|asking|asked|begs?|begging|begged|wants?|wanted) (?:(?:if|that|whether) (?:she|he|they|i) (?:can|could) |to )take (?:her |his |their |the |some )?(?:leftovers|left overs|food|lunch|snacks?|fruit|toast|bread) home(?: [a-z]{1,12}){0,3}? for (?:my|her|his|their) (?:brother|sister|brothers|sisters|siblings|baby|little)`,
  String.raw`no (?:light )?bulbs (?:in|at|anywhere)\b|(?:bedrooms|bedroom|house|flat) (?:has|have) no (?:light )?bulbs`,
  // "needles lying about within reach of the 18 month old".
  String.raw`(?:needles?|syringes?|drugs|pills|tablets|methadone|knives|a knife|bleach|cannabis|lighters?|weed(?= (?:left out|lying (?:about|around)) (?:on|in|round) (?:the )?(?:kitchen|table|flat|house|bedroom|living room|sofa|floor))) (?:lying (?:about|around)|left (?:out|around|lying)|within (?:easy )?reach)|within (?:easy )?reach of (?:the|a|her|his|their) (?:baby|toddler|child|kids|children|little one|\d{1,2} (?:month|year) old)`,
);
const MEDICAL_NEGLECT = alt(
  String.raw`(?:prescriptions?|meds|medication|insulin)(?: [a-z]{1,12}){0,2}? (?:not|never|has not been|have not been|had not been) (?:been )?(?:collected|picked up|renewed)`,
  String.raw`not had (?:his|her|their) (?:repeat )?prescriptions? collected`,
  String.raw`off (?:his|her|their) (?:meds|medication|medicine|insulin|tablets) for (?:\d{1,2}|two|three|four|five|six|several|a few) (?:weeks|months)`,
  String.raw`(?:refusing|refuses|refused|will not (?:allow|consent to)|would not (?:allow|consent to)|stopped) (?:her |his |their |the )?(?:chemo|chemotherapy|cancer treatment|insulin|dialysis|blood transfusion|transfusion|surgery|operation)`,
  String.raw`(?:weight|growth)(?: has| is)? (?:dropped|dropping|fallen|falling|faltering|plummeting)|dropped (?:from the \d{1,2}(?:st|nd|rd|th) )?to the \d{1,2}(?:st|nd|rd|th) centile|(?:crossed|dropped|fallen) (?:two |2 |several )?centiles`,
  String.raw`(?:missed|not attended|did not attend|not brought to|were not brought to|was not brought to|dna|not taken (?:him|her|them) to|not taken up|not followed up)(?: [a-z0-9]{1,15}){0,5}? (?:appointments?|referrals?|check ups?|checks|reviews?|clinics?|sessions)`,
  String.raw`(?:untreated|not treated|left untreated|never treated|not been treated|no treatment)`,
  String.raw`(?:no|without|has not had|have not had|not got|has not got|run out of|ran out of|not been given|not given|not getting) (?:an |any |her |his |their )?(?:inhaler|inhalers|medication|medicine|meds|insulin|epipen|epi pen|glasses|treatment|antibiotics|creams|cream)`,
  String.raw`(?:do|does|did) not (?:believe|agree) in (?:creams|medicine|medication|doctors|vaccines|vaccinations|treatment|hospitals)`,
  String.raw`(?:stopped|stops|stopping|refuses to|refused to|refusing to|will not|would not|forgets? to|forgot to|keeps forgetting to|not) (?:give|giving|given)(?: (?:her|him|them))?(?: (?:her|his|their|the))? (?:insulin|medication|medicine|meds|inhaler|inhalers|epilepsy (?:meds|medication)|seizure (?:meds|medication)|antibiotics|treatment|epipen)`,
  String.raw`(?:refuse|refuses|refused|refusing|will not|would not|not willing to) (?:to )?(?:give|get|take (?:her|him|them) to|seek|allow|consent to) (?:treatment|medication|medicine|the doctor|a doctor|the gp|hospital|a e|an operation|surgery)`,
  String.raw`(?:tooth decay|rotten teeth|rotting teeth|black teeth|decayed teeth|dental (?:pain|decay|abscess)|teeth (?:are|were) (?:rotten|rotting|black|decayed))`,
  String.raw`(?:will not|would not|does not|did not|do not|refuses to|refused to|never|not|keeps forgetting to|forgets to|forgot to) (?:collect|collecting|pick up|picking up|get|fetch|order|ordering) (?:the |her |his |their )?(?:prescriptions?|repeat prescriptions?|medication|medicine|meds|insulin|inhalers?)`,
  String.raw`(?:toothache|tooth ache|pain|infection|rash|ear ache|earache|cough|wound|eczema|limp|squint)(?: [a-z0-9]{1,12}){0,2}? for (?:weeks|months|ages|a long time|\d{1,2} (?:weeks|months))`,
  String.raw`(?:no time|not bothered|cannot be bothered|refuses|refused|will not) (?:to )?take (?:her|him|them) to (?:the |a )?(?:dentist|doctor|gp|hospital|optician|clinic|appointments?)`,
  String.raw`(?:not|never|has not|have not) (?:been )?(?:taken|took) (?:her|him|them) to (?:the |a )?(?:dentist|doctor|gp|hospital|optician|clinic)`,
  String.raw`(?:weeping|infected|oozing) (?:and|sores|wounds?|eczema|rash|skin)`,
  String.raw`(?:missing|misses|missed) (?:her |his |their )?(?:meds|medication|medicine|insulin|inhaler|doses)(?: [a-z0-9]{1,12}){0,2}? (?:all the time|again|every|regularly|often|a lot|loads)`,
  String.raw`(?:gone|going|turned|turning) (?:all )?(?:yellow|green)(?: and| ,)? (?:smelly|smells|oozing|weeping|pus)`,
  String.raw`(?:never|not|has not|have not|did not) (?:took|taken|take|been taken) (?:her|him|them)? ?to (?:get (?:it|them|that) (?:looked at|seen|checked)|be (?:seen|checked))`,
  // "glasses broke in September, never replaced"; "a weepy smelly ear for about a month".
  String.raw`(?:his|her|their|the) (?:glasses|hearing aids?|inhaler|wheelchair|splint)(?: [a-z0-9,]{1,12}){0,4}? (?:never|still not) (?:been )?(?:replaced|fixed|mended|repaired|collected)|(?:his|her|their) (?:glasses|hearing aids?)(?: [a-z0-9,]{1,12}){0,4}? (?:has|have) not been (?:replaced|fixed|mended|repaired) (?:for|since) |(?<!my (?:own )?)(?:glasses|hearing aids?) (?:broke|broken|lost)(?: [a-z0-9,]{1,12}){0,4}? (?:never|still not) (?:been )?(?:replaced|fixed|mended|repaired)`,
  String.raw`(?:weepy|weeping|smelly|oozing|infected|pus filled|discharging) (?:ear|ears|eye|eyes|wound|cut|sore|sores|burn|toe|finger)(?: [a-z0-9]{1,12}){0,3}? for (?:about |over |nearly |almost )?(?:(?:a|two|three|four|several|\d{1,2}) months?|(?:two|three|four|several|[2-9]|\d{2}) weeks)`,
  // "the third did not attend letter for a 4yo who needs a heart murmur follow up".
  String.raw`(?:second|third|fourth|fifth|\d(?:rd|th|nd)) (?:did not attend|dna|was not brought|missed appointment) (?:letter|appointment|notice)`,
);

// --- Emotional abuse, domestic abuse, fear of home ---------------------------------------------------
const INSULT = String.raw`(?:stupid|useless|worthless|fat|ugly|thick|dumb|a waste of space|a waste|a mistake|evil|disgusting|pathetic|unwanted|an idiot|idiot|retarded|a retard|nobody|a burden|a bitch|a slag|a slut|a freak|the devil|possessed|a witch|a bastard)`;
const EMOTIONAL = alt(
  String.raw`(?:calls?|called|calling|tells?|told|telling|says?|said|saying|shouts?|shouted|screams?|screamed|yells?)(?: (?:me|her|him|them|us))?(?: (?:that )?(?:i|she|he|they|you) (?:am|is|are|was|were))? ${INSULT}`,
  // "nothing" is an insult only said of the child ("tells her she is nothing"), not in "the GP says
  // nothing medical".
  String.raw`(?:calls?|called|calling|tells?|told|telling|says?|said|saying|shouts?|shouted|screams?|screamed|yells?)(?: (?:me|her|him|them|us))? (?:that )?(?:i|she|he|they|you) (?:am|is|are|was|were) (?:a )?(?:nobody|nothing)|(?:calls?|called|calling) (?:me|her|him|them) (?:a )?nothing`,
  String.raw`(?:nobody|no one|no body) (?:will )?(?:ever )?(?:loves?|wants?|cares? about|likes?) (?:me|her|him|them|you)`,
  String.raw`(?:wish|wishes|wished) (?:i|she|he|they|you) (?:had )?(?:was|were|had) never (?:been )?born`,
  String.raw`never wanted (?:me|her|him|them|you)`,
  String.raw`(?:humiliat|belittl|degrad|ridicul|scapegoat)[a-z]{0,5}`,
  String.raw`(?:makes?|made|making|forces?|forced|forcing) (?:me|her|him|them) (?:kneel|stand|sit|sleep|eat|stay|wait)(?: [a-z0-9]{1,12}){0,5}? (?:in the corner|on the floor|outside|in the garden|in the cold|like (?:a|the) dog|for hours|all night|with the dog|in the dark|with (?:her|his|their|my) arms up|on (?:rice|stones|gravel|lego|salt))`,
  // Punishment by shame: "makes her kneel in the hallway ... and films it to shame her".
  String.raw`(?:makes?|made|making|forces?|forced|forcing) (?:me|her|him|them) (?:to )?kneel`,
  String.raw`(?:films?|filmed|filming|records?|recorded|recording|photographs?|photographed|posts?|posted|sends?|sent) (?:it|her|him|them|me|videos? of (?:her|him|them|me)|pictures? of (?:her|him|them|me)|photos? of (?:her|him|them|me))(?: [a-z0-9]{1,12}){0,8}? (?:to shame|to humiliate|to embarrass|as (?:a )?punishment)`,
  String.raw`like (?:a|the) dog`,
  String.raw`(?:put|puts|putting|lock|locks|locked|locking|shut|shuts|shutting|keeps?|kept) (?:me|her|him|them) (?:in|inside|out(?:side)? (?:in|of)|into) (?:the |a |her |his |their |my )?(?:bin|cupboard|shed|room|bedroom|garden|cellar|dark|box|cage|wardrobe|car|bathroom|loft|attic|house)`,
  String.raw`(?:send|put|sending|putting|give|giving) (?:me|her|him|them) (?:away|in care|into care|to (?:a|the) children home|up for adoption|back)(?:${gap(3)})? (?:if|when|unless)`,
  String.raw`(?:go|goes|going|be sent|sent|be put) (?:away |)(?:to|in|into) (?:a |the )?(?:children home|care) if`,
  String.raw`(?:terrified|petrified|frightened|scared|afraid) (?:of|when|that) (?:her |his |their |my )?(?:dad|mum|step dad|step mum|parents?|carers?|uncle|brother|boyfriend|partner|grandad|nan|him|them|every mistake|getting (?:it|things) wrong|going home|what (?:will|would) happen)`,
  String.raw`(?:wets?|wetted|wet|soils?|soiled) (?:himself|herself|themselves|myself)(?: [a-z0-9]{1,12}){0,3}? (?:when|every time|whenever|if)`,
  String.raw`(?:screams?|screaming|shouts?|shouting|yells?|yelling|swears?|swearing) at (?:me|her|him|them|the (?:kids|children|child|baby|boy|girl))`,
  String.raw`(?:ignores?|ignored|ignoring) (?:me|her|him|them) (?:completely|for days|all the time|every day)`,
  'silent treatment',
  String.raw`(?:hides|hid|hiding) (?:in|under|inside) (?:the |her |his |my |their )?(?:wardrobe|cupboard|bed|bedroom|shed|toilet|bathroom)`,
  String.raw`(?:not|never|is not|am not|are not) allowed (?:to )?(?:eat|sit|join|play|speak|talk|come out|leave (?:my|her|his|their) room|use the (?:toilet|bathroom)|have (?:friends|food|dinner|tea|breakfast)|see (?:friends|anyone))`,
  String.raw`(?:have|has|had) to (?:eat|stay|sleep|sit) (?:in|on|alone|outside|by (?:myself|herself|himself)) (?:my|her|his|their|the)? ?(?:room|floor|garden|shed|corner|stairs)?`,
);
const DOMESTIC = alt(
  String.raw`(?:answered|answers|answering|speaks|spoke|talks|talked) for (?:her|mum|the mum|mother|the mother|his partner|his wife)(?: [a-z]{1,12}){0,3}? (?:would not|will not|did not|never) (?:leave|let)`,
  String.raw`(?:breach(?:ed|es|ing)?|broke|breaking|despite|even though there is|meant to be) (?:a |the )?(?:restraining|non molestation|protection|court) order`,
  String.raw`(?:subject to|has|on) (?:a )?(?:restraining|non molestation|protection) order(?: [a-z]{1,12}){0,8}? (?:seen|near|outside|turned up|turning up|back|taking|take)`,
  String.raw`(?:${ADULT_NOUN}) (?:hit|hits|hitting|punched|punches|punching|kicked|kicks|slapped|slaps|strangled|strangles|strangling|choked|chokes|pushed|pushes|shoved|shoves|threw|throws|beat|beats|beating|attacked|attacks|hurt|hurts|hurting|stabbed|threatened|threatens|threatening|dragged|drags|bit|bites) (?:mum|dad|mummy|daddy|nan|her mum|his mum|their mum|my mum|her dad|his dad|my dad|mums|her|him)\b`,
  String.raw`(?:domestic (?:abuse|violence|incidents?|assault)|coercive control|controlling behaviour)`,
  // Coercive control as a practitioner sees it: "dad v controlling, mum cant speak w/out him".
  // (A parent "controlling about screen time", or a child controlling in play, is not this.)
  String.raw`(?:dad|step dad|partner|boyfriend|husband|ex|ex partner)(?: [a-z]{1,15})? (?:is |has been |was )?(?:very |v |so |really |quite |extremely |super )?(?:controlling|possessive)(?! (?:behaviour|about|over|in|with|when|at))(?: (?:of|towards|with) (?:mum|her|his partner))?`,
  String.raw`(?:mum|mother|she)(?: [a-z]{1,15})? (?:cannot|can not|cant|is not allowed to|isnt allowed to|not allowed to|never gets to) (?:speak|talk) (?:to (?:us|me|anyone|staff) )?(?:without|with out|w out|wout|w o) (?:him|his permission) (?:there|in the room|present|listening|being there)`,
  String.raw`(?:he|dad|partner|boyfriend|husband) (?:controls|takes|keeps) (?:all )?(?:the|mum|mums|her) (?:money|finances|bank card|benefits)`,
  String.raw`(?:da|dv) (?:incident|incidents|notification|notifications|call out|callout|referral|disclosure)|marac|(?:attended|called to|call out to) (?:a )?(?:da|dv|domestic)\b|go bag`,
  String.raw`(?:mum|dad|mummy|daddy|parents|they) (?:and (?:dad|mum|daddy|mummy|her boyfriend|his girlfriend|partner) )?(?:are |were |keep |kept |always |often )?(?:fighting|fight|rowing|screaming at each other|hitting each other|throwing things)`,
  String.raw`(?:non molestation|restraining|occupation|protection|prohibited steps) orders?`,
  String.raw`(?:in case|ready in case|so) (?:we|i|she|they|mum) (?:have|has|need|needs) to (?:run|flee|get out|leave quickly|escape)`,
  String.raw`police (?:were |have been |had been |was |are )?(?:called|came|come|out) (?:to the (?:house|flat|home|address)|round|out|again)`,
  String.raw`(?:got|gets|getting|been) out of (?:prison|jail)`,
  String.raw`(?:threatened|threatens|threatening) to take (?:the|her|my|our|their) (?:kids|children|baby|son|daughter)`,
  // A mother's injuries reported by whoever sees them.
  String.raw`(?:mum|mummy|mother|her mum|his mum|their mum|my mum|nan) (?:has |had |has got |got |with |came in with |comes in with |turned up with )(?:a |an |another |more |new |fresh |some )?(?:black eye|black eyes|bruises|bruising|bruised (?:face|arms?|neck|eye)|split lip|cut lip|fat lip|marks on her (?:neck|face|arms)|broken (?:arm|nose|wrist|ribs?))`,
  String.raw`(?:ex|ex partner|partner|boyfriend|husband|dad|he) (?:still |keeps |is )?(?:follows|following|followed|stalks|stalking|stalked|turns up at|turning up at|waits outside|waiting outside|harasses|harassing|threatens|threatening) (?:her|mum|them|me|the house|the school|the kids)`,
  // "my partner shouts and pushes me about when he's had a drink and the kids see it".
  String.raw`(?:partner|husband|boyfriend|ex|fella|stepdad|wife|girlfriend|he|she) (?:shouts and |drinks and )?(?:pushes|pushed|shoves|shoved|hits|slaps|slapped|grabs|grabbed|kicks|kicked|chokes|choked|strangles|strangled|throws|threw) me(?! (?:on|in) the (?:swing|pushchair|wheelchair))(?: about| around)?(?: [a-z]{1,12}){0,8}? (?:and )?(?:the )?(?:kids|children|baby|boys|girls) (?:see|saw|watch|watched|hear|heard|are there|were there)`,
);
const UNSAFE_HOME = alt(
  String.raw`(?:upset|scared|frightened|anxious|cries|crying|cried|refuses|refused|does not want|do not want|did not want|begs not|begged not|hates|panics|dreads)(?: [a-z0-9]{1,12}){0,7}? (?:go|going|stay|staying|visit|visiting|sleep over|sleeping over)(?: [a-z0-9]{1,12}){0,2}? (?:to |at |with )?(?:her|his|their|my) (?:uncle|grandad|grandpa|dad|mum|step dad|nan|aunt|auntie|cousin|mum boyfriend|dad girlfriend|step mum|brother|dad partner|mum partner)(?: house| flat| place| home)?`,
  String.raw`(?:does not|do not|did not|will not|would not) want to go (?:home )?with (?:her|his|their|my) (?:dad|mum|step dad|uncle|grandad|nan|mum boyfriend|dad girlfriend|brother)`,
  String.raw`(?:hides|hid|hiding) (?:behind|from) (?:me|staff|her|his|the teacher)(?: [a-z0-9]{1,12}){0,4}? (?:pick ?up|home time|collect\w{0,4}|sees)`,
  String.raw`(?:wetting|soiling) (?:the bed |herself |himself |themselves )?again|(?:started|begun|began|starting) (?:wetting|soiling|bed wetting|self soiling)`,
  String.raw`(?:do not|does not|did not|never|not) feel(?:s)? safe(?: (?:at home|there|with (?:him|her|them|mum|dad|his dad|her dad|his mum|her mum)|going home|in (?:the|her|his|their|my) (?:house|home|flat)))?`,
  String.raw`(?:not|never|is not|isnt|is not) safe at home`,
  String.raw`home is (?:scary|horrible|bad|frightening|not safe|awful|terrible|hell)`,
  String.raw`(?:hates?|hated|scared of|afraid of|frightened of|worried about) (?:what (?:goes on|happens|is happening) (?:at home|there)|being at home|going home|home)`,
  String.raw`(?:begged|begging|begs|pleaded|pleading|asked|asking|asks) (?:me |us )?(?:not to tell|to keep it (?:a )?secret|not to say|not to send (?:her|him|them) home)`,
  String.raw`please (?:do not|dont) tell (?:anyone|mum|dad|my mum|my dad)`,
  String.raw`(?:can|could) (?:she|he|they|i) stay (?:at school|longer|behind|late|here|with you|at yours|the night)`,
  String.raw`(?:comes?|coming|came|arrives?|arriving) (?:in )?early and (?:leaves?|leaving|goes?|going|stays?|staying) (?:last|late)`,
);

// --- Self-harm and suicidal thoughts ------------------------------------------------------------------
const SELF_HARM = alt(
  String.raw`(?:googled|googling|googles|searched|searching|searches|looked up|looking up|looks up|researched|researching)(?: for| up)? (?:suicide|suicide methods|suicide forums|ways to (?:die|kill (?:myself|herself|himself|yourself))|how to (?:die|kill (?:myself|herself|himself|yourself)|hang|overdose|self harm)|painless ways|the quickest way to die)`,
  String.raw`(?:pics|pictures|photos|videos|posts) of (?:her|his|their|my) (?:cuts|scars|self harm|wounds|burns)`,
  String.raw`(?:cuts|scratches|burns|marks) all (?:up|over|down) (?:her|his|their|my|both) (?:arms?|wrists?|legs?|thighs?|stomach|body)`,
  String.raw`(?:does|did|do|doing) (?:it|that|the (?:cutting|scratching|burning|hurting)(?: thing)?) to (?:cope|feel better|make (?:it|them|the (?:thoughts|feelings)) (?:go away|stop))`,
  String.raw`the (?:cutting|scratching|burning|hurting myself|hurting herself|hurting himself) thing`,
  String.raw`(?:cuts|cut marks|scratches|scratch marks|marks|scars|scarring|burns|lines|slashes|wounds|plasters|bandages) (?:on|to|up|across|down|all over) (?:her|his|their|my|both) (?:arm|arms|forearm|forearms|wrist|wrists|leg|legs|thigh|thighs|stomach|tummy|body|hips?|ankles?)`,
  String.raw`(?:cutting|scratching|burning|carving|picking|biting|hitting|punching|harming|hurting|marking) (?:at )?(?:her|his|their|my) (?:own )?(?:arm|arms|forearm|forearms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|face|head)`,
  String.raw`(?:burnt|burned|burns|burning|cut|cuts|cutting|scratched|scratches|scratching|carved) (?:her|his|their|my) (?:own )?(?:arm|arms|forearm|forearms|wrist|wrists|leg|legs|thigh|thighs|skin|hand|hands)(?: with)?`,
  String.raw`(?:with|using) (?:a|the|her|his|my) (?:compass|razor|blade|pencil sharpener|sharpener|lighter|scissors|piece of glass|broken glass|needle|pin|safety pin)`,
  String.raw`(?:i|she|he|they) (?:only )?(?:do|does|did) it (?:on|to) (?:my|her|his|their) (?:legs|arms|thighs|stomach|wrists)`,
  String.raw`self harm(?:ing|ed|s|er)?`,
  // "I cut when it gets too much": cutting as a way to cope, said without "myself".
  String.raw`(?:i|she|he|they) (?:only |still |sometimes |have been |has been |started )?(?:cut|cuts|cutting) (?:again |sometimes |at night |a lot )?(?:(?:when|whenever|every time|if|because|cos|coz)(?: [a-z]{1,12}){0,3}? (?:too much|upset|stressed|sad|angry|overwhelmed|low|anxious|down|worse|bad|numb|empty)|to (?:cope(?! with (?:[a-z]+ )?(?:budget|budgets|demand|pressures?|deficit|costs?|funding|cuts|inflation|cost of living))|feel (?:better|something|ok|okay|calm)|forget|calm down|make (?:it|the [a-z]{1,12}) (?:stop|go away)|get through (?:it|the day|the night)))\b`,
  String.raw`(?:hurts?|hurting|hurt|harms?|harming|harmed|cuts?|cutting|punches|punching|hits|hitting|bites|biting|starves|starving|burns|burning) ${SELF}`,
  String.raw`(?:head ?banging|bangs? (?:her|his|their) head (?:against|on)|pulling (?:her|his|their) hair out|pulls (?:her|his|their) hair out)`,
  String.raw`(?:healing|old|new|fresh|deep|self inflicted|superficial) (?:cuts|wounds|scars|marks|scratches|burns)`,
);
const SUICIDAL = alt(
  String.raw`(?:do|does) not want to die exactly`,
  String.raw`(?:i|he|she) (?:just )?(?:do|does) not want to be here\b(?! (?:today|at school|in|on|for|with|because|any ?more))`,
  String.raw`what is the point (?:in|of) (?:being alive|living|life|anything|going on)`,
  String.raw`(?:everyone|everybody) (?:hates me|would be better off without me)|better off without me`,
  String.raw`(?:cannot|can not|could not|do not|does not|did not|can t) see (?:the|any) point(?: in (?:anything|living|life|going on|it))?`,
  String.raw`no point (?:in )?(?:living|anything|going on|carrying on|being here|life|trying)`,
  String.raw`(?:easier|better|happier)(?: for everyone| for (?:my|her|his) (?:mum|family))? (?:if|when) (?:i|she|he|they) (?:was|were|is|am|wasn t|was not|were not|is not|am not) (?:not )?(?:here|around|alive|gone|dead|there)`,
  String.raw`(?:wish|wishes|wished|wishing) (?:i|she|he|they) (?:could |would )?(?:just )?(?:disappear|vanish|not wake up|die|be dead|was not here|were not here|was gone|were gone|was dead|were dead|had never been born|never existed|could sleep forever)`,
  String.raw`(?:wants?|wanted|wanting) to (?:disappear|vanish|go to sleep and not wake up|sleep forever|not exist|be with (?:her|his|my) (?:nan|grandad|dad|mum) in heaven)`,
  String.raw`(?:thought|thinks|thinking|think) about (?:how|ways|when|where) (?:to|i would|she would|he would|they would|i could|she could|he could|i might) (?:do it|kill|end|die|go)`,
  String.raw`(?:suicidal|suicide) (?:thoughts|ideation|feelings|idea)`,
  String.raw`(?:go to sleep|sleep|fall asleep) and (?:never|not) wake up|never wake up`,
  String.raw`(?:thinking|thinks|thought|talks?|talking|talked) (?:about|of) (?:suicide|killing (?:herself|himself|themselves|myself)|ending (?:it|things|her life|his life|my life)|dying|not being here)`,
  String.raw`(?:hopeless|no hope|no future|nothing to look forward to)`,
  String.raw`(?:ending|end) (?:it|things|it all)`,
);

// --- Exploitation, online harm, trafficking, radicalisation --------------------------------------------
const EXPLOITATION = alt(
  String.raw`(?:boyfriend|girlfriend|partner|bf|gf|man|bloke|guy|fella|lover|friend|mate) (?:who is |is |aged |of |thats |that is )?(?:1[89]|[2-9]\d)\b`,
  String.raw`(?:1[89]|[2-9]\d) ?(?:year old|yr old|yo|years old) (?:boyfriend|girlfriend|partner|man|men|bloke|guy|male|lover)`,
  // "a 14 yr old told me she's sleeping with a 22 year old"
  String.raw`(?:sleeping with|having sex with|had sex with|has sex with|sex with|in a relationship with|going out with|dating|seeing|pregnant by|pregnant to|kissing|snogging) (?:a |an |this |some )?(?:1[89]|[2-9]\d) ?(?:year old|yr old|yo|years old)\b`,
  String.raw`(?:boyfriend|man|men|guy|bloke|male|adult) (?:in (?:his|their) (?:20s|30s|40s|50s|twenties|thirties|forties))`,
  String.raw`(?:buys?|bought|buying|gives?|gave|giving|getting|gets|got|given|sends?|sent) (?:her|him|them|me) (?:vapes?|phones?|a phone|new phones?|alcohol|drugs|weed|money|cash|gifts?|presents|trainers|clothes|lifts?|a lift|rides?|cigarettes|fags|designer|jewellery|nails|takeaways)`,
  String.raw`(?:unexplained|new|expensive|loads of|lots of|wads of|large amounts of|rolls of|bundles of)(?: new)? (?:money|cash|phones?|trainers|clothes|gifts|designer (?:clothes|gear)|jewellery|sim cards)`,
  String.raw`(?:two|2|several|multiple|a second) (?:phones|mobiles|sim cards)`,
  // A debt to older boys or men: "my mate's older brothers look after me now, I owe them a bit".
  String.raw`(?:i|he|she|they) (?:owe|owes|owed) (?:them|him|the (?:older )?(?:lads|boys|men|guys)|some (?:older )?(?:lads|boys|men|guys|people))(?: [a-z]{1,10}){0,2}(?! (?:an apology|a favour|a thank you|thanks|a card))`,
  String.raw`older (?:brothers|lads|boys|men|guys)(?: [a-z]{1,10}){0,2}? (?:look|looks|looking|looked) after (?:me|him|her|them)`,
  String.raw`(?:takes?|took|taking|taken) (?:her|him|them|me) (?:to|round to) (?:his|their|her|a|an|some) (?:mates?|friends?|older|adult|random)?(?: )?(?:flat|flats|house|houses|hotel|hotels|parties|party|car|place)`,
  String.raw`(?:parties|party) (?:at|in|with) (?:his|their|a|some) (?:mates?|friends?|older|adult|mans?|men)?(?: )?(?:flat|house|hotel|place|men|lads)`,
  String.raw`(?:goes?|going|went|gone|been going) missing (?:and|then)(?: [a-z0-9]{1,12}){0,2}? (?:comes?|came|returns?|returned|coming|turns? up)`,
  String.raw`(?:comes?|came|returns?|returned|returning|coming|turns? up|turned up|arrives?|arrived) (?:back |home )?(?:really |very |so )?(?:late|in the early hours|at \d|drunk|high|smelling|with (?:money|cash|new|gifts|bruises|love bites))`,
  String.raw`(?:arranging|arranged|arranges|arrange) (?:meets?|meetings?|to meet|pick ups?)`,
  String.raw`(?:in|into|gets into|got into|getting into|seen in|picked up in) (?:cars?|vans?|taxis?)(?: [a-z0-9]{1,12}){0,3}? (?:with|driven by|by) (?:older|adult|unknown|different|men|man|boys|lads)`,
  String.raw`(?:owes?|owed|owing) (?:money|them|him|a debt|a lot|dealers?|\d)`,
  String.raw`(?:in|into) debt (?:to|with)`,
  String.raw`(?:making|makes|made|forcing|forces|forced|getting|gets|got|telling|tells|told) (?:him|her|them|me) (?:to )?(?:hold|carry|deliver|sell|move|stash|run|drop off|plug|hide|take|bring|collect) (?:drugs|stuff|packages?|parcels?|bags?|weed|a bag|a parcel|a package|things|money|cash)`,
  String.raw`(?:the )?(?:olders|elders|older ones|big man|big men|the mandem|the gang|his gang)`,
  String.raw`(?:told|made|asked|forced|paid|pressured|sent) to (?:go to|stay at|stay in|look after|hold|carry|deliver|drop|sell|run|move|keep|stash)`,
  String.raw`(?:looking after|holding|stashing|hiding|keeping|minding) (?:something|stuff|a package|packages|drugs|a bag|bags|things|a phone) for (?:them|him|older|a man|some|people)`,
  String.raw`(?:robbed|taxed|mugged)(?: [a-z0-9]{1,12}){0,4}? (?:owes?|owe|debt|pay)`,
  String.raw`(?:county lines|going country|trap house|cuckooing|drug running|running drugs|dealing(?! with(?: [a-z0-9]{1,15}){0,4} (?:case|cases|issue|issues|situation|concern|concerns|referral|matter|complaint|query|problem|problems|workload|paperwork|behaviour|stress)\b)|drug dealing|selling drugs|carrying drugs|holding drugs|plugging)`,
  String.raw`(?:dropping off|drops? off|dropped off|delivering|delivers?|delivered|doing|does|do|did) (?:packages|parcels|packs|runs|drops|bits|jobs|errands) (?:for (?:people|them|him|my|his|her|older|some|a man|the lads|the olders)|on (?:my|his|her) bike)`,
  String.raw`(?:pays?|paid|paying|gives?|gave) (?:me|him|her|them) (?:a tenner|a score|\d{1,3} (?:quid|pounds)|money|cash)(?: [a-z0-9]{1,12}){0,3}? (?:for|a time|each time|every time|to)`,
  String.raw`(?:debt|owe|owes|owed|owing)(?: [a-z0-9]{1,12}){0,6}? (?:work it off|pay it back by|pay it off by|do (?:a )?(?:job|jobs|runs|favours))`,
  String.raw`(?:possession|possesion) with intent`,
  String.raw`(?:groomed|grooming|exploited|exploiting|exploitation)`,
  String.raw`(?:sugar daddy|sugar daddies|pimp|pimped|pimping|escort|escorting|sex work|selling sex|paid for sex|does stuff for money|do stuff for money)`,
  String.raw`(?:man|men|guy|adult|stranger|someone|somebody|older|bloke|boyfriend|lads|older boys)(?: [a-z0-9,]{1,15}){0,6}? (?:picking|picks|pick|collecting|collects|collect|meeting|meets|meet|taking|takes|take|driving|drives|drive) (?:her|him|them) (?:up|out|to|home|from|away)`,
  String.raw`(?:get|gets|getting|paid|given|offered|earn|earns|earning) (?:\d{1,4} )?(?:quid|pounds|money|cash|a phone|vapes?)(?: [a-z0-9,]{1,15}){0,4}? (?:if|to|for) (?:she|he|they|i) (?:does|do|sleep|sleeps|goes|go|sends|send|meets?|has sex|holds?|carries|carry|drops?)`,
  String.raw`(?:burner|second|another|extra|secret|new) (?:phone|phones|sim|sim card)`,
  String.raw`(?:phone|phones) (?:keeps|constantly|always|never stops) (?:ringing|going off|buzzing)`,
  String.raw`(?:going|goes|went|gone|travelling|travels|travelled|sent|taken) (?:to|out to|up to|down to) (?:other|another|different) (?:towns?|cities|city|areas?|counties)`,
  String.raw`(?:found|picked up|stopped|arrested|turned up|located) (?:by (?:the )?police )?(?:in|at) (?:another|a different|a) (?:town|city|area|county) (?:miles|\d+|far)`,
  String.raw`(?:\d{2,3}|fifty|a hundred|hundreds of) miles (?:from|away)`,
  String.raw`(?:does not live|lives nowhere) (?:anywhere )?near|(?:miles|far) from home|out of (?:his|her|their) area|not from (?:here|round here|the area)`,
  String.raw`(?:found|caught|stopped|searched|picked up|arrested)(?: [a-z0-9]{1,12}){0,5}? with (?:drugs|weed|cannabis|cash|wraps|packages|a package|class a|crack|heroin|cocaine|lots of money)`,
  String.raw`(?:getting|gets|got|taking|takes|took) (?:lots of |loads of |constant |a lot of )?(?:calls|phone calls|texts|messages)(?: [a-z0-9]{1,12}){0,2}? (?:in|during) (?:lessons|class|school|the night|the day)`,
  String.raw`(?:getting|gets|got|seen getting) (?:into|in) (?:different|various|unknown|strange|random|lots of|other people s|expensive) cars`,
  // "keeps getting picked up by men in different cars": collected by men, not by family.
  String.raw`(?:picked up|collected|dropped off|dropped back|driven (?:home|about|around|off)) by (?:older |adult |unknown |different |various |random |grown )?(?:men|males|lads|guys|blokes)\b(?! (?:from|who work|working) )`,
  String.raw`(?:lying|lies|lied) about where (?:she|he|they) (?:goes|go|is|are|has been|have been|was|were)|(?:says|said) (?:she|he|they) (?:was|were|is|are) at (?:a |her |his )?friends? (?:but|and)`,
  String.raw`(?:going ot|out of town|running (?:a|the) line|deal line|shotting|trapping|plugging|plugged)`,
  // "a new older 'friend' who's very generous", "£300 in his blazer".
  String.raw`(?:new )?older (?:friend|friends|boyfriend|mate|mates|man|men|guy|guys|lad|lads|bloke)(?: [a-z]{1,12}){0,5}? (?:generous|buys (?:her|him|them)|bought (?:her|him|them)|gives (?:her|him|them)|gave (?:her|him|them)|gifts|presents|picks (?:her|him|them) up|drives (?:her|him|them)|takes (?:her|him|them) out)`,
  String.raw`\d{3,} (?:pounds |quid )?(?:in cash )?(?:in|on) (?:his|her|their) (?:blazer|bag|pocket|pockets|coat|bedroom|room|school bag|locker|shoe|sock|trainers)(?! (?:for|to pay|towards))`,
);
const SERIOUS_VIOLENCE = alt(
  String.raw`(?:is|he is|she is|being|been|they are|now) (?:a )?(?:target|targeted)`,
  'beef',
  String.raw`(?:gang|gangs|older boys|older lads|lads|boys|they|group|people)(?: from [a-z]{2,15})?(?: [a-z0-9]{1,12}){0,3}? (?:after|looking for|threatening|targeting|want to get|waiting for|going to get|out to get) (?:him|her|them)`,
  String.raw`(?:will not|would not|does not|scared to|afraid to|too scared to|frightened to) (?:walk|go|get the bus) (?:home )?(?:alone|on (?:his|her|their) own|home|out)`,
  String.raw`(?:carries|carrying|carry|carried|has|got|brought) (?:a |the )?(?:knife|blade|weapon|machete|bat) (?:for protection|to protect|just in case|because)`,
  'for protection',
  String.raw`(?:everyone|everybody|all (?:his|her|their) (?:mates|friends)) (?:carries|is carrying|are carrying|carry)`,
  String.raw`(?:been |was |got |has been )?(?:threatened|jumped|robbed|taxed|mugged|attacked|beaten up) (?:by|on|outside|near|after)`,
  String.raw`(?:drill|gang) (?:videos?|songs?|tracks?) (?:about|naming|threatening)`,
);
const ONLINE = alt(
  String.raw`(?:sending|sent|send|sends|sharing|shared|share|shares|posted|posting|circulating|spreading|spread|asked for|asking for|asks for|wants|wanted|demanding|demands|keeps asking for|getting|got|receiving|received) (?:more |her |his |their |some |a |an )?(?:pics|pictures|photos|images|videos|vids|nudes|nude|naked|explicit|sexual|selfies|snaps)`,
  String.raw`(?:turn|put|switch) (?:on )?(?:his|her|their|the|my) (?:camera|webcam|cam)(?: on)?`,
  String.raw`(?:asked|asks|asking|wants|wanted|told|tells|pressured|pressuring|begging|begged) (?:her|him|them|me|a girl|a boy|girls|boys)(?: [a-z0-9]{1,12}){0,4}? (?:to )?(?:go on|do|get on|join|come on) (?:a )?(?:video call|video chat|facetime|live|livestream|cam|webcam)`,
  String.raw`(?:without|with no|take off|taking off|took off|takes off) (?:her|his|their|my) (?:top|clothes|shirt|t shirt|pants|knickers|bra|trousers|underwear)`,
  String.raw`(?:undress|undressed|undressing|naked|topless|in (?:her|his) underwear) (?:on|for|in front of|over)(?: (?:a|the))? (?:camera|cam|video|call|webcam|live|stream|snapchat|facetime)`,
  String.raw`(?:livestream|livestreaming|live streaming|streams|streaming)(?: [a-z0-9]{1,12}){0,4}? (?:adults|men|strangers|gifts|money|tips)`,
  String.raw`(?:blackmail|extort|sextort)[a-z]{0,6}`,
  // "a man on Roblox sent her a rude pic and he is asking to meet her"
  String.raw`(?:man|men|adult|stranger|older (?:boy|lad|man)|guy|bloke)(?: [a-z0-9]{1,12}){0,2}? (?:(?:on|from|off) (?:roblox|fortnite|minecraft|snapchat|snap|tiktok|instagram|insta|discord|whatsapp|xbox|playstation|ps4|ps5|omegle|telegram|facebook|a game|an app|a website|online|the internet|a chat)|online)(?! (?:from|at) (?:the |our )?(?:school|council|team|service))(?: [a-z0-9]{1,12}){0,8}? (?:asking|asked|asks|wants|wanted|trying|tried|arranged|arranging|keeps asking) (?:her |him |them |me )?(?:to )?(?:meet|meet up|come (?:over|round|to)|see (?:her|him|them) in person)`,
  String.raw`(?:threaten|threatens|threatened|threatening|going|gonna|will|said they would|says they will) (?:to )?(?:share|post|send|leak|publish|show|release|put|spread|expose)(?: [a-z0-9]{1,12}){0,3}? (?:pics|pictures|photos|images|videos|vids|nudes|it|them|video|picture|photo|image)`,
  String.raw`(?:intimate|private|personal|explicit|sexual|nude|naked|rude|sexy|revealing|indecent) (?:pics|pictures|photos|images|videos|vids|selfies|snaps|messages)`,
  String.raw`(?:asking|asked|asks|demanding|demanded|demands|wants|wanted|want) (?:him|her|them|me)? ?(?:for )?(?:money|cash|payment|gift cards?|\d{1,5} (?:quid|pounds))`,
  String.raw`(?:catfish|catfished|fake (?:account|profile)|scammed|tricked)(?: [a-z0-9]{1,12}){0,4}? (?:into|him|her|them)`,
  String.raw`(?:or|unless|otherwise) (?:they|he|she|someone) (?:will )?(?:send|share|post|show|leak|put) (?:it|them|the (?:pics|pictures|photos|videos)|(?:pics|pictures|photos|videos))`,
  String.raw`(?:send|share|post|show|leak|put|sending|sharing|posting) (?:them|it|the (?:pics|photos|pictures|videos|nudes|images))(?: [a-z0-9,]{1,15}){0,7}? (?:unless|if (?:he|she|they|i) (?:does not|do not|will not|cannot|can not|refuses))`,
  String.raw`(?:nudes|naked (?:pics|pictures|photos|images)|(?:pics|pictures|photos|videos|images) of (?:her|him|them|me) (?:naked|undressed|in (?:her|his|my|their) (?:underwear|pants|bra)))`,
  String.raw`(?:unless|until|if (?:he|she|they|i) (?:does not|do not)) (?:he|she|they|i)? ?(?:pays?|sends? (?:money|more|cash)|gives? (?:them|him) (?:money|cash))`,
  // (Not a question's alternative: "Healthy Start vouchers or do parents apply themselves?")
  String.raw`(?:gift cards?|vouchers|bitcoin|crypto) (?:or(?! (?:do|does|can|could|should|is|are|would|did|have|has|apply|parents|families|schools)\b)|otherwise|unless)`,
  // "a man online has my pics and wants more".
  String.raw`(?:has|have|got|has got|kept) (?:my|her|his|their) (?:pics|pictures|photos|nudes|videos|vids)(?: [a-z]{1,12}){0,3}? (?:and )?(?:wants?|is asking for|asking for|keeps asking for|demanding|demands) (?:more(?! (?:likes|followers|views|comments|copies))|money|cash|me|her|him|them)`,
  // Someone holds pictures of a child and wants something for them.
  String.raw`(?:has|have|got|has got|took|taken|kept|saved|screenshotted) (?:some |the |her |his )?(?:pics|pictures|photos|videos|vids|nudes|images|screenshots) (?:of|from) (?:her|him|them|me|you)(?: [a-z0-9]{1,12}){0,5}? (?:wants?|wanted|is asking|are asking|asking|demanding|demands|threaten\w{0,3}|says? (?:he|she|they) will|will send|will share|will post)`,
  String.raw`(?:want|wants|wanted|demanding|asking for) (?:money|cash|\d+ (?:quid|pounds)|payment|more) (?:or|otherwise)`,
  String.raw`(?:met|meeting|meet|meets|talking to|chatting to|chatting with|speaking to|messaging|been talking to|been messaging|befriended by|friends with) (?:a |an |some |this |his |her )?(?:man|men|guy|adult|stranger|someone|person|friend|mate|lad|boy|girl|woman|older)?(?: [a-z]{1,12})? (?:online|on (?:snapchat|snap|instagram|insta|tiktok|fortnite|roblox|discord|telegram|whatsapp|xbox|playstation|a game|an app|the internet|social media|minecraft|omegle|kik|facebook)|in a game|over the internet)`,
  String.raw`(?:gaming|online|internet|game) (?:mate|friend|boyfriend|girlfriend|contact|mentor)`,
  String.raw`(?:terrified|scared|frightened|anxious|panics|panicky|jumpy|jumps|shaking)(?: [a-z]{1,12}){0,3}? (?:when|whenever|every time) (?:his|her|their|my) phone`,
  String.raw`(?:added|adding|accepted|follows|following|talking to) (?:someone|somebody|a stranger|strangers|people|an older|older) (?:new )?(?:on|online)`,
  String.raw`(?:new|secret|older) (?:online )?(?:friend|boyfriend|girlfriend)(?: [a-z0-9]{1,12}){0,4}? (?:secretive|secret|will not say|online|met online|never met)`,
  String.raw`(?:never|not) (?:actually )?met (?:him|her|them)(?: (?:in person|in real life|irl|before))?`,
);
const TRAFFICKING = alt(
  String.raw`(?:no|without|has not got|does not have|have not got|taken|kept|holding|holds|has) (?:any |her |his |their )?(?:documents|passport|passports|papers|id)\b`,
  String.raw`(?:works?|working|worked) (?:for|in) (?:a|an|some|this|the) (?:man|men|woman|people|gang|boss|guy|family|nail bar|car wash|cannabis farm|takeaway|restaurant|factory)`,
  String.raw`(?:does not|do not|did not|never|not) (?:get |getting |gets |got |being |been )?paid`,
  String.raw`(?:came|arrived|brought|smuggled|travelled|traveled|come) (?:to (?:the uk|england|britain|the country) |here |over )?(?:on|in|by|from|hidden in) (?:a |the |the back of a )?(?:lorry|boat|truck|van|dinghy|small boat)`,
  String.raw`(?:belongs?|belonged) to (?:him|her|them|a man|the man)`,
  String.raw`(?:sell|sold|selling|buy|bought|buying) (?:me|her|him|them|girls|boys|children|kids)\b`,
  String.raw`(?:does|did|doing|do) all the talking`,
  String.raw`(?:will not|would not|does not|did not|won t|never) let (?:her|him|them|me) (?:be seen|speak|talk|go|be) (?:alone|on (?:her|his|their|my|our) own|by (?:herself|himself|themselves|myself|ourselves))`,
  String.raw`(?:unaccompanied|trafficked|trafficking|modern slavery|forced labour|forced to work|slave|slavery|domestic servitude)`,
  String.raw`(?:nail bar|car wash|cannabis farm|brothel)`,
  String.raw`(?:for no|without|no|not for) (?:money|pay|wages)`,
  String.raw`(?:keeps|kept|takes|took|holds|has) (?:all )?(?:her|his|their|my) (?:wages|money|pay|earnings|passport|documents|papers|phone)`,
  String.raw`(?:found|got|gave|arranged) (?:her|him|them|me) (?:a )?(?:job|work)`,
  String.raw`(?:pay|paying|pays|work|working|works) (?:back|off) (?:his|her|their|the|a) (?:journey|debt|travel|smuggling|passage|fare|trip)`,
);
const RADICAL = alt(
  String.raw`(?:extremis|radicalis|radicaliz|jihad|terroris|martyr|neo nazi|nazi|white power|white suprem|incel)[a-z]{0,6}`,
  // (Not the Tudors in a history lesson: "Henry VIII beheading his wives".)
  String.raw`(?:(?<!\b(?:tudors?|henry viii|henry the eighth|anne boleyn)(?: [a-z0-9]{1,12}){0,3} )(?:beheading|beheadings)|execution videos|extremist (?:videos|content|material|websites|groups|channels|views|ideas)|propaganda|manifesto|school shooter|school shooters|school shootings?|mass shooting|mass shooter|shoot up the school|columbine|day of reckoning)`,
  String.raw`(?:wants? to|talking about|talks about|plans? to|planning to|going to) (?:join (?:them|isis|a group)|fight for|go and fight|go to fight)`,
  String.raw`(?:race war|holy war|great replacement|isis|daesh|caliphate|kuffar|infidels|far right|alt right|swastika|swastikas)`,
  String.raw`(?:glorif|prais|celebrat|admir|idolis|idoliz|support for|supports|supported|supporting)[a-z]{0,6}(?: [a-z]{1,15}){0,3}? (?:attack|attacks|attacker|shooting|shootings|shooter|shooters|bombing|bombings|bomber|bombers|massacre|terrorists?)`,
  String.raw`(?:bombers|attackers|shooters|terrorists|hitler|the nazis|isis) (?:were|was|are|is) (?:right|heroes|a hero|brave)|(?:the )?victims deserved (?:it|to die)`,
  String.raw`(?:kill|wipe out|get rid of|gas|shoot|bomb) all (?:the )?(?:foreigners|muslims|jews|immigrants|migrants|refugees|blacks|black people|gays|infidels|kuffar|white people|christians|asians)`,
  String.raw`(?:foreigners|muslims|jews|immigrants|migrants|refugees|black people|gays|infidels|kuffar|white people|christians|asians) (?:should|need to|must|deserve to|deserved to) (?:be )?(?:wiped out|killed|die|gassed|burned|shot|exterminated)`,
  String.raw`(?:stand up for|fight (?:back )?for|defend) (?:our|my|the) (?:people|race|kind|religion|nation)(?: [a-z]{1,12}){0,3}? (?:fight|fight back|war|attack|weapons?)`,
  String.raw`(?:make|making|build|building|made|makes) (?:a |an |some )?(?:bomb|bombs|explosive|explosives|weapon|weapons|device|gun|pipe bomb)`,
  // "showing his mates a pipe bomb he made"
  String.raw`(?:a |an |the |his |her |their )?(?:pipe bomb|nail bomb|petrol bomb|home ?made bomb|homemade explosive|ied)s? (?:he|she|they|i) (?:made|built|has made|have made|is making|are making)`,
  String.raw`(?:video|videos|instructions|guide|manual) (?:on|of|about|showing) how to (?:make|build|kill|attack|do)`,
  String.raw`(?:travel|go|going|fly|flying|leave|leaving) (?:to|for) (?:syria|iraq|afghanistan|join)`,
  String.raw`violence is (?:the )?(?:only )?(?:answer|way|solution)`,
  String.raw`(?:support|supports|supporting|supported|support for|supportive of|in favour of) (?:for )?violence (?:against|towards|on) (?:(?:specific|certain|other|some|local|particular) )?(?:communities|community|groups|people|religions|races|minorities|muslims|jews|immigrants|foreigners|refugees)`,
  String.raw`(?:people|someone|men|a man|a group|friends|contacts) (?:who|that) (?:will|would|can|could|are going to) help (?:him|her|them|me) (?:act on it|carry it out|do it for real|get (?:a )?(?:weapons?|guns?))`,
  String.raw`(?:group|groups|people|someone|a man|men|channel|forum)(?: [a-z]{1,12}){0,1}? online (?:who|that) (?:say|says|said|tell|told|believe|want|preach)`,
  String.raw`(?:extreme|extremist|hateful|racist|violent|far right) (?:views|ideas|beliefs|group|groups|content|comments|language|videos|memes|chats?)`,
  String.raw`(?:online|internet) (?:mentor|recruiter|brother|group)`,
  String.raw`fight (?:back )?against (?:them|the|those|non believers|immigrants|muslims|jews|the government)`,
  String.raw`(?:kill|attack|hurt|get rid of|wipe out|shoot) (?:all )?(?:the )?(?:muslims|jews|immigrants|foreigners|blacks|whites|gays|infidels|non believers|them all)`,
  String.raw`(?:hates?|hated|hating) (?:all )?(?:muslims|jews|immigrants|foreigners|black people|white people|asians|refugees|gay people)`,
  String.raw`(?:do|doing|carry out) (?:something|an attack|it) (?:at|to|in) (?:the )?(?:mosque|church|synagogue|temple|gurdwara|school|parade|march|rally)`,
  String.raw`(?:for|planning|plan|plans|planned|carry out|carrying out|do|doing) (?:an|the) (?:attack|bombing|shooting)|(?:attack|bombing|shooting) (?:on|at|against) (?:the|a|our)`,
  String.raw`(?:telegram|discord|chat) (?:group|grp|channel|server)(?: [a-z0-9]{1,12}){0,3}? (?:about|bout|on|for) (?:race|war|killing|attacks|jihad|white)`,
  // Conspiracy and enmity against a people or the state, as it is repeated to children.
  String.raw`(?:the )?(?:jews|muslims|zionists|globalists) (?:control|controls|run|runs|own|owns)(?: [a-z]{1,12}){0,2}? (?:everything|the world|the country|our country|the media|the banks|the government|britain|england)`,
  String.raw`(?:migrants|immigrants|muslims|foreigners|refugees|asylum seekers) (?:are )?(?:replacing|invading|taking over) (?:white people|us|our country|england|britain|the country)`,
  String.raw`(?:the )?(?:government|west|society|non believers|kuffar|muslims|jews|immigrants|the state) (?:is|are) (?:our|my) (?:real )?enem(?:y|ies)`,
  String.raw`(?:people|those|anyone|everyone) who (?:do not|don t|dont) (?:follow|believe|pray|obey)(?: [a-z]{1,12}){0,4}? (?:deserve|should be|will be|are going to be)`,
);

// --- FGM, forced marriage, honour ---------------------------------------------------------------------
const FGM = alt(
  String.raw`(?:the|be|being|get|getting|gets|will be|to be) (?:cut|cutting)\b(?! (?:her|his|their|my|the) (?:hair|fringe|nails|finger|knee|hand|arm|lip|leg|foot|cake|grass))`,
  String.raw`(?:had|has had|have had) (?:it|the cut|the cutting|the procedure)\b`,
  String.raw`(?:my|her|their) (?:bit|bits|little bit) (?:taken|cut|chopped) (?:off|away|out)`,
  String.raw`(?:was|were|been|has been|have been) cut\b(?! (?:by|on|with|from|off|short|out|down|up))`,
  String.raw`(?:get|gets|getting|have|having|had) (?:the |a |my |her )?(?:special|little|secret) cut\b`,
  String.raw`(?:does|will|did|would) (?:the )?cutting hurt`,
  String.raw`(?:have|having|had|get|getting|got|gets|will have|going to have|gonna have) (?:it|the procedure|the operation) done`,
  String.raw`special (?:ceremony|celebration|party|procedure|operation|holiday|day|visit) (?:for|to) (?:her|them|become|make|the girls|me|us|my)`,
  String.raw`(?:ceremony|celebration|procedure) (?:to|that will|which will) (?:make|become|turn)`,
  String.raw`(?:become|becoming|be|made|make|makes) (?:her |them |me )?(?:a (?:proper |real |true |grown )?woman|women|clean|pure|purified|ready for marriage|marriageable)`,
  String.raw`(?:fgm|female genital mutilation|female circumcision|circumcis[a-z]{1,6}|sunna|type [1-4] fgm|infibulat[a-z]{1,5}|cutter)`,
  String.raw`(?:lady|woman|cutter|aunt|auntie|grandma|nan|elder|someone)(?: [a-z0-9]{1,12}){0,3}? (?:is |are )?(?:coming|flying|came|come|travelling) (?:from|over from)(?: [a-z0-9]{1,12}){0,2}? (?:abroad|somalia|sudan|egypt|ethiopia|eritrea|kenya|nigeria|guinea|sierra leone|mali|gambia|the village|back home|overseas)`,
  String.raw`(?:coming|here) to do (?:her|them|the girls|me|us)`,
  String.raw`(?:walking|walks|sitting|sits) (?:with )?(?:difficulty|strangely|awkwardly|differently)`,
  String.raw`(?:long time|ages|a long time|very long time) (?:in|on) the (?:toilet|loo|bathroom)`,
  String.raw`(?:difficulty|pain|hurts?|hurting|trouble|crying|struggling) (?:when )?(?:weeing|urinating|going to the toilet|peeing|doing a wee|going for a wee|walking|sitting down)`,
  String.raw`(?:since|after) (?:coming|returning|she came|she got|getting|coming home) back from (?:abroad|holiday|the holiday|the summer|overseas|somalia|sudan|egypt|ethiopia|eritrea|kenya|nigeria|guinea|sierra leone|mali|gambia|[a-z]{4,15})`,
  String.raw`(?:cutting|special|secret|initiation|coming of age|becoming a woman|womanhood) (?:ceremony|celebration|party)`,
);
const FGM_CONTEXT =
  /\b(?:girls?|daughters?|sisters?|cousins?|niece|baby girl|ceremony|celebration|abroad|holiday|culture|cultural|tradition|traditional|woman|grandma|aunt|auntie|aunty|home country|somalia|sudan|egypt|ethiopia|eritrea|kenya|nigeria|guinea|sierra leone|mali|gambia|back home|the village|mummy|fgm|pain|bleeding|walking)\b/;
// A long trip "home" or a special occasion is a sign only for a girl from a community that
// practises FGM, so it needs both a country or "back home" and a girl.
const FGM_TRAVEL = String.raw`(?:special (?:occasion|event|trip|ceremony|celebration|party|procedure|operation|holiday|day|visit)|(?:long|extended|whole summer|very long|months? long) (?:holiday|trip|visit|stay)|(?:grandma|nan|aunt|auntie|elder|relative|relatives)(?: [a-z0-9]{1,12}){0,2}? (?:is |are )?(?:coming|flying|visiting)(?: [a-z0-9]{1,12}){0,3}? (?:for|to) (?:a |the )?(?:special|ceremony|celebration|occasion))`;
const FGM_TRAVEL_CONTEXT =
  /(?=[^|]*\b(?:somalia|sudan|egypt|ethiopia|eritrea|kenya|nigeria|guinea|sierra leone|mali|gambia|djibouti|yemen|iraq|indonesia|back home|the village|abroad|overseas|home country)\b)[^|]*\b(?:girl|girls|daughter|daughters|sister|sisters|she|her|niece)\b/;
const MARRIAGE = alt(
  // Not engagement with a service or in school ("communication and engagement", "fully engaged",
  // "engaged with services"); "engaged and i dont want to be", "engaged at 12" still count.
  String.raw`(?:married|marry|marrying|marriage|(?<!\b(?:communication and|parental|parent|family|school|poor|low|non|good|better|improved|community|youth|service|pupil|student|learner|learning|positive|meaningful|fully|well|not|never|poorly|partially|actively|really|very) )(?:engaged|engagement)(?! (?:with (?:services?|us|school|the (?:service|plan|process|team|hub|sessions?|programme|family)|early help|support|professionals|agencies|camhs|sessions?|the tac|the taf)|in (?:school|learning|education|services?|lessons?|sessions?|the (?:plan|process|service|sessions?|programme))|well|better|fully|positively|work|workers?|officers?|team|strateg(?:y|ies)|activities|skills)\b)|betrothed|nikah|rishta)`,
  // A wedding is a child's own ("her wedding", "a wedding and she thinks it might be hers"), or one
  // abroad she is taken to; going to a family wedding, or a sister's, is not.
  String.raw`(?:(?<!(?:sister|brother|cousin|aunt|auntie|uncle|mum|dad|mums|dads|sisters|brothers|cousins)(?:s)? )(?:her|his|their) (?:own )?wedding|wedding(?: [a-z0-9]{1,12}){0,8}? (?:hers|his own|her own|is hers|might be hers|is for her)|(?:abroad|back home|overseas|pakistan|bangladesh|india|somalia|yemen|iraq|afghanistan|turkey|nigeria)(?: [a-z0-9]{1,12}){0,6}? (?:for|to) (?:a|the|her) wedding|wedding (?:abroad|back home|overseas|in (?:pakistan|bangladesh|india|somalia|yemen|iraq|afghanistan|turkey|nigeria)))`,
  String.raw`promised (?:to|in marriage)`,
  String.raw`(?:looking for|found|finding|chosen|choosing|picked|picking|arranging) (?:a |her |him |his )?(?:husband|wife|match|spouse|suitor) for (?:her|him|them|me)`,
  String.raw`(?:husband|wife|fiance|fiancee) (?:chosen|picked|lined up|arranged|waiting)`,
  String.raw`(?:photos?|pictures?|pics) of (?:a|the) (?:man|boy|woman|girl) (?:she|he|they) (?:is|are|has|will|must)`,
  String.raw`(?:honour|izzat|dishonour|shame on the family|bring shame|brought shame|bringing shame|shame (?:the|her|his|our|my|their) family)`,
  String.raw`(?:checks|checking|checked|monitors|watches|follows|tracks) (?:her|his|their) (?:phone|messages|every move)`,
);
const MARRIAGE_CONTEXT = new RegExp(
  String.raw`\b(?:${UNDER_18}|cannot say no|can not say no|no choice|does not want|do not want|did not want|against (?:her|his|their) will|forced|made to|have to|has to|or (?:else|i am dead|she is dead|he is dead|they will)|if (?:i|she|he) (?:says?|said) no|abroad|back home|flights?|older man|man in his|cousin|his 20s|his 30s|her 20s|to a man|crying|scared|frightened)\b`,
);

// A late night with the family: "they were at a family wedding till midnight".
const FAMILY_OCCASION = /\bfamily (?:wedding|party|do|celebration|gathering|meal)\b/;

// --- Missing, homeless, carers unable to care ---------------------------------------------------------
const MISSING = alt(
  String.raw`(?:reported |gone |went |goes |been |going )?missing(?: [a-z0-9]{1,12}){0,4}? (?:times|occasions)`,
  String.raw`(?:keeps?|kept|keeping) (?:running|going|disappearing|taking off)(?: away| off| missing)?`,
  String.raw`missing episodes?|(?:after|following|back from|returned from) (?:a |an |another )?(?:\d{1,3} hour |overnight |long )?(?:missing|absconding) episode`,
  String.raw`(?:runs?|ran|running|run) (?:away|off)(?: from (?:home|care|(?:her|his|their|the) (?:placement|foster|home|unit|carers?)))?`,
  String.raw`(?:absconds?|absconding|absconded)`,
  String.raw`(?:goes|go|going|went|gone|been going) missing`,
  String.raw`(?:stays?|stayed|staying) out (?:all night|overnight|late|until|till|for days)`,
  // ("she told me because i said it would not come back to her": a promise about what is passed on.)
  String.raw`(?<!\b(?:it|nothing|none of it) (?:would |will |should |could |did |does |has |had |might |is |was )?)(?:does not|do not|did not|has not|not) (?:come|coming|came|been coming) (?:home|back)(?: (?:at night|some nights|for days|until|till|overnight))?(?! (?:to|from) (?:the |our |my )?(?:service|group|club|sessions?|school|college|holidays?|summer|centre|project))(?! (?:to (?:me|you|us)(?: yet)?(?: (?:about|with|re|regarding|on)\b|$)|with (?:a|an|the|any)\b|about\b))`,
  String.raw`whereabouts`,
  // "missin again 4th time this term, back now but wont say where"
  String.raw`missing again|(?:gone|went|been) missing (?:for the )?(?:\d{1,2} ?(?:st|nd|rd|th)|second|third|fourth|fifth) time`,
  String.raw`(?:will not|would not|refuses to|refused to|does not|did not) say where (?:she|he|they) (?:has been|have been|was|were|went|goes|go|stayed|slept)`,
  String.raw`no (?:sign|trace) of (?:her|him|them)`,
  // "went walkabout overnight, a neighbour found him at 5am".
  String.raw`(?<!\bwe )(?:went|has gone|had gone|is gone|goes|gone) (?:awol|awal)\b|(?<!\bwe )(?:went|has gone|had gone|is gone|goes|gone) walkabout (?:overnight|all night|for the night|until (?:the )?(?:morning|\d))|(?:out|missing|gone|away) (?:all night|overnight)(?: [a-z0-9,]{1,12}){0,6}? (?:found (?:him|her|them)|police brought (?:him|her|them) back)`,
);
const HOMELESS = alt(
  String.raw`(?:sofa|couch) surf[a-z]{0,4}`,
  String.raw`(?:in|living in|staying in|stuck in|placed in|moved into) (?:a |an |one |the )?(?:b and b|bed and breakfast|hotel room|one room|single room|temporary accommodation|temp accommodation|temp accom|hostel room)(?: [a-z0-9]{1,12}){0,6}? (?:for (?:weeks|months|\d{1,2} (?:weeks|months))|no (?:cooking|kitchen|beds?|cot|space)|sharing (?:one|a) (?:bed|room)|kids|children|baby|newborn)`,
  String.raw`(?:kids|children|they|baby|newborn|he|she) (?:are |is )?(?:sleeping|sleep|sleeps) on the floor`,
  String.raw`(?:can|could) stay (?:at|with) (?:my|a|his|her) (?:mate|friend|mates|friends)(?: s)?(?: [a-z0-9]{1,12}){0,2}? (?:till|until|for) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|tonight|tomorrow)`,
  String.raw`(?:nowhere|no where) (?:else )?(?:to|2) (?:sleep|stay|go|live)`,
  String.raw`(?:kicked|thrown|chucked|put|locked) (?:her |him |them |me )?out\b(?! of (?:college|school|class|the club|lessons?|the group|the team|the shop|the meeting|the course|uni|university|work|(?:his|her|their) (?:job|course|class|team)))`,
  String.raw`(?:sleeping|slept|sleeps|kipping|kipped|kips|staying|stays|stayed|living|lives) (?:rough|on the streets?|outside|in (?:a|the|his|her|their|my|some|mates?|friends?) (?:mates? |friends? )?(?:car|park|tent|stairwell|garage|shed|bus station|station|doorway|bus shelter|van))`,
  String.raw`(?:living|staying|moving|sleeping) (?:between|from|round|around) (?:mates|friends|different|various)`,
  String.raw`(?:will not|would not|does not|refuses to|refused to|not allowed to) let (?:him|her|them|me) (?:back|in|come (?:back|home)|home|stay)`,
  String.raw`(?:not allowed|banned) (?:back )?(?:home|in the house)`,
  'homeless',
  String.raw`(?:stay|staying|stays) (?:with|at) (?:some|random|older|unknown) (?:lads|men|guys|people|boys|adults)`,
);
const CARER_UNABLE = alt(
  String.raw`(?:drunk|intoxicated|high|stoned|wasted|slurring|slurred|unsteady|staggering|swaying|paralytic|legless|off (?:her|his|their) face|out of it|out of (?:her|his|their) head|under the influence|pupils like saucers|pinned pupils|dilated pupils)`,
  String.raw`(?:smells?|smelled|smelling|smelt|stinks?|stank|reeks?|reeked|reeking) (?:strongly |heavily )?of (?:alcohol|drink|booze|cannabis|weed|spirits|wine|beer|vodka)`,
  String.raw`(?:taken|took|taking|on|using|uses|used|smoking|injecting) (?:something|cocaine|coke|heroin|crack|ketamine|spice|drugs|meth|mdma|pills)`,
  String.raw`(?:drinks?|drinking|drank|drunk) (?:a lot|heavily|every day|all day|again|the wine|wine|vodka|cans|spirits|until|till|so much|too much|from)`,
  // "drinking two bottles of vodka a day"
  String.raw`(?:drinks?|drinking|drank) (?:a|one|two|three|four|five|half a|a whole|\d{1,2})(?: large| full)? (?:bottles?|litres?|cans|pints|boxes) of (?:vodka|wine|spirits|cider|beer|lager|whisky|gin|rum|booze)`,
  String.raw`(?:falls?|fell|falling|passes|passed|passing) (?:asleep|out)(?: (?:drunk|on the floor|on the sofa|in the day|during the day|every))?`,
  String.raw`(?:psychosis|psychotic|hearing voices|sectioned|manic|paranoid|breakdown|delusional)`,
  String.raw`(?:says?|said|believes?|believed|thinks?|thought) (?:the |her |his |their |my )?(?:child|baby|kids?|children|son|daughter|she|he|i) (?:is|are|am|was) (?:evil|possessed|the devil|a witch|cursed|bad spirit)`,
);
const FABRICATED = alt(
  String.raw`(?:symptoms|illness|illnesses|conditions?|problems) (?:that are |which are |are )?(?:never|not) (?:found|seen|confirmed|observed|there|real)`,
  String.raw`(?:fabricated|induced|made up) (?:illness|symptoms|illnesses)`,
  // A child told to act disabled or ill in body: "mummy says I have to limp", "makes me use the
  // wheelchair" (not "mum told me to say im ill": covering an absence).
  String.raw`(?:mum|mummy|mam|mom|dad|daddy|mother|father|parents?|nan|nana) (?:says|said|tells me|told me|makes me|made me|wants me to|wanted me to)(?: that)? (?:i have to |i must |i need to |i got to |i gotta |to )?(?:limp|use (?:a|the|my) (?:wheelchair|crutches|walking frame|feeding tube|tube)|pretend (?:i cannot|i can not|i cant) (?:walk|eat|see|hear)|pretend (?:to be|i am|im) (?:ill|sick|poorly|in pain)(?: [a-z]{1,12}){0,3}? (?:at|to|for|in front of) (?:the |my )?(?:hospital|doctors?|gp|clinic|nurse|consultant|appointments?))`,
  String.raw`(?:gives|gave|makes me take|made me take) (?:me )?(?:medicine|medication|tablets|pills) when (?:i am|im|i was) not (?:ill|sick|poorly)`,
  String.raw`(?:insists?|insisting|keeps? asking|demands?|demanding|pushing) (?:on )?(?:more |further |extra )?(?:tests|investigations|scans|appointments|operations|medication|treatment)`,
  String.raw`(?:altering|altered|changing|changed|falsifying|falsified|tampering with|tampered with|adding to|added to) (?:his|her|the|their) (?:food |fluid |medication |feeding )?(?:charts?|records?|notes|diary|readings|samples|feeds?|tube)`,
  String.raw`(?:nobody|no one|no doctor|staff|we|doctors?|nurses?) (?:has |have )?(?:ever )?(?:seen|witnessed|observed) (?:them|it|one|any)`,
  String.raw`(?:nobody|no one) (?:else )?(?:has )?(?:ever )?(?:seen|witnessed)`,
  String.raw`(?:seizures|fits|symptoms|episodes|attacks|collapses)(?: [a-z]{1,12}){0,3}?(?: that| which)? (?:have |has |are |were )?never (?:been )?(?:witnessed|seen|observed|confirmed)`,
  String.raw`(?:asking|asks|asked|wants|wanted|pushing|pushes|demanding|demands) for (?:a |another )?(?:feeding tube|wheelchair|operation|surgery)`,
  String.raw`tests? (?:are |were |always |keep coming back |come back )?(?:always )?(?:normal|clear|negative)`,
  String.raw`(?:brought|taken|bringing|taking) (?:in|to (?:the )?(?:gp|a e|hospital|doctors?|clinic))(?: [a-z0-9]{1,12}){0,2}? (?:over |more than )?(?:\d{2}|dozens of) times`,
);
const EDUCATION = alt(
  String.raw`(?:pulled|taken|removed|withdrawn|took) (?:her |him |them )?(?:out )?(?:of|from) school`,
  String.raw`(?:no one|nobody|no body|none of us|school) (?:has|have|had) (?:seen|heard from) (?:her|him|them)`,
  String.raw`(?:not|never) (?:been )?seen (?:for|since|in) (?:weeks|months|\d|a long)`,
  String.raw`(?:not|never) allowed (?:out|outside|to leave|to go out)`,
  String.raw`kept (?:at )?(?:home|in the house|indoors|inside)`,
  String.raw`(?:not|never) (?:been )?(?:enrolled|on (?:a|any) school roll|registered (?:at|with) (?:a )?school)`,
);
const PRIVATE_FOSTERING = String.raw`(?:living|staying|lives|stays|lived|stayed|moved in) with (?:a |an |her |his |their )?(?:family friend|friend of the family|friends? family|mates? family|neighbour|family who (?:are|is) not|people (?:she|he|they) (?:do|does|did) not know|someone (?:she|he|they) (?:do|does|did) not know|non relative)`;
const CHILD_ON_CHILD = alt(
  String.raw`(?:took|taken|taking|takes|sharing|shared|shares|sent|posted|circulating|filmed|filming) (?:a |an )?(?:photo|picture|pic|video|nude|image|photograph)s? (?:of|up) (?:her|him|one of|another|a girl|a boy|the other)`,
  String.raw`up (?:her|his|my) (?:skirt|dress)`,
  String.raw`upskirt[a-z]{0,3}`,
  String.raw`(?:ranking|ranked|rating|rated|rate|rank)(?: [a-z0-9]{1,12}){0,3}? (?:girls|boys|bodies|body)`,
  String.raw`(?:grabbed|groped|grabbing|groping|grabs|gropes|touched|touching|touches|pinned|held down|holding down) (?:her|him|them|girls|boys|the (?:younger|other)|younger|other|(?:a|another) (?:girl|boy|pupil|child|student))(?: down)?(?: (?:kids|children|pupils|girls|boys|bum|chest|breasts|boobs|privates|in the (?:corridor|toilets|changing room|playground)))?`,
  String.raw`(?:sexual|sexually) (?:harass|assault|touch|bully)[a-z]{0,6}`,
  String.raw`(?:pull|pulls|pulled|pulling|trying to pull|tried to pull) (?:their|her|his|my|the (?:other|younger) (?:kids|children) ) ?(?:pants|knickers|trousers|skirt|underwear)(?: (?:down|up|off))?`,
  String.raw`(?:shared|sharing|sent|spreading|spread|posted|passing)(?: it| them)? (?:in|round|around|to) (?:a |the |his |her )?(?:group chat|year group|school|everyone|whole year|class)`,
);

// --- A child's own words -------------------------------------------------------------------------------
// What children say when they tell: "he hurts me", "I'm scared of him", "I have to look after the
// baby", "I'm not allowed to tell". Counted only in reported speech (SPEECH), where "I" and "me"
// are the child's.
const CHILD_VOICE = alt(
  String.raw`(?:hurts|hits|smacks|slaps|kicks|punches|pinches|bites|burns|touches|tickles|squeezes|chokes|strangles|grabs|pushes|shakes|locks|shouts at|screams at|swears at|scares|frightens|threatens|films|photographs|follows|punishes|beats|whips|belts|drags|hurt|hit|touched|locked|scared|threatened|filmed|punished) (?:me|us)\b(?! (?:off|out of the way|at (?:football|rugby|games)))`,
  String.raw`(?:i am|im|i was|we are|we were|i get|i got) (?:so |really |very |too )?(?:scared|frightened|afraid|terrified|petrified) (?:of|to|when|at|that|because)`,
  String.raw`(?:it|that) (?:hurts|hurt|stings|bleeds) (?:when|down|in|on|my|after)`,
  String.raw`(?:i|we) (?:have|has|had|got) to (?:look after|feed|sleep (?:on|in|outside)|stay (?:in|out)|hide|keep quiet|be quiet|keep (?:it|the) secret|not tell|pretend)`,
  String.raw`(?:i am|im|we are|i was|we were) not allowed (?:to )?(?:tell|eat|go out|play|see|speak|talk|have|leave|come out|sleep|use)`,
  String.raw`(?:i|we) (?:do not|never|did not|have not) (?:get|got|have|had|been given) (?:any )?(?:food|dinner|tea|breakfast|lunch|anything to eat|a bed|clean clothes)`,
  String.raw`(?:i|we) (?:hide|hid|hiding) (?:in|under|behind)`,
  String.raw`(?:i|we) (?:sleep|slept|sleeping) (?:in the car|on the floor|outside|in the park|on the street|in the garden|in the shed)`,
  String.raw`(?:do not|please do not|dont) tell (?:my|anyone|anybody|mum|dad|mummy|daddy|him|her)`,
  String.raw`(?:he|she|they) (?:said|says|will|would) (?:he|she|they)? ?(?:will|would|ll)? ?(?:hurt|kill|hit|get|send away|take away) (?:me|my (?:mum|mummy|brother|sister|dog))`,
  String.raw`(?:he|she) (?:does|did|keeps doing) (?:things|stuff|it) (?:to me|i do not like|that hurt)`,
  String.raw`(?:i am|im|i was) (?:his|their|her) (?:girlfriend|boyfriend|wife|property|slave)`,
  String.raw`(?:i|we) (?:have|has|had|got) to do (?:what|whatever|everything|anything) (?:he|she|they) (?:says|said|wants|tells|told)`,
  String.raw`(?:i am|im|i m) not (?:going|coming) (?:back )?home`,
  String.raw`(?:i will|i ll|i am going to|im going to|i have to|i had to|i) (?:sleep|slept|sleeping|stay|stayed) (?:at|in|on) (?:the )?(?:station|park|street|streets|car|bus|bus shelter|stairwell|stairs|shed|garden)`,
);
const SPEECH =
  /\b(?:said|says|saying|told|tells|telling|asked|asks|wrote|writes|messaged|texted|disclosed|whispered|keeps saying|sez)\b/;

/** Today-tier signals, by the harm they point to. */
export const CONCERN_RULES: readonly UrgencyRule[] = [
  // A pregnancy under 16 is a sexual abuse concern: "a Y9 pupil asked for a pregnancy test".
  rule(
    'young-pregnancy',
    ['abuse_disclosure'],
    'strong',
    String.raw`\b(?:(?:year|yr|y) ?(?:[5-9]|1[01])|(?:1[0-5]|[5-9]) ?(?:yo|year old|yr old|years old))\b[^|]{0,60}?\b(?:asked for a pregnancy test|pregnancy test|is pregnant|might be pregnant|thinks she is pregnant|could be pregnant|pregnant)\b|\b(?:pregnant|pregnancy test)\b[^|]{0,40}?\b(?:(?:1[0-5]|[5-9]) ?(?:yo|year old|yr old|years old)|(?:she is|she s|aged) (?:1[0-5]|[5-9]))\b`,
    {
      ...today,
      exclude:
        /\b(?:lesson|lessons|rse|sex ed|sex education|curriculum|scheme of work|teaching|training|policy|resources?|leaflets?)\b|\b(?:sister|mum|mother|aunt|auntie|aunty|teacher|tutor|cousin|nan|step ?mum)\b[^|]{0,15}\b(?:is|s) pregnant\b/,
    },
  ),
  // A list of people to hurt: "a list of names in his phone", "taking out certain teachers".
  rule(
    'target-list',
    ['violence'],
    'strong',
    String.raw`\b(?:kill|hit|target|shoot|death) list\b|\blist of (?:names|people|teachers|students|pupils|targets)\b[^|]{0,60}?\b(?:kill|hurt|stab|shoot|taking out|take out|revenge)\b|\b(?:kill|hurt|stab|shoot|taking out|take out)\b[^|]{0,60}?\blist of (?:names|people|teachers|students|pupils|targets)\b`,
    today,
  ),
  // Food taken away as a punishment: "takes my food away if i dont finish my chores".
  rule('food-withheld', ['neglect', 'emotional_abuse'], 'strong', FOOD_WITHHELD, today),
  rule(
    'injury-concern',
    ['injury_concern'],
    'weak',
    String.raw`\b${INJURY}\b${TOPIC_FOLLOWER}${NOT_ON_THINGS}`,
    {
      ...today,
      context: INJURY_CONCERN,
      exclude: new RegExp(`${SPORT.source}|${HEAD_LETTER.source}`),
    },
  ),
  // "a big bruise on his back, says dad did it": the child names who caused an injury.
  rule(
    'injury-attributed',
    ['abuse_disclosure'],
    'vivid',
    String.raw`\b(?:says?|said|sez|sed|told (?:me|us|her|him|staff|the [a-z]{2,12})|telling (?:me|us)) (?:that )?(?:his |her |their |my )?(?:dad|daddy|mum|mummy|step dad|step mum|stepdad|stepmum|parent|mum s boyfriend|mum s partner|partner|uncle|nan|grandad|carer|brother|sister) (?:did (?:it|this|that)|does it|done it|hit|hits|kicked|kicks|punched|punches|burnt|burned|threw|pushed|grabbed|slapped|bit)\b`,
    { ...today, context: new RegExp(String.raw`\b${INJURY}\b`) },
  ),
  rule(
    'injury-by-adult',
    ['abuse_disclosure'],
    'weak',
    String.raw`\b(?:dad|mum|step dad|step mum|parent|carer|nan|nanny|grandad|uncle|boyfriend|partner|he|she) (?:twisted|twists|bent|bends|yanked|yanks|squeezed|squeezes|pinched|pinches|burnt|burned|burns|scalded|scalds|bit|bites|scratched|scratches) (?:his|her|their|my|me|him|them)\b|\b(?:where|so) (?:no one|nobody|no body) (?:can|could|will|would) see\b|\bso (?:no one|nobody|no body|the neighbours do not) (?:hears|can hear|will hear|could hear|hear)\b|\b(?:throws|threw|throwing|thrown|chucks|chucked|poured|pours|pouring)(?: [a-z]{1,12}){1,3}? (?:at|on|over) (?:me|her|him|them)\b|\b(?:pulls?|pulled|pulling|yanks?|yanked|drags?|dragged) (?:me|her|him|them|my|her|his|their) (?:by the |by (?:her|his|my|their) )?(?:hair|ear|ears|arm|arms)\b|\buses? (?:a |the |his |her )?(?:belt|cable|wire|stick|slipper|wooden spoon|shoe|hairbrush|lead|cane|rope) (?:on|to hit) (?:me|her|him|them)\b|\b(?:hit|hits|hitting|beat|beats|whips?|whipped) (?:me|her|him|them) (?:with|using) (?:a|the|his|her)\b|\b(?:get|gets|got|getting|gives? (?:me|her|him|them)|gave (?:me|her|him|them)|uses?|used|using|gets? out|got out|brings? out|comes? out with) (?:the|a|his|her|dad|mum) (?:belt|stick|wooden spoon|spoon|slipper|cane|hairbrush|strap|buckle|lead|cable|wire)\b|\b(?:the|a) (?:belt|stick|wooden spoon|slipper|cane|hairbrush|strap) (?:comes out|came out|on (?:my|her|his|their) (?:bum|bottom|legs|back|hands))\b|\bthat is from the (?:belt|stick|wooden spoon|slipper|cane|hairbrush|strap|buckle)\b|\b(?:does|did|doing|do) (?:the )?(?:slaps|slapping|smacks|smacking|pinching|pinches|hitting|kicking|punching|biting|throwing game|punishment)\b`,
    today,
  ),
  // A child's words for sexual abuse are rarely used of adults, and a quoted child names no child.
  rule('sexual-words', ['abuse_disclosure'], 'weak', String.raw`\b${SEXUAL_WORDS}\b`, today),
  rule('sexual-health', ['abuse_disclosure'], 'weak', String.raw`\b${SEXUAL_HEALTH}\b${TOPIC_FOLLOWER}`, {
    ...today,
    context: new RegExp(String.raw`\b${UNDER_13}`),
  }),
  rule('child-voice', ['abuse_disclosure'], 'weak', String.raw`\b${CHILD_VOICE}`, {
    ...today,
    context: SPEECH,
  }),
  rule('neglect', ['neglect'], 'weak', String.raw`\b${NEGLECT}\b`, { ...today, context: CHILD_HERE }),
  // "the twins (7) walk home by themselves and let themselves in": a young child's own key.
  rule('lets-self-in', ['neglect'], 'weak', String.raw`\blet (?:themselves|herself|himself) in\b`, {
    ...today,
    context:
      /\b(?:[1-9]|10) ?(?:yo|year old|years old|yrs)\b|\b(?:year|yr|y) ?[1-5]\b|\b(?:reception|nursery|infants?)\b|\b(?:twins|kids|children|boys|girls) (?:aged )?[1-9]\b|\b(?:she|he|they) (?:is|are) (?:only )?[1-9]\b/,
  }),
  rule('medical-neglect', ['neglect'], 'weak', String.raw`\b${MEDICAL_NEGLECT}\b`, {
    ...today,
    context: CHILD_HERE,
  }),
  rule('emotional-abuse', ['emotional_abuse'], 'weak', String.raw`\b${EMOTIONAL}\b`, {
    ...today,
    context: CHILD_OR_PARENT,
  }),
  rule('physical-abuse-signs', ['injury_concern'], 'weak', String.raw`\b${PHYSICAL_SIGNS}\b`, {
    ...today,
    context: CHILD_OR_PARENT,
  }),
  rule('domestic-abuse', ['domestic_abuse'], 'weak', String.raw`\b${DOMESTIC}${TOPIC_FOLLOWER}`, today),
  rule('serious-violence-signs', ['violence'], 'weak', String.raw`\b${SERIOUS_VIOLENCE}\b${TOPIC_FOLLOWER}`, {
    ...today,
    context: CHILD_HERE,
  }),
  rule('unsafe-at-home', ['unsafe_at_home'], 'weak', String.raw`\b${UNSAFE_HOME}\b`, today),
  rule('self-harm-signs', ['self_harm'], 'weak', String.raw`\b${SELF_HARM}\b${TOPIC_FOLLOWER}`, today),
  rule('suicidal-thoughts', ['suicide_risk'], 'weak', String.raw`\b${SUICIDAL}\b${TOPIC_FOLLOWER}`, today),
  rule(
    'exploitation-signs',
    ['sexual_exploitation'],
    'weak',
    String.raw`\b${EXPLOITATION}\b${TOPIC_FOLLOWER}`,
    {
      ...today,
      context: CHILD_HERE,
    },
  ),
  // ("a guy on snap has my pics": a young person's own pictures.)
  rule('online-harm', ['sexual_exploitation'], 'weak', String.raw`\b${ONLINE}\b${TOPIC_FOLLOWER}`, {
    ...today,
    context: new RegExp(String.raw`${CHILD_HERE.source}|\bmy (?:pics|nudes|snaps)\b`),
  }),
  rule('trafficking-signs', ['trafficking'], 'weak', String.raw`\b${TRAFFICKING}\b${TOPIC_FOLLOWER}`, {
    ...today,
    context: CHILD_HERE,
  }),
  rule(
    'radicalisation-signs',
    ['radicalisation'],
    'weak',
    String.raw`\b${RADICAL}\b${TOPIC_FOLLOWER}`,
    today,
  ),
  rule('fgm-travel', ['fgm_or_forced_marriage'], 'weak', String.raw`\b${FGM_TRAVEL}\b`, {
    ...today,
    context: FGM_TRAVEL_CONTEXT,
  }),
  // A sister or cousin who has been cut is a risk for the girl now, however long ago it was.
  rule(
    'fgm-sibling',
    ['fgm_or_forced_marriage'],
    'strong',
    String.raw`\b(?:sister|sisters|cousin|cousins|mother|mum)(?: [a-z]{1,12}){0,3}? (?:had|has had|got|went through|was given|has been through|have had|have (?:all )?undergone|has undergone|underwent) (?:the cut|(?:the |her )?(?:cutting|fgm|female genital mutilation|circumcision|sunna|special procedure))\b|\b(?:sister|sisters|cousin|cousins)(?: [a-z]{1,12}){0,2}? (?:had|has had|got|have had|gets|will have) (?:her |the )?cut\b(?! (?:on|to|from|in|at|her hand|his|my|finger|hand|knee|arm|leg|head|face|foot|lip|short|off|out|up))|\b(?:a |the )?cut down there\b|\b(?:sister|sisters|cousin|cousins)(?: [a-z]{1,12}){0,2}? (?:had|has had|got|have had) (?:her |a )?cut (?:there|abroad|back home|on holiday|in (?:somalia|sudan|egypt|ethiopia|eritrea|kenya|nigeria|guinea|sierra leone|mali|gambia))\b`,
    { ...today, ignoresHistory: true, context: FGM_CONTEXT },
  ),
  // FGM done to a girl is reported however long ago it was (the mandatory reporting duty).
  rule('fgm-signs', ['fgm_or_forced_marriage'], 'weak', String.raw`\b${FGM}\b${TOPIC_FOLLOWER}`, {
    ...today,
    context: FGM_CONTEXT,
    ignoresHistory: true,
    // (A woman cut long ago with no daughter is no child's concern today.)
    exclude: /\b(?:(?:1[89]|[2-9]\d) ?(?:yo|year old|years old|yr old)|adults?|no daughters?)\b/,
  }),
  rule(
    'forced-marriage-signs',
    ['fgm_or_forced_marriage'],
    'weak',
    String.raw`\b${MARRIAGE}\b${TOPIC_FOLLOWER}`,
    {
      ...today,
      context: MARRIAGE_CONTEXT,
    },
  ),
  // Honour-based abuse: a young person afraid of what the family will do if they find out ("her
  // family will disown her and something bad will happen if they find out about her girlfriend").
  rule(
    'honour-threat',
    ['fgm_or_forced_marriage'],
    'weak',
    String.raw`\b(?:something bad|something terrible|bad things|something awful) (?:will|would|is going to|gonna|might|could) happen(?: to (?:her|him|me|them))? (?:if|when|once) (?:they|her family|his family|my family|the family|her parents|his parents|my parents|her dad|his dad|my dad|her brothers?|his brothers?|my brothers?) (?:find|finds|found|ever find) out\b|\b(?:her|his|my|their|the) (?:family|parents|dad|father|mum|mother|brothers?|uncles?) (?:will|would|are going to|is going to|gonna|said they would|say they will|have threatened to|threatened to) (?:disown|cut off|send away) (?:her|him|me|them)\b`,
    { ...today, context: new RegExp(String.raw`${CHILD_HERE.source}|\bsixth formers?\b|\bstudents?\b`) },
  ),
  rule('missing-signs', ['missing_child'], 'weak', String.raw`\b${MISSING}\b${TOPIC_FOLLOWER}`, {
    ...today,
    context: CHILD_HERE,
    exclude: new RegExp(`${NOT_A_CHILD.source}|${FOUND_SAFE.source}`),
  }),
  rule('homeless-child', ['homeless_child'], 'weak', String.raw`\b${HOMELESS}\b${TOPIC_FOLLOWER}`, {
    ...today,
    context: new RegExp(String.raw`\b(?:${UNDER_18}|she|he|lad|girl|boy)\b|${NAMED_CHILD_AGE}`),
  }),
  rule('carer-unable', ['carer_unable'], 'weak', String.raw`\b${CARER_UNABLE}\b${TOPIC_FOLLOWER}`, {
    ...today,
    context: new RegExp(
      String.raw`\b(?:mum|dad|parents?|carers?|partner|boyfriend|step dad|step mum|nan|grandad|she|he|they)\b[^|]{0,200}\b(?:${CHILD_NOUN}|kids|\d{1,2} ?(?:year|yr|month|week|day)s? old|collect\w{0,4}|pick\w{0,4}|school|nursery|drive|driving|car|home|care|caring|looking after|in charge|alone with|main carer|sole carer|only carer|\d{1,2} ?yo)\b|\b(?:${CHILD_NOUN}|kids)\b[^|]{0,200}\b(?:mum|dad|parents?|carers?|partner|boyfriend)\b`,
    ),
  }),
  rule('fabricated-illness', ['fabricated_illness'], 'weak', String.raw`\b${FABRICATED}\b`, {
    ...today,
    context: CHILD_HERE,
  }),
  // A child given something to keep them quiet or asleep: "dad gives him the special sweets to make
  // him calm before contact". Not medicine a doctor prescribed or staff give with consent ("the
  // school nurse gives him his medicine so he calms down, parents consented", "his adhd tablets").
  rule(
    'child-sedated',
    ['abuse_disclosure'],
    'strong',
    String.raw`\b(?:gives?|gave|giving|puts?|makes? (?:him|her|them|me) (?:take|have|drink))(?: (?:him|her|them|me|the baby|the kids))? (?:the |some |a |my )?(?:special |magic |sleepy )?(?:sweets?|medicine|pills?|tablets?|drops|calpol|piriton|sleeping pills|gummies|vodka|alcohol|wine|beer|weed|stuff|juice|drinks?)\b[^|]{0,30}? (?:to make (?:him|her|them|me) (?:calm|sleep|sleepy|quiet|go to sleep|go down|stay quiet|settle|be good|behave)|so (?:he|she|they|i) (?:sleeps?|stays? quiet|calms? down|goes? to sleep|(?:is|are|am) quiet))\b`,
    {
      ...today,
      context: new RegExp(
        String.raw`${CHILD_HERE.source}|\b(?:dad|mum|mummy|daddy|step dad|step mum|nan|gran|carer|parents?|boyfriend|partner|foster carer)\b`,
      ),
      // (A doctor or nurse merely named is no prescription: "dad gives him vodka to make him sleep,
      // i told the school nurse".)
      exclude:
        /\b(?:prescribed|prescription|consent|consented|agrees|agreed|adhd|medication|meds|melatonin|care plan|health plan|epilepsy|inhaler|(?:school )?nurse gives|we give|staff give|(?:gp|doctor|paediatrician|consultant) (?:prescribed|advised|recommended|said to|gave))\b/,
      ignoresHistory: true,
    },
  ),
  // A member of staff or a volunteer in private contact with a child: an allegation for the
  // designated officer (LADO) today, not a question of policy. The child is the one written to
  // ("messaged her mum on whatsapp", "sent him home" are ordinary; "ta" is a member of staff only
  // after "a", "the", "our", "her" or "his": "ta, i sent her the leaflet" is thanks).
  rule(
    'trusted-adult-contact',
    ['sexual_exploitation'],
    'strong',
    String.raw`\b(?:teacher|teaching assistant|(?:a|the|our|her|his|their) ta|coach|tutor|staff member|member of staff|youth worker|volunteer|instructor|mentor|caretaker|lunchtime supervisor|scout leader|club leader)\b[^|]{0,40}?\b(?:has been |is |was |been |keeps |kept )?(?:sending|messaging|texting|snapchatting|dming|messages|sends|texts|dms|sent|messaged|texted|dmed|contacting|adding|added)\b(?: (?:a|the|this|one of (?:our|my|the)|my|our))?(?: [a-z0-9]{1,12}){0,3}? (?:pupil|pupils|student|students|child|girl|boy|girls|boys|year \d{1,2} (?:girl|boy|pupil|student)|\d{1,2} year old|\d{1,2} yo|her|him)\b(?! (?:mum|mam|dad|mother|father|parents?|carers?|nan|gran|home|the (?:link|letter|leaflet|form|details|newsletter)))`,
    {
      ...today,
      context:
        /\b(?:private|privately|personal|instagram|insta|snapchat|snap|whatsapp|tiktok|dms?|late at night|at night|every night|appearance|pretty|gorgeous|beautiful|fit|sexy|secret|do not tell|kisses|loves? (?:her|him|you)|miss(?:es)? (?:her|him|you)|meet up|meet her|meet him)\b/,
      // A question of policy in general ("is it ok for staff to message pupils on whatsapp?").
      exclude:
        /\b(?:(?:our|the|a) (?:policy|code of conduct) (?:on|for|about|says)|is it (?:ok|okay|allowed|acceptable) for (?:staff|teachers|a teacher|coaches|tutors)|(?:should|can|could) (?:staff|teachers|coaches|tutors) (?:be )?(?:allowed|able|message|text)|(?:staff|teachers) (?:must|should) not)\b/,
    },
  ),
  rule(
    'alone-out-at-night',
    ['child_alone'],
    'weak',
    String.raw`\b(?:wandering|walking|out|outside|found|alone|on (?:her|his|their|my|our) own|by (?:herself|himself|themselves|myself|ourselves)|at|in|on|by)(?: [a-z0-9]{1,15}){0,6}? (?:at|around|about|since|till|until|after) (?:(?:1[0-2]|[1-5])(?: \d{2})? ?am|(?:8|9|10|11|12)(?: \d{2})? ?pm|midnight)\b|\bin the middle of the night\b|\b(?:2|3|4) in the morning\b`,
    // Out late with the family, at a family occasion, is not out alone.
    { ...today, context: CHILD_HERE, exclude: FAMILY_OCCASION },
  ),
  rule('missing-education', ['neglect'], 'weak', String.raw`\b${EDUCATION}\b`, {
    ...today,
    context: CHILD_HERE,
  }),
  rule('private-fostering', ['neglect'], 'weak', String.raw`\b${PRIVATE_FOSTERING}\b`, today),
  rule('child-on-child', ['abuse_disclosure'], 'weak', String.raw`\b${CHILD_ON_CHILD}\b`, {
    ...today,
    context: CHILD_HERE,
  }),
  // Signs taught in safeguarding training that name no harm word, as practitioners note them in
  // a hurry ("mum new boyfriend has convictions for hurting kids", "dash 16, perp out of custody").
  rule(
    'offender-in-household',
    ['abuse_disclosure'],
    'strong',
    String.raw`\b(?:schedule (?:1|one) offender|sex offenders? register|registered sex offender|(?:convictions?|convicted|charged|arrested|previous) (?:for|of) (?:hurting|harming|abusing|assaulting|sexual offences against|offences against|sexually assaulting)(?: [a-z]{1,12}){0,2}? (?:kids|children|a child|child|minors|girls|boys)|(?:downloading|downloaded|possession of|looking at) (?:indecent|child abuse) (?:images|photos|pictures))\b`,
    { ...today, status: true },
  ),
  rule(
    'dangerous-knowledge',
    ['radicalisation', 'violence'],
    'strong',
    String.raw`\bhow (?:to|you would|you d|you could|i would|i d|i could|would you|do you|could you|he could|she could|they could) (?:make|build) (?:a |an )?(?:bomb|pipe bomb|nail bomb|explosives?|gun|ied)\b|\b(?:praised|praises|praising|idolises|idolised|idolizes|idolized|admires|admired|worships|worshipped|glorifies|glorified|glorifying) (?:a |the |that |this )?(?:mass |school )?(?:shooter|shooters|terrorist|terrorists|bomber|bombers|gunman)\b|\b(?:looking|looked|looks|searching|searched|searches|watching|watched|watches) (?:up )?(?:videos of |stuff about |things about )?(?:school shootings|mass shootings|how to make bombs|bomb making)\b`,
    { ...today, context: CHILD_HERE },
  ),
  rule(
    'unsafe-sleep',
    ['neglect'],
    'strong',
    String.raw`\bco sleeping\b|\b(?:sleeps?|sleeping|slept|asleep) (?:in|on) (?:the )?(?:sofa|settee|couch) with (?:mum|dad|parents?|her|him|them)\b`,
    {
      ...today,
      context:
        /\b(?:drink|drinks|drinking|drunk|alcohol|drugs|high|smokes?|smoking|methadone|sleeping pills|medication|sofa|settee)\b/,
    },
  ),
  rule(
    'self-harm-ongoing',
    ['self_harm'],
    'strong',
    String.raw`\b(?:cutting|self harming|burning (?:herself|himself|themselves)|scratching (?:herself|himself|themselves)) (?:again|still|more|every day|daily|most days)\b|\bmakes? (?:myself|herself|himself) sick\b|\b(?:purging|starving (?:herself|himself|myself))\b`,
    { ...today, context: CHILD_HERE },
  ),
  // "mum held it on the hob", "dad put her hand on the iron": a burn given as a punishment.
  rule(
    'burn-held-on',
    ['injury_concern', 'violence'],
    'strong',
    String.raw`\b(?:held|holds|holding|pressed|presses|pressing|put|puts|putting|forced|forces|pushed|pushes) (?:it|her hand|his hand|their hand|my hand|her arm|his arm|my arm|her fingers|his fingers|her wrist|his wrist|her|him|me)(?: [a-z]{1,12}){0,2}? (?:on|onto|against|over|under|near) (?:the |a )?(?:hob|cooker|oven|iron|radiator|fire|kettle|hot tap|hot water|stove|grill|toaster|candle|lighter|cigarette)\b`,
    { ...today, context: CHILD_OR_PARENT },
  ),
  rule(
    'domestic-abuse-high-risk',
    ['domestic_abuse'],
    'strong',
    String.raw`\bdash (?:score )?(?:of )?(?:1[4-9]|2[0-7])\b|\bhigh risk (?:da|dv|domestic abuse|domestic violence)\b|\b(?:perp|perpetrator|abuser|violent (?:ex|partner|dad))(?: [a-z]{1,12}){0,2}? (?:out of (?:custody|prison|jail)|released|being released|back (?:home|living there|in the house))\b|\bon probation for (?:dv|da|domestic)\b|\bbreach(?:ed|ing|es)? (?:of )?(?:the |his |her |a )?(?:non molestation|restraining|protective|bail) (?:order|conditions)\b`,
    today,
  ),
  rule(
    'weapon-threat',
    ['violence'],
    'strong',
    String.raw`\bthreaten(?:s|ed|ing)? to (?:go and )?(?:get|bring|use|fetch) (?:his |her |my |a |the |dad |dads |mum |brother |uncle )?(?:gun|guns|knife|knives|machete|blade|weapon|air rifle|rifle|shotgun)\b`,
    { ...today, context: CHILD_HERE },
  ),
  rule(
    'image-sharing',
    ['sexual_exploitation'],
    'strong',
    String.raw`\b(?:topless|nude|naked|explicit|sexual|indecent|intimate) (?:pic|pics|picture|pictures|photo|photos|image|images|video|videos|selfie|selfies)(?: [a-z0-9]{1,12}){0,5}? (?:going round|being shared|shared|sent|spread|posted|circulating|on snap|on snapchat|on instagram|on tiktok|in a group chat)\b|\b(?:sending|sent|sharing|shared|selling|sold) (?:nudes|naked pics|topless pics|pics of (?:herself|himself))\b`,
    { ...today, context: CHILD_HERE },
  ),
  rule(
    'touched-where',
    ['abuse_disclosure'],
    'strong',
    String.raw`\b(?:tickles?|tickled|touch|touches|touched|rubs?|rubbed|plays? with|played with) (?:me |her |him |them )?where (?:my|her|his|their) (?:knickers|pants|privates|private parts|bits|willy|bum|bottom|front bottom|nappy) (?:are|is|go|goes)\b`,
    today,
  ),
  rule(
    'dental-neglect',
    ['neglect'],
    'strong',
    String.raw`\bnever (?:seen|been to|registered with) (?:a |the )?dentist\b|\brotten teeth\b|\b(?:teeth|tooth) (?:are |is )?(?:rotten|black|decayed|falling out)\b|\bdental (?:abscess|decay|pain)\b|\bswollen (?:jaw|face|cheek)\b(?=(?: [a-z0-9,]{1,12}){0,6}? (?:pain|in pain|no dentist|dentist))`,
    { ...today, context: CHILD_HERE },
  ),
  // Shorthand for what practitioners see at a home visit, at the gate or in a child's words.
  rule(
    'home-conditions',
    ['neglect'],
    'strong',
    String.raw`\b(?:rats|mice|cockroaches|infestation|(?:bottles?|food) (?:with |w )?mou?ld|mou?ldy (?:bottles?|food|milk)|(?:house|flat|home) (?:is )?full of (?:rubbish|mess|dog mess|bags)|exposed wires|dog mess|human waste|no (?:gas|electric|electricity|heating|hot water|food in)(?: or (?:gas|electric|electricity|heating))? (?:for|since)|using candles|bottles? (?:just|only) water|watered down (?:milk|formula)|(?:look|looks|looking) (?:grey|gray) (?:and|n) thin|teeth never brushed|hair (?:is )?matted|same nappy all day|nappy not changed)\b`,
    { ...today, context: CHILD_HERE },
  ),
  rule(
    'untreated-lice',
    ['neglect'],
    'strong',
    String.raw`\b(?:head lice|lice|nits)\b(?=(?: [a-z0-9,|]{1,15}){0,10}? (?:since|for months|months|untreated|not treated|weeping|infected|bleeds|bleeding|so bad))`,
    { ...today, context: CHILD_HERE },
  ),
  rule(
    'dental-and-eating',
    ['neglect'],
    'strong',
    String.raw`\bneeds? \d{1,2} extractions\b|\b(?:tooth|teeth|mouth) hurts? so (?:much|bad)\b|\bin agony\b(?=(?: [a-z0-9,|]{1,15}){0,6}? (?:tooth|teeth|dentist|never booked))|\b(?:can not|cannot|cant|will not) (?:go|take (?:me|her|him)) to the dentist\b|\blost \d{1,2} ?(?:kg|kilos|stone|pounds)\b|\bperiods? (?:have )?stopped\b`,
    { ...today, context: CHILD_HERE },
  ),
  rule(
    'drugs-in-the-home',
    ['neglect'],
    'strong',
    String.raw`\b(?:needles|syringes|white powder|foil (?:and|n) (?:a )?spoon|crack pipe|drugs? paraphernalia)\b(?! (?:training|policy|disposal|bin)\b)|\b(?:smells?|smelled|smelling|stinks?) of (?:weed|cannabis|skunk)\b`,
    { ...today, context: CHILD_OR_PARENT },
  ),
  // "he googled 'how deep to cut to need stitches'": searching how to hurt oneself.
  rule(
    'self-harm-searching',
    ['self_harm'],
    'strong',
    String.raw`\b(?:googled|googling|searched|searching|searches|looked up|looking up|search history)(?: for| of)? (?:how (?:deep|many|much|long|to)|ways to|best way to|painless ways? to) (?:[a-z]{1,12} ){0,3}?(?:cut|cutting|kill|die|overdose|hang|stitches|tablets|pills|paracetamol)\b`,
    today,
  ),
  // "she is 'getting a husband' this summer": a child to be married.
  rule(
    'forced-marriage-spouse',
    ['fgm_or_forced_marriage'],
    'strong',
    String.raw`\b(?:getting|get|got|finding|find|found|chosen|picked) (?:her |him )?(?:a )?(?:husband|wife)\b`,
    { ...today, context: CHILD_HERE },
  ),
  // A police Operation Encompass notification: a child was at home during domestic abuse.
  rule(
    'domestic-abuse-encompass',
    ['domestic_abuse'],
    'strong',
    String.raw`\boperation encompass (?:call|notification|notice|alert|message|email|report)\b|\b(?:call|notification|notice|alert|message|email) from operation encompass\b`,
    {
      ...today,
      // (Not a question about the scheme itself: "operation encompass email goes to which inbox?")
      exclude:
        /\b(?:inbox|which (?:inbox|email|address|member)|who (?:gets|receives|should get)|sign up|signed up|set up|policy|process|training|what is|how does|how do|is it|does it|do we|what happens)\b/,
    },
  ),
  // "lives with a 'guardian' who isn't family": a child living with an unrelated adult.
  rule(
    'private-fostering-unrelated',
    ['trafficking'],
    'strong',
    String.raw`\b(?:lives|living|staying|stays|lived) with (?:a |an |her |his )?(?:guardian|uncle|aunt|auntie|aunty|family friend|friend of the family|cousin)(?: [a-z]{1,12}){0,2}? (?:who|that) (?:is not|isn t|is no|are not|aren t) (?:family|related|a relative)\b`,
    today,
  ),
  // "paid £100 to a scammer who had his pics, they're asking for more".
  rule(
    'sextortion-paying',
    ['sexual_exploitation'],
    'strong',
    String.raw`\b(?:paid|sent|given|gave)(?: [a-z0-9]{1,12}){0,3}? (?:to )?(?:a |the )?(?:scammer|scammers|blackmailer|blackmailers)\b|\b(?:scammer|scammers|blackmailer|they|he|someone) (?:who )?(?:has|had|have|got) (?:his|her|their|my) (?:pics|pictures|photos|nudes|videos)\b`,
    { ...today, context: /\b(?:pics|pictures|photos|nudes|videos|more|money|pay|paid)\b/ },
  ),
  rule(
    'exploitation-shorthand',
    ['sexual_exploitation'],
    'strong',
    String.raw`\b(?:paid|getting paid|gets paid|pays (?:him|her|them|me)|paying (?:him|her|them|me)|pay (?:me|him|her|them)) (?:to|for) (?:be (?:a |the )?)?(?:lookout|look out|hold|holding|carry|carrying|deliver|delivering|run|running|keep watch|drop|dropping|drop off|dropping off)\b|\b(?:have to|got to|gotta|asked to|told to|only) (?:hold|stash|look after|mind) (?:it|stuff|things|a package|packages|a bag|bags|drugs|gear|the gear|the stuff) (?:at|in) (?:mine|my house|my room|my place)\b|\blookout for (?:dealers|older lads|the older boys)\b|\bwhose flat it was\b|\btrap house\b|\b(?:went|taken|goes|go|been) to [a-z]{3,15} with (?:some )?(?:older )?(?:lads|men|boys he does not know|people i do not know)\b`,
    { ...today, context: CHILD_HERE },
  ),
  rule(
    'extremist-talk',
    ['radicalisation'],
    'strong',
    String.raw`\b(?:fight for the cause|race war|holy war|white genocide|great replacement|(?:older )?mentors? online|(?:our people|white people|our race) (?:are|is) being (?:replaced|wiped out|invaded))\b`,
    { ...today, context: CHILD_HERE },
  ),
  rule(
    'fgm-shorthand',
    ['fgm_or_forced_marriage'],
    'strong',
    String.raw`\b(?:is )?cutting (?:is )?legal (?:here|in (?:the uk|england|this country))\b|\bspecial (?:ceremony|ritual|procedure)\b(?=(?: [a-z0-9,|]{1,15}){0,10}? (?:visit|abroad|holiday|summer|family|nan|nani|grandma|auntie|becom))|\bget (?:her|them) cut\b|\bbecome a woman\b`,
    { ...today, context: CHILD_OR_PARENT },
  ),
  rule(
    // A mother who has had FGM herself and a daughter travelling to family abroad, or asking about
    // the "right age": the risk indicators the FGM guidance lists, told however tentatively.
    'fgm-mother-and-daughter',
    ['fgm_or_forced_marriage'],
    'strong',
    String.raw`\b(?:mum|mother|mam)(?: [a-z]{1,12}){0,3}? (?:has |had |who has |who had )?(?:herself )?(?:undergone|had|experienced|been through|been cut|survived) (?:fgm|female genital mutilation|cutting)\b(?=(?: [a-z0-9,|]{1,15}){0,30}? (?:right age|travel|travelling|visit|abroad|home country|holiday|summer|cut|ceremony|see to her))`,
    { ...today, context: /\b(?:daughter|girl|her \d{1,2} year old|her baby)\b/ },
  ),
  rule(
    // A child who goes missing and comes back without saying where, or keeps doing it, is a
    // concern for today however settled the last episode is (it is how exploitation shows).
    'missing-episodes-repeated',
    ['missing_child'],
    'strong',
    String.raw`\b(?:went|gone|goes|going|go) missing\b(?=(?: [a-z0-9,|]{1,15}){0,24}? (?:(?:will not|would not|wont|refuses to|refused to|did not|does not) (?:say|tell (?:us|me|anyone|staff)) where|twice|three times|several times|a few times|third time|again|every weekend|most weekends))`,
    { ...today, ignoresHistory: true, exclude: NOT_A_CHILD, context: CHILD_OR_PARENT },
  ),
  rule(
    // "said there was 'no more bread till Thursday'": the food at home running out, in a child's words.
    'no-food-at-home',
    ['neglect'],
    'strong',
    String.raw`\bno (?:more )?(?:food|bread|milk|dinner|tea|breakfast) (?:till|until|in the house|at home|left at home)\b`,
    {
      ...today,
      context: CHILD_HERE,
      // Not an ordinary routine ("no tea till mum gets in from work", "no milk until 12 months").
      exclude:
        /\b(?:food bank|foodbank|pantry|shop|shops|supermarket|delivery|tesco|asda|aldi|lidl|cafe|canteen|kitchen staff|gets in|get in|gets home|get home|from work|months|formula|weaning)\b/,
    },
  ),
  rule(
    'home-in-a-childs-words',
    ['unsafe_at_home'],
    'strong',
    String.raw`\b(?:i |we )?(?:have to|has to|know to) call the police when (?:daddy|dad|mummy|mum|he|she) (?:gets|is) (?:loud|angry|drunk|cross)\b|\b(?:nobody|no one|no body) (?:in my house |at home )?(?:talks|speaks) to me\b|\bpretend (?:i am|im|i m) not there\b|\b(?:mummy|mum|dad|daddy) cries all day\b|\bi make my own (?:dinner|tea|breakfast|lunch)\b|\b(?:waited|wait|waiting|sat) outside(?: [a-z]{1,12}){0,4}? for (?:ages|hours)\b|\bno one answered\b(?=(?: [a-z0-9,|]{1,15}){0,6}? (?:\d{1,2}|she|he|door))|\bscared of what happens (?:at home|when)\b`,
    today,
  ),
  rule(
    'young-carer-strain',
    ['neglect'],
    'strong',
    String.raw`\b(?:main|only|sole) carer for (?:mum|dad|her mum|his mum|her dad|his dad|nan|a parent)\b|\b(?:living|lives|staying|stays) with ['‘]?an? (?:uncle|aunt|auntie|aunty|cousin)['’]? who (?:is not|isnt) related\b|\bnot related(?: [a-z0-9,|]{1,15}){0,6}? parents (?:in|abroad)\b`,
    { ...today, context: CHILD_HERE },
  ),
  rule(
    'infant-and-perinatal',
    ['injury_concern'],
    'strong',
    String.raw`\bpetechia(?:e|l)?\b|\b(?:paranoid (?:beliefs|thoughts) (?:about|regarding) (?:the )?(?:infant|baby)|thoughts of harming (?:the |her )?(?:baby|infant)|postpartum psychosis|puerperal psychosis|hearing voices about the baby)\b`,
    today,
  ),
  // Danger now, in the same shorthand.
  rule(
    'child-left-in-car',
    ['child_alone'],
    'strong',
    String.raw`\b(?:left|locked|alone|sat|sitting|asleep|strapped) in (?:a |the |her |his |their )?(?:hot |locked |parked )?(?:car|van)\b(?=(?: [a-z0-9,|]{1,15}){0,8}? (?:windows up|no (?:parent|adult|one)|hot|locked|car park|crying|screaming|sweating))`,
    { context: CHILD_HERE },
  ),
  rule(
    'child-drank-spirits',
    ['medical_emergency'],
    'strong',
    String.raw`\b(?:drank|drunk|downed|necked|had) (?:half a |a |nearly a |most of a |a whole |a full )?(?:bottle|litre)(?: of)? (?:vodka|gin|rum|whisky|whiskey|spirits|tequila)\b`,
    { context: CHILD_HERE },
  ),
  rule(
    'kept-apart-at-meals',
    ['emotional_abuse'],
    'strong',
    String.raw`\bnot (?:permitted|allowed|let) to eat (?:with|at the table|the same)\b|\b(?:made|makes|make|forced) to (?:eat|sleep) (?:separately|alone|on the floor|outside)\b|\beats? (?:separately|alone) from the (?:family|others|rest)\b`,
    today,
  ),
];
