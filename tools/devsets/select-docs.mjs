#!/usr/bin/env node
// Reproducible, seeded choice of the documents labelled in real-docs.jsonl.
// Usage: node tools/devsets/select-docs.mjs [dataDir]   (default ../shared/data from the repo root)
// Prints one JSON line per chosen document: {corpus, id, bucket, lines, title}. It never writes
// document text anywhere; the labels themselves were written by hand after reading each document.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { hashSeed, mulberry32 } from "./select-real-pairs.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(process.argv[2] ?? join(here, "../../../shared/data"));
export const SEED = "hrdocs-devset-2026";
const MAX_LINES = 250;

function sample(arr, k, seedStr) {
  const rnd = mulberry32(hashSeed(seedStr));
  const a = [...arr];
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a.slice(0, k);
}
function load(corpus) {
  const raw = gunzipSync(readFileSync(join(dataDir, corpus + ".jsonl.gz"))).toString("utf8");
  return raw.split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

// Bucket rules: [bucket, how many, predicate(doc)]. For title-keyword buckets the first matching
// bucket in the list wins (a doc is only ever in one bucket).
const byCat = (c) => (d) => d.occupation_or_category === c;
const PLAN = {
  "postings/nhs_jobs": { byTitle: true, buckets: [
    ["nursing", 3, /nurse|sister|charge nurse|midwi|matron/i],
    ["pharmacy", 1, /pharmac/i],
    ["allied health", 2, /physio|occupational therap|radiograph|speech and language|dietitian|podiatr|paramedic|psycholog|sonograph|optometr|orthoptist/i],
    ["doctor", 2, /doctor|registrar|consultant|physician|\bgp\b|clinical fellow|specialty/i],
    ["healthcare support", 1, /healthcare assistant|health care assistant|support worker|care assistant|assistant practitioner/i],
    ["finance", 1, /financ|accountant|payroll|accounts/i],
    ["hr", 1, /\bhr\b|human resources|recruitment|workforce|\bpeople\b/i],
    ["it", 1, /\bit\b|\bict\b|developer|software|network|database|digital/i],
    ["estates/facilities/catering", 1, /estates|porter|catering|domestic|facilities|electrician|plumber|maintenance|chef|\bcook\b|painter|carpenter/i],
    ["admin/clerical", 2, /administrat|secretar|receptionist|clerk|co-?ordinator|medical records|personal assistant/i],
  ]},
  "postings/la_city_bulletins": { byTitle: true, buckets: [
    ["airport", 1, /airport/i],
    ["police/fire", 1, /police|fire|detention|security officer/i],
    ["engineering", 1, /engineer/i],
    ["accounting/finance", 1, /account|auditor|financ|budget|payroll/i],
    ["clerical", 1, /clerk|secretary|administrative|typist/i],
    ["trades/mechanic", 1, /mechanic|electrician|plumber|carpenter|painter|machinist|welder|repairer|installer|worker|operator/i],
  ]},
  "postings/electionline": { buckets: [
    ["election administration", 3, byCat("election administration")],
    ["election administration (chief official)", 2, byCat("election administration (chief official)")],
  ]},
  "postings/intheweeds_austin": { buckets: [
    ["restaurant front of house", 3, byCat("restaurant front of house")],
    ["restaurant back of house (kitchen)", 2, byCat("restaurant back of house (kitchen)")],
    ["bar", 1, byCat("bar")],
    ["restaurant management", 1, byCat("restaurant management")],
    ["hotel", 1, byCat("hotel")],
  ]},
  "postings/bulk_careers": { byTitle: true, buckets: [
    ["supervisor/manager", 1, /supervisor|manager|lead\b/i],
    ["quality/lab", 1, /quality|laboratory|chemist/i],
    ["warehouse", 1, /warehouse|order|picker|shipping|inventory|pick-up/i],
    ["production/maintenance", 1, /production|machine|filling|compounder|maintenance|assembly|sanitation/i],
    ["office/customer service", 1, /customer|account|call center|graphics|administrative/i],
  ]},
  "postings/linkedin_teaching": { byTitle: true, buckets: [
    ["school teacher", 4, /teacher/i],
    ["instructor/educator", 2, /instructor|educator|tutor|professor|faculty|lecturer/i],
    ["other education", 1, /./],
  ]},
  "resumes/livecareer_resumes": { buckets: [
    ...["accountant", "advocate", "aviation", "chef", "construction", "designer", "engineering", "finance",
        "fitness", "healthcare", "hr", "sales", "teacher"].map((c) => [c, 2, byCat(c)]),
    ...["banking", "information-technology", "agriculture", "business-development", "public-relations",
        "apparel", "arts", "consultant"].map((c) => [c, 1, byCat(c)]),
  ]},
  "resumes/kaggle_updated_resume_dataset": { buckets:
    ["HR", "Sales", "Advocate", "Civil Engineer", "Mechanical Engineer", "Electrical Engineering",
     "Health and fitness", "Arts", "Operations Manager", "Java Developer"].map((c) => [c, 1, byCat(c)]),
  },
};

// Second stratum: postings that state years/months of experience, so that the `requirements`
// labels are not too sparse. Drawn (same seed) from documents not already chosen above.
const YEARS_RE = /\b(\d+|one|two|three|four|five|six|seven|eight|ten)\+?\s*(\(\d+\)\s*)?(\+\s*)?(years?|yrs?|months?)\b[^.\n]{0,60}experience|experience[^.\n]{0,60}\b(\d+|one|two|three|four|five)\+?\s*(years?|yrs?|months?)\b/i;
const YEARS_PLAN = { "postings/nhs_jobs": 2, "postings/linkedin_teaching": 2, "postings/intheweeds_austin": 1, "postings/bulk_careers": 1 };
const chosen = new Set();

for (const [corpus, plan] of Object.entries(PLAN)) {
  const docs = load(corpus).filter((d) => d.text.split("\n").length <= MAX_LINES)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bucketOf = new Map();
  for (const d of docs) {
    for (const [b, , pred] of plan.buckets) {
      const ok = plan.byTitle ? pred.test(d.title ?? "") : pred(d);
      if (ok) { bucketOf.set(d.id, b); break; }
    }
  }
  for (const [b, k] of plan.buckets) {
    const cands = docs.filter((d) => bucketOf.get(d.id) === b);
    for (const d of sample(cands, k, `${SEED}:${corpus}:${b}`)) {
      chosen.add(corpus + "#" + d.id);
      console.log(JSON.stringify({ corpus, id: d.id, bucket: b, candidates: cands.length, lines: d.text.split("\n").length, title: d.title }));
    }
  }
}

for (const [corpus, k] of Object.entries(YEARS_PLAN)) {
  const cands = load(corpus).filter((d) => d.text.split("\n").length <= MAX_LINES && !chosen.has(corpus + "#" + d.id)
    && YEARS_RE.test(d.text)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const d of sample(cands, k, `${SEED}:${corpus}:states-years`)) {
    console.log(JSON.stringify({ corpus, id: d.id, bucket: "states years of experience", candidates: cands.length, lines: d.text.split("\n").length, title: d.title }));
  }
}
