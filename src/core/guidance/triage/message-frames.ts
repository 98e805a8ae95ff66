// Message-level and sentence-level cues that decide whether a signal describes a real child now:
// hypothetical and question frames, history, time, specificity, negation. All run over normalised
// text (see core/language/normalise-message.ts) and use bounded patterns only.

// "What should I do IF a child...", "signs of...", "when a child discloses..."; a signal inside one
// of these frames is a general question, unless the message is plainly about now.
const IF_GENERIC =
  'if (?:a|an|any|some|someone|somebody|anyone|children|kids|young people|people|parents?|pupils?|students?|the child|the young person|the parent|one|such|staff|practitioners?|professionals?|families|family)';
const IF_PERSONAL = 'if (?:you|i|we|there|it|this|that)';
const FRAME_REST =
  'when (?:a|an|any|someone|somebody|anyone|children|kids|young people|people|you|parents?|pupils?|students?|families|staff|practitioners?|should|do|does|can|could|would|is|are|must|might|it comes to|there is|there are)|whether|unless|in case|in the event|suppose|supposing|hypothetical|hypothetically|imagine|say a|for example|for instance|such as|e ?g|like when|signs? (?:of|that)|indicators? (?:of|that)|examples? of|after (?:a|an|their|his|her)|following (?:a|an)|how (?:many|much|often|common|likely)|each year|every year|per year|types? of|kinds? of|risk factors|what counts|what constitutes|counts as|at what age|what age|how old|is it legal|the law|children who|young people who|kids who|pupils who|students who|people who|families where|families who|parents who|cases? (?:where|of|when)|tells you|told you|discloses to you|says to you|comes to you|(?:policy|policies|procedures?|protocol|training|course|module|workshop|webinar|session|sessions|briefing|leaflet|poster|research|statistics|stats|guidance|guide|conference|presentation|slides|cpd|inset)(?: day| days| session| sessions| pack| materials)? (?:on|about|for|around|re|regarding|covering|when|if)';
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
  /\b(?:there (?:is|are) (?:a|an|two|three|some) |(?:my|our|this|that)(?: [a-z0-9]{1,20}){0,2} (?:pupil|pupils|student|students|child|children|boy|girl|baby|client|young person|yp|kid|kids|learner|son|daughter|little one|toddler|infant|teen|teenager|young man|young woman|foster child|service user|mentee|lad|family|case|class|tutor group)|one of (?:my|our)|(?:a|the|this) (?:child|boy|girl|pupil|student|young person|yp|kid|baby|toddler|teen|teenager|learner|lad|family|mum|dad|parent)(?: [a-z0-9]{1,40}){0,3} (?:i|we) (?:work with|support|teach|see|visit|look after|care for|know|am working with|are working with|have|mentor|key work)|(?:(?:a|the) )?(?:child|boy|girl|pupil|student|young person|yp|kid|baby|toddler|teen|teenager|learner|lad) (?:in|at|from|on) (?:my|our|the|nursery|school|reception|playgroup|club|college)|year \d{1,2} (?:boy|girl|pupil|student)|y\d{1,2} (?:boy|girl|pupil|student)|(?:i|we) (?:saw|see|seen|heard|hear|found|noticed|notice|can see|can hear|have got|have a|have an|got a|am with|are with|am at|am on|visited|went|arrived|called|rang|spoke|phoned|just)|(?:told|said to|disclosed to|came to|come to|confided in) (?:me|us)|(?:her|his) (?:mum|dad|step dad|step mum|uncle|brother|boyfriend|partner|carer|nan|grandad|parents))\b/;

/** A study scenario or exercise rather than a real child. */
export const SCENARIO =
  /\b(?:scenario|case study|hypothetical|hypothetically|role play|roleplay|quiz|exam question|essay|assignment|training exercise|made up|for training purposes)\b/;

// Negation just before a signal, within its clause: "not in danger", "has never hit her".
export const NEGATION =
  /\b(?:not|no|never|nobody|none|without|deny|denies|denied|denying|nothing|neither|nor|rule out|ruled out|no longer)\b/;
export const CLAUSE_BREAK =
  /(?:,| and | but | or | because | so | then | who | which | when | while | although | though | however )/g;
