#!/usr/bin/env node
// Load test of the language server: many documents open, some edited in concurrent bursts, a
// trivial request (hover on an empty line) sampled every 250 ms throughout. Reports the trivial
// request's max/p99 latency, whether every document got diagnostics for its final version, the
// time to quiesce after the last edit, and the server's peak RSS (VmHWM).
//
//   node tools/load/load-test.mjs [--docs 1000] [--edited 200] [--jobs 32] [--seconds 120] [--json]
//
// Exit status 1 when a trivial request took longer than --max-latency-ms (default 1000) or a
// document never got diagnostics for its final version (within --quiesce-timeout-s, default 300).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURES, startServer } from '../../test/protocol/client.mjs';
import { mulberry32 } from '../devsets/select-real-pairs.mjs';

const DEFAULTS = { docs: 1000, edited: 200, jobs: 32, seconds: 120, maxLatencyMs: 1000, quiesceTimeoutS: 300, sampleMs: 250, seed: 1 };
const WORDS = ['SQL ', 'Tableau ', 'patient care ', 'ACLS ', 'Python ', 'critical care ', 'wound care ', '\n- Excel', 'and ', '\n'];

/** Runs the load test; resolves with the figures (never throws for a slow server: it reports). */
export async function runLoad(options = {}) {
  const o = { ...DEFAULTS, ...options };
  const random = mulberry32(o.seed);
  const dir = mkdtempSync(join(tmpdir(), 'hrdocs-load-'));
  const docs = writeWorkspace(dir, o);
  const client = await startServer({ folder: dir, settings: null });
  // only the latest diagnostics per document: the client's own heap must not grow with the run
  // (its garbage collection pauses would read as server latency)
  client.conn.onNotification('textDocument/publishDiagnostics', (params) => {
    client.published.set(params.uri, [params]);
    client.emit('diagnostics');
  });
  try {
    const t0 = Date.now();
    for (const d of docs) await client.open(d.uri, d.text);
    const probeUri = docs.find((d) => d.kind === 'resume' && !d.edited).uri;
    // sampling starts once the engine has loaded (a request before that waits for the models)
    await client.waitForStatus('ready', 120_000);
    await client.waitForDiagnostics(probeUri, () => true, { timeout: 120_000 });
    const readyMs = Date.now() - t0;
    const sampler = new LatencySampler(client, probeUri, o.sampleMs);
    sampler.start();
    const started = Date.now();
    const edited = docs.filter((d) => d.edited);
    let edits = 0;
    while (Date.now() - started < o.seconds * 1000) {
      // a burst: a few documents each get a few keystrokes at once
      const burst = Array.from({ length: 1 + Math.floor(random() * 8) }, () => edited[Math.floor(random() * edited.length)]);
      for (const d of burst) {
        for (let k = 1 + Math.floor(random() * 4); k > 0; k--) {
          typeInto(client, d.uri, WORDS[Math.floor(random() * WORDS.length)], random);
          edits++;
        }
      }
      await sleep(20 + random() * 80);
    }
    const lastEdit = Date.now();
    const quiesced = await waitForFinalDiagnostics(client, docs, o.quiesceTimeoutS * 1000);
    const quiesceMs = quiesced.done ? quiesced.at - lastEdit : null;
    await sampler.stop();
    const latencies = sampler.latencies();
    const result = {
      docs: docs.length,
      edited: edited.length,
      jobs: docs.filter((d) => d.kind === 'job').length,
      editedJobs: edited.filter((d) => d.kind === 'job').length,
      seconds: o.seconds,
      readyMs,
      edits,
      samples: latencies.length,
      unanswered: sampler.unanswered(),
      maxLatencyMs: Math.round(Math.max(0, ...latencies, sampler.oldestOutstanding())),
      p99LatencyMs: Math.round(percentile(latencies, 0.99)),
      p50LatencyMs: Math.round(percentile(latencies, 0.5)),
      slowest: sampler.slowest(),
      allFinalDiagnostics: quiesced.done,
      missingFinalDiagnostics: quiesced.missing,
      quiesceMs,
      peakRssMiB: peakRssMiB(client.child.pid),
    };
    result.ok = result.allFinalDiagnostics && result.maxLatencyMs <= o.maxLatencyMs;
    return result;
  } finally {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Resumes and jobs on disk (the workspace) and open; each resume targets one of the jobs. */
function writeWorkspace(dir, o) {
  const resume = readFileSync(join(FIXTURES, 'resumes/jordan-lee-resume.md'), 'utf8');
  const job = readFileSync(join(FIXTURES, 'jobs/icu-nurse.md'), 'utf8');
  mkdirSync(join(dir, 'resumes'));
  mkdirSync(join(dir, 'jobs'));
  const docs = [];
  const editedJobs = Math.min(o.jobs, Math.round(o.edited * 0.16));
  for (let j = 0; j < o.jobs; j++) {
    const text = job.replace(/^# .*$/m, (h) => `${h} ${j}`);
    docs.push({ kind: 'job', rel: `jobs/job-${j}.md`, text, edited: j < editedJobs });
  }
  const resumes = o.docs - o.jobs;
  for (let r = 0; r < resumes; r++) {
    const text = resume.replace('../jobs/icu-nurse.md', `../jobs/job-${r % o.jobs}.md`).replace('Jordan Lee', `Jordan Lee ${r}`);
    docs.push({ kind: 'resume', rel: `resumes/person-${r}-resume.md`, text, edited: r < o.edited - editedJobs });
  }
  for (const d of docs) {
    writeFileSync(join(dir, d.rel), d.text);
    d.uri = pathToFileURL(join(dir, d.rel)).href;
  }
  return docs;
}

function typeInto(client, uri, text, random) {
  const doc = client.docs.get(uri);
  const length = doc.getText().length;
  const at = Math.floor(random() * length);
  const del = random() < 0.3 ? Math.min(length - at, 1 + Math.floor(random() * 6)) : 0;
  client.change(uri, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + del) }, text: random() < 0.2 ? '' : text }]);
}

/** Hover on an empty line every `everyMs`; an unanswered one counts with its age so far. */
class LatencySampler {
  constructor(client, uri, everyMs) {
    Object.assign(this, { client, uri, everyMs, done: [], outstanding: new Set() });
  }
  start() {
    this.started = performance.now();
    this.at = [];
    this.timer = setInterval(() => {
      const t0 = performance.now();
      this.outstanding.add(t0);
      this.client
        .request('textDocument/hover', { textDocument: { uri: this.uri }, position: { line: 4, character: 0 } })
        .catch(() => undefined)
        .then(() => {
          this.outstanding.delete(t0);
          this.done.push(performance.now() - t0);
          this.at.push(t0 - this.started);
        });
    }, this.everyMs);
  }
  /**
   * Stops sampling; a hover sent just before the stop gets `graceMs` to answer, so it is not
   * counted as unanswered only because the run ended first (one still waiting after that is).
   */
  async stop(graceMs = 2000) {
    clearInterval(this.timer);
    const until = performance.now() + graceMs;
    while (this.outstanding.size && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  }
  latencies() {
    return [...this.done];
  }
  /** the slowest samples: [seconds into the run, latency ms] */
  slowest(n = 5) {
    return this.done.map((l, i) => [Math.round(this.at[i] / 100) / 10, Math.round(l)]).sort((a, b) => b[1] - a[1]).slice(0, n);
  }
  unanswered() {
    return this.outstanding.size;
  }
  oldestOutstanding() {
    return this.outstanding.size ? performance.now() - Math.min(...this.outstanding) : 0;
  }
}

/** Resolves once every document's latest diagnostics are for its final version. */
async function waitForFinalDiagnostics(client, docs, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  const missing = () => docs.filter((d) => client.latestDiagnostics(d.uri)?.version !== client.docs.get(d.uri).version).length;
  for (;;) {
    const left = missing();
    if (left === 0) return { done: true, at: Date.now(), missing: 0 };
    if (Date.now() > deadline) return { done: false, at: Date.now(), missing: left };
    await sleep(50);
  }
}

function peakRssMiB(pid) {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

function percentile(xs, p) {
  if (!xs.length) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}


function parseArgs(argv) {
  const names = { '--docs': 'docs', '--edited': 'edited', '--jobs': 'jobs', '--seconds': 'seconds', '--max-latency-ms': 'maxLatencyMs', '--quiesce-timeout-s': 'quiesceTimeoutS', '--seed': 'seed' };
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') out.json = true;
    else if (names[argv[i]]) out[names[argv[i]]] = Number(argv[++i]);
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseArgs(process.argv.slice(2));
  const result = await runLoad(args);
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`${result.docs} documents open (${result.jobs} jobs), ${result.edited} edited (${result.editedJobs} jobs) for ${result.seconds} s: ${result.edits} edits (engine ready ${result.readyMs} ms after the first didOpen)`);
    console.log(`trivial request (hover, every 250 ms): max ${result.maxLatencyMs} ms, p99 ${result.p99LatencyMs} ms, p50 ${result.p50LatencyMs} ms, ${result.samples} samples, ${result.unanswered} unanswered`);
    console.log(`final diagnostics for every document: ${result.allFinalDiagnostics ? 'yes' : `no (${result.missingFinalDiagnostics} missing)`}; quiesced ${result.quiesceMs ?? '-'} ms after the last edit`);
    console.log(`server peak RSS (VmHWM): ${result.peakRssMiB} MiB`);
  }
  process.exit(result.ok ? 0 : 1);
}
