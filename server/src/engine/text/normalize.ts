// Word-level normalization shared by the graph build, the phrase matcher and the models'
// tokenizer, so that an alias compiled into the graph and a word read from a document
// reduce to the same key.

import { foldDerivation, matchKey } from '../lang/en/stem.js';

export { matchKey, stemWord } from '../lang/en/stem.js';

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

// Two sentences run together by a copy from a PDF ("vacuuming.Facilitated games"): a lowercase
// word, a full stop and a capitalised word of three letters or more are two words. Names keep
// their dot: "Node.js", "ASP.NET", "e.g.", "www.Site".
const RUN_ON_SENTENCES = /^([a-z]{2,})\.[A-Z][a-z]{2,}/;

/** The full stop of two run-together sentences in running text (as in RUN_ON_SENTENCES): a space belongs after it. */
export const RUN_ON_FULL_STOP = /(?<![\p{L}\p{N}.'’])(?!www\.)[a-z]{2,}\.(?=[A-Z][a-z]{2,})/gu;

export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null) {
    if (m[0] === '+' || m[0] === '#') continue;
    const runOn = RUN_ON_SENTENCES.exec(m[0]);
    if (runOn && runOn[1] !== 'www') {
      const cut = runOn[1].length;
      tokens.push({ text: runOn[1], start: m.index, end: m.index + cut });
      tokens.push({ text: m[0].slice(cut + 1), start: m.index + cut + 1, end: m.index + m[0].length });
    } else tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Canonical lookup key of a term: lowercased, '&' -> 'and', inflections folded, words joined by one space. */
export function normalizeTerm(term: string): string {
  return tokenizeWords(term.replace(/&/g, ' and ')).map((t) => matchKey(t.text)).join(' ');
}

/** Words a phrase's content leaves out: connectors, and the words that wrap a skill ("ability", "strong"). */
export const CONTENT_STOP: ReadonlySet<string> = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'in', 'on', 'to', 'for', 'with', 'at', 'by', 'as', 'is', 'be', 'are',
  'skill', 'skills', 'ability', 'abilities', 'knowledge', 'experience', 'strong', 'excellent', 'good', 'proven', 'all', 'other', 'such', 'from', 'into']);

/** Content word keys, inflections and one derivational suffix folded ("preparation" = "prepared"; see foldDerivation). */
export function contentKeys(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenizeWords(text.replace(/&/g, ' and '))) {
    const k = foldDerivation(matchKey(t.text));
    if (!CONTENT_STOP.has(k) && !CONTENT_STOP.has(t.text.toLowerCase()) && !out.includes(k)) out.push(k);
  }
  return out;
}

/** letters two words must open with to be read as one stem ("compassionate", "compassion"; "assessing", "assessment") */
const STEM_LETTERS = 5;

/**
 * Whether two phrases share a content word: the same key, or two longer words, as keyed or as
 * written, opening with the same STEM_LETTERS letters ("making critical decisions" and "Decision
 * Making", "implementing" and "implementation"). Words every name holds ("skills", "knowledge")
 * are no evidence.
 */
export function sharesWordStem(a: string, b: string): boolean {
  const fromA = stemKeys(a);
  return [...stemKeys(b)].some((k) => fromA.has(k));
}

/** A phrase's content keys, and the first STEM_LETTERS letters of its longer words, keyed and as written. */
function stemKeys(text: string): Set<string> {
  const keys = contentKeys(text);
  const written = tokenizeWords(text).map((w) => w.text.toLowerCase()).filter((w) => contentKeys(w).length > 0);
  return new Set([...keys, ...[...keys, ...written].filter((k) => k.length >= STEM_LETTERS).map((k) => k.slice(0, STEM_LETTERS))]);
}
