// Skill-name equivalence, exactly as docs/EVALUATION.md ("Skill-name equivalence") defines it.
// Every skill metric of the evaluators (RJDB extraction, missing skills, editing recall,
// generation F1) pairs predicted and gold names through this file, and nothing else.
//
//   norm(s):    lowercase; '&' -> 'and'; every run of characters other than a-z 0-9 + # -> one
//               space; trim; drop one trailing word 'skills', 'skill' or 'abilities'.
//   stem(w):    strip one suffix of ing ion ions es s ed al ment when the word stays >= 3 letters.
//   content(s): { stem(w) : w in words(norm(s)) } minus and of the to in a for with.
//   p ~ g:      norm(p) == norm(g) or jaccard(content(p), content(g)) >= 0.5.
//   pairing:    one to one, greedily, best Jaccard first.
//
// Choices the definition leaves open, made here once:
// - stem: when several suffixes fit, the longest one that leaves >= 3 letters is stripped
//   ("solutions" -> "solut", not "solution"; "uses" -> "use", since "us" would be too short).
// - jaccard of two empty sets is 0 (two names with no content words are equivalent only
//   through norm equality).
// - a pair's similarity is 1 when the norms are equal, else the Jaccard index; with a surface
//   text, a prediction's similarity to a gold name is the best over its name and its text.
// - ties in the greedy pairing are broken by prediction order, then gold order (stable).

const TRAILING = new Set(['skills', 'skill', 'abilities']);
const STOP = new Set(['and', 'of', 'the', 'to', 'in', 'a', 'for', 'with']);
// longest first, so that the longest suffix that fits wins
const SUFFIXES = ['ment', 'ions', 'ing', 'ion', 'es', 'ed', 'al', 's'];

export const EQUIVALENCE_THRESHOLD = 0.5;

export function norm(s: string): string {
  let t = s.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9+#]+/g, ' ').trim();
  const i = t.lastIndexOf(' ');
  const last = i < 0 ? t : t.slice(i + 1);
  if (TRAILING.has(last)) t = i < 0 ? '' : t.slice(0, i);
  return t;
}

export function stem(w: string): string {
  for (const suf of SUFFIXES) {
    if (w.endsWith(suf) && w.length - suf.length >= 3) return w.slice(0, -suf.length);
  }
  return w;
}

export function content(s: string): Set<string> {
  const out = new Set<string>();
  const n = norm(s);
  if (!n) return out;
  for (const w of n.split(' ')) {
    if (!w || STOP.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Similarity of two names: 1 when their norms are equal, else the Jaccard index of their content. */
export function nameSimilarity(p: string, g: string): number {
  if (norm(p) === norm(g)) return 1;
  return jaccard(content(p), content(g));
}

export function equivalent(p: string, g: string): boolean {
  return nameSimilarity(p, g) >= EQUIVALENCE_THRESHOLD;
}

/** A predicted skill: the canonical name the tool shows, optionally the surface text it matched. */
export interface PredictedName {
  name: string;
  text?: string;
}

export type Predicted = string | PredictedName;

/** Precomputed keys of one name, so pairing many names does not re-normalize them. */
interface Keys { norm: string; content: Set<string> }

function keys(s: string): Keys {
  return { norm: norm(s), content: content(s) };
}

function sim(a: Keys, b: Keys): number {
  if (a.norm === b.norm) return 1;
  return jaccard(a.content, b.content);
}

export interface Pair {
  /** index into the predictions */
  pred: number;
  /** index into the gold names */
  gold: number;
  similarity: number;
}

export interface PairingResult {
  pairs: Pair[];
  /** prediction indices left unpaired (false positives) */
  unpairedPred: number[];
  /** gold indices left unpaired (false negatives) */
  unpairedGold: number[];
}

/**
 * Pairs predictions with gold names one to one, greedily, best similarity first, keeping only
 * equivalent pairs (similarity >= 0.5). A prediction with a surface text is equivalent to a
 * gold name when either its name or its text is.
 */
export function pairNames(predicted: readonly Predicted[], gold: readonly string[]): PairingResult {
  const pk = predicted.map((p) => {
    const o = typeof p === 'string' ? { name: p } : p;
    const ks = [keys(o.name)];
    if (o.text !== undefined && o.text !== o.name) ks.push(keys(o.text));
    return ks;
  });
  const gk = gold.map(keys);
  const cand: Pair[] = [];
  for (let i = 0; i < pk.length; i++) {
    for (let j = 0; j < gk.length; j++) {
      let best = 0;
      for (const k of pk[i]) best = Math.max(best, sim(k, gk[j]));
      if (best >= EQUIVALENCE_THRESHOLD) cand.push({ pred: i, gold: j, similarity: best });
    }
  }
  cand.sort((a, b) => b.similarity - a.similarity || a.pred - b.pred || a.gold - b.gold);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of cand) {
    if (usedP.has(c.pred) || usedG.has(c.gold)) continue;
    usedP.add(c.pred);
    usedG.add(c.gold);
    pairs.push(c);
  }
  return {
    pairs,
    unpairedPred: pk.map((_, i) => i).filter((i) => !usedP.has(i)),
    unpairedGold: gk.map((_, j) => j).filter((j) => !usedG.has(j)),
  };
}

/** Micro-averaged counts; add documents with `add`, read precision/recall/F1 at the end. */
export class PRF {
  tp = 0;
  predicted = 0;
  gold = 0;

  /** pairs one document's predictions with its gold names and counts them; returns the pairing */
  add(predicted: readonly Predicted[], gold: readonly string[]): PairingResult {
    const r = pairNames(predicted, gold);
    this.tp += r.pairs.length;
    this.predicted += predicted.length;
    this.gold += gold.length;
    return r;
  }

  merge(o: PRF): this {
    this.tp += o.tp;
    this.predicted += o.predicted;
    this.gold += o.gold;
    return this;
  }

  get precision(): number { return ratio(this.tp, this.predicted); }
  get recall(): number { return ratio(this.tp, this.gold); }
  get f1(): number {
    const p = this.precision;
    const r = this.recall;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }

  toJSON(): { precision: number; recall: number; f1: number; tp: number; predicted: number; gold: number } {
    return { precision: this.precision, recall: this.recall, f1: this.f1, tp: this.tp, predicted: this.predicted, gold: this.gold };
  }
}

/**
 * P/R/F1 of one document. With no predictions and no gold, every number is 1 (nothing to find,
 * nothing claimed); with no predictions precision is 0 by convention.
 */
export function prf(predicted: readonly Predicted[], gold: readonly string[]): { precision: number; recall: number; f1: number } {
  if (predicted.length === 0 && gold.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const c = new PRF();
  c.add(predicted, gold);
  return { precision: c.precision, recall: c.recall, f1: c.f1 };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** Token Jaccard of two titles after norm (the generation metric's title hit). */
export function titleJaccard(a: string, b: string): number {
  const ta = new Set(norm(a).split(' ').filter(Boolean));
  const tb = new Set(norm(b).split(' ').filter(Boolean));
  return jaccard(ta, tb);
}

/** Removes from `names` every name whose norm equals the norm of a name in `remove`. */
export function subtractNames(names: readonly string[], remove: readonly string[]): string[] {
  const r = new Set(remove.map(norm));
  return names.filter((n) => !r.has(norm(n)));
}

/** Drops names whose norm repeats an earlier one (gold lists are sets of skills). */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const k = norm(n);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}
