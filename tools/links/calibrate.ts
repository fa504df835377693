// Recalibrates the skill linker's confidence on real mentions: the reranker's Platt map and its
// thresholds per use were fitted on simulated ESCO / RJDB examples, whose mentions are easier
// than real text's, so on real sentences the confidence ran high (a link said 0.97 was right
// about 0.83 of the time). This fits a second Platt map on hand-labelled real mentions of
// TRAINING documents (tools/links/labels/*.jsonl, the linking dev set's format; never a dev-set
// document, see tools/links/select-train-sentences.mjs), folds it into the reranker's map, and
// chooses the thresholds per use on the same rows:
//   - hint: the best accuracy@1 (a no-link row is right when nothing is linked) among thresholds
//     whose links are right at least half the time (a wrong name is worse than the own words);
//   - requirement / match: the lowest with links right 85% / 90% of the time (at least the hint's).
// Reports a 5-fold cross-validated ECE (fit on four fifths, measured on the fifth).
//   node tools/out/tools/links/calibrate.js [--labels tools/links/labels] [--models models] [--data ../shared/data]
// Run by models/training/train-link-reranker.sh after the reranker is trained.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectedCalibrationError, linkRows, readRows, type Row } from '../eval/links.js';
import type { RerankerJson } from '../../server/src/engine/models/link-reranker.js';
import { accuracyAt, chooseThresholds, fitPlatt, logit, r3, r6, sigmoid, type Item } from './platt.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const LABELS = resolve(opt('labels', 'tools/links/labels'));
const MODELS = resolve(opt('models', 'models'));
const DATA = resolve(opt('data', process.env.HRDOCS_DATA ?? '../shared/data'));
const FILE = 'skill-link-reranker.json';
const FOLDS = 5;

type Calibrated = RerankerJson & { simulated?: { platt: { a: number; b: number }; thresholds: RerankerJson['thresholds'] } };

/** Writes the reranker file with this map and these thresholds, and the manifest entries that name them. */
function writeModel(model: Calibrated, extra: Record<string, unknown> = {}): void {
  const text = JSON.stringify(model, null, 1) + '\n';
  writeFileSync(join(MODELS, FILE), text);
  const manifestPath = join(MODELS, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entry = manifest.models['skill-linker-reranker'];
  Object.assign(entry, { sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text), thresholds: model.thresholds, ...extra });
  const t = model.thresholds;
  if (manifest.models['skill-linker']) manifest.models['skill-linker'].thresholds = { ...(manifest.models['skill-linker'].thresholds ?? {}), link: t.hint, linkRequirement: t.requirement, linkMatch: t.match };
  const tmp = `${manifestPath}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest, null, 2) + '\n');
  renameSync(tmp, manifestPath);
}

/**
 * One pass: link every labelled mention with the model as it stands, read the best candidate's
 * logit under the simulated map, and fit the real map and the thresholds on them.
 */
async function fitOnce(rows: Row[], model: Calibrated) {
  const simulated = model.simulated!.platt;
  const current = model.platt;
  const { best } = await linkRows(rows, MODELS, DATA, true);
  const items: Item[] = best.filter((b) => b.p !== undefined && b.skill >= 0)
    .map((b) => ({ x: simulated.a * ((logit(b.p!) - current.b) / current.a) + simulated.b, right: b.right, goldNone: b.goldNone }));
  const fit = fitPlatt(items);
  return { items, fit, thresholds: chooseThresholds(items, (x) => sigmoid(fit.a * x + fit.b)) };
}

async function main(): Promise<void> {
  const files = existsSync(LABELS) ? readdirSync(LABELS).filter((f) => f.endsWith('.jsonl')).sort() : [];
  if (!files.length) throw new Error(`no label files in ${LABELS}`);
  const rows: Row[] = files.flatMap((f) => readRows(join(LABELS, f)));
  const model = JSON.parse(readFileSync(join(MODELS, FILE), 'utf8')) as Calibrated;
  // start from the reranker as trained (a model already recalibrated keeps that beside its own),
  // so the result does not depend on an earlier run
  model.simulated ??= { platt: model.platt, thresholds: model.thresholds };
  const simulated = model.simulated.platt;
  model.platt = simulated;
  model.thresholds = model.simulated.thresholds;
  writeModel(model);
  // the document's field, each mention's context, is read with the linker's own links: a second
  // pass fits the map under the field the recalibrated linker reads
  let pass = await fitOnce(rows, model);
  const first = pass;
  for (const round of [1, 2]) {
    model.platt = { a: r6(pass.fit.a * simulated.a), b: r6(pass.fit.a * simulated.b + pass.fit.b) };
    model.thresholds = pass.thresholds;
    writeModel(model);
    if (round === 2) break;
    pass = await fitOnce(rows, model);
  }
  const { items, fit, thresholds } = pass;
  const ece = (xs: readonly Item[], p: (x: number) => number) => expectedCalibrationError(xs.map((t) => ({ p: p(t.x), right: t.right })));
  // cross-validated: each fifth measured with a map fitted on the other four
  const held: Array<{ p: number; right: boolean }> = [];
  for (let f = 0; f < FOLDS; f++) {
    const foldFit = fitPlatt(items.filter((_, i) => i % FOLDS !== f));
    for (const t of items.filter((_, i) => i % FOLDS === f)) held.push({ p: sigmoid(foldFit.a * t.x + foldFit.b), right: t.right });
  }
  const calibrated = (x: number) => sigmoid(fit.a * x + fit.b);
  const asTrained = model.simulated.thresholds;
  const report = {
    labelFiles: files, rows: rows.length, withCandidate: items.length, noLinkRows: rows.filter((r) => !r.gold.length).length,
    bestCandidateRight: r3(items.filter((t) => t.right).length / items.length),
    eceAsTrained: r3(ece(first.items, sigmoid)), eceInSample: r3(ece(items, calibrated)), eceCrossValidated: r3(expectedCalibrationError(held)),
    map: { a: r3(fit.a), b: r3(fit.b) },
    thresholds, thresholdsAsTrained: asTrained,
    accuracyAt1: { asTrained: r3(accuracyAt(first.items, sigmoid, asTrained.hint)), now: r3(accuracyAt(items, calibrated, thresholds.hint)) },
  };
  console.log(JSON.stringify(report, null, 1));
  writeModel(model, {
    realCalibration: { ...report, command: 'node tools/out/tools/links/calibrate.js (the last step of models/training/train-link-reranker.sh)', trainingData: `hand-labelled skill mentions in real sentences of training documents (tools/links/labels/: ${files.join(', ')}; postings and resumes of ../shared/data, no dev-set document); the map and thresholds only, no text` },
  });
  console.error(`wrote ${FILE} (real-mention map folded into the reranker's, thresholds ${JSON.stringify(thresholds)}) and its manifest entry`);
}

main().catch((err) => { console.error(err); process.exit(1); });
