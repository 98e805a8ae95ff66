import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/language/clean-text.ts';
import { MAX_MESSAGE_LENGTH, tooLongReply } from '../../../src/core/language/limit-message.ts';
import { normaliseMessage } from '../../../src/core/language/normalise-message.ts';
import { expandShortForms, normaliseQuestion } from '../../../src/core/language/normalise-question.ts';
import { TEXT_SPEAK } from '../../../src/core/language/text-speak.ts';

const text = (q: string) => normaliseQuestion(q).text;

describe('normaliseQuestion', () => {
  it('turns text-speak and chat abbreviations into plain words', () => {
    expect(text('whats a TAF mtg for')).toBe('what is a taf meeting for');
    expect(text('diff between s17 and s47??')).toBe('difference between s17 and s47');
    expect(text('cn i share w school b4 the appt')).toBe('can i share with school before the appointment');
    expect(text('shld i tell the fam abt the info')).toBe('should i tell the family about the information');
    expect(text('am i stuck being the LP 4ever')).toBe('am i stuck being the lp forever');
  });

  it('reads ages, school years, sections and slashed short forms as words', () => {
    expect(text('cn a 14yo say no to a caf')).toBe('can a 14 year old say no to a caf');
    expect(text('15 y/o and a 9 yrs old')).toBe('15 year old and a 9 year old');
    expect(text('yr4 pupil, y 10 too')).toBe('year 4 pupil year 10 too');
    expect(text('share w/o consent b/c of risk')).toBe('share without consent because of risk');
    expect(text('is s.47 the same as sec 17 or section47')).toBe('is s47 the same as s17 or s47');
    expect(text('TAC vs TAF')).toBe('tac versus taf');
    expect(expandShortForms('early help = early years')).toContain(' means ');
  });

  it('keeps ordinary words that look like short forms', () => {
    expect(text('why is the year 6 trip')).toBe('why is the year 6 trip');
    expect(text('the SW said yes')).toBe('the sw said yes');
  });

  it('sets a role prefix apart from the question, in its usual forms', () => {
    expect(normaliseQuestion('HV here - consent needed b4 i share w school?')).toMatchObject({
      role: 'hv',
      text: 'consent needed before i share with school',
    });
    expect(normaliseQuestion('SW here: can I close the case?')).toMatchObject({
      role: 'sw',
      text: 'can i close the case',
    });
    expect(normaliseQuestion('as a school nurse, can i start a caf')).toMatchObject({
      role: 'school nurse',
      text: 'can i start a caf',
    });
    expect(normaliseQuestion('As the DSL do I chair the TAC?')).toMatchObject({
      role: 'dsl',
      text: 'do i chair the tac',
    });
    expect(normaliseQuestion("I'm a TA at a primary school, can I be LP?")).toMatchObject({
      role: 'ta',
      text: 'can i be lp',
    });
    expect(normaliseQuestion('Early help coordinator asking: who signs off closure?')).toMatchObject({
      role: 'early help coordinator',
      text: 'who signs off closure',
    });
    expect(normaliseQuestion('Health visitor: who picks the LP?')).toMatchObject({
      role: 'health visitor',
      text: 'who picks the lp',
    });
    // "I'm a ..." ending at "and", a bracket after the role, and roles without a worker's noun.
    expect(normaliseQuestion('ok so im a youth worker and the young person wants to come')).toMatchObject({
      role: 'youth worker',
      text: 'the young person wants to come',
    });
    expect(normaliseQuestion('Im a DSL (primary) and a parent wants to withdraw consent')).toMatchObject({
      role: 'dsl',
      text: 'a parent wants to withdraw consent',
    });
    expect(normaliseQuestion('Forum host: I want a 5-minute update').role).toBe('forum host');
    expect(normaliseQuestion("I'm a bit worried and the mum said no").role).toBeUndefined();
  });

  it('does not mistake a question or a topic for a role', () => {
    expect(normaliseQuestion('can I post names here? thanks').role).toBeUndefined();
    expect(normaliseQuestion('TAC vs TAF: what is the difference').role).toBeUndefined();
    expect(normaliseQuestion('Consent: who gives it?').role).toBeUndefined();
    expect(normaliseQuestion('what is a lead professional').text).toBe('what is a lead professional');
    // Placeholders are gone by the time the role is read: what is left is the question's own start.
    expect(normaliseQuestion('[name] (5) moved here from leeds, can i see his old caf?')).toMatchObject({
      text: '5 year old moved here from leeds can i see his old caf',
    });
    expect(normaliseQuestion('sharing about [name] w gp - is rule 1 about gdpr?').role).toBeUndefined();
    expect(normaliseQuestion('Welfare officer at a sports club - who do I tell?').role).toBe(
      'welfare officer at a sports club',
    );
    // The lead professional's role is a topic of the guidance: kept in the question it opens.
    expect(normaliseQuestion('LP for the [name] family - which jobs are mine?')).toMatchObject({
      text: 'lp for the family which jobs are mine',
    });
    expect(normaliseQuestion('im the lead for the [name] family, what does that role involve?').text).toBe(
      'i am the lead for the family what does that role involve',
    );
    expect(normaliseQuestion('as the LP, am I accountable to the TAC?').role).toBeUndefined();
    expect(normaliseQuestion("I'm the lead for safeguarding in [school], what is a TAF").role).toBe('lead');
  });

  it('reads an age typed after a redacted name as an age, and drops the initial', () => {
    expect(normaliseQuestion('[name] (14) wants help, can she ask herself').text).toBe(
      '14 year old wants help can she ask herself',
    );
    expect(normaliseQuestion('[name] b (10) at [school] has bruises').text).toBe('10 year old has bruises');
    expect(normaliseQuestion('a pupil (year 6) and [name]').text).toBe('a pupil year 6 and');
  });

  it('splits a message with several questions into its parts', () => {
    const q = normaliseQuestion('Who chairs the TAC? And does mum have to come. Also when do we review');
    expect(q.parts).toEqual(['who chairs the tac', 'and does mum have to come', 'also when do we review']);
    expect(q.text).toBe(q.parts.join(' '));
    expect(normaliseQuestion('who chairs the tac').parts).toEqual(['who chairs the tac']);
  });

  it('drops the privacy guard placeholders and the labels typed in front of them', () => {
    // A person or a place is dropped; a piece of data reads as its kind, once, when the question
    // is about it, and not when it is given in passing as someone's detail.
    const q = normaliseQuestion(
      'can I share the caf for [name] dob [date of birth], NHS no [NHS number], lives at [address]?',
    );
    expect(q.text).toBe('can i share the caf for');
    expect(normaliseQuestion('can I email [NHS number] and [date of birth] to the TAC').text).toBe(
      'can i email nhs number and date of birth to the tac',
    );
    expect(normaliseQuestion('mum ([name], [phone]) keeps saying no to early help').text).toBe(
      'mum keeps saying no to early help',
    );
    expect(normaliseQuestion('dad rang from [phone], what is a caf').text).toBe(
      'dad rang from what is a caf',
    );
    expect(normaliseQuestion('can i text [phone] to the sw').text).toBe('can i text phone number to the sw');
    // Where someone lives or goes to school, said before the redacted place, goes with it.
    expect(normaliseQuestion('[name] is a young carer, they live at [address] - is he a cin?').text).toBe(
      'is a young carer is he a cin',
    );
    // The family stays: a family is often what the question is about ("do they need a TAF").
    expect(normaliseQuestion('do the [name] family on [address] need a TAF?').text).toBe(
      'do the family need a taf',
    );
    expect(normaliseQuestion('the head at [school] says we cannot share').text).toBe(
      'the head says we cannot share',
    );
    expect(normaliseQuestion('can I send the EHCP to [school]')).toMatchObject({
      text: 'can i send the ehcp',
      placeholders: ['school'],
    });
    expect(normaliseQuestion('is it ok to post [email] in the channel').text).toBe(
      'is it ok to post email address in the channel',
    );
    expect(q.placeholders).toEqual(['name', 'date of birth', 'nhs number', 'address']);
    const only = normaliseQuestion('[name] [date of birth] [postcode]');
    expect(only.text).toBe('');
    expect(only.parts).toEqual([]);
  });

  it('removes control, zero-width and bidi characters before reading the words', () => {
    const nul = String.fromCharCode(0);
    const q = normaliseQuestion(`who can${nul} st\u200Bart a\u202E caf\u0007`);
    expect(q.text).toBe('who can start a caf');
  });

  it('survives bad input: huge, emoji only, not a string', () => {
    const huge = normaliseQuestion('consent '.repeat(200_000));
    expect(huge.text.length).toBeLessThanOrEqual(8000);
    expect(normaliseQuestion('🙂👍🏽🎉').text).toBe('');
    expect(normaliseQuestion(undefined).text).toBe('');
    expect(normaliseQuestion(42).parts).toEqual([]);
  });
});

describe('the shared normalisation', () => {
  it('keeps the result triage reads: clause and sentence marks, breaks and the command flag', () => {
    const m = normaliseMessage("He's hitting her, she can't go home. Help");
    expect(m.text).toBe('he is hitting her , she cannot go home | help');
    expect(m.breaks).toEqual([m.text.indexOf('|')]);
    expect(m.command).toBe(false);
    expect(normaliseMessage('forum list').command).toBe(true);
  });

  it('lets a reader add its own spellings and fuzzy targets on top of the shared text-speak', () => {
    const spellings = new Map([['mtg', 'gathering']]);
    expect(normaliseMessage('mtg tmrw', { spellings }).text).toBe('gathering tomorrow');
    expect(normaliseMessage('safegaurding', { fuzzyTargets: ['safeguarding'] }).text).toBe('safeguarding');
  });

  it('keeps the text-speak table one plain entry per word', () => {
    for (const [from, to] of TEXT_SPEAK) {
      expect(from).toMatch(/^[a-z0-9]+$/);
      expect(to).toMatch(/^[a-z ]+$/);
    }
  });
});

describe('message limits and cleaning', () => {
  it('refuses a message over the chat limit with its length, and passes one within it', () => {
    expect(tooLongReply('x'.repeat(MAX_MESSAGE_LENGTH))).toBeUndefined();
    expect(tooLongReply('x'.repeat(1_000_000))).toMatch(/1,000,000 characters; the limit is 4,000/);
  });

  it('cleans control characters but keeps emoji and words', () => {
    expect(cleanText(`a\u0000b \u202Ec 🙂\n\n d`)).toBe('ab c 🙂 d');
  });
});
