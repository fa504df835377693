// The fact guard every resume edit passes through: an edit may add words, never a fact the
// resume does not already state. A number, a date, an organisation, a job title or a licence in
// the added text must be found in the resume as written (case and punctuation aside).
import { LICENCE_WORDS, MONTH_WORDS, TITLE_WORDS } from '../lang/en/claims.js';
import { isOrganisationName, wordsOf } from './skill-name-shape.js';

export type FactKind = 'number' | 'date' | 'organisation' | 'title' | 'licence';

export interface UnsupportedFact {
  kind: FactKind;
  /** the added text that states it */
  text: string;
}

/** The facts in `added` that `resume` does not state; empty when the addition is safe. */
export function unsupportedFacts(added: string, resume: string): UnsupportedFact[] {
  const have = ` ${folded(resume)} `;
  const supported = (phrase: string) => have.includes(` ${folded(phrase)} `);
  const out: UnsupportedFact[] = [];
  const report = (kind: FactKind, text: string) => { if (!supported(text) && !out.some((f) => f.text === text)) out.push({ kind, text }); };
  // a number counts with what it counts ("12-bed", "7 OSI"): any "12" elsewhere in a resume is no support
  for (const [, n, unit] of added.matchAll(/(\d+(?:[.,]\d+)*)(?:[\s-]+(\p{L}+))?/gu)) {
    if (/^(?:19|20)\d\d$/.test(n)) report('date', n);
    else report('number', unit ? `${n} ${unit}` : n);
  }
  const words = wordsOf(added);
  for (const w of words) if (MONTH_WORDS.has(w) && w !== 'may' && w !== 'march') report('date', w);
  // the phrase states the claim as a whole: "RN license in California" is supported only by itself
  if (words.some((w) => LICENCE_WORDS.has(w))) report('licence', added);
  if (isOrganisationName(added)) report('organisation', added);
  if (words.length && TITLE_WORDS.has(words[words.length - 1])) report('title', added);
  return out;
}

/** Whether an addition states nothing the resume does not support. */
export function factGuardAllows(added: string, resume: string): boolean {
  return unsupportedFacts(added, resume).length === 0;
}

/** Lower case, every run of punctuation and spaces one space: "ACLS (AHA)" ~ "acls aha". */
export function folded(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim();
}
