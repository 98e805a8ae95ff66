// The privacy guard: finds personal data in practitioners' messages so the bot can warn, answer
// generically, and store or log only redacted text. Core code: Node standard library only.
export { describeFindings } from './describe-findings.ts';
export { detectPersonalData, mergeFindings } from './detect-personal-data.ts';
export { isValidNhsNumber } from './nhs-number.ts';
export { applyRedaction, placeholderFor, redactPersonalData } from './redact-personal-data.ts';
export type { PersonalDataFinding, PersonalDataKind, Redaction } from './types.ts';
