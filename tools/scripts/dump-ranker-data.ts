// Training data for the occupation ranker (models/training/train_ranker.py): hashed feature ids (32-bit)
// per group and a target distribution over graph occupations, one JSON line per example.
// Sources:
//   title   every title key of the graph (ESCO labels, O*NET titles, alternate and reported
//           titles, RJDB train titles) -> the occupations it names (its own title counts triple; an
//           O*NET alternate title cited by more sources, or a reported title, counts more)
//   skills  per occupation, two seeded samples of its skills -> the occupation
//   rjdb    RJDB train: matched and unmatched resume -> the occupations the job title names
//   real    real resumes (livecareer, kaggle): -> the occupations their own title names
//           (exactly, seniority removed) and those of their corpus category (CATEGORY_TITLES);
//           every id of tools/devsets/real-docs.jsonl and real-pairs.json, and the evaluation
//           pool of tools/eval/ranker-real.mjs (1 in 10 by a hash of the id), left out
//   posting real postings (the six corpora of ../shared/data/postings, up to 400 each, seeded):
//           body skills and words -> the occupations their title names exactly (seniority
//           removed); dev-set ids left out
//   path    (--paths; the shipped ranker is trained without them) career paths (ranker-paths.ts):
//           every real resume of the training pool, once per role it held whose title names
//           graph occupations exactly (seniority removed) -> those occupations, read from the
//           rest of the resume (that title and its words taken out). Resumes of the path tune
//           pool (inPathTunePool) are written with "tune": true, never trained on
// usage: node tools/out/tools/scripts/dump-ranker-data.js OUT.jsonl [--per-category 70] [--per-corpus-postings 400] [--buckets 131072] [--paths] [--reuse-resumes OLD.jsonl]
// Feature ids are full 32-bit FNV-1a hashes of the feature strings.
// (--reuse-resumes: copy the rjdb, real and posting lines, and with --paths the path lines, of an earlier dump with the same buckets instead of analysing the resumes again)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devSetIds } from '../devsets/held-out.js';
import { defaultModelsDir, loadEngine } from '../../server/src/engine/index.js';
import { SkillGraph } from '../../server/src/engine/graph/graph.js';
import { titleKey, titleKeyAsTerm } from '../../server/src/engine/text/title-key.js';
import { readSeniority } from '../../server/src/engine/lang/en/seniority.js';
import { TitleLexicon } from '../../server/src/engine/experience/lexicon.js';
import { FEATURE_GROUPS, resumeFeatures, titleFeatures, type ResumeFeatures } from '../../server/src/engine/generate/ranker.js';
import { fnv1a } from '../../server/src/engine/models/hash.js';
import { rjdbJobTitle } from '../graph/build-graph.js';
import { CATEGORY_TITLES, inEvalPool, inPathTunePool } from '../eval/ranker-categories.js';
import { careerPathExamples } from './ranker-paths.js';

interface Selection {
  shuffle<T>(list: T[], seed: string): T[];
  hashSeed(s: string): number;
  loadCorpus(corpus: string, dataDir?: string): Array<{ id: string; text: string; title?: string; occupation_or_category?: string | null }>;
}

const SEED = 'hrdocs-ranker-20261201';
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..', '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const output = args[0];
if (!output) { console.error('usage: dump-ranker-data OUT.jsonl [--per-category 70] [--buckets 131072]'); process.exit(2); }
const perCategory = opt('--per-category', 70);
const buckets = opt('--buckets', 131072);
const dataDir = process.env.HRDOCS_DATA ?? join(repo, '..', 'shared', 'data');

const selection = (await import(join(repo, 'tools', 'devsets', 'select-real-pairs.mjs'))) as Selection;
const excluded = devSetIds(repo);

const graph = SkillGraph.load(defaultModelsDir());
const lexicon = TitleLexicon.load(defaultModelsDir());
const lines: string[] = [];
const counts: Record<string, number> = {};
// full 32-bit FNV-1a hashes: the trainer takes them modulo the bucket count, and ships the set of
// hashes it saw so that the server ignores a feature no training example had
const hashed = (feats: string[]) => [...new Set(feats.map((f) => fnv1a(f)))];
const emit = (source: string, features: Partial<ResumeFeatures>, target: Map<number, number>, weight = 1, tune = false) => {
  const total = [...target.values()].reduce((a, b) => a + b, 0);
  if (!total) return;
  const x: Record<string, number[]> = {};
  for (const g of FEATURE_GROUPS) if (features[g]?.length) x[g] = hashed(features[g]!);
  if (!Object.keys(x).length) return;
  lines.push(JSON.stringify({ source, x, y: [...target].map(([o, w]) => [o, +(w / total).toFixed(4)]), w: weight, ...(tune ? { tune: true } : {}) }));
  counts[source] = (counts[source] ?? 0) + 1;
};

// --- graph titles -----------------------------------------------------------------------------
const byKey = new Map<string, number[]>();
graph.occupations.forEach((o) => {
  for (const key of graph.titlesForOccupation(o.index)) {
    const list = byKey.get(key);
    if (list) list.push(o.index);
    else byKey.set(key, [o.index]);
  }
});
const exact = (title: string): number[] => byKey.get(titleKey(title)) ?? [];
/** the occupations a title names exactly, or else its base without seniority words ("Senior Accountant" -> accountant) */
const named = (title: string): number[] => (exact(title).length ? exact(title) : exact(readSeniority(title).base));
// how well O*NET vouches for a title of an occupation: an alternate title cited by more sources,
// or a title incumbents reported, weighs more ("Warehouse Associate": Laborers and Freight, Stock
// and Material Movers, 2 sources; Packaging Machine Operators, 1)
const vouched = new Map<string, number>();
const onetRows = (file: string) => readFileSync(join(dataDir, 'onet', file), 'utf8').split('\n').slice(1).filter((l) => l.trim()).map((l) => l.split('\t'));
for (const [soc, , alt, , sources] of onetRows('Alternate Titles.tsv')) {
  const k = `onet:${soc}\u0000${titleKey(alt)}`;
  vouched.set(k, Math.max(vouched.get(k) ?? 1, 1 + 0.5 * Math.max(0, (sources ?? '').split(',').filter(Boolean).length - 1)));
}
for (const [soc, , reported] of onetRows('Sample of Reported Titles.tsv')) {
  const k = `onet:${soc}\u0000${titleKey(reported)}`;
  vouched.set(k, (vouched.get(k) ?? 1) * 1.5);
}
for (const [key, occs] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const target = new Map<number, number>();
  for (const o of occs) target.set(o, (titleKey(graph.occupations[o].title) === key ? 3 : 1) * (vouched.get(`${graph.occupations[o].id}\u0000${key}`) ?? 1));
  // the ranker reads titles in normalizeTerm's form (its features fold "accounting" as the server folds it)
  emit('title', { current: titleFeatures(titleKeyAsTerm(key), true) }, target);
}

// --- graph skills -----------------------------------------------------------------------------
for (const o of graph.occupations) {
  const skills = graph.skillsForOccupation(o.index);
  if (skills.length < 3) continue;
  for (let k = 0; k < 2; k++) {
    const pick = selection.shuffle(skills.filter((s) => s.essential || s.weight >= 0.5 || skills.length < 12), `${SEED}/skills/${o.id}/${k}`).slice(0, 10);
    if (pick.length < 3) continue;
    emit('skills', { skills: pick.map((s) => `S:${graph.skills[s.skill].id}`) }, new Map([[o.index, 1]]), 0.5);
  }
}

const reuseAt = args.indexOf('--reuse-resumes');
const reuse = reuseAt >= 0 ? args[reuseAt + 1] : undefined;
if (reuse) {
  for (const line of readFileSync(reuse, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const source = (JSON.parse(line) as { source: string }).source;
    if (source !== 'rjdb' && source !== 'real' && source !== 'posting' && !(source === 'path' && args.includes('--paths'))) continue;
    lines.push(line);
    counts[source] = (counts[source] ?? 0) + 1;
  }
  finish();
  process.exit(0);
}

// --- RJDB train -------------------------------------------------------------------------------
const engine = await loadEngine({ referenceMonth: '2026-12' });
const rjdbRows = readFileSync(join(dataDir, 'rjdb', 'train.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, string>);
for (const row of rjdbRows) {
  const title = rjdbJobTitle(row['Job-Description']);
  if (!title) continue;
  const occs = named(title);
  if (!occs.length) continue;
  const target = new Map(occs.map((o) => [o, graph.occupations[o].source === 'rjdb' ? 2 : 1]));
  for (const side of ['Resume-matched', 'Resume-unmatched']) {
    const a = await engine.analyze(row[side], undefined, { kind: 'resume', referenceMonth: '2026-12' });
    emit('rjdb', resumeFeatures(graph, a, lexicon), target, 2);
  }
}

// --- real resumes -----------------------------------------------------------------------------
const categoryOccupations = new Map<string, number[]>();
const unresolved: string[] = [];
for (const [cat, titles] of Object.entries(CATEGORY_TITLES)) {
  const occs = new Set<number>();
  for (const t of titles) {
    const hit = exact(t);
    if (!hit.length) unresolved.push(`${cat}: ${t}`);
    for (const o of hit) occs.add(o);
  }
  categoryOccupations.set(cat, [...occs]);
}
if (unresolved.length) console.error(`category titles with no graph occupation: ${unresolved.join('; ')}`);
for (const corpus of ['resumes/livecareer_resumes', 'resumes/kaggle_updated_resume_dataset']) {
  const rows = selection.loadCorpus(corpus, dataDir).filter((r) => !excluded.has(r.id) && !inEvalPool(r.id));
  const byCat = new Map<string, typeof rows>();
  for (const r of rows) {
    const cat = r.occupation_or_category ?? '';
    if (!categoryOccupations.get(cat)?.length) continue;
    (byCat.get(cat) ?? byCat.set(cat, []).get(cat)!).push(r);
  }
  for (const [cat, list] of byCat) {
    for (const r of selection.shuffle(list, `${SEED}/${corpus}/${cat}`).slice(0, perCategory)) {
      const own = r.title ? named(r.title) : [];
      const target = new Map<number, number>();
      const cats = categoryOccupations.get(cat)!;
      for (const o of cats) target.set(o, (own.length ? 0.3 : 1) / cats.length);
      for (const o of own) target.set(o, (target.get(o) ?? 0) + 0.7 / own.length);
      const a = await engine.analyze(r.text, undefined, { kind: 'resume', referenceMonth: '2026-12' });
      emit('real', resumeFeatures(graph, a, lexicon), target, 1);
    }
  }
}

// --- real postings ----------------------------------------------------------------------------
// A posting's body -> the occupations its title names: what the words and skills of many fields'
// real work say, beyond the resume corpora's categories. The title is the target, so the posting's
// own titles are not features (only its linked skills and body words).
const perCorpusPostings = opt('--per-corpus-postings', 400);
for (const corpus of ['postings/nhs_jobs', 'postings/la_city_bulletins', 'postings/linkedin_teaching', 'postings/intheweeds_austin', 'postings/bulk_careers', 'postings/electionline']) {
  const rows = selection.loadCorpus(corpus, dataDir).filter((r) => !excluded.has(r.id) && r.title);
  let taken = 0;
  for (const r of selection.shuffle(rows, `${SEED}/${corpus}`)) {
    if (taken >= perCorpusPostings) break;
    const title = r.title!.split(/\s+[-–|(]\s*|,/)[0];
    const occs = named(title);
    if (!occs.length) continue;
    const a = await engine.analyze(r.text, undefined, { kind: 'job' });
    const f = resumeFeatures(graph, a, lexicon);
    // weighed below a resume: a posting asks for a role, a resume shows one (0.3 chosen on the tune split, against 1)
    emit('posting', { skills: f.skills, words: f.words }, new Map(occs.map((o) => [o, 1])), 0.3);
    taken++;
  }
}

// --- career paths -----------------------------------------------------------------------------
if (args.includes('--paths')) {
  for (const corpus of ['resumes/livecareer_resumes', 'resumes/kaggle_updated_resume_dataset']) {
    for (const r of selection.loadCorpus(corpus, dataDir).filter((x) => !excluded.has(x.id) && !inEvalPool(x.id))) {
      const a = await engine.analyze(r.text, undefined, { kind: 'resume', referenceMonth: '2026-12' });
      for (const p of careerPathExamples(graph, a, lexicon, named)) emit('path', p.features, new Map(p.occupations.map((o) => [o, 1])), p.weight, inPathTunePool(r.id));
    }
  }
}

finish();
await engine.dispose();

function finish(): void {
  writeFileSync(output, lines.join('\n') + '\n');
  writeFileSync(`${output}.meta.json`, JSON.stringify({ buckets, occupations: graph.occupations.map((o) => o.id), counts, seed: SEED, perCategory }));
  console.log(`ranker data: ${JSON.stringify(counts)} -> ${output}`);
}
