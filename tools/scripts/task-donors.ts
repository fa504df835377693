// Which O*NET occupation's tasks an ESCO occupation borrows as a generated posting's duties
// (server/src/engine/generate/generate.ts tasksFor), and how often a reader agrees. Two uses:
//
//   node tools/out/tools/scripts/task-donors.js sample OUT.json
//     150 ESCO occupations without tasks (seeded, 30 per band of the ranker's cosine between the
//     occupation and its nearest named O*NET occupation), with both donors' titles and first three
//     tasks (ranker-nearest, and the first the title names, as tasksFor reads it), shuffled, for a
//     reader to judge blind; graph and model text only;
//   node tools/out/tools/scripts/task-donors.js score [LABELS.jsonl]
//     the labels (tools/generate/labels/task-donors.jsonl: ids, cosine, label) weighted to the
//     population each band was drawn from, and what a cut of the ranker's cosine under which the
//     first title donor is vetoed keeps and drops.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SkillGraph } from '../../server/src/engine/graph/graph.js';
import { OccupationRanker } from '../../server/src/engine/generate/ranker.js';
import { titleTaskDonor } from '../../server/src/engine/generate/generate.js';
import { contentWords, jaccard } from '../../server/src/engine/match/similarity.js';

interface Label { esco: string; onet: string; chooser: 'ranker-nearest' | 'first-title'; cosine: number; label: 'yes' | 'partly' | 'no' }

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..', '..');
const SEED = 'donor-labels-20261206';
const BANDS: Array<[number, number]> = [[-1, 0.1], [0.1, 0.2], [0.2, 0.3], [0.3, 0.4], [0.4, 2]];
const PER_BAND = 30;
const band = (cosine: number) => BANDS.findIndex(([lo, hi]) => cosine >= lo && cosine < hi);
const hash = (s: string) => createHash('sha1').update(`${SEED}/${s}`).digest('hex');

function load(): { graph: SkillGraph; ranker: OccupationRanker } {
  const modelsDir = resolve(repo, 'models');
  const graph = SkillGraph.load(modelsDir);
  return { graph, ranker: OccupationRanker.fromJson(JSON.parse(readFileSync(resolve(modelsDir, 'occupation-ranker.json'), 'utf8')), graph) };
}

/** per ESCO occupation without tasks: the O*NET occupation with tasks its title names that the ranker reads nearest, and that cosine */
function nearestDonors(graph: SkillGraph, ranker: OccupationRanker): Array<{ esco: number; onet: number; cosine: number }> {
  const out: Array<{ esco: number; onet: number; cosine: number }> = [];
  for (const o of graph.occupations) {
    if (o.source !== 'esco' || o.tasks.length) continue;
    const named = [...graph.findOccupationsByTitle(o.title, 10).filter((h) => h.score >= 0.5).map((h) => h.occupation), ...ranker.rank(ranker.encodeTitle(o.title), 10).map((h) => h.occupation)];
    const words = contentWords(o.title);
    let best: { onet: number; cosine: number; score: number } | undefined;
    for (const c of new Set(named)) {
      if (!graph.occupations[c].tasks.length) continue;
      const cosine = ranker.similarity(o.index, c);
      const score = cosine + 0.15 * jaccard(words, contentWords(graph.occupations[c].title));
      if (!best || score > best.score) best = { onet: c, cosine, score };
    }
    if (best) out.push({ esco: o.index, onet: best.onet, cosine: Math.round(best.cosine * 1000) / 1000 });
  }
  return out;
}

/** the donor tasksFor reads before the ranker's veto, for the ESCO occupation typed under its own title */
const firstTitleDonor = (graph: SkillGraph, esco: number): number | undefined => titleTaskDonor(graph, graph.occupations[esco], graph.occupations[esco].title);

function sample(outFile: string): void {
  const { graph, ranker } = load();
  const all = nearestDonors(graph, ranker);
  const drawn = BANDS.flatMap((_, b) => all.filter((d) => band(d.cosine) === b).sort((x, y) => (hash(graph.occupations[x.esco].id) < hash(graph.occupations[y.esco].id) ? -1 : 1)).slice(0, PER_BAND));
  const show = (i: number) => ({ id: graph.occupations[i].id, title: graph.occupations[i].title, tasks: graph.occupations[i].tasks.slice(0, 3) });
  const rows = drawn.map((d) => {
    const first = firstTitleDonor(graph, d.esco);
    return { esco: show(d.esco), rankerNearest: { ...show(d.onet), cosine: d.cosine }, firstTitle: first === undefined ? null : { ...show(first), cosine: Math.round(ranker.similarity(d.esco, first) * 1000) / 1000 } };
  }).sort((a, b) => (hash(`${a.esco.id}x`) < hash(`${b.esco.id}x`) ? -1 : 1));
  writeFileSync(outFile, JSON.stringify(rows, null, 1));
  console.log(`${rows.length} ESCO occupations (${BANDS.map((_, b) => all.filter((d) => band(d.cosine) === b).length).join(' / ')} per band in all) -> ${outFile}`);
}

function score(labelsFile: string): void {
  const { graph, ranker } = load();
  const all = nearestDonors(graph, ranker);
  const population = BANDS.map((_, b) => all.filter((d) => band(d.cosine) === b).length);
  const labels = readFileSync(labelsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Label);
  const nearest = labels.filter((l) => l.chooser === 'ranker-nearest');
  const drawnPerBand = BANDS.map((_, b) => nearest.filter((l) => band(l.cosine) === b).length);
  const weight = (l: Label) => population[band(l.cosine)] / drawnPerBand[band(l.cosine)];
  const labelOf = new Map(labels.map((l) => [`${l.esco}|${l.onet}`, l]));
  const tally = (pick: (l: Label) => 'yes' | 'partly' | 'no' | 'none' | 'unlabelled') => {
    const t: Record<string, number> = { yes: 0, partly: 0, no: 0, none: 0, unlabelled: 0 };
    for (const l of nearest) t[pick(l)] += weight(l);
    return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)]));
  };
  // the first title donor of each drawn occupation: labelled as the nearest one where they agree
  const first = (l: Label): Label | 'none' | 'unlabelled' => {
    const donor = firstTitleDonor(graph, graph.occupationById(l.esco)!.index);
    return donor === undefined ? 'none' : labelOf.get(`${l.esco}|${graph.occupations[donor].id}`) ?? 'unlabelled';
  };
  console.log(`population per band ${population.join(' / ')}; labels ${nearest.length} nearest, ${labels.length - nearest.length} first-title where it differs`);
  console.log('ranker-nearest donor', JSON.stringify(tally((l) => l.label)));
  for (const cut of [-Infinity, 0.1, 0.2, 0.3]) {
    console.log(`first title donor, vetoed under cosine ${cut}`, JSON.stringify(tally((l) => {
      const f = first(l);
      if (typeof f === 'string') return f;
      return f.cosine < cut ? 'none' : f.label;
    })));
  }
}

const [command, arg] = process.argv.slice(2);
if (command === 'sample' && arg) sample(arg);
else if (command === 'score') score(arg ?? resolve(repo, 'tools', 'generate', 'labels', 'task-donors.jsonl'));
else { console.error('usage: task-donors sample OUT.json | score [LABELS.jsonl]'); process.exit(2); }
