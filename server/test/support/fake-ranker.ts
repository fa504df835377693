// A hand-built occupation ranker for fast tests on the synthetic graph: one direction per
// occupation, pointed at by that occupation's title keys, head words and skills.
import { OccupationRanker, hashFeature, titleFeatures, RANKER_FORMAT, RANKER_VERSION, type RankerJson } from '../../src/engine/generate/ranker.js';
import { normalizeTerm } from '../../src/engine/text/normalize.js';
import { syntheticGraph, OCCUPATIONS } from './synthetic-graph.js';

const BUCKETS = 1 << 16;

/** A ranker whose title keys, head words and skills of an occupation point at that occupation's own axis. */
export function fakeRanker(): OccupationRanker {
  const graph = syntheticGraph();
  const dim = OCCUPATIONS.length;
  const emb = new Int8Array(BUCKETS * dim);
  OCCUPATIONS.forEach((o, i) => {
    // whole titles and head words only: "staff" (staff nurse, staff accountant) names no occupation
    const feats = [o.title, ...(o.alternates ?? [])].flatMap((t) => titleFeatures(t)).filter((f) => /^[KH]:/.test(f))
      .concat(o.skills.map(([id]) => `S:${id}`), ['W:' + normalizeTerm(o.title).split(' ').pop()]);
    for (const f of feats) emb[hashFeature(f, BUCKETS) * dim + i] = 100;
  });
  const occ = new Int8Array(dim * dim);
  for (let i = 0; i < dim; i++) occ[i * dim + i] = 100;
  const json: RankerJson = {
    format: RANKER_FORMAT, version: RANKER_VERSION, buckets: BUCKETS, dim,
    groups: { current: 1, past: 0.5, skills: 0.5, words: 0.2 }, scale: 10, sameOccupation: 0.9,
    embedding: Buffer.from(emb.buffer).toString('base64'), embeddingScale: 0.01,
    occupations: { ids: OCCUPATIONS.map((o) => o.id), vectors: Buffer.from(occ.buffer).toString('base64'), vectorScale: 0.01, bias: OCCUPATIONS.map(() => 0) },
  };
  return OccupationRanker.fromJson(json, graph);
}

