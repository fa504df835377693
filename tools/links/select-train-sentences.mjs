#!/usr/bin/env node
// Seeded choice of real sentences to label by hand as TRAINING data for the skill linker's
// calibration and threshold (tools/links/README.md): never a document of any dev set. Documents
// are split into units (lines / bullets, then sentences) of 6-40 words, as the linking dev set
// was; one unit is drawn per document.
// Usage: node tools/links/select-train-sentences.mjs CORPUS N [--seed S] [--data DIR] [--skip K]
// Prints {corpus, id, start, end, sentence} per unit (UTF-16 offsets into the document's text).
// The output is for labelling; it is written outside the repository (the corpora are never
// copied into it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, shuffle } from '../devsets/select-real-pairs.mjs';
import { repo, selectionArgs } from '../devsets/selection-args.mjs';

const { corpus, count, opt, dataDir, seed } = selectionArgs('select-train-sentences.mjs CORPUS N [--seed S] [--data DIR] [--skip K]', 'hrdocs-link-train-2026');
const skip = Number(opt('--skip', '0'));

/** Every document any dev set refers to. */
function devDocuments() {
  const out = new Set();
  const dev = join(repo, 'tools/devsets');
  for (const f of ['real-docs.jsonl', 'skill-links.jsonl']) {
    if (existsSync(join(dev, f))) for (const l of readFileSync(join(dev, f), 'utf8').split('\n')) if (l.trim()) { const d = JSON.parse(l); out.add(`${d.corpus}:${d.id}`); }
  }
  const pairs = JSON.parse(readFileSync(join(dev, 'real-pairs.json'), 'utf8'));
  for (const d of [...pairs.postings, ...pairs.resumes]) out.add(`${d.corpus}:${d.id}`);
  const check = JSON.parse(readFileSync(join(dev, 'skill-precision-check.json'), 'utf8'));
  for (const d of check.documents ?? []) out.add(`${d.corpus}:${d.id}`);
  return out;
}

/** Units of 6-40 words: lines, wrapped lines of one paragraph joined, split into sentences. */
function units(text) {
  const out = [];
  const re = /[^\n]+/g;
  for (let m; (m = re.exec(text));) {
    const line = m[0];
    const body = line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '');
    const offset = m.index + (line.length - body.length);
    const sentence = /(?<=[.!?;])\s+(?=[A-Z])/g;
    let from = 0;
    const cuts = [...body.matchAll(sentence)].map((x) => x.index);
    for (const cut of [...cuts, body.length]) {
      const piece = body.slice(from, cut);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      const n = trimmed.split(/\s+/).length;
      if (n >= 6 && n <= 40) out.push({ start: offset + from + lead, end: offset + from + lead + trimmed.length, sentence: trimmed });
      from = cut;
    }
  }
  return out;
}

const excluded = devDocuments();
const docs = shuffle(loadCorpus(corpus, dataDir).filter((d) => !excluded.has(`${corpus}:${d.id}`)), `${seed}:${corpus}`);
let printed = 0;
for (const d of docs.slice(skip)) {
  if (printed >= count) break;
  const list = units(d.text);
  if (!list.length) continue;
  const pick = shuffle(list, `${seed}:${corpus}:${d.id}`)[0];
  if (d.text.slice(pick.start, pick.end) !== pick.sentence) throw new Error(`offsets of ${d.id} do not match`);
  console.log(JSON.stringify({ corpus, id: d.id, category: d.occupation_or_category ?? d.title ?? null, start: pick.start, end: pick.end, sentence: pick.sentence }));
  printed++;
}
