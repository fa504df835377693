// Trains the zone model (server/src/engine/models/zone-classifier.ts) from the real corpora:
//   node tools/out/tools/zones/train.js [--data ../shared/data] [--out models/zone-classifier.json]
// Labels come from the documents' own headings (distant.ts); the dev set's documents
// (tools/devsets/real-docs.jsonl) are left out. Per block: a multinomial logistic regression
// over the engine's hashed block features (AdaGrad, L2), with the heading features dropped at
// random so the model also reads blocks under no heading; then zone-to-zone transitions counted
// from the labelled sequences, and their weight chosen on held-out corpus documents. Writes the
// model and its manifest entry (models/manifest.json). Deterministic for a given seed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../../server/src/engine/document/parse.js';
import { zonesOf } from '../../server/src/engine/document/zones.js';
import { hashFeatures, zoneFeatures } from '../../server/src/engine/models/zone-features.js';
import { softmax } from '../../server/src/engine/models/softmax.js';
import { viterbi, type ZoneKindWeights, type ZoneModelJson } from '../../server/src/engine/models/zone-classifier.js';
import type { Zone } from '../../server/src/engine/types.js';
import { distantZones } from './distant.js';

const BUCKETS = 1 << 18;
const KEEP_BUCKETS = 30_000;
const EPOCHS = 6;
const LEARNING_RATE = 0.3;
const L2 = 1e-6;
const HEADING_DROPOUT = 0.5;
const SEED = 13;
const NO_HEADING = hashFeatures(['h:none'], BUCKETS);

const CORPORA: Record<'job' | 'resume', Array<{ file: string; cap: number }>> = {
  job: [
    { file: 'postings/nhs_jobs', cap: 4000 }, { file: 'postings/la_city_bulletins', cap: 682 },
    { file: 'postings/intheweeds_austin', cap: 792 }, { file: 'postings/linkedin_teaching', cap: 499 },
    { file: 'postings/bulk_careers', cap: 55 },
  ],
  resume: [{ file: 'resumes/livecareer_resumes', cap: 2480 }, { file: 'resumes/kaggle_updated_resume_dataset', cap: 151 }],
};

interface Example { x: Int32Array; heading: Int32Array; y: number }
interface Sequence { examples: Example[]; labels: Array<number | null> }

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** A small deterministic generator (mulberry32), so a run can be repeated exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function devIds(repo: string): Set<string> {
  const file = join(repo, 'tools/devsets/real-docs.jsonl');
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => { const d = JSON.parse(l); return `${d.corpus}:${d.id}`; }));
}

function readSequences(dataDir: string, kind: 'job' | 'resume', zones: readonly Zone[], exclude: Set<string>): { sequences: Sequence[]; files: string[] } {
  const sequences: Sequence[] = [];
  const files: string[] = [];
  for (const { file, cap } of CORPORA[kind]) {
    const path = join(dataDir, `${file}.jsonl.gz`);
    files.push(file);
    const rows = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((l) => l.trim());
    let used = 0;
    for (const line of rows) {
      if (used >= cap) break;
      const row = JSON.parse(line) as { id: string; text: string; title?: string };
      if (exclude.has(`${file}:${row.id}`)) continue;
      const doc = parseDocument(row.text, { kind });
      const labels = distantZones(doc, row.title);
      const features = zoneFeatures(doc);
      const examples: Example[] = [];
      const seqLabels: Array<number | null> = [];
      doc.blocks.forEach((b, i) => {
        if (!b.text.trim()) return;
        const label = labels[i];
        const y = label ? zones.indexOf(label) : -1;
        examples.push({ x: Int32Array.from(hashFeatures(features[i].own, BUCKETS)), heading: Int32Array.from(hashFeatures(features[i].heading, BUCKETS)), y });
        seqLabels.push(y >= 0 ? y : null);
      });
      if (seqLabels.some((l) => l !== null)) { sequences.push({ examples, labels: seqLabels }); used++; }
    }
  }
  return { sequences, files };
}

class SoftmaxModel {
  readonly w: Float32Array;
  private readonly g: Float32Array;
  constructor(readonly classes: number) {
    this.w = new Float32Array(BUCKETS * classes);
    this.g = new Float32Array(BUCKETS * classes).fill(1e-8);
  }

  probabilities(ids: Iterable<number>): number[] {
    const c = this.classes;
    const z = new Array<number>(c).fill(0);
    for (const id of ids) { const at = id * c; for (let k = 0; k < c; k++) z[k] += this.w[at + k]; }
    return softmax(z);
  }

  /** One AdaGrad step on one example, weighted. */
  step(ids: number[], y: number, weight: number): void {
    const c = this.classes;
    const p = this.probabilities(ids);
    for (const id of ids) {
      const at = id * c;
      for (let k = 0; k < c; k++) {
        const grad = weight * (p[k] - (k === y ? 1 : 0)) + L2 * this.w[at + k];
        this.g[at + k] += grad * grad;
        this.w[at + k] -= (LEARNING_RATE * grad) / Math.sqrt(this.g[at + k]);
      }
    }
  }
}

function trainKind(kind: 'job' | 'resume', sequences: Sequence[], rand: () => number): { weights: ZoneKindWeights; report: Record<string, unknown> } {
  const zones = zonesOf(kind);
  const c = zones.length;
  // held-out corpus documents (every 10th) choose the transition weight and give a distant-label accuracy
  const train = sequences.filter((_, i) => i % 10 !== 0);
  const held = sequences.filter((_, i) => i % 10 === 0);
  const examples = train.flatMap((s) => s.examples.filter((e) => e.y >= 0));
  const counts = new Array<number>(c).fill(0);
  for (const e of examples) counts[e.y]++;
  const total = examples.length;
  // mild class balance: rare zones (testimonials, publications) are not drowned by common ones
  const classWeight = counts.map((n) => (n ? Math.min(5, Math.sqrt(total / (c * n))) : 0));
  const model = new SoftmaxModel(c);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const i of order) {
      const e = examples[i];
      // dropped, the heading group reads as a document with no heading would
      const ids = rand() < HEADING_DROPOUT ? [...e.x, ...NO_HEADING] : [...e.x, ...e.heading];
      model.step(ids, e.y, classWeight[e.y]);
    }
  }
  // transitions between consecutive labelled blocks, add-one smoothed
  const trans = Array.from({ length: c }, () => new Array<number>(c).fill(1));
  const start = new Array<number>(c).fill(1);
  for (const s of train) {
    let prev: number | null = null;
    s.labels.forEach((y, t) => {
      if (y === null) { prev = null; return; }
      if (t === 0) start[y]++;
      if (prev !== null) trans[prev][y]++;
      prev = y;
    });
  }
  const logRows = (rows: number[][]) => rows.map((r) => { const s = r.reduce((a, b) => a + b, 0); return r.map((v) => Math.log(v / s)); });
  const transitions = logRows(trans);
  const startLog = logRows([start])[0];

  const pruned = prune(model, zones);
  const score = (w: ZoneKindWeights, withHeading: boolean): number => {
    let right = 0, n = 0;
    for (const s of held) {
      const rows = s.examples.map((e) => probabilitiesOf(pruned, withHeading ? [...e.x, ...e.heading] : [...e.x, ...NO_HEADING], c));
      const path = viterbi(rows, w);
      s.labels.forEach((y, t) => { if (y !== null) { n++; if (path[t] === y) right++; } });
    }
    return n ? right / n : 0;
  };
  let best = { tw: 0, acc: -1, full: 0, noHeading: 0 };
  for (const tw of [0, 0.5, 1, 1.5, 2]) {
    const w = { ...pruned.weights, transitions, start: startLog, transitionWeight: tw };
    const full = score(w, true);
    const noHeading = score(w, false);
    const acc = (full + noHeading) / 2;
    if (acc > best.acc) best = { tw, acc, full, noHeading };
  }
  const weights: ZoneKindWeights = { ...pruned.weights, transitions: round(transitions), start: round([startLog])[0], transitionWeight: best.tw };
  return {
    weights,
    report: {
      documents: sequences.length, labelledBlocks: total,
      heldOutDistantAccuracy: Math.round(best.full * 1000) / 1000,
      heldOutDistantAccuracyWithoutHeadings: Math.round(best.noHeading * 1000) / 1000,
      transitionWeight: best.tw,
      classCounts: Object.fromEntries(zones.map((z, k) => [z, counts[k]])),
    },
  };
}

interface Pruned { weights: Pick<ZoneKindWeights, 'classes' | 'buckets' | 'values'>; table: Map<number, number> }

/** Keeps the buckets with the largest weights: the shipped file stays small. */
function prune(model: SoftmaxModel, zones: readonly Zone[]): Pruned & { weights: ZoneKindWeights } {
  const c = zones.length;
  const mass: Array<[number, number]> = [];
  for (let b = 0; b < BUCKETS; b++) {
    let s = 0;
    for (let k = 0; k < c; k++) s += Math.abs(model.w[b * c + k]);
    if (s > 1e-4) mass.push([b, s]);
  }
  mass.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const kept = mass.slice(0, KEEP_BUCKETS).map(([b]) => b).sort((a, b) => a - b);
  const values: number[] = [];
  for (const b of kept) for (let k = 0; k < c; k++) values.push(Math.round(model.w[b * c + k] * 1000) / 1000);
  const classes = [...zones] as string[];
  return { weights: { classes, buckets: kept, values, transitions: [], start: [], transitionWeight: 0 }, table: new Map(kept.map((b, i) => [b, i * c])) };
}

function probabilitiesOf(p: Pruned, ids: number[], c: number): number[] {
  const z = new Array<number>(c).fill(0);
  for (const id of ids) { const at = p.table.get(id); if (at === undefined) continue; for (let k = 0; k < c; k++) z[k] += p.weights.values[at + k]; }
  return softmax(z);
}

const round = (rows: number[][]): number[][] => rows.map((r) => r.map((v) => Math.round(v * 1000) / 1000));

function writeManifestEntry(modelsDir: string, file: string, entry: Record<string, unknown>): void {
  const path = join(modelsDir, 'manifest.json');
  const manifest = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { models: {} };
  const bytes = readFileSync(file);
  manifest.models['zone-classifier'] = {
    task: 'zone-classifier',
    file: relative(modelsDir, file),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: statSync(file).size,
    ...entry,
  };
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest, null, 2) + '\n');
  renameSync(tmp, path);
}

async function main(): Promise<void> {
  const repo = resolve(dirname(new URL(import.meta.url).pathname), '../../../..');
  const dataDir = resolve(argValue('--data', join(repo, '../shared/data')));
  const out = resolve(argValue('--out', join(repo, 'models/zone-classifier.json')));
  const t0 = Date.now();
  const exclude = devIds(repo);
  const rand = random(SEED);
  const kinds: Partial<ZoneModelJson['kinds']> = {};
  const report: Record<string, unknown> = {};
  const files: string[] = [];
  for (const kind of ['job', 'resume'] as const) {
    const { sequences, files: used } = readSequences(dataDir, kind, zonesOf(kind), exclude);
    files.push(...used);
    const trained = trainKind(kind, sequences, rand);
    kinds[kind] = trained.weights;
    report[kind] = trained.report;
    console.log(kind, JSON.stringify(trained.report));
  }
  const model: ZoneModelJson = { format: 'hrdocs-zone-classifier/1', buckets: BUCKETS, kinds: kinds as ZoneModelJson['kinds'] };
  writeFileSync(out, JSON.stringify(model));
  writeManifestEntry(dirname(out), out, {
    description: 'block zones of postings and resumes: multinomial logistic regression over hashed block, heading, neighbour and shape features, decoded as a sequence with learned zone transitions; weights only, no text',
    trainingData: `${files.join(', ')} of ../shared/data, labelled by their own headings (tools/zones/distant.ts); the dev set's documents (tools/devsets/real-docs.jsonl) left out`,
    command: 'npm run build && node tools/out/tools/zones/train.js --data ../shared/data',
    seed: SEED,
    hyperparameters: { buckets: BUCKETS, keptBuckets: KEEP_BUCKETS, epochs: EPOCHS, learningRate: LEARNING_RATE, l2: L2, headingDropout: HEADING_DROPOUT },
    trainSeconds: Math.round((Date.now() - t0) / 100) / 10,
    metrics: report,
  });
  console.log(`wrote ${out} (${statSync(out).size} bytes) in ${Math.round((Date.now() - t0) / 1000)} s`);
}

await main();
