/**
 * Word vectors for a semantic signal beside BM25: each word a unit vector, so the cosine of two
 * texts' weighted sums says how close their meanings are even when they share no word
 * ("permission" and "consent"). Built from a compact file of the words joinedup needs.
 */
export class WordVectors {
  private readonly index: ReadonlyMap<string, number>;

  /**
   * `values` holds the vectors one after another, `dimensions` each; `scales[i]` turns word i's
   * stored values into its unit vector (1 for values stored as they are).
   */
  constructor(
    words: readonly string[],
    private readonly values: Int8Array | Float32Array,
    private readonly scales: Float32Array,
    readonly dimensions: number,
  ) {
    this.index = new Map(words.map((w, i) => [w, i]));
  }

  get size(): number {
    return this.index.size;
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  /** The unit-length sum of the words' vectors, each scaled by its weight; null when none is known. */
  embed(words: Iterable<readonly [string, number]>): Float32Array | null {
    const d = this.dimensions;
    const sum = new Float32Array(d);
    let any = false;
    for (const [word, weight] of words) {
      const i = this.index.get(word);
      if (i === undefined || weight <= 0) continue;
      any = true;
      const scale = (this.scales[i] as number) * weight;
      const offset = i * d;
      for (let k = 0; k < d; k++) sum[k] = (sum[k] as number) + (this.values[offset + k] as number) * scale;
    }
    if (!any) return null;
    let norm = 0;
    for (let k = 0; k < d; k++) norm += (sum[k] as number) ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) return null;
    for (let k = 0; k < d; k++) sum[k] = (sum[k] as number) / norm;
    return sum;
  }
}

/** Cosine of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] as number) * (b[i] as number);
  return dot;
}

/** Vectors from plain arrays (each made unit length), for tests and experiments. */
export function wordVectorsFrom(entries: Iterable<readonly [string, ArrayLike<number>]>): WordVectors {
  const list = [...entries].filter(([, v]) => v.length > 0);
  const dimensions = list[0]?.[1].length ?? 0;
  const values = new Float32Array(list.length * dimensions);
  const scales = new Float32Array(list.length);
  list.forEach(([, v], i) => {
    let norm = 0;
    for (let k = 0; k < dimensions; k++) norm += (v[k] as number) ** 2;
    scales[i] = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < dimensions; k++) values[i * dimensions + k] = v[k] as number;
  });
  return new WordVectors(
    list.map(([w]) => w),
    values,
    scales,
    dimensions,
  );
}
