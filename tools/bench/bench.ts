// `hrdocs bench`: the speed and memory numbers of docs/EVALUATION.md ("Speed and memory").
// Each measurement is repeated --runs times and the median of the runs is reported, next to the
// machine, the engine status and baselines measured in the same run.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Engine } from '../../server/src/engine/api.js';
import { BenchClient } from './lsp.js';
import { CliError, ENGINE_OPTIONS, intOption, type CommandSpec, type Parsed } from '../../server/src/cli/args.js';
import { binPath, openEngine, repoRoot } from '../../server/src/cli/engine.js';
import { jsonOut, out } from '../../server/src/cli/io.js';


export const benchSpec: CommandSpec = {
  name: 'bench',
  positionals: [],
  summary: 'Speed and memory: analysis latency, generation, LSP round trip, cold start, batch throughput, memory.',
  details: 'Sections: latency, generate, lsp, cold, batch, memory (default: all). The median of --runs runs is reported.',
  options: {
    json: { type: 'boolean', description: 'print every number as JSON' },
    runs: { type: 'number', value: 'N', description: 'runs per measurement; the median is reported (default 3)' },
    iterations: { type: 'number', value: 'N', description: 'timed iterations per latency run (default 30; long JD a third, 50,000 words a tenth, at least 3)' },
    only: { type: 'string', value: 'LIST', description: 'comma-separated sections to run: latency,lsp,cold,batch,memory' },
    docs: { type: 'number', value: 'N', description: 'documents opened for the memory measurement (default 1000)' },
    ...ENGINE_OPTIONS,
  },
};

const SECTIONS = ['latency', 'generate', 'lsp', 'cold', 'batch', 'memory'] as const;
type Section = (typeof SECTIONS)[number];

// ---- statistics ---------------------------------------------------------------------------

export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const k = Math.max(0, Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1));
  return s[k];
}

export const median = (xs: readonly number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

interface Pct { p50: number; p95: number; n: number; runs: number }

/** Median over runs of each run's p50 and p95. */
function pctOfRuns(runs: number[][]): Pct {
  return {
    p50: median(runs.map((r) => percentile(r, 50))),
    p95: median(runs.map((r) => percentile(r, 95))),
    n: runs.reduce((a, r) => a + r.length, 0),
    runs: runs.length,
  };
}

// ---- documents ----------------------------------------------------------------------------

interface Docs {
  resume: { name: string; text: string };
  job: { name: string; text: string };
  longJd: { name: string; text: string };
  big: { name: string; text: string };
  resumes: string[];
  jobs: string[];
}

const FALLBACK_RESUME = `# Dana Reyes

dana.reyes@example.com · Portland, OR

## Summary
Registered nurse with six years of critical care experience, strong patient assessment and
clear communication with families and physicians.

## Skills
- Patient assessment
- Critical care nursing
- Electronic health records (Epic)
- Medication administration
- Basic Life Support (BLS), ACLS
- Team leadership

## Experience
### Registered Nurse, ICU — St. Mary's Hospital
*March 2020 – Present*
- Cared for 2–3 critically ill patients per shift, including ventilated patients.
- Precepted 8 new graduate nurses.

### Registered Nurse, Medical-Surgical — Valley Medical Center
*June 2017 – February 2020*
- Administered medications and monitored post-operative patients.

## Education
- Bachelor of Science in Nursing, Oregon Health & Science University, 2017
`;

const FALLBACK_JOB = `# Registered Nurse — Intensive Care Unit

## About the role
We are hiring an ICU registered nurse to care for critically ill adults.

## Required Skills
- Critical care nursing
- Patient assessment
- Ventilator management
- Medication administration
- ACLS certification

## Required Experience
- 3+ years of experience as a Registered Nurse in an ICU

## Responsibilities
- Assess, plan and evaluate patient care.
- Collaborate with physicians, respiratory therapists and families.
`;

function mdFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.md$/i.test(f) && !/^(readme|license)/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}

const words = (t: string): number => (t.match(/\S+/g) ?? []).length;

function loadDocs(): Docs {
  const root = repoRoot();
  const resumeFiles = root ? mdFiles(join(root, 'samples', 'resumes')) : [];
  const jobFiles = root ? mdFiles(join(root, 'samples', 'jobs')) : [];
  const resumes = resumeFiles.map((f) => readFileSync(f, 'utf8'));
  const jobs = jobFiles.map((f) => readFileSync(f, 'utf8'));
  // the sample resume closest to one page (~450 words)
  let resume = { name: 'built-in resume', text: FALLBACK_RESUME };
  if (resumes.length) {
    let best = 0;
    resumes.forEach((t, i) => { if (Math.abs(words(t) - 450) < Math.abs(words(resumes[best]) - 450)) best = i; });
    resume = { name: `samples/resumes/${basename(resumeFiles[best])}`, text: resumes[best] };
  }
  // the sample job that goes with it (most file-name words in common), for extraction + match
  let job = { name: 'built-in job', text: FALLBACK_JOB };
  if (jobs.length) {
    const tokens = (f: string) => new Set(basename(f, '.md').toLowerCase().split(/[^a-z0-9]+/));
    const rt = tokens(resume.name);
    const shared = (f: string) => [...tokens(f)].filter((t) => rt.has(t)).length;
    let best = 0;
    jobFiles.forEach((f, i) => { if (shared(f) > shared(jobFiles[best])) best = i; });
    job = { name: `samples/jobs/${basename(jobFiles[best])}`, text: jobs[best] };
  }

  // a long JD: real postings (18F) concatenated to about 10,000 words
  const postings = root ? mdFiles(join(root, '..', 'shared', 'data', 'jobs-18f')) : [];
  let longText = '';
  let used = 0;
  for (const f of postings) {
    if (words(longText) >= 10_000) break;
    longText += readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') + '\n\n';
    used++;
  }
  let longName = `${used} 18F postings concatenated`;
  if (!used) {
    const parts = jobs.length ? jobs : [FALLBACK_JOB];
    while (words(longText) < 3_000) longText += parts.map((t) => t.replace(/^# /m, '## ')).join('\n\n');
    longText = `# Job description\n\n${longText}`;
    longName = 'sample job descriptions repeated (no jobs-18f data)';
  }

  // a 50,000-word document: sample text repeated
  const pool = [...(resumes.length ? resumes : [FALLBACK_RESUME]), ...(jobs.length ? jobs : [FALLBACK_JOB])];
  let big = '';
  for (let i = 0; words(big) < 50_000; i++) big += pool[i % pool.length].replace(/^---\n[\s\S]*?\n---\n/, '') + '\n\n';
  return {
    resume,
    job,
    longJd: { name: `${longName}, ${words(longText)} words`, text: longText },
    big: { name: `samples repeated, ${words(big)} words`, text: big },
    resumes: resumes.length ? resumes : [FALLBACK_RESUME],
    jobs: jobs.length ? jobs : [FALLBACK_JOB],
  };
}

/** A word no model knows, different for every i (letters only: no dates, no numbers). */
function tag(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  }
  return `qx${s}`;
}

/** The document as after one keystroke-sized edit: one word appended to its last text line. */
export function editVariant(text: string, i: number): string {
  const lines = text.split('\n');
  for (let k = lines.length - 1; k >= 0; k--) {
    if (/[A-Za-z]/.test(lines[k]) && !/^\s*(#|---|<!--|\|)/.test(lines[k])) {
      lines[k] = `${lines[k]} ${tag(i)}`;
      return lines.join('\n');
    }
  }
  return `${text}\n${tag(i)}\n`;
}

/** A document no cache has seen: a word appended to every text line (headings and dates untouched). */
export function freshVariant(text: string, i: number): string {
  const t = tag(i);
  return text.split('\n').map((l) => (/[A-Za-z]{3}/.test(l) && !/^\s*(#|---|<!--|\||```)/.test(l) && !/\b(19|20)\d{2}\b/.test(l) ? `${l} ${t}` : l)).join('\n');
}

// ---- generation ----------------------------------------------------------------------------

/**
 * 5 matching jobs for the 1-page resume and one job description, warm (a first call loads the
 * writer), a new seed each run: the trained writer, and the template as the same run's baseline.
 */
async function generation(engine: Engine, docs: Docs, runs: number): Promise<Record<string, unknown>> {
  const resume = await engine.analyze(docs.resume.text, undefined, { kind: 'resume' });
  const time = async (writer: 'model' | 'template') => {
    await engine.generateMatchingJobs(resume, 5, undefined, { seed: 0, writer });
    const matching: number[] = [], jd: number[] = [];
    for (let r = 1; r <= runs; r++) {
      let t = performance.now();
      await engine.generateMatchingJobs(resume, 5, undefined, { seed: r, writer });
      matching.push(performance.now() - t);
      t = performance.now();
      await engine.generateJobDescription('Registered Nurse', undefined, { seed: r, writer });
      jd.push(performance.now() - t);
    }
    return { matchingJobsMs: median(matching), jobDescriptionMs: median(jd) };
  };
  const template = await time('template');
  const model = await time('model').catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }));
  return { document: docs.resume.name, template, model };
}

// ---- in-process latency ---------------------------------------------------------------------

async function timeRuns(runs: number, iterations: number, warmup: number, fn: (i: number) => Promise<unknown>): Promise<number[][]> {
  let i = 0;
  for (let w = 0; w < warmup; w++) await fn(i++);
  const all: number[][] = [];
  for (let r = 0; r < runs; r++) {
    const ts: number[] = [];
    for (let k = 0; k < iterations; k++) {
      const t = performance.now();
      await fn(i++);
      ts.push(performance.now() - t);
    }
    all.push(ts);
  }
  return all;
}

interface LatencyResult {
  document: string;
  words: number;
  chars: number;
  /** a document no cache has seen (every paragraph changed) */
  fresh: Pct;
  /** the same document after a one-word edit (what typing costs) */
  edit: Pct;
  skills: number;
}

async function latency(engine: Engine, docs: Docs, runs: number, iterations: number): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  const cases: Array<[string, { name: string; text: string }, 'resume' | 'job', number]> = [
    ['resume', docs.resume, 'resume', iterations],
    ['longJd', docs.longJd, 'job', Math.max(3, Math.round(iterations / 3))],
    ['words50k', docs.big, 'resume', Math.max(3, Math.round(iterations / 10))],
  ];
  for (const [key, doc, kind, n] of cases) {
    const analyze = (text: string) => engine.analyze(text, undefined, { kind });
    const fresh = await timeRuns(runs, n, 2, (i) => analyze(freshVariant(doc.text, i)));
    const edit = await timeRuns(runs, n, 2, (i) => analyze(editVariant(doc.text, 100_000 + i)));
    const a = await analyze(doc.text);
    result[key] = {
      document: doc.name, words: words(doc.text), chars: doc.text.length,
      fresh: pctOfRuns(fresh), edit: pctOfRuns(edit), skills: a.skills.length,
    } satisfies LatencyResult;
  }
  // extraction + match for a one-page resume (the job analyzed once, as the server caches it)
  const job = await engine.analyze(docs.job.text, undefined, { kind: 'job' });
  const em = await timeRuns(runs, iterations, 2, async (i) => {
    const r = await engine.analyze(freshVariant(docs.resume.text, 200_000 + i), undefined, { kind: 'resume' });
    return engine.match(r, job);
  });
  result.extractAndMatch = { document: `${docs.resume.name} x ${docs.job.name}`, ...pctOfRuns(em) };
  return result;
}

// ---- LSP client over stdio ----------------------------------------------------------------

/** A scratch workspace with the bench resume under resumes/ and the sample job under jobs/. */
function makeWorkspace(docs: Docs): { dir: string; resumeUri: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hrdocs-bench-'));
  mkdirSync(join(dir, 'resumes'));
  mkdirSync(join(dir, 'jobs'));
  const resumePath = join(dir, 'resumes', 'bench-resume.md');
  writeFileSync(resumePath, docs.resume.text);
  writeFileSync(join(dir, 'jobs', 'bench-job.md'), docs.job.text);
  return { dir, resumeUri: pathToFileURL(resumePath).href };
}

async function lspRoundTrip(bin: string, docs: Docs, runs: number, iterations: number, args: string[]): Promise<Record<string, unknown>> {
  const ws = makeWorkspace(docs);
  const client = await BenchClient.start(bin, ws.dir, args);
  try {
    const first = client.waitDiagnostics(ws.resumeUri, 1, 120_000);
    await client.open(ws.resumeUri, docs.resume.text);
    const d0 = await first;
    let version = 1;
    const all: number[][] = [];
    // one warm-up edit, then the timed ones
    for (let r = -1; r < runs; r++) {
      const ts: number[] = [];
      for (let k = 0; k < (r < 0 ? 2 : iterations); k++) {
        version++;
        const t = performance.now();
        const sent = client.change(ws.resumeUri, editVariant(docs.resume.text, version));
        await client.waitDiagnostics(ws.resumeUri, sent, 60_000);
        ts.push(performance.now() - t);
      }
      if (r >= 0) all.push(ts);
    }
    return { document: docs.resume.name, diagnostics: d0.diagnostics.length, ...pctOfRuns(all), note: 'includes the server\'s typing debounce' };
  } finally {
    await client.stop();
    rmSync(ws.dir, { recursive: true, force: true });
  }
}

async function coldStart(bin: string, docs: Docs, runs: number, args: string[]): Promise<Record<string, unknown>> {
  const times: number[] = [];
  const initTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    const ws = makeWorkspace(docs);
    const client = await BenchClient.start(bin, ws.dir, args);
    try {
      initTimes.push(performance.now() - client.spawnedAt);
      const wait = client.waitDiagnostics(ws.resumeUri, 1, 180_000);
      await client.open(ws.resumeUri, docs.resume.text);
      await wait;
      times.push(performance.now() - client.spawnedAt);
    } finally {
      await client.stop();
      rmSync(ws.dir, { recursive: true, force: true });
    }
  }
  return { firstDiagnosticsMs: median(times), initializeMs: median(initTimes), runs: times.length, all: times };
}

async function memory(bin: string, docs: Docs, count: number, args: string[]): Promise<Record<string, unknown>> {
  const ws = makeWorkspace(docs);
  const client = await BenchClient.start(bin, ws.dir, args);
  try {
    // the engine loads on `initialized`: wait for a first document's diagnostics before the baseline
    const warm = pathToFileURL(join(ws.dir, 'resumes', 'warm.md')).href;
    const w = client.waitDiagnostics(warm, 1, 180_000);
    await client.open(warm, docs.resume.text);
    await w;
    const idle = client.memory();
    const pending = new Set<string>();
    const t0 = performance.now();
    const allDone = new Promise<void>((resolve) => {
      client.onDiagnostics((d) => {
        if (pending.delete(d.uri) && pending.size === 0) resolve();
      });
    });
    for (let i = 0; i < count; i++) {
      const uri = pathToFileURL(join(ws.dir, 'resumes', `variant-${i}.md`)).href;
      pending.add(uri);
      const base = docs.resumes[i % docs.resumes.length];
      await client.open(uri, freshVariant(base, i));
    }
    const timeoutMs = 600_000;
    const finished = await Promise.race([allDone.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), timeoutMs).unref())]);
    const elapsed = performance.now() - t0;
    const mem = client.memory();
    return {
      documents: count,
      diagnosed: count - pending.size,
      complete: finished,
      allDiagnosticsMs: elapsed,
      peakRssMiB: mem?.peakMiB,
      rssMiB: mem?.rssMiB,
      baselineIdleRssMiB: idle?.rssMiB,
      baselinePeakRssMiB: idle?.peakMiB,
    };
  } finally {
    await client.stop();
    rmSync(ws.dir, { recursive: true, force: true });
  }
}

// ---- batch throughput ---------------------------------------------------------------------

async function batchThroughput(bin: string, docs: Docs, runs: number, args: string[]): Promise<Record<string, unknown>> {
  const child = spawn(process.execPath, [bin, 'batch', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => { stderr = (stderr + b.toString()).slice(-2000); });
  let buffered = '';
  let waiting: { n: number; resolve: () => void } | undefined;
  let answered = 0;
  let errors = 0;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (s: string) => {
    buffered += s;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      answered++;
      if (line.includes('"error"')) errors++;
      if (waiting && answered >= waiting.n) {
        const w = waiting;
        waiting = undefined;
        w.resolve();
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const send = async (reqs: object[]): Promise<number> => {
    const target = answered + reqs.length;
    const done = new Promise<void>((resolve, reject) => {
      waiting = { n: target, resolve };
      void exited.then(() => reject(new Error(`batch exited early: ${stderr.trim().split('\n').pop() ?? ''}`)));
    });
    const t = performance.now();
    for (const r of reqs) {
      if (!child.stdin.write(JSON.stringify(r) + '\n')) await new Promise((res) => child.stdin.once('drain', res));
    }
    await done;
    return performance.now() - t;
  };
  try {
    const t0 = performance.now();
    await send([{ id: 'warm', op: 'analyze', text: docs.resume.text, kind: 'resume' }]);
    const firstAnswerMs = performance.now() - t0;
    const nDocs = 200;
    const nPairs = 100;
    const pool = [...docs.resumes.map((t) => ({ t, kind: 'resume' })), ...docs.jobs.map((t) => ({ t, kind: 'job' }))];
    const docRates: number[] = [];
    const pairRates: number[] = [];
    let seq = 0;
    for (let r = 0; r < runs; r++) {
      const reqs = Array.from({ length: nDocs }, (_, i) => {
        const d = pool[i % pool.length];
        return { id: seq, op: 'analyze', kind: d.kind, text: freshVariant(d.t, seq++) };
      });
      docRates.push(nDocs / ((await send(reqs)) / 1000));
      const pairs = Array.from({ length: nPairs }, (_, i) => ({
        id: seq, op: 'match',
        resume: freshVariant(docs.resumes[i % docs.resumes.length], seq++),
        job: docs.jobs[(i * 7 + 3) % docs.jobs.length],
      }));
      pairRates.push(nPairs / ((await send(pairs)) / 1000));
    }
    return {
      docsPerSecond: median(docRates), pairsPerSecond: median(pairRates), documentsPerRun: nDocs, pairsPerRun: nPairs,
      runs, errors, startToFirstAnswerMs: firstAnswerMs,
    };
  } finally {
    child.stdin.end();
    const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(t);
  }
}

// ---- baselines ----------------------------------------------------------------------------

/** A fixed CPU workload (hashing and JSON), to compare machines and runs. */
function cpuBaseline(runs: number): number {
  const payload = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ i, s: `skill ${i}`, v: [i, i * 2] })));
  const ts: number[] = [];
  for (let r = 0; r < Math.max(3, runs); r++) {
    const t = performance.now();
    let h = createHash('sha256');
    for (let k = 0; k < 4; k++) {
      const o = JSON.parse(payload) as unknown[];
      h = h.update(JSON.stringify(o));
    }
    h.digest('hex');
    ts.push(performance.now() - t);
  }
  return median(ts);
}

async function nodeStartBaseline(runs: number): Promise<number> {
  const ts: number[] = [];
  for (let r = 0; r < Math.max(3, runs); r++) {
    const t = performance.now();
    await new Promise<void>((resolve, reject) => {
      const c = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
      c.on('exit', () => resolve());
      c.on('error', reject);
    });
    ts.push(performance.now() - t);
  }
  return median(ts);
}

// ---- command ------------------------------------------------------------------------------

function engineArgs(parsed: Parsed): string[] {
  const o = parsed.options;
  const a: string[] = [];
  if (typeof o.models === 'string') a.push('--models', o.models);
  if (o['no-models'] === true) a.push('--no-models');
  if (typeof o['reference-month'] === 'string') a.push('--reference-month', o['reference-month']);
  return a;
}

export async function runBench(parsed: Parsed): Promise<number> {
  const runs = intOption(parsed, 'runs', 3, 1, 50, 'bench');
  const iterations = intOption(parsed, 'iterations', 30, 3, 10_000, 'bench');
  const nDocs = intOption(parsed, 'docs', 1000, 1, 100_000, 'bench');
  const only = typeof parsed.options.only === 'string' ? parsed.options.only.split(',').map((s) => s.trim()).filter(Boolean) : [...SECTIONS];
  for (const s of only) if (!SECTIONS.includes(s as Section)) throw new CliError(`bench: unknown section "${s}" (${SECTIONS.join(', ')})`);
  const want = (s: Section) => only.includes(s);
  const json = parsed.options.json === true;
  const log = (m: string) => { if (!json) process.stderr.write(`bench: ${m}\n`); };

  const docs = loadDocs();
  const bin = binPath();
  const spawnsNeeded = want('lsp') || want('cold') || want('batch') || want('memory');
  if (spawnsNeeded && !bin) throw new CliError('bench: server/bin/hrdocs.mjs not found (run `npm run build` first)');
  const args = engineArgs(parsed);

  const report: Record<string, unknown> = {
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, platform: `${process.platform} ${process.arch}`,
      memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), freeGiB: +(freemem() / 2 ** 30).toFixed(1),
    },
    runs,
    documents: { resume: docs.resume.name, job: docs.job.name, longJd: docs.longJd.name, words50k: docs.big.name },
  };
  log('baselines');
  report.baseline = { cpuWorkloadMs: cpuBaseline(runs), nodeStartMs: await nodeStartBaseline(runs) };

  const t0 = performance.now();
  const engine = await openEngine(parsed, true);
  report.engineStartMs = performance.now() - t0;
  report.engine = engine.status;
  try {
    if (want('latency')) {
      log('in-process latency');
      report.latency = await latency(engine, docs, runs, iterations);
    }
    if (want('generate')) {
      log('generation (writer), warm');
      report.generate = await generation(engine, docs, runs);
    }
  } finally {
    await engine.dispose();
  }
  const section = async (name: Section, label: string, fn: () => Promise<Record<string, unknown>>) => {
    if (!want(name)) return;
    log(label);
    try {
      report[name] = await fn();
    } catch (e) {
      report[name] = { error: e instanceof Error ? e.message : String(e) };
    }
  };
  await section('lsp', 'LSP round trip', () => lspRoundTrip(bin!, docs, runs, iterations, args));
  await section('cold', 'cold start', () => coldStart(bin!, docs, runs, args));
  await section('batch', 'batch throughput', () => batchThroughput(bin!, docs, runs, args));
  await section('memory', `memory with ${nDocs} open documents`, () => memory(bin!, docs, nDocs, args));

  if (json) await jsonOut(report);
  else await out(formatBench(report));
  return 0;
}

const ms = (x: unknown): string => (typeof x === 'number' && Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '-');

export function formatBench(r: Record<string, any>): string {
  const L: string[] = [];
  const m = r.machine;
  L.push(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}, ${m.platform}`);
  const e = r.engine;
  L.push(`engine:  ${e.engine}, device ${e.device}${e.message ? ` (${e.message})` : ''}; graph ${e.graph?.skills ?? '?'} skills, ${e.graph?.occupations ?? '?'} occupations, loaded in ${ms(e.graph?.loadMs)} ms; engine start ${ms(r.engineStartMs)} ms`);
  L.push(`baseline: cpu workload ${ms(r.baseline.cpuWorkloadMs)} ms, node start ${ms(r.baseline.nodeStartMs)} ms`);
  L.push(`runs: ${r.runs} (medians of the runs' p50 and p95)`);
  if (r.latency) {
    L.push('');
    L.push('analysis latency, warm, in-process (ms)         new doc p50    p95   after edit p50   p95');
    const row = (label: string, x: any) => L.push(`  ${label.padEnd(44)}${ms(x.fresh.p50).padStart(10)}${ms(x.fresh.p95).padStart(7)}${ms(x.edit.p50).padStart(17)}${ms(x.edit.p95).padStart(6)}`);
    row(`1-page resume (${r.latency.resume.words} words)`, r.latency.resume);
    row(`long JD (${r.latency.longJd.words} words)`, r.latency.longJd);
    row(`50,000-word document (${r.latency.words50k.words} words)`, r.latency.words50k);
    const em = r.latency.extractAndMatch;
    L.push(`  extraction + match, 1-page resume           p50 ${ms(em.p50)}  p95 ${ms(em.p95)}`);
    L.push(`  documents: resume ${r.documents.resume}; long JD ${r.documents.longJd}; job ${r.documents.job}`);
  }
  if (r.generate) {
    L.push('');
    L.push('generation, warm, in-process (ms)              5 matching jobs + stretch   job description');
    const g = (label: string, x: any) => L.push(`  ${label.padEnd(44)}${x.error ? `failed: ${x.error}` : `${ms(x.matchingJobsMs).padStart(12)}${ms(x.jobDescriptionMs).padStart(18)}`}`);
    g('trained writer (best of 3 / 4 samples)', r.generate.model);
    g('template (baseline)', r.generate.template);
  }
  if (r.lsp) {
    L.push('');
    if (r.lsp.error) L.push(`LSP round trip: failed: ${r.lsp.error}`);
    else L.push(`LSP round trip didChange -> publishDiagnostics (ms): p50 ${ms(r.lsp.p50)}  p95 ${ms(r.lsp.p95)}  (${r.lsp.n} edits; ${r.lsp.note})`);
  }
  if (r.cold) {
    if (r.cold.error) L.push(`cold start: failed: ${r.cold.error}`);
    else L.push(`cold start, process start -> first diagnostics (ms): ${ms(r.cold.firstDiagnosticsMs)}  (initialize answered at ${ms(r.cold.initializeMs)}; node alone ${ms(r.baseline.nodeStartMs)})`);
  }
  if (r.batch) {
    if (r.batch.error) L.push(`batch throughput: failed: ${r.batch.error}`);
    else L.push(`batch throughput: ${r.batch.docsPerSecond.toFixed(1)} docs/s (analyze), ${r.batch.pairsPerSecond.toFixed(1)} pairs/s (match)${r.batch.errors ? `; ${r.batch.errors} error answers` : ''}`);
  }
  if (r.memory) {
    if (r.memory.error) L.push(`memory: failed: ${r.memory.error}`);
    else L.push(`memory, ${r.memory.documents} open documents: peak RSS ${ms(r.memory.peakRssMiB)} MiB (idle server ${ms(r.memory.baselineIdleRssMiB)} MiB); ${r.memory.diagnosed}/${r.memory.documents} diagnosed in ${ms(r.memory.allDiagnosticsMs / 1000)} s`);
  }
  return L.join('\n');
}
