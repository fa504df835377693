// The job-description writer served from ONNX: a small decoder-only transformer
// (models/training/train_writer.py) that writes one line of a posting for a prompt (title, level,
// section, key), one token per step over a key/value cache. Its tokenizer is its own byte-level
// BPE, read with @huggingface/tokenizers from models/writer/tokenizer.json.
//
// All samples of all lines decode in one batch: prompts are left-padded to one length, and each
// row carries its own positions and mask, so a row's padding is never attended to. Rows that have
// ended leave the batch, so a batch of short lines costs what its longest lines cost.
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { Tokenizer } from '@huggingface/tokenizers';
import { throwIfCancelled, type CancellationToken } from '../cancel.js';
import { linePrompt } from '../generate/writer-format.js';
import { CopyGuard } from '../generate/copy-guard.js';
import { mulberry32 } from './random.js';
import { loadOnnxRuntime, type ModelFileEntry, type ModelRuntime } from './runtime.js';
import type { JobWriter, LineRequest, WriteOptions, WrittenBody } from './tasks.js';

interface WriterSidecar {
  vocab: number;
  layers: number;
  heads: number;
  headDim: number;
  context: number;
  specialTokens: { pad: number; plan: number; body: number; end: number };
  /** 'lines': the model writes one line per prompt (the only format the server reads) */
  format?: 'lines' | 'posting';
  /** classifier-free guidance weight for this model (absent: DEFAULT_GUIDANCE) */
  guidance?: number;
}

/** How the writer samples: a little below the model's own distribution, the long tail cut. */
const TEMPERATURE = 0.7;
const TOP_P = 0.9;
/** a row may not repeat any run of this many tokens it already wrote (the commonest failure of small models) */
const NO_REPEAT_NGRAM = 4;
/** classifier-free guidance: logits + weight x (logits - logits without title and key). A model's
 * sidecar sets its own weight: the CPU-trained writer (4.3M parameters) needed 1.5 to write about
 * the role at all, while the GPU-trained one reads its prompt and, pushed that hard, starts lines
 * with made-up words ("Mound care", "Troup Cook"). */
const DEFAULT_GUIDANCE = 1.5;
/** a word token the row already wrote is this much less likely again (CTRL's repetition penalty): "financial management of financial management" */
const REPEAT_PENALTY = 1.3;
/** a line has at least this many tokens before the writer may end it */
const MIN_LINE_TOKENS = 3;
/** a line longer than this is cut (and then dropped by the checks): postings' lines are short */
const MAX_LINE_TOKENS = 64;
/** rows scored in one pass by scoreLines */
const SCORE_ROWS = 32;
/** ended rows leave the batch once they are this share of it */
const COMPACT_SHARE = 0.25;
const MASKED = -1e4;
/** the model whose word list is the writer's dictionary */
const TAGGER = 'skill-tagger';

interface Loaded { session: InferenceSession; ort: typeof import('onnxruntime-node'); tokenizer: Tokenizer }

/** Row seeds: one stream per line and sample, the same for the same request seed. */
export function rowSeed(seed: number, line: number, sample: number): number {
  return (seed * 1_000_003 + line * 7919 + sample * 104_729) >>> 0;
}

export class OnnxJobWriter implements JobWriter {
  readonly name = 'model';
  private loaded?: Promise<Loaded>;
  /** the dictionary of isWord(), set when the writer loads */
  private words?: Set<string>;
  /** the runs of its training postings (copiedSentences()), set when the writer loads */
  private guard?: CopyGuard;
  /** tokens that hold a line break, set when the writer loads */
  private breaks: number[] = [];
  /** tokens that are (part of) a word of four letters or more: the repetition penalty's tokens */
  private wordy = new Uint8Array(0);
  /** this model's classifier-free guidance weight (0: no unguided twins are decoded) */
  private get guidance(): number { return this.spec.guidance ?? DEFAULT_GUIDANCE; }

  private constructor(
    private readonly runtime: ModelRuntime,
    private readonly model: string,
    private readonly spec: WriterSidecar,
    /** the manifest's word: generated postings use this model unless the caller asks for the template */
    readonly byDefault: boolean,
  ) {}

  /** Checks the manifest entry now; the session and tokenizer load on first use (most commands never write). */
  static async create(runtime: ModelRuntime, name = 'job-writer'): Promise<OnnxJobWriter> {
    const entry = runtime.entry(name);
    if (!entry.tokenizer || !entry.tokenizerConfig) throw new Error(`model '${name}' lists no tokenizer files in the manifest`);
    const spec = await runtime.sidecar<WriterSidecar>(name);
    if (spec.format !== 'lines') throw new Error(`model '${name}' writes whole postings; this server reads a line writer (retrain with models/training/train-writer.sh)`);
    return new OnnxJobWriter(runtime, name, spec, entry.useByDefault === true);
  }

  private load(): Promise<Loaded> {
    this.loaded ??= (async () => {
      const entry = this.runtime.entry(this.model);
      const readJson = async (key: string) => JSON.parse((await this.runtime.readVerified(entry[key] as ModelFileEntry)).toString('utf8')) as object;
      const [session, ort, tokenizerJson, tokenizerConfig, words, guard] = await Promise.all([
        this.runtime.session(this.model), loadOnnxRuntime(), readJson('tokenizer'), readJson('tokenizerConfig'), this.dictionary(),
        entry.copyGuard ? this.runtime.readVerified(entry.copyGuard as ModelFileEntry).then((b) => CopyGuard.decode(b)) : undefined,
      ]);
      this.words = words;
      this.guard = guard;
      const tokenizer = new Tokenizer(tokenizerJson, tokenizerConfig);
      // a line is one line: tokens that hold a line break are never drawn
      const pieces = Array.from({ length: this.spec.vocab }, (_, id) => tokenizer.decode([id], { skip_special_tokens: true }));
      this.breaks = pieces.flatMap((p, id) => (p.includes('\n') ? [id] : []));
      this.wordy = Uint8Array.from(pieces, (p) => (/[A-Za-z]{4,}/.test(p) ? 1 : 0));
      return { session, ort, tokenizer };
    })();
    this.loaded.catch(() => { this.loaded = undefined; });
    return this.loaded;
  }

  /** The GloVe vocabulary the skill tagger ships (32k English words): a small model's made-up words are not in it. */
  private async dictionary(): Promise<Set<string> | undefined> {
    if (!this.runtime.manifest.models[TAGGER]) return undefined;
    const sidecar = await this.runtime.sidecar<{ vocab?: string[] }>(TAGGER).catch(() => undefined);
    return sidecar?.vocab ? new Set(sidecar.vocab) : undefined;
  }

  isWord(word: string): boolean {
    const words = this.words;
    if (!words) return true;
    const w = word.toLowerCase().replace(/['’]s$/, '');
    return /^\d/.test(w) || w.split('-').every((part) => !part || words.has(part));
  }

  copiedSentences(sentences: readonly string[]): Set<number> {
    return this.guard ? this.guard.copiedSentences(sentences) : new Set();
  }

  async writeLines(lines: LineRequest[], options: WriteOptions): Promise<WrittenBody[][]> {
    const { tokenizer } = await this.load();
    const prompts = lines.map((l) => idsOf(tokenizer, linePrompt(l.title, l.seniority, l.section, l.key)));
    const rows = lines.flatMap((_, i) => Array.from({ length: options.samples }, (_, s) => ({ line: i, sample: s })));
    // classifier-free guidance: each row has a twin prompted without title and key, and the row's
    // next token is drawn from its logits pushed away from the twin's (a small model otherwise
    // writes its commonest postings' lines, whatever the role)
    const unguided = lines.map((l) => idsOf(tokenizer, linePrompt('', l.seniority, l.section, '')));
    const twins = this.guidance > 0 ? rows.map((r) => unguided[r.line]) : [];
    const done = await this.complete([...rows.map((r) => prompts[r.line]), ...twins], [...rows.map((r) => rowSeed(options.seed, r.line, r.sample)), ...twins.map(() => 0)], {
      ...options, maxTokens: Math.min(options.maxTokens ?? MAX_LINE_TOKENS, MAX_LINE_TOKENS), guided: twins.length ? rows.length : 0,
    });
    const out: WrittenBody[][] = lines.map(() => []);
    rows.forEach((r, b) => out[r.line].push(done[b]));
    return out;
  }

  /**
   * The writer's mean log-probability per token of each text (and its end) after its request's
   * prompt, all rows in one pass: how likely the model finds a line under another prompt (the
   * same line without its title, for the line's specificity to the role).
   */
  async scoreLines(lines: LineRequest[], texts: string[]): Promise<number[]> {
    const out: number[] = [];
    // the logits of a pass are rows x width x vocabulary floats: a few rows at a time
    for (let from = 0; from < lines.length; from += SCORE_ROWS) out.push(...await this.scoreChunk(lines.slice(from, from + SCORE_ROWS), texts.slice(from, from + SCORE_ROWS)));
    return out;
  }

  private async scoreChunk(lines: LineRequest[], texts: string[]): Promise<number[]> {
    if (!lines.length) return [];
    const { session, ort, tokenizer } = await this.load();
    const { specialTokens: sp, layers, heads, headDim, vocab, context } = this.spec;
    const rows = lines.map((l, i) => {
      const prompt = idsOf(tokenizer, linePrompt(l.title, l.seniority, l.section, l.key));
      return { prompt, text: [...idsOf(tokenizer, texts[i]), sp.end].slice(0, context - prompt.length) };
    });
    const { ids, pos, bias, width, pad } = leftPadded(rows.map((r) => [...r.prompt, ...r.text]), sp.pad);
    const batch = rows.length;
    const out = await step(session, ort, ids, pos, bias, batch, width, width, emptyCache(ort, batch, layers, heads, headDim));
    const logits = out.logits.data as Float32Array;
    return rows.map((r, b) => {
      let sum = 0;
      r.text.forEach((id, k) => {
        // the token at column c is predicted by the logits of column c - 1
        const c = pad[b] + r.prompt.length + k - 1;
        sum += logSoftmaxAt(logits.subarray((b * width + c) * vocab, (b * width + c + 1) * vocab), id);
      });
      return sum / Math.max(1, r.text.length);
    });
  }

  /**
   * Decodes every row at once over the key/value cache: left-padded prompts, each row its own
   * positions and mask. `active` maps the batch's rows to the caller's; ended rows are dropped
   * from the batch (and its cache) once they are COMPACT_SHARE of it. With `guided` = n, rows
   * n.. are the guidance twins of rows 0..n-1: never sampled, they are fed their row's tokens.
   */
  private async complete(prompts: number[][], seeds: number[], options: Omit<WriteOptions, 'samples' | 'seed'> & { maxTokens: number; guided?: number }): Promise<WrittenBody[]> {
    const { token, onProgress } = options;
    const { session, ort, tokenizer } = await this.load();
    const { context, specialTokens: sp, layers, heads, headDim, vocab } = this.spec;
    const count = prompts.length;
    if (!count) return [];
    // the prompts, left-padded: row b's tokens start at column pad[b] with position 0
    const { ids, pos, bias, width: promptLen, pad } = leftPadded(prompts, sp.pad);
    const steps = Math.min(options.maxTokens, context - promptLen);
    const rngs = seeds.map((s) => mulberry32(s >>> 0));
    const written: number[][] = prompts.map(() => []);
    const done = prompts.map(() => false);
    const seen: Array<Map<string, Set<number>>> = prompts.map(() => new Map());
    const logProb = prompts.map(() => 0);
    const temperature = options.temperature ?? TEMPERATURE, topP = options.topP ?? TOP_P;
    // rows 0..sampled-1 are drawn; with guidance, row b's twin is row b + pairs
    const pairs = options.guided ?? 0;
    const sampled = pairs || count;

    let active = prompts.map((_, b) => b);
    let past = emptyCache(ort, count, layers, heads, headDim);
    let out = await step(session, ort, ids, pos, bias, count, promptLen, promptLen, past);
    past = { keys: out.present_keys, values: out.present_values };
    let logits = lastLogits(out.logits.data as Float32Array, count, promptLen, vocab);
    let total = promptLen;

    for (let t = 0; t < steps; t++) {
      throwIfCancelled(token);
      const rowOf = new Map(active.map((b, i) => [b, i]));
      for (const [i, b] of active.entries()) {
        // a twin is fed its row's token; a row that has ended writes nothing more
        if (b >= sampled || done[b]) continue;
        const row = logits.subarray(i * vocab, (i + 1) * vocab);
        const twin = pairs ? rowOf.get(b + pairs) : undefined;
        const steered = twin === undefined ? row : guide(row, logits.subarray(twin * vocab, (twin + 1) * vocab), this.guidance);
        const id = this.sample(steered, written[b], seen[b], rngs[b], temperature, topP);
        logProb[b] += logSoftmaxAt(row, id);
        if (id === sp.end) done[b] = true;
        else written[b].push(id);
        if (pairs) { done[b + pairs] = done[b]; written[b + pairs] = written[b]; }
      }
      if (done.every(Boolean) || total + 1 > context || t + 1 === steps) break;
      onProgress?.(t + 1, steps);
      // ended rows leave the batch when there are enough of them to pay for the copy
      const ended = active.filter((b) => done[b]).length;
      if (ended && ended >= COMPACT_SHARE * active.length) {
        const keep = active.flatMap((b, i) => (done[b] ? [] : [i]));
        past = { keys: selectRows(ort, past.keys, keep), values: selectRows(ort, past.values, keep) };
        active = keep.map((i) => active[i]);
      }
      const batch = active.length;
      const next = new BigInt64Array(batch);
      const nextPos = new BigInt64Array(batch);
      // one new column: a row sees everything but its own padding (an ended row, still in the batch, writes padding)
      const stepBias = new Float32Array(batch * (total + 1));
      active.forEach((b, i) => {
        next[i] = BigInt(done[b] ? sp.pad : written[b][written[b].length - 1] ?? sp.body);
        nextPos[i] = BigInt(total - pad[b]);
        for (let u = 0; u < pad[b]; u++) stepBias[i * (total + 1) + u] = MASKED;
      });
      out = await step(session, ort, next, nextPos, stepBias, batch, 1, total + 1, past);
      past = { keys: out.present_keys, values: out.present_values };
      logits = lastLogits(out.logits.data as Float32Array, batch, 1, vocab);
      total++;
    }
    return written.slice(0, sampled).map((w, b) => ({
      text: tokenizer.decode(w, { skip_special_tokens: true }), finished: done[b],
      meanLogProb: logProb[b] / Math.max(1, w.length + (done[b] ? 1 : 0)),
    }));
  }

  /** Nucleus sampling at the temperature, no special token but the end (and that only after MIN_LINE_TOKENS), no repeated n-gram, no new line. */
  private sample(logits: Float32Array, written: number[], seen: Map<string, Set<number>>, rng: () => number, temperature: number, topP: number): number {
    const { pad, plan, body, end } = this.spec.specialTokens;
    const scores = Float32Array.from(logits, (x) => x / temperature);
    scores[pad] = scores[plan] = scores[body] = -Infinity;
    for (const id of this.breaks) scores[id] = -Infinity;
    if (written.length < MIN_LINE_TOKENS) scores[end] = -Infinity;
    for (const id of new Set(written)) if (this.wordy[id]) scores[id] = scores[id] > 0 ? scores[id] / REPEAT_PENALTY : scores[id] * REPEAT_PENALTY;
    if (written.length >= NO_REPEAT_NGRAM - 1) {
      const banned = seen.get(written.slice(-(NO_REPEAT_NGRAM - 1)).join(','));
      if (banned) for (const id of banned) scores[id] = -Infinity;
    }
    const id = nucleus(scores, topP, rng());
    // remember the n-gram this token completes, so it is never written again
    if (written.length >= NO_REPEAT_NGRAM - 1) {
      const key = written.slice(-(NO_REPEAT_NGRAM - 1)).join(',');
      let set = seen.get(key);
      if (!set) seen.set(key, (set = new Set()));
      set.add(id);
    }
    return id;
  }
}

/** A text's token ids, special tokens written as text read as themselves (the prompts hold them). */
function idsOf(tokenizer: Tokenizer, text: string): number[] {
  return tokenizer.encode(text, { add_special_tokens: false }).ids;
}

/**
 * Token sequences left-padded to one width: row b's tokens start at column pad[b] with position 0,
 * and its causal mask never looks at its padding (a padding column attends to itself only; its
 * output is never read).
 */
function leftPadded(seqs: number[][], padId: number): { ids: BigInt64Array; pos: BigInt64Array; bias: Float32Array; width: number; pad: number[] } {
  const width = Math.max(...seqs.map((q) => q.length));
  const pad = seqs.map((q) => width - q.length);
  const ids = new BigInt64Array(seqs.length * width);
  const pos = new BigInt64Array(seqs.length * width);
  const bias = new Float32Array(seqs.length * width * width).fill(MASKED);
  seqs.forEach((seq, b) => {
    for (let t = 0; t < width; t++) {
      const k = t - pad[b];
      ids[b * width + t] = BigInt(k >= 0 ? seq[k] : padId);
      pos[b * width + t] = BigInt(Math.max(0, k));
      for (let u = 0; u <= t; u++) if (u >= pad[b] || u === t) bias[(b * width + t) * width + u] = 0;
    }
  });
  return { ids, pos, bias, width, pad };
}

/** Guided logits: the prompt's, pushed away from the unprompted twin's. */
function guide(row: Float32Array, twin: Float32Array, weight: number): Float32Array {
  const out = new Float32Array(row.length);
  for (let k = 0; k < row.length; k++) out[k] = row[k] + weight * (row[k] - twin[k]);
  return out;
}

/** The cache's rows `keep` (dimension 1 of [L, B, H, T, D]), in that order. */
function selectRows(ort: typeof import('onnxruntime-node'), cache: Tensor, keep: number[]): Tensor {
  const [layers, batch, heads, total, headDim] = cache.dims as number[];
  const data = cache.data as Float32Array;
  const row = heads * total * headDim;
  const out = new Float32Array(layers * keep.length * row);
  for (let l = 0; l < layers; l++) {
    keep.forEach((b, i) => out.set(data.subarray((l * batch + b) * row, (l * batch + b + 1) * row), (l * keep.length + i) * row));
  }
  return new ort.Tensor('float32', out, [layers, keep.length, heads, total, headDim]);
}

function emptyCache(ort: typeof import('onnxruntime-node'), batch: number, layers: number, heads: number, headDim: number): { keys: Tensor; values: Tensor } {
  const dims = [layers, batch, heads, 0, headDim];
  return { keys: new ort.Tensor('float32', new Float32Array(0), dims), values: new ort.Tensor('float32', new Float32Array(0), dims) };
}

async function step(session: InferenceSession, ort: typeof import('onnxruntime-node'), ids: BigInt64Array, pos: BigInt64Array, bias: Float32Array,
  batch: number, steps: number, total: number, past: { keys: Tensor; values: Tensor }) {
  const feeds = {
    input_ids: new ort.Tensor('int64', ids, [batch, steps]),
    position_ids: new ort.Tensor('int64', pos, [batch, steps]),
    attention_bias: new ort.Tensor('float32', bias, [batch, 1, steps, total]),
    past_keys: past.keys,
    past_values: past.values,
  };
  return session.run(feeds) as Promise<{ logits: Tensor; present_keys: Tensor; present_values: Tensor }>;
}

function lastLogits(data: Float32Array, batch: number, steps: number, vocab: number): Float32Array {
  const out = new Float32Array(batch * vocab);
  for (let b = 0; b < batch; b++) out.set(data.subarray(((b * steps) + steps - 1) * vocab, ((b * steps) + steps) * vocab), b * vocab);
  return out;
}

/** log p(id) under the model's own distribution (temperature 1). */
function logSoftmaxAt(logits: Float32Array, id: number): number {
  let max = -Infinity;
  for (const x of logits) if (x > max) max = x;
  let sum = 0;
  for (const x of logits) sum += Math.exp(x - max);
  return logits[id] - max - Math.log(sum);
}

/** A draw from the smallest set of tokens whose probability reaches topP. */
export function nucleus(scores: Float32Array, topP: number, u: number): number {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  // tokens under 1e-5 of the best one cannot reach the nucleus: only the rest are sorted
  const floor = max - 11.5;
  const order: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i] >= floor) order.push(i);
  order.sort((a, b) => scores[b] - scores[a] || a - b);
  const probs = order.map((i) => Math.exp(scores[i] - max));
  const sum = probs.reduce((a, b) => a + b, 0);
  let kept = 0, mass = 0;
  while (kept < order.length && mass < topP * sum) mass += probs[kept++];
  let r = u * mass;
  for (let k = 0; k < kept; k++) { r -= probs[k]; if (r <= 0) return order[k]; }
  return order[kept - 1];
}
