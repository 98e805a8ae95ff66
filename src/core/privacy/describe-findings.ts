import type { PersonalDataFinding, PersonalDataKind } from './types.ts';

const SINGULAR: Record<PersonalDataKind, string> = {
  name: 'a name',
  date_of_birth: 'a date of birth',
  date: 'a date',
  address: 'an address',
  postcode: 'a postcode',
  nhs_number: 'an NHS number',
  ni_number: 'a National Insurance number',
  phone: 'a phone number',
  email: 'an email address',
  school: 'a school',
  reference: 'a reference number',
};

const PLURAL: Record<PersonalDataKind, string> = {
  name: 'names',
  date_of_birth: 'dates of birth',
  date: 'dates',
  address: 'addresses',
  postcode: 'postcodes',
  nhs_number: 'NHS numbers',
  ni_number: 'National Insurance numbers',
  phone: 'phone numbers',
  email: 'email addresses',
  school: 'schools',
  reference: 'reference numbers',
};

const COUNTS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * A plain-English list of what was found, for the warning shown to the practitioner, e.g.
 * "a name, an address and a date of birth" or "two names and a phone number". Kinds appear in the
 * order first met in the message. It names kinds only, never the values; an empty list gives "".
 */
export function describeFindings(findings: readonly PersonalDataFinding[]): string {
  const counts = new Map<PersonalDataKind, number>();
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  }
  const parts = Array.from(counts, ([kind, count]) =>
    count === 1 ? SINGULAR[kind] : `${COUNTS[count] ?? 'several'} ${PLURAL[kind]}`,
  );
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
