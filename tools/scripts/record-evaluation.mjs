#!/usr/bin/env node
// Measures the shipped models on every dev set and records the numbers in models/manifest.json
// (`evaluation.current`), so the manifest states what the models it lists achieve. Earlier
// records are kept under `evaluation.history`. Run from the repository root after `npm run build`:
//   node tools/scripts/record-evaluation.mjs [--data ../shared/data]
// Dev sets are for reporting only; nothing here tunes a model.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : fallback; };
const data = arg('--data', '../shared/data');
const env = { ...process.env, ORT_DISABLE_TELEMETRY: '1' };
const runs = {
  rjdb: ['eval', 'rjdb', `${data}/rjdb/dev.jsonl`, '--json'],
  skillspan: ['eval', 'skillspan', `${data}/skillspan/dev.json`, '--json'],
  realDocs: ['eval', 'real-docs', 'tools/devsets/real-docs.jsonl', '--data', data, '--json'],
  links: ['eval', 'links', 'tools/devsets/skill-links.jsonl', '--data', data, '--json'],
  pairs: ['eval', 'pairs', 'tools/devsets/real-pairs.json', '--data', data, '--json'],
  fixes: ['eval', 'fixes', 'tools/devsets/real-pairs.json', '--data', data, '--json'],
  mentions: ['eval', 'mentions', 'tools/devsets/skill-mentions.jsonl', '--data', data, '--json'],
};
const out = {};
for (const [name, args] of Object.entries(runs)) {
  process.stderr.write(`hrdocs ${args.join(' ')}\n`);
  try {
    out[name] = JSON.parse(execFileSync(process.execPath, ['server/bin/hrdocs.mjs', ...args], { env, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8'));
  } catch (e) {
    process.stderr.write(`  failed: ${e.message.split('\n')[0]}\n`);
  }
}
const r3 = (x) => (typeof x === 'number' ? Math.round(x * 1000) / 1000 : x ?? null);
const pick = (o, path) => path.split('.').reduce((v, k) => (v == null ? undefined : v[k]), o);
const current = {
  rjdb_dev_pairwise_accuracy: r3(pick(out.rjdb, 'match.pairwiseAccuracy')),
  rjdb_dev_roc_auc: r3(pick(out.rjdb, 'match.rocAuc')),
  rjdb_dev_decision_accuracy: r3(pick(out.rjdb, 'match.decisionAccuracy')),
  rjdb_dev_skill_f1: r3(pick(out.rjdb, 'skills.all.f1')),
  rjdb_dev_missing_skill_f1: r3(pick(out.rjdb, 'missingSkills.f1')),
  rjdb_dev_experience_accuracy: r3(pick(out.rjdb, 'experience.accuracy')),
  rjdb_dev_title_hit_at5: r3(pick(out.rjdb, 'generation.titleHitAt5')),
  rjdb_dev_generated_top_score: r3(pick(out.rjdb, 'generation.topScore')),
  rjdb_dev_generated_best_skill_f1: r3(pick(out.rjdb, 'generation.bestSkillF1')),
  skillspan_dev_strict_f1: r3(pick(out.skillspan, 'strict.f1')),
  real_docs_zone_accuracy_postings: r3(pick(out.realDocs, 'zoneAccuracy.postings')),
  real_docs_zone_accuracy_resumes: r3(pick(out.realDocs, 'zoneAccuracy.resumes')),
  real_docs_roles_found: r3(pick(out.realDocs, 'roles.found')),
  real_docs_roles_right_title_and_dates: r3(pick(out.realDocs, 'roles.foundWithRightTitleAndDates')),
  real_docs_requirements_recall: r3(pick(out.realDocs, 'requirements.recall')),
  real_docs_requirements_invented: r3(pick(out.realDocs, 'requirements.invented')),
  real_docs_document_title_postings: r3(pick(out.realDocs, 'documentTitle.postings')),
  real_docs_document_title_resumes: r3(pick(out.realDocs, 'documentTitle.resumes')),
  links_accuracy_at_1: r3(pick(out.links, 'engine.accuracyAt1')),
  links_literal_accuracy_at_1: r3(pick(out.links, 'literalLookup.accuracyAt1')),
  real_pairs_top_job_right: r3(pick(out.pairs, 'engine.topJobRight')),
  real_pairs_auc: r3(pick(out.pairs, 'engine.aucRightVsUnrelated')),
  real_pairs_right_called_match: r3(pick(out.pairs, 'engine.rightCalledMatch')),
  real_pairs_unrelated_called_match: r3(pick(out.pairs, 'engine.unrelatedCalledMatch')),
  real_pairs_tfidf_top_job_right: r3(pick(out.pairs, 'tfidfCosine.topJobRight')),
  real_pairs_tfidf_auc: r3(pick(out.pairs, 'tfidfCosine.aucRightVsUnrelated')),
  fix_all_unsupported_additions: r3(pick(out.fixes, 'fixAll.unsupported')),
  skill_mentions_dev_calibration_error: r3(pick(out.mentions, 'probability.calibrationError')),
  skill_mentions_dev_extractor_calibration_error: r3(pick(out.mentions, 'extractorScore.calibrationError')),
  skill_hints_dev_precision_strict: r3(pick(out.mentions, 'probability.atHintThreshold.strictPrecision')),
  skill_hints_dev_precision_lenient: r3(pick(out.mentions, 'probability.atHintThreshold.lenientPrecision')),
  skill_hints_dev_recall: r3(pick(out.mentions, 'probability.atHintThreshold.recall')),
  skill_hints_dev_extractor_precision_strict: r3(pick(out.mentions, 'extractorScore.atHalf.strictPrecision')),
  skill_hints_dev_extractor_recall: r3(pick(out.mentions, 'extractorScore.atHalf.recall')),
};
const path = 'models/manifest.json';
const manifest = JSON.parse(readFileSync(path, 'utf8'));
const previous = manifest.evaluation ?? {};
const history = previous.history ?? {};
if (previous.measuredAt && !previous.history) history[previous.measuredAt] = { firstEngine: previous.firstEngine, studentModels: previous.studentModels };
else if (previous.current) history[previous.measuredAt] = previous.current;
manifest.evaluation = {
  measuredAt: new Date().toISOString().slice(0, 10),
  machine: `${cpus()[0]?.model ?? 'CPU'}, ${cpus().length} cores, node ${process.version}, CPU`,
  commands: Object.values(runs).map((a) => `node server/bin/hrdocs.mjs ${a.join(' ')}`),
  current,
  history,
};
const tmp = `${path}.${process.pid}.tmp`;
writeFileSync(tmp, JSON.stringify(manifest, null, 2) + '\n');
renameSync(tmp, path);
console.log(JSON.stringify(current, null, 2));
