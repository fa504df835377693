#!/usr/bin/env node
// Seeded choice of corpus documents to label by hand as training data for the zone model (and
// the role header reader). Never a dev-set document (tools/devsets/real-docs.jsonl).
// Usage: node tools/zones/select-train-docs.mjs CORPUS N [--seed S] [--dir OUT] [--data DIR]
//   CORPUS: e.g. postings/nhs_jobs; prints {corpus, id, lines, title} per chosen document and,
//   with --dir, writes each document's text with 0-based line numbers to OUT/<id>.txt for reading
//   (outside the repository: the corpora are never copied into it).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, shuffle } from '../devsets/select-real-pairs.mjs';
import { repo, selectionArgs } from '../devsets/selection-args.mjs';

const { corpus, count, opt, dataDir, seed } = selectionArgs('select-train-docs.mjs CORPUS N [--seed S] [--dir OUT] [--data DIR]', 'hrdocs-zone-train-2026');
const outDir = opt('--dir');
const MAX_LINES = 250;

const excluded = new Set();
for (const f of [join(repo, 'tools/devsets/real-docs.jsonl')]) {
  if (existsSync(f)) for (const l of readFileSync(f, 'utf8').split('\n')) if (l.trim()) { const d = JSON.parse(l); excluded.add(`${d.corpus}:${d.id}`); }
}
const candidates = loadCorpus(corpus, dataDir)
  .filter((d) => !excluded.has(`${corpus}:${d.id}`) && d.text.split('\n').length <= MAX_LINES && d.text.trim().length > 200);
// the same seeded shuffle (FNV-1a seed, mulberry32, Fisher-Yates) as the dev sets' selection
const chosen = shuffle(candidates, `${seed}:${corpus}`).slice(0, count);
if (outDir) mkdirSync(outDir, { recursive: true });
for (const d of chosen) {
  const lines = d.text.split('\n');
  console.log(JSON.stringify({ corpus, id: d.id, lines: lines.length, title: d.title ?? null, category: d.occupation_or_category ?? null }));
  if (outDir) writeFileSync(join(outDir, `${d.id}.txt`), lines.map((l, i) => `${String(i).padStart(3)}| ${l}`).join('\n') + '\n');
}
