import { describe, expect, it } from 'vitest';
import {
  applyRedaction,
  describeFindings,
  detectPersonalData,
  type PersonalDataFinding,
  placeholderFor,
  redactPersonalData,
} from '../../../src/core/privacy/index.ts';
import { ALL_PERSONAL_EXAMPLES } from './personal-examples.ts';

describe('redactPersonalData', () => {
  it('redacts the d29 message to placeholders', () => {
    const { text, findings } = redactPersonalData(
      'Can I do a CAF on Ellie-May Turner, 7 Oak Lane, born 01/02/2017? her dad drinks',
    );
    expect(text).toBe('Can I do a CAF on [name], [address], born [date of birth]? her dad drinks');
    expect(findings.map((finding) => finding.kind)).toEqual(['name', 'address', 'date_of_birth']);
  });

  it('redacts the d30 message', () => {
    expect(
      redactPersonalData(
        'NHS number 485 777 3456 for the boy I mentioned, can I send it to the TAC by email?',
      ).text,
    ).toBe('NHS number [NHS number] for the boy I mentioned, can I send it to the TAC by email?');
  });

  it('uses a placeholder for every kind', () => {
    const text =
      'Jayden (aged 7), born 01/02/2017, seen 03/04/2020, 7 Oak Lane, LS6 2AB, 943 476 5919, ' +
      'AB123456C, 07700 900123, j@example.com';
    expect(redactPersonalData(text).text).toBe(
      '[name] (aged 7), born [date of birth], seen [date], [address], [postcode], [NHS number], ' +
        '[NI number], [phone], [email]',
    );
  });

  it('takes a title into the placeholder and keeps a possessive outside it', () => {
    expect(redactPersonalData("Mrs Patel said Kelly's mum rang").text).toBe("[name] said [name]'s mum rang");
  });

  it('reads a date of birth with the month named between the day and year, and "of" before a short year', () => {
    expect(redactPersonalData('DOB: 03-Mar-2016, seen at clinic').text).toBe(
      'DOB: [date of birth], seen at clinic',
    );
    expect(redactPersonalData('born 3/mar/16 at home').text).toBe('born [date of birth] at home');
    expect(redactPersonalData('dob 3rd of march 16').text).toBe('dob [date of birth]');
    // A count after a day and month is no year.
    expect(redactPersonalData('on 3 of march 16 families came').text).toBe('on 3 of march 16 families came');
  });

  it('returns findings as offsets into the original text', () => {
    const input = 'mum Kelly said I could share';
    const { findings } = redactPersonalData(input);
    expect(findings).toEqual([{ kind: 'name', start: 4, end: 9 }]);
    expect(findings).toEqual(detectPersonalData(input));
  });

  it('leaves text without personal data unchanged', () => {
    const input = 'What is the Common Assessment Framework for?';
    expect(redactPersonalData(input)).toEqual({ text: input, findings: [] });
    expect(redactPersonalData('')).toEqual({ text: '', findings: [] });
  });

  it.each(ALL_PERSONAL_EXAMPLES)('never echoes an identifier: $text', ({ text, expected }) => {
    const redacted = redactPersonalData(text).text;
    for (const [kind, value] of expected) {
      expect(redacted).not.toContain(value);
      expect(redacted).toContain(placeholderFor(kind));
    }
  });

  it.each(ALL_PERSONAL_EXAMPLES)('is idempotent, so re-redacting stored text is safe: $text', ({ text }) => {
    const once = redactPersonalData(text).text;
    expect(redactPersonalData(once)).toEqual({ text: once, findings: [] });
  });

  it('never echoes the d29 and d30 mustNotEcho strings', () => {
    const d29 = redactPersonalData(
      'Can I do a CAF on Ellie-May Turner, 7 Oak Lane, born 01/02/2017? her dad drinks',
    ).text;
    for (const value of ['Ellie-May', 'Turner', 'Oak Lane', '01/02/2017']) expect(d29).not.toContain(value);
    const d30 = redactPersonalData('NHS number 485 777 3456 for the boy I mentioned').text;
    expect(d30).not.toContain('485 777 3456');
    expect(d30.replace(/\D/g, '')).toBe('');
  });
});

describe('applyRedaction', () => {
  it('skips findings that overlap one already applied', () => {
    const findings: PersonalDataFinding[] = [
      { kind: 'name', start: 0, end: 5 },
      { kind: 'phone', start: 3, end: 8 },
    ];
    expect(applyRedaction('Kelly123 rest', findings)).toBe('[name]123 rest');
  });
});

describe('describeFindings', () => {
  const at = (kind: PersonalDataFinding['kind'], start: number): PersonalDataFinding => ({
    kind,
    start,
    end: start + 1,
  });

  it('lists kinds in the order met, with articles', () => {
    expect(describeFindings([at('name', 0), at('date_of_birth', 5), at('address', 9)])).toBe(
      'a name, a date of birth and an address',
    );
  });

  it('counts repeated kinds', () => {
    expect(describeFindings([at('name', 0), at('phone', 3), at('name', 6)])).toBe(
      'two names and a phone number',
    );
    expect(describeFindings(Array.from({ length: 12 }, (_, i) => at('email', i * 2)))).toBe(
      'several email addresses',
    );
  });

  it('handles one kind and none', () => {
    expect(describeFindings([at('nhs_number', 0)])).toBe('an NHS number');
    expect(describeFindings([])).toBe('');
  });

  it('has wording for every kind', () => {
    const kinds: PersonalDataFinding['kind'][] = [
      'name',
      'date_of_birth',
      'date',
      'address',
      'postcode',
      'nhs_number',
      'ni_number',
      'phone',
      'email',
    ];
    expect(describeFindings(kinds.map((kind, i) => at(kind, i * 2)))).toBe(
      'a name, a date of birth, a date, an address, a postcode, an NHS number, a National Insurance number, ' +
        'a phone number and an email address',
    );
  });

  it('never includes the values it describes', () => {
    const text = 'Jayden Smith, 07700 900123, LS6 2AB';
    const description = describeFindings(detectPersonalData(text));
    expect(description).toBe('a name, a phone number and a postcode');
    for (const value of ['Jayden', 'Smith', '07700', 'LS6']) expect(description).not.toContain(value);
  });

  it('orders by position even when given unsorted findings', () => {
    expect(describeFindings([at('email', 10), at('name', 0)])).toBe('a name and an email address');
  });
});
