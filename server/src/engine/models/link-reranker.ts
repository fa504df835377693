// The skill linker's second stage: candidates retrieved by the encoder (nearest names) and by
// words (labels, alternative labels and descriptions of the graph) are scored by a small
// logistic model over features of mention x candidate x document field, calibrated so that the
// best candidate's score is the probability that the link is right. Below the use's threshold
// the mention keeps its own words ("no link"). Trained by tools/scripts/train-link-reranker.ts
// on graph labels and alternative labels with hard negatives; weights in
// models/skill-link-reranker.json.
import type { SkillGraph } from '../graph/graph.js';
import { foldDerivation } from '../lang/en/stem.js';
import { CONTENT_STOP as STOP, contentKeys, normalizeTerm, tokenizeWords } from '../text/normalize.js';
import { fieldFit } from '../skills/field.js';
import type { LinkContext } from './tasks.js';

export const FEATURE_NAMES = [
  'cos', 'cosGap', 'cosRank', 'exact', 'exactOrdinary', 'exactShare',
  'labelCover', 'labelDice', 'nameCover', 'descCover', 'headMatch',
  'field', 'fieldRel', 'fieldLow', 'noField', 'noEdges', 'occupations',
  'tool', 'knowledge', 'mentionWords', 'singleWord', 'nameWords', 'cosField', 'exactField',
  'descCos', 'descCosGap', 'escoless', 'specialistOutOfField',
] as const;
export type FeatureName = typeof FEATURE_NAMES[number];

/** a skill listed by more occupations than this is everyone's, never a specialist's */
export const SPECIALIST_OCCUPATIONS = 30;

export interface RerankerJson {
  format: 'hrdocs-link-reranker/1';
  features: string[];
  /** standardization applied before the weights */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** Platt map of the best candidate's logit -> probability the link is right */
  platt: { a: number; b: number };
  /** candidates per retriever (description: nearest descriptions by the encoder; field: the
   * skills of the document's likeliest occupations nearest the mention; 0 or absent: none) */
  k: { vector: number; lexical: number; description?: number; field?: number };
  thresholds: { hint: number; requirement: number; match: number };
}

export type { LinkContext };

/** Training-time controls: pretend an alias is not in the graph, or a skill is not. */
export interface CandidateOptions {
  /** the skill's labels as if only `key` were missing, or (`key` '*') as if it had no label but its name */
  hideAlias?: { skill: number; key: string };
  exclude?: ReadonlySet<number>;
}

export interface Candidate { skill: number; cosine: number; features: Float64Array }
/** A retrieved candidate: the encoder's cosine of the mention with its name and with its description. */
export interface Retrieved { skill: number; cosine: number; descCosine: number }

/** Whether a graph skill is a link target: an ESCO or O*NET skill. Names only RJDB gave the graph
 * ("Management", "Patient Care") stay names that extraction finds as written, never a link for
 * other words (they are far broader than the mentions that drift to them). */
export function isLinkTarget(skill: { sources: readonly string[] }): boolean {
  return skill.sources.includes('esco') || skill.sources.includes('onet');
}

function keysOfAliasKey(aliasKey: string): string[] {
  const out: string[] = [];
  for (const w of aliasKey.split(' ')) {
    const k = foldDerivation(w);
    if (w && !STOP.has(k) && !STOP.has(w) && !out.includes(k)) out.push(k);
  }
  return out;
}

/** Word index over the graph's labels and descriptions, built on first use (~0.5 s). */
export class LexicalIndex {
  readonly labels: Array<Array<{ alias: string; keys: string[]; weight?: number }>>;
  readonly nameKeys: string[][];
  readonly desc: Array<Set<string>>;
  private readonly labelPost = new Map<string, number[]>();
  private readonly descPost = new Map<string, number[]>();
  private readonly n: number;

  constructor(private readonly graph: SkillGraph) {
    const n = graph.skills.length;
    this.n = n;
    this.labels = new Array(n);
    this.nameKeys = new Array(n);
    this.desc = new Array(n);
    for (let s = 0; s < n; s++) {
      const skill = graph.skills[s];
      const nameKey = normalizeTerm(skill.name);
      const list: Array<{ alias: string; keys: string[]; weight?: number }> = [{ alias: nameKey, keys: keysOfAliasKey(nameKey) }];
      for (const a of graph.aliasesForSkill(s)) if (a !== nameKey) list.push({ alias: a, keys: keysOfAliasKey(a) });
      this.labels[s] = list;
      this.nameKeys[s] = list[0].keys;
      const all = new Set<string>();
      for (const l of list) for (const k of l.keys) all.add(k);
      for (const k of all) push(this.labelPost, k, s);
      const d = new Set(skill.description ? contentKeys(skill.description) : []);
      this.desc[s] = d;
      for (const k of d) push(this.descPost, k, s);
    }
  }

  private readonly labelIdfs = new Map<string, number>();
  private readonly descIdfs = new Map<string, number>();
  labelIdf(k: string): number {
    let v = this.labelIdfs.get(k);
    if (v === undefined) { v = Math.log((this.n + 1) / (1 + (this.labelPost.get(k)?.length ?? 0))); this.labelIdfs.set(k, v); }
    return v;
  }
  descIdf(k: string): number {
    let v = this.descIdfs.get(k);
    if (v === undefined) { v = Math.log((this.n + 1) / (1 + (this.descPost.get(k)?.length ?? 0))); this.descIdfs.set(k, v); }
    return v;
  }
  /** IDF mass of a label's words, computed once per label */
  labelWeight(l: { keys: string[]; weight?: number }): number {
    if (l.weight === undefined) l.weight = l.keys.reduce((sum, k) => sum + this.labelIdf(k), 0);
    return l.weight;
  }

  /** The k skills whose labels (and, at half weight, descriptions) share the most IDF-weighted words. */
  search(keys: string[], k: number): number[] {
    const score = new Map<number, number>();
    for (const key of keys) {
      const li = this.labelIdf(key);
      for (const s of this.labelPost.get(key) ?? []) score.set(s, (score.get(s) ?? 0) + li);
      const di = 0.5 * this.descIdf(key);
      const dp = this.descPost.get(key);
      // a word in thousands of descriptions says nothing about which skill
      if (dp && dp.length < 2000) for (const s of dp) score.set(s, (score.get(s) ?? 0) + di);
    }
    return [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k).map(([s]) => s);
  }
}

function push(m: Map<string, number[]>, k: string, v: number): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** Feature vectors of one mention's candidates ({skill, cosine} pairs, any order). */
export function candidateFeatures(
  graph: SkillGraph, index: LexicalIndex, mention: string, cands: Retrieved[],
  context: LinkContext | undefined, options: CandidateOptions = {},
): Candidate[] {
  const mKeys = contentKeys(mention);
  const mKey = normalizeTerm(mention);
  const bareKey = mKey.replace(/ skill$/, '');
  const exactSkills = new Set([...graph.skillsForAlias(mKey), ...(bareKey !== mKey ? graph.skillsForAlias(bareKey) : [])]);
  const exactOrdinary = graph.aliasIsAmbiguous(mKey) || (exactSkills.size > 0 && mKeys.length <= 1 && graph.aliasIsAmbiguous(bareKey));
  const weights = mKeys.map((k) => index.labelIdf(k));
  const wTotal = weights.reduce((a, b) => a + b, 0) || 1;
  const dWeights = mKeys.map((k) => index.descIdf(k));
  const dTotal = dWeights.reduce((a, b) => a + b, 0) || 1;
  const head = mKeys[mKeys.length - 1];
  const words = tokenizeWords(mention).length;
  const dist = context?.occupations;
  const hasField = !!dist && dist.size > 0;
  const fits = cands.map((c) => (hasField ? fieldFit(graph, dist!, c.skill) : 0));
  const maxFit = Math.max(0, ...fits);
  const maxCos = Math.max(0, ...cands.map((c) => c.cosine));
  const sortedCos = cands.map((c) => c.cosine).sort((a, b) => b - a);
  const maxDescCos = Math.max(0, ...cands.map((c) => c.descCosine));
  return cands.map((c, i): Candidate => {
    const s = c.skill;
    const skill = graph.skills[s];
    const hidden = options.hideAlias && options.hideAlias.skill === s ? options.hideAlias.key : undefined;
    const nameKey = index.labels[s][0].alias;
    const exact = exactSkills.has(s) && (hidden === '*' ? nameKey === mKey || nameKey === bareKey : hidden !== mKey && hidden !== bareKey) ? 1 : 0;
    let labelCover = 0;
    let labelDice = 0;
    let headMatch = 0;
    for (const l of index.labels[s]) {
      if (l.alias === hidden || (hidden === '*' && l.alias !== nameKey)) continue;
      let shared = 0;
      for (let j = 0; j < mKeys.length; j++) if (l.keys.includes(mKeys[j])) shared += weights[j];
      if (shared === 0) {
        if (head && l.keys.length && l.keys[l.keys.length - 1] === head) headMatch = 1;
        continue;
      }
      const lw = index.labelWeight(l);
      labelCover = Math.max(labelCover, shared / wTotal);
      labelDice = Math.max(labelDice, (2 * shared) / (wTotal + (lw || 1)));
      if (head && l.keys.length && l.keys[l.keys.length - 1] === head) headMatch = 1;
    }
    let nameShared = 0;
    let nameW = 0;
    for (const k of index.nameKeys[s]) {
      const w = index.labelIdf(k);
      nameW += w;
      if (mKeys.includes(k)) nameShared += w;
    }
    let descShared = 0;
    mKeys.forEach((k, j) => { if (index.desc[s].has(k)) descShared += dWeights[j]; });
    const fit = fits[i];
    const fieldRel = maxFit > 0 ? fit / maxFit : 0;
    let rank = 0;
    while (rank < sortedCos.length && sortedCos[rank] > c.cosine) rank++;
    const f = new Float64Array(FEATURE_NAMES.length);
    let j = 0;
    f[j++] = c.cosine;
    f[j++] = c.cosine - maxCos;
    f[j++] = Math.log1p(Math.max(0, rank));
    f[j++] = exact;
    f[j++] = exact && exactOrdinary ? 1 : 0;
    f[j++] = exact ? 1 / exactSkills.size : 0;
    f[j++] = labelCover;
    f[j++] = labelDice;
    f[j++] = nameW ? nameShared / nameW : 0;
    f[j++] = descShared / dTotal;
    f[j++] = headMatch;
    f[j++] = Math.log1p(50 * fit) / Math.log(51);
    f[j++] = fieldRel;
    f[j++] = hasField && fieldRel < 0.1 ? 1 : 0;
    f[j++] = hasField ? 0 : 1;
    const nOcc = graph.occupationsForSkill(s).length;
    f[j++] = nOcc ? 0 : 1;
    f[j++] = Math.log1p(nOcc) / Math.log(1000);
    f[j++] = skill.tool ? 1 : 0;
    f[j++] = skill.kind === 'knowledge' ? 1 : 0;
    f[j++] = Math.min(words, 8) / 8;
    f[j++] = words === 1 ? 1 : 0;
    f[j++] = Math.min(index.nameKeys[s].length, 8) / 8;
    f[j++] = hasField ? c.cosine * fieldRel : 0;
    f[j++] = hasField ? exact * fieldRel : 0;
    // what the skill is, not only what it is called: "feeding" is in the description of
    // "provide basic support to patients"
    f[j++] = c.descCosine;
    f[j++] = c.descCosine - maxDescCos;
    // O*NET-only nodes (technology products, O*NET's broad skills) next to ESCO's own skills
    f[j++] = skill.sources.includes('esco') ? 0 : 1;
    // a specialist skill (no tool, a few occupations list it) that the document's field does not
    // list: "ventilation systems" in a nurse's resume. A document's field is noisy, so being out
    // of it says little of an everyday skill and much of a specialist's
    f[j++] = hasField && fieldRel < 0.1 && !skill.tool && nOcc > 0 && nOcc <= SPECIALIST_OCCUPATIONS ? 1 : 0;
    return { skill: s, cosine: c.cosine, features: f };
  });
}

export class LinkReranker {
  readonly thresholds: RerankerJson['thresholds'];
  readonly k: RerankerJson['k'];
  private index?: LexicalIndex;
  /** position in FEATURE_NAMES of each of the model's features */
  private readonly featureAt: number[];

  constructor(private readonly graph: SkillGraph, private readonly model: RerankerJson) {
    if (model.format !== 'hrdocs-link-reranker/1') throw new Error(`link reranker: unknown format ${model.format}`);
    // a model names the features it weighs; this engine computes a superset (older models load)
    this.featureAt = model.features.map((f) => FEATURE_NAMES.indexOf(f as FeatureName));
    const unknown = model.features.filter((_, i) => this.featureAt[i] < 0);
    if (unknown.length) throw new Error(`link reranker: features this engine does not compute: ${unknown.join(', ')}`);
    this.thresholds = model.thresholds;
    this.k = model.k;
  }

  lexicalIndex(): LexicalIndex {
    return (this.index ??= new LexicalIndex(this.graph));
  }

  /** Raw logit of one candidate. */
  logit(features: Float64Array): number {
    const { mean, scale, weights, bias } = this.model;
    let z = bias;
    for (let i = 0; i < weights.length; i++) z += weights[i] * ((features[this.featureAt[i]] - mean[i]) / scale[i]);
    return z;
  }

  /** Probability that this candidate, chosen as the best, is the right link. */
  probability(logit: number): number {
    return 1 / (1 + Math.exp(-(this.model.platt.a * logit + this.model.platt.b)));
  }

  /** The best candidate and its calibrated probability; undefined when there is none. */
  best(cands: Candidate[]): { skill: number; cosine: number; probability: number } | undefined {
    let top: Candidate | undefined;
    let topZ = -Infinity;
    for (const c of cands) {
      const z = this.logit(c.features);
      if (z > topZ) { topZ = z; top = c; }
    }
    return top ? { skill: top.skill, cosine: top.cosine, probability: this.probability(topZ) } : undefined;
  }
}

export { fieldFit };
