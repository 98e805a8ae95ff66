import { validateLocalAnswer } from '../core/dashboard/local-answer.ts';
import { redactPersonalData } from '../core/privacy/index.ts';
import type { EvalReport, Evaluation, FigureRow, Half } from './run-eval.ts';
import { readHalf } from './run-eval.ts';

type SpanKind =
  | 'name'
  | 'dob'
  | 'address'
  | 'postcode'
  | 'nhs'
  | 'ni'
  | 'phone'
  | 'email'
  | 'school'
  | 'other';

/** One message of `eval/identifiers/<half>.json`. */
export interface IdentifierItem {
  text: string;
  set: 'with' | 'without' | 'local-with' | 'local-without';
  register: string;
  spans: { kind: SpanKind; text: string }[];
}

/**
 * One message of a training or development file (`training/identifiers*.json`): `set` is
 * `message` or `local`, and a message is `with` when it has spans. Items already in the evaluation
 * sets' form pass through.
 */
export interface LabelledItem {
  text: string;
  set: string;
  register?: string;
  spans: { kind: string; text: string }[];
}

/** A labelled item in the evaluation sets' form. */
export function asIdentifierItem(item: LabelledItem): IdentifierItem {
  const has = item.spans.length > 0;
  const set =
    item.set === 'message'
      ? has
        ? 'with'
        : 'without'
      : item.set === 'local'
        ? has
          ? 'local-with'
          : 'local-without'
        : (item.set as IdentifierItem['set']);
  return {
    text: item.text,
    set,
    register: item.register ?? 'all',
    spans: item.spans as IdentifierItem['spans'],
  };
}

// `other` is case and pupil reference numbers: the training files have them, the evaluation sets do not.
const KINDS: SpanKind[] = [
  'name',
  'dob',
  'address',
  'postcode',
  'nhs',
  'ni',
  'phone',
  'email',
  'school',
  'other',
];

const percent = (hit: number, total: number) => (total === 0 ? '-' : `${((100 * hit) / total).toFixed(1)}%`);

/** Character ranges of the message that the guard redacted. */
function redactedMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (const f of redactPersonalData(text).findings) for (let i = f.start; i < f.end; i += 1) mask[i] = true;
  return mask;
}

// How it counts: a labelled span is found when none of its characters (spaces and punctuation
// aside) is left in the redacted text, whatever placeholder replaced it. Each occurrence of the
// span's text in the message must be covered (a name repeated later must go too), where it stands
// as a word of its own or with a possessive "s" ("wiktorias new school"): "ola" inside "poland"
// or "ty" inside "priority" is no mention of the name.
const WORD_CHAR = /[\p{L}\p{N}]/u;
function standsAlone(text: string, at: number, span: string): boolean {
  const before = text[at - 1] ?? '';
  const end = at + span.length;
  const after = text[end] ?? '';
  if (WORD_CHAR.test(span[0] ?? '') && WORD_CHAR.test(before)) return false;
  if (!WORD_CHAR.test(span[span.length - 1] ?? '') || !WORD_CHAR.test(after)) return true;
  return after === 's' && !WORD_CHAR.test(text[end + 1] ?? '');
}
export function spanFound(text: string, mask: boolean[], span: string): boolean {
  let from = 0;
  let seen = false;
  for (;;) {
    const at = text.indexOf(span, from);
    if (at === -1) break;
    if (!standsAlone(text, at, span)) {
      from = at + 1;
      continue;
    }
    seen = true;
    for (let i = at; i < at + span.length; i += 1) {
      if (!mask[i] && /[\p{L}\p{N}]/u.test(text[i] ?? '')) return false;
    }
    from = at + span.length;
  }
  return seen;
}

// The local-answer guard counts as the form does: the text as the answer's body, refused or not.
function localRefused(text: string): boolean {
  const result = validateLocalAnswer(
    { title: 'Local arrangements', body: text, keywords: '' },
    { workspaceId: 'eval', userId: 'eval' },
  );
  return !result.ok && result.errors.body !== undefined;
}

/** What the guard does on a labelled set: the counts behind every figure. */
export interface IdentifierMeasures {
  perKind: Map<SpanKind, { total: number; found: number }>;
  without: number;
  flagged: number;
  localWith: number;
  localRefusedWith: number;
  localWithout: number;
  localRefusedWithout: number;
  rows: FigureRow[];
  /** With `verbose`: the items it got wrong, redacted as the guard redacts them. */
  failures: string[];
}

/**
 * Measures the identifier guard on labelled items (an evaluation half, or a training or
 * development file): recall per kind, false positives on ordinary messages, the local-answer guard.
 */
export function measureIdentifiers(
  items: readonly IdentifierItem[],
  options: { verbose: boolean },
): IdentifierMeasures {
  const perKind = new Map<SpanKind, { total: number; found: number }>(
    KINDS.map((k) => [k, { total: 0, found: 0 }]),
  );
  const perRegister = new Map<string, { spans: number; found: number; without: number; flagged: number }>();
  let without = 0;
  let flagged = 0;
  let messagesWith = 0;
  let messagesClean = 0;
  let localWith = 0;
  let localRefusedWith = 0;
  let localWithout = 0;
  let localRefusedWithout = 0;
  const failures: string[] = [];
  for (const item of items) {
    const register = perRegister.get(item.register) ?? { spans: 0, found: 0, without: 0, flagged: 0 };
    perRegister.set(item.register, register);
    if (item.set === 'local-with' || item.set === 'local-without') {
      const refused = localRefused(item.text);
      if (item.set === 'local-with') {
        localWith += 1;
        if (refused) localRefusedWith += 1;
        else if (options.verbose) failures.push(`[local-with accepted] ${item.text}`);
      } else {
        localWithout += 1;
        if (refused) {
          localRefusedWithout += 1;
          if (options.verbose) failures.push(`[local-without refused] ${item.text}`);
        }
      }
      continue;
    }
    const redaction = redactPersonalData(item.text);
    if (item.set === 'without') {
      without += 1;
      register.without += 1;
      if (redaction.findings.length > 0) {
        flagged += 1;
        register.flagged += 1;
        if (options.verbose) failures.push(`[false positive] ${item.text} -> ${redaction.text}`);
      }
      continue;
    }
    messagesWith += 1;
    const mask = redactedMask(item.text);
    let all = true;
    for (const span of item.spans) {
      const tally = perKind.get(span.kind);
      if (!tally) continue;
      tally.total += 1;
      register.spans += 1;
      if (spanFound(item.text, mask, span.text)) {
        tally.found += 1;
        register.found += 1;
      } else {
        all = false;
        if (options.verbose) failures.push(`[missed ${span.kind}: ${span.text}] ${redaction.text}`);
      }
    }
    if (all) messagesClean += 1;
  }
  const rows: FigureRow[] = [
    ...KINDS.map((kind) => {
      const t = perKind.get(kind) ?? { total: 0, found: 0 };
      return { label: `recall ${kind}`, values: { recall: percent(t.found, t.total), spans: t.total } };
    }),
    {
      label: 'messages with, all spans gone',
      values: { recall: percent(messagesClean, messagesWith), spans: messagesWith },
    },
    {
      label: 'false positives (without)',
      values: { rate: percent(flagged, without), messages: without },
    },
    ...[...perRegister.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, r]) => ({
        label: `  ${name}`,
        values: {
          recall: percent(r.found, r.spans),
          spans: r.spans,
          rate: percent(r.flagged, r.without),
          messages: r.without,
        },
      })),
    {
      label: 'local answers with: refused',
      values: { rate: percent(localRefusedWith, localWith), messages: localWith },
    },
    {
      label: 'local answers without: refused',
      values: { rate: percent(localRefusedWithout, localWithout), messages: localWithout },
    },
  ];
  return {
    perKind,
    without,
    flagged,
    localWith,
    localRefusedWith,
    localWithout,
    localRefusedWithout,
    rows,
    failures,
  };
}

/** The identifier guard: recall per kind, false positives on ordinary messages, the local-answer guard. */
export const identifierEvaluation: Evaluation = {
  name: 'identifiers',
  async run(half: Half, options: { verbose: boolean }): Promise<EvalReport> {
    const items = readHalf<IdentifierItem>('identifiers', half);
    const { perKind, without, flagged, rows, failures } = measureIdentifiers(items, options);
    const kindsMet = KINDS.every((kind) => {
      const t = perKind.get(kind) ?? { total: 0, found: 0 };
      return t.total === 0 || t.found / t.total >= 0.99;
    });
    return {
      name: 'identifiers',
      half,
      rows,
      targets:
        half === 'check'
          ? [
              { description: 'identifier recall at least 99% per kind', met: kindsMet },
              { description: 'false positives at most 3%', met: without === 0 || flagged / without <= 0.03 },
            ]
          : undefined,
      failures: options.verbose ? failures : undefined,
    };
  },
};
