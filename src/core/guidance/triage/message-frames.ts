// Message-level and sentence-level cues that decide whether a signal describes a real child now:
// hypothetical and question frames, history, time, specificity, negation. All run over normalised
// text (see core/language/normalise-message.ts) and use bounded patterns only.

// "What should I do IF a child...", "signs of...", "when a child discloses..."; a signal inside one
// of these frames is a general question, unless the message is plainly about now.
const IF_GENERIC =
  'if (?:a|an|any|some|someone|somebody|anyone|children|kids|young people|people|parents?|pupils?|students?|the child|the young person|the parent|one|such|staff|practitioners?|professionals?|families|family)';
// "If I" is a practitioner's hypothetical only before what practitioners do ("if I suspect", "if I
// share"); in a child's words it is a threat's condition ("if I say no I'm dead").
const IF_PERSONAL =
  'if (?:you|we|there|it|this|that|i (?:suspect|think|am worried|am concerned|have (?:a )?concerns?|see|notice|noticed|find|hear|get|receive|need|want|share|refer|report|call|ring|phone|contact|should|must|have to|was (?:worried|concerned|told)))';
const FRAME_REST =
  'when (?:a|an|any|someone|somebody|anyone|children|kids|young people|people|you|parents?|pupils?|students?|families|staff|practitioners?|should|do|does|can|could|would|is|are|must|might|it comes to|there is|there are)|whether|in case|in the event|suppose|supposing|hypothetical|hypothetically|imagine|say a|for example|for instance|such as|e ?g|like when|signs? (?:of|that)|indicators? (?:of|that)|(?:typical|common|main|key|warning|early|usual) (?:signs|indicators|symptoms)|red flags|look out for|what to look for|spot the signs|recogni[sz]\w{0,4} (?:the )?signs|examples? of|after (?:a|an)|following (?:a|an)|how (?:many|much|often|common|likely)|each year|every year|per year|types? of|kinds? of|risk factors|what counts|what constitutes|counts as|at what age|what age|how old|is it legal|the law|children who|young people who|kids who|pupils who|students who|people who|families where|families who|parents who|cases? (?:where|of|when)|tells you|told you|discloses to you|says to you|comes to you|(?:policy|policies|procedures?|protocol|training|course|module|workshop|webinar|session|sessions|briefing|leaflet|poster|research|statistics|stats|guidance|guide|conference|presentation|slides|cpd|inset)(?: day| days| session| sessions| pack| materials)? (?:on|about|for|around|re|regarding|covering|when|if)';
export const HYPOTHETICAL_FRAME = new RegExp(String.raw`\b(?:${IF_GENERIC}|${IF_PERSONAL}|${FRAME_REST})\b`);
/** The frames that still make a threat hypothetical: not "if you tell anyone". */
export const GENERIC_FRAME = new RegExp(String.raw`\b(?:${IF_GENERIC}|${FRAME_REST})\b`);

// "How do I...", "can I share...", "what is...": general questions. They cancel `strong` signals
// unless the message is concrete, but not `vivid` ones ("how do I help, she has cut herself").
export const QUESTION_FRAME =
  /\b(?:how (?:do|does|should|can|could|would|to|are|is)|who (?:do|should|can|is|are|would)|where (?:do|should|can|would)|can (?:i|we|you|a|an|the|schools?|staff)|could (?:i|we)|should (?:i|we)|do (?:i|we) (?:need|have|refer|call|share|tell|report)|is it (?:ok|okay|alright|appropriate|right|true|necessary)|am i allowed|are we allowed|what (?:should|do|can|would) (?:i|we|you)|what (?:is|are|does|happens|support|help|services)|meaning of|definition|define|any (?:advice|guidance|tips)|advice on|guidance on|support for|tell me about|explain)\b/;

// Written about the past ("in the past", "last year"): not an emergency now, unless disclosed.
export const HISTORIC =
  /\b(?:last (?:year|month|term|summer|winter|spring|autumn)|years ago|months ago|in the past|previously|historic|historical|history of|used to|as a child|when (?:she|he|they|i) (?:was|were) (?:younger|little|small|a baby|a child)|in (?:19|20)\d{2}|before(?! (?:school|work|nursery|college|bed|bedtime|tea|dinner|lunch|breakfast|he|she|they|i|we|you|it|the|a|an|mum|dad|going|coming|leaving|getting|anyone|someone)\b))\b/;

/** Plainly about this moment; cancels a hypothetical frame. */
export const NOW_STRICT =
  /\b(?:right now|just now|at the moment|as we speak|at this moment|in front of me|(?:is|are|am) with me|sat with me|sitting with me|with me now|here now|here with me|just (?:told|said|disclosed|found|seen|saw|come|came|rang|called|phoned|walked|turned|arrived|happened|heard|left|taken|took|cut|hit|tried|had|been|got|sent|texted|messaged|showed|shown)|(?:has|have) (?:just )?told (?:me|us)|currently|asap|urgently|urgent help|this is urgent|it is urgent|this is an emergency|it is an emergency|please help|help me|help please|need help now|what do i do now|what should i do now|immediately|straight away|happening now)\b/;

/** About a specific time: enough to make a topic word concrete. */
export const NOW_LOOSE =
  /\b(?:now|today|tonight|tomorrow|this (?:morning|afternoon|evening|lunchtime|break|weekend)|last night|yesterday|earlier|after school|home time|pick ?up time|later|still|late|dark|midnight|at the door|outside the (?:house|door|flat|school|gate)|(?:on|at) (?:a|the) (?:home )?visit|just(?! (?:want|wanted|wondering|wondered|checking|curious|a|an|the|to|in case|need|needed|asking|interested|one|general|about|so|like|because)\b)|\d{1,2} ?(?:pm|am)|o clock)\b/;

/** About a particular child, or told first-hand. */
export const SPECIFIC =
  /\b(?:there (?:is|are) (?:a|an|two|three|some) |(?:my|our|this|that)(?: [a-z0-9]{1,20}){0,2} (?:pupil|pupils|student|students|child|children|boy|girl|baby|client|young person|yp|kid|kids|learner|son|daughter|little one|toddler|infant|teen|teenager|young man|young woman|foster child|service user|mentee|lad|family|case|class|tutor group)|one of (?:my|our)|(?:a|the|this) (?:child|boy|girl|pupil|student|young person|yp|kid|baby|toddler|teen|teenager|learner|lad|family|mum|dad|parent)(?: [a-z0-9]{1,40}){0,3} (?:i|we) (?:work with|support|teach|see|visit|look after|care for|know|am working with|are working with|have|mentor|key work)|(?:(?:a|the) )?(?:child|boy|girl|pupil|student|young person|yp|kid|baby|toddler|teen|teenager|learner|lad) (?:in|at|from|on) (?:my|our|the|nursery|school|reception|playgroup|club|college)|year \d{1,2} (?:boy|girl|pupil|student)|y\d{1,2} (?:boy|girl|pupil|student)|(?:i|we) (?:saw|see|seen|heard|hear|found|noticed|notice|can see|can hear|have got|have a|have an|got a|am with|are with|am at|am on|visited|went|arrived|called|rang|spoke|phoned|just)|(?:told|said to|disclosed to|came to|come to|confided in) (?:me|us)|(?:her|his) (?:mum|dad|step dad|step mum|uncle|brother|boyfriend|partner|carer|nan|grandad|parents)|\d{1,2} ?(?:year|month|week|day)s? old|\d{1,2} ?(?:yo|yrs old)|(?:child|boy|girl|lad|lass|kid|baby|pupil|student|teen|teenager|young person|yp|son|daughter|brother|sister|gurl) (?:aged |who is |is |of )?\d{1,2}|(?:year|yr|y) ?\d{1,2} (?:boy|girl|lad|lass|pupil|student|child|kid|gurl|kids|boys|girls|lads)|(?:yr|y)\d{1,2}s?|(?:came|comes|come|arrived|arrives|turned up|turns up|walked|brought) (?:in|into|to (?:school|nursery|the|our|my|club))|(?:police|nurse|school nurse|health visitor|hv|midwife|gp|teacher|housing officer|social worker|youth worker|nursery|family support worker|dsl|senco|paramedic) here|home visit|on (?:a |the |my |our )?visit|(?:on|in) (?:my|our) (?:caseload|case load|books|class|group|club|project|register|team|unit)|(?:at|in|from) (?:our|my|the) (?:club|youth club|project|group|baby group|stay and play|nursery|drop in|after school club|breakfast club|centre|surgery|clinic|practice|sports club|unit|hostel|desk|office|group chat)|(?:she|he|they) (?:said|says|told me|told us|disclosed|showed me|asked me|asked if)|found (?:a|an|two|three|four|\d{1,2}) |(?:child|kid|boy|girl|lad|pupil|student|baby|toddler|teen|teenager|young person|yp|infant) (?:said|says|told|disclosed|asked|came|arrived|has|had|keeps|was|is)|(?:in|from|at) (?:year|yr|y) ?\d{1,2}|(?:^|\| )(?:[a-z]{2,20} ){0,3}here(?= ,| \||$)|(?:child|kid|boy|girl|lad|pupil|student|baby|toddler|teen|teenager|young person|infant)(?: with(?: [a-z]{1,20}){1,4})? (?:has|had|is|was|keeps)|one of the (?:boys|girls|kids|lads|children|young people|pupils|students|babies|toddlers|teens)|(?:^|\| )(?:the |a |this )?(?:mum|dad|parent|carer|step dad|step mum|mums|dads|parents|foster carer|grandma|nan|grandad|boyfriend|partner) (?:turns|turned|came|comes|arrived|arrives|is|was|has|keeps|smelled|smells|said|says|told|rang|phoned|collected|collects|picked|picks|left|leaves)|at (?:stay and play|baby group|youth club|toddler group|parent group|playgroup|the drop in|drop in|breakfast club|after school club|clinic|the clinic|the surgery|the gp surgery|the desk|the gate|the school gate|football|training|practice|the park))\b/;

/** A study scenario or exercise rather than a real child. */
export const SCENARIO =
  /\b(?:scenario|case study|hypothetical|hypothetically|role play|roleplay|quiz|exam question|essay|assignment|dissertation|training exercise|practice exercise|(?:a|this|it is) made up|made up (?:example|case|story|scenario)|for training purposes|course reading|reading list|textbook|serious case review|case review|practice review|in the news|news story|documentary|in (?:a|the) (?:film|book|novel|soap|drama|programme))\b/;

// A message about the topic rather than a child: wording, training, data, resources. It cancels
// a signal only when nothing in the message points to a real child (see SPECIFIC).
export const TOPIC_TALK =
  /\b(?:(?:correct|right|proper|official|new|current|preferred|best|legal) (?:term|terminology|wording|word|phrase|definition|name)|what is the (?:term|difference|definition)|(?:updating|update|writing|reviewing|rewriting|drafting) (?:our|the|my|a) (?:policy|policies|procedures?|wording|guidance|training|leaflet|poster|presentation|newsletter)|policy (?:wording|question|review)|funding (?:bid|report|application)|for (?:a|our|my|the) (?:presentation|report|newsletter|bid|poster|display|assembly|lesson)|statistics|stats|how many (?:cases|children|referrals)|awareness (?:week|day|month|session|campaign|training|raising))\b/;

// Negation just before a signal, within its clause: "not in danger", "has never hit her".
export const NEGATION =
  /\b(?:not|no|never|nobody|none|without|deny|denies|denied|denying|nothing|neither|nor|rule out|ruled out|no longer)\b/;
export const CLAUSE_BREAK =
  /(?:,| and | but | or | because | so | then | who | which | when | while | although | though | however )/g;

// A worker's hedge before the worry ("not sure if this is anything but", "might be overreacting
// but"): it is how people soften a disclosure, not a hypothetical, so it is cut out before the
// frames are read (its "if this" would otherwise cancel what follows).
export const HEDGE = new RegExp(
  String.raw`\b(?:(?:i am |im )?(?:not sure|unsure|not certain|do not know|dunno|no idea|wondering|not 100 percent sure)(?: [a-z0-9]{1,20}){0,2}? (?:if|whether)(?: [a-z0-9]{1,20}){0,8}? but|(?:this |it |that )?(?:might|may|could|prob|probably|possibly|is probably|is prob|may well)(?: be| just be)? (?:nothing|overreacting|over reacting|overthinking|over thinking|reading too much into (?:it|this)|silly|paranoid|me being paranoid)(?: [a-z0-9]{1,20}){0,4}? but|sorry if (?:this|i)(?: [a-z0-9]{1,20}){0,6}? but|(?:do not|dont) want to (?:overreact|make a fuss)(?: [a-z0-9]{1,20}){0,4}? but)\b`,
  'g',
);

// Near-future or present time: a concern that is "today" becomes danger "now" when it is about to
// happen or happening (the child goes home tonight, the man is waiting outside, flights are booked).
export const IMMINENT_STRONG = new RegExp(
  String.raw`\b(?:right now|just now|rn|at the moment|as we speak|currently|tonight|today|this (?:morning|afternoon|evening|lunchtime|lunch time)|in (?:an|a|one|two|half an|\d{1,2}) (?:hour|hours|minutes|mins|min)|(?:flights?|tickets?|plane) (?:are |is |have been |has been |already )?(?:booked|bought)|waiting (?:outside|in the car|at the gate|in reception|for (?:her|him|them))|(?:is|are) (?:outside|here|waiting|on (?:his|her|their) way|coming (?:round|over|back|to)|due to (?:collect|pick))|(?:coming|comes|due) to (?:collect|pick|get|take)|in my office|with me now|in front of me|sat with me|sitting with me|at the desk|still bleeding|fresh (?:cuts?|burns?|marks?|injur\w{1,3}|bruis\w{1,3}|wounds?)|just (?:told|said|disclosed|found|seen|come|came|arrived|turned up|happened|posted|sent|messaged|texted|rang|called|phoned)|(?:walk|walks|walking|way|journey|bus) home|no sign(?: of (?:her|him|them))?|help me|please help)\b`,
);
export const IMMINENT = new RegExp(
  String.raw`\b(?:right now|just now|rn|now|at the moment|as we speak|currently|tonight|today|this (?:morning|afternoon|evening|lunchtime|lunch time|weekend|week end)|tomorrow|later|after school|home time|pick ?up time|at lunchtime|at lunch|in (?:an|a|one|two|half an|\d{1,2}) (?:hour|hours|minutes|mins|min)|(?:at|by|before|until|till) \d{1,2}(?: \d{2})? ?(?:am|pm|oclock|o clock)?|\d{1,2} ?(?:am|pm)|(?:on |this |next |by |before )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|thurs|fri|sat|sun)|next week|in (?:a few|two|three|\d) days|(?:flights?|tickets?|plane) (?:are |is |have been |has been |already )?(?:booked|bought)|(?:leaving|leaves|flying|flies|flight|off|going|travelling|traveling|sent|taken) (?:to [a-z]{2,20} )?(?:on|this|tomorrow|tonight|next|soon|on monday)|deadline|waiting (?:outside|in the car|at the gate|in reception|for (?:her|him|them))|(?:is|are) (?:outside|here|waiting|on (?:his|her|their) way|coming (?:round|over|back|to)|due to (?:collect|pick))|(?:coming|comes|due) to (?:collect|pick|get|take)|(?:collect|collecting|pick|picking|take|taking) (?:her|him|them) (?:up|home)|in my office|with me now|in front of me|sat with me|sitting with me|at the desk|(?:on|at) (?:a|my|the) (?:home )?visit|on visit|still bleeding|still (?:here|there|with)|fresh (?:cuts?|burns?|marks?|injur\w{1,3}|bruis\w{1,3}|wounds?)|just (?:told|said|disclosed|found|seen|come|came|arrived|turned up|happened|posted|sent|messaged|texted|rang|called|phoned))\b`,
);

// Written about a settled past or a habit: a today-concern in such a sentence is not escalated by
// a day name ("on saturday") alone.
export const PAST_OR_HABIT =
  /\b(?:last (?:week|weekend|night|month|year|term|summer|time)|ago|yesterday|was seen|were seen|in the summer|over the (?:summer|holidays)|every (?:day|week|time|night)|keeps|always|regularly|repeatedly|often|on (?:\w+ )?occasions|\d times|(?:three|four|five|several|many) times)\b/;
