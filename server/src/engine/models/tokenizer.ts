// Feature encoder of the skill tagger: the TypeScript twin of models/training/hrtok.py.
// Words come from tokenizeWords (the engine's one word tokenizer); each word gets a vocabulary
// id, character ids for the char-CNN, a shape id, and flags describing the punctuation
// between it and its neighbours (the tokenizer drops punctuation, but commas, colons and
// parentheses are what delimit skills in a list). models/tokenizer-vectors.json, written by
// the Python side, pins both implementations to the same output.

import { tokenizeWords, type WordToken } from '../text/normalize.js';

export const PAD_ID = 0;
export const OOV_ID = 1;

/** What the model's sidecar JSON says about its inputs. */
export interface EncoderSpec {
  vocab: string[];
  charAlphabet: string;
  shapes: string[];
  gapFlags: string[];
  maxWordChars: number;
}

export interface EncodedText {
  tokens: WordToken[];
  wordIds: Int32Array;
  shapeIds: Int32Array;
  /** per token, its character ids (length <= maxWordChars) */
  charIds: Int32Array[];
  /** [tokens x nFeats] row-major 0/1 flags: the gap before the token, then the gap after it */
  feats: Uint8Array;
}

const GAP_CHAR_FLAG: Record<string, string> = {
  ',': 'comma', ';': 'semicolon', ':': 'colon', '.': 'stop', '!': 'stop', '?': 'stop',
  '(': 'open', '[': 'open', '{': 'open', ')': 'close', ']': 'close', '}': 'close',
  '/': 'slash', '\\': 'slash', '|': 'slash', '-': 'dash', '\u2013': 'dash', '\u2014': 'dash',
  '&': 'amp', '+': 'plus', '\n': 'bullet', '\u2022': 'bullet', '*': 'bullet', '\u00B7': 'bullet',
  '"': 'quote', '\u201C': 'quote', '\u201D': 'quote', "'": 'quote', '\u2018': 'quote', '\u2019': 'quote',
};

// An explicit list (not /\s/) so that Python and JavaScript agree on what a space is.
const SPACE_CHARS = new Set(
  ' \t\n\r\f\v\u00A0\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A'.split(''),
);

const DIGIT_RE = /[0-9]/g;

export class TaggerEncoder {
  private readonly vocab: Map<string, number>;
  private readonly charIds: Map<string, number>;
  private readonly charTable: Int32Array;
  private readonly gapIndex: Map<string, number>;
  private readonly shapeIndex: Map<string, number>;
  readonly nGap: number;
  readonly nFeats: number;
  readonly maxWordChars: number;

  constructor(spec: EncoderSpec) {
    this.vocab = new Map(spec.vocab.map((w, i) => [w, i]));
    this.charIds = new Map(Array.from(spec.charAlphabet).map((ch, i) => [ch, i + 2]));
    // Latin characters by code unit (the common case), anything else through the map
    this.charTable = new Int32Array(0x250).fill(1);
    for (const [ch, id] of this.charIds) if (ch.charCodeAt(0) < 0x250) this.charTable[ch.charCodeAt(0)] = id;
    this.gapIndex = new Map(spec.gapFlags.map((f, i) => [f, i]));
    this.shapeIndex = new Map(spec.shapes.map((s, i) => [s, i]));
    this.nGap = spec.gapFlags.length;
    this.nFeats = 2 * this.nGap;
    this.maxWordChars = spec.maxWordChars;
    for (const flag of ['boundary', 'other', 'nospace']) {
      if (!this.gapIndex.has(flag)) throw new Error(`skill tagger sidecar lacks gap flag '${flag}'`);
    }
  }

  gapFlagIndex(flag: string): number {
    const index = this.gapIndex.get(flag);
    if (index === undefined) throw new Error(`unknown gap flag '${flag}'`);
    return index;
  }

  encode(text: string, tokens: WordToken[] = tokenizeWords(text)): EncodedText {
    const n = tokens.length;
    const wordIds = new Int32Array(n);
    const shapeIds = new Int32Array(n);
    const charIds: Int32Array[] = new Array(n);
    const feats = new Uint8Array(n * this.nFeats);
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      wordIds[i] = this.wordId(t.text);
      shapeIds[i] = this.wordShape(t.text);
      charIds[i] = this.wordCharIds(t.text);
      const row = i * this.nFeats;
      this.gapFlags(i === 0 ? null : text.slice(tokens[i - 1].end, t.start), feats, row);
      this.gapFlags(i === n - 1 ? null : text.slice(t.end, tokens[i + 1].start), feats, row + this.nGap);
    }
    return { tokens, wordIds, shapeIds, charIds, feats };
  }

  wordId(word: string): number {
    const key = word.toLowerCase().replace(/\u2019/g, "'");
    const found = this.vocab.get(key);
    if (found !== undefined) return found;
    // numbers seldom matter by value: "2021" -> "0000"
    if (/[0-9]/.test(key)) {
      const zeroed = this.vocab.get(key.replace(DIGIT_RE, '0'));
      if (zeroed !== undefined) return zeroed;
    }
    return OOV_ID;
  }

  wordCharIds(word: string): Int32Array {
    // words are BMP-only (tokenizeWords' classes), so UTF-16 indexing is per character
    const chars = word.length <= this.maxWordChars ? word : word.slice(0, 10) + word.slice(-10);
    const ids = new Int32Array(chars.length);
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i);
      ids[i] = code < this.charTable.length ? this.charTable[code] : (this.charIds.get(chars[i]) ?? 1);
    }
    return ids;
  }

  wordShape(word: string): number {
    let upper = false;
    let lower = false;
    let digit = false;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code >= 48 && code <= 57) digit = true;
      else if (code >= 65 && code <= 90) upper = true;
      else if (code >= 97 && code <= 122) lower = true;
      else if (code >= 128) {
        // words are BMP-only, so a code unit is a character
        const ch = word[i];
        if (isUpper(ch)) upper = true;
        if (isLower(ch)) lower = true;
      }
    }
    let shape: string;
    if (digit) shape = upper || lower ? 'alnum' : 'numeric';
    else if (lower && !upper) shape = 'lower';
    else if (upper && !lower) shape = 'upper';
    else if (upper && lower) {
      let restUpper = false;
      for (let i = 1; i < word.length && !restUpper; i++) restUpper = isUpper(word[i]);
      shape = isUpper(word[0]) && !restUpper ? 'title' : 'mixed';
    } else shape = 'other';
    return this.shapeIndex.get(shape)!;
  }

  private gapFlags(gap: string | null, out: Uint8Array, offset: number): void {
    if (gap === null) {
      out[offset + this.gapIndex.get('boundary')!] = 1;
      return;
    }
    let hasSpace = false;
    for (const ch of gap) {
      const flag = GAP_CHAR_FLAG[ch];
      if (flag !== undefined) {
        out[offset + this.gapIndex.get(flag)!] = 1;
        if (ch === '\n') hasSpace = true;
      } else if (SPACE_CHARS.has(ch)) {
        hasSpace = true;
      } else {
        out[offset + this.gapIndex.get('other')!] = 1;
      }
    }
    if (!hasSpace) out[offset + this.gapIndex.get('nospace')!] = 1;
  }
}

// By case mapping (not a Unicode property test) so Python's str.lower()/upper() agree.
function isUpper(ch: string): boolean {
  return ch.toLowerCase() !== ch;
}

function isLower(ch: string): boolean {
  return ch.toUpperCase() !== ch;
}
