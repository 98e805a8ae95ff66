// Proper nouns that look like people's names to the detector but, in this domain, are agencies,
// guidance, inquiries, places, products or calendar words. Matching is case-insensitive, on single
// words, after a possessive "'s" is removed. Add to these lists freely: a missing entry only costs a
// false warning, an over-broad one can hide a child's name, so prefer specific words.

const DOMAIN_TERMS = `
caf ecaf eha tac taf tas nhs mash dsl ddsl senco sendco gp camhs kcsie gillick fraser laming munro
climbié climbie caldicott ofsted ofqual cafcass nspcc childline barnardo barnardos kooth
youngminds samaritans nacro catch22 place2be homestart home-start refuge shelter mind marac mappa
idva isva yot yos lado iro lac cla cin cp cpp ehcp ehc send sen sena ssd csc cwdc dcsf dfes dfe
dhsc hmrc dwp cqc ico gdpr dpa ukgdpr ecm lscb lscp lsab icb ccg pcso pcc cps ceop iwf
nice gov unicef eyfs sats gcse btec neet pru cse cce fgm adhd asd asc fasd dv dva prevent
channel troubled macalister marmot bichard soham connelly labinjo-hughes hobson pelka climbié's
tusla signs joinedup makaton bsl esol esl eal wraparound sure-start nrpf nrm dbs nfa dols hv hvs
guildhall handover handovers
`;

const ORGANISATIONS_AND_PRODUCTS = `
isis daesh microsoft google apple amazon meta facebook instagram whatsapp tiktok snapchat youtube twitter
discord roblox fortnite minecraft xbox playstation nintendo zoom slack teams outlook gmail hotmail
netflix iplayer spotify maccies kfc nandos starbucks audi bmw asperger aspergers satnav
yahoo excel powerpoint sharepoint onedrive dropbox egress mosaic liquidlogic lcs ehm eclipse capita
synergy servelec rio systmone emis cpoms myconcern arbor sims bromcom scomis chatgpt openai copilot
gemini claude android iphone ipad windows linux macos wifi bluetooth github wikipedia bbc itv
telegraph controcc azeus paris-system framework-i eset citrix webex skype signal
telegram messenger yammer jira trello asana padlet canva eventbrite mentimeter kahoot doodle calendly
surveymonkey qualtrics typeform jotform mailchimp wordpress notion miro jamboard vimeo linkedin reddit
mumsnet netmums niche athena costa greggs tesco asda sainsburys morrisons aldi lidl primark mcdonalds
`;

const CALENDAR = `
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri
sat sun january february march april may june july august september october november december jan
feb mar apr jun jul aug sep sept oct nov dec christmas xmas easter eid diwali ramadan hanukkah
chanukah halloween whitsun michaelmas lent pentecost vaisakhi passover valentine's valentines
bonfire
`;

const NATIONALITIES_AND_FAITHS = `
english british welsh scottish irish polish romanian pakistani indian bangladeshi nigerian somali
syrian afghan iraqi iranian kurdish eritrean sudanese ukrainian albanian lithuanian latvian slovak
czech roma romani romany gypsy traveller travellers portuguese spanish french german italian
turkish chinese jamaican ghanaian zimbabwean kenyan vietnamese filipino american african asian
caribbean european arabic arab urdu punjabi bengali sylheti gujarati hindi tamil pashto dari farsi
tigrinya amharic russian muslim christian catholic anglican methodist baptist jewish jew jews hindu sikh
buddhist islam islamic christianity madrasa madrassa masjid nisi jehovah's jehovah pentecostal quran bible allah god jesus
christ tudors romans victorians vikings saxons anglo-saxons georgians edwardians egyptians celts greeks
aztecs mayans
`;

// English local authorities, large towns and the nations. Neighbourhood names are left out on
// purpose: there are too many, and they rarely appear in the name-shaped positions this guards.
const PLACES = `
england wales scotland ireland britain uk gb europe london birmingham leeds manchester liverpool
sheffield bristol newcastle nottingham leicester calderdale kirklees bradford wakefield barnsley
doncaster rotherham york halifax huddersfield dewsbury batley brighouse todmorden hebden sowerby
elland keighley harrogate scarborough whitby skipton ilkley otley wetherby pontefract castleford
grimsby scunthorpe lincoln preston lancaster burnley accrington blackburn darwen chorley southport
birkenhead warrington crewe macclesfield stoke trent stafford shrewsbury telford wrekin worcester
hereford gloucester cheltenham oxford cambridge norwich ipswich colchester chelmsford basildon
canterbury maidstone dover folkestone ashford tunbridge guildford woking crawley worthing
eastbourne winchester basingstoke salisbury exeter truro taunton yeovil bath cardiff swansea
newport wrexham glasgow edinburgh aberdeen dundee belfast derry londonderry dublin carlisle kendal
penrith workington barrow chesterfield mansfield worksop wigan bolton oldham stockport altrincham
bury rochdale ashton stalybridge hyde salford eccles durham sunderland gateshead tynemouth hexham
morpeth blyth ashington darlington middlesbrough stockton hartlepool redcar cleveland teesside
tyneside barking dagenham barnet bexley brent bromley camden croydon ealing enfield greenwich
hackney hammersmith fulham haringey harrow havering hillingdon hounslow islington kensington
chelsea kingston lambeth lewisham merton newham redbridge richmond southwark sutton hamlets
waltham wandsworth westminster coventry dudley knowsley sandwell sefton tameside trafford walsall
wirral wolverhampton solihull bedfordshire berkshire buckinghamshire cambridgeshire cheshire
cornwall cumbria cumberland westmorland furness derbyshire devon dorset essex gloucestershire
hampshire herefordshire hertfordshire kent lancashire leicestershire lincolnshire norfolk
northamptonshire northumberland nottinghamshire oxfordshire rutland shropshire somerset
staffordshire suffolk surrey sussex warwickshire wiltshire worcestershire yorkshire humberside
merseyside midlands bedford blackpool bournemouth christchurch poole bracknell brighton hove
chester derby halton hull luton medway peterborough plymouth portsmouth slough southampton
southend swindon thurrock torbay windsor maidenhead wokingham northampton milton keynes scilly
wight cornish lancs yorks notts northants herts bucks beds wilts glos worcs oxon hants
poland romania pakistan india bangladesh nigeria somalia syria afghanistan iraq iran eritrea sudan
ukraine albania lithuania latvia slovakia hungary bulgaria portugal spain france germany italy
turkey china jamaica ghana zimbabwe kenya vietnam philippines america usa canada australia africa
asia netherlands belgium
`;

function words(list: string): string[] {
  return list
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** Single words (lower case) that are never flagged as a name, even after a cue such as "for". */
export const NAME_DENY_WORDS: ReadonlySet<string> = new Set([
  ...words(DOMAIN_TERMS),
  ...words(ORGANISATIONS_AND_PRODUCTS),
  ...words(CALENDAR),
  ...words(NATIONALITIES_AND_FAITHS),
  ...words(PLACES),
]);

/**
 * Multi-word proper nouns whose words would otherwise look like a forename and surname: public
 * inquiries and case reviews, charities, places. Every word of a matching phrase is exempt.
 */
export const NAME_DENY_PHRASES: readonly string[] = [
  'ed psych',
  'ed psychs',
  'ed psychologist',
  'Victoria Climbié',
  'Victoria Climbie',
  'Peter Connelly',
  'Baby Peter',
  'Arthur Labinjo-Hughes',
  'Star Hobson',
  // "my dad is king of the house": a figure of speech.
  'king of the house',
  'king of the castle',
  // The Outcomes Star family of tools for measuring change with a family.
  'Outcome Star',
  'Outcomes Star',
  'Family Star',
  'Family Star Plus',
  'Daniel Pelka',
  'Ask for Angela',
  'Alexis Jay',
  'Josh MacAlister',
  'Eileen Munro',
  'Lord Laming',
  'Rachel de Souza',
  'Milton Keynes',
  'Tower Hamlets',
  'Waltham Forest',
  'Isle of Wight',
  'Tunbridge Wells',
  'Hebden Bridge',
  'St Helens',
  'Stoke on Trent',
  'Stoke-on-Trent',
  'Newcastle upon Tyne',
  'Kingston upon Hull',
  'Northern Ireland',
  'Home Start',
  "Women's Aid",
  'Citizens Advice',
  'Young Minds',
  'Action for Children',
  "The Children's Society",
  'Family Action',
  'Turning Point',
  'Red Cross',
  'Save the Children',
  'Working Together',
  'Royal Assent',
  'Every Child Matters',
  'Signs of Safety',
  'Graded Care Profile',
  'Solihull Approach',
  'Boxall Profile',
  'Team Around the Child',
  'Team Around the Family',
  'Team Around the School',
  'Moses basket',
  'Moses baskets',
  'Summer born children',
  'Summer-born',
];

/**
 * Public figures practitioners cite (campaigns, reports, principles, online influences). Unlike the
 * phrases above, the readers still find them: a child may share the name, so they are let go only
 * where nothing around them speaks of a child (see `withoutDeniedPhrases`).
 */
export const PUBLIC_FIGURES: readonly string[] = [
  'Marcus Rashford',
  'Joseph Rowntree',
  'Victoria Gillick',
  'Fiona Caldicott',
  'Anne Longfield',
  'Isabelle Trowler',
  'Andrea Leadsom',
  'Jamie Oliver',
  'Joe Wicks',
  'Greta Thunberg',
  'Andrew Tate',
  'Brianna Ghey',
  'Khyra Ishaq',
  'Logan Mwangi',
  'Sara Sharif',
  'Mary Seacole',
  'Florence Nightingale',
  'Rosa Parks',
  'Malala Yousafzai',
  'Walter Tull',
  // Not people but named after them: a children's mental health charity, London's rail lines
  // (only where the words after say so: "Victoria line down", not "took Elizabeth line dancing"),
  // parks, hospitals and memorials named after royalty.
  'Anna Freud',
  'Solihull Approach',
  'Victoria line',
  'Elizabeth line',
  'Jubilee line',
  'King Edward',
  'King George',
  'Queen Elizabeth',
  'Queen Victoria',
  'Queen Mary',
  'Prince Albert',
  'Princess Diana',
  'Princess Alexandra',
];

/**
 * Words that, straight after a capitalised word or two, show the words name an organisation or
 * place ("Oakfield Primary", "Beech Hill Surgery", "Kirklees Council"), not a person.
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  words(`
primary school academy college nursery infants infant juniors junior council trust hospital centre
award awards foundation prize
center surgery practice clinic forum team service services partnership network group hub locality
church mosque temple chapel estate house hse bldg ward university uni library park road street lane avenue
way close drive court grove place gardens terrace crescent hall board authority county city borough
district town village foundation charity project programme federation alliance unit campus police
station cafe café club fc united rovers ltd limited plc cic llp consultancy agency office pharmacy
medical health care community youth sixth high grammar ce rc c of catholic methodist baptist
partnerships safeguarding children's family families free mat island bridge green room lodge fair
  `),
);
