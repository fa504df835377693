// The product's one English stemmer. `stemWord`/`matchKey` fold inflections (plurals, -ing, -ed)
// and British spellings: the keys of every graph lookup. `foldDerivation` goes further
// ("coordination" = "coordinating") for similarity scores only. (The dataset evaluation in
// tools/ keeps its own normalizer, as its protocol defines one.)

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
  if (Object.hasOwn(IRREGULAR, w)) return IRREGULAR[w];
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

/** Stem a word for matching, also folding the "e" that "manage"/"managing" disagree on. */
export function matchKey(word: string): string {
  const s = stemWord(word);
  return s.length > 3 && s.endsWith('e') && /[a-z]/.test(s) && !/[^a-z]/.test(s) ? s.slice(0, -1) : s;
}

const DERIVATION = ['ations', 'ation', 'ions', 'ion', 'ments', 'ment', 'ing', 'al', 'ed', 'es', 's', 'er', 'ive', 'ly'];

/**
 * Deeper than matchKey: one derivational suffix cut ("preparation" = "prepared" -> "prepar",
 * "management" -> "manag"), for similarity, never for lookup keys. One cut only, after matchKey
 * has cut a final "e": an "-ate" verb keeps apart from its "-ation" noun ("coordinating" ->
 * "coordinat", "coordination" -> "coordin"), as does "-ive" from "-ion". Folding those families
 * together was tried (2026-12-07): the extractor and the linker, which read this key too, linked
 * worse, so it waits for a key of their own.
 */
export function foldDerivation(w: string): string {
  if (/[^a-z]/.test(w)) return w;
  for (const suffix of DERIVATION) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length).replace(/e$/, '');
  }
  return w.replace(/e$/, '');
}
