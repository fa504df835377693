// Builds models/title-lexicon.json: how often each word ends (heads) and occurs in an occupation
// title, counted over the O*NET 29.3 title tables (CC BY 4.0, U.S. Department of Labor/ETA):
// `Alternate Titles.tsv` (Alternate Title, Short Title), `Sample of Reported Titles.tsv` and
// `Occupation Data.tsv` (Title, plural forms made singular). Only per-word counts are written,
// never a title. The role header reader (server/src/engine/experience/headers.ts) reads a
// segment whose last word often heads a title ("Accountant", "Coordinator") as a title.
//
//   node tools/out/tools/roles/build-title-lexicon.js [dataDir] [outFile]
//
// Defaults: ../shared/data and models/title-lexicon.json; updates models/manifest.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordModelEntry } from '../scripts/model-manifest.js';

const dataDir = process.argv[2] ?? '../shared/data';
const outFile = process.argv[3] ?? 'models/title-lexicon.json';
const MIN_COUNT = 2;

function column(file: string, name: string): string[] {
  const lines = readFileSync(join(dataDir, 'onet', file), 'utf8').split('\n').filter((l) => l.trim());
  const at = lines[0].split('\t').indexOf(name);
  if (at < 0) throw new Error(`${file} has no column ${name}`);
  return lines.slice(1).map((l) => l.split('\t')[at] ?? '').filter(Boolean);
}

/** lower-case words of a title: letters only ("Sr." -> "sr", "Front-End" -> "front", "end") */
export function titleWords(title: string): string[] {
  return title.replace(/\([^)]*\)/g, ' ').toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 2);
}

const singularTitles = [
  ...column('Alternate Titles.tsv', 'Alternate Title'),
  ...column('Alternate Titles.tsv', 'Short Title'),
  ...column('Sample of Reported Titles.tsv', 'Reported Job Title'),
];
const known = new Set(singularTitles.flatMap(titleWords));
const singular = (w: string) => (w.endsWith('ies') && known.has(w.slice(0, -3) + 'y') ? w.slice(0, -3) + 'y'
  : w.endsWith('s') && known.has(w.slice(0, -1)) ? w.slice(0, -1) : w);
const occupationTitles = column('Occupation Data.tsv', 'Title').flatMap((t) => t.split(/\s*,\s*|\s+and\s+/)).map((t) => titleWords(t).map(singular).join(' '));

const titles = new Set([...singularTitles.map((t) => titleWords(t).join(' ')), ...occupationTitles].filter(Boolean));
const head = new Map<string, number>();
const any = new Map<string, number>();
for (const t of titles) {
  const words = t.split(' ');
  // "Director of Nursing": the head is the word before "of"
  const of = words.indexOf('of');
  const h = of > 0 ? words[of - 1] : words[words.length - 1];
  head.set(h, (head.get(h) ?? 0) + 1);
  for (const w of new Set(words)) any.set(w, (any.get(w) ?? 0) + 1);
}
const words: Record<string, [number, number]> = {};
for (const w of [...any.keys()].sort()) {
  const a = any.get(w) ?? 0;
  if (a < MIN_COUNT) continue;
  words[w] = [head.get(w) ?? 0, a];
}
const out = {
  format: 'hrdocs-title-lexicon/1',
  source: 'O*NET 29.3 (May 2025) Alternate Titles, Sample of Reported Titles, Occupation Data; CC BY 4.0, O*NET Resource Center, U.S. Department of Labor/ETA. Per-word counts only.',
  titles: titles.size,
  minCount: MIN_COUNT,
  // word -> [titles it heads, titles it occurs in]
  words,
};
const text = JSON.stringify(out) + '\n';
writeFileSync(outFile, text);
recordModelEntry(outFile, 'title-lexicon', {
  description: 'per-word counts of occupation titles (how many titles a word heads, how many it occurs in): evidence for the resume role header reader; no titles, only word counts',
  trainingData: 'O*NET 29.3 Alternate Titles, Sample of Reported Titles, Occupation Data (CC BY 4.0, U.S. Department of Labor/ETA)',
  command: 'npm run build --workspace tools && node tools/out/tools/roles/build-title-lexicon.js ../shared/data models/title-lexicon.json',
});
console.log(`${titles.size} titles, ${Object.keys(words).length} words -> ${outFile} (${Buffer.byteLength(text)} bytes)`);
