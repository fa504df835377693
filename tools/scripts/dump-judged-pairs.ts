// Hand-judged real training pairs for the matcher (tools/devsets/train-pairs.json: real resumes x
// real postings, each resume's postings judged right / near / unrelated by reading both, with
// no score seen; none of its documents is in a dev set). Labels: right = 1, near and unrelated
// = 0; the near ones (a wrong rank, a neighbouring occupation) are the fine contrast the weak
// pairs, labelled by occupation group only, cannot give. Resumes are split train/tune by the
// weak pairs' hash of their id.
// Writes JSON lines {row, label, features, source: 'judged', split, kind, group, resume, posting}
// for train_matcher.py (ids for diagnosis; no text).
// usage: node tools/out/tools/scripts/dump-judged-pairs.js OUT.jsonl PAIRS.json [PAIRS.json ...]
// (each set's resumes are judged against its own postings only, so pairs never cross sets)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSelection, weakSplit } from './weak-pairs-selection.js';
import { devSetIds } from '../devsets/held-out.js';
import { documentText, loadCorpora } from '../eval/real-docs.js';
import { loadEngine } from '../../server/src/engine/index.js';
import { FEATURE_DIRECTIONS, FEATURE_NAMES, featureVector } from '../../server/src/engine/match/features.js';
import type { DocumentAnalysis } from '../../server/src/engine/types.js';

interface Doc { corpus: string; id: string; group: string }
interface PairSet { resumes: Doc[]; postings: Doc[]; judgements: Record<string, { right: string[]; near: string[] }> }

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..', '..');
const [output, ...inputs] = process.argv.slice(2);
if (!output || !inputs.length) { console.error('usage: dump-judged-pairs OUT.jsonl PAIRS.json [PAIRS.json ...]'); process.exit(2); }
const sets = inputs.map((f) => JSON.parse(readFileSync(f, 'utf8')) as PairSet);
const excluded = devSetIds(repo);
const leaked = sets.flatMap((set) => [...set.resumes, ...set.postings]).filter((d) => excluded.has(d.id));
if (leaked.length) { console.error(`dump-judged-pairs: ${leaked.map((d) => d.id).join(', ')} belong to a dev set`); process.exit(1); }

const selection = await loadSelection(repo);
const docs = loadCorpora(process.env.HRDOCS_DATA ?? resolve(repo, '..', 'shared', 'data'), sets.flatMap((set) => [...set.resumes, ...set.postings]).map((d) => d.corpus));
const text = (d: Doc) => documentText(d.corpus, docs.get(`${d.corpus}:${d.id}`)!);
const engine = await loadEngine({ referenceMonth: '2026-12' });
const lines: string[] = [];
const counts: Record<string, number> = {};
for (const [k, set] of sets.entries()) {
  const jobs: DocumentAnalysis[] = [];
  for (const p of set.postings) jobs.push(await engine.analyze(text(p), undefined, { kind: 'job' }));
  for (const [i, r] of set.resumes.entries()) {
    const judged = set.judgements[r.id] ?? { right: [], near: [] };
    if (!judged.right.length) continue;
    const split = weakSplit(selection, r.id);
    const resume = await engine.analyze(text(r), undefined, { kind: 'resume', referenceMonth: '2026-12' });
    for (const [j, p] of set.postings.entries()) {
      const kind = judged.right.includes(p.id) ? 'right' : judged.near.includes(p.id) ? 'near' : 'other';
      const m = await engine.match(resume, jobs[j]);
      lines.push(JSON.stringify({ row: `judged:${k}:${i}`, label: kind === 'right' ? 1 : 0, features: featureVector(m.features), source: 'judged', split, kind, group: r.group, resume: r.id, posting: p.id }));
      counts[`${split}/${kind}`] = (counts[`${split}/${kind}`] ?? 0) + 1;
    }
  }
}
writeFileSync(output, lines.join('\n') + '\n');
writeFileSync(`${output}.names.json`, JSON.stringify({ names: FEATURE_NAMES, directions: FEATURE_DIRECTIONS }));
console.log(`judged pairs: ${sets.map((set) => `${set.resumes.length} resumes x ${set.postings.length} postings`).join(', ')}: ${lines.length} pairs ${JSON.stringify(counts)} -> ${output}`);
await engine.dispose();
