// Messages for the two triage tiers, written by the team in the registers practitioners use
// (formal, hurried, text-speak, a child's words, hedged, buried in admin). They are development
// cases: the blind evaluation sets under eval/ are the measure.

/** Danger now: 999, the front door now, do not let the child leave with the person named. */
export const NOW: string[] = [
  // Physical harm and threats.
  'his stepdad is in reception shouting that he is taking him home and the boy has a fresh bruise on his neck',
  'year 5 girl just showed me belt marks on her legs and says dad will do it again tonight if she tells',
  'mum rang, her partner has locked her and the 2 kids in the bedroom and is smashing up the flat',
  'lad says his uncle put a knife to his throat this morning and he has to go back there after school',
  'toddler came into nursery with a burn on his hand shaped like an iron, dad is waiting outside to talk to us',
  'kid in my class says his mum said she will kill him when he gets home because of his report',
  // Medical.
  'baby at clinic is floppy and not responding much, mum says he has been like it since the morning',
  'a 2 yr old at the stay and play has swallowed one of those button batteries from a toy',
  'yr 7 boy collapsed in PE and is not breathing properly, staff are with him',
  'the infant on my visit is very pale and cold and breathing really fast, dad will not ring anyone',
  'girl in year 10 says she took a load of paracetamol last night and now she feels really sick',
  // Suicide and self-harm.
  'my mentee has just messaged me saying goodbye and that nobody will miss her',
  'boy 15 told me he has a rope in his wardrobe and is going to use it tonight',
  'student locked herself in the toilets with a razor blade and will not come out',
  'she said she is going to jump off the multi storey after school, she has written a note',
  // Sexual abuse and exploitation.
  'girl 13 says a man she met on snapchat is collecting her from the park at 6 and she is going to his flat',
  'a 14 year old in care is getting into a car with two older men outside the home right now',
  'kid told me her mum boyfriend comes into her room at night and he is babysitting her tonight',
  'boy (12) said his uncle makes him touch him and he is staying at the uncle house this weekend',
  'yr 10 lad says older boys gave him a phone and told him to get the train to Margate tonight with a package',
  'he owes the olders money for weed that got taken off him and they said they will stab him if he does not pay today',
  // Neglect and children alone.
  'neighbour says the kids in flat 4 have been on their own since friday and the baby has been crying for hours',
  'found a 6 year old outside the corner shop at 11pm on her own in her pyjamas',
  'no one has collected the 3 yr old from nursery, it is 6.30, mum and dad phones are off',
  'a baby has been left in a car in the supermarket car park in this heat, no adult anywhere',
  'dad is passed out drunk on the sofa on my visit and he is the only one looking after the 18 month old',
  // Missing.
  '15 yr old from our residential unit has not come back since last night and her phone is off',
  'we cannot find a 7 year old on the school trip, last seen 40 minutes ago near the river',
  // FGM, forced marriage, honour.
  'girl in year 4 says she is flying to see her grandma tomorrow and is having a special cutting ceremony there',
  'a 16 year old girl says her family are taking her to Pakistan on saturday to marry her cousin and she does not want to',
  'year 11 girl says her brothers will kill her if they find out about her boyfriend, they are picking her up at 3',
  // Domestic abuse and violence now.
  'can hear screaming from the flat next to my visit, sounds like a woman being hit and the kids are crying',
  'mum turned up at the centre with a cut head, says partner did it this morning and the children are still with him',
  'a boy came into the youth club saying someone has a gun outside and they are looking for his brother',
  // Trafficking and radicalisation.
  'a girl who says she is 15 is at the front desk, no papers, a man outside keeps texting her to come out',
  'year 11 boy told me he is meeting someone from a telegram group tonight to get the stuff for an attack',
];

/** A safeguarding concern to act on today: DSL and the children's social care front door. */
export const TODAY: string[] = [
  // Physical abuse and injuries with a story.
  'year 2 boy has bruising on both ears, mum says he fell off the trampoline',
  'the 5 month old has a bruise on her thigh, parents did not know how it happened',
  'she said daddy hits her with his slipper when she is naughty',
  'a pupil keeps coming in with marks on his arms and always has a different story',
  'lad flinches whenever anyone lifts a hand near him and wont change for PE',
  'child told her teacher that her dad throws things at her and she has a graze on her cheek',
  // Sexual abuse, in a child's words and in signs.
  'reception child said "grandad licks my bottom" during a story today',
  'a year 1 girl is very sore down below and said a big boy at home hurts her there',
  'my 9 yr old mentee keeps saying mummy boyfriend shows her rude videos on his phone',
  'nursery worker: 3 yr old drew a picture of a man with a willy and said it was daddy friend',
  'girl 11 told me her stepdad gets in the shower with her and she does not like it',
  // Neglect.
  'two siblings are coming in hungry every monday and the little one has head lice that are never treated',
  'the flat on my visit had dog mess on the floor and no beds for the children',
  'baby has not been weighed for months and looks really thin, mum keeps cancelling the health visitor',
  'year 3 boy has had toothache for weeks and mum says she has no time to take him to a dentist',
  'the 8 yr old gets her younger brothers up and to school every day because mum is in bed',
  'child smells of urine and wears the same uniform all week, other kids are starting to avoid her',
  // Emotional abuse and fear.
  'dad tells him he is thick and a waste of space in front of everyone at pick up',
  'girl 10 is terrified of getting anything wrong because her mum locks her in her room as a punishment',
  'my client said her mum makes her stand in the garden in the cold when she cries',
  'boy in year 6 asked if he could live at school, says he hates being at home with his stepdad',
  // Domestic abuse witnessed.
  'pupil told us police came to their house at the weekend because dad was strangling mum',
  'a 6 year old said she hides under the bed when mummy and daddy shout and hit',
  'mum has a black eye again and the kids say her boyfriend did it',
  // Self-harm and suicidal thoughts.
  'student showed me scars on her thighs, she said she has been cutting since christmas',
  'yr 8 girl said she sometimes wishes she could go to sleep and never wake up',
  'boy in my tutor group has been burning himself with a lighter, there are blisters on his wrist',
  'girl 14 has written in her diary that everyone would be better off without her',
  // Exploitation, online and offline.
  'yr 9 girl keeps getting picked up from school by a man in his 20s in a black car',
  'a 13 year old boy has a new phone and designer clothes and his mum does not know where they came from',
  'lad 15 has been going missing at weekends and came back with a train ticket to Hastings',
  'year 8 boy said someone on roblox asked him to send pictures of himself in his pants',
  'a girl in year 10 says an account is threatening to post her nudes unless she sends money',
  'my 14 year old client says her 22 yr old boyfriend gets her vodka and takes her to parties',
  'boy keeps being seen with older lads on mopeds and has started carrying two phones',
  // FGM, forced marriage.
  'girl in year 2 said her mum told her she will become a woman in a special ceremony next summer',
  'an 11 year old girl takes a very long time in the toilet and seems to be in pain since coming back from abroad',
  'year 10 girl told me her parents have chosen a husband for her and she has to marry him when she turns 16',
  // Missing, homelessness, carers.
  'the 15 yr old in foster care keeps staying out all night and will not say where she goes',
  'a 16 year old has been sleeping in his car since his dad threw him out',
  'mum has been drunk at every visit this month and the 4 year old answered the door on her own',
  'dad said he has been hearing voices telling him the baby is evil',
  // Radicalisation.
  'a year 9 boy has been sharing videos praising a terrorist attack and says the victims deserved it',
  'lad at the youth club has swastikas on his books and talks about a race war',
  // Trafficking.
  'a 15 year old boy at the takeaway says he works every night for no money to pay back his journey here',
  // Child-on-child.
  'a year 9 boy has been sending sexual messages to a year 7 girl and trying to get her alone',
  'two boys pinned a girl down on the field and touched her, she told her friend',
  // Other kinds.
  'a 10 year old has been living with a family friend for two months while mum is abroad',
  'mum keeps bringing the baby to a&e with seizures that nobody has ever seen, and tests are always normal',
  'an 8 year old has not been seen by anyone since she was taken out of school at easter',
];

/** Training, policy, process and figures of speech: neither tier. */
export const NEITHER: string[] = [
  'the new referral form is killing me, forty pages!',
  'we smashed our attendance target this term',
  'the TAF meeting was a bloodbath, nobody agreed on anything',
  'I nearly died laughing at the quiz answers',
  'can someone send the slides from the county lines briefing?',
  'what are the signs a child is being criminally exploited? writing our induction pack',
  'is there a template letter for parents about the new mobile phone policy?',
  'how many referrals for neglect did the MASH get last year?',
  'where do I find the FGM risk assessment tool for health visitors?',
  'our self-harm awareness assembly is next week, any resources for year 7?',
  'can the DSL share the domestic abuse notification with the class teacher?',
  'who should attend a strategy discussion about a child at risk of exploitation?',
  'does a private fostering arrangement need to be notified if it is less than 28 days?',
  'what is the legal definition of a child for the forced marriage unit?',
  'what is the threshold for a child protection conference in our area?',
  'how long do we keep records of safeguarding concerns once a child leaves?',
  'in the role play the young person says their uncle touched them, how should the trainee respond?',
  'we are writing a case study about a baby with a fracture for the new starters course',
  'the documentary about county lines last night was really powerful, worth sharing?',
  'our trustees asked what our policy is if a parent turns up drunk at the holiday club',
  'our radicalisation e-learning keeps crashing, who do I contact?',
  'looking for a speaker on online grooming for the parents evening in May',
  'what are the early help options for a family where mum has a new baby and is exhausted?',
  'dad lost his job and they are behind with rent, is there a hardship fund?',
  'the kids are finding the divorce hard, is there a family support worker?',
  'year 4 boy is struggling with reading and his mum asked about a SENCO assessment',
  'teenager is refusing to go to school because of anxiety, can we do an early help assessment?',
  'grandma does most of the childcare while mum works nights, do they need any forms?',
  'the twins have started nursery and mum wants advice on potty training',
  'can a CAF be closed if the family have moved to another county?',
  'a parent complained that the TAF minutes were sent late',
  'is the practitioner forum in the school hall or the library this time?',
  'the fire alarm went off mid-meeting, can we rebook the TAC?',
  'we blew the whole budget on the summer trip, was that allowed?',
  'the photocopier is on fire again (not literally), who do I ring?',
  'can we share the neglect toolkit with the housing team?',
  'what counts as a missing episode for a looked after child?',
  'what should I do if a young person tells me they have been groomed online?',
  'how do I talk to a child who has witnessed domestic abuse in the past?',
  'what is the difference between a section 17 and a section 47?',
];
