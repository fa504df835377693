// Trains the skill linker's reranker (server/src/engine/models/link-reranker.ts) and writes
// models/skill-link-reranker.json and its manifest entry, with the calibrated thresholds per use.
//
//   bash models/training/train-link-reranker.sh      (RJDB pairs, build, then this script)
//   node tools/out/tools/scripts/train-link-reranker.js [--data ../shared/data] [--models models] [--examples 6000] [--rjdb-examples 3000] [--epochs 300] [--seed 17]
//
// Silver examples from the graph, ESCO and RJDB train (tools/devsets/skill-links.jsonl and RJDB dev are never read):
// a mention is an ESCO label of a skill (mostly an alternative label, as written in
// skills_en.csv) in a simulated document of one of the skill's occupations (the document's field
// is computed, as at serving time, from 4-12 other skills of that occupation, 2-6 random
// skills and, half the time, its title). Three kinds, by seeded draw:
//   - kept (35%): the label is in the graph, as for a mention written as a taxonomy names it;
//   - hidden (40%): the label (half the time every label but the name) is hidden from the gold
//     skill (a paraphrase: its other labels, description, vector and field must carry it),
//     while other skills that share the words keep theirs (same words, other field);
//   - no link (25%): the gold skill is removed from the candidates, and so are its
//     near-duplicates (names sharing most content words, broader and narrower skills), so the
//     right answer is "keep your own words" however close the remaining candidates look;
//   - cross field (a quarter of the short specialist labels): the label read in a document of a
//     field that does not list its skill ("mechanical ventilation" in a nurse's resume): no link.
// 15% of the documents give no field. Hard negatives come from retrieval itself: the encoder's
// 30 nearest names, the 30 skills whose labels and descriptions share the most words (same head
// noun, other field; same ESCO group, other skill) and every skill the words name exactly.
// Model: a linear score per candidate, trained listwise (softmax over the candidates plus a
// fixed "no link" option at 0), then a Platt map of the best candidate's score to the
// probability that it is right, fitted on a held-out fifth of the skills. Thresholds per use are
// chosen on the training split.
import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { SkillGraph } from '../../server/src/engine/graph/graph.js';
import { ModelRuntime } from '../../server/src/engine/models/runtime.js';
import { OnnxSkillLinker } from '../../server/src/engine/models/linker.js';
import { contentKeys, FEATURE_NAMES, isLinkTarget, type Candidate, type CandidateOptions, type RerankerJson } from '../../server/src/engine/models/link-reranker.js';
import { documentOccupations, fieldFit } from '../../server/src/engine/skills/field.js';
import { normalizeTerm } from '../../server/src/engine/text/normalize.js';
import type { LinkContext } from '../../server/src/engine/models/tasks.js';
import { mulberry32 } from '../devsets/held-out.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const DATA = resolve(opt('data', process.env.HRDOCS_DATA ?? '../shared/data'));
const MODELS = resolve(opt('models', 'models'));
const EXAMPLES = Number(opt('examples', '6000'));
const SEED = Number(opt('seed', '17'));
const EPOCHS = Number(opt('epochs', '300'));
const RJDB_PAIRS = opt('rjdb-pairs', 'models/training/.cache/rjdb-link-pairs.jsonl');
const RJDB_EXAMPLES = Number(opt('rjdb-examples', '3000'));
/** which tune examples fit the Platt map: RJDB's real paraphrases (default), or all */
const CALIBRATE = opt('calibrate', 'rjdb');
/** share of short specialist labels read in a document of another field (gold: no link) */
const CROSS_FIELD = Number(opt('cross-field', '0.25'));
const L2 = 1e-3;
const K = { vector: 30, lexical: 30 };

const rand = mulberry32(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
function pickWeighted<T>(xs: readonly T[], w: (x: T) => number): T {
  const total = xs.reduce((s, x) => s + w(x), 0);
  let r = rand() * total;
  for (const x of xs) { r -= w(x); if (r <= 0) return x; }
  return xs[xs.length - 1];
}
const log = (...a: unknown[]) => console.error(new Date().toISOString().slice(11, 19), ...a);

interface Example { mention: string; gold: number; mode: 'kept' | 'hidden' | 'nolink' | 'crossfield'; context?: LinkContext; options: CandidateOptions; split: 'train' | 'tune'; source: 'esco' | 'rjdb' }
interface Scored { gold: number; mode: Example['mode']; split: Example['split']; source: Example['source']; cands: Candidate[] }

async function main(): Promise<void> {
  const started = performance.now();
  const graph = SkillGraph.load(MODELS);
  const runtime = await ModelRuntime.load({ modelsDir: MODELS, device: 'cpu' });
  const linker = await OnnxSkillLinker.create(runtime, graph, { noReranker: true });

  // ESCO labels as written (the graph keeps only normalized keys)
  const rows = parseCsv(readFileSync(join(DATA, 'esco', 'skills_en.csv')), { columns: true, relax_quotes: true }) as Array<Record<string, string>>;
  const pool: Array<{ skill: number; labels: string[]; preferred: string }> = [];
  for (const r of rows) {
    const node = graph.skillById(r.conceptUri);
    if (!node || !isLinkTarget(node) || !graph.occupationsForSkill(node.index).length) continue;
    const alts = (r.altLabels ?? '').split('\n').map((x) => x.trim()).filter((x) => x && x.length <= 80);
    pool.push({ skill: node.index, labels: alts, preferred: r.preferredLabel });
  }
  log(`${pool.length} ESCO skills with occupations`);

  const tuneOf = (skill: number) => (createHash('sha1').update(`${SEED}:${skill}`).digest()[0] < 52 ? 'tune' : 'train');
  const examples: Example[] = [];
  for (let i = 0; i < EXAMPLES; i++) {
    const p = pick(pool);
    const r = rand();
    const mode: Example['mode'] = r < 0.35 ? 'kept' : r < 0.75 ? 'hidden' : 'nolink';
    // a hidden example reads an alternative label against the skill's name alone (a paraphrase)
    if (mode === 'hidden' && !p.labels.length) { i--; continue; }
    const mention = p.labels.length && (mode === 'hidden' || rand() < 0.85) ? pick(p.labels) : p.preferred;
    let context: LinkContext | undefined;
    if (rand() < 0.85) {
      const occ = pickWeighted(graph.occupationsForSkill(p.skill), (o) => o.weight).occupation;
      const others = graph.skillsForOccupation(occ).filter((s) => s.skill !== p.skill);
      const chosen: number[] = [];
      // a real document's skills are noisy: a few of its own occupation's, some of the broader
      // ones every field lists, and words read as other fields' skills
      const own = 4 + Math.floor(rand() * 9);
      for (let j = 0; j < own && others.length; j++) chosen.push(pickWeighted(others, (s) => s.weight).skill);
      const noise = 2 + Math.floor(rand() * 5);
      for (let j = 0; j < noise; j++) chosen.push(Math.floor(rand() * graph.skills.length));
      const title = rand() < 0.5 ? graph.occupations[occ].title : undefined;
      context = { occupations: documentOccupations(graph, title, chosen) };
    }
    const key = normalizeTerm(mention);
    // the cross-field trap: a short label of a specialist skill (no tool, listed by at most 30
    // occupations) in a document of a field that does not list it ("mechanical ventilation" in
    // a nurse's resume is not building ventilation): no link is right
    const words = key.split(' ').length;
    if (mode !== 'nolink' && words <= 3 && !graph.skills[p.skill].tool && graph.occupationsForSkill(p.skill).length <= 30 && rand() < CROSS_FIELD) {
      const own = new Set(graph.occupationsForSkill(p.skill).map((o) => o.occupation));
      let occ = Math.floor(rand() * graph.occupations.length);
      for (let t = 0; t < 20 && own.has(occ); t++) occ = Math.floor(rand() * graph.occupations.length);
      const others = graph.skillsForOccupation(occ);
      if (!own.has(occ) && others.length >= 5) {
        const chosen: number[] = [];
        for (let j = 0; j < 12; j++) chosen.push(pickWeighted(others, (s) => s.weight).skill);
        const dist = documentOccupations(graph, rand() < 0.5 ? graph.occupations[occ].title : undefined, chosen);
        if (fieldFit(graph, dist, p.skill) === 0) {
          examples.push({ mention, gold: -1, mode: 'crossfield', context: { occupations: dist }, options: {}, split: tuneOf(p.skill), source: 'esco' });
          continue;
        }
      }
    }
    const options: CandidateOptions = mode === 'kept' ? {} : mode === 'hidden' ? { hideAlias: { skill: p.skill, key: rand() < 0.5 ? '*' : key } } : { exclude: new Set([p.skill]) };
    examples.push({ mention, gold: p.skill, mode, context, options, split: tuneOf(p.skill), source: 'esco' });
  }

  // RJDB train: skills lines as written next to the skill name they state (real paraphrases)
  if (existsSync(RJDB_PAIRS) && RJDB_EXAMPLES > 0) {
    const pairs = readFileSync(RJDB_PAIRS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { row: number; mention: string; name: string; names: string[] });
    // only pairs whose skill is a link target (ESCO or O*NET): an RJDB-only name is never linked to
    const usable = pairs.filter((p) => { const s = graph.lookupSkill(p.name); return s && isLinkTarget(s) && p.mention.length <= 120; });
    for (let i = 0; i < Math.min(RJDB_EXAMPLES, usable.length); i++) {
      const p = usable[Math.floor(rand() * usable.length)];
      const gold = graph.lookupSkill(p.name)!.index;
      const mode: Example['mode'] = rand() < 0.75 ? 'kept' : 'nolink';
      const others = p.names.filter((n) => n !== p.name).map((n) => graph.lookupSkill(n)?.index).filter((x): x is number => x !== undefined);
      const context = rand() < 0.85 ? { occupations: documentOccupations(graph, undefined, others) } : undefined;
      examples.push({ mention: p.mention, gold, mode, context, options: mode === 'nolink' ? { exclude: new Set([gold]) } : {}, split: tuneOf(1e6 + p.row), source: 'rjdb' });
    }
    log(`${Math.min(RJDB_EXAMPLES, usable.length)} RJDB train examples (${usable.length} usable pairs)`);
  }
  log(`${examples.length} examples; retrieving candidates`);
  const scored: Scored[] = [];
  const BATCH = 256;
  for (let i = 0; i < examples.length; i += BATCH) {
    const batch = examples.slice(i, i + BATCH);
    const cands = await linker.candidates(batch.map((e) => e.mention), batch.map((e) => e.context), batch.map((e) => e.options));
    // a no-link example must have no near-duplicate of the removed skill left among its
    // candidates (ESCO words many skills twice: "food safety principles", "comply with food
    // safety and hygiene"): names sharing most content words with it, its broader and narrower skills
    batch.forEach((e, j) => {
      if (e.mode !== 'nolink') return;
      const goldKeys = contentKeys(graph.skills[e.gold].name);
      const broader = new Set(graph.broaderSkills(e.gold));
      cands[j] = cands[j].filter((c) => {
        if (broader.has(c.skill) || graph.broaderSkills(c.skill).includes(e.gold)) return false;
        const keys = contentKeys(graph.skills[c.skill].name);
        const shared = keys.filter((k) => goldKeys.includes(k)).length;
        return (2 * shared) / Math.max(1, keys.length + goldKeys.length) < 0.5;
      });
    });
    batch.forEach((e, j) => scored.push({ gold: e.mode === 'nolink' || e.mode === 'crossfield' ? -1 : e.gold, mode: e.mode, split: e.split, source: e.source, cands: cands[j] }));
    if ((i / BATCH) % 5 === 0) log(`  ${i + batch.length}`);
  }
  const train = scored.filter((s) => s.split === 'train');
  const tune = scored.filter((s) => s.split === 'tune');
  const recall = (xs: Scored[]) => xs.filter((s) => s.gold >= 0 && s.cands.some((c) => c.skill === s.gold)).length / Math.max(1, xs.filter((s) => s.gold >= 0).length);
  log(`train ${train.length}, tune ${tune.length}; candidate recall train ${recall(train).toFixed(3)}`);

  // standardization
  const F = FEATURE_NAMES.length;
  const mean = new Array<number>(F).fill(0);
  const sq = new Array<number>(F).fill(0);
  let n = 0;
  for (const s of train) for (const c of s.cands) { n++; for (let f = 0; f < F; f++) { mean[f] += c.features[f]; sq[f] += c.features[f] ** 2; } }
  for (let f = 0; f < F; f++) mean[f] /= n;
  const scale = sq.map((v, f) => Math.sqrt(Math.max(1e-6, v / n - mean[f] ** 2)));
  const std = (x: Float64Array) => { const o = new Float64Array(F); for (let f = 0; f < F; f++) o[f] = (x[f] - mean[f]) / scale[f]; return o; };
  const trainX = train.map((s) => s.cands.map((c) => std(c.features)));

  // listwise softmax with a fixed "no link" option at 0, Adam, full batch
  const w = new Float64Array(F);
  let bias = 0;
  const m1 = new Float64Array(F + 1);
  const m2 = new Float64Array(F + 1);
  const lr = 0.05;
  let loss = 0;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const g = new Float64Array(F + 1);
    loss = 0;
    train.forEach((s, i) => {
      const X = trainX[i];
      const z = X.map((x) => { let v = bias; for (let f = 0; f < F; f++) v += w[f] * x[f]; return v; });
      const mx = Math.max(0, ...z);
      const e = z.map((v) => Math.exp(v - mx));
      const denom = Math.exp(-mx) + e.reduce((a, b) => a + b, 0);
      const goldAt = s.cands.findIndex((c) => c.skill === s.gold);
      loss -= goldAt >= 0 ? z[goldAt] - mx - Math.log(denom) : -mx - Math.log(denom);
      X.forEach((x, j) => {
        const d = e[j] / denom - (j === goldAt ? 1 : 0);
        for (let f = 0; f < F; f++) g[f] += d * x[f];
        g[F] += d;
      });
    });
    for (let f = 0; f <= F; f++) {
      const grad = g[f] / train.length + (f < F ? L2 * w[f] : 0);
      m1[f] = 0.9 * m1[f] + 0.1 * grad;
      m2[f] = 0.999 * m2[f] + 0.001 * grad * grad;
      const step = (lr * (m1[f] / (1 - 0.9 ** epoch))) / (Math.sqrt(m2[f] / (1 - 0.999 ** epoch)) + 1e-8);
      if (f < F) w[f] -= step;
      else bias -= step;
    }
    if (epoch % 50 === 0) log(`epoch ${epoch} loss ${(loss / train.length).toFixed(4)}`);
  }

  const best = (s: Scored) => {
    let top = -1;
    let topZ = -Infinity;
    for (const c of s.cands) {
      const x = std(c.features);
      let z = bias;
      for (let f = 0; f < F; f++) z += w[f] * x[f];
      if (z > topZ) { topZ = z; top = c.skill; }
    }
    return { skill: top, z: topZ, right: top >= 0 && top === s.gold };
  };
  const tuneBest = tune.map(best);
  const trainBest = train.map(best);

  // Platt: P(best is right) from its score, on the tune split
  let a = 1;
  let b = 0;
  const calibrationSet = tuneBest.filter((_, i) => CALIBRATE === 'all' || tune[i].source === CALIBRATE);
  for (let it = 0; it < 50; it++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (const t of calibrationSet) {
      const p = 1 / (1 + Math.exp(-(a * t.z + b)));
      const y = t.right ? 1 : 0;
      ga += (p - y) * t.z; gb += p - y;
      const v = p * (1 - p);
      haa += v * t.z * t.z; hab += v * t.z; hbb += v;
    }
    haa += 1e-6; hbb += 1e-6;
    const det = haa * hbb - hab * hab;
    a -= (hbb * ga - hab * gb) / det;
    b -= (haa * gb - hab * ga) / det;
  }
  const prob = (z: number) => 1 / (1 + Math.exp(-(a * z + b)));
  const ece = (xs: Array<{ z: number; right: boolean }>) => {
    const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
    for (const t of xs) { const p = prob(t.z); const bin = bins[Math.min(9, Math.floor(p * 10))]; bin.n++; bin.p += p; bin.y += t.right ? 1 : 0; }
    return bins.reduce((s, bin) => s + (bin.n ? (bin.n / xs.length) * Math.abs(bin.p / bin.n - bin.y / bin.n) : 0), 0);
  };

  // thresholds per use, on the training split: hint maximizes accuracy (a no-link row is right
  // when nothing is linked); requirement and match: the lowest threshold whose links are right
  // 85% / 90% of the time
  const accAt = (xs: Array<{ z: number; right: boolean }>, golds: number[], tau: number) => xs.reduce((s, t, i) => s + (prob(t.z) >= tau ? (t.right ? 1 : 0) : (golds[i] < 0 ? 1 : 0)), 0) / xs.length;
  const precAt = (xs: Array<{ z: number; right: boolean }>, tau: number) => { const l = xs.filter((t) => prob(t.z) >= tau); return l.length ? l.filter((t) => t.right).length / l.length : 1; };
  const grid = Array.from({ length: 91 }, (_, i) => 0.05 + i * 0.01);
  const trainGold = train.map((s) => s.gold);
  const hint = grid.reduce((bestT, t) => (accAt(trainBest, trainGold, t) > accAt(trainBest, trainGold, bestT) + 1e-9 ? t : bestT), 0.5);
  const atPrecision = (target: number) => grid.find((t) => precAt(trainBest, t) >= target) ?? 0.95;
  const thresholds = { hint: r3(hint), requirement: r3(Math.max(hint, atPrecision(0.85))), match: r3(Math.max(hint, atPrecision(0.9))) };
  const tuneGold = tune.map((s) => s.gold);
  const metrics = {
    examples: scored.length, trainExamples: train.length, tuneExamples: tune.length,
    candidateRecall: { train: r3(recall(train)), tune: r3(recall(tune)) },
    tune: {
      accuracyAt1: r3(accAt(tuneBest, tuneGold, thresholds.hint)),
      top1RightWhenLinkable: r3(tuneBest.filter((t, i) => tuneGold[i] >= 0 && t.right).length / Math.max(1, tuneGold.filter((g) => g >= 0).length)),
      ece: r3(ece(tuneBest)),
      precisionAtRequirement: r3(precAt(tuneBest, thresholds.requirement)),
      precisionAtMatch: r3(precAt(tuneBest, thresholds.match)),
      byMode: Object.fromEntries((['kept', 'hidden', 'nolink', 'crossfield'] as const).flatMap((mode) => (['esco', 'rjdb'] as const).map((source) => {
        const idx = tune.map((s, i) => (s.mode === mode && s.source === source ? i : -1)).filter((i) => i >= 0);
        return [`${source}-${mode}`, idx.length ? r3(accAt(idx.map((i) => tuneBest[i]), idx.map((i) => tuneGold[i]), thresholds.hint)) : null];
      }))),
      eceBySource: Object.fromEntries((['esco', 'rjdb'] as const).map((source) => [source, r3(ece(tuneBest.filter((_, i) => tune[i].source === source)))])),
    },
    trainAccuracyAt1: r3(accAt(trainBest, trainGold, thresholds.hint)),
    trainEce: r3(ece(trainBest)),
  };
  log(JSON.stringify(metrics));
  log('weights', JSON.stringify(Object.fromEntries(FEATURE_NAMES.map((f, i) => [f, r3(w[i])]))), 'platt', r3(a), r3(b));

  const model: RerankerJson = {
    format: 'hrdocs-link-reranker/1', features: [...FEATURE_NAMES],
    mean: mean.map(r6), scale: scale.map(r6), weights: [...w].map(r6), bias: r6(bias), platt: { a: r6(a), b: r6(b) }, k: K, thresholds,
  };
  const file = 'skill-link-reranker.json';
  const text = JSON.stringify(model, null, 1) + '\n';
  writeFileSync(join(MODELS, file), text);
  const manifestPath = join(MODELS, 'manifest.json');
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : { models: {} };
  manifest.models['skill-linker-reranker'] = {
    task: 'skill-linker-helper', file, sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text),
    description: 'skill-linker second stage: a linear score over features of mention x candidate x document field (encoder cosine, exact label, label/description word cover, head noun, occupation-field fit, source), listwise-trained, Platt-calibrated: the probability that the best candidate is the right link; below the use\'s threshold the mention keeps its own words',
    trainingData: 'ESCO v1.1 skills_en.csv labels and alternative labels (../shared/data/esco) in simulated documents of the graph\'s occupations (models/graph/graph.json.gz); RJDB train.jsonl skills lines aligned to their skill names (models/training/rjdb_link_pairs.py); no posting, resume or dev-set text; weights only',
    command: 'bash models/training/train-link-reranker.sh (after models/training/train.sh)',
    seed: SEED, hyperparameters: { calibrate: CALIBRATE, rjdbExamples: RJDB_EXAMPLES, examples: EXAMPLES, epochs: EPOCHS, l2: L2, k: K, modes: { kept: 0.35, hidden: 0.4, hiddenAllLabels: 0.2, nolink: 0.25 }, noFieldShare: 0.15, crossField: CROSS_FIELD, tuneShare: 0.2 },
    thresholds, metrics, trainSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
  if (manifest.models['skill-linker']) manifest.models['skill-linker'].thresholds = { ...(manifest.models['skill-linker'].thresholds ?? {}), link: thresholds.hint, linkRequirement: thresholds.requirement, linkMatch: thresholds.match };
  const tmp = `${manifestPath}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest, null, 2) + '\n');
  renameSync(tmp, manifestPath);
  log(`wrote ${file} (${Buffer.byteLength(text)} bytes) and its manifest entry in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

function r3(x: number): number { return Math.round(x * 1000) / 1000; }
function r6(x: number): number { return Math.round(x * 1e6) / 1e6; }

main().catch((err) => { console.error(err); process.exit(1); });
