// Word-level normalization shared by the graph build, the phrase matcher and the models'
// tokenizer, so that an alias compiled into the graph and a word read from a document
// reduce to the same key.

export interface WordToken {
  /** surface text as written */
  text: string;
  /** UTF-16 offsets into the string that was tokenized */
  start: number;
  end: number;
}

// Words keep the punctuation that belongs to technology names: C++, C#, .NET, Node.js, CI/CD
// is split on '/', but "node.js" stays whole. An apostrophe inside a word stays ("year's").
const WORD_RE = /[A-Za-z0-9\u00C0-\u024F]+(?:[.'’][A-Za-z0-9\u00C0-\u024F]+)*(?:\+\+|#)?|\.[A-Za-z][A-Za-z0-9]*|[+#]/g;

export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null) {
    if (m[0] === '+' || m[0] === '#') continue;
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

const IRREGULAR: Record<string, string> = {
  analyses: 'analysis', children: 'child', people: 'person', women: 'woman', men: 'man',
  criteria: 'criterion', data: 'data', media: 'media',
};

// A light, predictable stemmer (inflection only): plurals, -ing, -ed. Derivational suffixes
// stay, so "management" and "manage" remain different words, as a reader would expect.
// British and American spellings key the same ("visualisation" = "visualization", "analyse" = "analyze")
const SPELLING: Array<[RegExp, string]> = [
  [/isation(s?)$/, 'ization$1'], [/is(e|es|ed|ing)$/, 'iz$1'], [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/^(cent|met|lit|theat|fib)re(s?)$/, '$1er$2'], [/^licence(s?)$/, 'license$1'], [/^programme(s?)$/, 'program$1'],
  [/^catalogue(s?)$/, 'catalog$1'], [/^(colo|behavio|favo|labo|hono)ur(s?)$/, '$1r$2'],
];

function americanSpelling(w: string): string {
  if (w.length < 5) return w;
  for (const [re, to] of SPELLING) if (re.test(w)) return w.replace(re, to);
  return w;
}

export function stemWord(word: string): string {
  const w = americanSpelling(word.toLowerCase().replace(/[’']s$/, '').replace(/’/g, "'"));
  if (w.length <= 3) return w;
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (/[^a-z]/.test(w)) return w; // keep c++, node.js, 3d, etc. verbatim
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(sses|xes|ches|shes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && w.length > 4) return undouble(w.slice(0, -2));
  return w;
}

function undouble(stem: string): string {
  // "planning" -> "plann" -> "plan"; "managing" -> "manag" (same key as "managed" -> "manag")
  if (/([bdgklmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  if (/e$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

// Documents repeat their words; keys are memoized (bounded, so a huge document cannot grow it forever).
const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

/** Stem a word for matching, also folding the "e" that "manage"/"managing" disagree on. */
export function matchKey(word: string): string {
  let key = keyCache.get(word);
  if (key !== undefined) return key;
  const s = stemWord(word);
  key = s.length > 3 && s.endsWith('e') && /[a-z]/.test(s) && !/[^a-z]/.test(s) ? s.slice(0, -1) : s;
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

/** Canonical lookup key of a term: lowercased, '&' -> 'and', inflections folded, words joined by one space. */
export function normalizeTerm(term: string): string {
  return tokenizeWords(term.replace(/&/g, ' and ')).map((t) => matchKey(t.text)).join(' ');
}
