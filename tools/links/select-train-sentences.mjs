#!/usr/bin/env node
// Seeded choice of real sentences to label by hand as TRAINING data for the skill linker
// (tools/links/labels, tools/links/README.md): never a document of any dev set. Each document is
// split into units (a line or bullet, a resume's PDF-wrapped lines joined, then sentences) of 6-40
// words, as the linking dev set was, and one unit is drawn per document. Two ways to draw:
//
//   node tools/links/select-train-sentences.mjs CORPUS N [--seed S] [--data DIR] [--skip K]
//       N documents of one corpus, shuffled with the seed (prints one JSON line per unit)
//   node tools/links/select-train-sentences.mjs --groups --out DIR [--per-side N] [--seed S] [--data DIR]
//       per occupation group of select-real-pairs.mjs and side (resumes / postings), N documents
//       of the group's pools (candidates-<group>.jsonl in DIR)
//
// The output holds document text, so it goes OUTSIDE the repository; label files keep offsets and
// the short mention only (resumes) or the sentence (postings). Nothing here runs hrdocs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GROUPS, candidates, loadCorpus, mulberry32, hashSeed, shuffle } from '../devsets/select-real-pairs.mjs';
import { devIds } from '../devsets/select-train-pairs.mjs';
import { repo, selectionArgs } from '../devsets/selection-args.mjs';

const wordCount = (t) => (t.match(/\S+/g) || []).length;

/** Units of a document with their UTF-16 offsets: lines (a resume's PDF-wrapped lines joined while a
 * line does not end a sentence and the next starts lower-case), then sentences of 6-40 words, without
 * their bullet marker. `text` is the unit with its whitespace runs made single spaces. */
export function units(text, isResume) {
  const lines = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    const start = pos;
    pos += raw.length + 1;
    const t = raw.trim();
    if (!t) { lines.push(null); continue; }
    const off = start + raw.indexOf(t);
    const prev = lines[lines.length - 1];
    if (isResume && prev && !/[.:;!?]$/.test(prev.text) && /^[a-z(]/.test(t)) {
      prev.text += ' ' + t;
      prev.end = off + t.length;
      prev.joined = true;
    } else lines.push({ start: off, end: off + t.length, text: t });
  }
  const out = [];
  for (const l of lines) {
    if (!l) continue;
    const body = l.joined ? text.slice(l.start, l.end) : l.text;
    const re = /[^.!?;]+(?:[.!?;]+(?=\s|$)|$)/g;
    let m;
    while ((m = re.exec(body))) {
      const trimmed = m[0].trim();
      if (!trimmed) continue;
      const bullet = /^[-*•·o]\s+/.exec(trimmed)?.[0].length ?? 0;
      const s = trimmed.slice(bullet);
      const a = l.start + m.index + m[0].indexOf(trimmed) + bullet;
      const shown = s.replace(/\s+/g, ' ');
      const n = wordCount(shown);
      if (n >= 6 && n <= 40) out.push({ start: a, end: a + s.length, text: shown });
    }
  }
  return out;
}

/** One corpus: N documents in seeded order (after --skip K), one seeded unit each. */
function drawFromCorpus() {
  const { corpus, count, opt, dataDir, seed } = selectionArgs('select-train-sentences.mjs CORPUS N [--seed S] [--data DIR] [--skip K] | --groups --out DIR', 'hrdocs-link-train-2026');
  const skip = Number(opt('--skip', '0'));
  const held = devIds();
  const docs = shuffle(loadCorpus(corpus, dataDir).filter((d) => !held.has(d.id)), `${seed}:${corpus}`);
  let printed = 0;
  for (const d of docs.slice(skip)) {
    if (printed >= count) break;
    const list = units(d.text, corpus.startsWith('resumes/'));
    if (!list.length) continue;
    const pick = shuffle(list, `${seed}:${corpus}:${d.id}`)[0];
    console.log(JSON.stringify({ corpus, id: d.id, category: d.occupation_or_category ?? d.title ?? null, start: pick.start, end: pick.end, sentence: pick.text }));
    printed++;
  }
}

/** Per occupation group and side: the group's pool shuffled with `<seed>/<group>/<side>`, one unit
 * per document drawn with the same generator. */
function drawByGroup(argv) {
  const opt = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback; };
  const out = opt('--out', null);
  if (!out) { console.error('usage: select-train-sentences.mjs --groups --out DIR (outside the repository: the lists hold document text)'); process.exit(2); }
  const perSide = Number(opt('--per-side', '24'));
  const seed = opt('--seed', 'hrdocs-link-train-20261202');
  const dataDir = resolve(opt('--data', join(repo, '../shared/data')));
  const held = devIds();
  mkdirSync(out, { recursive: true });
  let total = 0;
  for (const g of GROUPS) {
    const rows = [];
    for (const sideName of ['resumes', 'postings']) {
      const side = g[sideName];
      if (!side) continue;
      const pool = candidates(side, g.name).filter((c) => !held.has(c.id));
      const order = shuffle(pool, `${seed}/${g.name}/${sideName}`);
      const rnd = mulberry32(hashSeed(`${seed}/${g.name}/${sideName}/units`));
      let taken = 0;
      for (const c of order) {
        if (taken >= perSide) break;
        const doc = loadCorpus(c.corpus, dataDir).find((d) => d.id === c.id);
        const us = units(doc.text, sideName === 'resumes');
        if (!us.length) continue;
        const u = us[Math.floor(rnd() * us.length)];
        rows.push({ group: g.name, side: sideName, corpus: c.corpus, id: c.id, title: c.title, start: u.start, end: u.end, text: u.text });
        taken++;
      }
    }
    total += rows.length;
    writeFileSync(join(out, `candidates-${g.name}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    console.log(`${g.name}\t${rows.length}`);
  }
  console.log(`total\t${total}\t-> ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  if (argv.includes('--groups')) drawByGroup(argv);
  else drawFromCorpus();
}
