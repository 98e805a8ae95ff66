/**
 * The kinds of personal data the privacy guard recognises in practitioners' messages. `date` is a
 * full calendar date with no birth context; `date_of_birth` is any date written next to a birth cue.
 */
export type PersonalDataKind =
  | 'name'
  | 'date_of_birth'
  | 'date'
  | 'address'
  | 'postcode'
  | 'nhs_number'
  | 'ni_number'
  | 'phone'
  | 'email'
  /** A school, nursery or college, only when the message also identifies a child. */
  | 'school'
  /** A case, referral or pupil reference number (UPN) that points at one child's or family's record. */
  | 'reference';

/**
 * One piece of personal data found in a message, as UTF-16 offsets into the input string
 * (`text.slice(start, end)`). It deliberately carries no copy of the matched text, so a finding can
 * be logged or stored without leaking the identifier it points at.
 */
export interface PersonalDataFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/**
 * The redacted form of a message. `text` has every finding replaced by a placeholder such as
 * `[name]`; `findings` still hold offsets into the original input, not into `text`.
 */
export interface Redaction {
  text: string;
  findings: PersonalDataFinding[];
}
