import { detectPersonalData } from './detect-personal-data.ts';
import type { PersonalDataFinding, PersonalDataKind, Redaction } from './types.ts';

const PLACEHOLDERS: Record<PersonalDataKind, string> = {
  name: '[name]',
  date_of_birth: '[date of birth]',
  date: '[date]',
  address: '[address]',
  postcode: '[postcode]',
  nhs_number: '[NHS number]',
  ni_number: '[NI number]',
  phone: '[phone]',
  email: '[email]',
  school: '[school]',
  reference: '[reference]',
};

/** The placeholder that replaces a finding of `kind` in redacted text, e.g. `[date of birth]`. */
export function placeholderFor(kind: PersonalDataKind): string {
  return PLACEHOLDERS[kind];
}

/**
 * Replaces every piece of personal data in `text` by a placeholder such as `[name]`. This is the
 * only form of a message that may be stored, logged or sent on to a model.
 */
export function redactPersonalData(text: string): Redaction {
  const findings = detectPersonalData(text);
  return { text: applyRedaction(text, findings), findings };
}

/** Applies already-computed findings (sorted, non-overlapping, as detectPersonalData returns them). */
export function applyRedaction(text: string, findings: readonly PersonalDataFinding[]): string {
  let output = '';
  let cursor = 0;
  for (const finding of findings) {
    if (finding.start < cursor) continue;
    output += text.slice(cursor, finding.start) + PLACEHOLDERS[finding.kind];
    cursor = finding.end;
  }
  return output + text.slice(cursor);
}
