import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assessByRules,
  classifierDefers,
  classifierMayOverturn,
} from '../../../../src/core/guidance/triage/assess-urgency.ts';
import {
  assessUrgency,
  URGENCY_REASONS,
  type UrgencyReason,
} from '../../../../src/core/guidance/triage/index.ts';
import { normaliseForTriage } from '../../../../src/core/guidance/triage/triage-normalise.ts';
import {
  DEV_QUESTIONS,
  sharedDevQuestionsPath as DEV_QUESTIONS_PATH,
} from '../../../support/dev-questions.ts';
import { NEITHER, NOW, TODAY } from './tier-corpus.ts';
import { NOT_URGENT, URGENT } from './urgency-corpus.ts';

// Reasons each urgent development question must carry at least.
const DEV_URGENT_REASONS: Record<string, UrgencyReason[]> = {
  'a child just told me her uncle is abusing her and he picks her up today': [
    'abuse_disclosure',
    'abuse_imminent_contact',
  ],
  'baby not breathing properly and mum is unresponsive, what do I do': ['medical_emergency'],
};
const DEV_URGENT = DEV_QUESTIONS.filter((d) => d.kind === 'urgent').map((d) => ({
  text: d.q,
  reasons: DEV_URGENT_REASONS[d.q] ?? [],
}));
const DEV_NOT_URGENT = DEV_QUESTIONS.filter((d) => d.kind !== 'urgent').map((d) => d.q);

describe('assessUrgency corpus', () => {
  it('has a corpus big enough to mean something', () => {
    expect(URGENT.length).toBeGreaterThanOrEqual(40);
    expect(NOT_URGENT.length).toBeGreaterThanOrEqual(50);
    expect(new Set(URGENT.map((c) => c.text)).size).toBe(URGENT.length);
    expect(new Set(NOT_URGENT).size).toBe(NOT_URGENT.length);
  });

  it.each(URGENT)('urgent: $text', ({ text, reasons }) => {
    const result = assessUrgency(text);
    expect(result.urgent).toBe(true);
    expect(result.reasons).toEqual(expect.arrayContaining(reasons));
  });

  it.each(NOT_URGENT)('not urgent: %s', (text) => {
    expect(assessUrgency(text)).toEqual({ urgent: false, reasons: [] });
  });

  it('recalls every urgent item and passes every general one, overall', () => {
    const missed = URGENT.filter((c) => !assessUrgency(c.text).urgent).map((c) => c.text);
    const falseAlarms = NOT_URGENT.filter((text) => assessUrgency(text).urgent);
    expect({ missed, falseAlarms }).toEqual({ missed: [], falseAlarms: [] });
  });
});

describe('assessUrgency on the development questions', () => {
  it.each(DEV_URGENT)('urgent: $text', ({ text, reasons }) => {
    const result = assessUrgency(text);
    expect(result.urgent).toBe(true);
    expect(result.reasons).toEqual(expect.arrayContaining(reasons));
  });

  it.each(DEV_NOT_URGENT)('not urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });

  describe.skipIf(!existsSync(DEV_QUESTIONS_PATH))('from the shared file', () => {
    it('marks exactly the items of kind "urgent" as urgent', () => {
      const { items } = JSON.parse(readFileSync(DEV_QUESTIONS_PATH, 'utf8')) as {
        items: { id: string; q: string; kind: string }[];
      };
      expect(items.some((item) => item.kind === 'urgent')).toBe(true);
      const wrong = items
        .filter((item) => assessUrgency(item.q).urgent !== (item.kind === 'urgent'))
        .map((item) => `${item.id}: ${item.q}`);
      expect(wrong).toEqual([]);
    });
  });
});

describe('assessUrgency tiers', () => {
  it('has a two-tier corpus big enough to mean something', () => {
    expect(NOW.length).toBeGreaterThanOrEqual(60);
    expect(TODAY.length).toBeGreaterThanOrEqual(80);
    expect(NEITHER.length).toBeGreaterThanOrEqual(80);
  });

  it.each(NOW)('danger now: %s', (text) => {
    expect(assessUrgency(text)).toMatchObject({ urgent: true, tier: 'now' });
  });

  it.each(TODAY)('a concern for today at least: %s', (text) => {
    const { urgent, tier } = assessUrgency(text);
    expect(urgent).toBe(true);
    expect(['today', 'now']).toContain(tier);
  });

  it.each(NEITHER)('neither tier: %s', (text) => {
    expect(assessUrgency(text)).toEqual({ urgent: false, reasons: [] });
  });

  it('gives a tier exactly when the message is urgent', () => {
    for (const text of [...NOW, ...TODAY, ...NEITHER, ...NOT_URGENT]) {
      const { urgent, tier } = assessUrgency(text);
      expect(tier !== undefined).toBe(urgent);
    }
  });

  it.each([
    [
      'she said her dad hits her with a belt',
      'she said her dad hits her with a belt and he is picking her up at 3',
    ],
    ['a year 9 boy has been going missing at weekends', 'a year 9 boy has been missing since last night'],
    [
      'a 7 year old said her mum leaves her on her own after school',
      'a 7 year old is on her own in the flat right now, mum went out',
    ],
    [
      'girl (14) has an older boyfriend who buys her vapes',
      'girl (14) says her 25 year old boyfriend is picking her up tonight',
    ],
    [
      'a 12 year old girl said she will be cut when she is older',
      'a 12 year old girl said she will be cut this weekend on holiday',
    ],
  ])('"%s" is for today; "%s" is danger now', (concern, danger) => {
    expect(assessUrgency(concern).tier).toBe('today');
    expect(assessUrgency(danger).tier).toBe('now');
  });

  it('reads past harm that is being told as a concern, and settled history as neither', () => {
    expect(assessUrgency('a 12 year old girl has disclosed that she was cut two years ago').tier).toBe(
      'today',
    );
    expect(assessUrgency('mum says dad hit her last year but he has moved out now').urgent).toBe(false);
  });

  it('reads a hedge as a hedge, not a hypothetical', () => {
    expect(
      assessUrgency('not sure if this is anything but a boy in year 3 has belt marks on his legs').urgent,
    ).toBe(true);
    expect(assessUrgency('might be overreacting, a 4 month old has a bruise on his cheek').urgent).toBe(true);
    // The classifier reads a hedged message as talk; it does not overturn the rule's danger there.
    expect(assessUrgency('sorry if im overreacting but the kids were left home alone')).toMatchObject({
      urgent: true,
      tier: 'now',
    });
    // A hedge about training or a figure of speech is still read as what it is.
    expect(
      assessUrgency(
        "not sure if this is the right place, but I'm drowning in EHAs this term, is there a way to reassign lead professional on some of them?",
      ).urgent,
    ).toBe(false);
  });

  it('keeps figures of speech out', () => {
    for (const text of [
      'my manager is going to murder me if the return is late',
      'we were slapped with a fine for late filing',
      'I got stabbed in the back by the commissioning team',
      'the budget has gone missing from the shared drive',
      'my son got a black eye playing rugby, I will be late',
      'he said his nan will kill him for losing his coat lol',
      'year 9 were killing themselves laughing at the video in form time',
      'the kids were shot putting on sports day, all went well',
    ]) {
      expect(assessUrgency(text).urgent).toBe(false);
    }
    // A threat said in earnest still counts, however it is put.
    expect(
      assessByRules(normaliseForTriage('he says his dad will kill him when he gets home, he is not joking'))
        .urgent,
    ).toBe(true);
  });

  // The rules alone, so the learned classifier cannot hide a gap in them.
  it.each([
    ['a report that opens with the child', 'diabetic 9 yo, mum has stopped giving him his insulin'],
    ['searches for ways to die', 'year 8 boy searched how to overdose on the library computer'],
    ['support for an attack', 'yr 10 girl posted that the shooters were heroes and the victims deserved it'],
    [
      'a home unfit for small children',
      'on the home visit there was dog faeces and broken glass on the floor, the twins are 2',
    ],
    [
      "a mother's injuries and children afraid",
      'mum turned up with a split lip again and the kids are frightened of dad',
    ],
    [
      'an injury that keeps coming back, told in the third person',
      'she has another bruise on her arm, third time this term, says she fell over',
    ],
    [
      'marks with a story that does not fit',
      'reception boy has linear marks on his legs, mum said it was the cat',
    ],
    [
      'a misspelt injury and an impossible story',
      'fingertip brusies on her arm, says her brother did it but she is an only child',
    ],
    ['a home without food', 'a 7yo told me there is never any food at home'],
    ['medicine not collected', 'type 1 diabetic in year 8, mum will not collect her prescriptions'],
    ['untreated decay', 'a 6yo in my class has black teeth that hurt all the time'],
    [
      'children sharing one mattress',
      'my yr 2 boy and his sisters sleep on one mattress on the floor and the fridge is empty',
    ],
    [
      'missed medicine',
      'boy with asthma keeps missing his inhaler doses all the time and mum does not reply',
    ],
    [
      'an untreated wound',
      'toddler has a cut on her knee that has gone all green and smelly, mum never took her to get it looked at',
    ],
    [
      'symptoms nobody sees',
      'yr 1 girl, mum reports fits at home that have never been witnessed at nursery or in hospital',
    ],
    ['a missing episode', 'a 14 year old came back to the unit this morning after a 36 hour missing episode'],
    [
      'a home lived ready to flee',
      'year 4 girl said she sleeps in her clothes in case they have to run from dad',
    ],
    ['weapons as normal', 'lad in year 10 says everyone carries round here so he has to'],
    ['a misspelt wish to be dead', 'yr 8 girl wrote i wish i was ded on her planner'],
  ])('the rules read %s as a concern: %s', (_kind, text) => {
    expect(assessByRules(normaliseForTriage(text)).urgent).toBe(true);
  });

  it("reads a child's question about what to do as a disclosure, a colleague's about a child as a question", () => {
    const rules = (text: string) => assessByRules(normaliseForTriage(text)).urgent;
    expect(rules('a year 7 boy asked me what to do if someone has pictures of you and wants money')).toBe(
      true,
    );
    expect(rules('a colleague asked me what to do if a child says someone has pictures of them')).toBe(false);
  });

  it.each([
    [
      'a lump on a baby’s head and sickness',
      'the 3 month old has a swelling on his head and has been sick twice',
    ],
    [
      'a carer too drunk to drive the child home',
      'a dad has come to collect and is visibly very drunk, he has the car keys',
    ],
    ['a child nobody can find', 'we cannot find a 4yo after the trip to the farm, staff are searching'],
    ['a goodbye posted online', 'my mentee posted goodbye forever on her story ten minutes ago'],
    ['a child not on the premises', 'a 3 year old is not on the premises and the side gate is open'],
    ['a child on a ledge', 'year 9 girl is sitting on the ledge of the top floor window'],
    ['a farewell to family', 'he texted me tell mum im sorry, he is at the bridge'],
    [
      'a parent due in minutes',
      'boy has belt marks on his back, says dad did it, dad is picking him up in 20',
    ],
    [
      'harm with an old worry about the carer',
      'she has fresh bruises on her neck and her uncle, who we had concerns about before, is picking her up at 3',
    ],
  ])('the rules read %s as danger now: %s', (_kind, text) => {
    expect(assessByRules(normaliseForTriage(text)).tier).toBe('now');
  });

  it('does not take pets, vehicles, moods or things for a missing or abandoned child', () => {
    for (const text of [
      'the nursery guinea pig has gone missing again, any sightings?',
      'our minibus went missing from the car park, the caretaker had moved it',
      'my patience has been missing since monday lol',
      'someone has abandoned their lunch in the staff fridge',
      'year 2 were left alone with the paints for a minute and now the sink is purple',
    ]) {
      expect(assessByRules(normaliseForTriage(text)).urgent).toBe(false);
    }
  });

  it('lets the classifier override a negation or history only when very sure, and a figure of speech never', () => {
    const negated = new Set(['negated']);
    expect(classifierDefers(negated, 0.95, 0.99)).toBe(true);
    expect(classifierDefers(negated, 0.995, 0.99)).toBe(false);
    expect(classifierDefers(negated, 0.999, undefined)).toBe(true);
    expect(classifierDefers(new Set(['figurative', 'historic']), 0.999, 0.99)).toBe(true);
    expect(classifierDefers(new Set(['hypothetical']), 0.1, 0.99)).toBe(false);
  });

  it('lets the classifier overturn a rule only on a message long enough to judge and not about harm going on', () => {
    expect(classifierMayOverturn('he took a overdose', true)).toBe(false);
    expect(
      classifierMayOverturn('do i need consent to refer a child who i think is being abused', true),
    ).toBe(false);
    const resolved = 'pupil had an allergic reaction to kiwi , epipen not needed , mum collected , all ok';
    expect(classifierMayOverturn(resolved, true)).toBe(true);
    expect(classifierMayOverturn(resolved, false)).toBe(false);
  });

  it('reads means made ready as danger now', () => {
    expect(assessByRules(normaliseForTriage('year 11 girl says she has saved up her mum pills')).tier).toBe(
      'now',
    );
  });

  // The four kinds named in issue #14: an injury to a baby who cannot move yet with a story that does
  // not fit, nowhere to sleep tonight, a repeated injury with the same story, very young children out
  // alone at night.
  it.each([
    ['baby has bruises on his cheeks and hes only 3 months, mum says he fell', ['today', 'now']],
    ['girl in my group says she has nowhere to sleep tonite and shes 14', ['now']],
    ['kid came in with a black eye again, 3rd time this month, says he walked into a door', ['today', 'now']],
    ['the twins are 4 and were found wandering by the main road at 2am', ['now']],
  ])('gives the tier it needs: %s', (text, tiers) => {
    expect(tiers).toContain(assessUrgency(text).tier);
    expect(assessByRules(normaliseForTriage(text)).urgent).toBe(true);
  });
});

describe('assessUrgency reasons', () => {
  it('lists distinct reasons in the canonical order, and is urgent exactly when there are some', () => {
    for (const text of [...URGENT.map((c) => c.text), ...NOT_URGENT]) {
      const { urgent, reasons } = assessUrgency(text);
      expect(urgent).toBe(reasons.length > 0);
      expect(new Set(reasons).size).toBe(reasons.length);
      const order = reasons.map((reason) => URGENCY_REASONS.indexOf(reason));
      expect(order.every((index) => index >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('covers every rule reason somewhere in the urgent corpora', () => {
    const texts = [...URGENT.map((c) => c.text), ...NOW, ...TODAY];
    const seen = new Set(texts.flatMap((text) => assessUrgency(text).reasons));
    // The classifier's own reason is for messages no rule names (see classifier.test.ts).
    const ruleReasons = URGENCY_REASONS.filter((reason) => reason !== 'safeguarding_concern');
    expect([...seen].filter((reason) => reason !== 'safeguarding_concern').sort()).toEqual(
      [...ruleReasons].sort(),
    );
  });

  it.each<[string, UrgencyReason]>([
    ['dad is hitting him', 'violence'],
    ['she has cut herself', 'self_harm'],
    ['she says she wants to kill herself', 'suicide_risk'],
    ['he has taken an overdose', 'medical_emergency'],
    ['the baby is unconscious', 'medical_emergency'],
    ['the toddler is choking', 'medical_emergency'],
    ['he is having a seizure', 'medical_emergency'],
    ['no one has collected her and it is 7pm', 'child_alone'],
    ['our 14 year old has gone missing', 'missing_child'],
    ['she is getting into a car with older men tonight', 'sexual_exploitation'],
    ['a pupil told me her uncle touches her', 'abuse_disclosure'],
    ['he says he is scared to go home', 'immediate_danger'],
  ])('%s -> %s', (text, reason) => {
    expect(assessUrgency(text).reasons).toContain(reason);
  });

  it('adds imminent contact only alongside abuse or violence', () => {
    expect(assessUrgency('a child told me her dad hits her and he collects her at 3').reasons).toContain(
      'abuse_imminent_contact',
    );
    expect(assessUrgency('a child told me her dad hits her').reasons).not.toContain('abuse_imminent_contact');
    expect(assessUrgency('mum collects her at 3, can we do a CAF?').urgent).toBe(false);
  });
});

describe('assessUrgency: concrete present versus general question', () => {
  it.each([
    ['a child just told me her dad hits her', 'what should I do if a child tells me her dad hits her'],
    ['she has cut herself', 'what should I do if a child has cut herself'],
    [
      'a girl in my class says she wants to kill herself',
      'what should I do when a pupil says she wants to kill herself',
    ],
    ['the baby is not breathing', 'what does the first aid policy say to do if a baby is not breathing'],
    ['my pupil has gone missing', 'what is the procedure when a child goes missing'],
    ['a 13 year old in my group is being groomed', 'what are the signs that a child is being groomed'],
    ['nobody has collected him and it is 6pm', 'at what age can a child be left home alone'],
    ['there is a knife in his bag right now', 'how do I refer a child carrying a knife'],
  ])('"%s" is urgent, "%s" is not', (concrete, general) => {
    expect(assessUrgency(concrete).urgent).toBe(true);
    expect(assessUrgency(general).urgent).toBe(false);
  });

  it('treats a hypothetical frame as overridden by a plainly present situation', () => {
    expect(
      assessUrgency('what do I do if she goes home, a child has just told me her dad hits her').urgent,
    ).toBe(true);
    expect(assessUrgency('what should I do if a child is in danger right now').urgent).toBe(true);
  });

  it('takes negations into account', () => {
    expect(assessUrgency('the child is not in danger').urgent).toBe(false);
    expect(assessUrgency('I do not think she is in danger, can we do a CAF?').urgent).toBe(false);
    expect(assessUrgency('he has never hit her').urgent).toBe(false);
    expect(assessUrgency('she is not in danger but she has cut herself').urgent).toBe(true);
  });

  it('treats the past as history, except for a disclosure', () => {
    expect(assessUrgency('mum was abused as a child, can we do a TAF?').urgent).toBe(false);
    expect(
      assessUrgency('she took an overdose last year and is doing well, can we close the CAF?').urgent,
    ).toBe(false);
    expect(assessUrgency('a girl told me her uncle abused her last year').urgent).toBe(true);
  });

  it('ignores bot commands that only name a topic', () => {
    for (const text of [
      'forum create Suicide prevention and self-harm, tonight 7pm',
      'forum create "Missing children and county lines" 12 March',
      'pulse create Do you feel confident responding to a disclosure of abuse?',
      'rsvp going',
    ]) {
      expect(assessUrgency(text).urgent).toBe(false);
    }
  });
});

describe('assessUrgency on messy text', () => {
  it.each([
    'DAD IS HITTING HIM',
    'dad is hitting him!!!',
    "dad's hitting him",
    'dads hitting him rn',
    'Dad is   hitting\nhim',
    'dad is hiting him',
  ])('ignores case, spacing, punctuation and slips: %s', (text) => {
    expect(assessUrgency(text).reasons).toContain('violence');
  });

  it.each([
    ['pls help baby not breathing', 'medical_emergency'],
    ['kid sez shes gonna kill herself 2nite', 'suicide_risk'],
    ['shes taken loads of pils', 'self_harm'],
    ['girl is unconcious in the toilets', 'medical_emergency'],
    ['he is threatning to stab her', 'violence'],
    ['she is sucidal and has a plan', 'suicide_risk'],
    ['boy says hes scared 2 go home', 'immediate_danger'],
    ['no1 has picked him up yet its 7pm', 'child_alone'],
    ['a child is in front of me and says her mum’s boyfriend hurts her', 'abuse_disclosure'],
    ['she says she wants to k\u200Bill herself', 'suicide_risk'],
    ['ｂａｂｙ ｎｏｔ ｂｒｅａｔｈｉｎｇ', 'medical_emergency'],
    ['he has a 🔪 and is threatening mum', 'violence'],
  ])('reads text-speak, typos and odd characters: %s', (text, reason) => {
    expect(assessUrgency(text).reasons).toContain(reason as UrgencyReason);
  });
});

describe('assessUrgency: records of something over', () => {
  it.each([
    'Update for the minutes: the 15 year old discussed at MACE in January, who had been linked to county lines, has been stepped down to early help and is doing well.',
    'Agenda for the online safety sub group, Thursday 2pm: 1) parent leaflet 2) sextortion trends 3) filtering standards 4) AOB',
    'Accident report: at 12.20 today a Year 3 pupil slipped on the wet playground and grazed his forehead. Witnessed by two midday supervisors, first aid was given and his mother has been informed.',
    "Hi, I'm writing the annual report for governors and want to anonymise a case that went well: a girl stepped down from CIN after neglect concerns, now doing well, case closed.",
    "4yo playing mummies and daddies in the home corner, told the doll 'you're grounded forever and you can't have tea' then gave it a hug, made me laugh",
    'kid in yr 3 off with chicken pox, mum rang in, back next week',
  ])('is not urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });

  it.each([
    // The word "minutes" is a record only as a meeting's minutes.
    "Following a disclosure in the last 10 minutes, a Year 11 student told me he has a loaded air rifle in his locker and intends to 'make them pay' at the end of the day.",
    // A record that holds a live worry.
    'quick update for the group - the forum is confirmed for the 9th. unrelated and urgent: one of our year 2s was not on the coach back from the museum and nobody can find her',
    "Annual report for the board is nearly done. Not sure where to put this but a 9yo told me today her uncle makes her do things she doesn't want to.",
    // A record, a write-up or an accident with danger in it now.
    'Accident report: toddler swallowed a button battery at 2.10, ambulance called',
    'accident report: 2yo fell down the stairs at nursery and is now unresponsive',
    'case update: dad turned up drunk at the gate and drove off with the 4yo',
    'toddler has a temperature and a rash that does not fade, mum rang in',
    '4 month old baby with bruising on his ear, mum explained he was playing with his sister',
    'turned out the older boys made her play a game where they touched her private parts',
    'governors report done. yr 4 girl says her stepdad comes into her bedroom at night and touches her',
    'reflective piece for the newsletter: a 12yo girl is being groomed by a 30 year old man online',
    'good news update - the 15yo we referred for CSE is back home. also her 12yo sister has gone missing with the same man',
    'please help me find her, our 6yo wandered off at the park and no one can see her',
    // A child's own "it was just a story" explains nothing away.
    'boy 12 wrote in his english book "i want to die, nobody would care", when I asked him he said it was just a story',
  ])('is still urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });
});

describe('assessUrgency: signs taught in training, typed in a hurry', () => {
  it.each<[string, UrgencyReason]>([
    ['mums new bf has convictions for hurting kids, moved in last wk', 'abuse_disclosure'],
    [
      'dad is a schedule 1 offender, no unsupervised contact, and he was at the school gate with the 6yo',
      'abuse_disclosure',
    ],
    ['DA wkr: DASH 16, perp out of custody tmrw, 3 kids', 'domestic_abuse'],
    ['yr 11 cutting again, 9 months on camhs waiting list', 'self_harm'],
    ["yr 5 lad threatened to 'go and get dad's gun' after an argument at playtime", 'violence'],
    ['DSL - topless pic of a yr 9 going round the yr 10s on snap', 'sexual_exploitation'],
    ["child said grandad 'tickles where my knickers are'", 'abuse_disclosure'],
    ['yr 6 never seen a dentist, swollen jaw today, in pain', 'neglect'],
    ['hv: 4mo co-sleeping w 2 siblings and parents who drink', 'neglect'],
  ])('%s', (text, reason) => {
    const result = assessUrgency(text);
    expect(result.urgent).toBe(true);
    expect(result.reasons).toContain(reason);
  });

  it('reads a parent who can barely stand at collection as danger now', () => {
    const result = assessUrgency(
      'mum collecting from nursery can barely stand, insisting on taking both kids',
    );
    expect(result).toMatchObject({ urgent: true, tier: 'now' });
  });
});

describe('assessUrgency: a short note that asks nothing is about a real child', () => {
  it.each([
    "'dad threw me against the wall cos i spilt his drink'",
    'needles found in kids bedroom by housing',
    "'nobody in my house talks to me, they pretend im not there'",
    'HV - rats in kitchen, baby bottles w mould, newborn in house',
    'lad said whats the point in being alive everyone hates me',
    'yr 9 wrote in english essay that she wants to die, no plan she says',
  ])('a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it('reads a baby left in a hot car as danger now', () => {
    expect(assessUrgency('baby left in hot car in tesco car park, windows up, no parent')).toMatchObject({
      urgent: true,
      tier: 'now',
    });
  });

  it.each([
    'does child on child abuse include banter',
    'is domestic abuse under emotional abuse category',
    'thx for the info about the MARAC process',
    'the nursery guinea pig has gone missing again, any sightings?',
  ])('not a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });
});

describe('assessUrgency: consent questions, reassured cases and conditional threats', () => {
  it.each([
    "School nurse here - a Year 10 girl wants help but doesn't want her parents told. Can she agree to an assessment on her own?",
    'can a 13yo consent on his own to the caf',
    'CSE subgroup mtg moved to room 4',
    "link for that radicalisation resource from yesterday's forum?",
  ])('not a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });

  it.each([
    'the 6yo was on her own in the park at 9pm',
    "Y9 girl: 'There's a boy online who's got my pictures and he says if I don't do a video he'll send them to my class.'",
    "A mother who has herself undergone FGM asked our practice nurse what the 'right age' is for her 5-year-old daughter to travel to visit relatives in their home country.",
    // Reassurance does not cancel what a rule reads, nor a worry told beside it.
    'Parents are supportive but she has bruises on her back and says dad hit her. Should we do a CAF?',
    'mum and dad are lovely but he says he is scared to go home, who should I speak to?',
  ])('a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });
});

describe('assessUrgency: allergies', () => {
  it.each([
    'child with nut allergy, lips swelling up, has an epipen',
    'nut allergy kid ate a peanut and his face is swelling',
    'gave him his epipen, waiting for ambulance',
  ])('danger now: %s', (text) => {
    expect(assessUrgency(text)).toMatchObject({ urgent: true, tier: 'now' });
  });

  it('does not read swelling from crying as an emergency', () => {
    expect(assessUrgency('her face was swollen from crying all morning').reasons).not.toContain(
      'medical_emergency',
    );
  });
});

describe('assessUrgency: repeated missing episodes, the food running out, and words that only look like harm', () => {
  it.each([
    'foster carer says our 13yo went missing friday night, came back sunday, wont say where she was, and shes done it twice before this term',
    "Y10 said in the debate club: 'my cousin showed me videos about how our people are being replaced, I'm in his group chat now'",
    'mum tells him he is nothing and nobody wants him',
    'she is standing on the edge of the platform at the station',
  ])('a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'the class hamster went missing again lol',
    'Where can a family get help with a 7 year old who still wets the bed? GP says nothing medical.',
    'food bank: no more bread until monday delivery',
  ])('not a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });

  it('does not read a head bumped on a climbing frame platform as a suicide risk', () => {
    const result = assessUrgency(
      'Accident log: a Y2 boy tripped on the climbing frame steps and banged his head on the edge of the platform. Small bump, first aider applied a cold compress, mum called.',
    );
    expect(result.reasons).not.toContain('suicide_risk');
  });
});

// A review of this round found each of these let through by an exclusion or a frame that was too
// broad: a new disclosure after a closing summary, an EpiPen in use, a child's words beside a
// worker's reassurance, an improvised weapon, a parent's decision to leave children alone.
describe('assessUrgency: what the exclusions must never let through', () => {
  it.each([
    'case summary, closed on 3rd march. she has now said her uncle makes her watch videos of grown ups',
    "case summary: we agreed to step down in june. yesterday the 6 yr old told her teacher that mum's boyfriend put her in a cold bath as a punishment",
    'closing summary: family agreed to end support. last week the boy said dad punches him in the stomach where nobody can see',
    'year 2 with epipen having a reaction now',
    'boy with epipen ate egg at party, hes gone quiet and pale, do i use it?',
    'pupil with his own epipen ate a satay skewer, hives spreading',
    "Parents are supportive. Has been saying mum's boyfriend makes him sleep in the shed when he's naughty.",
    'he is doing well in year 4. he said uncle showed him videos on his phone of people with no clothes. should i refer?',
    "parents are supportive. she said her dad's mate gives her rides in his car and buys her things and says she's his girlfriend. what do i do?",
    'kids improvised a weapon out of a broken bottle and are waiting for another pupil at the gates',
    'shes a bit of a character. she told me her mums boyfriend hits her with a belt. do i need to refer?',
    'dad tells her nobody would ever want her',
    'mum agreed to leave the kids on their own all weekend',
    'parents agreed he can stay on his own overnight, he is 8',
    'mum is really supportive. 15 yr old with her third self harm presentation to a and e this month. who should lead?',
    '4 month old has had 2 nosebleeds this week, mum took her to the gp who prescribed cream',
    'mum is lovely and supportive. she told me her ex has videos of her daughter on his phone that he took when he was babysitting. what should i do?',
    'his lips are swelling after eating a cookie at break',
    // A reassurance that does not close the message answers nothing after it.
    "she's ok. she said her mum's new boyfriend comes into the bathroom when she's in the bath and locks the door",
    // Nor does the child's own "fine", or excitement.
    "yr 9 says no one's been home at nite for a week, mum staying with a friend, he says he's fine",
    'she is excited because her new boyfriend is 23 and picks her up from school in his car',
    // Her own wedding, or one arranged abroad, is still a forced marriage.
    'yr 10 girl says her wedding is being planned for the summer holidays in pakistan and she does not want to go',
    // A reassurance after something a child said, or a worry no reassurance settles.
    "She said her mum's boyfriend makes her sleep on the landing and locks the door. Mum is on board.",
    "She told me uncle shows her videos on his phone and asks her to keep it between them. Mum is aware, she's ok.",
    'He said dad puts his hand over his mouth when he cries. Mum is aware.',
    'Boy says older boys make him carry packages to other towns. Mum is in touch with us.',
    "He said he isn't allowed in the kitchen and has to wait till everyone has eaten. Mum said that he is fine.",
    "Boy keeps wetting himself and won't say why, he goes quiet when uncle collects. Parents are supportive.",
    'Boy 9 out on the estate till midnight most nights, argues with mum and dad when they try to get him in. Mum is supportive.',
    'family are taking her to Pakistan in the summer for a wedding and she thinks it might be hers',
    // Coercive control as a visitor sees it.
    'hv - dad (mo) v controlling, mum cant speak w/out him in the room.',
    "nursery key worker: dad is very controlling, won't let mum speak to us alone",
  ])('a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it('keeps a child alone at night with a console as danger now', () => {
    expect(
      assessUrgency('6 yr old was on the playstation at 2am when police attended, mum out'),
    ).toMatchObject({
      urgent: true,
      tier: 'now',
    });
  });

  it('finishes a message built to make the swelling rule backtrack', () => {
    // Thirty repeats took minutes with an alternation that could read "has started" two ways.
    const text = `her lips${' has started'.repeat(300)} x. she ate a peanut and her face is swelling`.slice(
      0,
      4000,
    );
    expect(assessUrgency(text).urgent).toBe(true);
  });
});

// A second review found topic words and new rules that hid or invented concerns.
describe('assessUrgency: lessons and assemblies are no topic talk when a child speaks of harm', () => {
  it.each([
    'miss i cant go home my dad will kill me, i didnt want to say in pshe lesson',
    'pshe lesson on consent and afterwards a yr 9 disclosed she was raped at the weekend',
    'in our citizenship unit on fgm a yr 8 said she will be cut in the summer holiday',
    'kid brought a knife assembly cancelled police on way',
    '2 yo wandering panel fence broken by the road',
    'she cut her arm at the edge of the bridge and is sitting there now',
    'dad keeps calling her nothing',
  ])('a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'his face is swollen from a tooth abscess, mum has a dentist appointment tomorrow',
    'we are being replaced by agency staff and the kids in my class are upset',
    'kids get no tea till mum gets in from work at 6, is that ok',
    'my keys went missing again lol',
  ])('not danger now: %s', (text) => {
    expect(assessUrgency(text).tier).not.toBe('now');
  });
});

// A third review found the swelling rule's triggers and "it is over" words let live reactions
// through: any swelling of the airway or face is danger now unless its cause is plainly no reaction.
describe('assessUrgency: allergic reactions however they are told', () => {
  it.each([
    'lips swelling up after she had a biscuit at break, mum not answering',
    'his lips r swellin up after trying kiwi',
    'her lips are swelling after she took the amoxicillin this morning',
    'his eyes and lips are swelling up after the jab',
    'her throat is swelling up and she is struggling to get air',
    'miss my lips r swelling and my mouth is itchy, i had some of jaydens sweets',
    'tongue swelling since last night, she had cashews, getting worse',
    'he says he is fine but his throat is swelling, he ate a peanut',
    'his lips went down a bit but now his throat is swelling, he ate sesame',
    'his throat is getting tight after he had a cashew',
  ])('danger now: %s', (text) => {
    expect(assessUrgency(text)).toMatchObject({ urgent: true, tier: 'now' });
  });

  it.each([
    'need self harm leaflets for the waiting room',
    'cse panel referral form where is it',
    'doing a county lines assembly for yr 8',
    'the hv says no milk until she is 12 months apart from formula',
    'toddlers face is puffy with eczema flare, mum using creams from gp',
  ])('not a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });

  it("reads no breakfast at home in a pupil's words as a concern", () => {
    expect(assessUrgency('my pupil says theres no breakfast at home again').urgent).toBe(true);
  });
});

// A fourth review: children in anaphylaxis cry and panic, and a knife is still a knife before
// "assembly this morning".
describe("assessUrgency: reactions described with the child's distress, weapons before a school word", () => {
  it.each([
    'he ate a cashew at lunch and his lips are swelling up, hes crying and says his throat feels funny',
    "stung by a wasp on the field, face swelling and she's anxious",
    "ate a brownie at party, throat getting tight, she's in a panic",
  ])('danger now: %s', (text) => {
    expect(assessUrgency(text)).toMatchObject({ urgent: true, tier: 'now' });
  });

  it.each([
    'y9 brought a knife assembly this am, its in his bag still',
    "he's got a knife panel on thursday wont wait",
    'she is suicidal panel today wont help, what do i do now',
  ])('a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'lip swollen from her new piercing, mum wants to know if she needs consent',
    'mouth swollen after getting his braces tightened',
    'face all puffy from chicken pox',
  ])('not danger now: %s', (text) => {
    expect(assessUrgency(text).tier).not.toBe('now');
  });
});

describe('round K readings', () => {
  it('reads a toddler eating like she is starved, or food off the floor, as neglect', () => {
    for (const text of [
      'childminder - 18mo grabbin food off the floor n eatin like shes starved, dad sez she eats fine at home',
      'my 18 month old mindee is grabbing food off the floor',
    ]) {
      expect(assessUrgency(text).urgent, text).toBe(true);
    }
  });

  it('reads support for violence against communities, with people to help act on it, as radicalisation', () => {
    const reply = assessUrgency(
      "A Year 8 pupil has repeatedly expressed support for violence against specific communities in lessons and has stated that he is 'in contact with people who will help him act on it'.",
    );
    expect(reply.urgent).toBe(true);
    expect(reply.reasons).toContain('radicalisation');
  });

  it('leaves training about radicalisation and food in the classroom alone', () => {
    for (const text of [
      'Prevent training next week: how to spot support for extremist views',
      'the 18 month olds in the baby room are weaning, any tips for food on the floor at lunch?',
    ]) {
      expect(assessUrgency(text).urgent, text).toBe(false);
    }
  });
});

describe('round L readings', () => {
  it('reads a baby or child shut in a hot car, or with no adult in sight, as danger now', () => {
    const reply = assessUrgency(
      'cleaner - baby in a car seat in a car in the staff car park, windows up, been there 40 min its boiling. cant see a parent anywhere',
    );
    expect(reply).toMatchObject({ urgent: true, tier: 'now' });
    expect(reply.reasons).toContain('child_alone');
    // A question about the law is no car park.
    expect(assessUrgency('is it illegal to leave a child in a car unattended?').urgent).toBe(false);
  });

  it('reads punishment by shame (kneeling, filmed and sent round) as emotional abuse, even after a threshold question', () => {
    const reply = assessUrgency(
      "what counts as emotional abuse for a CIN threshold? got a yr 10 whose dad makes her kneel in the hallway when she's late and films it to send to the family whatsapp group to shame her",
    );
    expect(reply.urgent).toBe(true);
    expect(reply.reasons).toContain('emotional_abuse');
  });
});

describe('round M readings', () => {
  it('reads an adult a court keeps away arriving for the child as danger now', () => {
    const reply = assessUrgency(
      'rec teacher - dad rang to say hes collecting today, theres a court order no contact after he broke the childs arm last yr, hes at the gate now. what do i do',
    );
    expect(reply).toMatchObject({ urgent: true, tier: 'now' });
    // Over, not arriving: it was on Monday and he left.
    expect(
      assessUrgency(
        'non molestation order in place for mum, dad turned up at school on monday, police were called and he left - do we need to tell social care?',
      ).urgent,
    ).toBe(false);
  });

  it('reads a burn held on the hob, even in a sentence that also has a figure of speech', () => {
    const reply = assessUrgency(
      'youth worker - 15yo at club said "my mum will literally kill me if I\'m late back again" and she wasn\'t laughing, she showed me a burn on her wrist and said last time she was late mum held it on the hob. she ran for her bus. what now',
    );
    expect(reply.urgent).toBe(true);
    expect(reply.reasons).toContain('injury_concern');
    // The figure of speech alone is still one.
    expect(
      assessUrgency("coach - 10yo said my mum will kill me if I'm late again, mum just laughed").urgent,
    ).toBe(false);
  });

  it('reads "the night before" as recent, and a child\'s "hypothetically" as no practitioner\'s frame', () => {
    expect(
      assessUrgency(
        "early years - 3yo comes in every morning in the same nappy from the night before, bottom red raw and bleeding, we've raised it three times",
      ).urgent,
    ).toBe(true);
    expect(
      assessUrgency(
        'a yr 12 lad in my tutor group praised a mass shooter in class and asked a friend how you\'d make a pipe bomb "hypothetically"',
      ).urgent,
    ).toBe(true);
    expect(
      assessUrgency('hypothetically, what would you do if a child said they were being hit?').urgent,
    ).toBe(false);
  });
});

describe('a harm the rules set aside silences only its own sentence', () => {
  it('still hears a danger told after a sentence of history, a denial or a figure of speech', () => {
    for (const opening of [
      'In the past mum held his hand on the hob.',
      'There was an injunction years ago after he turned up at the house.',
      'Mum says she has never made him kneel.',
    ]) {
      const text = `${opening} A child aged 9 reports he will be 'put in the cellar all weekend' when he returns home today, and he is too frightened to leave the building.`;
      expect(assessUrgency(text).urgent, text).toBe(true);
    }
  });

  it('reads a figure of speech only in whole words near the signal', () => {
    const reply = assessUrgency(
      'she is in the cooking skill class and showed me her hand and she said that her mum held it on the hob and laughed',
    );
    expect(reply.urgent).toBe(true);
  });
});

// Batch N showed ordinary worries the message itself says are in hand read as concerns, even as
// danger now, by the classifier alone: a reassurance closing the message now stops it there.
describe('assessUrgency: ordinary worries the message says are in hand', () => {
  it.each([
    "year 11 girl sobbing in the toilets because her boyfriend dumped her over snapchat. she's ok, just heartbroken",
    'Y3 girl has been teary all week - mum and dad are separating, they both came in together to tell us, all very amicable, just want ideas to support her in class',
    '2yo at nursery fell n bumped his lip on the table, bit of blood, ice pack, mum told at pick up, happy boy',
    'y3 boy wet himself in class, mum sez hes had a water infection, on meds. got spare clothes 4 him',
    'not sure if this is worth mentioning but Y2 boy was really tired today - mum said they were at a family wedding till midnight on sunday, he perked up after lunch',
    'sorry for the long-winded q - our yr 8 girl is going abroad for 2 extra weeks in term for a family wedding. parents asked for authorised absence. what is the rule?',
    'He is quite controlling in group play, any tips?',
    'Dad is very controlling about screen time, is a 2 hour limit normal for a 9yo?',
    'Mum cant go out without him, he screams the house down, separation anxiety?',
    "Her sister's wedding is booked for August and she is a bridesmaid, can she have the day off?",
  ])('not urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });
});

// Concerns put as a question about consent: the refusal or withdrawal is part of the worry.
describe('assessUrgency: concerns asked about consent', () => {
  it('reads a parent refusing an ambulance for a child struggling to breathe as danger now', () => {
    const verdict = assessUrgency("Dad says no to ambulance, child's breathing sounds wrong.");
    expect(verdict.urgent).toBe(true);
    expect(verdict.tier).toBe('now');
  });

  it.each([
    "Mum rang to withdraw consent for the referral an hour after her daughter told me mum's new partner comes into her room at night. Do I have to respect that?",
    "Parents withdrew consent for the CAF straight after I asked their 5yo why she'd had no breakfast all week. Do I just stop?",
  ])('urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'what support is there for a child after a disclosure of abuse',
    'how do I support my class after an hour of lockdown drill',
  ])('not urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });
});

// From the misses of the development batches (d, e, f, the tuning halves and the training corpus).
describe('assessUrgency: dangers the batches showed missed', () => {
  it.each([
    'got a msg frm a yr11 sayin bye thnx 4 everythin im done, phone now off',
    'We counted 23 and should have 24. Bobby who is 3 is not with us. The side gate onto the main road was open. Staff are searching the building and garden now.',
    'yr4 girl sayin shes goin 2 sudan this wknd for her "big party" n her sister had "the cut" there last yr, they go fri which is tomorrow',
    "the child's now very sleepy and hard to wake in the book corner",
    'librarian at the community hub, 2 kids about 5 and 7 have been here since we opened, its closing time now, they say mum went to work and told them to wait here. no number for anyone',
    'A 15yo said in the lesson: "I\'m going to do what the guy in New Zealand did, I\'ve got it all planned for tomorrow".',
    '6mo having what looks like a fit on the floor, mum says its happened before',
    'Duty manager at the leisure centre. 2yo boy, blue dungarees, gone from the soft play about 10 mins ago, mum frantic, staff on every exit. Police now or do we finish our own search first?',
  ])('danger now: %s', (text) => {
    const verdict = assessUrgency(text);
    expect(verdict.urgent).toBe(true);
    expect(verdict.tier).toBe('now');
  });

  it.each([
    '13yo boy has been really withdrawn, today told his mentor that his football coach used to "massage" him after training when he was 11. Coach still runs the under 12s',
    'kid wont stop crying says step dad will kill him when he gets home for the report card',
    'child with no phone missing from the park, friends say a man offered him a lift',
    "an 8yo said 'when I go to grandma's I have to get the special cut so I'm clean like mummy' - no dates. what do I do?",
    'A health visitor has completed an FGM risk assessment for a baby girl whose mother and older sisters have all undergone FGM. The family plan to visit their home country next year.',
    'A school nurse has been told by a Year 9 girl that she was "cut" when she was younger during a family visit to Egypt. She reports occasional pain. What should happen now?',
    'coach here - one of the under 10s has a big bruise on his back, says dad did it when he lost his temper after the match on sunday. how do I report this',
    'fsw - 6yo told me mum goes out at nite n she wakes up n no1s there. when shd i refer',
    "A 13yo told the learning mentor: \"My cousin got stabbed last month and now they're saying I'm next because I'm his family\".",
    'GP - 15yo presents w painful periods, on exam signs of type 1 FGM, she says it was done "when i was a baby"',
    'prob nothing but a 6yo acted out "dad punching mum" in the role play corner and said "that\'s what happens at my house"',
    'boy 8: "I get the punishment in the bathroom so nobody hears"',
    'he said "I don\'t want to die exactly, I just don\'t want to be here"',
    "HV - partner answered for mum all visit and wouldn't leave the room, she looked frightened",
    "kid yr 4 says dad is back living w them even tho there's meant to be a court order, says they argue loads",
    "lad (16) paid £100 to a scammer who had his pics, they're asking for more",
    '13yo: "I help my cousins with their business, they pay me for dropping off packages"',
    'Our school nurse was told by a 14yo: "I only have to hold it at mine, I don\'t sell it, so it\'s not really a crime is it?"',
    'parent refusing chemo for her 8yo, wants to use herbal remedies',
    "HV - baby's weight has dropped from the 50th to the 2nd centile, mum cancels every appt",
    'HV: baby sleeping in a drawer, no cot, parents smoking cannabis in the room',
    "Theo (5) said 'we have cereal with water because mummy says milk is for grown ups' and 'the baby sleeps in the drawer'.",
    "I might be reading into it, but Harrison (5) told his TA that grandpa makes him keep a secret about bath time and he'll be 'in big trouble' if he tells.",
    'During a routine 9-month check I noted bruising to both ears and the side of the neck. He is not yet mobile. Mother explained that he bumps into the cot bars.',
    "yr 5 lad locked out after school most days, sits in the stairwell till 8 when mum's back from work, says he's used to it. What age can they legally be home alone?",
    "not wanting to overreact but he googled 'how deep to cut to need stitches' on the school laptop, the filtering flagged it first thing this morning",
    "A 15-year-old with moderate learning disabilities has told her support worker she is 'getting a husband' this summer. The family has enquired about a spouse visa.",
    'Operation Encompass call this morning for two of our pupils, incident at 1am, dad arrested then released. Both kids are in. What do I need to do today?',
    "Bit unsure, a new pupil lives with a 'guardian' who isn't family and doesn't know her birthday, and she does all the cooking and childcare for the house.",
  ])('urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'How do we record FGM in a 30yo patient who was cut as a child abroad and has no daughters? GP here, is it the same mandatory reporting as for under 18s?',
    'we are booking a baby massage class for the parents group',
    'what does our training say about when a child discloses',
    'can I take the nursery class to the book corner for story time',
    'who is next on the rota for hosting the forum',
    'what if a child has a bruise and says dad did it',
    'what are the signs of FGM we should look out for in a primary school',
    'can we use the role play corner for a lesson on feelings',
    'what is a non molestation order and who can apply for one',
    "Year 8 asked me 'Miss, what's grooming? It was on the news'. What age-appropriate explanation do others use?",
    'what is Operation Encompass and how do schools sign up',
  ])('not urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });
});

// A review of round 11 found these: real concerns beside words that sound like a lesson, the news or
// a reassurance, and ordinary messages the first versions of the new rules read as concerns.
describe('assessUrgency: round 11 review', () => {
  it.each([
    'year 8 girl told me her uncle touches her at night, she got upset after a story on the news about abuse',
    'The family were on the news after the fire; the kids are sleeping in the car',
    'in our lesson on body parts Ruby said grandad touches her privates',
    "Kayla said the word 'sex' in a lesson on families and said mummy's boyfriend does sex to her",
    'we were doing a lesson about worries and Ellie said she is scared to go home because dad will hit her',
    "Year 9 girl lost a stone in a month, skipping every lunch and exercising constantly, fell out with her group but they're best mates again",
    '8 year old has been soiling daily for a month and is withdrawn, had a fall at home, gp has checked',
    '16yo sofa surfin 4 weeks after a row wiv dad stayin wiv mates got a place 4 the next few nites but nothin long term who do i contact',
    'We counted 23 and should have 24. Bobby who is 3 is not with us. The side gate onto the main road was open.',
    'Minutes after a row with her boyfriend she took 20 paracetamol',
    "Days after a visit to his dad's, he came in with cigarette burns",
    "Several months after a referral, mum's partner is still hitting the kids",
    'We are searching the park, Ellie (4) wandered off from the group 10 mins ago',
    'staff are searching the building for a child who left the classroom',
    'staff are searching everywhere for Tyler, age 5',
    'counted 23 and should have 24, Jake is not in the toilets or the hall',
    'Counted 28 and should have 30, two off sick, and a third we cannot find',
    'one child is unaccounted for after the fire drill',
    'stepdad goes into her room at bedtime and locks the door',
    "mum's partner sneaks into her room when mum is asleep",
    'Operation Encompass notification this morning for Tyler in Y3',
    'her sister had her cut done in Somalia',
    'Y8 girl keeps saying she does not want to be here',
  ])('urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'dad went into the room and took the register',
    'grandad went into the room to say goodnight',
    'brother gets into his bed when scared of storms',
    'his dad went into the bedroom to wake him for school',
    'operation encompass email goes to which inbox?',
    'spouse visa and free school meals for the kids?',
    'mum had a cut and was bleeding at pickup',
    'Our medicines policy says children have to keep it at home if it is not prescribed',
    'In the days after a child discloses abuse, who should speak to the parents?',
    'staff are searching the building for the keys',
    'counted 28 and should have 30, two off sick',
    'will do what they did at oakfield next week',
    'we are searching the building for the lost property',
    'her sister had a cut on her hand',
    "we are looking for a volunteer for the children's forum",
  ])('not urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });
});

describe('assessUrgency: guidance questions whose words have another sense', () => {
  it.each([
    'can a 17yo claim universal credit on their own',
    'can a 16 yr old get universal credit on their own',
    'can a parent kick one off themselves',
    'Child in my class has an EpiPen – how many should school keep on site?',
    "youth worker: is 'effective communication and engagement' part of the common core?",
    'baby Theo, 5 months, born with a heart condition, mum on her own - does that make him a s17 case?',
    'dealing with a tricky case, who do I ask about thresholds?',
    'The family are fully engaged and supportive, what is the EHCP process for a 4-year-old?',
    "Quoting the first aid course handout: 'A baby who is not breathing properly requires a 999 call.' Can I use that on our poster?",
  ])('not urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });

  it.each([
    'he said he wants to off himself',
    'she is 15 and engaged to her cousin, wedding in pakistan in the summer',
    'he is dealing drugs for older boys',
    'kid used his epipen at lunch and his lips are swelling',
    'the 8yo was left on his own till 11pm',
    'she is 14 and out on her own till 2am most nights',
    'dad makes them fight each other and films it, the 7yo told me',
    'In one of the families who declined, the 7yo told our worker that dad makes him and his brother fight in the garden.',
    // The other sense's exclusions must not reach these (a review's messages).
    'kid with nut allergy just ate a cereal bar with nuts, he has an epipen, do we use it?',
    'we have an epipen but he is wheezing after eating peanuts',
    'she carries an epipen and she has been stung and is wheezing',
    'used the epipen in school, he is still not right',
    'used her epipen on site, what next',
    'im 15 and engaged and i dont want to be',
    'im 14 they got me engaged n im scared',
    'the girl is 12, engaged and the wedding is next month',
    'she was engaged at 12 to her cousin',
    'i want to finish it off myself',
    'my 14yo is dealing with a man called T, out all night',
    'dad is kicking off at home and the kids are scared',
    'step dad kicking off about the fine right now, the kids are scared',
    'at the door now - dad kicking off about the letter, baby inside screaming',
  ])('urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });
});

describe('assessUrgency: an emergency happening now, then a question', () => {
  it('keeps a child having an asthma attack now as danger now, whatever the question after it', () => {
    expect(
      assessUrgency(
        "teaching assistant - Jake (6) is having an asthma attack, his inhaler is empty and he's struggling to talk. do we need parental consent before calling an ambulance?",
      ),
    ).toMatchObject({ urgent: true, tier: 'now' });
  });
});

describe('assessUrgency: concerns written as a process question (batch Q)', () => {
  it.each([
    "family support - dad admitted to me he's drinking two bottles of vodka a day and is sole carer for his 5yo. does this meet threshold for CSC or early help?",
    'youth worker - 15yo boy keeps carrying a knife "for protection", says he got jumped last month. not carrying it today as far as I know',
  ])('a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'dad likes a drink with his mates at the weekend, is that a concern for his 5yo?',
    'what happens to young people arrested for possession with intent?',
    'is it illegal to leave a child on a bus on their own?',
    // A second review's look-alikes: an adult "unresponsive" or "struggling", a news item, history.
    'asthma attack in PE, inhaler given, child recovered fully, mum is unresponsive to calls so we left a voicemail',
    'the new SENCO is drowning in EHCP paperwork and is struggling to talk to parents about it, any advice?',
    'kids fell over on the ice at break, a few grazes, all treated, one parent is having a fit about it on facebook',
    'news today: a 14 year old was arrested for possession with intent in our town, should we do an assembly on county lines?',
    'his brother was stabbed last year, mum keeps asking about counselling for the family, who do I refer to?',
    'dad hit mum last year but has moved out, she is still a bit anxious, any parenting courses?',
    'a boy on a CP plan for physical abuse transfers to us next week, who requests the safeguarding file?',
  ])('not urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });
});

describe('assessUrgency: a third review of the round', () => {
  it.each([
    'the baby is unresponsive, do we need parental consent before we call an ambulance for her',
    'Jayden is having a seizure in class, do we need to ring his mum before we call 999',
    'Amira is struggling to breathe in PE, do we need consent to use the spare inhaler in school',
    'my grandson is having an allergic reaction, lips swelling, can school staff use his epipen without consent',
    'child in my class is turning blue, what is the protocol for first aid in our school',
    'my nephew is fitting in the back of the car, what is the policy on calling parents first',
    'toddler fell off the climbing frame and is not breathing properly, do we need parental consent before we ring 999',
    'she ate a nut bar and is struggling to breathe, can school staff use the spare epipen without consent',
  ])('an emergency now, then a question: %s', (text) => {
    expect(assessUrgency(text)).toMatchObject({ urgent: true, tier: 'now' });
  });

  it.each([
    'mums bf keeps smashing the house up since he came back last month, 3 kids live there',
    'dad keeps kicking off at home since he lost his job last year, kids hiding in their rooms',
    'he keeps going out carrying a knife since his mate was stabbed last month',
    'they keep carrying knives since the fight last month',
    'he was arrested for carrying a knife, he is out with it again tonight',
    'she was arrested for shoplifting and said the man she stays with makes her have sex with his mates',
  ])('a concern that goes on: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });
});

describe('assessUrgency: batch R, a danger inside a process question', () => {
  it.each([
    'do I need to finish the EHA before anything else? the baby I am seeing has stopped breathing for a few seconds twice',
    'is a welfare check a referral? mum posted that me and the kids will be with the angels tonight',
  ])('danger now: %s', (text) => {
    expect(assessUrgency(text)).toMatchObject({ urgent: true, tier: 'now' });
  });

  it.each([
    'what form do I use for a TAF? also one of my year 5s says her uncle does stuff to her when he babysits',
    'how long do we keep records, a 14yo keeps getting collected by older men after school',
    'one of the sixth formers says his family will disown him if they find out about his boyfriend',
    'one of our students says something bad will happen to her if her brothers find out she has a girlfriend',
  ])('a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'we are planning to take the kids abroad for a school trip in June, which consent forms do we need?',
    'mum does things with her at weekends like baking, any ideas for family activities?',
    'the year 3s are dropped off by men from the council transport team, who checks their DBS?',
  ])('not urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });
});

describe('assessUrgency: concerns inside early help process questions', () => {
  it.each([
    'school nurse here, a 14 yr old told me she is sleeping with a 23 year old, is this early help?',
    'what is the Prevent referral form? a year 10 boy showed his mates a pipe bomb he made',
    'how do I update the TAC plan? also the toddler in the family has a swollen leg and cannot stand on it, mum refuses to take him to hospital',
  ])('still a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });
});

describe('assessUrgency: batch S, a concern after a process question and in a child’s words', () => {
  it.each([
    "can I get the TAF template? also Maisie (7) has a bruise on her cheek, mum says she fell off the trampoline but they don't have one",
    'is the forum on the 12th? btw one of my families - Reece (15) has been sofa surfing at mates since half term after a row with his mum',
    'what time is the panel? also Hana, year 10, says her parents are looking for a husband for her after her exams',
    'any spaces on the course? also a man on Fortnite keeps asking one of my year 6 girls to meet him',
    "Kian (12) said 'the older lads look after me now, I owe them'",
    "Poppy (4) said 'my bum hurts where grandad touched it'",
  ])('a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'ex just turned up at the refuge threatening everyone and the kids are inside',
    "Tom (15) messaged me: 'this is my last day, I've written letters for everyone'",
  ])('danger now: %s', (text) => {
    expect(assessUrgency(text)).toMatchObject({ urgent: true, tier: 'now' });
  });

  it.each([
    'what should I do after a row between two parents at a TAF meeting?',
    'can I get the TAF template? also can we move the forum to thursday',
    'I owe them a thank you card, the TAF went really well',
    'section 17 is for children in need, so what is section 47 for?',
  ])('not urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });
});

describe('assessUrgency: unsupervised contact is an arrangement, not a child alone', () => {
  it('does not let "no unsupervised contact" cancel a danger now', () => {
    expect(
      assessUrgency(
        'dad at gate drunk wants 2 take jay 5 theres a CP plan no unsupervised contact hes here now',
      ),
    ).toMatchObject({ urgent: true, tier: 'now' });
  });

  it('reads "unsupervised contact at weekends" as no child alone', () => {
    expect(assessUrgency('dad has unsupervised contact at weekends, does that go in the plan?').urgent).toBe(
      false,
    );
  });
});

describe('assessUrgency: the classifier reads what follows a turn on its own', () => {
  it('hears a concern after "btw" that the question before it had drowned', () => {
    expect(
      assessUrgency(
        "how long do we keep EHA records after closure? btw one of my families - Jordan (16) has been sofa surfing at mates' houses since Christmas after a row with his dad",
      ).urgent,
    ).toBe(true);
  });
});

describe('assessUrgency: batch T, young people writing and worries already in hand', () => {
  it.each([
    'im 15 and my dad says i have to marry a man from back home when i leave school, i dont want to',
    'he came back with a cast, says he fell off a trampoline but they do not have one',
    'she went missing on the zoo trip and we still have not found her',
    'a year 9 boy got a message: send me £50 in gift cards or I will share the pics with your school',
  ])('a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'Is there a form for Healthy Start vouchers or do families apply themselves?',
    'the boy who went missing on the zoo trip for 5 minutes was found straight away in the gift shop, parents told',
    "Tom (Y3) is upset because his parents are separating, they both came in together to tell us, he's doing okay. Anything we can offer?",
    'she came back with a cast, broke her wrist on a trampoline at a party, hospital letter seen, all consistent',
  ])('not urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });
});

describe('assessUrgency: a review of round 14', () => {
  it.each([
    'my ex texted: we are going to take the kids abroad for a visit and you will never see them again',
    'went missing from school at 2pm, police found her bag in the car park, still no sign of her',
    'he has been reported missing, last time he was found in the car park of the flats with older men',
    '15 yo reported missing, mum claims she came back safe and well but nobody has seen her since',
    'head injury letter sent home, now he is saying he cant see properly',
    'head injury slip sent home with the baby, 4 months old, bump on the head, mum could not explain it',
    'his hair has been shaved off by his stepdad as a punishment, mum is aware',
    '10 yo has been coming in tired every day, mum drinking heavily, parents informed',
    '6 yo keeps falling asleep in class, hair full of lice and unwashed, dad informed',
    'how long do we keep records? btw one of my families - Jade (16) has been sofa surfing',
    'also Jade, 16, has been sofa surfing',
    'im 14, my boyfriend is 23 and wants me to move in with him',
  ])('still a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'this is my last day in post, who do I hand the caseload over to?',
    'this is my last night shift on the ward, who covers the TAFs tomorrow?',
    'ive written letters for everyone in my class for the end of term',
    'mum said all of us are at peace with the adoption plan',
    'me and the kids will be gone by the time he gets back from work, refuge place confirmed',
    'every child in reception must be collected by adults not siblings, is that the policy',
    'someone on whatsapp from the school asked to meet me about the referral for the 12 yr old',
    'case study for training: a mum asks about a CAF. Also the 14 year old says her uncle touches her. What should the practitioner do?',
  ])('not urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });
});

describe('assessUrgency: a second review of round 14', () => {
  it.each([
    'we had an inset day on tuesday. also kai 5 came in with a black eye today and says dad punched him',
    'need a case study for team meeting | also jaden 8 disclosed dad hits him with a belt',
    'I need a scenario for my students. Separately, a 6 year old in my class has a burn mark shaped like an iron on his arm',
    'quick one about the serious case review we read. also amira 14 said her uncle touched her',
    'she texted this is my last day i cant do it anymore',
    'she posted this is my last night everyone',
    'she has written letters for everyone and given her things away',
    'mum texted saying me and the kids will soon be gone',
    'mum posted that all of us are going to be at peace tonight',
  ])('a danger or concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });
});

describe('assessUrgency: triage batch W', () => {
  it.each([
    'An estranged father, who is subject to a court order preventing contact, has just entered school reception demanding to take his daughter. She is in class.',
  ])('danger now: %s', (text) => {
    expect(assessUrgency(text)).toMatchObject({ urgent: true, tier: 'now' });
  });

  it.each([
    "he says dad 'gives him the special sweets to make him calm' before weekend contact and he's very drowsy every monday",
    'I have been told that a teaching assistant has been sending private Instagram messages to a Year 10 pupil, including comments about her appearance. What is the correct procedure?',
  ])('a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'mum gives him melatonin to help him sleep, the paediatrician prescribed it',
    "what's our policy on teachers sending private messages to pupils on instagram?",
    'what should reception do if a parent with a court order comes in demanding to take their child?',
    'how do i keep the aunts name out of it when i pass on, she only told me cos i said it wouldnt come back to her',
  ])('no rule reads a danger: %s', (text) => {
    expect(assessByRules(normaliseForTriage(text)).urgent).toBe(false);
  });

  it.each([
    'the PE teacher has been messaging a year 9 girl on snapchat late at night, who should I tell',
    'her teacher messages her on insta every night',
    'the foster child that did not come back',
  ])('a review found these: still a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'the class teacher messaged her mum on whatsapp to say she had a good day',
    'the teacher sent her home because she was feeling sick at night',
    'ta, i sent her the snapchat safety leaflet',
    'is it ok for staff to message pupils on whatsapp?',
    'the school nurse gives him his medicine so he calms down at lunch, parents consented',
    'mum gives him his tablets so he is quiet in class, the adhd ones',
    'the court order paperwork arrived, the social worker has just arrived at reception for the meeting',
  ])('a review found these: no rule reads a danger: %s', (text) => {
    expect(assessByRules(normaliseForTriage(text)).urgent).toBe(false);
  });

  it.each([
    'Dad, who has a court order preventing contact, has just entered the school building.',
    'dad gives him vodka to make him sleep, i told the school nurse',
    'mums boyfriend gives her drinks to make her sleep',
  ])('a second review found these: still a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });
});

describe('serious violence now, and toys that share a weapon’s name', () => {
  it.each([
    'dads got the kid by the throat in the leisure centre car park someone help',
    'his hands round her neck in the hallway, she is 9, come now',
    'gang lads just dragged a yr 8 into a car outside the gates he was screaming',
    'a man bundled a little girl into a white van by the park',
    'there were shots fired outside the flat',
    'gun shots outside skl gates kids still out on yard',
    'kid in yr 11 waving what looks like a real pistol in the boys toilets others filming no staff there yet',
  ])('danger now: %s', (text) => {
    expect(assessUrgency(text)).toMatchObject({ urgent: true, tier: 'now' });
  });

  it.each([
    'nerf guns at the yr 6 leavers party yes or no',
    'is there any guidance on toy guns in school activities',
    'dad put the shopping into the car',
    'we bundled the kids into the minibus for the trip',
    'there was a shooting in manchester on the news, do we talk to the kids about it?',
    'there was a stabbing outside the school last year, any resources?',
    'she was holding the baby by the neck of his babygrow to pull it on',
    'first aider had his hands round her neck to check the pulse',
    'the toddler had me round the neck all night, teething',
    'my son has me by the throat over screen time haha',
    'the boys had him by the throat in the rugby scrum',
    'she retracted the claim that he had her by the throat, police nfa',
    'we bundled the kids into the car and went to the seaside',
    'i pulled my daughter into the car out of the rain',
    'the year 5 drama piece shows a boy being dragged into a van, quite dark for their age',
    'there has been a stabbing in the park over the years, residents want cctv',
    'there was a shooting outside the house in the film we watched in PSHE',
    'he shot at the kids with a water pistol in the garden',
    'he was put into a taxi to school by the council',
    'the boys had nerf guns at the party, not real ones obviously',
    'he waved a water pistol at the dinner lady and soaked her',
  ])('no danger: %s', (text) => {
    expect(assessByRules(normaliseForTriage(text)).urgent).toBe(false);
  });

  it.each([
    'dad threatened the kids with a nail gun',
    'someone fired a paintball gun at kids from a car outside school',
    'he’s got a water pistol filled with bleach and is squirting kids with it',
    'man waving a wooden bat at the kids outside the school',
    'the boy had a toy gun that turned out to be real',
    'a boy was pulled into a car near the school',
    'someone fired shots at the family home',
    'the kids had nerf guns at the party and a boy pulled a knife on another kid',
    'a man dragged a girl into a van outside the school, she was screaming, I was late for pick up',
    'there were shots fired outside the flat, I have it on camera',
    'lads kicked off after the football, shots fired outside the school gates',
    'dad has her by the throat, police are on the scene',
    'they dragged him into a car outside the play park',
  ])('a review found these: still danger: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it('reads shooting season as no shooting now', () => {
    expect(
      assessUrgency('someone was shooting on the estate, grouse season, the kids heard it from the garden')
        .tier,
    ).not.toBe('now');
  });

  it('leaves a denial of strangling to the classifier instead of reading it as reassurance', () => {
    const reading = assessByRules(
      normaliseForTriage('dad says he never had her by the throat, he just held her arm'),
    );
    expect(reading.urgent).toBe(false);
    expect([...reading.cancelled]).not.toContain('negated');
  });
});

describe('round 18: a young person writing, sextortion, forced marriage, radicalisation', () => {
  it.each([
    'a guy on snap has my pics and wants more or hes sending them to my school',
    'someone online has my nudes and says hell send them to everyone unless i pay',
    'im 14 and a man online keeps asking me to meet up',
    'i am 12 and there is never food in my house',
    "In her words, 'I cut when it gets too much, it helps'.",
    'he says he cuts to cope',
    "a Year 11 said her family are 'sorting a rishta' and she'll be married before uni",
    "Not sure whether to escalate - a Year 11 said her family are 'sorting a rishta' and she'll be married before uni.",
    'boy in year 10 wrote in his book that the jews control everything and we need to take our country back',
    "I've been talking to people online who say the government is our enemy and we need to fight. They want me to join their group and meet up.",
  ])('is a concern or danger: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'The boys were play fighting at lunch and one got a bloody nose - ice pack, parents informed, all fine now. Do I log it?',
    'Doing the Tudors - Henry VIII beheading his wives. Year 4 loved the gory bits a bit too much lol.',
    'she cuts when she is cooking dinner',
    'I am 12 weeks pregnant, can I still refer my eldest?',
  ])('is neither: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });

  it('keeps a threat to die tonight as danger now', () => {
    expect(assessUrgency('she said she is going to die if she goes home tonight').tier).toBe('now');
  });

  it('reads dying for want of concert tickets or of embarrassment as no suicide risk', () => {
    expect(assessUrgency('he says he is going to die of embarrassment').reasons).not.toContain(
      'suicide_risk',
    );
    expect(
      assessUrgency(
        "Girl in Year 9 said she's 'literally going to die' if she doesn't get tickets for the concert.",
      ).reasons,
    ).not.toContain('suicide_risk');
  });

  it.each([
    'she is 14 and going to die of shame, he is threatening to post the pics tonight',
    'she is 15 and says she is going to die if she does not get away from her stepdad who hits her',
    'he says he is going to die if he does not get his insulin, mum has not collected it',
    'in history he was showing beheading videos on his phone to other year 8s',
  ])('a review found these: still danger: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'she went missing before easter but has been home since',
    'dad wants him to join the army when he leaves school',
    'the brownies invited her to join the group',
    'mum thinks the school is the enemy',
    'the baby is not food allergic but the GP wants tests',
    'they cut to cope with the budget pressures',
    'a parent is threatening to share my photos from the school trip on the local facebook group',
  ])('a review found these: no concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });
});

describe('round 19: concerns written understated', () => {
  it.each([
    "housing officer on site, theres screaming coming from the flat upstairs and a kid crying 'stop daddy stop'",
  ])('is danger now: %s', (text) => {
    expect(assessUrgency(text).tier).toBe('now');
  });

  it.each([
    'Our Year 1 girl has had head lice since before Christmas, there are sores all over her scalp now.',
    "The little girl I mind keeps asking if she can take her leftovers home 'for my brother'.",
    "Can I put in the Early Help plan that the kids' bedrooms have no bulbs so they go to bed in the dark? Also the youngest still isn't registered with a GP.",
    "GP receptionist here - we've sent the third did-not-attend letter for a 4yo who needs a heart murmur follow up, mum just hangs up on us.",
    'lads had a weepy smelly ear for about a month, sais it hurts at nite and he cant hear the teacher on that side',
    'Bit worried - the twins (7) walk home by themselves and let themselves in, dad does not get back till 8 or 9.',
    'Mum’s new fella shouts a lot apparently, and the little one flinches whenever you raise a hand near her.',
    "She's got a new older 'friend' who's very generous, and she comes back from weekends looking wiped out and hungover. 13.",
    'Is it something to worry about that a 13yo had a train ticket to Swansea and £300 in his blazer?',
    'Student has told a classmate that people who don’t follow the right way deserve what’s coming to them.',
    "FYI really - the boy I mentioned before went 'walkabout' overnight, a neighbour found him at 5am.",
    'Is it a safeguarding issue if there are needles lying about? Health visitor - saw one on the bathroom windowsill within reach of the 18 month old.',
  ])('is a concern: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'he was shouting leave me alone at his teacher',
    'she was crying help me with my homework',
    'our year 9s let themselves in after school, is that ok',
    'she flinches at loud noises, autism assessment pending',
    'she had 300 in her bag for the trip deposit',
    'The police have asked for a list of all households with children aged 12-17 on the estate. Is that proportionate?',
  ])('is neither: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });
});

describe('round 19, what a second review found', () => {
  it.each([
    "she's planning to jump off the bridge before christmas, 15",
    "mum's partner said he'll kill her before then, she's 13",
    'heard him shouting please stop mum, then a bang, should I ring police?',
    'she was crying stop it daddy, neighbours rang us',
    'a man online has my pics and wants more',
    "they cut when it gets too much, they're 14 and non-binary",
    'year 9 boy saying migrants are replacing white people',
  ])('is urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'she went missing before easter but has been home since',
    'she was crying please stop tickling me, they were both in fits of giggles',
    'my daughter was screaming help me because there was a spider in the bath',
    "I'm going to die if I don't get this report done by 5",
    'The kids are going to die of excitement when they see the snow',
    'the year 13s were out all night after prom and came back for breakfast at school',
    'the kids go to bed in the dark in the tents on the year 6 residential',
    'In food tech the year 8s take the food home for their brothers and sisters to try',
    "my son's glasses broke on Saturday, not been replaced yet as the optician is closed till Monday",
    'they cut to cope with the budget pressures',
  ])('is neither: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });

  it('reads a missing episode that is over as a concern for today, not danger now', () => {
    expect(
      assessUrgency(
        'foster carer says our 13yo went missing friday night, came back sunday, wont say where she was, and shes done it twice before this term. police did a return chat but she said nothing',
      ).tier,
    ).toBe('today');
  });
});

describe('round 20: danger now in every register', () => {
  it('reads a parent writing of a partner who pushes them about in front of the children', () => {
    expect(
      assessUrgency(
        "I'm struggling. My partner shouts and pushes me about when he's had a drink and the kids see it. He's not hit them.",
      ).urgent,
    ).toBe(true);
  });

  it('keeps a threat to kill said laughing beside a knife as danger', () => {
    expect(
      assessUrgency(
        "Dad held a knife to mum's throat and said he would kill her, he was laughing, the kids saw it.",
      ).tier,
    ).toBe('now');
  });

  it('reads a sports knock as no assault, and a bat used by older boys as one', () => {
    expect(
      assessUrgency(
        'A boy got hit in the face by a cricket ball at practice, ice pack, parents collected him',
      ).reasons,
    ).not.toContain('violence');
    expect(assessUrgency('he got hit with a bat by older boys on the estate').reasons).toContain('violence');
  });
});

describe('round 20, what a third review found', () => {
  it.each([
    'She has been beaten with a stick by her stepdad, welts on her legs.',
    'Neighbour filmed a video of the child screaming get off me through the wall',
    'Heard the child next door sobbing stop daddy while the TV was playing loud.',
    'There are no bulbs in any of the rooms, the kids go to bed in the dark.',
    "My son went AWOL overnight, he's 12, police brought him back this morning.",
    'Weed left out on the kitchen table, the baby is crawling.',
    "Mum's ex is threatening to kill her before Friday",
    'he has threatened to kill her before and is outside now',
    "She has gone AWOL again from the children's home",
  ])('is urgent: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(true);
  });

  it.each([
    'Heard the boys in the garden yelling get off him during rugby practice, all fine.',
    'Neighbours could hear me saying please stop to my teenagers arguing over the remote.',
    "He went walkabout round the garden centre, he's 3.",
    'My toddler hits me when he is tired and the baby sees it, how do I handle it?',
    'They cut to cope with rising demand and closed the library.',
  ])('is neither: %s', (text) => {
    expect(assessUrgency(text).urgent).toBe(false);
  });
});
