// The writer's copy guard: every run of 12 words of the real postings (the writer's training
// texts and all the others), kept as a 36-bit hash (no text), so a generated sentence that
// repeats one is dropped before a user sees it. The data policy allows a generator trained on
// postings only if it copies no run of 12+ words from them; sampling alone cannot promise that,
// this check can. Built by tools/writer/build-copy-guard.ts. A false alarm (about 1 run in 16,000,
// so about one posting in 80) only drops a sentence; 36 bits keep the file near 10 MB.

export const RUN_WORDS = 12;

/** The words a run is made of: lower case letters and digits, an apostrophe inside ("don't"). */
export function runWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

/** The 36-bit key of the run of RUN_WORDS words starting at `from` (two FNV-1a passes). */
export function runKey(words: readonly string[], from: number): number {
  let a = 0x811c9dc5, b = 0x01000193;
  for (let i = from; i < from + RUN_WORDS; i++) {
    const w = words[i] + ' ';
    for (let k = 0; k < w.length; k++) {
      const c = w.charCodeAt(k);
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x811c9dc5) >>> 0;
    }
  }
  return a * 16 + (b >>> 28);
}

/** Sorted, distinct keys as gaps in LEB128 varints: about 2.4 bytes a run. */
export function encodeRunKeys(keys: Iterable<number>): Uint8Array {
  const sorted = [...new Set(keys)].sort((x, y) => x - y);
  const out: number[] = [];
  let prev = 0;
  for (const k of sorted) {
    let gap = k - prev;
    prev = k;
    while (gap >= 128) { out.push((gap % 128) | 128); gap = Math.floor(gap / 128); }
    out.push(gap);
  }
  return Uint8Array.from(out);
}

export class CopyGuard {
  private constructor(private readonly keys: Float64Array) {}

  static decode(bytes: Uint8Array): CopyGuard {
    const keys: number[] = [];
    let value = 0, scale = 1, prev = 0;
    for (const byte of bytes) {
      value += (byte & 127) * scale;
      if (byte & 128) { scale *= 128; continue; }
      prev += value;
      keys.push(prev);
      value = 0; scale = 1;
    }
    if (scale !== 1) throw new Error('copy guard: truncated');
    return new CopyGuard(Float64Array.from(keys));
  }

  get size(): number { return this.keys.length; }

  has(key: number): boolean {
    let lo = 0, hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.keys[mid];
      if (k === key) return true;
      if (k < key) lo = mid + 1; else hi = mid - 1;
    }
    return false;
  }

  /** Which of a line's consecutive sentences a copied run touches (a run may cross a sentence end). */
  copiedSentences(sentences: readonly string[]): Set<number> {
    const words: string[] = [];
    const owner: number[] = [];
    sentences.forEach((s, i) => { for (const w of runWords(s)) { words.push(w); owner.push(i); } });
    const hit = new Set<number>();
    for (let i = 0; i + RUN_WORDS <= words.length; i++) {
      if (!this.has(runKey(words, i))) continue;
      for (let k = i; k < i + RUN_WORDS; k++) hit.add(owner[k]);
    }
    return hit;
  }
}
