import { detectPersonalData, type PersonalDataKind } from '../../../src/core/privacy/index.ts';

/** What the detector found in `text`, as [kind, matched text] pairs in order. */
export function found(text: string): Array<[PersonalDataKind, string]> {
  return detectPersonalData(text).map((finding) => [finding.kind, text.slice(finding.start, finding.end)]);
}
