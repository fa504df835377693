// The job-description writer served from ONNX: a small decoder-only transformer
// (models/training/train_writer.py) that continues a plan (title, level, years, skills) with a
// posting body, one token per step over a key/value cache. Its tokenizer is its own byte-level
// BPE, read with @huggingface/tokenizers from models/writer/tokenizer.json.
//
// All samples of all plans decode in one batch: prompts are left-padded to one length, and each
// row carries its own positions and mask, so a row's padding is never attended to.
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { Tokenizer } from '@huggingface/tokenizers';
import { throwIfCancelled, type CancellationToken } from '../cancel.js';
import { planText, type WriterPlan } from '../generate/writer-format.js';
import { CopyGuard } from '../generate/copy-guard.js';
import { mulberry32 } from './random.js';
import { loadOnnxRuntime, type ModelFileEntry, type ModelRuntime } from './runtime.js';
import type { JobWriter, WriteOptions, WrittenBody } from './tasks.js';

interface WriterSidecar {
  vocab: number;
  layers: number;
  heads: number;
  headDim: number;
  context: number;
  specialTokens: { pad: number; plan: number; body: number; end: number };
}

/** How the writer samples: a little below the model's own distribution, the long tail cut. */
const TEMPERATURE = 0.7;
const TOP_P = 0.9;
/** a row may not repeat any run of this many tokens it already wrote (the commonest failure of small models) */
const NO_REPEAT_NGRAM = 4;
/** the body has at least this many tokens before the writer may end it */
const MIN_BODY_TOKENS = 90;
const MASKED = -1e4;
/** the model whose word list is the writer's dictionary */
const TAGGER = 'skill-tagger';

interface Loaded { session: InferenceSession; ort: typeof import('onnxruntime-node'); tokenizer: Tokenizer }

/** Row seeds: one stream per plan and sample, the same for the same request seed. */
export function rowSeed(seed: number, plan: number, sample: number): number {
  return (seed * 1_000_003 + plan * 7919 + sample * 104_729) >>> 0;
}

export class OnnxJobWriter implements JobWriter {
  readonly name = 'model';
  private loaded?: Promise<Loaded>;
  /** the dictionary of isWord(), set when the writer loads */
  private words?: Set<string>;
  /** the runs of its training postings (copiedSentences()), set when the writer loads */
  private guard?: CopyGuard;

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
    return new OnnxJobWriter(runtime, name, await runtime.sidecar<WriterSidecar>(name), entry.useByDefault === true);
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
      return { session, ort, tokenizer: new Tokenizer(tokenizerJson, tokenizerConfig) };
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

  async write(plans: WriterPlan[], options: WriteOptions): Promise<WrittenBody[][]> {
    const { tokenizer } = await this.load();
    const encode = (text: string): number[] => tokenizer.encode(text, { add_special_tokens: false }).ids;
    const { context } = this.spec;
    // a plan too long for the context keeps its most important skills (they come first)
    const prompts = plans.map((plan) => {
      let p = { ...plan, skills: [...plan.skills] };
      let ids = encode(planText(p));
      while (ids.length > context / 3 && p.skills.length) { p = { ...p, skills: p.skills.slice(0, -1) }; ids = encode(planText(p)); }
      return ids;
    });
    const rows = plans.flatMap((_, i) => Array.from({ length: options.samples }, (_, s) => ({ plan: i, sample: s })));
    const done = await this.complete(rows.map((r) => prompts[r.plan]), rows.map((r) => rowSeed(options.seed, r.plan, r.sample)), {
      ...options, maxTokens: Math.min(options.maxTokens ?? context, context),
    });
    const bodies: WrittenBody[][] = plans.map(() => []);
    rows.forEach((r, b) => bodies[r.plan].push(done[b]));
    return bodies;
  }

  /** Decodes every row at once over the key/value cache: left-padded prompts, each row its own positions and mask. */
  private async complete(prompts: number[][], seeds: number[], options: Omit<WriteOptions, 'samples' | 'seed'> & { maxTokens: number }): Promise<WrittenBody[]> {
    const { token, onProgress } = options;
    const { session, ort, tokenizer } = await this.load();
    const { context, specialTokens: sp, layers, heads, headDim, vocab } = this.spec;
    const batch = prompts.length;
    if (!batch) return [];
    const promptLen = Math.max(...prompts.map((p) => p.length));
    const pad = prompts.map((p) => promptLen - p.length);
    const steps = Math.min(options.maxTokens, context - promptLen);
    const rngs = seeds.map((s) => mulberry32(s >>> 0));
    const written: number[][] = prompts.map(() => []);
    const done = prompts.map(() => false);
    const seen: Array<Map<string, Set<number>>> = prompts.map(() => new Map());
    const logProb = prompts.map(() => 0);
    const temperature = options.temperature ?? TEMPERATURE, topP = options.topP ?? TOP_P;

    // the prompts, left-padded: row b's tokens start at column pad[b] with position 0
    const ids = new BigInt64Array(batch * promptLen);
    const pos = new BigInt64Array(batch * promptLen);
    const bias = new Float32Array(batch * promptLen * promptLen).fill(MASKED);
    prompts.forEach((prompt, b) => {
      for (let t = 0; t < promptLen; t++) {
        const k = t - pad[b];
        ids[b * promptLen + t] = BigInt(k >= 0 ? prompt[k] : sp.pad);
        pos[b * promptLen + t] = BigInt(Math.max(0, k));
        // a padding column attends to itself only (its output is never read)
        for (let u = 0; u <= t; u++) if (u >= pad[b] || u === t) bias[(b * promptLen + t) * promptLen + u] = 0;
      }
    });
    let past = emptyCache(ort, batch, layers, heads, headDim);
    let out = await step(session, ort, ids, pos, bias, batch, promptLen, promptLen, past);
    past = { keys: out.present_keys, values: out.present_values };
    let logits = lastLogits(out.logits.data as Float32Array, batch, promptLen, vocab);
    let total = promptLen;

    for (let t = 0; t < steps; t++) {
      throwIfCancelled(token);
      const next = new BigInt64Array(batch);
      const nextPos = new BigInt64Array(batch);
      for (let b = 0; b < batch; b++) {
        let id = sp.end;
        if (!done[b]) {
          const row = logits.subarray(b * vocab, (b + 1) * vocab);
          id = this.sample(row, written[b], seen[b], rngs[b], temperature, topP);
          logProb[b] += logSoftmaxAt(row, id);
          if (id === sp.end) done[b] = true;
          else written[b].push(id);
        }
        next[b] = BigInt(id);
        nextPos[b] = BigInt(total - pad[b]);
      }
      if (done.every(Boolean) || total + 1 > context) break;
      onProgress?.(t + 1, steps);
      // one new column: a row sees everything but its own padding
      const stepBias = new Float32Array(batch * (total + 1));
      for (let b = 0; b < batch; b++) for (let u = 0; u < pad[b]; u++) stepBias[b * (total + 1) + u] = MASKED;
      out = await step(session, ort, next, nextPos, stepBias, batch, 1, total + 1, past);
      past = { keys: out.present_keys, values: out.present_values };
      logits = lastLogits(out.logits.data as Float32Array, batch, 1, vocab);
      total++;
    }
    return written.map((w, b) => ({
      text: tokenizer.decode(w, { skip_special_tokens: true }), finished: done[b],
      meanLogProb: logProb[b] / Math.max(1, w.length + (done[b] ? 1 : 0)),
    }));
  }

  /** Nucleus sampling at the temperature, no special token but the end (and that only after MIN_BODY_TOKENS), no repeated n-gram. */
  private sample(logits: Float32Array, written: number[], seen: Map<string, Set<number>>, rng: () => number, temperature: number, topP: number): number {
    const { pad, plan, body, end } = this.spec.specialTokens;
    const scores = Float32Array.from(logits, (x) => x / temperature);
    scores[pad] = scores[plan] = scores[body] = -Infinity;
    if (written.length < MIN_BODY_TOKENS) scores[end] = -Infinity;
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
