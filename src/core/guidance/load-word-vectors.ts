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
  const map = new Map<string, Float32Array>();
  let offset = 20 + wordBytes;
  for (const word of words) {
    const scale = view.getFloat32(offset, true);
    const v = new Float32Array(dimensions);
    for (let d = 0; d < dimensions; d++) v[d] = view.getInt8(offset + 4 + d) * scale;
    // Rounding moved the vector off unit length a little; cosines assume unit length.
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) v[d] = (v[d] as number) / norm;
    map.set(word, v);
    offset += stride;
  }
  return new WordVectors(map, dimensions);
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
