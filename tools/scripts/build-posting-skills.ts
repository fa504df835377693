// Builds models/posting-skills.json: for each graph occupation, how many real postings of that
// role were read and how many of them ask for each graph skill. A generated posting's plan
// (server/src/engine/generate/write.ts writerPlan) lists first what real postings of the role
// ask for, then the graph's competences: ESCO's essential knowledge alone wrote a nurse's
// posting that required "biology" and "biological chemistry".
//
// Each posting of ../shared/data/postings (never resumes; documents of the dev sets left out;
// one posting in HELD_OUT, by a hash of its id, kept for the evaluation below) is read by the
// engine as a job: its title gives the occupation, as `hrdocs jd` finds it for a typed title
// (generate.ts titleOccupation), and its required skills that are graph skills are counted once
// per posting. The file holds occupation and skill ids with counts: no text of any posting.
// Then, on the held-out postings whose role has at least MIN_POSTINGS training postings, the plan
// is compared with what each posting asks for (precision and recall of the planned skills), with
// and without the table: the numbers go into the manifest entry.
//
// usage: npm run build --workspace tools && node tools/out/tools/scripts/build-posting-skills.js [--data ../shared/data] [--models models] [--per-corpus 4000] [--seed 11]
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { SkillGraph } from '../../server/src/engine/graph/graph.js';
import { loadModels } from '../../server/src/engine/models/registry.js';
import { createEngine } from '../../server/src/engine/engine.js';
import { titleOccupation } from '../../server/src/engine/generate/generate.js';
import { writerPlan } from '../../server/src/engine/generate/write.js';
import { PostingSkills, type PostingSkillsJson } from '../../server/src/engine/generate/posting-skills.js';
import { normalizeTerm } from '../../server/src/engine/text/normalize.js';
import { loadCorpora, documentText } from '../eval/real-docs.js';
import { devSetIds, mulberry32 } from '../devsets/held-out.js';
import { recordModelEntry } from './model-manifest.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const DATA = resolve(opt('data', process.env.HRDOCS_DATA ?? '../shared/data'));
const MODELS = resolve(opt('models', 'models'));
/** postings read per corpus at most (NHS holds 13.7k; a seeded sample keeps the build near 15 minutes) */
const PER_CORPUS = Number(opt('per-corpus', '4000'));
const SEED = Number(opt('seed', '11'));
/** one posting in HELD_OUT is never counted: the plan is evaluated on those */
const HELD_OUT = 10;
/** a skill asked by fewer postings of a role is not stored (one posting's wording is no pattern) */
const MIN_COUNT = 2;
/** roles with fewer training postings are not evaluated (the plan does not read them either) */
const MIN_POSTINGS = PostingSkills.MIN_POSTINGS;
const CORPORA = ['postings/nhs_jobs', 'postings/la_city_bulletins', 'postings/intheweeds_austin', 'postings/linkedin_teaching', 'postings/bulk_careers', 'postings/electionline'];
const log = (...a: unknown[]) => console.error(new Date().toISOString().slice(11, 19), ...a);

const heldOut = (id: string) => createHash('sha1').update(`posting-skills:${id}`).digest()[0] % HELD_OUT === 0;

async function main(): Promise<void> {
  const started = performance.now();
  const graph = SkillGraph.load(MODELS);
  const models = await loadModels({ modelsDir: MODELS, graph, device: 'cpu' });
  if (!models.ranker) throw new Error('the occupation ranker did not load: the table is keyed by the occupations it finds for titles');
  const engine = createEngine({ graph, models });
  const dev = devSetIds(resolve('.'));
  const rand = mulberry32(SEED);
  const counts = new Map<string, { postings: number; skills: Map<string, number> }>();
  const evaluation: Array<{ occupation: number; title: string; asked: Set<string> }> = [];
  let read = 0;
  let placed = 0;
  for (const corpus of CORPORA) {
    const docs = loadCorpora(DATA, [corpus]);
    const keys = [...docs.keys()].filter((k) => !dev.has(k.slice(corpus.length + 1)));
    // seeded shuffle, then the first PER_CORPUS
    for (let i = keys.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [keys[i], keys[j]] = [keys[j], keys[i]]; }
    for (const key of keys.slice(0, PER_CORPUS)) {
      const doc = docs.get(key)!;
      const a = await engine.analyze(documentText(corpus, doc), `file:///${key}.md`, { kind: 'job' });
      read++;
      const title = doc.title?.trim() || a.title;
      const occ = title ? titleOccupation(graph, title, models.ranker) : undefined;
      if (!title || occ === undefined) continue;
      placed++;
      const asked = new Set<string>();
      for (const m of a.requiredSkills) {
        const node = graph.skillById(m.id);
        if (node) asked.add(node.id);
      }
      if (heldOut(key)) { evaluation.push({ occupation: occ, title, asked }); continue; }
      const id = graph.occupations[occ].id;
      let c = counts.get(id);
      if (!c) counts.set(id, (c = { postings: 0, skills: new Map() }));
      c.postings++;
      for (const s of asked) c.skills.set(s, (c.skills.get(s) ?? 0) + 1);
      if (read % 500 === 0) log(`${read} postings read, ${placed} placed, ${counts.size} occupations`);
    }
  }
  const occupations: PostingSkillsJson['occupations'] = {};
  for (const [id, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const skills = Object.fromEntries([...c.skills].filter(([, n]) => n >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
    occupations[id] = { postings: c.postings, skills };
  }
  const json: PostingSkillsJson = { format: 'hrdocs-posting-skills/1', postings: [...counts.values()].reduce((s, c) => s + c.postings, 0), occupations };
  const table = PostingSkills.fromJson(json, graph);

  // the plan against what held-out postings of the role ask for
  const score = (withTable: boolean) => {
    let tp = 0;
    let planned = 0;
    let asked = 0;
    let n = 0;
    for (const e of evaluation) {
      if (table.postingsFor([e.occupation]) < MIN_POSTINGS || !e.asked.size) continue;
      n++;
      const plan = writerPlan(graph, e.occupation, e.title, 'mid', 2, undefined, [], withTable ? table : undefined);
      const names = new Set([...e.asked].map((id) => normalizeTerm(graph.skillById(id)!.name)));
      const got = plan.skills.map((s) => normalizeTerm(s));
      tp += got.filter((s) => names.has(s)).length;
      planned += got.length;
      asked += names.size;
    }
    const p = tp / Math.max(1, planned);
    const r = tp / Math.max(1, asked);
    return { postings: n, precision: r3(p), recall: r3(r), f1: r3((2 * p * r) / Math.max(1e-9, p + r)) };
  };
  const metrics = { postingsRead: read, postingsPlaced: placed, occupations: Object.keys(occupations).length, heldOut: evaluation.length, planWithTable: score(true), planGraphOnly: score(false) };
  log(JSON.stringify(metrics));

  const out = join(MODELS, 'posting-skills.json');
  writeFileSync(out, JSON.stringify(json) + '\n');
  recordModelEntry(out, 'posting-skills', {
    description: `what real postings of each role ask for: ${Object.keys(occupations).length} graph occupations (found from each posting's title as hrdocs jd finds a typed title), each with the number of postings read and, for each graph skill asked by >= ${MIN_COUNT} of them, how many (ids and counts only, no text); orders the plan of a generated posting`,
    trainingData: `../shared/data/postings (${CORPORA.map((c) => c.split('/')[1]).join(', ')}; at most ${PER_CORPUS} per corpus, seeded; dev-set documents and one posting in ${HELD_OUT} by id hash left out); resumes are not read`,
    command: 'npm run build --workspace tools && node tools/out/tools/scripts/build-posting-skills.js --data ../shared/data --models models',
    seed: SEED, metrics, trainSeconds: Math.round((performance.now() - started) / 1000),
  });
  log(`wrote ${out} in ${Math.round((performance.now() - started) / 1000)} s`);
  await engine.dispose();
}

function r3(x: number): number { return Math.round(x * 1000) / 1000; }

main().catch((err) => { console.error(err); process.exit(1); });
