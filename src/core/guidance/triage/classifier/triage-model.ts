import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURE_BITS, featureWindows } from './features.ts';
import { type LinearModel, logit, sigmoid } from './linear-model.ts';

/**
 * The learned half of the triage: two logistic regressions over the same hashed features, built by
 * `scripts/build-triage-model.ts` from the training corpus and the evaluation's tuning half.
 * - `concern`: is this a child-safeguarding concern at all (either tier) rather than a question,
 *   training or process talk;
 * - `now`: given a concern, is the danger now rather than today.
 * The thresholds were chosen by cross-validation when the model was built.
 */
export interface TriageModel {
  concern: LinearModel;
  now: LinearModel;
  thresholds: {
    /** Probability at or above which a message no rule flagged is a concern. */
    concern: number;
    /** Probability below which a message a rule flagged is judged ordinary after all. */
    veto: number;
    /** Probability at or above which a concern is danger now. */
    now: number;
    /**
     * Probability at or above which the classifier reads a concern although the rules read its
     * harm as negated or settled history (a figure of speech is never overridden); absent: never.
     */
    override?: number;
  };
  /** What the model was built from, for the record. */
  meta: Record<string, unknown>;
}

/** The classifier's reading of one message. */
export interface ClassifierVerdict {
  /** Probability that the message describes a child-safeguarding concern. */
  concern: number;
  /** Probability that the concern is danger now (given that it is a concern). */
  now: number;
  /** The message was read whole (short enough for what the model learnt from), not by windows. */
  whole: boolean;
}

/** Scores a message already normalised for triage. */
export function classify(model: TriageModel, normalised: string): ClassifierVerdict {
  // The whole message and, for a long one, each few sentences: the worrying passage decides.
  let best = Number.NEGATIVE_INFINITY;
  let bestNow = 0;
  const windows = featureWindows(normalised);
  for (const x of windows) {
    const concern = logit(model.concern, x);
    if (concern > best) {
      best = concern;
      bestNow = logit(model.now, x);
    }
  }
  const whole = windows.length === 1;
  if (best === Number.NEGATIVE_INFINITY) return { concern: 0, now: 0, whole };
  return { concern: sigmoid(best), now: sigmoid(bestNow), whole };
}

// File format: "JUTM", uint32 version 1, uint32 header byte length, the header as UTF-8 JSON
// ({ featureBits, thresholds, meta, models: [{ name, bias, scale }] }), then per model
// 2^featureBits int16 weights (weight = value * scale), little-endian.
const MAGIC = 'JUTM';
const MODEL_NAMES = ['concern', 'now'] as const;

interface Header {
  featureBits: number;
  thresholds: TriageModel['thresholds'];
  meta: Record<string, unknown>;
  models: { name: string; bias: number; scale: number }[];
}

/** The model as bytes: weights quantised to 16 bits, which changes no decision that matters. */
export function writeTriageModel(model: TriageModel): Uint8Array {
  const dimensions = 1 << FEATURE_BITS;
  const header: Header = {
    featureBits: FEATURE_BITS,
    thresholds: model.thresholds,
    meta: model.meta,
    models: [],
  };
  const bodies: Int16Array[] = [];
  for (const name of MODEL_NAMES) {
    const { bias, weights } = model[name];
    let max = 0;
    for (const w of weights) max = Math.max(max, Math.abs(w));
    const scale = max > 0 ? max / 32767 : 1;
    const body = new Int16Array(dimensions);
    for (let i = 0; i < dimensions; i++) body[i] = Math.round((weights[i] as number) / scale);
    header.models.push({ name, bias, scale });
    bodies.push(body);
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(12 + headerBytes.length + bodies.length * dimensions * 2);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, 1, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  let offset = 12 + headerBytes.length;
  for (const body of bodies) {
    for (let i = 0; i < dimensions; i++) view.setInt16(offset + i * 2, body[i] as number, true);
    offset += dimensions * 2;
  }
  return out;
}

/** Reads a model file; throws on one that is not a version-1 triage model for these features. */
export function readTriageModel(bytes: Uint8Array): TriageModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new Error('not a joinedup triage model');
  }
  if (view.getUint32(4, true) !== 1) throw new Error('unsupported triage model version');
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as Header;
  if (header.featureBits !== FEATURE_BITS) throw new Error('triage model built for other features');
  const dimensions = 1 << FEATURE_BITS;
  if (bytes.byteLength !== 12 + headerLength + MODEL_NAMES.length * dimensions * 2) {
    throw new Error('triage model file is truncated');
  }
  const models = new Map<string, LinearModel>();
  let offset = 12 + headerLength;
  for (const { name, bias, scale } of header.models) {
    const weights = new Float32Array(dimensions);
    for (let i = 0; i < dimensions; i++) weights[i] = view.getInt16(offset + i * 2, true) * scale;
    models.set(name, { bias, weights });
    offset += dimensions * 2;
  }
  const concern = models.get('concern');
  const now = models.get('now');
  const { thresholds } = header;
  if (!concern || !now || !(thresholds?.concern > 0) || !(thresholds?.veto >= 0) || !(thresholds?.now > 0)) {
    throw new Error('triage model is incomplete');
  }
  return { concern, now, thresholds, meta: header.meta ?? {} };
}

/** Where the shipped model lives. */
export const shippedTriageModelPath = fileURLToPath(
  new URL('../../../../knowledge/triage/triage-model.bin', import.meta.url),
);

let shipped: TriageModel | null | undefined;

/**
 * The shipped model, read once per process; null when the file is missing or unreadable (the
 * triage then runs on its rules alone).
 */
export function shippedTriageModel(): TriageModel | null {
  if (shipped !== undefined) return shipped;
  try {
    shipped = existsSync(shippedTriageModelPath)
      ? readTriageModel(readFileSync(shippedTriageModelPath))
      : null;
  } catch {
    shipped = null;
  }
  return shipped;
}
