// How alike two skill names or two job titles are, on inflection-folded content words.
import { tokenizeWords } from '../text/normalize.js';
import { foldDerivation, matchKey } from '../lang/en/stem.js';
import { foldedApart } from '../text/title-key.js';
import { isRankWord, rankWords } from '../lang/en/seniority.js';
import type { TitleLexicon } from '../experience/lexicon.js';

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
    const k = contentKey(t.text);
    if (k && !FILLER.has(k) && !FILLER_KEYS.has(k)) words.add(k);
  }
  return words;
}

/** One word's key in contentWords. */
function contentKey(word: string): string {
  return foldDerivation(matchKey(word).replace(/[.'’-]/g, ''));
}

/**
 * The filler words as contentWords keys them: "the" folds to "th", "knowledge" to "knowledg",
 * "experience" to "experienc", so a set of the words as written let them through as content
 * ("Working in the NHS" shown by any line with "the" in it).
 */
const FILLER_KEYS: ReadonlySet<string> = new Set([...FILLER].map(contentKey));

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

/** most words of a several-word skill in one block of a resume show it ("analysed clients' insurance needs") */
const RELAXED_COVERAGE = 0.66;

/**
 * How surely a block's words show a skill whose name's words are `wanted` (or `asWritten`, the
 * skill as a posting wrote it) though no mention names it: 0.6 with all of them, 0.5 with most of
 * a name of several words, else 0. The matcher counts such a skill found (a little less sure), and
 * a suggested role does not call it missing.
 */
export function shownInWords(wanted: ReadonlySet<string>, words: ReadonlySet<string>, asWritten?: ReadonlySet<string>): number {
  const c = Math.max(coverage(wanted, words), asWritten ? coverage(asWritten, words) : 0);
  return c >= 0.99 ? 0.6 : c >= RELAXED_COVERAGE && wanted.size >= 2 ? 0.5 : 0;
}

export function nameSimilarity(a: string, b: string): number {
  return jaccard(contentWords(a), contentWords(b));
}

/** abbreviations titles write a line of work as ("IT Support Analyst", "HR Advisor"), with the words they stand for */
const TITLE_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bI\.?T\b/g, 'information technology'], [/\bICT\b/g, 'information and communication technology'], [/\bHR\b/g, 'human resources'], [/\bPR\b/g, 'public relations'],
];
/**
 * endings the titles of one line of work derive their words by: "Administration Assistant",
 * "Administrative Assistant", "Administrator"; "Finance Manager", "Financial Manager";
 * "Coordination Officer", "Coordinator". The stem before them must be long enough to name the
 * work alone ("operator" and "operations", "creator" and "creative" stay apart)
 */
const TITLE_FAMILY_ENDING = /(?:ations?|ative|ators?|ating|ial)$/;
const MIN_FAMILY_STEM = 5;

/** One word's key in titleWords: its derivation family's stem where TITLE_FAMILY_ENDING ends it, else its contentWords key. */
function titleWordKey(word: string): string {
  const w = word.toLowerCase();
  const ending = /^[a-z]+$/.test(w) ? TITLE_FAMILY_ENDING.exec(w) : null;
  return ending && ending.index >= MIN_FAMILY_STEM ? w.slice(0, ending.index).replace(/e$/, '') : contentKey(word);
}

/**
 * words a title names its hours or its contract with, not its work ("Night Duty Senior Staff
 * Nurse", "Manager on Duty", "Locum Consultant", "Part Time Cook"): two titles sharing only these
 * share no work
 */
const SCHEDULE_WORDS = new Set(['night', 'nights', 'overnight', 'evening', 'evenings', 'weekend', 'weekends', 'day', 'days', 'shift', 'shifts', 'duty',
  'locum', 'temporary', 'temp', 'permanent', 'seasonal', 'casual', 'part', 'full', 'time', 'fixed', 'term', 'maternity']);

/**
 * A title's content words as title fit compares them: abbreviations of a field spelled out, the
 * derivations of one line of work keyed alike, its hours and contract left out.
 */
export function titleWords(title: string): ReadonlySet<string> {
  let text = title.replace(/&/g, ' and ');
  for (const [abbreviation, words] of TITLE_ABBREVIATIONS) text = text.replace(abbreviation, words);
  const words = new Set<string>();
  for (const t of tokenizeWords(text)) {
    if (SCHEDULE_WORDS.has(t.text.toLowerCase())) continue;
    // the filler words contentWords drops
    const k = contentKey(t.text);
    if (k && !FILLER.has(k) && !FILLER_KEYS.has(k)) words.add(titleWordKey(t.text));
  }
  return words;
}

/** Title fit: how much of the wanted title a held title covers, tempered by Jaccard so "Manager" doesn't fit every manager. */
export function titleSimilarity(wanted: string, held: string): number {
  const w = titleWords(wanted);
  // "Account Manager" and "Accounting Manager" share "account" only through the stem
  // (the held word stays a word of the held title, of another sense: it is no word of the wanted one)
  const apart = foldedApart(wanted, held, titleWordKey);
  const h = apart.size ? new Set([...titleWords(held)].map((k) => (apart.has(k) ? `${k}:other` : k))) : titleWords(held);
  // a requirement often wraps the role in words ("... role is necessary", "... in Washington
  // state"): a held title of two or more words found whole inside it fits too
  return Math.max(0.7 * coverage(w, h) + 0.3 * jaccard(w, h), h.size >= 2 ? 0.9 * coverage(h, w) : 0);
}

/**
 * A test of whether a word's key, as `keyOf` keys words, names no line of work: a rank word's, or,
 * with the title lexicon, a head word's whose titles spread over many fields. The keys are read
 * once per key function and lexicon.
 */
function fieldlessKeyTest(keyOf: (word: string) => string): (key: string, lexicon?: TitleLexicon) => boolean {
  let rank: ReadonlySet<string> | undefined;
  const byLexicon = new WeakMap<TitleLexicon, ReadonlySet<string>>();
  return (key, lexicon) => {
    rank ??= new Set([...rankWords()].map(keyOf));
    if (rank.has(key)) return true;
    if (!lexicon) return false;
    let keys = byLexicon.get(lexicon);
    if (!keys) byLexicon.set(lexicon, (keys = new Set(lexicon.fieldlessHeads().map(keyOf))));
    return keys.has(key);
  };
}

const fieldlessContentKey = fieldlessKeyTest(contentKey);

/**
 * Whether a content word's key (contentWords', or lexical's wordKey: they fold alike) names no line
 * of work: a rank word's, or, with the title lexicon, a head word's whose titles spread over many
 * fields ("IT Specialist" and "Scan Specialist" share a kind of post, not work).
 */
export function isFieldlessKey(key: string, lexicon?: TitleLexicon): boolean {
  return fieldlessContentKey(key, lexicon);
}

/** isFieldlessKey for a key of titleWords ("coordinator" keys as its family's stem there) */
const isFieldlessTitleKey = fieldlessKeyTest(titleWordKey);

/** where a title's head phrase ends: "Director of Nursing", "Staff Nurse - Band 5", "Teacher, Business", "Nurse (Bank)" */
const HEAD_PHRASE_END = /\s+(?:of|for|in|at|with|to)\s+|\s+[-–—|]\s+|[,(|/:;]/i;
/** a word after the head that grades it ("Accountant II", "Nurse Band 5") */
const GRADE_WORD = /^(?:i{1,3}|iv|vi{0,3}|ix|x|band|level|grade|step)$/i;

/** The word that heads a title, lower case: the last word of its first phrase ("Bank Level 5 Learning Disabilities Nurse" -> nurse). */
export function titleHead(title: string): string | undefined {
  const words = title.split(HEAD_PHRASE_END)[0].split(/\s+/).map((w) => w.replace(/[^A-Za-z]/g, '')).filter((w) => w.length >= 2);
  while (words.length && GRADE_WORD.test(words[words.length - 1])) words.pop();
  return words.at(-1)?.toLowerCase();
}

/** below this overlap of their fields two head words name different work ("nurse" and "coordinator" 0.13, "clerk" and "specialist" 0.23) */
const SAME_FIELD_OVERLAP = 0.15;
/**
 * a head word naming one field this surely is an occupation of its own ("nurse" 0.93, "teacher",
 * "chef", "teller"); heads less sure ("estimator" 0.66, "superintendent" 0.6, "technician") leave
 * a shared modifier to name the field ("Construction Estimator", "Construction Superintendent")
 */
const OCCUPATION_HEAD_SHARE = 0.8;

/**
 * Whether two titles name the same line of work: they share a word of work (not a rank word nor,
 * with the lexicon, a head word of no field), and where the words they share are modifiers only
 * and one head is an occupation of its own, their heads do not name different fields ("Bank
 * Nurse" and "Bank Teller", "Learning Disabilities Nurse" and "Online Learning Coordinator": a
 * shared word that qualifies other work). A rank word heading either ("Sales Manager") leaves the
 * modifiers to name the work.
 */
export function sharesWork(a: string, b: string, lexicon?: TitleLexicon): boolean {
  const inB = titleWords(b);
  const shared = [...titleWords(a)].filter((k) => inB.has(k) && !isFieldlessTitleKey(k, lexicon));
  if (!shared.length) return false;
  if (!lexicon) return true;
  const ha = titleHead(a);
  const hb = titleHead(b);
  if (!ha || !hb || isRankWord(ha) || isRankWord(hb)) return true;
  const ka = titleWordKey(ha);
  const kb = titleWordKey(hb);
  if (ka === kb || shared.includes(ka) || shared.includes(kb)) return true;
  if (Math.max(lexicon.fieldShare(ha) ?? 0, lexicon.fieldShare(hb) ?? 0) < OCCUPATION_HEAD_SHARE) return true;
  const overlap = lexicon.fieldOverlap(ha, hb);
  return overlap === undefined || overlap >= SAME_FIELD_OVERLAP;
}

/**
 * Title fit in the work two titles name: none where they name no work in common (sharesWork:
 * "Elections Intern" and "Marketing Intern", "Store Manager" and "Sales Manager", "Bank Nurse" and
 * "Bank Teller"), else titleSimilarity.
 */
export function workTitleSimilarity(wanted: string, held: string, lexicon?: TitleLexicon): number {
  return sharesWork(wanted, held, lexicon) ? titleSimilarity(wanted, held) : 0;
}

/**
 * Words that name the setting of experience, not its line of work ("electrical work", "a clinical
 * setting"), and words of work with whom the words after them name ("interaction with students",
 * "dealing with the public", "contact with patients").
 */
const GENERIC_WORK = new Set(['work', 'experience', 'role', 'roles', 'position', 'setting', 'environment', 'field', 'industry', 'sector', 'capacity', 'job', 'post', 'background', 'related', 'relevant', 'professional', 'similar',
  'interaction', 'interacting', 'dealing', 'contact']);

/** the setting words as contentWords folds them, once */
const GENERIC_WORK_KEYS: ReadonlySet<string> = new Set([...GENERIC_WORK].flatMap((w) => [...contentWords(w)]));

/** how busy or how grand a setting is ("a busy kitchen", "a high-volume restaurant", "a fast-paced office", "upscale"): no part of the work */
const SETTING_PACE = /\b(?:busy|hectic|demanding|fast[- ]paced|high[- ]volume|upscale|high[- ]end|luxury)\b/gi;

/** The content words of a line of work without its setting words ("professional backend development experience" -> backend, development; "busy kitchen" -> kitchen). */
export function workWords(subject: string): ReadonlySet<string> {
  const out = new Set(contentWords(subject.replace(SETTING_PACE, ' ')));
  for (const k of GENERIC_WORK_KEYS) out.delete(k);
  return out;
}

/** the most words either side of an "or" that still name one line of work each ("customer service or interaction with students") */
const ALTERNATIVE_WORDS = 5;
/** the most words of each phrase of a series of three or more lines of work */
const SERIES_WORDS = 3;
/** a word naming only where work is done ("... related role or facility") */
const PLACE_ALONE = /^(?:facility|facilities|setting|settings|environment|site|location|premises)$/i;
/** words that compare or qualify, naming no work on their own ("a bus of 40 seats or larger", "related or equivalent") */
const NO_WORK_ALONE = /^(?:larger|smaller|more|less|higher|lower|greater|fewer|above|below|better|equivalent|similar|related|other|equal|both|either|comparable|higher-level)$/i;

/**
 * The lines of work a requirement's subject offers ("shipping or receiving", "customer service or
 * interaction with students", "commercial or public works projects"): a role in any one of them
 * counts. One "or" (or "and/or") between two short phrases splits the subject; a phrase of one
 * word takes its context from the other: first, it keeps the other's last word ("bar and/or
 * restaurant management" -> bar management); last, it stands for the other's last word
 * ("enforcement of laws or regulations" -> enforcement of regulations). Several "or"s between short
 * phrases give each phrase that names work as written; anything else (a long clause) is one
 * subject, as written.
 */
export function workAlternatives(written: string): string[] {
  // "culinary/kitchen experience": a slash between two words offers either, as "or" does
  const subject = written.replace(/(?<=[A-Za-z]{2})\/(?=[A-Za-z]{2})(?!or\b)/g, ' or ');
  // "retail, hospitality, or customer service": a series' commas part its lines as its "or" does
  const pieces = /\s(?:and\/or|or)\s/i.test(subject) ? subject.split(/\s*,\s*(?:(?:and\/or|or)\s+)?|\s+(?:and\/or|or)\s+/i) : [subject];
  const words = (p: string) => p.split(/\s+/).filter(Boolean);
  const named = (p: string) => [...workWords(p)].filter((w) => /[a-z]{3}/.test(w));
  if (pieces.length > 2) {
    // "warehouse or fulfillment related role or facility": each short piece naming work is a line
    // of it (a piece naming only where, "facility", is none); a longer piece holds an "or" of its
    // own ("inspection or construction supervision of commercial or public works projects")
    const lines = pieces.map((p) => p.trim());
    if (lines.some((p) => !p || words(p).length > SERIES_WORDS)) return [written];
    const work = lines.filter((p) => named(p).length && !(words(p).length === 1 && (NO_WORK_ALONE.test(p) || PLACE_ALONE.test(p))));
    return work.length >= 2 ? work : [written];
  }
  if (pieces.length !== 2) return [written];
  const [first, last] = pieces.map((p) => p.trim());
  if (!first || !last || words(first).length > ALTERNATIVE_WORDS || words(last).length > ALTERNATIVE_WORDS) return [written];
  if ([first, last].some((p) => !named(p).length || (words(p).length === 1 && NO_WORK_ALONE.test(p)))) return [written];
  // where the other phrase's last word of content stands
  const head = (p: string) => { const ws = words(p); let i = ws.length - 1; while (i > 0 && !workWords(ws[i]).size) i--; return i; };
  if (named(first).length === 1 && words(first).length === 1 && named(last).length >= 2) return [`${first} ${words(last)[head(last)]}`, last];
  if (named(last).length === 1 && words(last).length === 1 && named(first).length >= 2) return [first, [...words(first).slice(0, head(first)), last].join(' ')];
  return [first, last];
}

const FIELD_ENDINGS: Array<[RegExp, string]> = [[/ical$/, 'ic'], [/ing$/, ''], [/ion$/, ''], [/ment$/, ''], [/y$/, '']];
const AGENT_ENDINGS: Array<[RegExp, string]> = [[/ician$/, 'ic'], [/ant$/, ''], [/or$/, ''], [/ist$/, ''], [/er$/, '']];

/** A word's stem when it ends as a line of work ("accounting", "electrical", "inspection", "therapy"); words under 7 letters are left alone. */
export function fieldStem(word: string): string | undefined {
  return cutEnding(word, FIELD_ENDINGS);
}

/** A word's stem when it ends as a worker ("accountant", "electrician", "inspector", "therapist", "teacher"). */
export function agentStem(word: string): string | undefined {
  return cutEnding(word, AGENT_ENDINGS);
}

function cutEnding(word: string, endings: Array<[RegExp, string]>): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 7) return undefined;
  for (const [re, by] of endings) if (re.test(w)) return w.replace(re, by);
  return undefined;
}

/**
 * Whether a role title names the line of work an experience requirement asks for, and what it
 * leaves unsaid: the requirement's head word (its last word that is not a setting word) written as
 * a line of work, a word of the title as its worker ("commercial electrical work" / "Journeyman
 * Electrician", "accounting" / "Staff Accountant", "construction inspection" / "Building
 * Inspector"). Returns the requirement's other content words the title does not hold (the role's
 * own text must show them: "C/C++ development" is not every developer's), or undefined when the
 * title names other work ("adult ICU" / "Staff Nurse": ICU names no worker).
 */
export function workNamedByTitle(subject: string, title: string): ReadonlySet<string> | undefined {
  const words = (t: string) => t.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3);
  const content = words(subject).filter((w) => !GENERIC_WORK.has(w) && !FILLER.has(w));
  const head = content[content.length - 1];
  const stem = head ? fieldStem(head) : undefined;
  // a worker named in the plural too, as occupation titles are ("Software Developers")
  const worker = (w: string) => agentStem(w) ?? (/(?:er|or|ant|ist|ian)s$/.test(w) ? agentStem(w.slice(0, -1)) : undefined);
  if (!stem || stem.length < 5 || !words(title).some((w) => worker(w) === stem)) return undefined;
  const held = contentWords(title);
  const unsaid = new Set(workWords(subject));
  for (const k of contentWords(head)) unsaid.delete(k);
  for (const w of held) unsaid.delete(w);
  return unsaid;
}
