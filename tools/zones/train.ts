// Trains the zone model (server/src/engine/models/zone-classifier.ts):
//   /usr/bin/python3 models/training/word_clusters.py    (once: GloVe word clusters, see there)
//   node tools/out/tools/zones/train.js [--data ../shared/data] [--out models/zone-classifier.json]
// Labels: the real documents labelled by hand in tools/zones/labels/*.jsonl (the dev set's format,
// documents chosen by tools/zones/select-train-docs.mjs, never a dev-set document), weighted
// most; a share of the real resumes labelled by their own headings (distant.ts); and RJDB train's
// generated Markdown documents labelled by their standard headings. Per block: a multinomial
// logistic regression over the engine's hashed block features (AdaGrad, L2), with the heading
// features dropped at random so the model also reads blocks under no heading; then zone-to-zone
// transitions counted from the labelled sequences, their weight chosen on held-out hand-labelled
// documents (which then join the final fit). `--cv K` cross-validates on the hand labels instead
// of writing a model (`--kind job` for one kind; `--train-share S` for a learning curve). Writes
// the model, with the posting model's word clusters, and its manifest entry (models/manifest.json).
// Deterministic for a given seed (`--seed`). Experiments: `--labels DIR` (another folder of hand
// labels), `--average N` (runs averaged), `--keep-buckets N`, `--epochs`, `--l2`, `--balance`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../../server/src/engine/document/parse.js';
import { zoneOfSection, zonesOf } from '../../server/src/engine/document/zones.js';
import { isStandardHeading } from '../../server/src/engine/document/sections.js';
import { hashFeatures, zoneFeatures } from '../../server/src/engine/models/zone-features.js';
import { lineAt } from '../../server/src/engine/document/positions.js';
import { softmax } from '../../server/src/engine/models/softmax.js';
import { viterbi, type ZoneKindWeights, type ZoneModelJson } from '../../server/src/engine/models/zone-classifier.js';
import type { HrDocument, Zone } from '../../server/src/engine/types.js';
import { distantZones } from './distant.js';
import { mulberry32 } from '../devsets/held-out.js';
import { recordModelEntry } from '../scripts/model-manifest.js';

const BUCKETS = 1 << 18;
const KEEP_BUCKETS = Number(argValue('--keep-buckets', '60000'));
const EPOCHS = Number(argValue('--epochs', '6'));
const LEARNING_RATE = 0.3;
const L2 = Number(argValue('--l2', '1e-5'));
const HEADING_DROPOUT = Number(argValue('--heading-dropout', '0.5'));
const SEED = Number(argValue('--seed', '13'));
const AVERAGE = Number(argValue('--average', '4'));
// class balance: a zone's examples weigh (share of an even split)^-BALANCE, so rare zones are heard
const BALANCE = Number(argValue('--balance', '0.5'));
const NO_HEADING = hashFeatures(['h:none'], BUCKETS);
// a hand-labelled block counts as this many distant ones: its label is right, theirs often not
const HAND_WEIGHT = Number(argValue('--hand-weight', '10'));
// every HAND_HOLDOUT-th hand-labelled document chooses the transition weight and reports accuracy
const HAND_HOLDOUT = 5;
// the share of each corpus's distant-labelled documents used. Cross-validated on the hand labels,
// heading-labelled postings cost accuracy (their lexicon misreads NHS prose: 0.85 -> 0.79) while a
// tenth of the resumes helps a little (0.900 -> 0.908), so postings learn from hand labels only
const CAP_SCALE: Record<'job' | 'resume', number> = {
  job: Number(argValue('--cap-scale-job', argValue('--cap-scale', '0'))),
  resume: Number(argValue('--cap-scale-resume', argValue('--cap-scale', '0.1'))),
};
// RJDB train rows whose generated Markdown documents join the training data: with 995 hand-labelled
// documents weighing ten times, 100 rows let the model drift on generated documents' nonstandard
// headings (RJDB dev skill F1 0.804 -> 0.799); 300 keep it (0.804)
const RJDB_ROWS = Number(argValue('--rjdb', '300'));

const CORPORA: Record<'job' | 'resume', Array<{ file: string; cap: number }>> = {
  job: [
    { file: 'postings/nhs_jobs', cap: 4000 }, { file: 'postings/la_city_bulletins', cap: 682 },
    { file: 'postings/intheweeds_austin', cap: 792 }, { file: 'postings/linkedin_teaching', cap: 499 },
    { file: 'postings/bulk_careers', cap: 55 }, { file: 'postings/electionline', cap: 0 },
  ],
  resume: [{ file: 'resumes/livecareer_resumes', cap: 2480 }, { file: 'resumes/kaggle_updated_resume_dataset', cap: 151 }],
};

// word clusters (models/training/word_clusters.py): the words' cluster ids are features too
const CLUSTERS_FILE = argValue('--clusters', '');
let wordClusters: Map<string, number[]> | undefined;
// the kinds that read them: cross-validated, they help postings (0.864 -> 0.868) and not resumes (0.910 -> 0.905)
const CLUSTER_KINDS = argValue('--cluster-kinds', 'job').split(',').filter(Boolean) as Array<'job' | 'resume'>;

interface Example { x: Int32Array; heading: Int32Array; y: number }
interface Sequence { examples: Example[]; labels: Array<number | null>; hand?: boolean }

/** Hand labels of training documents (tools/zones/labels/*.jsonl, the dev set's format): zone spans by line. */
interface HandLabel { corpus: string; id: string; kind: 'job' | 'resume'; zones: Array<[number, number, Zone]> }

function readHandLabels(repo: string): Map<string, HandLabel> {
  // --labels DIR: another folder of label files (e.g. a frozen copy while new labels are written)
  const dir = resolve(argValue('--labels', join(repo, 'tools/zones/labels')));
  const out = new Map<string, HandLabel>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const l = JSON.parse(line) as HandLabel;
      out.set(`${l.corpus}:${l.id}`, l);
    }
  }
  return out;
}

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function devIds(repo: string): Set<string> {
  const file = join(repo, 'tools/devsets/real-docs.jsonl');
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => { const d = JSON.parse(l); return `${d.corpus}:${d.id}`; }));
}

function toSequence(doc: HrDocument, labels: Array<Zone | null>, zones: readonly Zone[], hand: boolean): Sequence | undefined {
  const features = zoneFeatures(doc, CLUSTER_KINDS.includes(doc.kind as 'job' | 'resume') ? wordClusters : undefined);
  const examples: Example[] = [];
  const seqLabels: Array<number | null> = [];
  doc.blocks.forEach((b, i) => {
    if (!b.text.trim()) return;
    const label = labels[i];
    const y = label ? zones.indexOf(label) : -1;
    examples.push({ x: Int32Array.from(hashFeatures(features[i].own, BUCKETS)), heading: Int32Array.from(hashFeatures(features[i].heading, BUCKETS)), y });
    seqLabels.push(y >= 0 ? y : null);
  });
  return seqLabels.some((l) => l !== null) ? { examples, labels: seqLabels, hand } : undefined;
}

function readSequences(dataDir: string, kind: 'job' | 'resume', zones: readonly Zone[], exclude: Set<string>, handLabels: Map<string, HandLabel>): { sequences: Sequence[]; files: string[] } {
  const sequences: Sequence[] = [];
  const files: string[] = [];
  for (const { file, cap } of CORPORA[kind]) {
    const path = join(dataDir, `${file}.jsonl.gz`);
    files.push(file);
    const rows = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((l) => l.trim());
    let used = 0;
    for (const line of rows) {
      const row = JSON.parse(line) as { id: string; text: string; title?: string };
      if (exclude.has(`${file}:${row.id}`)) continue;
      const hand = handLabels.get(`${file}:${row.id}`);
      if (!hand && used >= cap * CAP_SCALE[kind]) continue;
      const doc = parseDocument(row.text, { kind });
      // a hand-labelled document's blocks take the zone of their first line; others their headings'
      const labels = hand
        ? doc.blocks.map((b) => { const at = b.offsets.length ? lineAt(doc.lineStarts, b.offsets[0]) : -1; return hand.zones.find(([a, z]) => at >= a && at <= z)?.[2] ?? null; })
        : distantZones(doc, row.title);
      const sequence = toSequence(doc, labels, zones, !!hand);
      if (sequence) { sequences.push(sequence); if (!hand) used++; }
    }
  }
  // generated Markdown documents (RJDB train): their standard headings are right, and real
  // users write such headings too; labelled by heading, unknown headings left unlabelled
  const rjdb = join(dataDir, 'rjdb/train.jsonl');
  if (RJDB_ROWS > 0 && existsSync(rjdb)) {
    files.push('rjdb/train');
    const field = kind === 'job' ? ['Job-Description'] : ['Resume-matched', 'Resume-unmatched'];
    for (const line of readFileSync(rjdb, 'utf8').split('\n').filter((l) => l.trim()).slice(0, RJDB_ROWS)) {
      const row = JSON.parse(line) as Record<string, string>;
      for (const f of field) {
        if (typeof row[f] !== 'string') continue;
        const doc = parseDocument(row[f], { kind });
        const labels = doc.blocks.map((b) => { const sec = doc.sections[b.section]; return sec && !sec.labelLine && isStandardHeading(sec.heading) ? zoneOfSection(sec.kind, kind) : null; });
        const sequence = toSequence(doc, labels, zones, false);
        if (sequence) sequences.push(sequence);
      }
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

interface Fitted { model: SoftmaxModel; transitions: number[][]; start: number[]; classCounts: number[]; total: number }

/** The per-block model and the zone transitions, fitted on some sequences. */
function fit(kind: 'job' | 'resume', train: Sequence[], rand: () => number): Fitted {
  const c = zonesOf(kind).length;
  const examples = train.flatMap((s) => s.examples.filter((e) => e.y >= 0).map((e) => ({ e, hand: !!s.hand })));
  const counts = new Array<number>(c).fill(0);
  for (const { e, hand } of examples) counts[e.y] += hand ? HAND_WEIGHT : 1;
  const total = counts.reduce((a, b) => a + b, 0);
  // mild class balance: rare zones (testimonials, publications) are not drowned by common ones
  const classWeight = counts.map((n) => (n ? Math.min(5, (total / (c * n)) ** BALANCE) : 0));
  // AVERAGE runs over different shuffles and heading drops, their weights averaged: one run's
  // accuracy moves with its seed by about 0.01, the average much less
  const model = new SoftmaxModel(c);
  for (let run = 0; run < AVERAGE; run++) {
    const one = new SoftmaxModel(c);
    const order = examples.map((_, i) => i);
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
      for (const i of order) {
        const { e, hand } = examples[i];
        // dropped, the heading group reads as a document with no heading would
        const ids = rand() < HEADING_DROPOUT ? [...e.x, ...NO_HEADING] : [...e.x, ...e.heading];
        one.step(ids, e.y, classWeight[e.y] * (hand ? HAND_WEIGHT : 1));
      }
    }
    for (let k = 0; k < model.w.length; k++) model.w[k] += one.w[k];
  }
  for (let k = 0; k < model.w.length; k++) model.w[k] /= AVERAGE;
  // transitions between consecutive labelled blocks, add-one smoothed; hand labels count more
  const trans = Array.from({ length: c }, () => new Array<number>(c).fill(1));
  const start = new Array<number>(c).fill(1);
  for (const s of train) {
    const w = s.hand ? HAND_WEIGHT : 1;
    let prev: number | null = null;
    s.labels.forEach((y, t) => {
      if (y === null) { prev = null; return; }
      if (t === 0) start[y] += w;
      if (prev !== null) trans[prev][y] += w;
      prev = y;
    });
  }
  const logRows = (rows: number[][]) => rows.map((r) => { const sum = r.reduce((a, b) => a + b, 0); return r.map((v) => Math.log(v / sum)); });
  return { model, transitions: logRows(trans), start: logRows([start])[0], classCounts: counts, total };
}

function trainKind(kind: 'job' | 'resume', sequences: Sequence[], rand: () => number): { weights: ZoneKindWeights; report: Record<string, unknown> } {
  const zones = zonesOf(kind);
  const c = zones.length;
  // held out to choose the transition weight: every HAND_HOLDOUT-th hand-labelled document
  // (true labels), else every 10th corpus document (distant labels)
  const handDocs = sequences.filter((s) => s.hand);
  const held = handDocs.length >= HAND_HOLDOUT ? handDocs.filter((_, i) => i % HAND_HOLDOUT === 0) : sequences.filter((_, i) => i % 10 === 0);
  const heldSet = new Set(held);
  const first = fit(kind, sequences.filter((s) => !heldSet.has(s)), rand);
  const firstPruned = prune(first.model, zones);
  // the per-block probabilities do not depend on the transition weight: computed once per mode
  const rowsFull = held.map((s) => blockRows(firstPruned, s, c, true));
  const rowsNoHeading = held.map((s) => blockRows(firstPruned, s, c, false));
  const score = (rows: number[][][], w: ZoneKindWeights): number => {
    let right = 0, n = 0;
    held.forEach((s, i) => { const [r, m] = decodedRight(rows[i], s.labels, w); right += r; n += m; });
    return n ? right / n : 0;
  };
  let best = { tw: 0, acc: -1, full: 0, noHeading: 0 };
  for (const tw of [0, 0.5, 1, 1.5, 2, 3, 4]) {
    const w = { ...firstPruned.weights, transitions: first.transitions, start: first.start, transitionWeight: tw };
    const full = score(rowsFull, w);
    const noHeading = score(rowsNoHeading, w);
    const acc = (full + noHeading) / 2;
    if (acc > best.acc) best = { tw, acc, full, noHeading };
  }
  // with true labels held out, the shipped model then learns from every document
  const final = heldSet.size && handDocs.length >= HAND_HOLDOUT ? fit(kind, sequences, rand) : first;
  const pruned = prune(final.model, zones);
  const weights: ZoneKindWeights = { ...pruned.weights, transitions: round(final.transitions), start: round([final.start])[0], transitionWeight: best.tw };
  return {
    weights,
    report: {
      documents: sequences.length, handLabelledDocuments: handDocs.length, labelledBlocks: final.total,
      heldOut: handDocs.length >= HAND_HOLDOUT ? `${held.length} hand-labelled documents` : `${held.length} corpus documents, distant labels`,
      heldOutAccuracy: Math.round(best.full * 1000) / 1000,
      heldOutAccuracyWithoutHeadings: Math.round(best.noHeading * 1000) / 1000,
      transitionWeight: best.tw,
      classCounts: Object.fromEntries(zones.map((z, k) => [z, final.classCounts[k]])),
    },
  };
}

/** K-fold cross-validation over the hand-labelled documents (experiments): accuracy per transition weight. */
function crossValidate(kind: 'job' | 'resume', sequences: Sequence[], folds: number, rand: () => number): Record<string, number> {
  const c = zonesOf(kind).length;
  const hand = sequences.filter((s) => s.hand);
  const weights = [0, 1, 2, 3, 4];
  const right = weights.map(() => 0);
  let n = 0;
  for (let f = 0; f < folds; f++) {
    const test = new Set(hand.filter((_, i) => i % folds === f));
    // --train-share S: learn from that share of the other hand-labelled documents (a learning curve)
    const share = Number(argValue('--train-share', '1'));
    const train = sequences.filter((s, i) => !test.has(s) && (!s.hand || share >= 1 || (i * 7919) % 100 < share * 100));
    const fitted = fit(kind, train, rand);
    const p = prune(fitted.model, zonesOf(kind));
    for (const s of test) {
      const rows = blockRows(p, s, c, true);
      weights.forEach((tw, k) => { right[k] += decodedRight(rows, s.labels, { ...p.weights, transitions: fitted.transitions, start: fitted.start, transitionWeight: tw })[0]; });
      n += s.labels.filter((y) => y !== null).length;
    }
  }
  return Object.fromEntries(weights.map((tw, k) => [`tw${tw}`, Math.round((1000 * right[k]) / n) / 1000]));
}

/** Per-block zone probabilities of a sequence, read with its heading features or as if it had none. */
function blockRows(p: Pruned, s: Sequence, c: number, withHeading: boolean): number[][] {
  return s.examples.map((e) => probabilitiesOf(p, withHeading ? [...e.x, ...e.heading] : [...e.x, ...NO_HEADING], c));
}

/** How many labelled blocks the decoded sequence gets right, and how many are labelled. */
function decodedRight(rows: number[][], labels: Array<number | null>, w: Pick<ZoneKindWeights, 'transitions' | 'start' | 'transitionWeight'>): [number, number] {
  const path = viterbi(rows, w);
  let right = 0, n = 0;
  labels.forEach((y, t) => { if (y !== null) { n++; if (path[t] === y) right++; } });
  return [right, n];
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

async function main(): Promise<void> {
  const repo = resolve(dirname(new URL(import.meta.url).pathname), '../../../..');
  const dataDir = resolve(argValue('--data', join(repo, '../shared/data')));
  const out = resolve(argValue('--out', join(repo, 'models/zone-classifier.json')));
  const t0 = Date.now();
  const exclude = devIds(repo);
  const handLabels = readHandLabels(repo);
  const clustersFile = CLUSTERS_FILE || join(repo, 'models/training/.cache/word-clusters.json');
  if (CLUSTERS_FILE !== 'none') {
    if (!existsSync(clustersFile)) throw new Error(`${clustersFile} is missing: run /usr/bin/python3 models/training/word_clusters.py first (or pass --clusters none)`);
    wordClusters = new Map(Object.entries((JSON.parse(readFileSync(clustersFile, 'utf8')) as { words: Record<string, number[]> }).words));
  }
  const rand = mulberry32(SEED);
  const kinds: Partial<ZoneModelJson['kinds']> = {};
  const report: Record<string, unknown> = {};
  const files: string[] = [];
  const only = argValue('--kind', '');
  for (const kind of ['job', 'resume'] as const) {
    if (only && only !== kind) continue;
    const { sequences, files: used } = readSequences(dataDir, kind, zonesOf(kind), exclude, handLabels);
    files.push(...used);
    const dump = argValue('--dump', '');
    if (dump) { writeFileSync(`${dump}.${kind}.jsonl`, sequences.map((q) => JSON.stringify({ hand: !!q.hand, labels: q.labels, x: q.examples.map((e) => [...e.x]), h: q.examples.map((e) => [...e.heading]) })).join('\n') + '\n'); continue; }
    const folds = Number(argValue('--cv', '0'));
    if (folds) { console.log(kind, 'cv', JSON.stringify(crossValidate(kind, sequences, folds, rand))); continue; }
    const trained = trainKind(kind, sequences, rand);
    kinds[kind] = trained.weights;
    report[kind] = trained.report;
    console.log(kind, JSON.stringify(trained.report));
  }
  if (argValue('--cv', '0') !== '0' || argValue('--dump', '')) return;
  const model: ZoneModelJson = { format: 'hrdocs-zone-classifier/1', buckets: BUCKETS, kinds: kinds as ZoneModelJson['kinds'], ...(wordClusters && CLUSTER_KINDS.length ? { wordClusters: Object.fromEntries(wordClusters), clusterKinds: CLUSTER_KINDS } : {}) };
  writeFileSync(out, JSON.stringify(model));
  recordModelEntry(out, 'zone-classifier', {
    description: `block zones of postings and resumes: multinomial logistic regression over hashed block, heading, neighbour and shape features (${CLUSTER_KINDS.join(', ')}: also GloVe word clusters), decoded as a sequence with learned zone transitions; weights and a word -> cluster table only, no text`,
    trainingData: `${handLabels.size} real postings and resumes of ../shared/data labelled by hand (tools/zones/labels/, weight ${HAND_WEIGHT}); a share of ${files.filter((f) => f.startsWith('resumes/')).join(', ')} labelled by their own headings (tools/zones/distant.ts); ${RJDB_ROWS} RJDB train rows' documents labelled by their standard headings; the dev set's documents (tools/devsets/real-docs.jsonl) left out`,
    command: 'npm run build && /usr/bin/python3 models/training/word_clusters.py && node tools/out/tools/zones/train.js --data ../shared/data',
    seed: SEED,
    hyperparameters: { clusterKinds: CLUSTER_KINDS, capScale: CAP_SCALE, rjdbRows: RJDB_ROWS, buckets: BUCKETS, keptBuckets: KEEP_BUCKETS, epochs: EPOCHS, learningRate: LEARNING_RATE, l2: L2, headingDropout: HEADING_DROPOUT, handWeight: HAND_WEIGHT, handHoldout: HAND_HOLDOUT, averagedRuns: AVERAGE },
    trainSeconds: Math.round((Date.now() - t0) / 100) / 10,
    metrics: report,
  });
  console.log(`wrote ${out} (${statSync(out).size} bytes) in ${Math.round((Date.now() - t0) / 1000)} s`);
}

await main();
