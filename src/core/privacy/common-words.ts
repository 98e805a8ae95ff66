import { MONTH } from './dates.ts';

// Ordinary English words, in lower case. A capitalised word found here is treated as a sentence
// start or a title word ("What", "Designated Safeguarding Lead"), never as a person's name on its
// own. Plurals and a few derivational suffixes are handled in code, so list base forms.
// Words that are also common first names or surnames belong in AMBIGUOUS_NAME_WORDS as well.

const FUNCTION_WORDS = `
a an the this that these those there here where when why how what which who whom whose whatever
whoever whichever whenever wherever however i me my mine myself you your yours yourself
yourselves he him his himself she her hers herself it its itself we us our ours ourselves they them
their theirs themselves themself one ones someone somebody something somewhere anyone anybody anything
anywhere everyone everybody everything everywhere noone nobody nothing nowhere none each every
either neither both all any some many much more most few fewer less least lot lots several such
other others another same own of in on at by for with without within about above below under over
into onto out up down off from to towards toward through throughout across along around among
amongst between before after during since until till upon via per against beyond behind beside
besides near nearby next inside outside than as like unlike despite except including re regarding
concerning and or but nor so yet if unless because though although whereas while whilst whether
once then therefore thus hence also too very just only even still already again ever never always
often sometimes usually perhaps maybe really quite rather almost not no yes yeah yep yup nope ok
okay am is are was were be been being have has had having do does did doing done can could will
would shall should may might must ought need dare isnt arent wasnt werent havent hasnt hadnt dont
doesnt didnt cant cannot couldnt wont wouldnt shouldnt mustnt im ive ill id youre youve youll
youd hes shes its were weve well theyre theyve theyll thats theres whats whos wheres hows lets
isn't aren't wasn't weren't haven't hasn't hadn't don't doesn't didn't can't couldn't won't
wouldn't shouldn't mustn't i'm i've i'll i'd you're you've you'll you'd he'd she'd we're we've
we'll we'd they're they've they'll they'd let's y'all ain't else instead whom thereof whereby
`;

const CHAT_WORDS = `
hi hello hey hiya dear thanks thank thx ty cheers ta please pls plz sorry apologies apology
morning afternoon evening night goodnight good great fine sure right well oh ah aha hmm erm um uh
lol haha ha omg wow yay fyi asap etc eg ie nb ps welcome congratulations congrats brilliant
lovely cool nice awesome amazing perfect excellent agreed noted done yes absolutely definitely
exactly indeed anyway anyhow basically actually honestly literally seriously apparently hopefully
unfortunately fortunately thankfully luckily sadly quick quickly question query update reminder
note notes heads everyone folks team guys all colleagues friends hope hoping regards kind best
wishes warm bye goodbye cya later soon tomorrow today tonight yesterday rsvp going maybe attending
`;

const VERBS = `
ask asked tell told say said says see saw seen go went gone goes going come came get got gotten
make made take took taken give gave given know knew known think thought feel felt find found keep
kept let leave left put mean meant show shown try tried use used work call phone rang ring rung
email e-mail send sent share start stop help want like look seem become became bring brought begin
began begun run ran hold held write wrote written read meet met pay paid sit sat stand stood lose
lost hear heard speak spoke spoken talk live move play turn happen follow allow add change open
close sign join attend refer record report raise agree consent support check visit plan review
assess complete fill contact discuss explain consider decide include provide continue set learn
understand remember forget believe hope wish expect worry concern host rotate create cancel skip
vote poll pick chair lead led drink eat ate sleep slept cry hit hurt fall fell fallen break broke
broken teach taught buy bought sell sold build built grow grew grown draw drew drawn drive drove
driven ride rode fly flew flown throw threw thrown wear wore worn win won understand stay apply
arrange book bother care carry cause choose chose chosen claim collect compare confirm cope cover
deal dealt deliver describe develop disclose enable encourage ensure enter escalate feed fit fix
gather handle hate identify improve inform involve lack let lend lie lay laid link list listen
log manage mark matter mention mind miss need note notice offer order own pass pick post prepare
present prevent print protect prove pull push reach realise receive recommend reduce reflect
refuse register reject release rely remain remove repeat reply request require respond rest
return save search seek sought send shout smell solve sort spend spent spell store struggle
suggest suppose suspect switch test thank train transfer travel treat trust update upload visit
wait wake walk wander warn wash watch wonder worry yell chase replace replaced mentioned initiate
sit picks hosts abuse abusing abused share shared sharing keeps coming hungry drinks
`;

const NOUNS = `
child children kid kids kiddo baby babies bairn boy boys girl girls son sons daughter sibling st saint
brother sister mum mam mom mommy mummy mother dad daddy father parent carer family families
grandparent nan nana nanna gran granny grandma grandmother grandad grandpa grandfather uncle aunt
auntie aunty cousin niece nephew partner boyfriend girlfriend husband wife ex step stepdad stepmum
step-dad step-mum person people young youth teenager teen adult man men woman women lady ladies
gentleman friend neighbour neighbor pupil student learner class classroom school teacher head
headteacher headmaster headmistress deputy staff colleague manager team worker practitioner
professional lead nurse visitor midwife doctor police officer social care service health education
housing agency council authority local area region locality forum meeting agenda minutes survey
question answer guidance guide policy procedure protocol form assessment framework plan review
referral threshold consent information info data record file case concern worry risk harm abuse
neglect safeguarding protection welfare wellbeing need support help early intervention outcome act
law section article schedule regulation rule principle right privacy confidentiality document
report letter email phone number address name date time day week month year hour minute term
holiday half session training course event venue room hall centre center office building site
primary secondary infant junior nursery reception college academy university sixth disability
mental emotional physical behaviour behavior attendance exclusion absence home house flat street
road lane avenue close drive way court crescent grove place gardens terrace walk hill row square
mews view park rise green city town village county country nation world state government
department minister secretary parliament commons lords paper inquiry board trust foundation
hospital clinic surgery practice pharmacy dentist optician library church chapel mosque temple
synagogue gurdwara community voluntary sector charity network group conference workshop webinar
drop-in action summary newsletter bulletin pulse feedback questionnaire host coordinator
co-ordinator adviser advisor consultant director assistant senior principal mentor learning
teaching foster kinship adoptive residential accommodation placement leaver corporate parenting
asylum refugee migrant unit campus station club project programme federation alliance agreement
basis task interest obligation contract category offence offender victim witness survivor
perpetrator convention commissioner notice request subject access freedom impact assessment
profile signs safety toolkit tool resilience trauma practice approach model solution strength
pathway panel quality assurance audit strategy discussion enquiry order orders supervision
guardian emergency conference programme hub portal system software app application website site
link page chapter part step level tier stage key stage grade mark score test exam result target
goal aim objective priority issue problem difficulty challenge barrier gap need needs skill skills
role duty duties responsibility job post vacancy contract salary budget fund funding money cost
price fee grant benefit credit income debt rent bill bills food meal breakfast lunch dinner tea
snack water drug drugs alcohol smoking vape weed cannabis gambling gaming phone mobile laptop
computer tablet internet online offline social media message messages chat text texts call calls
video photo photos picture image camera post posts account password login folder drive cloud
server database spreadsheet template letter letters envelope parcel box bag car bus train taxi
bike walk journey trip visit appointment slot diary calendar schedule timetable rota deadline
morning afternoon evening weekend weekday fortnight decade century moment while period spring
summer autumn winter season birthday anniversary party celebration festival holiday break
half-term inset bank sick leave absence illness injury accident bruise bruises mark marks cut
burn pain headache fever cough cold flu virus covid vaccine vaccination jab medicine medication
prescription diagnosis condition disorder autism dyslexia anxiety depression self-harm suicide
overdose pregnancy pregnant birth born unborn death bereavement loss grief divorce separation
custody contact conflict argument fight violence domestic exploitation grooming trafficking
radicalisation extremism bullying cyberbullying sexting nudes pornography gang gangs county lines
knife knives weapon weapons crime arrest prison jail court hearing judge magistrate solicitor
lawyer barrister legal aid advocate advocacy interpreter translator language english-speaking
culture religion faith belief ethnicity race gender sex sexuality identity pronoun pronouns
disability impairment wheelchair hearing sight vision speech therapy therapist counsellor
counselling psychologist psychiatrist paediatrician consultant gp surgery ward bed clinic
outpatient inpatient ambulance paramedic fire brigade coastguard army forces military navy
vicar priest imam rabbi pastor minister chaplain councillor mayor mp peer lord lady dame sir
madam baroness professor prof cllr mister missus sergeant constable inspector detective chief
superintendent commander captain major general colonel officer agent steward member members
chairperson chairman chairwoman vice treasurer secretary trustee governor governors clerk admin
administrator receptionist cleaner caretaker cook chef driver volunteer student apprentice intern
trainee newly qualified nqt ect supply cover tutor lecturer pastoral attendance welfare inclusion
behaviour wellbeing manager hub family support worker key keyworker lead officer champion
designated deputy named virtual head independent reviewing visiting visitor practitioner
`;

const ADJECTIVES = `
new old big small little large long short high low bad better best worse worst great first
second third fourth fifth last next previous different same similar main key important possible
impossible available unavailable able unable free full empty whole entire open closed current
recent early late multi single joint shared statutory universal targeted specialist additional
complex urgent serious significant immediate general specific common standard relevant necessary
proportionate accurate timely secure safe unsafe happy unhappy sad angry upset scared frightened
worried hungry tired poor rich clean dirty hot cold warm useful helpful unhelpful quick slow easy
hard difficult clear unclear true false real sure unsure certain uncertain likely unlikely local
north south east west northern southern eastern western central upper lower inner outer middle top
bottom front back left right own various certain particular official unofficial formal informal
legal illegal lawful unlawful public private personal sensitive confidential anonymous anonymised
physical mental sexual emotional financial practical spiritual cultural educational medical
clinical professional national regional international british-born whole-family multi-agency
interagency inter-agency external internal positive negative neutral young older younger elder
eldest youngest oldest teenage adolescent minor major vulnerable disadvantaged deprived
looked-after looked after due overdue ready done finished pending ongoing upcoming forthcoming
monthly weekly daily yearly annual termly quarterly fortnightly regular irregular frequent
occasional rare normal usual unusual typical strange odd weird funny silly lovely nice kind rude
polite quiet loud noisy busy calm aggressive violent dangerous risky harmful abusive neglectful
supportive protective responsive reactive proactive preventative preventive holistic integrated
coordinated co-ordinated collaborative consistent inconsistent meaningful effective ineffective
efficient successful unsuccessful relevant irrelevant appropriate inappropriate suitable unsuitable
green blue red yellow orange purple pink black white brown grey gray silver gold golden
`;

const GENERAL_VOCABULARY = `
ability absence academic access account activity actor address adult advantage advice affair
afternoon age agent air airport alarm amount analysis animal answer apartment appeal appearance
approval area argument arm army art aspect attack attempt attention audience author authority
autumn average award awareness background balance ball band bank bar base based basic basket
bath battle beach bear beauty bed bedroom beginning behalf belief benefit bird birth bit blood
board boat body bone book border boss bottle bowl brain branch bread breath bridge budget
business button cabinet cable cake campaign cancer candidate capacity capital captain card
career carpet cash castle cat cell chain chair challenge champion chance channel chapter
character charge chart check cheek chest chicken choice cinema circle citizen claim clock clothes
cloud club coach coast coat code coffee coin collection colour column combination comfort
comment commercial commission committee company competition computer concept condition
connection context control conversation copy corner cottage council county couple courage
cousin cover crash creature crew criminal crisis criteria crowd culture cup currency curriculum
customer cycle damage dance danger dark daughter deal debate decision defence degree delay
demand democracy deposit design desk detail device diet difference dinner direction dirt
discipline disease dish distance district doctor dog door doubt dream dress drink driver
duty earth economy edge editor effect effort egg election element employee employer
employment end enemy energy engine entry environment equipment error escape estate evening
evidence exam example exchange exercise exhibition exit experience expert explanation eye face
fact factor factory failure fan farm fashion fault fear feature fee feeling figure film
finance finger fire firm fish flag flight floor flower focus football force forest fortune
frame freedom fruit fuel fun function furniture future game garage garden gas gate gift glass
goal gold golf government grass ground growth guard guest gun habit hair hand handle heart
heat height help hero highway history hole holiday honour horse hotel hour household human
husband ice idea image impact import income increase index industry inflation initiative
injury input insect instance institution instruction insurance intention interview investment
iron island item jacket job joke journal journalist judge judgment juice jury key keyboard
kitchen knee knife knowledge label labour lack lady lake land landscape language laugh layer
leader league lecture leg length lesson level library licence life light limit line lines
lip list literature living loan location lock loo look lord luck machine magazine mail majority
male management map margin market marriage match material matter meal measure meat media
medicine memory metal method middle milk mind minority mirror mission mistake mixture model
moment money monitor mood moon morning motor mountain mouse mouth movement movie murder muscle
museum music nature neck network news newspaper night noise north nose novel object occasion
ocean offer officer oil opinion opportunity option orange origin output owner pack package pain
paint pair palace panel paper parent park part partner party passage passenger past path
patient pattern payment peace pen penalty pension percent performance permission person phase
philosophy phrase piano picture piece pilot pitch plane planet plant plastic plate platform
player pleasure plenty pocket poem poet point policy pollution pool population portion position
possession potato pound poverty power premium presence president press pressure prize
procedure process produce product production profession profit progress property proposal
prospect provision pub public purpose quality quantity queen race radio range rate ratio reader
reality reason recipe recognition recovery reform region relation relationship release
religion rent repair replacement representative republic reputation research reserve
resident resource response restaurant result revenue revolution reward rice ring river rock
role roof root round route routine rubbish rugby sale salt sample satisfaction scale scene
science screen sea search seat secret security selection self sense sentence sequence series
servant shape share sheet shelf shell shift ship shirt shock shoe shop shoulder side sight sign
signal silence silver sister situation size sky sleep slice slavery smile smoke snow society
soil soldier solution song sound source space speaker speech speed spirit sport spot spring
staff stage stair standard star start statement status steel step stick stock stomach stone
storage store storm story strategy stream street stress string structure studio stuff style
subject success sugar sum summer sun supply surface surprise survival suspect sweet symbol
table tale talent tank tape target taste tax technology telephone television temperature
tension territory text theatre theme theory thing thought threat ticket tie title tone tongue
tooth topic total touch tour tower track trade tradition traffic trail transport tree trend
trial trick trip trouble truck truth tune type uniform union unit university user valley value
van variety vehicle version victory video view village violence voice volume wall war warning
waste watch water wave weakness wealth weapon weather web wedding weight wheel whole width wife
wind window wine wing winner wire woman wonder wood word worker world writer writing yard youth
zone customer customers modern ancient civil criminal federal liquid logic brighter bright
future futures premium life lives wives midwives people feet teeth mice geese selves halves
fostering adoption adopted adopter fosterer stay play transport customer first support early
exploitation county contextual operation encompass continuum elective missing interview
appendix annex annexe paragraph para clause earlier sooner further afterwards afterward ahead
round twice thrice lately recently anonymously
`;

const NUMBER_WORDS = `
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
thousand million once twice half quarter dozen couple pair
`;

// Words that read as ordinary vocabulary in some messages and as someone's name in others. They
// count as names after a strong cue ("called Grace", "Mrs Page") or beside an unmistakable name
// ("Grace Turner"), but never on their own.
const AMBIGUOUS = `
will grace rose mark hope faith joy amber jack frank bill pat rob sue dawn summer autumn holly ivy
lily daisy ruby pearl jade crystal iris violet poppy heather hazel olive jasmine sky skye river
brook hunter mason taylor baker cook ray gene earl duke king prince max victor chase grant bob carol
june april may august harry penny sandy rusty don drew gill hall hill wood field green brown white
black gray grey young long short strong bell best bright rich rice price marsh moss stone ford
lane chance honey storm rain star sunny misty willow robin wren jay fox wolf lamb bird swan crane
page ward dean archer carter porter fisher walker turner butler parker cooper miller shepherd
clark clarke knight bishop marshall stewart wright glover gardner farmer barber sterling manning
fleming harding browning downing golding fielding hastings jennings cummings bunting irving ewing
stirling kipling darling alfred wilfred winifred mildred manfred jarred fred ted ned jed reed ahmed mohammed mohamed muhammed hamed saeed javed naveed rasheed
waheed majid hamid hope-marie liberty blessing precious destiny miracle promise harmony melody
angel heaven neve nova journey justice patience mercy charity honour valentine noble royal rex
paris london kingsley preston lincoln lancaster bedford kent hyde ashton
chester dudley sutton richmond kingston stafford derby bolton carlisle windsor blyth crawley durham
barrow bury hull dover york merton camden wakefield burnley halifax kendal darwen morpeth barnet chelsea brooklyn dakota asia india china georgia jordan florence
lawrence terence clarence laurence constance lance lucky happy foster beverly kimberly
emberly waverly
`;

function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word.length > 0);
}

/** Ordinary English words (lower case) that on their own are not taken as a name. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...words(FUNCTION_WORDS),
  ...words(CHAT_WORDS),
  ...words(VERBS),
  ...words(NOUNS),
  ...words(ADJECTIVES),
  ...words(NUMBER_WORDS),
  ...words(GENERAL_VOCABULARY),
]);

/** Words that are both ordinary vocabulary (or places/months) and plausible first names or surnames. */
export const AMBIGUOUS_NAME_WORDS: ReadonlySet<string> = new Set(words(AMBIGUOUS));

// Suffixes that mark a capitalised word as vocabulary ("Assessment", "Confidentiality") rather than
// a name. Suffixes that also end common names (-ary: Hilary, -ward: Edward, -ence: Florence) are
// deliberately absent.
const VOCABULARY_SUFFIX =
  /(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ship|ships|hood|ful|less|ous|able|ible|ism|isms|ist|ists|ology|ised|ized|ising|izing|ical|ional|ive|ives)$/;
// Long -ing / -ed words ("Safeguarding", "Designated") are verb forms; shorter ones must reduce to a
// listed stem, so transliterated names such as "Xiaoming" stay names.
const VERB_SUFFIX = /(?:ing|ed)$/;

function stemsOf(word: string): string[] {
  const stems: string[] = [];
  if (word.endsWith('s')) stems.push(word.slice(0, -1));
  if (word.endsWith('es')) stems.push(word.slice(0, -2));
  if (word.endsWith('ies')) stems.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    stems.push(stem, `${stem}e`, stem.slice(0, -1));
  }
  if (word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    stems.push(stem, `${stem}e`, stem.slice(0, -1));
    if (word.endsWith('ied')) stems.push(`${word.slice(0, -3)}y`);
  }
  if (word.endsWith('ly')) stems.push(word.slice(0, -2));
  return stems.filter((stem) => stem.length >= 3);
}

const WEEKDAY_PATTERN =
  '(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)';
/** A day of the week, whole or shortened ("tues", "thurs", "sundays"). */
export const WEEKDAY = new RegExp(`^${WEEKDAY_PATTERN}$`);
/**
 * A day, a month (the dates module's own month pattern) or a time of day, whole or shortened
 * ("tues", "sept", "pm"): never a name or a school.
 */
export const TIME_WORD = new RegExp(
  `^(?:${WEEKDAY_PATTERN}|${MONTH}|am|pm|noon|midnight|tonight|today|tomorrow|yesterday)$`,
);

/** "6-year-old", "the 3-month-old's mum": an age written with hyphens, never a name. */
export const AGE_WORD = /^(?:year|yr|month|week|day|hour)s?-olds?$/i;

/**
 * True when `word` (lower case, possessive removed) is ordinary English vocabulary: listed, an
 * inflection of a listed word, or built with a vocabulary suffix. Ambiguous name words that are not
 * themselves listed ("Turner", "Manning") are never treated as vocabulary.
 */
export function isCommonWord(word: string): boolean {
  if (COMMON_WORDS.has(word)) return true;
  if (AMBIGUOUS_NAME_WORDS.has(word)) return false;
  if (stemsOf(word).some((stem) => COMMON_WORDS.has(stem))) return true;
  // A "g" dropped in chat ("goin", "mornin", "nothin"): the word it stands for.
  if (word.length >= 4 && word.endsWith('in') && COMMON_WORDS.has(`${word}g`)) return true;
  // (Swedish surnames end like a vocabulary word: "Lindqvist", "Bergkvist".)
  if (word.length >= 6 && VOCABULARY_SUFFIX.test(word) && !/[qk]vist$/.test(word)) return true;
  // Adverbs ("repeatedly", "shortly"); names in -ley ("Bradley", "Stanley"), -elly and -olly
  // ("Donnelly", "Connolly", "Farrelly": no adverb ends so) and joined names ("amber-lily") are
  // left alone.
  if (word.length >= 7 && word.endsWith('ly') && !/(?:ley|[^u]elly|olly)$/.test(word) && !word.includes('-'))
    return true;
  return word.length >= 9 && VERB_SUFFIX.test(word);
}
