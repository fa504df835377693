#!/usr/bin/env node
// Validates tools/devsets/real-pairs.json (the hand-judged real resume/posting pair set) and prints counts.
//
// Checks: shape; no duplicate ids; every resume and posting id exists in its corpus (the gzip JSON-lines
// files under the data folder); every judged resume is listed in "resumes" and every listed resume is
// judged; every judged posting id is listed in "postings"; no posting is both right and near for one
// resume; every resume has >= 1 right posting; >= 12 occupation groups with >= 2 resumes and >= 2
// postings each. Ids in meta.rejected are checked against their corpus too.
//
// usage: node tools/devsets/check-real-pairs.mjs [--data DIR] [--no-data] [--training] [FILE]
//   --training: a training slice (tools/devsets/train-pairs*.json) need not cover 12 groups
//   DIR defaults to $HRDOCS_DATA or ../shared/data from the project root; --no-data skips the corpus
//   lookups (for machines without the third-party data). Exit status 1 on any error.

import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let dataDir = process.env.HRDOCS_DATA || join(here, '..', '..', '..', 'shared', 'data');
let useData = true;
let training = false;
let file = join(here, 'real-pairs.json');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--data') dataDir = args[++i];
  else if (args[i] === '--no-data') useData = false;
  else if (args[i] === '--training') training = true;
  else file = args[i];
}
dataDir = resolve(dataDir);

const errors = [];
const err = (m) => errors.push(m);
const set = JSON.parse(readFileSync(file, 'utf8'));

for (const key of ['resumes', 'postings', 'judgements']) if (!set[key]) err(`missing "${key}"`);
const SENIORITY = new Set(['entry', 'mid', 'senior']);
const CORPORA = {
  resumes: ['resumes/livecareer_resumes', 'resumes/kaggle_updated_resume_dataset'],
  postings: ['postings/nhs_jobs', 'postings/la_city_bulletins', 'postings/electionline',
    'postings/intheweeds_austin', 'postings/bulk_careers', 'postings/linkedin_teaching'],
};

function checkList(side) {
  const seen = new Set();
  for (const [i, d] of (set[side] || []).entries()) {
    const where = `${side}[${i}] ${d.id}`;
    if (!CORPORA[side].includes(d.corpus)) err(`${where}: unknown corpus ${d.corpus}`);
    if (typeof d.id !== 'string' || !d.id) err(`${where}: missing id`);
    if (seen.has(d.id)) err(`${where}: duplicate id`);
    seen.add(d.id);
    if (typeof d.occupation !== 'string' || !d.occupation.trim()) err(`${where}: missing occupation`);
    if (!SENIORITY.has(d.seniority)) err(`${where}: seniority must be entry|mid|senior`);
    if (typeof d.group !== 'string' || !d.group) err(`${where}: missing group`);
    if (typeof d.text === 'string') err(`${where}: document text must not be stored here`);
  }
  return seen;
}
const resumeIds = checkList('resumes');
const postingIds = checkList('postings');

// --- corpus lookups ---
const corpusCache = new Map();
function corpusIds(corpus) {
  if (!corpusCache.has(corpus)) {
    const path = join(dataDir, `${corpus}.jsonl.gz`);
    const ids = new Set();
    for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
      if (line) ids.add(JSON.parse(line).id);
    }
    corpusCache.set(corpus, ids);
  }
  return corpusCache.get(corpus);
}
if (useData) {
  if (!existsSync(dataDir)) {
    console.error(`data folder not found: ${dataDir} (use --data DIR, HRDOCS_DATA, or --no-data)`);
    process.exit(1);
  }
  const docs = [...(set.resumes || []), ...(set.postings || []), ...((set.meta && set.meta.rejected) || [])];
  for (const d of docs) {
    if (!corpusIds(d.corpus).has(d.id)) err(`${d.corpus}: id ${d.id} not found`);
  }
}

// --- judgements ---
const J = set.judgements || {};
let right = 0;
let near = 0;
for (const rid of resumeIds) if (!J[rid]) err(`resume ${rid} has no judgement`);
for (const [rid, j] of Object.entries(J)) {
  if (!resumeIds.has(rid)) err(`judged resume ${rid} is not in "resumes"`);
  if (!Array.isArray(j.right) || !Array.isArray(j.near)) { err(`judgement ${rid}: right and near must be arrays`); continue; }
  if (j.right.length < 1) err(`resume ${rid} has no right posting`);
  for (const pid of [...j.right, ...j.near]) if (!postingIds.has(pid)) err(`judgement ${rid}: posting ${pid} is not in "postings"`);
  const r = new Set(j.right);
  if (r.size !== j.right.length || new Set(j.near).size !== j.near.length) err(`judgement ${rid}: duplicate posting id`);
  for (const pid of j.near) if (r.has(pid)) err(`judgement ${rid}: ${pid} is both right and near`);
  right += j.right.length;
  near += j.near.length;
}
const total = resumeIds.size * postingIds.size;

// --- per-group counts ---
const groups = new Map();
const g = (name) => groups.get(name) || groups.set(name, { resumes: 0, postings: 0, right: 0, near: 0 }).get(name);
for (const d of set.resumes || []) g(d.group).resumes++;
for (const d of set.postings || []) g(d.group).postings++;
const groupOfResume = new Map((set.resumes || []).map((d) => [d.id, d.group]));
for (const [rid, j] of Object.entries(J)) {
  const grp = groups.get(groupOfResume.get(rid));
  if (grp) { grp.right += (j.right || []).length; grp.near += (j.near || []).length; }
}
const both = [...groups.values()].filter((x) => x.resumes >= 2 && x.postings >= 2).length;
if (both < 12 && !training) err(`only ${both} occupation groups have >= 2 resumes and >= 2 postings (need 12)`);

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('group', 26)}${pad('resumes', 9)}${pad('postings', 10)}${pad('right', 7)}near`);
for (const [name, x] of [...groups].sort()) console.log(`${pad(name, 26)}${pad(x.resumes, 9)}${pad(x.postings, 10)}${pad(x.right, 7)}${x.near}`);
console.log(`\nresumes ${resumeIds.size}, postings ${postingIds.size}, groups ${groups.size} (${both} with >= 2 on both sides)`);
console.log(`pairs ${total}: right ${right}, near ${near}, unrelated ${total - right - near}`);
console.log(`rejected or skipped during selection: ${((set.meta && set.meta.rejected) || []).length}`);
console.log(useData ? `corpus ids checked against ${dataDir}` : 'corpus ids NOT checked (--no-data)');
if (errors.length) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log('OK');
