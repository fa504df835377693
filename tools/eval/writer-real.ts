// The writer's real check (issue 11): postings written for 20 typed titles (`hrdocs jd`) and for
// the 20 real resumes of ranker-real.ts (`hrdocs generate`, 5 roles and the stretch role each),
// measured for
//   copying      runs of 12+ words found in any real posting of ../shared/data/postings (the
//                data policy's test: none may appear), and the longest run seen
//   selection    the matcher's score of the kept sample against the first sample (GIRL's
//                best-of-n by the reward model), per role
//   checks       planned skills the writer named itself, sentences dropped for an invented fact,
//                repeated lines
//   time         `generateMatchingJobs` per resume, warm, CPU
// With --out DIR the postings are written there for hand rating (never into the repository:
// the resume-side ones follow personal data).
// usage: node tools/out/tools/eval/writer-real.js [DATA_DIR] [--json] [--out DIR] [--seed N] [--titles-only]
//   --titles-only  the 20 typed titles alone (the hand-rated set), not the resumes' 120 postings
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine } from '../../server/src/engine/index.js';
import { inEvalPool } from './ranker-categories.js';
import { RUN_WORDS, runWords } from '../../server/src/engine/generate/copy-guard.js';
import { sentenceOpenings } from '../../server/src/engine/generate/write.js';

interface Row { id: string; text: string; title?: string; occupation_or_category?: string | null }
interface Selection { shuffle<T>(list: T[], seed: string): T[]; loadCorpus(corpus: string, dataDir?: string): Row[] }

const SEED = 'hrdocs-ranker-real-20261201';
// words and run length as the copy guard reads them (one definition of a copied run); the key is
// the eval's own, 52 bits, so the check it makes of the guard has almost no false alarm
// typed titles across fields, seniorities and one unknown to the graph
export const TITLES = [
  'Registered Nurse', 'Senior Accountant', 'Line Cook', 'Warehouse Associate', 'Primary School Teacher',
  'Civil Engineer', 'Paralegal', 'Sales Manager', 'Pharmacy Technician', 'Electrician',
  'Data Analyst', 'Physiotherapist', 'Bartender', 'HR Advisor', 'Lead Software Engineer',
  'Receptionist', 'Mechanical Engineer', 'Healthcare Assistant', 'Payroll Clerk', 'Drone Fleet Coordinator',
];

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..', '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const titlesOnly = args.includes('--titles-only');
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] : undefined;
const seedIndex = args.indexOf('--seed');
const seed = seedIndex >= 0 ? Number(args[seedIndex + 1]) : 0;
const dataDir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out' && args[i - 1] !== '--seed') ?? join(repo, '..', 'shared', 'data');
const selection = (await import(join(repo, 'tools', 'devsets', 'select-real-pairs.mjs'))) as Selection;

// a 12-word run as a 52-bit number (two FNV-1a halves), sorted for binary search
function runKey(words: string[], from: number): number {
  let a = 0x811c9dc5, b = 0x01000193;
  for (let i = from; i < from + RUN_WORDS; i++) {
    for (const ch of words[i] + ' ') {
      const c = ch.charCodeAt(0);
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x811c9dc5) >>> 0;
    }
  }
  return a * 0x100000 + (b >>> 12);
}

function postingRuns(): Float64Array {
  const keys: number[] = [];
  for (const f of ['bulk_careers', 'electionline', 'intheweeds_austin', 'la_city_bulletins', 'linkedin_teaching', 'nhs_jobs']) {
    const rows = gunzipSync(readFileSync(join(dataDir, 'postings', `${f}.jsonl.gz`))).toString('utf8').split('\n').filter(Boolean);
    for (const line of rows) {
      const w = runWords((JSON.parse(line) as Row).text);
      for (let i = 0; i + RUN_WORDS <= w.length; i++) keys.push(runKey(w, i));
    }
  }
  return Float64Array.from(keys).sort();
}

function has(sorted: Float64Array, key: number): boolean {
  let lo = 0, hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === key) return true;
    if (sorted[mid] < key) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/** Generated text only (front matter, title and the offer placeholder are the product's own). */
const bodyOf = (markdown: string) => markdown.replace(/^---[\s\S]*?---/, '').replace(/## Job title[\s\S]*?(?=## )/, '').replace(/## What we offer[\s\S]*$/, '');

/** Sentences of the generated text that open with the same words as an earlier one (the posting check's `openingOf`). */
function repeatedOpenings(markdown: string): number {
  const lines = bodyOf(markdown).split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const opens = lines.flatMap(sentenceOpenings);
  return opens.filter((o, i) => opens.indexOf(o) !== i).length;
}

const index = postingRuns();
// the copied runs themselves, for the reader of the report (printed to stderr, never stored)
const copied = (markdown: string) => {
  const w = runWords(bodyOf(markdown));
  let hits = 0;
  for (let i = 0; i + RUN_WORDS <= w.length; i++) if (has(index, runKey(w, i))) { hits++; console.error(`copied run: ${w.slice(i, i + RUN_WORDS).join(' ')}`); }
  return hits;
};

const engine = await loadEngine({ referenceMonth: '2026-12' });
if (outDir) mkdirSync(outDir, { recursive: true });
const titleRows: unknown[] = [];
let copiedDocs = 0, copiedRuns = 0, docs = 0;
for (const [i, title] of TITLES.entries()) {
  const job = await engine.generateJobDescription(title, undefined, { seed, writer: 'model' });
  const runs = copied(job.markdown);
  docs++;
  if (runs) { copiedDocs++; copiedRuns += runs; }
  titleRows.push({ title, occupationId: job.occupationId, kept: job.writer?.kept, words: runWords(bodyOf(job.markdown)).length, copiedRuns: runs, repeatedOpenings: repeatedOpenings(job.markdown) });
  if (outDir) writeFileSync(join(outDir, `title-${String(i + 1).padStart(2, '0')}.md`), job.markdown);
}

const picks: Row[] = [];
for (const [corpus, categories] of titlesOnly ? [] : [['resumes/livecareer_resumes', 16], ['resumes/kaggle_updated_resume_dataset', 4]] as const) {
  const rows = selection.loadCorpus(corpus, dataDir).filter((r) => inEvalPool(r.id) && r.occupation_or_category && r.text.split(/\s+/).length >= 80);
  const cats = selection.shuffle([...new Set(rows.map((r) => r.occupation_or_category!))].sort(), `${SEED}/${corpus}`).slice(0, categories);
  for (const cat of cats) {
    const row = selection.shuffle(rows.filter((r) => r.occupation_or_category === cat), `${SEED}/${corpus}/${cat}`)[0];
    if (row) picks.push(row);
  }
}
const resumeRows: unknown[] = [];
const kept: number[] = [], first: number[] = [];
const times: number[] = [];
for (const [i, row] of picks.entries()) {
  const a = await engine.analyze(row.text, undefined, { kind: 'resume', referenceMonth: '2026-12' });
  const t = performance.now();
  const jobs = await engine.generateMatchingJobs(a, 5, undefined, { seed, writer: 'model' });
  times.push(performance.now() - t);
  for (const [j, job] of jobs.entries()) {
    const runs = copied(job.markdown);
    docs++;
    if (runs) { copiedDocs++; copiedRuns += runs; }
    if (job.score !== undefined && job.writer?.firstScore !== undefined) { kept.push(job.score); first.push(job.writer.firstScore); }
    if (outDir && j === 0) writeFileSync(join(outDir, `resume-${String(i + 1).padStart(2, '0')}.md`), job.markdown);
  }
  resumeRows.push({ n: i + 1, category: row.occupation_or_category, roles: jobs.map((j) => ({ title: j.title, score: j.score, first: j.writer?.firstScore, kept: j.writer?.kept })) });
}
const mean = (x: number[]) => (x.length ? x.reduce((s, v) => s + v, 0) / x.length : 0);
const sorted = [...times].sort((a, b) => a - b);
const report = {
  postings: docs,
  copying: { postingsWithA12WordRun: copiedDocs, runs: copiedRuns },
  selection: { roles: kept.length, meanKeptScore: +mean(kept).toFixed(4), meanFirstScore: +mean(first).toFixed(4), keptBetter: kept.filter((k, i) => k > first[i] + 1e-9).length },
  generateMs: { median: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0), max: Math.round(sorted[sorted.length - 1] ?? 0) },
  titles: titleRows,
  resumes: json ? resumeRows : undefined,
};
process.stdout.write(JSON.stringify(report, null, json ? 0 : 2) + '\n');
