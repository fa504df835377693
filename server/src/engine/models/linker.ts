// The trained skill linker: a small text encoder for skill phrases. "Proven talent in making
// critical decisions" and "Decision Making" land on nearby unit vectors; the cosine of two
// vectors, mapped through a logistic fitted on held-out pairs, is the probability that the two
// phrases name the same skill. `link` finds the nearest canonical skill name of the graph.
//
// The ONNX graph (models/skill-linker.onnx, trained by models/training/train_linker.py) takes
// word ids and returns unit vectors: a weighted mean of trimmed GloVe vectors projected to 128
// dimensions, next to two "identity" channels (a hashed bag of the words, one for vocabulary
// words and one for unknown words), so exact word overlap counts next to meaning. Words come
// from tokenizeWords, the engine's one word tokenizer; ids are looked up here exactly as the
// Python side does (the sidecar's parity cases pin both).

import type { InferenceSession, Tensor } from 'onnxruntime-node';
import type { SkillGraph } from '../graph/graph.js';
import { contentKeys, normalizeTerm, sharesWordStem, tokenizeWords } from '../text/normalize.js';
import { loadOnnxRuntime, type ModelRuntime } from './runtime.js';
import { throwIfCancelled, type CancellationToken } from '../cancel.js';
import type { StageCache } from '../cache.js';
import type { SkillLink, SkillLinker } from './tasks.js';
import { fnv1a } from './hash.js';
import { candidateFeatures, isLinkTarget, LexicalIndex, LinkReranker, type Candidate, type CandidateOptions, type LinkContext, type RerankerJson } from './link-reranker.js';

export { fnv1a } from './hash.js';

export const SKILL_LINKER_MODEL = 'skill-linker';

interface LinkerSidecar {
  format: string;
  /** length of an output vector */
  dim: number;
  /** words per phrase the model reads (the rest is cut) */
  maxLen: number;
  padId: number;
  oovId: number;
  /** unknown words get id vocab.length + fnv1a(key) % hashBuckets */
  hashBuckets: number;
  calibration: { a: number; b: number };
  /** cosine below which `link` answers "new skill" (where the calibrated probability is 0.5) */
  newSkillThreshold: number;
  vocab: string[];
  /** PyTorch's ids and vectors for a few phrases, for the parity test */
  parity?: Array<{ text: string; ids: number[]; vector: number[] }>;
}

export interface ScoredSkillLink extends SkillLink {
  /** the canonical name of the skill; for -1 the phrase itself, trimmed */
  name: string;
  /** cosine between the phrase and its nearest graph skill name (0 when none) */
  cosine: number;
  /** the reranker's calibrated probability that the best candidate is right (reranker only) */
  probability?: number;
  /** with no link: a name only RJDB gave the graph that the phrase paraphrases closely (display name, not a link) */
  rjdbName?: SkillLink;
  /** the nearest graph skill even when it is below the threshold; -1 for a phrase without words
   * or one that shares nothing with any name (cosine <= 0) */
  nearest: number;
}

export interface SkillLinkerOptions {
  /** the engine's cache: phrase vectors are kept in its 'vectors' stage */
  cache?: StageCache;
  /** phrases per session.run in encode (at most 64) */
  batchSize?: number;
  /** manifest name of the model */
  model?: string;
  /** load the encoder without its reranker (training the reranker) */
  noReranker?: boolean;
  /** candidates per retriever without a reranker (training the reranker) */
  k?: RerankerJson['k'];
}

/** the encoder's own calibrated probability at which a phrase takes a name only RJDB gave the graph */
const RJDB_NAME_THRESHOLD = 0.9;
/** candidates per retriever when no reranker says otherwise */
const DEFAULT_K: RerankerJson['k'] = { vector: 30, lexical: 30 };

const MAX_BATCH = 64;
/** occupations of a document's field whose skills the field retriever searches */
const FIELD_OCCUPATIONS = 5;
/** the graph's 23.7k names are encoded once, in larger batches (fewer session.run calls; measured 0.3 s) */
const GRAPH_BATCH = 256;
const DIGIT_RE = /[0-9]/g;
const POSSESSIVE_RE = /'s?$/;

export class OnnxSkillLinker implements SkillLinker {
  readonly name = 'skill-linker';
  readonly learned = true;
  readonly dim: number;
  readonly newSkillThreshold: number;
  readonly parity: LinkerSidecar['parity'];
  private readonly runtime: ModelRuntime;
  private readonly graph: SkillGraph;
  private readonly session: InferenceSession;
  /** Gemm + TopK over the name vectors (model '<name>-scorer'); undefined: search in JavaScript */
  private readonly scorer: InferenceSession | undefined;
  private namesTensor?: Tensor;
  private readonly ort: typeof import('onnxruntime-node');
  private readonly vocab: Map<string, number>;
  private readonly nVocab: number;
  private readonly hashBuckets: number;
  private readonly maxLen: number;
  private readonly calA: number;
  private readonly calB: number;
  private readonly batchSize: number;
  private graphMatrix?: Promise<Float32Array>;
  private descriptionMatrix?: Promise<Float32Array>;
  private readonly fieldSkillCache = new Map<string, number[]>();
  private descriptionsTensor?: Tensor;
  private lexIndex?: LexicalIndex;
  /** milliseconds the graph's name vectors took to compute (undefined until computed) */
  graphEncodeMs?: number;
  /** the second stage (model '<name>-reranker'); undefined: nearest name and the cosine threshold only */
  readonly reranker: LinkReranker | undefined;

  private constructor(runtime: ModelRuntime, graph: SkillGraph, session: InferenceSession, scorer: InferenceSession | undefined,
    ort: typeof import('onnxruntime-node'), sidecar: LinkerSidecar, batchSize: number, private readonly cache?: StageCache,
    reranker?: LinkReranker, private readonly options: SkillLinkerOptions = {}) {
    this.reranker = reranker;
    this.runtime = runtime;
    this.graph = graph;
    this.session = session;
    this.scorer = scorer;
    this.ort = ort;
    this.dim = sidecar.dim;
    this.vocab = new Map(sidecar.vocab.map((w, i) => [w, i]));
    this.nVocab = sidecar.vocab.length;
    this.hashBuckets = sidecar.hashBuckets;
    this.maxLen = sidecar.maxLen;
    this.calA = sidecar.calibration.a;
    this.calB = sidecar.calibration.b;
    this.newSkillThreshold = sidecar.newSkillThreshold;
    this.parity = sidecar.parity;
    this.batchSize = Math.max(1, Math.min(MAX_BATCH, batchSize));
  }

  /** Loads the model named 'skill-linker' in the runtime's manifest (hash-checked by the runtime). */
  static async create(runtime: ModelRuntime, graph: SkillGraph, options: SkillLinkerOptions = {}): Promise<OnnxSkillLinker> {
    const name = options.model ?? SKILL_LINKER_MODEL;
    const scorerName = `${name}-scorer`;
    const rerankerEntry = options.noReranker ? undefined : runtime.manifest.models[`${name}-reranker`];
    const [sidecar, session, scorer, ort, rerankerJson] = await Promise.all([
      runtime.sidecar<LinkerSidecar>(name),
      runtime.session(name),
      runtime.manifest.models[scorerName] ? runtime.session(scorerName) : Promise.resolve(undefined),
      loadOnnxRuntime(),
      rerankerEntry ? runtime.readVerified(rerankerEntry).then((b) => JSON.parse(b.toString('utf8')) as RerankerJson) : Promise.resolve(undefined),
    ]);
    if (sidecar.format !== 'hrdocs-skill-linker/1') throw new Error(`model '${name}': unknown sidecar format ${sidecar.format}`);
    const reranker = rerankerJson ? new LinkReranker(graph, rerankerJson) : undefined;
    return new OnnxSkillLinker(runtime, graph, session, scorer, ort, sidecar, options.batchSize ?? MAX_BATCH, options.cache, reranker, options);
  }

  get device(): string | undefined {
    return this.runtime.device;
  }

  /** Model ids of a phrase's words (vocabulary, else a hash bucket after it), at most maxLen. */
  wordIds(text: string): number[] {
    const tokens = tokenizeWords(text);
    const n = Math.min(tokens.length, this.maxLen);
    const ids = new Array<number>(n);
    for (let i = 0; i < n; i++) ids[i] = this.wordId(tokens[i].text);
    return ids;
  }

  /** The words of a phrase outside the vocabulary ("ServSafe", "Twic"): the encoder reads them only as themselves. */
  unreadWords(text: string): string[] {
    return tokenizeWords(text).map((t) => t.text).filter((w) => /\p{L}/u.test(w) && this.wordId(w) >= this.nVocab).map((w) => w.toLowerCase());
  }

  private wordId(word: string): number {
    const key = word.toLowerCase().replace(/\u2019/g, "'");
    const found = this.lookup(key);
    if (found !== undefined) return found;
    const bare = key.replace(POSSESSIVE_RE, '');
    if (bare && bare !== key) {
      const again = this.lookup(bare);
      if (again !== undefined) return again;
    }
    return this.nVocab + (fnv1a(key) % this.hashBuckets);
  }

  /** The key, then (as hrtok.word_id) the key with every digit as 0. */
  private lookup(key: string): number | undefined {
    const found = this.vocab.get(key);
    if (found !== undefined) return found;
    if (/[0-9]/.test(key)) return this.vocab.get(key.replace(DIGIT_RE, '0'));
    return undefined;
  }

  /** Unit vectors (all zero for a phrase without words), one session.run per batch of <= 64. */
  async encode(texts: string[]): Promise<Float32Array[]> {
    const flat = await this.encodeFlat(texts, this.batchSize);
    const out = new Array<Float32Array>(texts.length);
    for (let i = 0; i < texts.length; i++) out[i] = flat.slice(i * this.dim, (i + 1) * this.dim);
    return out;
  }

  /** Cosine of two vectors (0 when either is all zero). */
  similarity(a: Float32Array, b: Float32Array): number {
    let dot = 0;
    let na = 0;
    let nb = 0;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    if (na === 0 || nb === 0) return 0;
    return dot / Math.sqrt(na * nb);
  }

  /** Phrase vectors through the engine's cache: the same skill lines come back on every keystroke. */
  async cachedVectors(texts: string[], token?: CancellationToken): Promise<Float32Array[]> {
    const cache = this.cache;
    if (!cache) return this.encode(texts);
    const missing = [...new Set(texts.filter((t) => cache.get('vectors', t) === undefined))];
    throwIfCancelled(token);
    if (missing.length) (await this.encode(missing)).forEach((v, i) => cache.set('vectors', missing[i], v));
    return texts.map((t) => cache.get<Float32Array>('vectors', t) ?? new Float32Array(this.dim));
  }

  async sameSkill(wanted: string[], held: string[], token?: CancellationToken): Promise<number[][]> {
    const [w, h] = await Promise.all([this.cachedVectors(wanted, token), this.cachedVectors(held, token)]);
    return w.map((a) => h.map((b) => this.sameSkillProbability(this.similarity(a, b))));
  }

  /** Calibrated probability that two phrases whose vectors have this cosine name the same skill. */
  sameSkillProbability(cosine: number): number {
    return 1 / (1 + Math.exp(-(this.calA * cosine + this.calB)));
  }

  /**
   * The canonical skill of each phrase, or -1 ("no link": the phrase keeps its own words). With
   * the reranker: candidates from the encoder and from the graph's words, scored in the
   * document's field (`context`), the best kept when its calibrated probability reaches the
   * hint threshold; `confidence` is that probability (for -1: one minus it). Without it: an
   * exact (non-ambiguous) alias, else the nearest name above the cosine threshold.
   */
  async link(texts: string[], token?: CancellationToken, context?: LinkContext): Promise<ScoredSkillLink[]> {
    throwIfCancelled(token);
    if (this.reranker) {
      const reranker = this.reranker;
      const all = await this.candidates(texts, context);
      return texts.map((text, q): ScoredSkillLink => {
        const best = reranker.best(all[q]);
        // a phrase without words, or sharing nothing with any skill: no candidate to speak of
        if (!best) return { skill: -1, name: text.trim(), confidence: 0, cosine: 0, nearest: -1 };
        if (best.probability < reranker.thresholds.hint) {
          // no ESCO or O*NET skill fits: a close paraphrase of a name only RJDB gave the graph
          // ("Proven talent in making critical decisions" -> "Decision Making") may still be shown
          // by that name when the encoder is sure (its own calibration, at the linker's old
          // threshold); that is a name for display, not a link, so it says one of the phrase's
          // own words: vectors alone put "travel cross-site" next to "Web Services"
          const top = (all[q] as { nearestName?: { skill: number; cosine: number } }).nearestName;
          const p = top ? this.sameSkillProbability(top.cosine) : 0;
          const rjdbName = top && !isLinkTarget(this.graph.skills[top.skill]) && p >= RJDB_NAME_THRESHOLD && sharesWordStem(text, this.graph.skills[top.skill].name)
            ? { skill: top.skill, confidence: p } : undefined;
          return { skill: -1, name: text.trim(), confidence: 1 - best.probability, cosine: best.cosine, nearest: best.skill, probability: best.probability, rjdbName };
        }
        return { skill: best.skill, name: this.graph.skills[best.skill].name, confidence: best.probability, cosine: best.cosine, nearest: best.skill, probability: best.probability };
      });
    }
    const nearest = await this.nearest(texts, 1);
    return texts.map((text, q): ScoredSkillLink => {
      const top = nearest[q][0];
      if (!top) return { skill: -1, name: text.trim(), confidence: 0, cosine: 0, nearest: -1 };
      // nothing in common with any name (only unknown words): no nearest skill to speak of
      if (top.cosine <= 0) return { skill: -1, name: text.trim(), confidence: 1 - this.sameSkillProbability(0), cosine: 0, nearest: -1 };
      const alias = this.exactAlias(text);
      if (alias !== undefined) {
        return { skill: alias, name: this.graph.skills[alias].name, confidence: this.sameSkillProbability(1), cosine: top.cosine, nearest: top.skill };
      }
      const p = this.sameSkillProbability(top.cosine);
      if (top.cosine < this.newSkillThreshold) return { skill: -1, name: text.trim(), confidence: 1 - p, cosine: top.cosine, nearest: top.skill };
      return { skill: top.skill, name: this.graph.skills[top.skill].name, confidence: p, cosine: top.cosine, nearest: top.skill };
    });
  }

  /** The k best candidates of each phrase by the reranker's score (the encoder's nearest names without it). */
  async ranked(texts: string[], k: number, context?: LinkContext | Array<LinkContext | undefined>): Promise<number[][]> {
    const reranker = this.reranker;
    if (!reranker) return (await this.nearest(texts, k)).map((l) => l.map((n) => n.skill));
    const all = await this.candidates(texts, context);
    return all.map((cands) => cands.map((c) => ({ skill: c.skill, z: reranker.logit(c.features) })).sort((a, b) => b.z - a.z).slice(0, k).map((c) => c.skill));
  }

  /**
   * Candidate skills of each phrase with the reranker's features: the encoder's nearest names,
   * the skills whose labels and descriptions share its words, and the skills it names exactly.
   * `options` pretend an alias or skills are not in the graph (training the reranker only).
   */
  async candidates(texts: string[], context?: LinkContext | Array<LinkContext | undefined>, options: CandidateOptions[] = []): Promise<Candidate[][]> {
    const k = this.reranker?.k ?? this.options.k ?? DEFAULT_K;
    const index = this.reranker?.lexicalIndex() ?? (this.lexIndex ??= new LexicalIndex(this.graph));
    const [matrix, descriptions, vectors] = await Promise.all([this.graphVectors(), this.descriptionVectors(), this.encodeFlat(texts, this.batchSize)]);
    const [near, nearDescriptions] = await Promise.all([
      this.nearestOf(texts, vectors, matrix, k.vector),
      k.description ? this.nearestOf(texts, vectors, descriptions, k.description, true) : Promise.resolve(texts.map(() => [])),
    ]);
    const dim = this.dim;
    const dot = (m: Float32Array, s: number, q: number) => {
      let v = 0;
      for (let d = 0; d < dim; d++) v += m[s * dim + d] * vectors[q * dim + d];
      return v;
    };
    return texts.map((text, q) => {
      const opt = options[q] ?? {};
      const ctx = Array.isArray(context) ? context[q] : context;
      const bySkill = new Map<number, number>();
      for (const n of near[q]) bySkill.set(n.skill, n.cosine);
      const extra: number[] = [...index.search(contentKeys(text), k.lexical), ...nearDescriptions[q].map((n) => n.skill)];
      // in the document's field: the skills its likeliest occupations list, nearest by name or
      // description ("equipment" in a cook's resume is kitchen equipment)
      if (k.field && ctx?.occupations?.size) {
        const scored = this.fieldSkills(ctx.occupations).map((s) => ({ s, v: Math.max(dot(matrix, s, q), dot(descriptions, s, q)) }));
        scored.sort((a, b) => b.v - a.v || a.s - b.s);
        for (const { s } of scored.slice(0, k.field)) extra.push(s);
      }
      const key = normalizeTerm(text);
      extra.push(...this.graph.skillsForAlias(key));
      const bare = key.replace(/ skill$/, '');
      if (bare !== key) extra.push(...this.graph.skillsForAlias(bare));
      for (const s of extra) if (!bySkill.has(s)) bySkill.set(s, dot(matrix, s, q));
      const cands = [...bySkill].filter(([s]) => !opt.exclude?.has(s) && isLinkTarget(this.graph.skills[s])).map(([skill, cosine]) => ({ skill, cosine, descCosine: dot(descriptions, skill, q) }));
      const out: Candidate[] & { nearestName?: { skill: number; cosine: number } } = candidateFeatures(this.graph, index, text, cands, ctx, opt);
      // the nearest name of all, RJDB's included (link's display-name fallback)
      out.nearestName = near[q][0];
      return out;
    });
  }

  /**
   * The k graph skills whose names are closest to each phrase, best first, with their cosines
   * (calibrate with sameSkillProbability). [] for a phrase without words.
   */
  async nearest(texts: string[], k = 5): Promise<Array<Array<{ skill: number; cosine: number }>>> {
    const [matrix, vectors] = await Promise.all([this.graphVectors(), this.encodeFlat(texts, this.batchSize)]);
    return this.nearestOf(texts, vectors, matrix, k);
  }

  private async nearestOf(texts: string[], vectors: Float32Array, matrix: Float32Array, k: number, descriptions = false): Promise<Array<Array<{ skill: number; cosine: number }>>> {
    const dim = this.dim;
    const n = this.graph.skills.length;
    const kk = Math.max(1, Math.min(k, n));
    const out: Array<Array<{ skill: number; cosine: number }>> = texts.map(() => []);
    const live: number[] = [];
    for (let q = 0; q < texts.length; q++) {
      for (let d = q * dim; d < (q + 1) * dim; d++) {
        if (vectors[d] !== 0) {
          live.push(q);
          break;
        }
      }
    }
    if (!live.length || n === 0) return out;
    if (this.scorer) {
      const { Tensor } = this.ort;
      const targets = descriptions
        ? (this.descriptionsTensor ??= new Tensor('float32', matrix, [n, dim]))
        : (this.namesTensor ??= new Tensor('float32', matrix, [n, dim]));
      const kTensor = new Tensor('int64', BigInt64Array.from([BigInt(kk)]), [1]);
      for (let start = 0; start < live.length; start += MAX_BATCH) {
        const batch = live.slice(start, start + MAX_BATCH);
        const queries = new Float32Array(batch.length * dim);
        batch.forEach((q, row) => queries.set(vectors.subarray(q * dim, (q + 1) * dim), row * dim));
        const result = await this.scorer.run({ queries: new Tensor('float32', queries, [batch.length, dim]), names: targets, k: kTensor });
        const cos = result.cosines.data as Float32Array;
        const idx = result.indices.data as BigInt64Array;
        batch.forEach((q, row) => {
          for (let j = 0; j < kk; j++) out[q].push({ skill: Number(idx[row * kk + j]), cosine: cos[row * kk + j] });
        });
      }
      return out;
    }
    // no scorer model: the same search in JavaScript (slower: ~15 ms per phrase against 23.7k names)
    for (const q of live) {
      const qo = q * dim;
      const top: Array<{ skill: number; cosine: number }> = [];
      for (let s = 0; s < n; s++) {
        const row = s * dim;
        let dot = 0;
        for (let d = 0; d < dim; d++) dot += matrix[row + d] * vectors[qo + d];
        if (top.length < kk || dot > top[top.length - 1].cosine) {
          let at = top.length < kk ? top.length : kk - 1;
          top[at] = { skill: s, cosine: dot };
          while (at > 0 && top[at - 1].cosine < top[at].cosine) {
            [top[at - 1], top[at]] = [top[at], top[at - 1]];
            at--;
          }
        }
      }
      out[q] = top;
    }
    return out;
  }

  /** The graph's skill names as one row-major [skills x dim] matrix, computed on first use. */
  graphVectors(): Promise<Float32Array> {
    if (!this.graphMatrix) {
      const started = performance.now();
      this.graphMatrix = this.encodeFlat(this.graph.skills.map((s) => s.name), GRAPH_BATCH).then((m) => {
        this.graphEncodeMs = performance.now() - started;
        return m;
      });
      this.graphMatrix.catch(() => { this.graphMatrix = undefined; });
    }
    return this.graphMatrix;
  }

  /** The skills listed by a field's likeliest occupations (the 5 heaviest), cached per field. */
  private fieldSkills(occupations: ReadonlyMap<number, number>): number[] {
    const top = [...occupations].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, FIELD_OCCUPATIONS).map(([o]) => o);
    const key = top.join(',');
    let skills = this.fieldSkillCache.get(key);
    if (!skills) {
      skills = [...new Set(top.flatMap((o) => this.graph.skillsForOccupation(o).map((x) => x.skill)))];
      if (this.fieldSkillCache.size > 256) this.fieldSkillCache.clear();
      this.fieldSkillCache.set(key, skills);
    }
    return skills;
  }

  /** The graph's skill descriptions (the name where there is none) as one [skills x dim] matrix,
   * computed on first use (about 1.5 s on two cores): what a skill is, for mentions that paraphrase it. */
  descriptionVectors(): Promise<Float32Array> {
    if (!this.descriptionMatrix) {
      this.descriptionMatrix = this.encodeFlat(this.graph.skills.map((s) => s.description || s.name), GRAPH_BATCH);
      this.descriptionMatrix.catch(() => { this.descriptionMatrix = undefined; });
    }
    return this.descriptionMatrix;
  }

  /** A graph skill the phrase names exactly (normalized alias), unless that alias is one ordinary word. */
  private exactAlias(text: string): number | undefined {
    const skill = this.graph.lookupSkill(text);
    if (!skill || this.graph.aliasIsAmbiguous(normalizeTerm(text))) return undefined;
    return skill.index;
  }

  /** Vectors of all texts, row-major, in length-sorted batches (little padding). */
  private async encodeFlat(texts: string[], batchSize: number): Promise<Float32Array> {
    const dim = this.dim;
    const out = new Float32Array(texts.length * dim);
    const ids = texts.map((t) => this.wordIds(t));
    const order = ids.map((_, i) => i).filter((i) => ids[i].length > 0).sort((a, b) => ids[b].length - ids[a].length);
    const { Tensor } = this.ort;
    for (let start = 0; start < order.length; start += batchSize) {
      const batch = order.slice(start, start + batchSize);
      const T = ids[batch[0]].length; // longest first
      const data = new BigInt64Array(batch.length * T);
      batch.forEach((i, row) => {
        const seq = ids[i];
        for (let t = 0; t < seq.length; t++) data[row * T + t] = BigInt(seq[t]);
      });
      const feeds: Record<string, Tensor> = { ids: new Tensor('int64', data, [batch.length, T]) };
      const result = await this.session.run(feeds);
      const vectors = result.vectors.data as Float32Array;
      batch.forEach((i, row) => out.set(vectors.subarray(row * dim, (row + 1) * dim), i * dim));
    }
    return out;
  }
}
