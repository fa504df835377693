// The occupation ranker: a learned two-tower encoder from a resume (or a typed title) to the
// graph's occupations. Both sides are hashed features (title words, bigrams and keys, linked
// graph skills, body words) embedded by one table and mean-pooled per group; an occupation is a
// learned vector and bias. Score = scale * cos(query, occupation) + bias. Trained by
// models/training/train_ranker.py on features dumped by tools/scripts/dump-ranker-data.ts,
// which calls the feature functions below, so training and the product read a resume the same way.
import type { SkillGraph } from '../graph/graph.js';
import type { DocumentAnalysis, ExperienceEntry } from '../types.js';
import { employmentOf } from '../experience/extract.js';
import { fnv1a } from '../models/hash.js';
import { normalizeTerm, tokenizeWords, matchKey } from '../text/normalize.js';
import { readSeniority } from '../lang/en/seniority.js';
import { readsAsTitle, TitleLexicon } from '../experience/lexicon.js';
import { isStandardHeading } from '../document/sections.js';

export const RANKER_FORMAT = 'hrdocs-occupation-ranker';
export const RANKER_VERSION = 1;

export type FeatureGroup = 'current' | 'past' | 'skills' | 'words';
export const FEATURE_GROUPS: readonly FeatureGroup[] = ['current', 'past', 'skills', 'words'];

/** Feature strings of a resume, per group (before hashing). */
export type ResumeFeatures = Record<FeatureGroup, string[]>;

const TITLE_STOP = new Set(['of', 'and', 'the', 'in', 'for', 'to', 'a', 'an', 'at', 'with', 'or', 'on']);
const MAX_PAST_TITLES = 5;
const MAX_WORDS = 600;

/**
 * The words of a title the encoder reads: seniority, grades and parenthetical notes removed.
 * `isKey`: the title is already a normalizeTerm key (the graph's title keys), which is not
 * normalised again (normalizeTerm is not idempotent: "nurse" -> "nurs" -> "nur").
 */
export function titleWords(title: string, isKey = false): string[] {
  const { base } = readSeniority(title);
  return (isKey ? base.toLowerCase() : normalizeTerm(base)).split(' ').filter((w) => w && !TITLE_STOP.has(w) && !/^\d+$/.test(w));
}

/** Features of one title: its words, adjacent pairs, its whole key and its head (last) word. */
export function titleFeatures(title: string, isKey = false): string[] {
  const words = titleWords(title, isKey);
  if (!words.length) return [];
  const out = words.map((w) => `T:${w}`);
  for (let i = 0; i + 1 < words.length; i++) out.push(`B:${words[i]} ${words[i + 1]}`);
  out.push(`K:${words.join(' ')}`, `H:${words[words.length - 1]}`);
  return out;
}

function keyOf(text: string | undefined): string {
  return text ? normalizeTerm(text) : '';
}

/** Words that name an employer or a place in the resume's role headers: never title evidence. */
export function namesOf(entries: readonly ExperienceEntry[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    for (const part of [e.employer, e.location]) {
      for (const t of tokenizeWords(part ?? '')) {
        const k = matchKey(t.text);
        if (k.length >= 2) out.add(k);
      }
    }
  }
  return out;
}

/**
 * The resume's titles as the ranker reads them: current (the document title and the latest
 * role), then past roles, recent first. A "title" that is an employer's or a place's name is
 * dropped, and so is any title made only of such words.
 */
export function resumeTitles(resume: DocumentAnalysis, lexicon: TitleLexicon = TitleLexicon.builtin()): { current: string[]; past: string[] } {
  const roles = employmentOf(resume.experience);
  const all = resume.experience;
  const names = new Set(all.flatMap((e) => [keyOf(e.employer), keyOf(e.location)]).filter(Boolean));
  const nameWords = namesOf(all);
  // a "title" written right before a place is the first word of the place's name ("Nurse Bay, WI")
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const partOfPlace = new Set(all.filter((e) => e.title && e.location && new RegExp(`${esc(e.title)}[ \\t]+${esc(e.location)}`).test(resume.doc.source)).map((e) => keyOf(e.title)));
  const usable = (t: string | undefined): t is string => {
    if (!t || !t.trim()) return false;
    const k = keyOf(t);
    if (!k || names.has(k) || partOfPlace.has(k)) return false;
    const words = k.split(' ').filter((w) => !TITLE_STOP.has(w));
    if (!words.some((w) => !nameWords.has(w)) || isStandardHeading(t)) return false;
    return readsAsTitle(t, lexicon);
  };
  const current: string[] = [];
  const past: string[] = [];
  const seen = new Set<string>();
  const push = (list: string[], t: string | undefined) => {
    if (!usable(t)) return;
    const k = keyOf(t);
    if (seen.has(k)) return;
    seen.add(k);
    list.push(t.trim());
  };
  push(current, resume.title);
  push(current, roles[0]?.title);
  for (const r of roles.slice(1)) if (past.length < MAX_PAST_TITLES) push(past, r.title);
  return { current, past };
}

/**
 * The resume's features per group: title features (employer and place words removed), linked
 * skills, body words. `titles`: the titles to read instead of the resume's own (training reads a
 * resume with one of its roles taken out).
 */
export function resumeFeatures(graph: SkillGraph, resume: DocumentAnalysis, lexicon?: TitleLexicon, titles = resumeTitles(resume, lexicon)): ResumeFeatures {
  const { current, past } = titles;
  const nameWords = namesOf(resume.experience);
  const titleFeats = (titles: string[]) => titles.flatMap((t) => titleFeatures(t)).filter((f) => !(f.startsWith('T:') && nameWords.has(f.slice(2))));
  const skills = new Set<string>();
  for (const s of resume.skills) {
    const node = graph.skillById(s.id);
    if (node) skills.add(`S:${node.id}`);
  }
  const words = new Set<string>();
  for (const b of resume.doc.blocks) {
    for (const t of tokenizeWords(b.text)) {
      if (words.size >= MAX_WORDS) break;
      if (!/^[A-Za-z][A-Za-z+#.]{2,}$/.test(t.text)) continue;
      const k = matchKey(t.text);
      if (nameWords.has(k)) continue;
      words.add(`W:${k}`);
    }
  }
  return { current: titleFeats(current), past: titleFeats(past), skills: [...skills], words: [...words] };
}

export function hashFeature(feature: string, buckets: number): number {
  return fnv1a(feature) % buckets;
}

// ---------------------------------------------------------------------------------------------

export interface RankerJson {
  format: typeof RANKER_FORMAT;
  version: number;
  buckets: number;
  dim: number;
  /** weight of each group's mean in the query vector */
  groups: Record<FeatureGroup, number>;
  /** cosine multiplier */
  scale: number;
  /** int8 rows, base64, one row of `dim` per bucket; value = byte * embeddingScale */
  embedding: string;
  embeddingScale: number;
  occupations: { ids: string[]; vectors: string; vectorScale: number; bias: number[] };
  /** two occupations whose vectors are at least this alike are one occupation for the user */
  sameOccupation: number;
  /** sorted little-endian uint32 FNV-1a hashes of every feature seen in training, base64; others are ignored */
  known?: string;
  [extra: string]: unknown;
}

export interface RankedOccupation {
  occupation: number;
  score: number;
  /** the cosine alone: 0 or less means nothing in the query points at the occupation */
  cosine: number;
}

export class OccupationRanker {
  readonly buckets: number;
  readonly dim: number;
  readonly sameOccupation: number;
  private readonly groups: Record<FeatureGroup, number>;
  private readonly scale: number;
  private readonly embedding: Float32Array;
  /** per graph occupation: unit vector (zeros when the model does not know it) and bias */
  private readonly occVectors: Float32Array;
  private readonly occBias: Float32Array;
  private readonly known: Uint8Array;
  private readonly seen?: Set<number>;

  private constructor(json: RankerJson, graph: SkillGraph) {
    this.buckets = json.buckets;
    this.dim = json.dim;
    this.groups = json.groups;
    this.scale = json.scale;
    this.sameOccupation = json.sameOccupation;
    this.embedding = dequantize(json.embedding, json.embeddingScale, json.buckets * json.dim);
    if (json.known) {
      const bytes = Buffer.from(json.known, 'base64');
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
      this.seen = new Set();
      for (let i = 0; i + 4 <= bytes.length; i += 4) this.seen.add(view.getUint32(i, true));
    }
    const n = graph.occupations.length;
    const d = json.dim;
    const raw = dequantize(json.occupations.vectors, json.occupations.vectorScale, json.occupations.ids.length * d);
    this.occVectors = new Float32Array(n * d);
    this.occBias = new Float32Array(n).fill(-1e9);
    this.known = new Uint8Array(n);
    json.occupations.ids.forEach((id, i) => {
      const occ = graph.occupationById(id);
      if (!occ) return;
      const row = raw.subarray(i * d, (i + 1) * d);
      const norm = Math.hypot(...row) || 1;
      for (let k = 0; k < d; k++) this.occVectors[occ.index * d + k] = row[k] / norm;
      this.occBias[occ.index] = json.occupations.bias[i];
      this.known[occ.index] = 1;
    });
  }

  static fromJson(json: unknown, graph: SkillGraph): OccupationRanker {
    const j = json as RankerJson;
    if (!j || j.format !== RANKER_FORMAT) throw new Error('occupation ranker: not an occupation ranker model');
    if (j.version !== RANKER_VERSION) throw new Error(`occupation ranker: format version ${j.version}, this hrdocs reads ${RANKER_VERSION}`);
    if (!(j.buckets > 0 && j.dim > 0) || j.occupations.ids.length !== j.occupations.bias.length) throw new Error('occupation ranker: malformed model');
    return new OccupationRanker(j, graph);
  }

  /** The query vector of grouped features (unit length; zeros when nothing is known). */
  encode(features: Partial<ResumeFeatures>): Float32Array {
    const d = this.dim;
    const out = new Float32Array(d);
    const mean = new Float32Array(d);
    for (const g of FEATURE_GROUPS) {
      const hashes = new Set<number>();
      // a feature no training example had says nothing (its bucket belongs to other features)
      for (const f of features[g] ?? []) { const h = fnv1a(f); if (!this.seen || this.seen.has(h)) hashes.add(h); }
      if (!hashes.size) continue;
      mean.fill(0);
      for (const h of hashes) {
        const at = (h % this.buckets) * d;
        for (let k = 0; k < d; k++) mean[k] += this.embedding[at + k];
      }
      const w = this.groups[g] / hashes.size;
      for (let k = 0; k < d; k++) out[k] += w * mean[k];
    }
    const norm = Math.hypot(...out);
    if (norm > 0) for (let k = 0; k < d; k++) out[k] /= norm;
    return out;
  }

  encodeTitle(title: string): Float32Array {
    return this.encode({ current: titleFeatures(title) });
  }

  /** Every known occupation by score, best first. */
  rank(query: Float32Array, limit = 50): RankedOccupation[] {
    const d = this.dim;
    if (!query.some((v) => v !== 0)) return [];
    const n = this.occBias.length;
    const scores: RankedOccupation[] = [];
    for (let o = 0; o < n; o++) {
      if (!this.known[o]) continue;
      let dot = 0;
      for (let k = 0; k < d; k++) dot += query[k] * this.occVectors[o * d + k];
      scores.push({ occupation: o, score: this.scale * dot + this.occBias[o], cosine: dot });
    }
    scores.sort((a, b) => b.score - a.score || a.occupation - b.occupation);
    return scores.slice(0, limit);
  }

  /**
   * Occupations by a weighted sum of the scores of several queries (a product of experts: the
   * whole resume, and its titles alone), best first; `cosine` is the best of the queries'.
   */
  rankMixture(queries: ReadonlyArray<readonly [Float32Array, number]>, limit = 50): RankedOccupation[] {
    const parts = queries.filter(([q, w]) => w > 0 && q.some((v) => v !== 0));
    if (!parts.length) return [];
    const total = new Map<number, RankedOccupation>();
    for (const [q, w] of parts) {
      for (const r of this.rank(q, this.occBias.length)) {
        const t = total.get(r.occupation);
        if (t) { t.score += w * r.score; t.cosine = Math.max(t.cosine, r.cosine); }
        else total.set(r.occupation, { occupation: r.occupation, score: w * r.score, cosine: r.cosine });
      }
    }
    return [...total.values()].sort((a, b) => b.score - a.score || a.occupation - b.occupation).slice(0, limit);
  }

  /** Whether the model has a vector for this graph occupation (similarity reads 0 for one it lacks). */
  knows(occupation: number): boolean {
    return this.known[occupation] === 1;
  }

  /** Cosine of two occupations' vectors: near 1 for the same occupation in two taxonomies. */
  similarity(a: number, b: number): number {
    const d = this.dim;
    let dot = 0;
    for (let k = 0; k < d; k++) dot += this.occVectors[a * d + k] * this.occVectors[b * d + k];
    return dot;
  }

  /** How well one title names an occupation: its score for the title alone, as a softmax share among the top few. */
  titleShare(title: string, occupation: number, top = 20): number {
    const ranked = this.rank(this.encodeTitle(title), top);
    if (!ranked.length) return 0;
    const max = ranked[0].score;
    let total = 0;
    let mine = 0;
    for (const r of ranked) {
      const e = Math.exp(r.score - max);
      total += e;
      if (r.occupation === occupation) mine = e;
    }
    return total ? mine / total : 0;
  }
}

function dequantize(b64: string, scale: number, length: number): Float32Array {
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length !== length) throw new Error(`occupation ranker: expected ${length} weights, found ${bytes.length}`);
  const ints = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = ints[i] * scale;
  return out;
}
