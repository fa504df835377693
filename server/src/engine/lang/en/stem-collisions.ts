// Job-title field words the stemmer folds into a word that names something else. The graph's
// title keys keep them apart (text/title-key.ts), but a title read by its words rather than its
// exact key still meets occupations named for the folded word ("Marketing Coordinator" and a
// public relations specialist share "coordinator"); where that matters, the word as written decides.
import type { SkillGraph } from '../../graph/graph.js';
import { contentKeys } from '../../text/normalize.js';
import { readSeniority } from './seniority.js';

/**
 * Field nouns the stem folds into a word that names something else in titles: "accounting" (the
 * books) into "account" (a client's: "Account Manager"), "marketing" into "market" (a place:
 * "Market Manager"), each with the words that name its field in an occupation's name. Other "-ing"
 * words fold into their own field ("Engineering" -> "engineer", "Nursing" -> "nurse"): keeping
 * every "-ing" word as written moved 159 of 498 held titles' readings, many to worse ones
 * ("Software Engineering Analyst" -> an engineering technician).
 */
const STEM_COLLISIONS: ReadonlyArray<{ word: string; inTitle: RegExp; named: RegExp }> = [
  { word: 'accounting', inTitle: /\baccounting\b/i, named: /\baccount(?:ing|ants?)\b/i },
  { word: 'marketing', inTitle: /\bmarketing\b/i, named: /\bmarket(?:ing|ers?)\b/i },
];

/** a title of two fields joined ("Marketing & Public Relations Manager", "PR/Marketing Assistant") */
const COORDINATED = /\s(?:and|&)\s|\//i;

/**
 * A title's readings that keep a field word the stem folds into another word (STEM_COLLISIONS):
 * "Accounting Manager" read as a sales account manager, "Marketing Manager" as a property manager
 * (O*NET's "Market Manager"). Where some reading's name has the field as written, a reading is
 * kept only if its name has it too or, in a title of two fields, shares a word of the other field
 * ("Marketing & Public Relations Manager" is still a public relations manager); the order stays.
 */
export function keepingFieldWords<T extends { occupation: number }>(graph: Pick<SkillGraph, 'occupations'>, title: string, hits: T[]): T[] {
  let out = hits;
  const name = (h: T) => graph.occupations[h.occupation].title;
  for (const { word, inTitle, named } of STEM_COLLISIONS) {
    if (!inTitle.test(title) || !out.some((h) => named.test(name(h)))) continue;
    // the title's other words, less its head: the second field of a title that names two
    const field = contentKeys(word)[0];
    const others = new Set(COORDINATED.test(title) ? contentKeys(readSeniority(title).base).slice(0, -1).filter((w) => w !== field) : []);
    out = out.filter((h) => named.test(name(h)) || contentKeys(name(h)).some((w) => others.has(w)));
  }
  return out;
}
