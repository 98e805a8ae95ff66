import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../../src/core/privacy/index.ts';
import { detectModelNames, MODEL_MAX_LENGTH, modelTokens } from '../../../src/core/privacy/name-model.ts';

const redact = (text: string) => redactPersonalData(text).text;
const modelNames = (text: string) => detectModelNames(text).map((f) => text.slice(f.start, f.end));

describe('the name model', () => {
  it('finds names no rule has a cue for: a sentence-start name, a family name before a dash', () => {
    expect(redact('Zayn wont eat at school, only eats crisps at home, mum is overwhelmed')).toBe(
      '[name] wont eat at school, only eats crisps at home, mum is overwhelmed',
    );
    expect(modelNames('Temi Ahmed: 3 referrals in 6 months all NFA how do I escalate')).toEqual([
      'Temi Ahmed',
    ]);
    expect(modelNames('morning, lacey keeps saying he wants to die. is this a camhs referral')).toEqual([
      'lacey',
    ]);
  });

  it('leaves colleagues, venues, acronyms, products and chat words alone', () => {
    for (const text of [
      'Thanks, Ben',
      'Hi, Sarah here from the nursery - when is the next forum?',
      'Kelly the school nurse asked about the survey',
      'Jane from Barnardo’s will present at the next forum',
      'NSPCC are running a training session at the Guildhall, does it count as CPD?',
      'where is the Lakeside family hub, is it next to the leisure centre',
      'Do the Police use Niche or Athena?',
      'urgent: is DoLS relevant for 16 and 17 year olds?',
      'urgent: willow trees in the school grounds - the site manager asked',
      'Mon-Fri 9-5, is that when the MASH is open',
      'wat ages does the caf actualy cover pls',
      'can I get a summary of the review on Arthur Labinjo-Hughes for training',
      'how does Clare’s law work, can mum ask about her new partner',
      "Robert'); DROP TABLE students;--",
      'Witam, martwię się o dziecko',
      'Jayden',
    ]) {
      expect(modelNames(text), text).toEqual([]);
    }
  });

  it('never reads a word inside an address or an email as a name', () => {
    const text = 'Zayn lives at 14 Kelly Road, email zayn.kelly@example.com';
    expect(modelNames(text).every((name) => !name.includes('Kelly'))).toBe(true);
  });

  it('reads only the start of a very long paste, so screening stays fast; the rules read the rest', () => {
    const text = `${'the forum is on tuesday. '.repeat(Math.ceil(MODEL_MAX_LENGTH / 25))}Zayn wont eat at school`;
    expect(text.length).toBeGreaterThan(MODEL_MAX_LENGTH);
    expect(detectModelNames(text)).toEqual([]);
    expect(
      modelTokens('Ellie-May’s mum, O’Neill and 7').map((t) => [t.norm, t.possessive, t.number]),
    ).toEqual([
      ['ellie-may', true, false],
      ['mum', false, false],
      ["o'neill", false, false],
      ['and', false, false],
      ['7', false, true],
    ]);
  });
});

describe('a child’s school, read from what the child does there', () => {
  it('redacts the school a named child attends, in capitals or not, with or without "Primary"', () => {
    expect(redact('Ali goes to Manor Park Academy, dob 3/3/2015, worried about her')).toBe(
      '[name] goes to [school], dob [date of birth], worried about her',
    );
    expect(redact('Ibrahim Burke is in yr 9 at hillcrest primary, dob 1/2/2011')).toBe(
      '[name] is in yr 9 at [school], dob [date of birth]',
    );
    expect(redact('Emeka McCarthy, dob 1/2/2012 - on roll at Crossley Heath but not attending')).toBe(
      '[name], dob [date of birth] - on roll at [school] but not attending',
    );
  });

  it('does not read a kind of place, a forum venue or an appointment as a school', () => {
    expect(redact('she goes to school every day, dob 3/3/2015')).toBe(
      'she goes to school every day, dob [date of birth]',
    );
    expect(redact('can I attend the forum at Oakfield Primary')).toBe(
      'can I attend the forum at Oakfield Primary',
    );
    expect(redact('Jayden Smith, dob 3/3/2015, is not attending physio')).toBe(
      '[name], dob [date of birth], is not attending physio',
    );
  });
});

describe('addresses written the way practitioners write them', () => {
  it('keeps "no." with the house number and reads flats in named buildings', () => {
    expect(redact('the Begum family at no. 59 hawthorn avenue are back')).toBe(
      'the [name] family at [address] are back',
    );
    expect(redact('mum is at flat 11 mandela house, call her')).toBe('mum is at [address], call her');
    // The building and its street are one address.
    expect(redact('the address we have is 116 Mandela House, Coronation Street')).toBe(
      'the address we have is [address]',
    );
  });

  it('reads a home’s street after a residence cue in lower case, and leaves venues alone', () => {
    expect(redact('they live on fernbank close, is that north or south?')).toBe(
      'they live on [address], is that north or south?',
    );
    expect(redact('the clinic has moved to Pembroke Street')).toBe('the clinic has moved to Pembroke Street');
    expect(redact('room 12 at the Civic Centre is booked')).toBe('room 12 at the Civic Centre is booked');
  });
});

describe('case and pupil reference numbers', () => {
  it('redacts a UPN and a code after a case or record label, and not a section or a count', () => {
    expect(redact('has UPN X139209839346 been flagged as CME?')).toBe(
      'has UPN [reference] been flagged as CME?',
    );
    expect(redact('urgent: ref CS-50129 - can I close this EH case?')).toBe(
      'urgent: ref [reference] - can I close this EH case?',
    );
    expect(redact('Mosaic no EH/2024/172, update on the assessment pls')).toBe(
      'Mosaic no [reference], update on the assessment pls',
    );
    expect(redact('hi all, LCS701058 - I think this was closed by mistake')).toBe(
      'hi all, [reference] - I think this was closed by mistake',
    );
    for (const text of [
      'what is a section 47 enquiry',
      'case 2 of 3 was closed',
      'Working Together 2023 ref 4.2',
    ]) {
      expect(redact(text), text).toBe(text);
    }
  });
});
