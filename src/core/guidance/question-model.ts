/**
 * A linear classifier from a question's features (question-features.ts) to the article that
 * answers it, or to "not covered": multinomial logistic regression trained by
 * `scripts/build-question-model.ts` on each article's own questions and a corpus of practitioners'
 * questions, shipped as `src/knowledge/model/question-model.bin`.
 */
export const NOT_COVERED = '__not_covered__';

export interface ClassProbability {
  id: string;
  probability: number;
}

export class QuestionModel {
  private readonly featureIndex: ReadonlyMap<string, number>;

  /**
   * `weights` holds, for each feature in order, one weight per class (`classes.length` each),
   * stored as int8 times the feature's `scales` entry.
   */
  constructor(
    readonly classes: readonly string[],
    features: readonly string[],
    private readonly weights: Int8Array | Float32Array,
    private readonly scales: Float32Array,
    private readonly bias: Float32Array,
  ) {
    this.featureIndex = new Map(features.map((f, i) => [f, i]));
  }

  get featureCount(): number {
    return this.featureIndex.size;
  }

  has(classId: string): boolean {
    return this.classes.includes(classId);
  }

  /** Probabilities of every class, best first. */
  predict(values: ReadonlyMap<string, number>): ClassProbability[] {
    const k = this.classes.length;
    const logits = Float64Array.from(this.bias);
    for (const [name, value] of values) {
      const f = this.featureIndex.get(name);
      if (f === undefined || value === 0) continue;
      const scale = (this.scales[f] as number) * value;
      const offset = f * k;
      for (let c = 0; c < k; c++)
        logits[c] = (logits[c] as number) + (this.weights[offset + c] as number) * scale;
    }
    let max = Number.NEGATIVE_INFINITY;
    for (const l of logits) max = Math.max(max, l);
    let sum = 0;
    for (let c = 0; c < k; c++) {
      logits[c] = Math.exp((logits[c] as number) - max);
      sum += logits[c] as number;
    }
    const out: ClassProbability[] = [];
    for (let c = 0; c < k; c++)
      out.push({ id: this.classes[c] as string, probability: (logits[c] as number) / sum });
    return out.sort((a, b) => b.probability - a.probability);
  }
}

/** The model's parts, as stored. */
export interface QuestionModelParts {
  classes: readonly string[];
  features: readonly string[];
  weights: Float32Array;
  bias: Float32Array;
}

const magic = 'JUQM';

/**
 * The file format: "JUQM", version 1, the length of a JSON header ({ classes, features }), the
 * header, the biases as float32, each feature's scale as float32, then each feature's class
 * weights as int8 (weight = int8 x scale). Rounding to int8 moves a probability by well under
 * a percent.
 */
export function encodeQuestionModel(parts: QuestionModelParts): Uint8Array {
  const k = parts.classes.length;
  const d = parts.features.length;
  const header = new TextEncoder().encode(
    JSON.stringify({ classes: parts.classes, features: parts.features }),
  );
  const headerEnd = 12 + header.byteLength;
  const aligned = Math.ceil(headerEnd / 4) * 4;
  const total = aligned + 4 * k + 4 * d + d * k;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(magic), 0);
  view.setUint32(4, 1, true);
  view.setUint32(8, header.byteLength, true);
  bytes.set(header, 12);
  let offset = aligned;
  for (let c = 0; c < k; c++, offset += 4) view.setFloat32(offset, parts.bias[c] as number, true);
  const scalesAt = offset;
  const weightsAt = scalesAt + 4 * d;
  for (let f = 0; f < d; f++) {
    let max = 0;
    for (let c = 0; c < k; c++) max = Math.max(max, Math.abs(parts.weights[f * k + c] as number));
    const scale = max / 127;
    view.setFloat32(scalesAt + 4 * f, scale, true);
    for (let c = 0; c < k; c++) {
      const q = scale > 0 ? Math.round((parts.weights[f * k + c] as number) / scale) : 0;
      view.setInt8(weightsAt + f * k + c, q);
    }
  }
  return bytes;
}

/** Reads a model file; throws on a malformed one. */
export function readQuestionModel(bytes: Uint8Array): QuestionModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (
    bytes.byteLength < 12 ||
    new TextDecoder().decode(bytes.subarray(0, 4)) !== magic ||
    view.getUint32(4, true) !== 1
  ) {
    throw new Error('not a joinedup question-model file (version 1)');
  }
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as {
    classes: string[];
    features: string[];
  };
  const k = header.classes.length;
  const d = header.features.length;
  const aligned = Math.ceil((12 + headerLength) / 4) * 4;
  if (aligned + 4 * k + 4 * d + d * k !== bytes.byteLength)
    throw new Error('question-model file is truncated');
  const bias = new Float32Array(k);
  for (let c = 0; c < k; c++) bias[c] = view.getFloat32(aligned + 4 * c, true);
  const scales = new Float32Array(d);
  const scalesAt = aligned + 4 * k;
  for (let f = 0; f < d; f++) scales[f] = view.getFloat32(scalesAt + 4 * f, true);
  const weights = new Int8Array(d * k);
  weights.set(new Int8Array(bytes.buffer, bytes.byteOffset + scalesAt + 4 * d, d * k));
  return new QuestionModel(header.classes, header.features, weights, scales, bias);
}
