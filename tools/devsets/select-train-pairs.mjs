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
//   (--group also takes a TRAINING_GROUPS name)

import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GROUPS, candidates, shuffle } from './select-real-pairs.mjs';

// Occupation groups for training only (sets 10 and 11): fields the dev groups leave out or whose
// pools earlier sets spent, so that the matcher sees right and near pairs beyond the dev groups'
// occupations. Same pool form as GROUPS (corpus, category, title pattern, excluded titles); the
// dev set's candidate lists (select-real-pairs.mjs) are unchanged.
const R = (corpus, cat, title, not) => ({ corpus, cat, title, not });
const LIVECAREER = 'resumes/livecareer_resumes';
const SENIOR_TITLES = /\b(director|vice|president|chief|owner|ceo|cfo)\b/i;
export const TRAINING_GROUPS = [
  { name: 'maintenance-mechanic', resumes: { take: 3, pools: [R(LIVECAREER, 'aviation', /mechanic|technician|avionic|maintenance|inspector|crew chief|airframe|repairer/i, /manager|director|sales|customer|software|project|desk/i)] },
    postings: { take: 3, pools: [R('postings/la_city_bulletins', null, /aircraft|airport|mechanic|avionic|equipment repair/i)] } },
  { name: 'engineering-technical', resumes: { take: 3, pools: [R(LIVECAREER, 'engineering', /technician|engineer\b|drafter|designer|inspector|specialist/i, /manager|intern|software|sales|director/i)] },
    postings: { take: 3, pools: [R('postings/la_city_bulletins', null, /engineer|engineering|drafting|technician|inspector|surveyor/i)] } },
  { name: 'building-trades', resumes: { take: 3, pools: [R(LIVECAREER, 'construction', /carpenter|electrician|plumber|laborer|labourer|helper|painter|welder|technician|maintenance|operator|foreman|mason|apprentice/i, /manager|sales|estimator|director/i)] },
    postings: { take: 3, pools: [R('postings/la_city_bulletins', null, /carpenter|electrician|plumber|painter|welder|building|repair|maintenance|construction|equipment operator|mason|roofer|laborer|helper/i)] } },
  { name: 'allied-health', resumes: { take: 3, pools: [R(LIVECAREER, 'healthcare', /technician|technologist|therapist|pharmac|medical assistant|phlebotom|radiolog|sonograph|dental|records|coder|aide|assistant|nurse/i, /director|manager|sales|chief|vice|recruit/i)] },
    postings: { take: 3, pools: [R('postings/nhs_jobs', null, /physiotherap|occupational therap|radiograph|pharmac|technician|phlebotom|healthcare assistant|sonograph|dental|clinical coder|assistant practitioner/i)] } },
  { name: 'communications', resumes: { take: 3, pools: [R(LIVECAREER, /^(public-relations|digital-media)$/, /communication|public relations|\bPR\b|media|marketing|content|writer|editor|press|social/i, SENIOR_TITLES)] },
    postings: { take: 3, pools: [R('postings/nhs_jobs', null, /communications|media|marketing|engagement officer/i), R('postings/electionline', null, /communications|outreach|public information|media/i), R('postings/la_city_bulletins', null, /public relations|public information/i)] } },
  { name: 'grounds-agriculture', resumes: { take: 3, pools: [R(LIVECAREER, 'agriculture', /farm|garden|landscap|grounds|agri|crop|tree|nursery|ranch|field|horticult|irrigation|pest/i, SENIOR_TITLES)] },
    postings: { take: 3, pools: [R('postings/la_city_bulletins', null, /gardener|tree|agricult|park|grounds|landscape|irrigation|pest/i)] } },
];

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
  for (const g of [...GROUPS, ...TRAINING_GROUPS]) {
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
