// How near the resume's roles are to the job's field, read by the occupation ranker (trained on
// real resumes with their occupation categories, RJDB and the graph): the cosine, in the ranker's
// space, of the resume's role titles encoded alone and the whole job (title, skills, words).
// Only titles on the resume side: a skill or more years added to a resume leave it as it is, so
// the matcher stays monotone in that evidence, and a resume's list of skills cannot pull it
// toward a field its roles are not in.
import type { TitleLexicon } from '../experience/lexicon.js';
import { type OccupationRanker, resumeFeatures } from '../generate/ranker.js';
import type { SkillGraph } from '../graph/graph.js';
import type { DocumentAnalysis } from '../types.js';

const jobVectors = new WeakMap<OccupationRanker, WeakMap<DocumentAnalysis, Float32Array>>();
const roleVectors = new WeakMap<OccupationRanker, WeakMap<DocumentAnalysis, Float32Array>>();

function remembered(table: WeakMap<OccupationRanker, WeakMap<DocumentAnalysis, Float32Array>>, ranker: OccupationRanker, doc: DocumentAnalysis, encode: () => Float32Array): Float32Array {
  let byDoc = table.get(ranker);
  if (!byDoc) { byDoc = new WeakMap(); table.set(ranker, byDoc); }
  let v = byDoc.get(doc);
  if (!v) { v = encode(); byDoc.set(doc, v); }
  return v;
}

/** 0-1: the ranker's cosine of the resume's role titles and the job; 0 when either says nothing. */
export function roleFieldFit(ranker: OccupationRanker, graph: SkillGraph, resume: DocumentAnalysis, job: DocumentAnalysis, lexicon?: TitleLexicon): number {
  const roles = remembered(roleVectors, ranker, resume, () => {
    const f = resumeFeatures(graph, resume, lexicon);
    return ranker.encode({ current: f.current, past: f.past });
  });
  const wanted = remembered(jobVectors, ranker, job, () => ranker.encode(resumeFeatures(graph, job, lexicon)));
  let dot = 0;
  for (let k = 0; k < roles.length; k++) dot += roles[k] * wanted[k];
  return Math.max(0, dot);
}
