#!/usr/bin/env node
// Seeded candidate lists for the real pair TRAINING set (tools/devsets/train-pairs.json), the training
// twin of the dev set real-pairs.json: same occupation groups, pools and shuffle (imported from
// select-real-pairs.mjs), a different seed, and no document named by any dev set.
//
// For every group and side (resumes / postings / near) it prints the shuffled candidates (corpus, id,
// word count, title; never document text), with every dev-set id removed. A human judge walks each list
// in order and takes the first documents that really are in the occupation (2 resumes, 2 postings,
// 1 near posting where the group has a near pool); passed-over ids go to train-pairs.json meta.rejected.
// Nothing here scores or ranks documents.
//
// usage: node tools/devsets/select-train-pairs.mjs [--data DIR] [--show N] [--group NAME] [--seed S] [--exclude SET.json ...]

import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GROUPS, candidates, shuffle } from './select-real-pairs.mjs';

export const SEED = 'hrdocs-train-pairs-20261202';
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const SHOW = Number(opt('--show', '10'));
// a further training set is drawn under its own seed, leaving out the documents earlier sets took
const DRAW_SEED = opt('--seed', SEED);
const EXCLUDE = args.flatMap((a, i) => (args[i - 1] === '--exclude' ? [a] : []));
const ONLY = opt('--group', null);

/** Every string (and object key) in the dev-set files: a superset of their document ids. */
export function devIds() {
  const ids = new Set();
  const collect = (v) => {
    // skill-mentions.jsonl names its documents "corpus:id"
    if (typeof v === 'string') { ids.add(v); if (v.includes(':')) ids.add(v.slice(v.lastIndexOf(':') + 1)); }
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => { ids.add(k); collect(x); });
  };
  for (const f of ['real-pairs.json', 'skill-precision-check.json', 'non-hr-docs.json']) collect(JSON.parse(readFileSync(join(here, f), 'utf8')));
  for (const f of ['real-docs.jsonl', 'skill-links.jsonl', 'skill-mentions.jsonl'])
    for (const line of readFileSync(join(here, f), 'utf8').split('\n')) if (line.trim()) collect(JSON.parse(line));
  return ids;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const held = devIds();
  for (const f of EXCLUDE) {
    const set = JSON.parse(readFileSync(f, 'utf8'));
    for (const d of [...set.resumes, ...set.postings, ...(set.meta?.rejected ?? [])]) held.add(d.id);
  }
  for (const g of GROUPS) {
    if (ONLY && g.name !== ONLY) continue;
    for (const sideName of ['resumes', 'postings', 'near']) {
      const side = g[sideName];
      if (!side) continue;
      const pool = candidates(side, g.name).filter((c) => !held.has(c.id));
      const order = shuffle(pool, `${DRAW_SEED}/${g.name}/${sideName}`);
      console.log(`== ${g.name} ${sideName} pool=${pool.length}${side.label ? ` (${side.label})` : ''}`);
      for (const c of order.slice(0, SHOW)) console.log(`  ${c.corpus}\t${c.id}\t${c.words}w\t${c.title}`);
    }
  }
}
