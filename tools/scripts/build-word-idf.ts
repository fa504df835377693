// Builds models/word-idf.json, the matcher's posting word IDF table: for every word key
// (server/src/engine/match/lexical.ts wordKey) the number of postings that hold it, counted over
// the postings corpora of ../shared/data/postings only (never resumes). Only words in at least
// MIN_DF postings are kept, and each is stored as a 32-bit hash of its key with its count: the
// table holds no words and no text. Updates the manifest entry 'word-idf'.
// usage: node tools/out/tools/scripts/build-word-idf.js [DATA_DIR] [MODELS_DIR]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { hashWord, termCounts, type WordIdfJson } from '../../server/src/engine/match/lexical.js';
import { recordModelEntry } from './model-manifest.js';

const MIN_DF = 3;
const dataDir = process.argv[2] ?? process.env.HRDOCS_DATA ?? '../shared/data';
const modelsDir = process.argv[3] ?? 'models';
const postingsDir = join(dataDir, 'postings');
const files = readdirSync(postingsDir).filter((f) => f.endsWith('.jsonl.gz')).sort();
const df = new Map<string, number>();
let documents = 0;
for (const f of files) {
  for (const line of gunzipSync(readFileSync(join(postingsDir, f))).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { title?: string; text: string };
    documents++;
    const words = termCounts(`${row.title ?? ''}\n${row.text}`);
    for (const w of words.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  }
}
const table: Record<string, number> = {};
let kept = 0;
let collisions = 0;
for (const [w, n] of [...df.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (n < MIN_DF) continue;
  const h = hashWord(w);
  if (table[h] !== undefined) { collisions++; table[h] = Math.max(table[h], n); } else table[h] = n;
  kept++;
}
const json: WordIdfJson = { documents, minDf: MIN_DF, df: table };
const out = join(modelsDir, 'word-idf.json');
const text = JSON.stringify(json);
writeFileSync(out, text);
recordModelEntry(out, 'word-idf', {
  description: `posting word document frequencies for the matcher's lexical features: ${kept} word keys held by >= ${MIN_DF} of ${documents} postings, each stored as a 32-bit FNV-1a hash of its folded key with its count (no words, no text)`,
  trainingData: `../shared/data/postings (${files.join(', ')}): counts only; resumes are not read`,
  command: 'npm run build --workspace tools && node tools/out/tools/scripts/build-word-idf.js ../shared/data models',
});
console.log(`word-idf: ${documents} postings, ${kept} words kept (df >= ${MIN_DF}), ${collisions} hash collisions -> ${out} (${Buffer.byteLength(text)} bytes)`);
