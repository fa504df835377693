// Weakly labelled real pairs for the matcher: real resumes against real postings, labelled by
// occupation field. The field of a document is read from the occupation-group table of
// tools/devsets/select-real-pairs.mjs (GROUPS: corpus, corpus category and title patterns per
// group, e.g. intheweeds kitchen -> chef, linkedin_teaching teacher -> teacher, NHS staff nurse
// -> nurse, LA civil/electrical engineer bulletins -> engineer); the pools are drawn here under
// a different seed. A resume against a posting of its own group is a positive; against a
// group's deliberate near-field pool (physician for nurses, payroll for accountants, restaurant
// management for cooks) or another group's posting, a negative. Pairs of related groups
// (accountant/finance, engineer/construction-management, admin/hr) are left out: their labels
// would be guesses. Every document id that appears anywhere in tools/devsets/real-pairs.json or
// real-docs.jsonl is excluded. Documents are split by a hash of their id into train (80%) and
// tune (20%); a pair belongs to a split only when both of its documents do.
// Writes JSON lines {row, label, features, source: 'weak', split, kind, group, resume, posting} for
// train_matcher.py (resume and posting are corpus ids, for diagnosis; no text).
// usage: node tools/out/tools/scripts/dump-weak-pairs.js OUT.jsonl [--per-group-resumes 30] [--per-group-postings 25]
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSelection, selectWeakDocuments, weakSplit, WEAK_SEED as SEED, type Candidate } from './weak-pairs-selection.js';
import { loadEngine } from '../../server/src/engine/index.js';
import { FEATURE_DIRECTIONS, FEATURE_NAMES, featureVector } from '../../server/src/engine/match/features.js';
import type { DocumentAnalysis } from '../../server/src/engine/types.js';
import { documentText } from '../eval/real-docs.js';

const RELATED = [['accountant', 'finance'], ['engineer', 'construction-management'], ['admin', 'hr'], ['sales', 'admin']];
const POSITIVES_PER_RESUME = 4;
const NEAR_PER_RESUME = 2;
const NEGATIVES_PER_RESUME = 8;

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..', '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const output = args[0];
if (!output) { console.error('usage: dump-weak-pairs OUT.jsonl'); process.exit(2); }
const perResumes = opt('--per-group-resumes', 30);
const perPostings = opt('--per-group-postings', 25);

const selection = await loadSelection(repo);
const split = (id: string) => weakSplit(selection, id);
const related = (a: string, b: string) => RELATED.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
const { resumes, postings } = selectWeakDocuments(selection, repo, perResumes, perPostings);

const texts = new Map<string, string>();
const corpora = new Set([...resumes, ...postings].map((d) => d.corpus));
for (const corpus of corpora) for (const row of selection.loadCorpus(corpus)) texts.set(`${corpus}:${row.id}`, documentText(corpus, row));

const engine = await loadEngine({ referenceMonth: '2026-12' });
const jobs = new Map<string, DocumentAnalysis>();
const job = async (p: Candidate) => {
  let a = jobs.get(p.id);
  if (!a) { a = await engine.analyze(texts.get(`${p.corpus}:${p.id}`)!, undefined, { kind: 'job' }); jobs.set(p.id, a); }
  return a;
};
const lines: string[] = [];
const counts: Record<string, number> = {};
for (const [i, r] of resumes.entries()) {
  const s = split(r.id);
  const pool = postings.filter((p) => split(p.id) === s);
  const pick = (list: typeof postings, n: number, tag: string) => selection.shuffle(list, `${SEED}/${r.id}/${tag}`).slice(0, n);
  const chosen: Array<[typeof postings[number], number, string]> = [
    ...pick(pool.filter((p) => p.group === r.group && !p.near), POSITIVES_PER_RESUME, 'pos').map((p) => [p, 1, 'same'] as [typeof p, number, string]),
    ...pick(pool.filter((p) => p.group === r.group && p.near), NEAR_PER_RESUME, 'near').map((p) => [p, 0, 'near'] as [typeof p, number, string]),
    ...pick(pool.filter((p) => p.group !== r.group && !related(p.group, r.group)), NEGATIVES_PER_RESUME, 'neg').map((p) => [p, 0, 'other'] as [typeof p, number, string]),
  ];
  if (!chosen.some(([, l]) => l === 1)) continue;
  const resume = await engine.analyze(texts.get(`${r.corpus}:${r.id}`)!, undefined, { kind: 'resume', referenceMonth: '2026-12' });
  for (const [p, label, kind] of chosen) {
    const m = await engine.match(resume, await job(p));
    lines.push(JSON.stringify({ row: `weak:${i}`, label, features: featureVector(m.features), source: 'weak', split: s, kind, group: r.group, resume: r.id, posting: p.id }));
    counts[`${s}/${kind}`] = (counts[`${s}/${kind}`] ?? 0) + 1;
  }
}
writeFileSync(output, lines.join('\n') + '\n');
writeFileSync(`${output}.names.json`, JSON.stringify({ names: FEATURE_NAMES, directions: FEATURE_DIRECTIONS }));
console.log(`weak pairs: ${resumes.length} resumes, ${postings.length} postings, ${lines.length} pairs ${JSON.stringify(counts)} -> ${output}`);
await engine.dispose();
