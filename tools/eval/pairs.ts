// `hrdocs eval pairs tools/devsets/real-pairs.json`: matching on real resumes x real postings
// judged by hand (tools/devsets/README.md). For the engine and, in the same run, a plain TF-IDF
// cosine over the two texts: is the top job a right one, AUC of right pairs against unrelated
// pairs, and how often right and unrelated pairs are called a match.
import { readFileSync } from 'node:fs';
import type { Engine } from '../../server/src/engine/api.js';
import { documentText, loadCorpora } from './real-docs.js';

export interface Doc { corpus: string; id: string; group: string }
export interface PairSet { resumes: Doc[]; postings: Doc[]; judgements: Record<string, { right: string[]; near: string[] }> }

const words = (t: string) => t.toLowerCase().match(/[a-z][a-z0-9+#]+/g) ?? [];

/** TF-IDF vectors (log tf, smoothed idf over all documents of the set), unit length. */
function tfidf(texts: string[]): Array<Map<string, number>> {
  const df = new Map<string, number>();
  const tfs = texts.map((t) => {
    const tf = new Map<string, number>();
    for (const w of words(t)) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    return tf;
  });
  return tfs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of tf) {
      const x = (1 + Math.log(c)) * Math.log((1 + texts.length) / (1 + df.get(w)!));
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let s = 0;
  for (const [w, x] of a) s += x * (b.get(w) ?? 0);
  return s;
}

/** Probability that a random right pair scores above a random unrelated one (ties count half). */
export function auc(pos: number[], neg: number[]): number {
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return pos.length && neg.length ? wins / (pos.length * neg.length) : NaN;
}

interface Scored { score: number; label: 'right' | 'near' | 'unrelated'; match?: boolean }

function summarize(byResume: Scored[][]) {
  const all = byResume.flat();
  const right = all.filter((s) => s.label === 'right');
  const unrelated = all.filter((s) => s.label === 'unrelated');
  const topLabels = byResume.map((list) => [...list].sort((a, b) => b.score - a.score)[0]?.label);
  const top = topLabels.filter((l) => l === 'right').length;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const out: Record<string, number | null> = {
    topJobRight: r3(top / byResume.length),
    // a top job that misses: how often it is at least a near field (judged 'near') rather than unrelated
    topJobNear: r3(topLabels.filter((l) => l === 'near').length / byResume.length),
    aucRightVsUnrelated: r3(auc(right.map((s) => s.score), unrelated.map((s) => s.score))),
  };
  if (all[0]?.match !== undefined) {
    out.rightCalledMatch = r3(right.filter((s) => s.match).length / right.length);
    out.unrelatedCalledMatch = r3(unrelated.filter((s) => s.match).length / unrelated.length);
    out.medianScoreRight = r3(median(right.map((s) => s.score)));
    out.medianScoreUnrelated = r3(median(unrelated.map((s) => s.score)));
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function evaluatePairs(engine: Engine, file: string, dataDir: string, options: { bodiesOnly?: boolean } = {}): Promise<Record<string, unknown>> {
  const set = JSON.parse(readFileSync(file, 'utf8')) as PairSet;
  const docs = loadCorpora(dataDir, [...set.resumes, ...set.postings].map((d) => d.corpus));
  // documents as their files read (a posting opens with its title); --bodies-only: the corpus bodies
  const text = (d: Doc) => {
    const row = docs.get(`${d.corpus}:${d.id}`)!;
    return options.bodiesOnly ? row.text : documentText(d.corpus, row);
  };
  const vectors = tfidf([...set.resumes, ...set.postings].map(text));
  const jobs = await Promise.all(set.postings.map((p) => engine.analyze(text(p), undefined, { kind: 'job' })));
  const engineScores: Scored[][] = [];
  const tfidfScores: Scored[][] = [];
  for (const [i, r] of set.resumes.entries()) {
    const judged = set.judgements[r.id] ?? { right: [], near: [] };
    const label = (p: Doc): Scored['label'] => (judged.right.includes(p.id) ? 'right' : judged.near.includes(p.id) ? 'near' : 'unrelated');
    const resume = await engine.analyze(text(r), undefined, { kind: 'resume', referenceMonth: '2026-12' });
    const row: Scored[] = [];
    for (const [j, p] of set.postings.entries()) {
      const m = await engine.match(resume, jobs[j]);
      row.push({ score: m.score, label: label(p), match: m.match });
      if (process.env.HRDOCS_PAIRS_FALSE && m.match && label(p) === 'unrelated') console.error(`FALSE\t${r.group}\t${r.id}\t${p.group}\t${p.id}\t${m.score.toFixed(2)}`);
    }
    engineScores.push(row);
    if (process.env.HRDOCS_PAIRS_DUMP) {
      const best = row.map((x, j) => [x.score, j] as const).sort((a, b) => b[0] - a[0])[0];
      console.error(`${r.group}\t${r.id}\ttop=${set.postings[best[1]].group}/${set.postings[best[1]].id}\t${row[best[1]].label}\t${best[0].toFixed(2)}\tright=${row.map((x, j) => x.label === 'right' ? `${set.postings[j].id}:${x.score.toFixed(2)}` : '').filter(Boolean).join(',')}`);
    }
    tfidfScores.push(set.postings.map((p, j) => ({ score: cosine(vectors[i], vectors[set.resumes.length + j]), label: label(p) })));
  }
  return {
    resumes: set.resumes.length, postings: set.postings.length, postingTitles: options.bodiesOnly ? 'bodies only' : 'as written',
    engine: summarize(engineScores), tfidfCosine: summarize(tfidfScores),
  };
}
