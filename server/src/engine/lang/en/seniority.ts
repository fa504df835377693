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

/** The next level up (principal stays principal). */
export function stepUp(level: SeniorityLevel): SeniorityLevel {
  return SENIORITY_ORDER[Math.min(SENIORITY_ORDER.length - 1, SENIORITY_ORDER.indexOf(level) + 1)];
}

/** "Accountant" at senior -> "Senior Accountant". */
export function withSeniority(base: string, level: SeniorityLevel): string {
  const prefix = SENIORITY_PREFIX[level];
  return prefix ? `${prefix} ${base}` : base;
}

/** Words that name a rank or a stake in a business, not an occupation. */
const RANK_WORDS = new Set(['owner', 'co', 'founder', 'cofounder', 'manager', 'supervisor', 'director', 'president', 'vice', 'vp', 'svp', 'evp',
  'partner', 'proprietor', 'executive', 'head', 'chief', 'officer', 'ceo', 'principal', 'senior', 'junior', 'lead', 'assistant', 'associate',
  'deputy', 'general', 'interim', 'acting', 'self', 'employed', 'freelancer', 'contractor', 'member', 'staff', 'team', 'and', 'of', 'the']);

/** "Owner", "Co-owner / Founder", "Senior Manager", "Vice President": a rank, no occupation a posting could be written for. */
export function namesOnlyRank(title: string): boolean {
  const words = title.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => RANK_WORDS.has(w));
}
