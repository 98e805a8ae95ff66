import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WordVectors } from './word-vectors.ts';

/** The compact word-vector file built by `scripts/build-word-vectors.mjs`. */
export const shippedVectorsPath = fileURLToPath(
  new URL('../../knowledge/vectors/word-vectors.bin', import.meta.url),
);

/** Reads a word-vector file (format in scripts/build-word-vectors.mjs); throws on a malformed one. */
export function readWordVectors(bytes: Uint8Array): WordVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = new TextDecoder().decode(bytes.subarray(0, 4));
  if (bytes.byteLength < 20 || magic !== 'JUWV' || view.getUint32(4, true) !== 1) {
    throw new Error('not a joinedup word-vector file (version 1)');
  }
  const dimensions = view.getUint32(8, true);
  const count = view.getUint32(12, true);
  const wordBytes = view.getUint32(16, true);
  const stride = 4 + dimensions;
  if (20 + wordBytes + count * stride !== bytes.byteLength) throw new Error('word-vector file is truncated');
  const words = new TextDecoder().decode(bytes.subarray(20, 20 + wordBytes)).split('\n');
  if (words.length !== count) throw new Error('word-vector file has a bad word list');
  // The int8 values are used as they are: each word's scale is recomputed to unit length (the
  // stored scale only restores the magnitude, which a cosine ignores, and rounding moved every
  // vector a little off unit length).
  const start = 20 + wordBytes;
  const values = new Int8Array(count * dimensions);
  const scales = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const offset = start + i * stride;
    const row = new Int8Array(bytes.buffer, bytes.byteOffset + offset + 4, dimensions);
    values.set(row, i * dimensions);
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += (row[d] as number) ** 2;
    scales[i] = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  }
  return new WordVectors(words, values, scales, dimensions);
}

let shipped: WordVectors | null | undefined;

/**
 * The shipped word vectors, read once per process; null when the file is missing or unreadable
 * (retrieval then works on words alone, a little less well).
 */
export function shippedWordVectors(): WordVectors | null {
  if (shipped !== undefined) return shipped;
  try {
    shipped = existsSync(shippedVectorsPath) ? readWordVectors(readFileSync(shippedVectorsPath)) : null;
  } catch {
    shipped = null;
  }
  return shipped;
}
