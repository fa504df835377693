#!/usr/bin/env node
// Validates tools/devsets/real-docs.jsonl against the corpora in ../shared/data and prints counts.
// Usage: node tools/devsets/check-real-docs.mjs [dataDir] [--occupations] [--labels FILE]
// (--labels checks another file of the same format, e.g. the zone model's hand-labelled training documents)
// Plain Node (node:fs, node:zlib, node:path, node:url only). Exit code 1 on any error.
import { readFileSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../..");
const args = process.argv.slice(2);
const labelsAt = args.indexOf("--labels");
const labelsPath = labelsAt >= 0 ? resolve(args[labelsAt + 1]) : join(here, "real-docs.jsonl");
const dataDir = resolve(args.find((a, i) => !a.startsWith("--") && i !== labelsAt + 1) ?? join(repoRoot, "../shared/data"));
const nonHrPath = join(here, "non-hr-docs.json");

const JOB_ZONES = new Set(["title", "about", "summary", "responsibilities", "required", "preferred",
  "benefits", "legal", "apply", "testimonial", "other"]);
const RESUME_ZONES = new Set(["contact", "summary", "experience", "education", "skills", "certifications",
  "projects", "publications", "languages", "volunteering", "other"]);
const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);

const corpora = new Map();
function corpus(name) {
  if (!corpora.has(name)) {
    const file = join(dataDir, name + ".jsonl.gz");
    if (!existsSync(file)) { corpora.set(name, null); return null; }
    const m = new Map();
    for (const line of gunzipSync(readFileSync(file)).toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      const d = JSON.parse(line);
      m.set(d.id, d);
    }
    corpora.set(name, m);
  }
  return corpora.get(name);
}

const inc = (m, k, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
const counts = { job: 0, resume: 0 };
const perCorpus = new Map(), perOcc = new Map(), zoneLines = { job: new Map(), resume: new Map() },
  zoneSpans = { job: new Map(), resume: new Map() };
let nRoles = 0, nReqs = 0, nReqsPreferred = 0;
const seen = new Set();

const raw = readFileSync(labelsPath, "utf8").split("\n");
raw.forEach((line, i) => {
  if (!line.trim()) return;
  const where0 = `real-docs.jsonl:${i + 1}`;
  let L;
  try { L = JSON.parse(line); } catch (e) { err(where0, "bad JSON: " + e.message); return; }
  const where = `${where0} ${L.corpus}#${L.id}`;
  for (const k of ["corpus", "id", "kind", "occupation", "title", "zones", "roles", "requirements"])
    if (!(k in L)) err(where, `missing field ${k}`);
  if (seen.has(L.corpus + "#" + L.id)) err(where, "duplicate label");
  seen.add(L.corpus + "#" + L.id);
  if (!["job", "resume"].includes(L.kind)) { err(where, `bad kind ${L.kind}`); return; }
  const expectKind = L.corpus.startsWith("postings/") ? "job" : L.corpus.startsWith("resumes/") ? "resume" : null;
  if (expectKind !== L.kind) err(where, `kind ${L.kind} does not fit corpus ${L.corpus}`);
  if (typeof L.title !== "string" || !L.title.trim()) err(where, "empty title");
  if (typeof L.occupation !== "string" || !L.occupation.trim()) err(where, "empty occupation");
  const c = corpus(L.corpus);
  if (!c) { err(where, `unknown corpus ${L.corpus}`); return; }
  const doc = c.get(L.id);
  if (!doc) { err(where, "no such document"); return; }
  const lines = doc.text.split("\n");
  counts[L.kind]++; inc(perCorpus, L.corpus); inc(perOcc, L.occupation);

  // zones: ordered, non-overlapping, in range, valid names, every non-blank line covered once
  const valid = L.kind === "job" ? JOB_ZONES : RESUME_ZONES;
  const cover = new Array(lines.length).fill(0);
  let prevEnd = -1;
  for (const z of L.zones ?? []) {
    if (!Array.isArray(z) || z.length !== 3) { err(where, `bad zone ${JSON.stringify(z)}`); continue; }
    const [a, b, name] = z;
    if (!Number.isInteger(a) || !Number.isInteger(b) || a > b || a < 0 || b >= lines.length)
      { err(where, `zone out of range ${JSON.stringify(z)} (doc has ${lines.length} lines)`); continue; }
    if (a <= prevEnd) err(where, `zone ${JSON.stringify(z)} overlaps or is out of order`);
    prevEnd = b;
    if (!valid.has(name)) err(where, `invalid ${L.kind} zone name ${name}`);
    for (let k = a; k <= b; k++) cover[k]++;
    let n = 0;
    for (let k = a; k <= b; k++) if (lines[k].trim()) n++;
    inc(zoneLines[L.kind], name, n); inc(zoneSpans[L.kind], name);
  }
  const missing = [], twice = [];
  lines.forEach((t, k) => { if (t.trim()) { if (cover[k] === 0) missing.push(k); if (cover[k] > 1) twice.push(k); } });
  if (missing.length) err(where, `non-blank lines not covered: ${missing.slice(0, 20).join(",")}${missing.length > 20 ? "..." : ""}`);
  if (twice.length) err(where, `lines covered twice: ${twice.slice(0, 20).join(",")}`);

  // roles
  if (L.kind === "job" && (L.roles ?? []).length) err(where, "jobs must have roles: []");
  for (const r of L.roles ?? []) {
    nRoles++;
    if (!Number.isInteger(r.line) || r.line < 0 || r.line >= lines.length || !lines[r.line].trim())
      err(where, `role line ${r.line} missing or blank`);
    // title may be null only when the dated entry names no role at all
    if (r.title !== null && (typeof r.title !== "string" || !r.title.trim())) err(where, `role at ${r.line} has an empty title (use null if none)`);
    if (!DATE_RE.test(r.start ?? "")) err(where, `role at ${r.line} bad start ${r.start}`);
    if (!(r.end === "present" || DATE_RE.test(r.end ?? ""))) err(where, `role at ${r.line} bad end ${r.end}`);
    if (DATE_RE.test(r.start ?? "") && DATE_RE.test(r.end ?? "") && r.end < r.start.slice(0, r.end.length))
      err(where, `role at ${r.line} ends before it starts`);
    for (const k of ["employer", "location"]) if (!(k in r)) err(where, `role at ${r.line} lacks ${k}`);
  }
  // requirements
  if (L.kind === "resume" && (L.requirements ?? []).length) err(where, "resumes must have requirements: []");
  for (const q of L.requirements ?? []) {
    nReqs++; if (q.required === false) nReqsPreferred++;
    if (!Number.isInteger(q.line) || q.line < 0 || q.line >= lines.length || !lines[q.line].trim())
      err(where, `requirement line ${q.line} missing or blank`);
    if (typeof q.years !== "number" || !(q.years > 0)) err(where, `requirement at ${q.line} bad years ${q.years}`);
    if (typeof q.required !== "boolean") err(where, `requirement at ${q.line} required must be boolean`);
    if (typeof q.subject !== "string" || !q.subject.trim()) err(where, `requirement at ${q.line} no subject`);
    const words = (q.text ?? "").trim().split(/\s+/).filter(Boolean).length;
    if (!words || words > 15) err(where, `requirement at ${q.line} excerpt must be 1..15 words (has ${words})`);
  }
});

// non-HR list
let nonHr = [];
if (existsSync(nonHrPath)) {
  nonHr = JSON.parse(readFileSync(nonHrPath, "utf8"));
  for (const e of nonHr) {
    if (e.kind !== "other") err(`non-hr-docs.json ${e.path}`, "kind must be other");
    if (!existsSync(join(repoRoot, e.path))) err(`non-hr-docs.json ${e.path}`, "file does not exist");
  }
} else err("non-hr-docs.json", "missing");

const fmt = (m) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k}: ${v}`).join("\n");
console.log(`postings: ${counts.job}  resumes: ${counts.resume}  occupations: ${perOcc.size}`);
console.log(`per corpus:\n${fmt(perCorpus)}`);
console.log(`job zones (non-blank lines / spans):\n${[...zoneLines.job].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k}: ${v} / ${zoneSpans.job.get(k)}`).join("\n")}`);
console.log(`resume zones (non-blank lines / spans):\n${[...zoneLines.resume].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k}: ${v} / ${zoneSpans.resume.get(k)}`).join("\n")}`);
console.log(`roles: ${nRoles}  requirements: ${nReqs} (${nReqs - nReqsPreferred} required, ${nReqsPreferred} preferred)`);
console.log(`non-HR docs: ${nonHr.length} (${nonHr.filter((e) => e.path.startsWith("node_modules/")).length} from node_modules)`);
if (process.argv.includes("--occupations")) console.log(`occupations:\n${fmt(perOcc)}`);
if (errors.length) {
  console.error(`\n${errors.length} error(s):\n` + errors.join("\n"));
  process.exit(1);
}
console.log("OK");
