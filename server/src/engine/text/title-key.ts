// The key a job title is looked up by in the graph's title index. It is normalizeTerm's key
// except for field words the stemmer folds into a word that names other work: "Accounting
// Manager" (the books) and "Account Manager" (a client's), "Marketing Manager" and "Market
// Manager" (a place) would otherwise be one key, and every occupation either names would answer
// both. The graph build and every title lookup use this one function, so a key built is a key found.
import { matchKey, tokenizeWords } from './normalize.js';

/**
 * Field words a title key keeps apart from the word the stemmer folds them into, with the key
 * they take. Other "-ing" words fold into their own field ("Engineering" -> "engineer",
 * "Nursing" -> "nurse", "Banking" -> "bank"), which is what a title means; only these fold into a
 * word of another field. "Accounts" in a title is the books ("Accounts Payable Clerk", "Accounts
 * Assistant"), as in most titles ESCO and O*NET list with it; a singular "account" is a client's.
 */
const TITLE_FIELD_WORDS: ReadonlyMap<string, string> = new Map([['accounting', 'accounting'], ['accounts', 'accounting'], ['marketing', 'marketing']]);
const KEPT_KEYS: ReadonlyMap<string, string> = new Map([...TITLE_FIELD_WORDS].map(([word, key]) => [key, matchKey(word)]));

/** A job title's key in the graph's title index: normalizeTerm's, with TITLE_FIELD_WORDS keyed apart. */
export function titleKey(title: string): string {
  return tokenizeWords(title.replace(/&/g, ' and ')).map((w) => titleWordKey(w.text)).join(' ');
}

/** One word's key in a title key: normalizeTerm's (matchKey), or the key a field word takes. */
function titleWordKey(word: string): string {
  return TITLE_FIELD_WORDS.get(word.toLowerCase()) ?? matchKey(word);
}

/** A title key in normalizeTerm's form (the field words folded as normalizeTerm folds them), for readers of normalizeTerm keys. */
export function titleKeyAsTerm(key: string): string {
  return key.split(' ').map((w) => KEPT_KEYS.get(w) ?? w).join(' ');
}

/**
 * The words of a title that fold into a kept field word's stem, by their word key, with the
 * title key they stand for: "Accounting Manager" {account: accounting}, "Account Manager"
 * {account: account}, "Market Manager" {market: market}.
 */
function foldedSenses(title: string, keyOf: (word: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of tokenizeWords(title)) if (FOLDED_FIELD_STEMS.has(matchKey(w.text))) out.set(keyOf(w.text), titleWordKey(w.text));
  return out;
}
const FOLDED_FIELD_STEMS: ReadonlySet<string> = new Set([...TITLE_FIELD_WORDS.keys()].map((w) => matchKey(w)));

/**
 * The word keys two titles share only through the stem while naming other work ("account" in
 * "Account Manager" and "Accounting Manager"): a comparison of the two titles' words must not
 * count them as shared. `keyOf` is the comparison's own word key (contentWords', the IDF table's).
 */
export function foldedApart(a: string, b: string, keyOf: (word: string) => string): ReadonlySet<string> {
  const sa = foldedSenses(a, keyOf);
  if (!sa.size) return NONE;
  const sb = foldedSenses(b, keyOf);
  const out = new Set<string>();
  for (const [k, sense] of sa) if (sb.has(k) && sb.get(k) !== sense) out.add(k);
  return out;
}
const NONE: ReadonlySet<string> = new Set();
