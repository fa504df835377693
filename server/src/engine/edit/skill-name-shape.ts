// Whether a phrase reads as a skill name a Skills list can hold, or as something else a job's
// requirement text carries: a fragment cut out of a sentence, a duty, a job title, a licence,
// certification or degree, an employer, a benefit, a condition of employment (a background
// check, travel). Only a 'skill' may ever be offered as an addition.
import {
  BENEFIT_WORDS, CONDITION_WORDS, DANGLING_WORDS, LICENCE_WORDS, MODIFIER_ENDINGS, ORGANISATION_WORDS, REQUIREMENT_WORDS, TITLE_WORDS,
} from '../lang/en/claims.js';
import { verbForm } from '../lang/en/verbs.js';

export type SkillNameShape = 'skill' | 'fragment' | 'duty' | 'title' | 'licence' | 'employer' | 'benefit' | 'condition';

/** The longest phrase a Skills list item holds; longer is a sentence. */
const MAX_WORDS = 6;

export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9][a-z0-9+#./'-]*/g)?.map((w) => w.replace(/[.'-]+$/, '')) ?? [];
}

export function skillNameShape(text: string): SkillNameShape {
  const trimmed = text.trim();
  const words = wordsOf(trimmed);
  if (!words.length) return 'fragment';
  if (TITLE_WORDS.has(words[words.length - 1])) return 'title';
  if (words.some((w) => LICENCE_WORDS.has(w))) return 'licence';
  if (words.some((w) => BENEFIT_WORDS.has(w))) return 'benefit';
  if (isOrganisationName(trimmed)) return 'employer';
  if (words.some((w) => CONDITION_WORDS.has(w))) return 'condition';
  if (words.length > MAX_WORDS) return 'fragment';
  // a lone adjective ("Timely"), or a phrase trailing off in an adverb ("approach challenges positively")
  const last = words[words.length - 1];
  if (words.length === 1 ? isModifier(last) : ADVERB.test(last)) return 'fragment';
  if (isDuty(words)) return 'duty';
  if (DANGLING_WORDS.has(words[0]) || DANGLING_WORDS.has(words[words.length - 1])) return 'fragment';
  if (words.some((w) => REQUIREMENT_WORDS.has(w))) return 'fragment';
  // a list or a clause, or a sentence's punctuation: not one name
  if (/[,;:!?]|\.\s|\.$/.test(trimmed.replace(/\b(?:e\.g|i\.e|etc)\./gi, ''))) return 'fragment';
  if (!balanced(trimmed)) return 'fragment';
  return 'skill';
}

/** "Mercy Hollow Medical Center", "Acme Inc.": capitalized words ending in an organisation's word. */
export function isOrganisationName(text: string): boolean {
  const tokens = text.trim().split(/\s+/).map((t) => t.replace(/[.,()]+$/g, ''));
  if (tokens.length < 2) return false;
  const last = tokens[tokens.length - 1].toLowerCase();
  return ORGANISATION_WORDS.has(last) && tokens.every((t) => /^[A-Z0-9&]/.test(t) || DANGLING_WORDS.has(t.toLowerCase()));
}

const ADVERB = /[a-z]{3,}(?:ely|ally|ively|fully|ously|ably|ibly)$/;
/** Endings of a noun made from a verb or adjective: "payroll management", "care planning". */
const NOMINAL = /(?:ment|ing|tion|sion|ance|ence|ics|ity|ship|ness|ysis|ogy)$/;

function isModifier(word: string): boolean {
  return MODIFIER_ENDINGS.some((e) => word.length > e.length + 2 && word.endsWith(e));
}

/**
 * A duty, not a skill's name: a verb and its object ("manage payroll", "deliver outstanding
 * service"). "Budget management" and "Care planning" are names: their head (last) noun is made from a verb.
 */
function isDuty(words: string[]): boolean {
  return words.length >= 2 && verbForm(words[0]) === 'base' && !NOMINAL.test(words[words.length - 1]);
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    if (depth < 0) return false;
  }
  return depth === 0 && (text.match(/"/g)?.length ?? 0) % 2 === 0;
}
