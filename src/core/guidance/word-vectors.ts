/**
 * Word vectors for a semantic signal beside BM25: each word a unit vector, so the cosine of two
 * texts' weighted sums says how close their meanings are even when they share no word
 * ("permission" and "consent"). Built from a compact file of the words joinedup needs.
 */
export class WordVectors {
  constructor(
    private readonly vectors: ReadonlyMap<string, Float32Array>,
    readonly dimensions: number,
  ) {}

  get size(): number {
    return this.vectors.size;
  }

  has(word: string): boolean {
    return this.vectors.has(word);
  }

  /** The unit-length sum of the words' vectors, each scaled by its weight; null when none is known. */
  embed(words: Iterable<readonly [string, number]>): Float32Array | null {
    const sum = new Float32Array(this.dimensions);
    let any = false;
    for (const [word, weight] of words) {
      const v = this.vectors.get(word);
      if (!v || weight <= 0) continue;
      any = true;
      for (let i = 0; i < this.dimensions; i++) sum[i] = (sum[i] as number) + (v[i] as number) * weight;
    }
    if (!any) return null;
    let norm = 0;
    for (let i = 0; i < this.dimensions; i++) norm += (sum[i] as number) ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) return null;
    for (let i = 0; i < this.dimensions; i++) sum[i] = (sum[i] as number) / norm;
    return sum;
  }
}

/** Cosine of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] as number) * (b[i] as number);
  return dot;
}

/** Vectors from plain arrays (each made unit length), for tests and the build step. */
export function wordVectorsFrom(entries: Iterable<readonly [string, ArrayLike<number>]>): WordVectors {
  const map = new Map<string, Float32Array>();
  let dimensions = 0;
  for (const [word, values] of entries) {
    const v = Float32Array.from(values as ArrayLike<number>);
    dimensions = v.length;
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / norm;
    map.set(word, v);
  }
  return new WordVectors(map, dimensions);
}
