// The writer's own tokenizer: byte-level BPE (GPT-2's scheme: every byte is a symbol, so any
// text encodes and decodes losslessly) learned on the writer's training postings, written as a
// Hugging Face `tokenizer.json` that the server reads with @huggingface/tokenizers. Then the
// training and held-out texts are encoded with that same library, so training sees exactly the
// ids the server will produce, and written as uint16 arrays for train_writer.py.
// usage: node tools/out/tools/writer/train-tokenizer.js CORPUS_DIR MODEL_DIR [--vocab 8000] [--keep]
//   --keep      encode with the tokenizer already in MODEL_DIR (learn nothing)
//   CORPUS_DIR  train.jsonl / heldout.jsonl from dump-corpus.js; train.bin / heldout.bin written there
//   MODEL_DIR   tokenizer.json and tokenizer_config.json written there
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { END_TOKEN, PAD_TOKEN, SPECIAL_TOKENS } from '../../server/src/engine/generate/writer-format.js';

const args = process.argv.slice(2);
const [corpusDir, modelDir] = args;
if (!corpusDir || !modelDir) { console.error('usage: train-tokenizer CORPUS_DIR MODEL_DIR [--vocab 8000]'); process.exit(2); }
const vocabIndex = args.indexOf('--vocab');
const vocabSize = vocabIndex >= 0 ? Number(args[vocabIndex + 1]) : 8000;

// GPT-2's pre-tokenizer: the one @huggingface/tokenizers applies for a ByteLevel pre-tokenizer
const PRE_TOKEN = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu;

/** GPT-2's map from bytes to printable characters, so merges and vocabulary are plain strings. */
function bytesToUnicode(): string[] {
  const printable: number[] = [];
  for (let b = 33; b <= 126; b++) printable.push(b);
  for (let b = 161; b <= 172; b++) printable.push(b);
  for (let b = 174; b <= 255; b++) printable.push(b);
  const map: string[] = new Array(256);
  let extra = 0;
  for (let b = 0; b < 256; b++) map[b] = printable.includes(b) ? String.fromCharCode(b) : String.fromCharCode(256 + extra++);
  return map;
}

const readTexts = (file: string): string[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const train = readTexts(join(corpusDir, 'train.jsonl'));
const heldout = readTexts(join(corpusDir, 'heldout.jsonl'));

/** Learns the merges on the training texts and writes tokenizer.json / tokenizer_config.json to MODEL_DIR. */
function learnTokenizer() {
  // --- learn the merges ----------------------------------------------------------------------
  const byteChar = bytesToUnicode();
  const encoder = new TextEncoder();
  const specialSplit = new RegExp(SPECIAL_TOKENS.map((t) => t.replace(/[|]/g, '\\|')).join('|'), 'g');
  const wordCounts = new Map<string, number>();
  for (const text of train) {
    for (const piece of text.split(specialSplit)) {
      for (const m of piece.matchAll(PRE_TOKEN)) {
        const w = Array.from(encoder.encode(m[0]), (b) => byteChar[b]).join('');
        wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
      }
    }
  }

  const symbols: string[] = [...byteChar];
  const symbolId = new Map(symbols.map((s, i) => [s, i]));
  const words = [...wordCounts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const wordSymbols: number[][] = words.map(([w]) => Array.from(w, (c) => symbolId.get(c)!));
  const freq = words.map(([, c]) => c);
  const SHIFT = 1 << 16;
  const pairCounts = new Map<number, number>();
  const pairWords = new Map<number, Set<number>>();
  const addPair = (key: number, word: number, n: number) => {
    pairCounts.set(key, (pairCounts.get(key) ?? 0) + n);
    if (n > 0) { let s = pairWords.get(key); if (!s) pairWords.set(key, (s = new Set())); s.add(word); }
  };
  wordSymbols.forEach((syms, w) => { for (let i = 0; i + 1 < syms.length; i++) addPair(syms[i] * SHIFT + syms[i + 1], w, freq[w]); });

  // a max-heap of [count, key] with lazy deletion: an entry whose count is stale is pushed again
  const heap: Array<[number, number]> = [];
  const better = (a: [number, number], b: [number, number]) => a[0] > b[0] || (a[0] === b[0] && a[1] < b[1]);
  const push = (e: [number, number]) => {
    heap.push(e);
    for (let i = heap.length - 1; i > 0;) { const p = (i - 1) >> 1; if (!better(heap[i], heap[p])) break; [heap[i], heap[p]] = [heap[p], heap[i]]; i = p; }
  };
  const pop = (): [number, number] | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length && last) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < heap.length && better(heap[l], heap[m])) m = l;
        if (r < heap.length && better(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  for (const [key, count] of pairCounts) push([count, key]);

  const merges: string[] = [];
  const target = vocabSize - SPECIAL_TOKENS.length;
  while (symbols.length < target) {
    const top = pop();
    if (!top) break;
    const [count, key] = top;
    const current = pairCounts.get(key) ?? 0;
    if (current !== count) { if (current > 0) push([current, key]); continue; }
    if (count < 2) break;
    const a = Math.floor(key / SHIFT), b = key % SHIFT;
    const merged = symbols.length;
    symbols.push(symbols[a] + symbols[b]);
    merges.push(`${symbols[a]} ${symbols[b]}`);
    const touched = new Set<number>();
    for (const w of pairWords.get(key) ?? []) {
      const syms = wordSymbols[w];
      for (let i = 0; i + 1 < syms.length; i++) addPair(syms[i] * SHIFT + syms[i + 1], w, -freq[w]);
      const next: number[] = [];
      for (let i = 0; i < syms.length; i++) {
        if (i + 1 < syms.length && syms[i] === a && syms[i + 1] === b) { next.push(merged); i++; } else next.push(syms[i]);
      }
      wordSymbols[w] = next;
      for (let i = 0; i + 1 < next.length; i++) { const k = next[i] * SHIFT + next[i + 1]; addPair(k, w, freq[w]); touched.add(k); }
    }
    pairCounts.delete(key);
    pairWords.delete(key);
    for (const k of touched) push([pairCounts.get(k)!, k]);
  }

  // --- write tokenizer.json ------------------------------------------------------------------
  const vocab: Record<string, number> = {};
  SPECIAL_TOKENS.forEach((t, i) => { vocab[t] = i; });
  symbols.forEach((s, i) => { vocab[s] = i + SPECIAL_TOKENS.length; });
  const tokenizerJson = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: null,
    pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
    post_processor: null,
    decoder: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
    model: { type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: '', end_of_word_suffix: '', fuse_unk: false, byte_fallback: false, ignore_merges: false, vocab, merges },
  };
  const tokenizerConfig = { tokenizer_class: 'PreTrainedTokenizerFast', model_max_length: 1024, eos_token: END_TOKEN, pad_token: PAD_TOKEN, add_bos_token: false, add_eos_token: false, clean_up_tokenization_spaces: false };
  mkdirSync(modelDir, { recursive: true });
  writeFileSync(join(modelDir, 'tokenizer.json'), JSON.stringify(tokenizerJson));
  writeFileSync(join(modelDir, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig, null, 2) + '\n');
  return { tokenizerJson, tokenizerConfig, merges: merges.length };
}

// --keep: the tokenizer in MODEL_DIR stays (a later training stage must read the ids its model was trained on)
const learned = args.includes('--keep')
  ? { tokenizerJson: JSON.parse(readFileSync(join(modelDir, 'tokenizer.json'), 'utf8')) as object, tokenizerConfig: JSON.parse(readFileSync(join(modelDir, 'tokenizer_config.json'), 'utf8')) as object, merges: -1 }
  : learnTokenizer();
const { tokenizerJson, tokenizerConfig } = learned;

// --- encode the corpus with the library the server uses ------------------------------------
const tokenizer = new Tokenizer(tokenizerJson, tokenizerConfig);
const endId = SPECIAL_TOKENS.indexOf(END_TOKEN);
let mismatched = 0;
const encodeAll = (texts: string[], file: string) => {
  const ids: number[] = [];
  texts.forEach((text, i) => {
    const enc = tokenizer.encode(text, { add_special_tokens: false }).ids;
    // a lossless round trip is what makes byte-level BPE safe for any input; check a sample
    if (i % 50 === 0 && tokenizer.decode(enc, { skip_special_tokens: false }) !== text) mismatched++;
    ids.push(...enc, endId);
  });
  writeFileSync(join(corpusDir, file), Buffer.from(new Uint16Array(ids).buffer));
  return ids.length;
};
const trainTokens = encodeAll(train, 'train.bin');
const heldoutTokens = encodeAll(heldout, 'heldout.bin');
// the line writer's examples (stage 2), when the corpus has them
const lineTokens = existsSync(join(corpusDir, 'lines-train.jsonl'))
  ? { train: encodeAll(readTexts(join(corpusDir, 'lines-train.jsonl')), 'lines-train.bin'), heldout: encodeAll(readTexts(join(corpusDir, 'lines-heldout.jsonl')), 'lines-heldout.bin') }
  : undefined;
console.log(JSON.stringify({ vocab: tokenizer.get_vocab_size?.() ?? null, merges: learned.merges, trainDocs: train.length, trainTokens, heldoutDocs: heldout.length, heldoutTokens, lineTokens, roundTripMismatches: mismatched }));
if (mismatched) process.exit(1);
