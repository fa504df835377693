#!/usr/bin/env node
// Seeded candidate sentences for the skill-linking TRAINING set (tools/devsets/skill-links-train.jsonl),
// the training twin of the dev set skill-links.jsonl: the occupation groups and document pools of
// select-real-pairs.mjs, its own seed, and no document named by any dev set.
//
// Per group and side (resumes / postings), the pool is shuffled with `<seed>/<group>/<side>` and one
// unit (a line or bullet, resume PDF wraps joined, then split into sentences; 6-40 words) is drawn per
// document with the same generator. A human labeller walks the list in order, skips units with no
// skill mention (boilerplate, contact details, bare dates) and labels every mention of a taken unit.
// The list holds document text, so it is written OUTSIDE the repository (--out); the training set
// keeps offsets and short mentions only (resumes) or the sentence (postings), like the dev set.
// Nothing here runs hrdocs.
//
// usage: node tools/devsets/select-link-train.mjs --out DIR [--data DIR] [--per-side N] [--seed S]

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GROUPS, candidates, loadCorpus, mulberry32, hashSeed, shuffle } from './select-real-pairs.mjs';
import { devIds } from './select-train-pairs.mjs';

export const SEED = 'hrdocs-link-train-20261202';
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const OUT = opt('--out', null);
const PER_SIDE = Number(opt('--per-side', '24'));
const DRAW_SEED = opt('--seed', SEED);
if (!OUT) { console.error('usage: select-link-train.mjs --out DIR (outside the repository: the lists hold document text)'); process.exit(2); }

const wordCount = (t) => (t.match(/\S+/g) || []).length;

/** Units of a document with their UTF-16 offsets: lines (a resume's PDF-wrapped lines joined while a
 * line does not end a sentence and the next starts lower-case), then sentences of at most 40 words. */
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
      // a bullet marker is not part of the unit
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

const held = devIds();
mkdirSync(OUT, { recursive: true });
let total = 0;
for (const g of GROUPS) {
  const rows = [];
  for (const sideName of ['resumes', 'postings']) {
    const side = g[sideName];
    if (!side) continue;
    const pool = candidates(side, g.name).filter((c) => !held.has(c.id));
    const order = shuffle(pool, `${DRAW_SEED}/${g.name}/${sideName}`);
    const rnd = mulberry32(hashSeed(`${DRAW_SEED}/${g.name}/${sideName}/units`));
    for (const c of order) {
      if (rows.filter((r) => r.side === sideName).length >= PER_SIDE) break;
      const doc = loadCorpus(c.corpus).find((d) => d.id === c.id);
      const us = units(doc.text, sideName === 'resumes');
      if (!us.length) continue;
      const u = us[Math.floor(rnd() * us.length)];
      rows.push({ group: g.name, side: sideName, corpus: c.corpus, id: c.id, title: c.title, start: u.start, end: u.end, text: u.text });
    }
  }
  total += rows.length;
  writeFileSync(join(OUT, `candidates-${g.name}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`${g.name}\t${rows.length}`);
}
console.log(`total\t${total}\t-> ${OUT}`);
