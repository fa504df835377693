// Skill terms real postings use: short names ("auditing", "phlebotomy", "manual handling",
// "medication administration") that postings write as items of their requirement and duty lists, counted over the
// postings corpora (tools/scripts/build-posting-terms.ts). The taxonomies name the same work in
// other words ("perform cost accounting activities"), so a posting's own words go unread where the
// graph is the only vocabulary. A term counts when enough postings list it as an item and, of the
// postings that write its words at all, enough write them as an item: "office" or "direction" fill
// prose far more often than they stand alone in a list, "auditing" does not. The table holds
// hashes of the terms' keys and two counts each: no words, no text.
import { hashWord } from '../match/lexical.js';
import { normalizeTerm, tokenizeWords } from '../text/normalize.js';
import { verbForm } from '../lang/en/verbs.js';
import { describesPerson } from '../lang/en/person-words.js';
import { ASKED_HOW_MUCH, KIND_AFTER, LEADING_BULLET, NAMES_WORK, NOT_IN_NAMES, SKILL_QUALIFIER } from './phrase.js';

export interface PostingTermsJson {
  /** postings the counts were taken over */
  documents: number;
  /** the least postings listing a term for it to be stored */
  minItemDf: number;
  /** the shares chosen on training data: a stored term is a skill term when it holds both */
  thresholds: { itemDf: number; itemShare: number };
  /** hashWord(normalizeTerm(term)) -> [postings listing it as an item, postings writing its words anywhere] */
  terms: Record<string, [number, number]>;
}

/** an acronym ("COSHH", "CPR"): a one-word term in capitals that names work, as NAMES_WORK does in lower case */
const ACRONYM = /^[A-Z]{2,6}$/;

/** The most words a list term has: longer items are phrases or sentences, not names. */
export const MAX_TERM_WORDS = 4;

/** beside the words no name holds, a list item's term holds no pronoun and no verb of a clause ("we will", "is") */
const CLAUSE_WORD = /\b(?:my|we|you|they|he|she|it|whom|this|these|those|will|must|should|can|may|would|is|are|be|been|being|was|were|have|has|had|not|no)\b/i;
/** people a posting's work serves or involves ("patients, families and carers", "parents", "instructional personnel"): no skill's name ends with one */
const PEOPLE = /\b(?:people|persons?|individuals?|patients?|clients?|customers?|guests?|students?|pupils?|learners?|children|child|kids|adults?|parents?|famil(?:y|ies)|carers?|caregivers?|relatives?|residents?|members?|staff|colleagues?|co-?workers?|personnel|employees?|managers?|teams?|stakeholders?|partners?|communit(?:y|ies)|public|visitors?|users?|vendors?|suppliers?|agencies|organisations?|organizations?|officers?|professionals?|practitioners?|workers?|volunteers?|groups?)$/i;

/**
 * The term an item (or a part of one) names, or undefined when it names none: the bullet, how
 * well ("strong", "experience with") and how much it is asked for are no part of it, and what is
 * left must be a short name (1-4 words, a letter first, no article, pronoun or verb of a clause).
 */
export function termOf(part: string): string | undefined {
  let core = part.replace(/[*_`]/g, ' ').replace(LEADING_BULLET, '').trim();
  core = core.replace(/[\s.!:;]+$/, '').replace(ASKED_HOW_MUCH, '').trim();
  const qualifier = SKILL_QUALIFIER.exec(core);
  if (qualifier) core = core.slice(qualifier[0].length).trim();
  if (tokenizeWords(core).length > 1) core = core.replace(KIND_AFTER, '').trim();
  if (!/^\p{L}/u.test(core) || /\d/.test(core) || /[:()"“”!?]|\.\s/.test(core)) return undefined;
  const words = tokenizeWords(core).length;
  if (words === 0 || words > MAX_TERM_WORDS || NOT_IN_NAMES.test(core) || CLAUSE_WORD.test(core)) return undefined;
  // a trailing connector: the item was cut mid-phrase; a trailing cue of examples ("applications
  // including, Active Directory, ..."): the part is the label over the names after it, no name itself
  if (/\b(?:and|or|of|in|with|on|at|as|&)$/i.test(core) || EXAMPLES_CUE_AT_END.test(core)) return undefined;
  return core;
}

/** words that announce examples, ending a part whose examples come after the comma */
const EXAMPLES_CUE_AT_END = /\b(?:including|includes|include|e\.g|i\.e|especially|particularly|namely|notably|incl)$/i;

/** Whether a term names people ("patients, families and carers", "parents"), not work done for them. */
export function namesPeople(term: string): boolean {
  return PEOPLE.test(term.trim());
}

/** persons, as a phrase naming who is sought or served ends ("service industry professionals",
 * "patients and families", "service members and veterans"); not groups ("agile teams", "finance
 * organisation") nor "learner" or "member", which a soft skill ends ("fast learner", "strong team
 * member"); "team members", "relatives" and "partners" are people */
const PERSONS = /\b(?:people|persons?|individuals?|professionals?|practitioners?|candidates?|applicants?|workers?|employees?|staff|colleagues?|patients?|clients?|customers?|guests?|students?|pupils?|children|kids|parents?|famil(?:y|ies)|carers?|residents?|volunteers?|veterans?|adults?|seniors|youths?|visitors?|relatives|members|partners)$/i;
/** what ties a phrase to work done with people ("working with children", "advice to patients",
 * "lead a team", "inspire your colleagues"): a preposition, an article or a possessive */
const TIES_PEOPLE_TO_WORK = /\b(?:with|within|to|for|of|among|between|across|by|from|in|on|at|into|about|through|under|alongside|a|an|the|your|our|their|his|her|my)\b/i;

/**
 * Whether a phrase read in prose names only persons, those sought or served ("self motivated
 * service industry professionals", "patients and families"), not work done with them
 * ("supervise staff", "managing teams", "finding the right partners", "effectively lead"): two
 * words or more ending in persons, none tying them to work, and no verb or adverb opening it.
 */
export function namesPersonsOnly(phrase: string): boolean {
  const words = tokenizeWords(phrase);
  if (words.length < 2 || !PERSONS.test(phrase.trim()) || TIES_PEOPLE_TO_WORK.test(phrase)) return false;
  const first = words[0].text.toLowerCase();
  // ("motivated people", "qualified candidates": a participle describing them, no work done to them)
  return describesPerson(first) || (verbForm(first) === undefined && !/(?:ing|ly)$/.test(first));
}

/** the most words an institution's name has ("Shri Guru Gobind Singhji Institute of Engineering and Technology": 9) */
const MAX_INSTITUTION_WORDS = 9;
/** the word that makes a proper name an institution's: a place of study or the body that examines */
const INSTITUTION_HEAD = /^(?:university|college|institute|polytechnic|academy|school|vidyalaya|mahavidyalaya)$/i;
/** a school board's name ends with its board ("Maharashtra State Board", "CBSE Board"); a "Circuit Board" is a skill's */
const EXAM_BOARD = /\b(?:state|secondary|education|examination|CBSE|ICSE|HSC|SSC)\s+board$/i;

/**
 * Whether a phrase is an institution's proper name ("Guwahati University", "Assam University Law
 * College", "S.K. Somaiya College", "University of Mumbai", "Maharashtra State Board"): written as a
 * name, every word capitalised but "of", "and", "the", and an institution's word heading it,
 * last or before "of". A flattened education line or a course provider's label, not a skill;
 * "School fund accounting" (lower-case words) and "School System" (not headed by it) are left.
 */
export function namesInstitution(phrase: string): boolean {
  const text = phrase.trim();
  const words = text.split(/\s+/).filter(Boolean);
  // a name, not a line: a whole list item holding one ("..., E-Commerce Education Details January 2016 B.E. ... University of Pune") is read part by part
  if (words.length < 2 || words.length > MAX_INSTITUTION_WORDS || /[,;:|]/.test(text)) return false;
  if (!words.every((w) => /^(?:of|and|the|&)$/i.test(w) || /^[\p{Lu}\d]/u.test(w))) return false;
  if (EXAM_BOARD.test(text)) return true;
  const bare = words.map((w) => w.replace(/[^\p{L}]/gu, ''));
  return bare.some((w, i) => {
    if (!INSTITUTION_HEAD.test(w)) return false;
    const last = i === bare.length - 1;
    const ofFollows = !last && bare[i + 1].toLowerCase() === 'of';
    // "University of Mumbai": heads it, a place follows; "Guwahati University": a place before it
    return i === 0 ? ofFollows : last || ofFollows;
  });
}

/**
 * The parts of a list item or a comma list ("auditing, cost accounting and cash management"):
 * separated by commas, semicolons and bars, the last joined by "and" / "or" / "&". With offsets.
 */
export function listParts(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const separator = /\s*[,;|•]\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+/gi;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = separator.exec(text)) !== null) {
    if (m.index > from) out.push({ text: text.slice(from, m.index), start: from });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ text: text.slice(from), start: from });
  return out;
}

/** The postings' own skill terms (see the top of this file). */
export class PostingTerms {
  private constructor(private readonly json: PostingTermsJson) {}

  static fromJson(json: PostingTermsJson): PostingTerms {
    if (!json || typeof json.documents !== 'number' || !json.terms || !json.thresholds) throw new Error('posting terms: not a posting-terms table');
    return new PostingTerms(json);
  }

  /** Postings listing the term as an item, and writing its words at all (0, 0 when not stored). */
  counts(term: string): [number, number] {
    const key = normalizeTerm(term);
    return key ? this.json.terms[hashWord(key)] ?? [0, 0] : [0, 0];
  }

  /**
   * Whether postings use the term as a skill's name: listed often enough, and mostly where it is
   * written as an item. A single word must also name work ("auditing", "phlebotomy",
   * "plumbing"): lists hold verbs, places and things too ("implements", "Solihull", "walls").
   */
  isSkillTerm(term: string): boolean {
    const word = term.trim();
    if (!/\s/.test(word) && !(/^[A-Z]+$/.test(word) ? ACRONYM.test(word) : NAMES_WORK.test(word))) return false;
    const [items, anywhere] = this.counts(term);
    const { itemDf, itemShare } = this.json.thresholds;
    return items >= itemDf && items >= itemShare * Math.max(anywhere, items);
  }
}

/** the fewest parts a series in a sentence has, and the share of them a vocabulary must know */
const SERIES_PARTS = 3;
const SERIES_KNOWN_SHARE = 0.5;
/** the most words taken from the end of the part that leads into a series ("... such areas as auditing") */
const LEAD_WORDS = 3;

/**
 * The names of a series written inside a sentence ("including such areas as auditing, billing,
 * cash management and cost accounting"): a run of at least three parts, each a short name, at
 * least half of them names the vocabulary knows (`known`: the graph's, the postings' terms). The
 * part that leads into the run gives its last words when they are a known name. Offsets are the
 * text's.
 */
export function seriesNames(text: string, known: (term: string) => boolean): Array<{ start: number; end: number; text: string }> {
  // people in a series ("students, parents and the community") are whom the work is for, no name of it
  const parts = listParts(text).map((p) => {
    const term = termOf(p.text);
    return { ...p, term: term && (!namesPeople(term) || known(term)) ? term : undefined };
  });
  const out: Array<{ start: number; end: number; text: string }> = [];
  const at = (p: { text: string; start: number }, term: string) => {
    const i = p.text.lastIndexOf(term);
    return i < 0 ? undefined : { start: p.start + i, end: p.start + i + term.length, text: term };
  };
  let i = 0;
  while (i < parts.length) {
    if (!parts[i].term) { i++; continue; }
    let j = i;
    while (j < parts.length && parts[j].term) j++;
    const run = parts.slice(i, j);
    // a series a sentence announces as one ("including such areas as auditing, billing, cash
    // management"): its parts are names by construction, one the vocabulary knows is enough
    const cued = i > 0 ? cuedName(parts[i - 1].text) : undefined;
    const lead = i > 0 ? cued?.name ?? leadingName(parts[i - 1].text, known) : undefined;
    const size = run.length + (lead ? 1 : 0);
    const knownCount = run.filter((p) => known(p.term!)).length + (lead && known(lead) ? 1 : 0);
    if (size >= SERIES_PARTS && (cued ? knownCount >= 1 : knownCount >= SERIES_KNOWN_SHARE * size)) {
      if (lead) { const s = at(parts[i - 1], lead); if (s) out.push(s); }
      for (const [k, p] of run.entries()) {
        // a first part the vocabulary does not know may still hold the words leading into the run ("Covers auditing")
        if (k === 0 && !known(p.term!) && tokenizeWords(p.term!).length > 1) continue;
        const s = at(p, p.term!);
        if (s) out.push(s);
      }
    }
    i = j;
  }
  return out;
}

/** words that announce a series of examples, and the name that follows them in the same part */
const INCLUSION_CUE = /^.*\b(?:including|such as|areas as|e\.g\.,?|for example,?)\s+([^,;]{1,40})$/i;

/** The name a part opens a series with after an inclusion cue ("... including such areas as auditing"): its cue is there even when the name is unknown. */
function cuedName(clause: string): { name: string | undefined } | undefined {
  const m = INCLUSION_CUE.exec(clause.trim());
  if (!m) return undefined;
  const term = termOf(m[1]);
  return { name: term === m[1].trim() && !namesPeople(term) ? term : undefined };
}

/** The known name a clause ends with ("such areas as auditing" -> "auditing"), longest first. */
function leadingName(clause: string, known: (term: string) => boolean): string | undefined {
  const words = clause.trim().split(/\s+/);
  for (let n = Math.min(LEAD_WORDS, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    const term = termOf(tail);
    if (term === tail && known(term) && !namesPeople(term)) return term;
  }
  return undefined;
}
