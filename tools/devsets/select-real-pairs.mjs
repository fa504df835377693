#!/usr/bin/env node
// Seeded candidate lists for the real pair dev set (tools/devsets/real-pairs.json).
//
// For every occupation group and side (resumes / postings) this script builds a pool of
// documents by corpus, category and a title pattern, drops documents under 80 words, sorts
// the pool by id and shuffles it with a PRNG seeded from SEED + group + side. It prints the
// shuffled candidates (corpus, id, word count, title; never document text). A human judge
// then walks each list in order, reads every candidate and takes the first `take` documents
// that really are in the occupation; rejected candidates are recorded in real-pairs.json
// (meta.rejected) with the reason. Nothing here scores or ranks documents.
//
// usage: node tools/devsets/select-real-pairs.mjs [--data DIR] [--show N] [--group NAME]
//        (DIR defaults to $HRDOCS_DATA or ../shared/data from the project root)

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEED = 'hrdocs-real-pairs-20261201';
export const MIN_WORDS = 80;

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const DATA = resolve(opt('--data', process.env.HRDOCS_DATA || join(here, '..', '..', '..', 'shared', 'data')));
const SHOW = Number(opt('--show', '10'));
const ONLY = opt('--group', null);

// Pools. `corpus` is "<folder>/<file stem>"; `cat` restricts occupation_or_category (null = any);
// `title` is matched case-insensitively against the document title (kaggle resumes have no
// title, so their pools match on the category only); `not` excludes titles.
const R = (corpus, cat, title, not) => ({ corpus, cat, title, not });
export const GROUPS = [
  { name: 'nurse', resumes: { take: 3, pools: [R('resumes/livecareer_resumes', null, /\b(registered nurse|staff nurse|charge nurse|field nurse|nurse clinician|RN|LPN|licensed practical nurse|health nurse)\b/i, /assistant|recruit|reviewer/i)] },
    postings: { take: 2, pools: [R('postings/nhs_jobs', null, /\b(staff nurse|registered nurse)\b/i)] },
    near: { take: 1, label: 'physician (near field for nurses)', pools: [R('postings/nhs_jobs', null, /^(specialty doctor|speciality doctor|salaried gp|consultant in (acute|emergency|geriatric) medicine|senior clinical fellow)\b/i)] } },
  { name: 'accountant', resumes: { take: 3, pools: [R('resumes/livecareer_resumes', 'accountant', /accountant/i, /payroll/i)] },
    postings: { take: 2, pools: [R('postings/la_city_bulletins', null, /accountant$/i), R('postings/nhs_jobs', null, /accountant/i)] },
    near: { take: 1, label: 'payroll (near field for accountants)', pools: [R('postings/nhs_jobs', null, /payroll (officer|administrator|technician|coordinator|associate)/i), R('postings/la_city_bulletins', null, /^payroll/i)] } },
  { name: 'finance', resumes: { take: 2, pools: [R('resumes/livecareer_resumes', 'finance', /finance (manager|analyst|officer|specialist|business partner|controller)|financial analyst/i)] },
    postings: { take: 2, pools: [R('postings/nhs_jobs', null, /finance (manager|officer|business partner|analyst)|financial (controller|analyst)/i), R('postings/la_city_bulletins', null, /^financial (analyst|manager)$/i)] } },
  { name: 'teacher', resumes: { take: 2, pools: [R('resumes/livecareer_resumes', 'teacher', /teacher/i)] },
    postings: { take: 2, pools: [R('postings/linkedin_teaching', null, /teacher/i)] } },
  { name: 'chef', resumes: { take: 3, pools: [R('resumes/livecareer_resumes', 'chef', /chef|cook/i, /pampered/i)] },
    postings: { take: 2, pools: [R('postings/intheweeds_austin', 'restaurant back of house (kitchen)', /chef|cook|kitchen/i)] },
    near: { take: 1, label: 'restaurant manager (near field for cooks)', pools: [R('postings/intheweeds_austin', 'restaurant management', /./)] } },
  { name: 'hr', resumes: { take: 2, pools: [R('resumes/livecareer_resumes', 'hr', /\bHR\b|human resources/i), R('resumes/kaggle_updated_resume_dataset', 'HR', null)] },
    postings: { take: 2, pools: [R('postings/nhs_jobs', null, /\bHR\b|human resources|employee relations/i), R('postings/la_city_bulletins', null, /^(personnel analyst|senior personnel analyst)$/i)] } },
  { name: 'sales', resumes: { take: 3, pools: [R('resumes/livecareer_resumes', 'sales', /sales/i), R('resumes/livecareer_resumes', 'business-development', /business development/i)] },
    postings: { take: 2, pools: [R('postings/electionline', null, /sales|business development|account manager/i), R('postings/nhs_jobs', null, /business development|sales/i), R('postings/bulk_careers', null, /account representative/i), R('postings/intheweeds_austin', null, /sales/i)] } },
  // engineer postings: take 3 (one more than most groups) so the posting side totals 34.
  { name: 'engineer', resumes: { take: 2, pools: [R('resumes/livecareer_resumes', null, /\b(civil|mechanical|electrical|structural)\b.*engineer|engineer.*\b(civil|mechanical|electrical)\b/i, /intern|tutor|manager/i), R('resumes/kaggle_updated_resume_dataset', /^(Civil Engineer|Mechanical Engineer|Electrical Engineering)$/, null)] },
    postings: { take: 3, pools: [R('postings/la_city_bulletins', null, /^(building |senior |principal )?(civil|electrical|mechanical|structural|geotechnical|environmental) engineer(ing associate)?$/i)] } },
  // 'construction' was first drawn with LA trade bulletins (cement finisher, roofer drawn) against all construction
  // resumes; the livecareer construction resumes are mostly managers, so the group was redefined (before any
  // pair was judged) as construction management / supervision / inspection on both sides, with a new seed string.
  { name: 'construction-management', resumes: { take: 2, pools: [R('resumes/livecareer_resumes', 'construction', /construction (manager|manger|project|coordinator|supervisor|superintendent|inspector|estimator|foreman)|superintend|inspector|estimator|foreman|project manager|site manager/i, /assistant|intern|accountant|bookkeeper|loan|sales/i)] },
    postings: { take: 2, pools: [R('postings/la_city_bulletins', null, /^((senior |principal |chief )?construction (inspector|estimator)|construction and maintenance (supervisor|superintendent)|building construction and maintenance|building repair supervisor|senior construction engineer|rehabilitation construction specialist)$/i)] } },
  { name: 'it', resumes: { take: 2, pools: [R('resumes/livecareer_resumes', 'information-technology', /information technology|\bIT\b|network|system administrator|support/i, /director|vice|president|chief|instructor|auditor/i)] },
    postings: { take: 2, pools: [R('postings/nhs_jobs', null, /\b(IT|ICT)\b|service desk|network (engineer|analyst)|infrastructure (engineer|analyst)|desktop|technical support/i)] } },
  { name: 'admin', resumes: { take: 2, pools: [R('resumes/livecareer_resumes', null, /administrative assistant|office assistant|receptionist|secretary|\bclerk\b|administrative (coordinator|support|associate)/i, /grocery|sales clerk|chief|company secretary|parks/i)] },
    postings: { take: 2, pools: [R('postings/nhs_jobs', null, /^(administrator|senior administrator|team administrator|administrative assistant|admin assistant|administration (assistant|officer)|receptionist|ward clerk|medical secretary|secretary)$/i), R('postings/la_city_bulletins', null, /^(administrative clerk|senior administrative clerk|secretary|office services assistant)$/i), R('postings/electionline', null, /clerk|administrative assistant|office assistant/i)] } },
  { name: 'warehouse', resumes: { take: 2, pools: [R('resumes/livecareer_resumes', null, /warehouse|machine operator|production (associate|worker|supervisor|operator)|assembl|forklift|picker|shipping|material handler|laborer/i, /construction|concrete/i)] },
    postings: { take: 2, pools: [R('postings/bulk_careers', null, /warehouse|production|picker|shipping|order fulfillment|inventory|machine/i)] } },
  { name: 'aircraft-maintenance', resumes: { take: 2, pools: [R('resumes/livecareer_resumes', null, /aviation (electronics|maintenance|mechanic|technician|maintainer)|aircraft (hydraulics|mechanic)|avionics|aviation mechanic|^assembly mechanic$|^maintenance mechanic$/i)] },
    postings: { take: 2, pools: [R('postings/la_city_bulletins', null, /avionics|helicopter mechanic|aircraft/i)] } },
  { name: 'fitness', resumes: { take: 2, pools: [R('resumes/livecareer_resumes', 'fitness', /fitness|personal trainer|yoga|exercise/i, /director|manager|vice/i)] },
    postings: { take: 2, pools: [R('postings/nhs_jobs', null, /(health|wellbeing|lifestyle).*coach|exercise physiologist|leisure assistant/i), R('postings/la_city_bulletins', null, /^(recreation coordinator|aquatic director)$/i), R('postings/linkedin_teaching', null, /fitness|physical education/i)] } },
  { name: 'graphic-designer', resumes: { take: 2, pools: [R('resumes/livecareer_resumes', 'designer', /graphic/i)] },
    postings: { take: 2, pools: [R('postings/la_city_bulletins', null, /^graphics designer$/i), R('postings/bulk_careers', null, /graphics designer/i), R('postings/electionline', null, /graphic designer/i), R('postings/nhs_jobs', null, /brand designer|content designer/i)] } },
];

// --- deterministic PRNG (FNV-1a string hash -> mulberry32) ---
export function hashSeed(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}
export function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export function shuffle(list, seedString) {
  const rnd = mulberry32(hashSeed(seedString));
  const a = list.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}

const cache = new Map();
export function loadCorpus(corpus, dataDir = DATA) {
  if (!cache.has(corpus)) {
    const buf = gunzipSync(readFileSync(join(dataDir, `${corpus}.jsonl.gz`)));
    cache.set(corpus, buf.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
  }
  return cache.get(corpus);
}
const words = (t) => (t.match(/\S+/g) || []).length;

export function candidates(side, groupName) {
  const seen = new Set();
  const out = [];
  for (const p of side.pools) {
    for (const d of loadCorpus(p.corpus)) {
      const cat = d.occupation_or_category;
      if (p.cat instanceof RegExp ? !p.cat.test(cat ?? '') : p.cat != null && cat !== p.cat) continue;
      if (p.title && !p.title.test(d.title ?? '')) continue;
      if (p.not && p.not.test(d.title ?? '')) continue;
      if (words(d.text) < MIN_WORDS) continue;
      const key = `${p.corpus}\t${d.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ corpus: p.corpus, id: d.id, title: d.title, words: words(d.text) });
    }
  }
  out.sort((a, b) => (a.corpus + a.id < b.corpus + b.id ? -1 : 1));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const g of GROUPS) {
    if (ONLY && g.name !== ONLY) continue;
    for (const sideName of ['resumes', 'postings', 'near']) {
      const side = g[sideName];
      if (!side) continue;
      const pool = candidates(side, g.name);
      const order = shuffle(pool, `${SEED}/${g.name}/${sideName}`);
      console.log(`== ${g.name} ${sideName} take=${side.take} pool=${pool.length}${side.label ? ` (${side.label})` : ''}`);
      for (const c of order.slice(0, SHOW)) console.log(`  ${c.corpus}\t${c.id}\t${c.words}w\t${c.title}`);
    }
  }
}
