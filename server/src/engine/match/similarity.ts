// How alike two skill names or two job titles are, on inflection-folded content words.
import { tokenizeWords } from '../text/normalize.js';
import { foldDerivation, matchKey } from '../lang/en/stem.js';

const FILLER = new Set([
  'and', 'of', 'the', 'to', 'in', 'a', 'an', 'for', 'with', 'on', 'at', 'or', 'as', 'by', 'skill', 'abilitie', 'ability',
  'knowledge', 'proficiency', 'experience', 'strong', 'excellent', 'good', 'basic', 'advanced', 'sr', 'jr', 'senior', 'junior', 'lead',
  'i', 'ii', 'iii', 'iv',
]);

/**
 * Content words folded hard: inflections and the common derivations ("coordination",
 * "coordinating" -> "coordinat"), dots and hyphens inside names ("Node.js" = "NodeJS").
 */
export function contentWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const t of tokenizeWords(text.replace(/&/g, ' and '))) {
    const k = foldDerivation(matchKey(t.text).replace(/[.'’-]/g, ''));
    if (k && !FILLER.has(k)) words.add(k);
  }
  return words;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Share of `wanted`'s words that `have` contains. */
export function coverage(wanted: ReadonlySet<string>, have: ReadonlySet<string>): number {
  if (!wanted.size) return 0;
  let inter = 0;
  for (const w of wanted) if (have.has(w)) inter++;
  return inter / wanted.size;
}

export function nameSimilarity(a: string, b: string): number {
  return jaccard(contentWords(a), contentWords(b));
}

/** Title fit: how much of the wanted title a held title covers, tempered by Jaccard so "Manager" doesn't fit every manager. */
export function titleSimilarity(wanted: string, held: string): number {
  const w = contentWords(wanted);
  const h = contentWords(held);
  // a requirement often wraps the role in words ("... role is necessary", "... in Washington
  // state"): a held title of two or more words found whole inside it fits too
  return Math.max(0.7 * coverage(w, h) + 0.3 * jaccard(w, h), h.size >= 2 ? 0.9 * coverage(h, w) : 0);
}
