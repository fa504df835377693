// The trained skill tagger: finds SKILL and KNOWLEDGE spans in free text.
// ONNX computes per-token emissions for two BIO heads; decoding (Viterbi under the CRF
// transitions from the sidecar JSON) and span confidence (forward-backward marginals) run
// here, so the graph stays a plain feed-forward net. See models/training/README.md.

import type { InferenceSession, Tensor } from 'onnxruntime-node';
import type { WordToken } from '../text/normalize.js';
import { loadOnnxRuntime, ModelRuntime, type Device, type ModelRuntimeOptions } from './runtime.js';
import { TaggerEncoder, type EncodedText, type EncoderSpec } from './tokenizer.js';
import { throwIfCancelled, type CancellationToken } from '../cancel.js';
import type { SpanKind, SpanTagger, TaggedSpan } from './tasks.js';

export type { SpanKind, TaggedSpan } from './tasks.js';

export interface CrfParams {
  transitions: number[][];
  start: number[];
  end: number[];
}

interface TaggerSidecar extends EncoderSpec {
  format: string;
  labels: string[];
  heads: SpanKind[];
  windowTokens: number;
  crf: Record<SpanKind, CrfParams>;
  parity?: Array<{ text: string; emissions: number[][] }>;
}

export interface SkillTaggerOptions extends ModelRuntimeOptions {
  /** share a runtime (and its device choice) with other models */
  runtime?: ModelRuntime;
  /** manifest name of the model */
  model?: string;
  /** windows per session.run */
  batchSize?: number;
}

/** Token emissions of one text, for diagnostics and the ONNX/PyTorch parity test. */
export interface TextEmissions {
  tokens: WordToken[];
  /** [tokens x (3 * heads)] row-major: SKILL O/B/I, KNOWLEDGE O/B/I */
  emissions: Float32Array;
}

const TAG_O = 0;
const TAG_I = 2;
const N_TAGS = 3;

/** A run of at most windowTokens tokens of one text. */
interface Piece {
  text: number;
  from: number;
  to: number;
}

export class SkillTagger implements SpanTagger {
  readonly name = 'skill-tagger';
  readonly learned = true;
  readonly runtime: ModelRuntime;
  readonly encoder: TaggerEncoder;
  private readonly session: InferenceSession;
  private readonly ort: typeof import('onnxruntime-node');
  private readonly crfs: CrfParams[];
  private readonly heads: SpanKind[];
  private readonly windowTokens: number;
  private readonly batchSize: number;
  /** feature indices of "sentence break after this token", where windows prefer to end */
  private readonly breakFlags: number[];
  /** reused input buffers, grown on demand */
  private wordBuf = new Int32Array(0);
  private shapeBuf = new Int32Array(0);
  private charBuf = new Int32Array(0);
  private featBuf = new Float32Array(0);
  readonly parity: TaggerSidecar['parity'];

  private constructor(runtime: ModelRuntime, session: InferenceSession, ort: typeof import('onnxruntime-node'),
    sidecar: TaggerSidecar, batchSize: number) {
    this.runtime = runtime;
    this.session = session;
    this.ort = ort;
    this.encoder = new TaggerEncoder(sidecar);
    this.heads = sidecar.heads;
    this.crfs = sidecar.heads.map((h) => sidecar.crf[h]);
    this.windowTokens = sidecar.windowTokens;
    this.batchSize = batchSize;
    this.parity = sidecar.parity;
    this.breakFlags = ['stop', 'semicolon', 'bullet'].map((f) => this.encoder.nGap + this.encoder.gapFlagIndex(f));
  }

  static async create(options: SkillTaggerOptions | ModelRuntime = {}): Promise<SkillTagger> {
    const opts: SkillTaggerOptions = options instanceof ModelRuntime ? { runtime: options } : options;
    const runtime = opts.runtime ?? (await ModelRuntime.load(opts));
    const name = opts.model ?? 'skill-tagger';
    const [sidecar, session, ort] = await Promise.all([
      runtime.sidecar<TaggerSidecar>(name),
      runtime.session(name),
      loadOnnxRuntime(),
    ]);
    if (sidecar.format !== 'hrdocs-skill-tagger/1') throw new Error(`model '${name}': unknown sidecar format ${sidecar.format}`);
    return new SkillTagger(runtime, session, ort, sidecar, opts.batchSize ?? 64);
  }

  get device(): Device | undefined {
    return this.runtime.device;
  }

  /** Spans per text; the engine caches them per text, so an edit re-tags one paragraph. */
  async tag(texts: string[], token?: CancellationToken): Promise<TaggedSpan[][]> {
    const encoded = texts.map((t) => this.encoder.encode(t));
    const { pieces, emissions } = await this.runPieces(encoded, token);
    return this.decode(encoded, pieces, emissions);
  }

  private decode(encoded: EncodedText[], pieces: Piece[], emissions: Float32Array[]): TaggedSpan[][] {
    const width = N_TAGS * this.heads.length;
    const out: TaggedSpan[][] = encoded.map(() => []);
    // each window is decoded on its own, as the model saw it (and as it was trained)
    for (const p of pieces) {
      const tokens = encoded[p.text].tokens;
      const n = p.to - p.from;
      const em = emissions[p.text].subarray(p.from * width, p.to * width);
      for (let h = 0; h < this.heads.length; h++) {
        const crf = this.crfs[h];
        const path = viterbi(em, n, width, h * N_TAGS, crf);
        const marginals = tagMarginals(em, n, width, h * N_TAGS, crf);
        for (let s = 0; s < n; s++) {
          if (path[s] === TAG_O) continue;
          let e = s;
          while (e + 1 < n && path[e + 1] === TAG_I) e++;
          let sum = 0;
          for (let t = s; t <= e; t++) sum += marginals[t * N_TAGS + path[t]];
          out[p.text].push({
            start: tokens[p.from + s].start,
            end: tokens[p.from + e].end,
            kind: this.heads[h],
            score: sum / (e - s + 1),
          });
          s = e;
        }
      }
    }
    for (const spans of out) spans.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind < b.kind ? -1 : 1));
    return out;
  }

  /** Raw emissions per text (tokens x 6), windows stitched back together. */
  async emissions(texts: string[]): Promise<TextEmissions[]> {
    const encoded = texts.map((t) => this.encoder.encode(t));
    const { emissions } = await this.runPieces(encoded);
    return encoded.map((enc, i) => ({ tokens: enc.tokens, emissions: emissions[i] }));
  }

  /** Cuts the texts into windows, runs them in length-sorted batches (one session.run each). */
  private async runPieces(encoded: EncodedText[], token?: CancellationToken): Promise<{ pieces: Piece[]; emissions: Float32Array[] }> {
    const width = N_TAGS * this.heads.length;
    const emissions = encoded.map((enc) => new Float32Array(enc.tokens.length * width));
    const pieces: Piece[] = [];
    encoded.forEach((enc, i) => {
      for (const [from, to] of windows(enc.feats, this.encoder.nFeats, this.windowTokens, this.breakFlags)) pieces.push({ text: i, from, to });
    });
    // Longest first, and a new batch whenever a window is much shorter than the batch's
    // longest: a resume mixes 2-word headings with 25-word bullets, and padding them all to
    // one length would double the work; a few more run() calls cost far less.
    const order = [...pieces].sort((a, b) => b.to - b.from - (a.to - a.from));
    const batches: Piece[][] = [];
    for (const p of order) {
      const current = batches[batches.length - 1];
      const longest = current ? current[0].to - current[0].from : 0;
      if (!current || current.length >= this.batchSize || (p.to - p.from) * 10 < longest * 6) batches.push([p]);
      else current.push(p);
    }
    for (const batch of batches) {
      throwIfCancelled(token);
      const result = await this.exclusive(() => this.runBatch(batch, encoded));
      const T = batch[0].to - batch[0].from;
      batch.forEach((p, row) => {
        const len = p.to - p.from;
        emissions[p.text].set(result.subarray(row * T * width, (row * T + len) * width), p.from * width);
      });
    }
    return { pieces, emissions };
  }

  private async runBatch(batch: Piece[], encoded: EncodedText[]): Promise<Float32Array> {
    const B = batch.length;
    const T = batch[0].to - batch[0].from; // longest first
    let C = 1;
    for (const p of batch) {
      const chars = encoded[p.text].charIds;
      for (let t = p.from; t < p.to; t++) if (chars[t].length > C) C = chars[t].length;
    }
    const F = this.encoder.nFeats;
    const word = this.buffer('wordBuf', B * T);
    const shape = this.buffer('shapeBuf', B * T);
    const chars = this.buffer('charBuf', B * T * C);
    const feats = this.floatBuffer(B * T * F);
    batch.forEach((p, row) => {
      const enc = encoded[p.text];
      const len = p.to - p.from;
      word.set(enc.wordIds.subarray(p.from, p.to), row * T);
      shape.set(enc.shapeIds.subarray(p.from, p.to), row * T);
      for (let t = 0; t < len; t++) {
        chars.set(enc.charIds[p.from + t], (row * T + t) * C);
      }
      feats.set(enc.feats.subarray(p.from * F, p.to * F), row * T * F);
    });
    const { Tensor } = this.ort;
    const feeds: Record<string, Tensor> = {
      word_ids: new Tensor('int32', word, [B, T]),
      char_ids: new Tensor('int32', chars, [B, T, C]),
      shape_ids: new Tensor('int32', shape, [B, T]),
      feats: new Tensor('float32', feats, [B, T, F]),
    };
    const result = await this.session.run(feeds);
    return result.emissions.data as Float32Array;
  }

  /**
   * Runs one batch at a time: the input buffers are reused and onnxruntime reads them while
   * run() is pending, so overlapping tag() calls (two documents at once) must take turns.
   */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.lastRun.then(work);
    this.lastRun = result.catch(() => undefined);
    return result;
  }
  private lastRun: Promise<unknown> = Promise.resolve();

  /** A zeroed view of a reused Int32 buffer. */
  private buffer(name: 'wordBuf' | 'shapeBuf' | 'charBuf', size: number): Int32Array {
    if (this[name].length < size) this[name] = new Int32Array(Math.max(size, this[name].length * 2));
    const view = this[name].subarray(0, size);
    view.fill(0);
    return view;
  }

  private floatBuffer(size: number): Float32Array {
    if (this.featBuf.length < size) this.featBuf = new Float32Array(Math.max(size, this.featBuf.length * 2));
    const view = this.featBuf.subarray(0, size);
    view.fill(0);
    return view;
  }
}

/**
 * Splits a text's tokens into windows of at most maxTokens; a window ends, where it can,
 * after a sentence break in its second half. Same rule as hrtok.windows in Python.
 */
export function windows(feats: Uint8Array, nFeats: number, maxTokens: number, breakFlags: number[]): Array<[number, number]> {
  const n = feats.length / nFeats;
  const out: Array<[number, number]> = [];
  if (n === 0) return out;
  let start = 0;
  while (n - start > maxTokens) {
    let cut = start + maxTokens;
    for (let end = start + maxTokens; end > start + Math.floor(maxTokens / 2); end--) {
      const row = (end - 1) * nFeats;
      if (breakFlags.some((k) => feats[row + k] === 1)) {
        cut = end;
        break;
      }
    }
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, n]);
  return out;
}

/** Best tag path of one head. Ties go to the lower tag id, as in the Python twin. */
export function viterbi(em: Float32Array, n: number, width: number, offset: number, crf: CrfParams): Uint8Array {
  const path = new Uint8Array(n);
  if (n === 0) return path;
  const back = new Uint8Array(n * N_TAGS);
  let score = [0, 0, 0];
  for (let k = 0; k < N_TAGS; k++) score[k] = crf.start[k] + em[offset + k];
  for (let t = 1; t < n; t++) {
    const next = [0, 0, 0];
    for (let j = 0; j < N_TAGS; j++) {
      let best = score[0] + crf.transitions[0][j];
      let bestI = 0;
      for (let i = 1; i < N_TAGS; i++) {
        const s = score[i] + crf.transitions[i][j];
        if (s > best) {
          best = s;
          bestI = i;
        }
      }
      back[t * N_TAGS + j] = bestI;
      next[j] = best + em[t * width + offset + j];
    }
    score = next;
  }
  let last = 0;
  for (let k = 1; k < N_TAGS; k++) if (score[k] + crf.end[k] > score[last] + crf.end[last]) last = k;
  path[n - 1] = last;
  for (let t = n - 1; t > 0; t--) path[t - 1] = back[t * N_TAGS + path[t]];
  return path;
}

/** Per-token tag marginals of one head (forward-backward in log space), [n x 3]. */
export function tagMarginals(em: Float32Array, n: number, width: number, offset: number, crf: CrfParams): Float64Array {
  const alpha = new Float64Array(n * N_TAGS);
  const beta = new Float64Array(n * N_TAGS);
  for (let k = 0; k < N_TAGS; k++) alpha[k] = crf.start[k] + em[offset + k];
  const terms = [0, 0, 0];
  for (let t = 1; t < n; t++) {
    for (let j = 0; j < N_TAGS; j++) {
      for (let i = 0; i < N_TAGS; i++) terms[i] = alpha[(t - 1) * N_TAGS + i] + crf.transitions[i][j];
      alpha[t * N_TAGS + j] = logSumExp3(terms) + em[t * width + offset + j];
    }
  }
  for (let k = 0; k < N_TAGS; k++) beta[(n - 1) * N_TAGS + k] = crf.end[k];
  for (let t = n - 2; t >= 0; t--) {
    for (let i = 0; i < N_TAGS; i++) {
      for (let j = 0; j < N_TAGS; j++) terms[j] = crf.transitions[i][j] + em[(t + 1) * width + offset + j] + beta[(t + 1) * N_TAGS + j];
      beta[t * N_TAGS + i] = logSumExp3(terms);
    }
  }
  for (let k = 0; k < N_TAGS; k++) terms[k] = alpha[(n - 1) * N_TAGS + k] + crf.end[k];
  const logZ = logSumExp3(terms);
  const out = new Float64Array(n * N_TAGS);
  for (let i = 0; i < n * N_TAGS; i++) out[i] = Math.exp(alpha[i] + beta[i] - logZ);
  return out;
}

function logSumExp3(v: number[]): number {
  const m = Math.max(v[0], v[1], v[2]);
  return m + Math.log(Math.exp(v[0] - m) + Math.exp(v[1] - m) + Math.exp(v[2] - m));
}
