// Whole-document lexical similarity of a resume to a job: how much of the job's TF-IDF mass
// the resume's words cover. Monotone in the resume by construction (a word added to the resume
// can only cover more of the job), so adding a true skill never lowers it. The IDF comes from a
// word table built from job postings at training time (tools/scripts/build-word-idf.ts); the
// table stores hashed word keys and document counts only, never words or text.
import { employmentOf, namedTitle } from '../experience/extract.js';
import { tokenizeWords } from '../text/normalize.js';
import { foldDerivation, matchKey } from '../lang/en/stem.js';
import { namesOnlyRank } from '../lang/en/seniority.js';
import { isFieldlessKey, sharesWork } from './similarity.js';
import type { TitleLexicon } from '../experience/lexicon.js';
import { foldedApart } from '../text/title-key.js';
import type { DocumentAnalysis } from '../types.js';

const STOP = new Set([
  'the', 'and', 'of', 'to', 'in', 'a', 'an', 'for', 'with', 'on', 'at', 'or', 'as', 'by', 'be', 'is', 'are', 'was', 'were',
  'will', 'you', 'your', 'our', 'we', 'us', 'it', 'its', 'this', 'that', 'these', 'those', 'from', 'have', 'has', 'had',
  'not', 'all', 'any', 'can', 'may', 'who', 'which', 'their', 'they', 'them', 'he', 'she', 'his', 'her', 'i', 'my', 'me',
  'if', 'so', 'but', 'also', 'into', 'other', 'such', 'than', 'then', 'there', 'what', 'when', 'where', 'would', 'should',
]);

/** The key a word is counted under, in the table and in documents: folded hard, like contentWords. */
export function wordKey(raw: string): string | undefined {
  const k = foldDerivation(matchKey(raw).replace(/[.'’-]/g, ''));
  if (k.length < 2 || !/[a-z]/.test(k) || STOP.has(k) || /^\d/.test(k)) return undefined;
  return k;
}

/** Word counts of a text, on wordKey. */
export function termCounts(text: string, into = new Map<string, number>()): Map<string, number> {
  for (const t of tokenizeWords(text.replace(/&/g, ' and '))) {
    const k = wordKey(t.text);
    if (k) into.set(k, (into.get(k) ?? 0) + 1);
  }
  return into;
}

/** FNV-1a, 32 bits, base 36: how the table names a word without storing it. */
export function hashWord(word: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) { h ^= word.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0).toString(36);
}

export interface WordIdfJson {
  /** postings the table was counted over */
  documents: number;
  /** a word is kept when at least this many postings hold it */
  minDf: number;
  /** hashWord(key) -> document frequency */
  df: Record<string, number>;
}

/** Inverse document frequencies of posting words; a word the table lacks counts as rare as the rarest kept one. */
export class WordIdf {
  private readonly maxIdf: number;
  private constructor(private readonly json: WordIdfJson | undefined) {
    this.maxIdf = json ? Math.log((1 + json.documents) / (1 + json.minDf)) : 1;
  }

  static fromJson(json: WordIdfJson): WordIdf { return new WordIdf(json); }
  /** every word weighs the same: the rule engine's fallback when the table is missing */
  static uniform(): WordIdf { return new WordIdf(undefined); }

  get learned(): boolean { return this.json !== undefined; }

  /** the IDF of a word the table does not hold: the highest there is */
  get unseenIdf(): number { return this.maxIdf; }

  idf(key: string): number {
    if (!this.json) return 1;
    const df = this.json.df[hashWord(key)];
    return df === undefined ? this.maxIdf : Math.log((1 + this.json.documents) / (1 + df));
  }
}

const JOB_CORE_ZONES = new Set(['required', 'preferred', 'responsibilities', 'summary', 'title']);

export interface LexicalFeatures {
  /** share of the TF-IDF mass of the job's requirement, responsibility and summary words the resume holds */
  lexicalCoverageCore: number;
  /** the same over every word of the job */
  lexicalCoverageAll: number;
  /**
   * share of the resume's TF-IDF mass on words the job uses: how much of the resume is about
   * this job. Adding a word the job uses (a required skill, a relevant duty) only raises it.
   */
  lexicalFocus: number;
  /** how much of the resume's headline or a recent role title (IDF-weighted) the job's text uses */
  roleTitleInJob: number;
  /**
   * The TF-IDF cosine made monotone: the geometric mean of the job's and the resume's squared
   * TF-IDF mass on the words both use. It bounds the cosine from above (Cauchy-Schwarz) and ranks
   * pairs much as it does, but a word the job uses, added to the resume, can only raise it.
   */
  lexicalAgreement: number;
  /**
   * How much of the job's title (IDF-weighted) the resume's headline and two latest role titles
   * use: what the person is now, and the specialty a title names ("special education", "mental
   * health", "estimator") that a near post of the same field does not share.
   */
  jobTitleInRecentTitles: number;
}

/**
 * Coverage of the job's weighted words by the resume's words. The job side is fixed for a job;
 * the resume side is a set, so more resume text can only raise it.
 */
export function lexicalFeatures(resume: DocumentAnalysis, job: DocumentAnalysis, idf: WordIdf, lexicon?: TitleLexicon): LexicalFeatures {
  const resumeCounts = new Map<string, number>();
  for (const b of resume.doc.blocks) termCounts(b.text, resumeCounts);
  const held = new Set(resumeCounts.keys());
  const core = new Map<string, number>();
  const all = new Map<string, number>();
  let coreBlocks = 0;
  for (const b of job.doc.blocks) {
    termCounts(b.text, all);
    if (JOB_CORE_ZONES.has(b.zone)) {
      termCounts(b.text, core);
      if (b.zone !== 'title') coreBlocks++;
    }
  }
  if (job.title) termCounts(job.title, core);
  const cover = (counts: Map<string, number>, within: { has(word: string): boolean }) => massShare(counts, within, idf, 1);
  const all_ = cover(all, held);
  const lexicalAgreement = Math.sqrt(massShare(all, resumeCounts, idf, 2) * massShare(resumeCounts, all, idf, 2));
  // the headline and the three latest role titles, each as its words; the first three are what the person is now
  const titles = [resume.title, ...employmentOf(resume.experience).slice(0, 3).map(namedTitle)];
  // a title's words of work, not its rank ("Assistant Director of Nursing" shares no work with an
  // "Assistant Finance Manager" post, though both words are in it): rank is the level features' to
  // read; nor a head word of no field ("Specialist" is in every posting that names a specialist)
  const workWordsOf = (t: string) => [...termCounts(t).keys()].filter((w) => !isFieldlessKey(w, lexicon));
  const titleWords = titles.map((t) => (t ? workWordsOf(t) : []));
  // a title of rank words only ("Manager") names no work: every long posting uses its word
  const roleTitleInJob = Math.max(0, ...titleWords.map((words, i) => (namesOnlyRank(titles[i] ?? '') ? 0 : weightedShare(words, all, idf))));
  const jobTitleWords = job.title ? workWordsOf(job.title) : [];
  // a word a recent title shares with the job's title only through the stem ("Accounting
  // Manager" for an "Account Manager" post) is not the job's title word
  const recent = new Set(titleWords.slice(0, 3).flatMap((words, i) => {
    // a recent title of other work shares only its modifiers with the job's ("Online Learning
    // Coordinator" and "Learning Disabilities Nurse")
    if (job.title && titles[i] && !sharesWork(job.title, titles[i]!, lexicon)) return [];
    const apart = job.title && titles[i] ? foldedApart(job.title, titles[i]!, (w) => wordKey(w) ?? '') : undefined;
    return apart?.size ? words.filter((w) => !apart.has(w)) : words;
  }));
  return {
    // a posting whose text no zone reads as asking or as the work (one paragraph of prose, read
    // as about the employer) is read whole, not by its title alone
    lexicalCoverageCore: coreBlocks ? cover(core, held) : all_, lexicalCoverageAll: all_,
    lexicalFocus: cover(resumeCounts, all), roleTitleInJob, lexicalAgreement,
    jobTitleInRecentTitles: weightedShare(jobTitleWords, recent, idf),
  };
}

/** The IDF-weighted share of `words` that `within` holds (0 for no words). */
function weightedShare(words: string[], within: { has(word: string): boolean }, idf: WordIdf): number {
  const total = words.reduce((s, w) => s + idf.idf(w), 0);
  return total > 0 ? words.filter((w) => within.has(w)).reduce((s, w) => s + idf.idf(w), 0) / total : 0;
}

/** The share of `counts`' TF-IDF mass (each weight raised to `power`) on words `within` holds. */
function massShare(counts: Map<string, number>, within: { has(word: string): boolean }, idf: WordIdf, power: 1 | 2): number {
  let total = 0;
  let shared = 0;
  for (const [w, c] of counts) {
    const x = ((1 + Math.log(c)) * idf.idf(w)) ** power;
    total += x;
    if (within.has(w)) shared += x;
  }
  return total > 0 ? shared / total : 0;
}
