// Title words: how often a word heads an occupation title ("Accountant", "Coordinator") and how
// often it occurs in one, counted over O*NET's title tables at build time
// (tools/roles/build-title-lexicon.ts -> models/title-lexicon.json, listed in the manifest).
// The role header reader (headers.ts) uses it as evidence that a segment is a title.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeniority } from '../lang/en/seniority.js';

export interface TitleLexiconJson {
  format: 'hrdocs-title-lexicon/1';
  /** word -> [titles it heads, titles it occurs in] */
  words: Record<string, [number, number]>;
  /** head word -> { SOC major group: share of the O*NET titles it heads } (absent in older tables) */
  fields?: Record<string, Record<string, number>>;
  /** head word -> share of the O*NET titles it heads that are support occupations (absent in older tables) */
  support?: Record<string, number>;
}

/**
 * a head word names a support post when at least this share of the titles it heads are support
 * occupations ("secretary" 0.83, "receptionist" 0.97, "cook" 0.80); "assistant" (0.54) and "clerk"
 * are support posts by their own word (lang/en/seniority.ts), "chef" (0.30) and "technician" are not
 */
const SUPPORT_HEAD_SHARE = 0.75;

/** a head word names a field when at least this share of the titles it heads sit in one ("nurse" 0.93; "coordinator" 0.20 names none) */
const FIELD_HEAD_SHARE = 0.35;

// without the shipped table (rule models, a missing file): the commonest title heads
const BUILTIN_HEADS = ('manager director engineer developer analyst nurse teacher assistant accountant coordinator specialist ' +
  'consultant supervisor officer administrator technician representative clerk associate executive designer architect ' +
  'programmer scientist lead leader chef cook cashier intern trainee instructor advisor adviser agent auditor buyer ' +
  'operator driver mechanic electrician planner president owner founder partner head chief therapist pharmacist physician ' +
  'worker attendant receptionist secretary editor writer producer tester professor lecturer tutor coach trainer').split(' ');

const COMMON_HEADS = new Set(BUILTIN_HEADS);

/**
 * Whether a short label reads as a role title: a noun phrase ending in a common title head
 * ("Project Accountant", "Education Coordinator", "Benefits Specialist"), not a section name
 * that happens to share a word with one.
 */
export function readsAsRoleTitle(label: string): boolean {
  const words = label.toLowerCase().replace(/[^a-z\s]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 5 || words.some((w) => /^(?:the|as|for|of|you|your|we|our|a|an|what|who|to|and|or)$/.test(w))) return false;
  const last = words[words.length - 1];
  return COMMON_HEADS.has(last) || (last.endsWith('s') && COMMON_HEADS.has(last.slice(0, -1)) && words.length > 1);
}

export class TitleLexicon {
  private constructor(
    private readonly words: Map<string, [number, number]>,
    readonly learned: boolean,
    private readonly fields: Map<string, Record<string, number>> = new Map(),
    private readonly support: Map<string, number> = new Map(),
  ) {}

  static fromJson(json: TitleLexiconJson): TitleLexicon {
    if (json.format !== 'hrdocs-title-lexicon/1') throw new Error(`title lexicon: unknown format ${String(json.format)}`);
    return new TitleLexicon(new Map(Object.entries(json.words)), true, new Map(Object.entries(json.fields ?? {})), new Map(Object.entries(json.support ?? {})));
  }

  /** the commonest title heads only, for an engine without the shipped table */
  static builtin(): TitleLexicon {
    return new TitleLexicon(new Map(BUILTIN_HEADS.map((w) => [w, [50, 50]])), false);
  }

  /** models/title-lexicon.json of a models folder (tests, tools) */
  static load(modelsDir: string): TitleLexicon {
    return TitleLexicon.fromJson(JSON.parse(readFileSync(join(modelsDir, 'title-lexicon.json'), 'utf8')) as TitleLexiconJson);
  }

  /** how many titles the (lower-case) word heads */
  heads(word: string): number {
    return this.entry(word)?.[0] ?? 0;
  }

  /** how many titles the word occurs in */
  occurs(word: string): number {
    return this.entry(word)?.[1] ?? 0;
  }

  /**
   * Whether a head word names no one field: its titles spread over many ("Specialist",
   * "Coordinator", "Technician"), so two titles sharing it share a kind of post, not a line of
   * work. Unknown words (modifiers, words the table lacks) are not such words.
   */
  namesNoField(word: string): boolean {
    const share = this.fieldShare(word);
    return share !== undefined && share < FIELD_HEAD_SHARE;
  }

  /** the largest share of the titles a head word heads that sit in one field ("nurse" 0.93, "estimator" 0.66); undefined where unknown */
  fieldShare(word: string): number | undefined {
    const f = this.fieldsOf(word);
    return f ? Math.max(...Object.values(f)) : undefined;
  }

  /** every head word that names no field (namesNoField) */
  fieldlessHeads(): string[] {
    return [...this.fields.keys()].filter((w) => this.namesNoField(w));
  }

  /**
   * How far two head words name the same fields: the overlap of their titles' spread over SOC
   * major groups (1 the same, 0 none: "nurse" and "teller"); undefined where either is unknown.
   */
  fieldOverlap(a: string, b: string): number | undefined {
    const fa = this.fieldsOf(a);
    const fb = this.fieldsOf(b);
    if (!fa || !fb) return undefined;
    let overlap = 0;
    for (const [group, share] of Object.entries(fa)) overlap += Math.min(share, fb[group] ?? 0);
    return overlap;
  }

  /**
   * Whether a head word names a support post (clerical, serving, cleaning, driving, helping work
   * that mostly needs little preparation): most of the O*NET titles it heads are such occupations.
   * Unknown words are not.
   */
  namesSupportPost(word: string): boolean {
    return (headWordEntry(this.support, word) ?? 0) >= SUPPORT_HEAD_SHARE;
  }

  private fieldsOf(word: string): Record<string, number> | undefined {
    return headWordEntry(this.fields, word);
  }

  private entry(word: string): [number, number] | undefined {
    const w = word.toLowerCase();
    return this.words.get(w) ?? (w.endsWith('s') ? this.words.get(w.slice(0, -1)) : undefined);
  }
}

/** a head word's entry in a per-head table, its plural folded ("secretaries", "cooks") */
function headWordEntry<T>(table: ReadonlyMap<string, T>, word: string): T | undefined {
  const w = word.toLowerCase();
  return table.get(w) ?? (w.endsWith('ies') ? table.get(`${w.slice(0, -3)}y`) : undefined) ?? (w.endsWith('s') ? table.get(w.slice(0, -1)) : undefined);
}

/**
 * rank words that head a title where they end it or come before its "of" ("Customer Service Team
 * Lead", "Head of Accounts and Finance"), though they qualify another word as often ("Lead Cook",
 * "Head Chef"), so the lexicon's head counts alone miss them
 */
const RANK_HEADS = new Set(['lead', 'head', 'chief', 'director', 'manager', 'supervisor', 'president', 'officer', 'leader']);

/** Whether a word (any case) is a rank word that heads a title where it ends it ("Team Lead", "Department Head"). */
export function isRankHead(word: string): boolean {
  return RANK_HEADS.has(word.toLowerCase());
}
/** a longer phrase with a rank word in it is more often a sentence ("... was the mission lead") */
const MAX_RANK_TITLE_WORDS = 8;

/**
 * A phrase reads as a title when a rank word heads it (RANK_HEADS), or when one of its words heads
 * occupation titles at least a fifth of the times it occurs in one ("Recreation Worker", "Director
 * of Engineering", "Technical Project Manager utilizing TFS"; not "Rugby ND", "Myrtle Beach SC",
 * "Ltd", "Financial").
 */
export function readsAsTitle(title: string, lexicon: TitleLexicon): boolean {
  const words = readSeniority(title).base.split(/[\s/-]+/).map((w) => w.replace(/[^A-Za-z]/g, '').toLowerCase()).filter(Boolean);
  // a rank word heads the title where it ends it or comes right before its "of"
  const of = words.indexOf('of');
  if (words.length <= MAX_RANK_TITLE_WORDS && (RANK_HEADS.has(words.at(-1) ?? '') || (of > 0 && RANK_HEADS.has(words[of - 1])))) return true;
  const isHead = (w: string) => [w, w.replace(/s$/, ''), w.replace(/ies$/, 'y')].some((x) => {
    const heads = lexicon.heads(x);
    return heads >= 1 && heads >= 0.2 * lexicon.occurs(x);
  });
  return words.slice(0, 12).some(isHead);
}
