// The 20-resume real check of the role suggestions: a seeded choice of 20 resumes from the
// evaluation pool of the real corpora (never trained on, tools/eval/ranker-categories.ts), one per
// category over 16 livecareer and 4 kaggle categories, each run through generateMatchingJobs (what
// `hrdocs generate` runs). Prints, per resume, its category, its own title and the suggestions with
// why and what is missing, for a person to judge. Resume text is personal data: it is printed
// here only, never written to the repository.
// usage: node tools/out/tools/eval/ranker-real.js [DATA_DIR] [--json]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine } from '../../server/src/engine/index.js';
import { inEvalPool } from './ranker-categories.js';

interface Row { id: string; text: string; title?: string; occupation_or_category?: string | null }
interface Selection { shuffle<T>(list: T[], seed: string): T[]; loadCorpus(corpus: string, dataDir?: string): Row[] }

const SEED = 'hrdocs-ranker-real-20261201';
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..', '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const dataDir = args.find((a) => !a.startsWith('--')) ?? join(repo, '..', 'shared', 'data');
const selection = (await import(join(repo, 'tools', 'devsets', 'select-real-pairs.mjs'))) as Selection;

const picks: Array<{ corpus: string; row: Row }> = [];
for (const [corpus, categories] of [['resumes/livecareer_resumes', 16], ['resumes/kaggle_updated_resume_dataset', 4]] as const) {
  const rows = selection.loadCorpus(corpus, dataDir).filter((r) => inEvalPool(r.id) && r.occupation_or_category && r.text.split(/\s+/).length >= 80);
  const cats = selection.shuffle([...new Set(rows.map((r) => r.occupation_or_category!))].sort(), `${SEED}/${corpus}`).slice(0, categories);
  for (const cat of cats) {
    const row = selection.shuffle(rows.filter((r) => r.occupation_or_category === cat), `${SEED}/${corpus}/${cat}`)[0];
    if (row) picks.push({ corpus, row });
  }
}

const engine = await loadEngine({ referenceMonth: '2026-12' });
const out: unknown[] = [];
for (const [i, { corpus, row }] of picks.entries()) {
  const a = await engine.analyze(row.text, undefined, { kind: 'resume', referenceMonth: '2026-12' });
  const jobs = await engine.generateMatchingJobs(a, 5);
  const item = {
    n: i + 1, corpus: corpus.split('/')[1], id: row.id, category: row.occupation_or_category, ownTitle: row.title || a.title || '',
    suggestions: jobs.map((j) => ({ title: j.title, stretch: !!j.stretch, occupationId: j.occupationId, why: j.why, missing: j.missing, score: j.score })),
  };
  out.push(item);
  if (!json) {
    console.log(`\n#${item.n} ${item.corpus} ${item.id} [${item.category}] own title: ${item.ownTitle}`);
    for (const s of item.suggestions) console.log(`  ${s.stretch ? 'stretch' : '-'} ${s.title}  (${s.occupationId})\n      why: ${(s.why ?? []).join('; ')}\n      missing: ${(s.missing ?? []).join(', ')}`);
  }
}
if (json) console.log(JSON.stringify(out, null, 1));
await engine.dispose();
