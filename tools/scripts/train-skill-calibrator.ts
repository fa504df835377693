// Trains the skill calibrator (models/skill-calibrator.json and its manifest entry): a logistic
// model from a mention's features (server/src/engine/skills/calibrate.ts) to the probability that
// a recruiter calls it a right skill of its document under the name shown. Labels: mentions of
// real postings and resumes judged by hand (tools/skills/labels/*.jsonl: document, position, a
// hash of the words, label; no text). The engine reads each labelled document as `hrdocs` does,
// without a calibrator, and the features of the mention at the labelled position are the input.
// The L2 strength is chosen by 5-fold cross-validation grouped by document (log loss); the
// cross-validated precision, recall and calibration error are printed beside the extractor's own
// scores read at the same threshold. Resumes are personal data: the model holds weights only.
// Tried and left: adding RJDB train mentions as silver labels (right when the row lists them) made
// the probabilities worse on real text (cross-validated calibration error 0.035 -> 0.104 at equal
// weight, 0.043 at a quarter) and still ranked RJDB's skills worse than the extractor's score.
// usage: node tools/out/tools/scripts/train-skill-calibrator.js [--data DIR] [--labels DIR] [--models DIR] [--dry-run] [--dump FILE]
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SkillGraph } from '../../server/src/engine/graph/graph.js';
import { loadModels } from '../../server/src/engine/models/registry.js';
import { createEngine } from '../../server/src/engine/engine.js';
import { WordIdf } from '../../server/src/engine/match/lexical.js';
import { CALIBRATOR_FEATURES, CALIBRATOR_FORMAT, mentionFeatures, SkillCalibrator, type SkillCalibratorJson, type SkillThresholds } from '../../server/src/engine/skills/calibrate.js';
import { calibrationError, labelledMentions, logLoss, precisionRecall, readMentionLabels, TARGET } from '../eval/mentions.js';
import { recordModelEntry } from './model-manifest.js';
import { REQUIREMENT_ZONES } from '../../server/src/engine/document/zones.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const dataDir = resolve(opt('data', '../shared/data'));
const labelsDir = resolve(opt('labels', 'tools/skills/labels'));
const modelsDir = resolve(opt('models', 'models'));
const dryRun = args.includes('--dry-run');

const graph = SkillGraph.load(modelsDir);
const models = await loadModels({ modelsDir, graph });
// the features read the extractor's own scores: no calibrator while training one
delete models.calibrator;
const engine = createEngine({ graph, models });
const idf = models.words ?? WordIdf.uniform();

const X: number[][] = [];
const y: number[] = [];
const groups: number[] = [];
const rule: number[] = [];
/** whether a posting's mention is read as a requirement (a required-skills item, a requirement zone): the requirement cut's rows */
const asRequirement: boolean[] = [];
const rows = await labelledMentions(engine, readMentionLabels(labelsDir), dataDir);
for (const r of rows) {
  if (!r.mention) continue;
  X.push(mentionFeatures(r.mention, r.kind, idf, graph));
  y.push(TARGET[r.label.label]);
  groups.push(r.document);
  rule.push(r.mention.confidence);
  asRequirement.push(r.kind === 'job' && (r.mention.section === 'requiredSkills' || REQUIREMENT_ZONES.has(r.mention.zone)));
}
const missing = rows.length - X.length;
const documents = new Set(groups).size;
await engine.dispose();
console.log(`skill calibrator: ${X.length} labelled mentions of ${documents} real documents (${missing} labels no longer found: the extractor changed since they were written)`);

/** Logistic regression, full-batch gradient descent with L2 (the bias is not penalised). */
function fit(rows: number[][], targets: number[], l2: number, steps = 4000, rate = 0.5): { w: number[]; b: number } {
  const d = CALIBRATOR_FEATURES.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const n = rows.length;
  for (let s = 0; s < steps; s++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < rows.length; i++) {
      let z = b;
      for (let j = 0; j < d; j++) z += w[j] * rows[i][j];
      const e = 1 / (1 + Math.exp(-z)) - targets[i];
      gb += e;
      for (let j = 0; j < d; j++) gw[j] += e * rows[i][j];
    }
    for (let j = 0; j < d; j++) w[j] -= rate * (gw[j] / n + l2 * w[j]);
    b -= rate * (gb / n);
  }
  return { w, b };
}
const predict = (m: { w: number[]; b: number }, x: number[]) => 1 / (1 + Math.exp(-(m.b + x.reduce((s, v, j) => s + v * m.w[j], 0))));
const r3 = (x: number) => Math.round(x * 1000) / 1000;

const FOLDS = 5;
const foldOf = (group: number) => createHash('sha1').update(`calibrator-fold/${group}`).digest()[0] % FOLDS;
let best: { l2: number; loss: number; cv: number[] } | undefined;
for (const l2 of [0.0003, 0.001, 0.003, 0.01, 0.03]) {
  const cv = new Array<number>(X.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const train = X.map((_, i) => i).filter((i) => foldOf(groups[i]) !== k);
    const test = X.map((_, i) => i).filter((i) => foldOf(groups[i]) === k);
    const m = fit(train.map((i) => X[i]), train.map((i) => y[i]), l2);
    for (const i of test) cv[i] = predict(m, X[i]);
  }
  const loss = logLoss(cv, y);
  console.log(`  L2 ${l2}: cross-validated log loss ${r3(loss)}`);
  if (!best || loss < best.loss) best = { l2, loss, cv };
}
/** Cross-validated precision and recall at a threshold, over the rows `only` keeps (every row by default). */
const cvAtAmong = (only: (i: number) => boolean) => {
  const rows = y.map((_, i) => i).filter(only);
  return { rows: rows.length, at: (threshold: number) => precisionRecall(rows.map((i) => best!.cv[i]), rows.map((i) => y[i]), threshold) };
};
const cvAt = cvAtAmong(() => true).at;
const ruleAt = (threshold: number) => precisionRecall(rule, y, threshold);
const fmt = (r: { precision: number; recall: number; kept: number }) => `precision ${r3(r.precision)}, recall ${r3(r.recall)}, kept ${r.kept}`;
console.log(`chosen L2 ${best!.l2}; cross-validated, by document:`);
console.log(`  extractor's scores >= 0.5: ${fmt(ruleAt(0.5))}; calibration error ${r3(calibrationError(rule, y))}`);
for (const t of [0.4, 0.5, 0.6]) console.log(`  calibrated >= ${t}: ${fmt(cvAt(t))}`);
console.log(`  calibrated: calibration error ${r3(calibrationError(best!.cv, y))}, log loss ${r3(best!.loss)} (extractor's scores as probabilities: ${r3(logLoss(rule, y))})`);

// --dump FILE: the cross-validated probabilities, the extractor's scores and targets, for reading the curve
if (args.includes('--dump')) writeFileSync(opt('dump', ''), JSON.stringify({ cv: best!.cv, rule, y }));

/** The cut with the best F-beta of `at`, cross-validated precision and recall at a threshold (beta > 1 favours recall). */
function bestCut(beta: number, at: (threshold: number) => { precision: number; recall: number }): number {
  let cut = 0.5, bestF = -1;
  for (let t = 0.2; t <= 0.701; t += 0.05) {
    const { precision: p, recall: r } = at(t);
    const f = p + r ? ((1 + beta * beta) * p * r) / (beta * beta * p + r) : 0;
    if (f > bestF) { bestF = f; cut = Math.round(t * 100) / 100; }
  }
  return cut;
}
const { rows: requirementRows, at: requirementAt } = cvAtAmong((i) => asRequirement[i]);
const thresholds: SkillThresholds = { hint: bestCut(0.5, cvAt), requirement: bestCut(1, requirementAt) };
console.log(`  hint threshold ${thresholds.hint}: ${fmt(cvAt(thresholds.hint))}`);
console.log(`  requirement threshold ${thresholds.requirement} (${requirementRows} labelled requirement mentions): ${fmt(requirementAt(thresholds.requirement!))}; every requirement kept: ${fmt(requirementAt(0))}`);
const final = fit(X, y, best!.l2);
const json: SkillCalibratorJson = {
  format: CALIBRATOR_FORMAT, features: [...CALIBRATOR_FEATURES], weights: final.w.map((v) => Math.round(v * 1e5) / 1e5), bias: Math.round(final.b * 1e5) / 1e5, thresholds,
  trainedOn: `${X.length} hand-labelled mentions of ${documents} real postings and resumes (tools/skills/labels)`,
};
SkillCalibrator.fromJson(json); // the engine must read what is written
const weights = CALIBRATOR_FEATURES.map((f, j) => [f, json.weights[j]] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log('weights:', weights.map(([f, v]) => `${f} ${v}`).join(', '), `bias ${json.bias}`);
if (dryRun) process.exit(0);
const modelPath = join(modelsDir, 'skill-calibrator.json');
writeFileSync(modelPath, JSON.stringify(json, null, 1) + '\n');
recordModelEntry(modelPath, 'skill-calibrator', {
  description: `logistic model over ${CALIBRATOR_FEATURES.length} features of a skill mention (the extractor's score and path, the link, the words' shape, rarity and zone) -> probability that it is a right skill of its document under the name shown; L2 ${best!.l2} chosen by 5-fold cross-validation grouped by document; hint threshold ${thresholds.hint} (best cross-validated F0.5); requirement threshold ${thresholds.requirement} (best cross-validated F1 on the ${requirementRows} labelled mentions read as a posting's requirements: precision ${r3(requirementAt(thresholds.requirement!).precision)}, recall ${r3(requirementAt(thresholds.requirement!).recall)}; all kept: precision ${r3(requirementAt(0).precision)}); cross-validated at 0.5: precision ${r3(cvAt(0.5).precision)}, recall ${r3(cvAt(0.5).recall)} (the extractor's scores: ${r3(ruleAt(0.5).precision)} / ${r3(ruleAt(0.5).recall)}), calibration error ${r3(calibrationError(best!.cv, y))}`,
  trainingData: `${X.length} mentions of ${documents} real postings and resumes from ../shared/data (train pool: no dev-set, precision-check or ranker-evaluation document), judged by hand (tools/skills/labels: positions and hashes, no text); the model holds weights only`,
  command: 'npm run build && node tools/out/tools/scripts/train-skill-calibrator.js --data ../shared/data',
});
console.log(`wrote ${modelPath} and its manifest entry`);
