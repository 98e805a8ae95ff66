import type { PersonalDataKind } from '../../../src/core/privacy/index.ts';

/** A message and exactly what the detector must find in it, in order, as [kind, matched text]. */
export interface PersonalExample {
  text: string;
  expected: ReadonlyArray<readonly [PersonalDataKind, string]>;
}

// The message shapes practitioners actually type (from the brief and the forum pilots).
export const PRACTITIONER_MESSAGES: readonly PersonalExample[] = [
  {
    text: 'Can I do a CAF on Ellie-May Turner, 7 Oak Lane, born 01/02/2017? her dad drinks',
    expected: [
      ['name', 'Ellie-May Turner'],
      ['address', '7 Oak Lane'],
      ['date_of_birth', '01/02/2017'],
    ],
  },
  { text: 'Jayden Smith in year 4 keeps coming in hungry', expected: [['name', 'Jayden Smith']] },
  { text: 'mum Kelly said I could share', expected: [['name', 'Kelly']] },
  { text: 'worried about a boy called tom', expected: [['name', 'tom']] },
  {
    text: 'NHS number 485 777 3456 for the boy I mentioned, can I send it to the TAC by email?',
    expected: [['nhs_number', '485 777 3456']],
  },
  {
    text: 'Mrs Patel rang about her son Aarav',
    expected: [
      ['name', 'Mrs Patel'],
      ['name', 'Aarav'],
    ],
  },
  {
    text: 'DOB 3.4.19, lives at 22 Mill Rd, LS6 2AB, mum on 07700 900123',
    expected: [
      ['date_of_birth', '3.4.19'],
      ['address', '22 Mill Rd'],
      ['postcode', 'LS6 2AB'],
      ['phone', '07700 900123'],
    ],
  },
];

export const NAME_EXAMPLES: readonly PersonalExample[] = [
  { text: 'abt kayden - his mum rang again, says dad took him', expected: [['name', 'kayden']] },
  {
    text: 'the form says Stephanie but everyone calls her Stevie',
    expected: [
      ['name', 'Stephanie'],
      ['name', 'Stevie'],
    ],
  },
  { text: 'yo quick 1 - is grace still open 2 EH or was she closed in jan?', expected: [['name', 'grace']] },
  { text: 'is ruby on the forum list or was that last wk', expected: [['name', 'ruby']] },
  {
    text: 'yes i can be lp for the Kowalski kids, Ellie and Josh',
    expected: [
      ['name', 'Kowalski'],
      ['name', 'Ellie'],
      ['name', 'Josh'],
    ],
  },
  { text: 'class teacher is fine but senco is mrs adeyemi', expected: [['name', 'mrs adeyemi']] },
  { text: 'Jayden (aged 7) is struggling', expected: [['name', 'Jayden']] },
  { text: 'Jayden, 7, is struggling', expected: [['name', 'Jayden']] },
  { text: "Kelly's mum is worried", expected: [['name', 'Kelly']] },
  { text: "jayden's mum rang the school", expected: [['name', 'jayden']] },
  { text: "Jayden Smith's mum is lovely", expected: [['name', 'Jayden Smith']] },
  { text: 'I spoke to Kelly yesterday', expected: [['name', 'Kelly']] },
  {
    text: 'Sarah and Dean Smith have split up',
    expected: [
      ['name', 'Sarah'],
      ['name', 'Dean Smith'],
    ],
  },
  {
    text: 'mum Kelly and dad Dean argue',
    expected: [
      ['name', 'Kelly'],
      ['name', 'Dean'],
    ],
  },
  { text: 'Can I do a CAF for Jayden?', expected: [['name', 'Jayden']] },
  { text: 'the girl Grace Turner has moved school', expected: [['name', 'Grace Turner']] },
  { text: 'a girl called Grace', expected: [['name', 'Grace']] },
  { text: 'her daughter April is 3', expected: [['name', 'April']] },
  { text: "my pupil Liam O'Neill", expected: [['name', "Liam O'Neill"]] },
  { text: "Mr O'Neill called the office", expected: [['name', "Mr O'Neill"]] },
  { text: 'Dr Okafor is the GP', expected: [['name', 'Dr Okafor']] },
  { text: 'Miss Hope teaches year 2', expected: [['name', 'Miss Hope']] },
  { text: 'the young person Tyler missed his appointment', expected: [['name', 'Tyler']] },
  { text: 'her name is chantelle', expected: [['name', 'chantelle']] },
  { text: 'he goes by jj', expected: [['name', 'jj']] },
  { text: 'a boy called tom smith in year 2', expected: [['name', 'tom smith']] },
  { text: 'mrs patel rang', expected: [['name', 'mrs patel']] },
  {
    text: 'We are worried about Mohammed Ali who lives with his nan',
    expected: [['name', 'Mohammed Ali']],
  },
  { text: 'Ellie van Dyke, aged 9', expected: [['name', 'Ellie van Dyke']] },
  { text: 'Does Jayden Smith need a CAF', expected: [['name', 'Jayden Smith']] },
  { text: 'I met Aisha Khan at the TAC', expected: [['name', 'Aisha Khan']] },
  { text: 'Priya said her stepdad hits her', expected: [['name', 'Priya']] },
  { text: 'Worried about Zofia Kowalska (Y5)', expected: [['name', 'Zofia Kowalska']] },
  { text: 'Jayden Preston keeps missing PE', expected: [['name', 'Jayden Preston']] },
  { text: 'Is a CAF right for Bartosz?', expected: [['name', 'Bartosz']] },
  { text: 'her boyfriend is called dean', expected: [['name', 'dean']] },
  { text: '**Jayden Smith** is in year 4', expected: [['name', 'Jayden Smith']] },
  { text: 'Please welcome our new coordinator Sarah Jones', expected: [['name', 'Sarah Jones']] },
  { text: 'the foster carer Mrs Hughes says he sleeps well', expected: [['name', 'Mrs Hughes']] },
  { text: "Grace's mum is worried", expected: [['name', 'Grace']] },
  // Everyday words used as names, found by what is around them.
  { text: 'Hope said no', expected: [['name', 'Hope']] },
  { text: 'the girl is Willow and she is 5', expected: [['name', 'Willow']] },
  { text: 'my concern is for a boy named faith', expected: [['name', 'faith']] },
  { text: 'worried about jack, he is 8', expected: [['name', 'jack']] },
  {
    text: 'can i share about ruby-mae, dob 2/3/19',
    expected: [
      ['name', 'ruby-mae'],
      ['date_of_birth', '2/3/19'],
    ],
  },
  { text: 'the Khan children need a TAF', expected: [['name', 'Khan']] },
  { text: 'we are worried about the Murphys', expected: [['name', 'Murphys']] },
  {
    text: 'skye n jasper are 6 and 4',
    expected: [
      ['name', 'skye'],
      ['name', 'jasper'],
    ],
  },
  { text: 'how do i step up for jayden okafor, mum says no', expected: [['name', 'jayden okafor']] },
  {
    text: 'Ruby told her teacher. Ruby is 9.',
    expected: [
      ['name', 'Ruby'],
      ['name', 'Ruby'],
    ],
  },
  { text: 'Grace (aged 7) is struggling', expected: [['name', 'Grace']] },
  {
    text: 'Kelly & Dean Smith are separating',
    expected: [
      ['name', 'Kelly'],
      ['name', 'Dean Smith'],
    ],
  },
  // A surname in lower case after a first name, where the name ends.
  {
    text: "i'm supporting omar booth who's 17 and pregnant",
    expected: [['name', 'omar booth']],
  },
  {
    text: 'lily hussain got excluded again',
    expected: [['name', 'lily hussain']],
  },
  {
    text: 'can i ask, khadija shah: 3 referrals in 6 months',
    expected: [['name', 'khadija shah']],
  },
  // Lower case at the start of a message, after an opening word.
  { text: 'morning, hunter was seen on the roof of the flats', expected: [['name', 'hunter']] },
  { text: 'help - ishaan has been going to school in pyjamas', expected: [['name', 'ishaan']] },
  { text: 'morning, jasmine - 13 - found with vapes', expected: [['name', 'jasmine']] },
  {
    text: 'hi, mason davies attends the unit but has been off for 6 weeks',
    expected: [['name', 'mason davies']],
  },
  { text: "Rose's NI number hasn't come through", expected: [['name', 'Rose']] },
  { text: "idris's 18th is next month and she's leaving care", expected: [['name', 'idris']] },
  { text: 'The Fraser family have asked for food vouchers', expected: [['name', 'Fraser']] },
  // What is said of a word shows it is a person's name, whatever the word.
  { text: "gift's mum rang 4 times today re housing", expected: [['name', 'gift']] },
  { text: "spoke to hope's nan at pick up", expected: [['name', 'hope']] },
  {
    text: 'journey and cash are brothers, journey is 11 cash is 7',
    expected: [
      ['name', 'journey'],
      ['name', 'cash'],
      ['name', 'journey'],
      ['name', 'cash'],
    ],
  },
  {
    text: 'tiger and Kayden are living in a tent with their dad',
    expected: [
      ['name', 'tiger'],
      ['name', 'Kayden'],
    ],
  },
  {
    text: 'saint + Jayden (twins, yr2) both have head lice',
    expected: [
      ['name', 'saint'],
      ['name', 'Jayden'],
    ],
  },
  { text: 'LP Sam (school)? pls confirm', expected: [['name', 'Sam']] },
  { text: "river's older brother is in year 9", expected: [['name', 'river']] },
  { text: 'TJ and his little sister live with their nan', expected: [['name', 'TJ']] },
  { text: 'mum dimple says she cannot afford the uniform', expected: [['name', 'dimple']] },
  { text: 'dob on file, surname wojcik, can I share it?', expected: [['name', 'wojcik']] },
  { text: "d'andre 12 carrying a knife?", expected: [['name', "d'andre"]] },
  { text: 'breeze hasnt been in school since monday, who do I tell?', expected: [['name', 'breeze']] },
  { text: 'worried about Anna Freud (8), mum drinks', expected: [['name', 'Anna Freud']] },
  { text: 'angel in reception has bruises on both arms again', expected: [['name', 'angel']] },
  { text: 'booking for a 17yo, Jade Pickering, due in march', expected: [['name', 'Jade Pickering']] },
  { text: 'I was reading Ella a story when she said it', expected: [['name', 'Ella']] },
  { text: 'is [name] mcgrath still open to you?', expected: [['name', 'mcgrath']] },
  { text: 'grandad is picking up Jaheim from now on', expected: [['name', 'Jaheim']] },
  // A review's look-alikes for the exemptions: a child watched or read with, a child who shares a
  // rail line's or a brand's name.
  { text: 'I have been watching Kayden at break, he flinches', expected: [['name', 'Kayden']] },
  { text: 'we are reading Matilda together in the quiet room', expected: [['name', 'Matilda']] },
  { text: 'took Elizabeth line dancing, her mum was drunk at pick up', expected: [['name', 'Elizabeth']] },
  { text: 'Disney is 6 and was left home alone', expected: [['name', 'Disney']] },
  { text: 'TYLER-JAMES OKAFOR - anyone open? school asking', expected: [['name', 'TYLER-JAMES OKAFOR']] },
  {
    text: 'KAYDEN AND MAISIE BOTH ABSENT AGAIN',
    expected: [
      ['name', 'KAYDEN'],
      ['name', 'MAISIE'],
    ],
  },
  { text: 'sw kerry said the plan is fine', expected: [['name', 'kerry']] },
  { text: 'thuy 9 + her mum housed in a hotel', expected: [['name', 'thuy']] },
  { text: 'sw - EH LP 4 Harvey pls send notes b4 CP conf', expected: [['name', 'Harvey']] },
  { text: 'Ms Tigist Haile has been given 28 days to leave', expected: [['name', 'Ms Tigist Haile']] },
  { text: 'pcso - Reuben Kowalski 12yo shoplifting again', expected: [['name', 'Reuben Kowalski']] },
  {
    text: "Can I share Molly Hart's (14) details with the police?",
    expected: [['name', 'Molly Hart']],
  },
  { text: 'priya our ta says the boy in 4c has said his dad threw a chair', expected: [['name', 'priya']] },
  {
    text: "the osmans' eldest, ayub, has applied for the youth council",
    expected: [
      ['name', 'osmans'],
      ['name', 'ayub'],
    ],
  },
  // A family who head, trust, lodge or cross is no organisation.
  { text: 'the Mohameds head to Somalia next week, worried re FGM', expected: [['name', 'Mohameds']] },
  { text: 'the Okonkwos trust no one from social care', expected: [['name', 'Okonkwos']] },
  { text: 'the kowalskis head back to poland tomorrow', expected: [['name', 'kowalskis']] },
  {
    text: 'hv here - Smith fam @ 33 Hall Lane, 4 kids',
    expected: [
      ['name', 'Smith'],
      ['address', '33 Hall Lane'],
    ],
  },
  {
    text: 'tiger and storm cole are living in a tent with their dad',
    expected: [
      ['name', 'tiger'],
      ['name', 'storm cole'],
    ],
  },
  { text: 'who chairs the TAF for the Ali family, school or early help', expected: [['name', 'Ali']] },
  { text: 'hv here - Smith fam @ the hostel, mum and 4 kids', expected: [['name', 'Smith']] },
  { text: 'Family: Gill. Concern: overcrowding', expected: [['name', 'Gill']] },
  { text: 'mum (gurleen sharma) has asked for a copy', expected: [['name', 'gurleen sharma']] },
  // Children listed after "kids", names beside a name found, surnames by their shape.
  {
    text: 'the lamb kids (frank, ace and hope) are living with no electric',
    expected: [
      ['name', 'lamb'],
      ['name', 'frank'],
      ['name', 'ace'],
      ['name', 'hope'],
    ],
  },
  {
    text: "childminder here, mum leanne o'brien gave her number",
    expected: [['name', "leanne o'brien"]],
  },
  { text: 'can i ask about deeqa, she is 9 and has no breakfast', expected: [['name', 'deeqa']] },
  {
    text: 'pls call reem on 07700 900123 about the plan',
    expected: [
      ['name', 'reem'],
      ['phone', '07700 900123'],
    ],
  },
  // Everyday words given as names outright.
  { text: "the boy's name is Bear and he is 6", expected: [['name', 'Bear']] },
  { text: 'the child is Legend and he is 3', expected: [['name', 'Legend']] },
  { text: 'a girl known as Tink, she is 12', expected: [['name', 'Tink']] },
  { text: 'worried about a little boy called Fox, he is 5', expected: [['name', 'Fox']] },
];

export const DATE_EXAMPLES: readonly PersonalExample[] = [
  { text: 'dob is 14/3 and mum is 15', expected: [['date_of_birth', '14/3']] },
  { text: 'bday 14/3, lives with nan', expected: [['date_of_birth', '14/3']] },
  { text: 'new mum on the estate, baby born 2/1, no GP yet', expected: [['date_of_birth', '2/1']] },
  { text: 'born on 1 February 2017', expected: [['date_of_birth', '1 February 2017']] },
  { text: 'DOB: 1st Feb 2017', expected: [['date_of_birth', '1st Feb 2017']] },
  { text: 'date of birth February 1, 2017', expected: [['date_of_birth', 'February 1, 2017']] },
  { text: 'd.o.b 01-02-2017', expected: [['date_of_birth', '01-02-2017']] },
  { text: 'D.O.B. 1-2-17', expected: [['date_of_birth', '1-2-17']] },
  { text: 'her birthday is 12 March', expected: [['date_of_birth', '12 March']] },
  { text: 'born March 2017', expected: [['date_of_birth', 'March 2017']] },
  { text: 'aged 6, born 1.2.2017', expected: [['date_of_birth', '1.2.2017']] },
  { text: '01/02/2017 (DOB)', expected: [['date_of_birth', '01/02/2017']] },
  { text: 'we met on 1 February 2017', expected: [['date', '1 February 2017']] },
  { text: 'review on 1.2.2017', expected: [['date', '1.2.2017']] },
  { text: 'seen 2017-02-01 by the nurse', expected: [['date', '2017-02-01']] },
  { text: 'seen on 01/02/2017', expected: [['date', '01/02/2017']] },
  {
    text: "on February 1st, 2017 and again on 3rd Jan '18",
    expected: [
      ['date', 'February 1st, 2017'],
      ['date', "3rd Jan '18"],
    ],
  },
  {
    text: 'aged 7, born 01/02/2017 and seen on 03/04/2020',
    expected: [
      ['date_of_birth', '01/02/2017'],
      ['date', '03/04/2020'],
    ],
  },
];

export const ADDRESS_EXAMPLES: readonly PersonalExample[] = [
  {
    text: 'mr jones wont let us in the house (22 quarry hill)',
    expected: [
      ['name', 'mr jones'],
      ['address', '22 quarry hill'],
    ],
  },
  {
    text: 'changed to 112B Kingsway, Flat 2, Cardiff CF10 1AA',
    expected: [
      ['address', '112B Kingsway, Flat 2'],
      ['postcode', 'CF10 1AA'],
    ],
  },
  // Typed in lower case: a postcode after it, or a word for an address before it.
  {
    text: 'new addr 4 the family is 12 pippin way, LS6 2QT',
    expected: [
      ['address', '12 pippin way'],
      ['postcode', 'LS6 2QT'],
    ],
  },
  { text: 'mum says new address is 7 canal st', expected: [['address', '7 canal st']] },
  { text: 'they are at 7 Oak Lane now', expected: [['address', '7 Oak Lane']] },
  { text: 'flat 3, 22 Mill Road', expected: [['address', 'flat 3, 22 Mill Road']] },
  { text: 'Flat 3, 22 Mill Road', expected: [['address', 'Flat 3, 22 Mill Road']] },
  { text: "moved to 22a St John's Road last week", expected: [['address', "22a St John's Road"]] },
  { text: 'lives at 14 Brookside with her nan', expected: [['address', '14 Brookside']] },
  { text: 'address is 3 The Fold', expected: [['address', '3 The Fold']] },
  { text: 'lives at 22 mill road', expected: [['address', '22 mill road']] },
  { text: 'she lives on Acacia Avenue', expected: [['address', 'Acacia Avenue']] },
  { text: 'at 7 oak lane since May', expected: [['address', '7 oak lane']] },
  // The district or town after the street is part of the address.
  { text: '12 Beech Grove, Halifax', expected: [['address', '12 Beech Grove, Halifax']] },
  {
    text: 'they are staying at 35 Harrow Close, Seacroft with a friend',
    expected: [['address', '35 Harrow Close, Seacroft']],
  },
];

export const POSTCODE_EXAMPLES: readonly PersonalExample[] = [
  'LS6 2AB',
  'ls62ab',
  'SW1A 1AA',
  'M1 1AE',
  'B33 8TH',
  'CR2 6XH',
  'DN55 1PT',
  'EC1A 1BB',
  'W1A 0AX',
  'hx1 1ub',
].map((postcode) => ({
  text: `they moved to ${postcode} last month`,
  expected: [['postcode', postcode]] as const,
}));

export const PHONE_EXAMPLES: readonly PersonalExample[] = [
  '07700 900123',
  '07700900123',
  '07700 900 123',
  '07700-900-123',
  '+44 7700 900123',
  '+447700900123',
  '0044 7700 900123',
  '0113 496 0000',
  '(0113) 496 0000',
  '020 7946 0958',
  '+44 20 7946 0958',
  '+44 (0)113 496 0000',
  '01632 960123',
].map((phone) => ({ text: `ring mum on ${phone} after 3`, expected: [['phone', phone]] as const }));

export const NI_EXAMPLES: readonly PersonalExample[] = [
  { text: 'NI AB 12 34 56 C', expected: [['ni_number', 'AB 12 34 56 C']] },
  { text: 'his NI is ab123456c', expected: [['ni_number', 'ab123456c']] },
  { text: 'JG103721A on the form', expected: [['ni_number', 'JG103721A']] },
  { text: 'NI number AB123456', expected: [['ni_number', 'AB123456']] },
  { text: 'national insurance: CE 12 34 56', expected: [['ni_number', 'CE 12 34 56']] },
];

// Names the message itself says are names, and the first word a name carries with it.
export const SAID_NAME_EXAMPLES: readonly PersonalExample[] = [
  { text: "his mum sez dad is called 'tazz'", expected: [['name', 'tazz']] },
  {
    text: "Mr Okoro, known to the family as 'Smiley', has a history",
    expected: [
      ['name', 'Okoro'],
      ['name', 'Smiley'],
    ],
  },
  { text: "Bear (yes that's his actual name!) is 4 and not toilet trained", expected: [['name', 'Bear']] },
  { text: 'angel (yes thats her name) told a TA', expected: [['name', 'angel']] },
  { text: "sw is asking 4 aunty precious's num", expected: [['name', 'precious']] },
  {
    text: "Willow's paternal grandmother, Mrs Okoro, has a CAO",
    expected: [
      ['name', 'Willow'],
      ['name', 'Okoro'],
    ],
  },
  {
    text: 'mum is Tia, baby is Favour - all living with his sister',
    expected: [
      ['name', 'Tia'],
      ['name', 'Favour'],
    ],
  },
  { text: 'can u put summer-rain jones on the agenda', expected: [['name', 'summer-rain jones']] },
  {
    text: 'Referral: Ocean Whitfield, DOB 3/4/15',
    expected: [
      ['name', 'Ocean Whitfield'],
      ['date_of_birth', '3/4/15'],
    ],
  },
  {
    text: "Partner: Lee Hart ('Big Lee')",
    expected: [
      ['name', 'Lee Hart'],
      ['name', 'Big Lee'],
    ],
  },
  { text: 'ocean n Kai (siblings) movin to dads', expected: [['name', 'ocean n Kai']] },
  { text: 'HV - dad Fraser works away', expected: [['name', 'Fraser']] },
  { text: 'its summer-rose, wants her own flat', expected: [['name', 'summer-rose']] },
  {
    text: 'Referral received regarding J.B. and his sister K.B., mother has asked for no contact',
    expected: [
      ['name', 'J.B.'],
      ['name', 'K.B.'],
    ],
  },
  {
    text: 'refer to them as Mum (L.) and the boys (D. and M.) in the minutes',
    expected: [
      ['name', 'L.'],
      ['name', 'D.'],
      ['name', 'M.'],
    ],
  },
  { text: 'storm kicked off again. mum (honour) cant get here till 2', expected: [['name', 'honour']] },
  { text: 'On 3 March at 16:15 Amelia telephoned the duty line', expected: [['name', 'Amelia']] },
  { text: 'does Ezekiel count as a young carer if he helps his grandad?', expected: [['name', 'Ezekiel']] },
  { text: 'Will (nickname E.O.) keeps running off', expected: [['name', 'E.O.']] },
  {
    text: 'Jaz is short for Jasmine fyi, she hates it',
    expected: [
      ['name', 'Jaz'],
      ['name', 'Jasmine'],
    ],
  },
  {
    text: "Please note that Phoebe's postcode should read LS1 1AA",
    expected: [
      ['name', 'Phoebe'],
      ['postcode', 'LS1 1AA'],
    ],
  },
];

export const NHS_EXAMPLES: readonly PersonalExample[] = [
  {
    text: 'can sum1 confirm nhs no 4 baby? ive got 485 002 7716 but mum thinks its diff',
    expected: [['nhs_number', '485 002 7716']],
  },
  { text: 'his number is 943 476 5919', expected: [['nhs_number', '943 476 5919']] },
  { text: '9434765919', expected: [['nhs_number', '9434765919']] },
  { text: 'ref 943-476-5919', expected: [['nhs_number', '943-476-5919']] },
  { text: 'NHS no: 943 476 5918', expected: [['nhs_number', '943 476 5918']] },
  { text: 'her NHS number is 4857773456', expected: [['nhs_number', '4857773456']] },
];

export const EMAIL_EXAMPLES: readonly PersonalExample[] = [
  { text: 'mum is kelly.smith@example.com', expected: [['email', 'kelly.smith@example.com']] },
  { text: 'email first+tag@sub.example.co.uk please', expected: [['email', 'first+tag@sub.example.co.uk']] },
  { text: "<o'brien.j@school.sch.uk>", expected: [['email', "o'brien.j@school.sch.uk"]] },
];

/** Every positive example, for the properties that must hold for all of them. */
export const ALL_PERSONAL_EXAMPLES: readonly PersonalExample[] = [
  ...PRACTITIONER_MESSAGES,
  ...NAME_EXAMPLES,
  ...SAID_NAME_EXAMPLES,
  ...DATE_EXAMPLES,
  ...ADDRESS_EXAMPLES,
  ...POSTCODE_EXAMPLES,
  ...PHONE_EXAMPLES,
  ...NI_EXAMPLES,
  ...NHS_EXAMPLES,
  ...EMAIL_EXAMPLES,
];
