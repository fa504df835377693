// Seniority as job titles write it: "Senior", "Sr.", "Lead", "Principal", "Junior", "Trainee",
// a grade ("II", "Level 3", "2/3"). A title is read as its base role plus a level; the base is
// what the occupation encoder sees, the level is what a posting asks for and what a step up means.

export type SeniorityLevel = 'entry' | 'mid' | 'senior' | 'lead' | 'principal';

export const SENIORITY_ORDER: readonly SeniorityLevel[] = ['entry', 'mid', 'senior', 'lead', 'principal'];

/** The prefix a title of this level carries ("" for mid-level). */
export const SENIORITY_PREFIX: Record<SeniorityLevel, string> = { entry: 'Junior', mid: '', senior: 'Senior', lead: 'Lead', principal: 'Principal' };

/** Years of experience a posting at this level usually asks for. */
export const SENIORITY_YEARS: Record<SeniorityLevel, number> = { entry: 0, mid: 2, senior: 5, lead: 7, principal: 10 };

const WORDS: Array<[RegExp, SeniorityLevel]> = [
  [/^(?:senior|snr|sr)\.?$/i, 'senior'],
  [/^(?:junior|jnr|jr)\.?$/i, 'entry'],
  [/^(?:trainee|apprentice|graduate|entry[- ]level)$/i, 'entry'],
  [/^principal$/i, 'principal'],
  [/^lead$/i, 'lead'],
];
const GRADES: Record<string, SeniorityLevel> = { i: 'entry', '1': 'entry', ii: 'mid', '2': 'mid', iii: 'senior', '3': 'senior', iv: 'lead', '4': 'lead', v: 'principal', '5': 'principal' };

export interface Seniority {
  level: SeniorityLevel;
  /** whether the title says so, or the level is the default ('mid') */
  stated: boolean;
  /** the title without its seniority words, grade and parenthetical notes */
  base: string;
}

/**
 * "Senior Accountant" -> senior, "Accountant"; "Software Engineer II" -> mid; "Lead Cook" -> lead;
 * "Electrical/Firmware Engineer 2/3" -> mid; "Head Chef" keeps its head (a different role).
 * "Lead" alone, or followed by a connector ("Lead of ..."), is kept as a word.
 */
export function readSeniority(title: string): Seniority {
  let text = title.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
  let level: SeniorityLevel | undefined;
  const raise = (l: SeniorityLevel) => { if (!level || SENIORITY_ORDER.indexOf(l) > SENIORITY_ORDER.indexOf(level)) level = l; };
  // a grade at the end: "II", "Level 3", "2/3", "- III"
  const grade = /(?:[\s,-]+(?:level|grade)?\s*)(i{1,3}|iv|v|[1-5])(?:\s*\/\s*(?:i{1,3}|iv|v|[1-5]))?\s*$/i.exec(text);
  if (grade && text.slice(0, grade.index).trim().split(/\s+/).length >= 1 && grade.index > 0) {
    raise(GRADES[grade[1].toLowerCase()]);
    text = text.slice(0, grade.index).trim();
  }
  const words = text.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  words.forEach((w, i) => {
    const bare = w.replace(/[,;:]$/, '');
    const hit = WORDS.find(([re]) => re.test(bare));
    const next = words[i + 1];
    // a seniority word qualifies the words after it; last or before a connector it is the role ("Team Lead")
    if (hit && next && !/^(?:of|for|and|in|to|&|-|–)$/i.test(next)) { raise(hit[1]); return; }
    kept.push(w);
  });
  const base = kept.join(' ').replace(/^[\s,:;–—-]+|[\s,:;–—-]+$/g, '').trim();
  return { level: level ?? 'mid', stated: level !== undefined, base: base || text };
}

/**
 * a grade at the end of a title on a ladder of numbered grades ("Security Aide I", "Engineering
 * Technician 2", "Analyst Level 3"), for naming the next one; narrower than the grades readSeniority
 * reads (no "V", no "2/3" span), since only these have a next grade to name
 */
const GRADE_AT_END = /(\s+(?:(?:level|grade)\s+)?)(i{1,3}|iv|[1-4])$/i;
const NEXT_GRADE: Record<string, string> = { i: 'II', ii: 'III', iii: 'IV', iv: 'V', '1': '2', '2': '3', '3': '4', '4': '5' };

/** A graded title at its next grade ("Security Aide I" -> "Security Aide II"); undefined without a grade, or for several titles written as one. */
export function nextGrade(title: string): string | undefined {
  const text = title.trim();
  const grade = GRADE_AT_END.exec(text);
  if (!grade || grade.index === 0 || text.includes('/')) return undefined;
  return `${text.slice(0, grade.index)}${grade[1]}${NEXT_GRADE[grade[2].toLowerCase()]}`;
}

/** The next level up (principal stays principal). */
export function stepUp(level: SeniorityLevel): SeniorityLevel {
  return SENIORITY_ORDER[Math.min(SENIORITY_ORDER.length - 1, SENIORITY_ORDER.indexOf(level) + 1)];
}

/** "Accountant" at senior -> "Senior Accountant". */
export function withSeniority(base: string, level: SeniorityLevel): string {
  const prefix = SENIORITY_PREFIX[level];
  return prefix ? `${prefix} ${base}` : base;
}

/**
 * Words that name a rank, a stake in a business, a stage of learning or unpaid service, not an
 * occupation: an "Intern", a "Trainee" or a "Volunteer" of what, the title's other words say
 * ("Elections Intern", "Accounts Trainee"); alone they name no work.
 */
const RANK_WORDS = new Set(['owner', 'co', 'founder', 'cofounder', 'manager', 'supervisor', 'director', 'president', 'vice', 'vp', 'svp', 'evp',
  'partner', 'proprietor', 'executive', 'head', 'chief', 'officer', 'ceo', 'principal', 'senior', 'junior', 'lead', 'assistant', 'associate',
  'deputy', 'general', 'interim', 'acting', 'self', 'employed', 'freelancer', 'contractor', 'member', 'staff', 'team', 'and', 'of', 'the',
  'intern', 'internship', 'trainee', 'apprentice', 'apprenticeship', 'student', 'volunteer']);

/** The rank words, for readers that key words their own way. */
export function rankWords(): Iterable<string> {
  return RANK_WORDS;
}

/** Whether a word (any case) names a rank or a stage of learning, no work (RANK_WORDS). */
export function isRankWord(word: string): boolean {
  return RANK_WORDS.has(word.toLowerCase().replace(/[^a-z]/g, ''));
}

/** The words of a title that name its line of work, without its level and rank ("Director of Human Resources" -> "of Human Resources"). */
export function withoutRank(title: string): string {
  return readSeniority(title).base.split(/\s+/).filter((w) => !RANK_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, ''))).join(' ');
}

/** "Owner", "Co-owner / Founder", "Senior Manager", "Vice President": a rank, no occupation a posting could be written for. */
export function namesOnlyRank(title: string): boolean {
  const words = title.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => RANK_WORDS.has(w));
}

/**
 * Rank a title implies beyond stated seniority: the helper or learner of a trade ("HR Assistant",
 * "Ward Clerk", "Civil Engineering Associate") sits below the plain role, the one who runs it
 * ("Kitchen Manager", "Site Supervisor", "Executive Chef", "Financial Controller", "HR Business
 * Partner") above it, and the head of a function ("Director of Nursing", "Chief Accountant")
 * higher still. "Assistant Manager" and "Associate Director" are a step below the rank they name.
 */
const ENTRY_RANK = new Set(['assistant', 'aide', 'helper', 'trainee', 'apprentice', 'intern', 'internship', 'clerk', 'associate', 'attendant',
  'porter', 'cashier', 'receptionist', 'runner', 'dishwasher', 'student', 'graduate']);
const SENIOR_RANK = new Set(['manager', 'supervisor', 'superintendent', 'foreman', 'forewoman', 'controller', 'executive', 'partner', 'deputy', 'sous']);
// 'principal' reaches here only as the role itself (a school's head): readSeniority takes it as a level before a role word
const HEAD_RANK = new Set(['director', 'head', 'chief', 'principal', 'vp', 'president', 'ceo', 'cfo', 'cto', 'coo']);
/** words that qualify a rank word after them instead of naming a rank of their own */
const QUALIFIERS = new Set(['assistant', 'associate', 'deputy', 'executive']);
const LEVEL_NUMBER: Record<SeniorityLevel, number> = { entry: 0, mid: 1, senior: 2, lead: 2, principal: 3 };

/**
 * The clerk of a public body heads its office ("City Clerk", "County Clerk-Recorder", "Clerk of the
 * Board"); a "Ward Clerk", a "Court Clerk" or a graded "Deputy County Clerk III" is a clerical post.
 */
const CLERK_OF_OFFICE = /\b(?:(?:city|county|town|township|village|borough|parish|municipal|district)(?:\s+(?:and|&)\s+(?:city|county|town))?\s+clerk|clerk\s+of\s+(?:the\s+)?(?:board|courts?|council|works|house|senate|peace))\b/i;
/** a grade at the end of a title: a clerical series, not the office's head */
const GRADED = /[\s,-](?:i{1,3}|iv|v|[1-5])\s*$/i;

/** what a title's head word says of its rank beyond the rank words (experience/lexicon.ts TitleLexicon) */
export interface RankWords {
  /** the head word names a support post: clerical, serving, cleaning, driving or helping work ("Secretary", "Cook") */
  namesSupportPost(word: string): boolean;
}

/**
 * A title's rank on one scale: 0 entry, 1 the plain role, 2 senior or running it, 3 the head of a
 * function. With a title table, a plain title whose head names a support post ("Medical
 * Secretary", "Line Cook", "Bank Teller") sits with the helpers and clerks at 0, where a rank word
 * would put it ("Administrative Assistant", "Ward Clerk").
 */
export function roleLevel(title: string, rankWords?: RankWords): number {
  const stated = readSeniority(title);
  const words = stated.base.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const officer = CLERK_OF_OFFICE.test(stated.base) && !GRADED.test(title.trim());
  const heads = (w: string) => HEAD_RANK.has(w) || (officer && w === 'clerk');
  const ranked = (w: string) => SENIOR_RANK.has(w) || heads(w);
  let head = false;
  let senior = false;
  let entry = false;
  let qualified = false;
  words.forEach((w, i) => {
    const later = words.slice(i + 1);
    if (QUALIFIERS.has(w) && later.some(ranked)) { qualified = true; return; }
    if (heads(w)) head = true;
    // "Executive Chef" runs the kitchen; "Account Executive" is the role itself
    else if (SENIOR_RANK.has(w) && (w !== 'executive' || later.length > 0)) senior = true;
    else if (ENTRY_RANK.has(w)) entry = true;
  });
  const of = words.indexOf('of');
  const headWord = of > 0 ? words[of - 1] : words[words.length - 1];
  const support = !head && !senior && !entry && !qualified && headWord !== undefined && !!rankWords?.namesSupportPost(headWord);
  let rank = head ? 3 : senior && !entry ? 2 : (entry && !senior) || support ? 0 : 1;
  if (qualified) rank -= 1;
  // a stated level ("Senior", "Junior", "III") moves the rank the title's words give
  if (stated.stated) rank += LEVEL_NUMBER[stated.level] - 1;
  return Math.max(0, Math.min(3, rank));
}

// NHS Agenda for Change pay bands as ranks: bands 1-4 support and assistant posts, 5-6 the
// registered professional, 7-8b a specialist or manager running a service, 8c-9 the head of one
const PAY_BAND = /\bband\s*([1-9])\s*([a-d])?\b/i;

/**
 * The rank a posting's pay band states ("Band 7", "band 8a"), or undefined when it names none;
 * the first band named counts ("Band 5 nurses can progress to band 6" is a band 5 post).
 */
export function payBandLevel(text: string): number | undefined {
  const m = PAY_BAND.exec(text);
  if (!m) return undefined;
  const band = Number(m[1]);
  if (band <= 4) return 0;
  if (band <= 6) return 1;
  if (band === 7 || (band === 8 && (!m[2] || /[ab]/i.test(m[2])))) return 2;
  return 3;
}
