// Trains the skill linker's reranker (server/src/engine/models/link-reranker.ts) and writes
// models/skill-link-reranker.json and its manifest entry, with the calibrated thresholds per use.
//
//   bash models/training/train-link-reranker.sh      (RJDB pairs, build, then this script)
//   node tools/out/tools/scripts/train-link-reranker.js [--data ../shared/data] [--models models] [--examples 6000] [--rjdb-examples 3000] [--epochs 60] [--seed 17] [--real FILE] [--real-weight 100] [--k-description 20]
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
// 30 nearest names, its 20 nearest descriptions, the 30 skills whose labels and descriptions share
// the most words (same head noun, other field; same ESCO group, other skill) and every skill the
// words name exactly.
// Real mentions: the hand-labelled training labels in tools/links/labels (--real;
// never the dev set), each read in its own document's field, weighted --real-weight (100: the
// silver examples only regularize; out-of-fold tests on the real mentions scored best so).
// Model: a linear score per candidate, trained listwise (softmax over the candidates plus a
// fixed "no link" option at 0), then a Platt map of the best candidate's score to the
// probability that it is right. With real mentions, the map and the thresholds per use are fitted
// on their out-of-fold scores (5 folds by document); without, on a held-out fifth of the silver
// skills and the training split.
import { readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { SkillGraph } from '../../server/src/engine/graph/graph.js';
import { ModelRuntime } from '../../server/src/engine/models/runtime.js';
import { OnnxSkillLinker } from '../../server/src/engine/models/linker.js';
import { FEATURE_NAMES, isLinkTarget, type Candidate, type CandidateOptions, type RerankerJson } from '../../server/src/engine/models/link-reranker.js';
import { documentOccupations, fieldFit } from '../../server/src/engine/skills/field.js';
import { contentKeys, normalizeTerm } from '../../server/src/engine/text/normalize.js';
import type { LinkContext } from '../../server/src/engine/models/tasks.js';
import { mulberry32 } from '../devsets/held-out.js';
import { loadEngine } from '../../server/src/engine/load.js';
import { loadCorpora } from '../eval/real-docs.js';
import { expectedCalibrationError, readRows } from '../eval/links.js';
import { accuracyAt, chooseThresholds, fitPlatt, precisionAt, sigmoid, type Item } from '../links/platt.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const DATA = resolve(opt('data', process.env.HRDOCS_DATA ?? '../shared/data'));
const MODELS = resolve(opt('models', 'models'));
const EXAMPLES = Number(opt('examples', '6000'));
const SEED = Number(opt('seed', '17'));
const EPOCHS = Number(opt('epochs', '60'));
/** mentions per Adam step, and its step size */
const BATCH_MENTIONS = 512;
const LR = 0.01;
const RJDB_PAIRS = opt('rjdb-pairs', 'models/training/.cache/rjdb-link-pairs.jsonl');
const RJDB_EXAMPLES = Number(opt('rjdb-examples', '3000'));
/** which tune examples fit the Platt map: RJDB's real paraphrases (default), or all */
const CALIBRATE = opt('calibrate', 'rjdb');
/** hand-labelled real mentions: a label file or a folder of them (tools/links/labels; never the dev set) */
const REAL = opt('real', 'tools/links/labels');
/** weight of a real mention against a silver one in the loss */
const REAL_WEIGHT = Number(opt('real-weight', '100'));
const FOLDS = 5;
/** weight of a simulated cross-field trap: the real mentions hold few traps, and a real
 * document's field is noisy, so without it the field's veto fades ("mechanical ventilation" in a
 * nurse's resume went back to building ventilation). 10 with 530 real mentions; 22 with 1,170
 * keeps the traps' share of the loss (at 10 the veto faded again) */
const CROSS_FIELD_WEIGHT = Number(opt('cross-field-weight', '22'));
/** calibrated probability at which a hint shows the linked name instead of the mention's words */
const HINT_PROBABILITY = Number(opt('hint-probability', '0.5'));
/** share of short specialist labels read in a document of another field (gold: no link) */
const CROSS_FIELD = Number(opt('cross-field', '0.25'));
const L2 = 1e-3;
const K = { vector: 30, lexical: 30, description: Number(opt('k-description', '20')), field: Number(opt('k-field', '15')) };

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
interface Scored { golds: number[]; mode: Example['mode'] | 'real'; split: Example['split']; source: Example['source'] | 'real'; cands: Candidate[]; weight: number; fold?: number }

async function main(): Promise<void> {
  const started = performance.now();
  const graph = SkillGraph.load(MODELS);
  const runtime = await ModelRuntime.load({ modelsDir: MODELS, device: 'cpu' });
  const linker = await OnnxSkillLinker.create(runtime, graph, { noReranker: true, k: K });

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
    batch.forEach((e, j) => scored.push({ golds: e.mode === 'nolink' || e.mode === 'crossfield' ? [] : [e.gold], mode: e.mode, split: e.split, source: e.source, cands: cands[j], weight: e.mode === 'crossfield' ? CROSS_FIELD_WEIGHT : 1 }));
    if ((i / BATCH) % 5 === 0) log(`  ${i + batch.length}`);
  }
  // hand-labelled real mentions, each read in its own document's field as the engine reads it
  // (the document analyzed by the engine); split into folds by document for out-of-fold scores
  const real: Scored[] = [];
  const realMentions: string[] = [];
  if (existsSync(REAL)) {
    const rows = readRows(REAL);
    const docs = loadCorpora(DATA, rows.map((r) => r.corpus));
    const engine = await loadEngine({ modelsDir: MODELS, device: 'cpu' });
    const contexts = new Map<string, LinkContext | undefined>();
    for (const r of rows) {
      const key = `${r.corpus}:${r.id}`;
      if (contexts.has(key)) continue;
      const doc = docs.get(key);
      contexts.set(key, doc ? { occupations: (await engine.analyze(doc.text, `file:///${key}.md`, { kind: r.corpus.startsWith('resumes/') ? 'resume' : 'job' })).occupations } : undefined);
    }
    await engine.dispose();
    const cands = await linker.candidates(rows.map((r) => r.mention), rows.map((r) => contexts.get(`${r.corpus}:${r.id}`)));
    rows.forEach((r, i) => {
      const golds = r.gold.map((id) => graph.skillById(id)?.index).filter((x): x is number => x !== undefined);
      const fold = createHash('sha1').update(`${SEED}:${r.corpus}:${r.id}`).digest()[0] % FOLDS;
      realMentions.push(r.mention);
      real.push({ golds, mode: 'real', split: 'train', source: 'real', cands: cands[i], weight: REAL_WEIGHT, fold });
    });
    log(`${real.length} real mentions from ${contexts.size} documents (${REAL}); candidate recall ${r3(real.filter((s) => s.golds.length && s.cands.some((c) => s.golds.includes(c.skill))).length / Math.max(1, real.filter((s) => s.golds.length).length))}`);
  }
  // HRDOCS_RERANK_FEATURES=FILE: every example's candidates and features (JSON lines), for trying models offline
  if (process.env.HRDOCS_RERANK_FEATURES) {
    const lines = [...scored, ...real].map((s) => JSON.stringify({ source: s.source, mode: s.mode, split: s.split, fold: s.fold ?? null, weight: s.weight, golds: s.golds,
      cands: s.cands.map((c) => [c.skill, ...Array.from(c.features, (x) => Math.round(x * 1e4) / 1e4)]) }));
    writeFileSync(process.env.HRDOCS_RERANK_FEATURES, lines.join('\n') + '\n');
  }
  const train = scored.filter((s) => s.split === 'train');
  const tune = scored.filter((s) => s.split === 'tune');
  const linkable = (xs: Scored[]) => xs.filter((s) => s.golds.length);
  const recall = (xs: Scored[]) => linkable(xs).filter((s) => s.cands.some((c) => s.golds.includes(c.skill))).length / Math.max(1, linkable(xs).length);
  log(`train ${train.length}, tune ${tune.length}, real ${real.length}; candidate recall train ${recall(train).toFixed(3)}`);

  // real mentions: out-of-fold scores (a model fitted without the mention's document) for the
  // calibration and the thresholds, then the final model on every real mention
  let oof: Array<{ skill: number; z: number; right: boolean; golds: number[] }> = [];
  if (real.length) {
    oof = new Array(real.length);
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = fit([...train, ...real.filter((s) => s.fold !== fold)]);
      real.forEach((s, i) => { if (s.fold === fold) oof[i] = { ...bestOf(model, s), golds: s.golds }; });
      log(`fold ${fold}: out-of-fold real accuracy of the best candidate so far ${r3(oof.filter((t) => t && t.right).length / Math.max(1, oof.filter((t) => t && t.golds.length).length))}`);
    }
  }
  // HRDOCS_RERANK_DUMP=FILE: the out-of-fold choice for each real mention, for reading errors
  if (process.env.HRDOCS_RERANK_DUMP && oof.length) {
    const name = (x: number) => (x >= 0 ? graph.skills[x].name : null);
    writeFileSync(process.env.HRDOCS_RERANK_DUMP, oof.map((t, i) => JSON.stringify({
      mention: realMentions[i], gold: t.golds.map(name), best: name(t.skill), z: r3(t.z), right: t.right,
      goldInCands: real[i].cands.some((c) => t.golds.includes(c.skill)),
    })).join('\n') + '\n');
  }
  const fitted = fit([...train, ...real]);
  const { w, bias, mean, scale } = fitted;
  const tuneBest = tune.map((s) => bestOf(fitted, s));
  const trainBest = train.map((s) => bestOf(fitted, s));

  // Platt: P(best is right) from its score; real mentions out of fold when there are any, else
  // the tune split (its RJDB part by default: real paraphrases)
  const calibrationSet: Array<{ z: number; right: boolean }> = oof.length && CALIBRATE !== 'silver'
    ? oof
    : tuneBest.filter((_, i) => CALIBRATE === 'all' || CALIBRATE === 'silver' || tune[i].source === CALIBRATE);
  const { a, b } = fitPlatt(calibrationSet.map((t) => ({ x: t.z, right: t.right, goldNone: false })), { prior: 0, smoothTargets: true });
  const prob = (z: number) => sigmoid(a * z + b);
  const itemsOf = (xs: Array<{ z: number; right: boolean }>, golds: number[][]): Item[] => xs.map((t, i) => ({ x: t.z, right: t.right, goldNone: !golds[i].length }));
  const accAt = (xs: Array<{ z: number; right: boolean }>, golds: number[][], tau: number) => (xs.length ? accuracyAt(itemsOf(xs, golds), prob, tau) : 0);
  const precAt = (xs: Array<{ z: number; right: boolean }>, tau: number) => precisionAt(itemsOf(xs, xs.map(() => [])), prob, tau);
  const ece = (xs: Array<{ z: number; right: boolean }>) => expectedCalibrationError(xs.map((t) => ({ p: prob(t.z), right: t.right })));

  // thresholds per use, on training data (real mentions out of fold when there are any, else the
  // training split). With real mentions calibrating the probability, a hint shows a linked name
  // only when it is more likely right than wrong (a wrong name misleads; the mention's own words
  // never do)
  const chosen = oof.length ? itemsOf(oof, oof.map((t) => t.golds)) : itemsOf(trainBest, train.map((s) => s.golds));
  const { mostAccurate: bestAccuracy, ...choice } = chooseThresholds(chosen, prob, { hintAtLeast: oof.length ? HINT_PROBABILITY : 0 });
  const thresholds = { hint: r3(choice.hint), requirement: r3(choice.requirement), match: r3(choice.match) };
  const tuneGold = tune.map((s) => s.golds);
  const metrics = {
    examples: scored.length, trainExamples: train.length, tuneExamples: tune.length, realMentions: real.length,
    candidateRecall: { train: r3(recall(train)), tune: r3(recall(tune)), real: r3(recall(real)) },
    real: oof.length ? {
      outOfFoldAccuracyAt1: r3(accAt(oof, oof.map((t) => t.golds), thresholds.hint)),
      outOfFoldPrecisionAtHint: r3(precAt(oof, thresholds.hint)),
      mostAccurateThreshold: r3(bestAccuracy),
      outOfFoldAccuracyAt1MostAccurate: r3(accAt(oof, oof.map((t) => t.golds), bestAccuracy)),
      outOfFoldBestRightWhenLinkable: r3(oof.filter((t) => t.golds.length && t.right).length / Math.max(1, oof.filter((t) => t.golds.length).length)),
      outOfFoldEce: r3(ece(oof)),
      outOfFoldPrecisionAtRequirement: r3(precAt(oof, thresholds.requirement)),
    } : null,
    tune: {
      accuracyAt1: r3(accAt(tuneBest, tuneGold, thresholds.hint)),
      top1RightWhenLinkable: r3(tuneBest.filter((t, i) => tuneGold[i].length && t.right).length / Math.max(1, tuneGold.filter((g) => g.length).length)),
      ece: r3(ece(tuneBest)),
      precisionAtRequirement: r3(precAt(tuneBest, thresholds.requirement)),
      precisionAtMatch: r3(precAt(tuneBest, thresholds.match)),
      byMode: Object.fromEntries((['kept', 'hidden', 'nolink', 'crossfield'] as const).flatMap((mode) => (['esco', 'rjdb'] as const).map((source) => {
        const idx = tune.map((s, i) => (s.mode === mode && s.source === source ? i : -1)).filter((i) => i >= 0);
        return [`${source}-${mode}`, idx.length ? r3(accAt(idx.map((i) => tuneBest[i]), idx.map((i) => tuneGold[i]), thresholds.hint)) : null];
      }))),
      eceBySource: Object.fromEntries((['esco', 'rjdb'] as const).map((source) => [source, r3(ece(tuneBest.filter((_, i) => tune[i].source === source)))])),
    },
    trainAccuracyAt1: r3(accAt(trainBest, train.map((s) => s.golds), thresholds.hint)),
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
    trainingData: 'ESCO v1.1 skills_en.csv labels and alternative labels (../shared/data/esco) in simulated documents of the graph\'s occupations (models/graph/graph.json.gz); RJDB train.jsonl skills lines aligned to their skill names (models/training/rjdb_link_pairs.py); ' +
      (real.length ? `${real.length} hand-labelled mentions in real postings and resumes (../shared/data/postings, ../shared/data/resumes; labels in ${REAL}, never the dev set), weighted ${REAL_WEIGHT}; ` : '') +
      'no text of any document in the artifact; weights only',
    command: 'bash models/training/train-link-reranker.sh (after models/training/train.sh)',
    seed: SEED, hyperparameters: { calibrate: CALIBRATE, rjdbExamples: RJDB_EXAMPLES, examples: EXAMPLES, epochs: EPOCHS, l2: L2, k: K, modes: { kept: 0.35, hidden: 0.4, hiddenAllLabels: 0.2, nolink: 0.25 }, noFieldShare: 0.15, crossField: CROSS_FIELD, tuneShare: 0.2, realWeight: REAL_WEIGHT, realFolds: FOLDS, hintProbability: HINT_PROBABILITY, crossFieldWeight: CROSS_FIELD_WEIGHT },
    thresholds, metrics, trainSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
  if (manifest.models['skill-linker']) manifest.models['skill-linker'].thresholds = { ...(manifest.models['skill-linker'].thresholds ?? {}), link: thresholds.hint, linkRequirement: thresholds.requirement, linkMatch: thresholds.match };
  const tmp = `${manifestPath}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest, null, 2) + '\n');
  renameSync(tmp, manifestPath);
  log(`wrote ${file} (${Buffer.byteLength(text)} bytes) and its manifest entry in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

interface Fitted { w: Float64Array; bias: number; mean: number[]; scale: number[] }

/** The reranker's linear score, fitted listwise: a softmax over each mention's candidates plus a
 * fixed "no link" option at 0 (the gold set's share of it is maximized; a no-link mention wants the
 * fixed option), weighted per mention, L2, minibatch Adam; features standardized first. */
function fit(set: Scored[]): Fitted {
  const F = FEATURE_NAMES.length;
  const mean = new Array<number>(F).fill(0);
  const sq = new Array<number>(F).fill(0);
  let n = 0;
  for (const s of set) for (const c of s.cands) { n++; for (let f = 0; f < F; f++) { mean[f] += c.features[f]; sq[f] += c.features[f] ** 2; } }
  for (let f = 0; f < F; f++) mean[f] /= Math.max(1, n);
  const scale = sq.map((v, f) => Math.sqrt(Math.max(1e-6, v / Math.max(1, n) - mean[f] ** 2)));
  // one flat matrix of standardized features; mention i owns rows start[i] .. start[i+1]
  const X = new Float64Array(n * F);
  const start = new Int32Array(set.length + 1);
  const isGold = new Uint8Array(n);
  let row = 0;
  set.forEach((s, i) => {
    start[i] = row;
    for (const c of s.cands) {
      for (let f = 0; f < F; f++) X[row * F + f] = (c.features[f] - mean[f]) / scale[f];
      isGold[row] = s.golds.includes(c.skill) ? 1 : 0;
      row++;
    }
  });
  start[set.length] = row;
  const w = new Float64Array(F);
  let bias = 0;
  const m1 = new Float64Array(F + 1);
  const m2 = new Float64Array(F + 1);
  const e = new Float64Array(n);
  const order = set.map((_, i) => i);
  const shuffleRand = mulberry32(SEED + 1);
  let t = 0;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    // minibatch Adam over shuffled mentions (full-batch steps were too few to converge)
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(shuffleRand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    let loss = 0;
    let seen = 0;
    for (let from = 0; from < order.length; from += BATCH_MENTIONS) {
      const batch = order.slice(from, from + BATCH_MENTIONS);
      const g = new Float64Array(F + 1);
      let batchWeight = 0;
      for (const i of batch) {
        const a = start[i];
        const b = start[i + 1];
        let mx = 0;
        for (let r = a; r < b; r++) { let v = bias; const o = r * F; for (let f = 0; f < F; f++) v += w[f] * X[o + f]; e[r] = v; if (v > mx) mx = v; }
        let denom = Math.exp(-mx);
        let goldMass = 0;
        let golds = 0;
        for (let r = a; r < b; r++) { const x = Math.exp(e[r] - mx); e[r] = x; denom += x; if (isGold[r]) { goldMass += x; golds++; } }
        // the target: the gold candidates in proportion to their current share, or the no-link option
        if (!golds) goldMass = Math.exp(-mx);
        const weight = set[i].weight;
        batchWeight += weight;
        loss -= weight * (Math.log(goldMass) - Math.log(denom));
        for (let r = a; r < b; r++) {
          const d = weight * (e[r] / denom - (isGold[r] ? e[r] / goldMass : 0));
          const o = r * F;
          for (let f = 0; f < F; f++) g[f] += d * X[o + f];
          g[F] += d;
        }
      }
      seen += batchWeight;
      t++;
      for (let f = 0; f <= F; f++) {
        const grad = g[f] / batchWeight + (f < F ? L2 * w[f] : 0);
        m1[f] = 0.9 * m1[f] + 0.1 * grad;
        m2[f] = 0.999 * m2[f] + 0.001 * grad * grad;
        const step = (LR * (m1[f] / (1 - 0.9 ** t))) / (Math.sqrt(m2[f] / (1 - 0.999 ** t)) + 1e-8);
        if (f < F) w[f] -= step;
        else bias -= step;
      }
    }
    if (epoch % 20 === 0) log(`  epoch ${epoch} loss ${(loss / seen).toFixed(4)}`);
  }
  return { w, bias, mean, scale };
}

/** The best candidate of a mention under a fitted model, its score and whether it is a gold skill. */
function bestOf(model: Fitted, s: Scored): { skill: number; z: number; right: boolean } {
  const F = FEATURE_NAMES.length;
  let top = -1;
  let topZ = -Infinity;
  for (const c of s.cands) {
    let z = model.bias;
    for (let f = 0; f < F; f++) z += model.w[f] * ((c.features[f] - model.mean[f]) / model.scale[f]);
    if (z > topZ) { topZ = z; top = c.skill; }
  }
  return { skill: top, z: topZ, right: top >= 0 && s.golds.includes(top) };
}

function r3(x: number): number { return Math.round(x * 1000) / 1000; }
function r6(x: number): number { return Math.round(x * 1e6) / 1e6; }

main().catch((err) => { console.error(err); process.exit(1); });
