// Levels of education as postings ask for them and resumes state them: "Bachelor's degree",
// "Possession of a baccalaureate degree", "High school diploma or GED" asked; "Bachelor of
// Science : Early Childhood Education", "MSc Nursing", "Masters of Science in Education" held.
// A posting's requirement that names a level and nothing else is met by a resume degree at that
// level or above (a master's meets a bachelor's requirement), which the match cites.

/** words of a level of education with no field of study, one of them naming the level */
const EDUCATION_WORDS = new Set(['a', 'an', 'the', 'or', 'and', 'high', 'secondary', 'school', 'college', 'university', 'equivalent', 'equivalency',
  // a kind of degree that names no field ("technical degree", "relevant degree")
  'technical', 'vocational', 'relevant', 'related', 'appropriate', 'advanced', 'professional',
  'some', 'level', 'education', 'minimum', 'required', 'preferred', 'plus', 'graduate', 'undergraduate', 'four-year', 'two-year', '4-year', '2-year',
  'possession', 'of', 'accredited', 'recognized', 'recognised', 'from',
  // where it is from, and a field left open ("from a regionally accepted institution", "in any discipline", "in a related field")
  'institution', 'institutions', 'regionally', 'accepted', 'approved', 'in', 'any', 'field', 'fields', 'discipline', 'subject', 'area',
  // how it is asked ("Hold at least a Bachelor's Degree", "Educated to degree level", "Must have a degree")
  'hold', 'holds', 'holding', 'at', 'least', 'possess', 'possesses', 'have', 'has', 'must', 'be', 'educated', 'to']);
const EDUCATION_LEVELS = new Set(['diploma', 'ged', 'hse', 'degree', 'baccalaureate', 'bachelor', "bachelor's", 'bachelors', "master's", 'masters', 'master', "associate's",
  'associates', 'associate', 'doctorate', 'phd', 'hsc', 'ssc', 'gcse', 'gcses', 'a-level', 'a-levels', 'btec', 'nvq', 'bsc', 'ba', 'bs', 'ms', 'msc', 'mba']);

/** "High school diploma or GED", "Bachelor's degree (some college preferred)": a level of education and nothing else */
export function namesEducationLevel(text: string): boolean {
  const words = text.toLowerCase().replace(/’/g, "'").replace(/[^\p{L}\p{N}'\s-]+/gu, ' ').split(/\s+/).filter(Boolean);
  return words.some((w) => EDUCATION_LEVELS.has(w)) && words.every((w) => EDUCATION_LEVELS.has(w) || EDUCATION_WORDS.has(w));
}

/** A level of education: 1 school, 2 associate's, 3 bachelor's, 4 master's, 5 doctorate; a level meets every requirement at or below it. */
export type EducationLevel = 1 | 2 | 3 | 4 | 5;

/** an associate's degree (or a two-year one): read before "degree" alone, which it also says */
const ASSOCIATE = /\b(?:associate(?:'?s)?\s+(?:degree|of)|associates\s+degree|(?:two|2)[- ]year degree|foundation degree|hnd|hnc|a\.\s?a\.\s?s?\.?)(?!\w)/i;

// highest first: a line naming two levels ("BSc, then MSc") holds the higher. Capital
// abbreviations count as written ("BA (Hons)", "MS in Biology"), not in lower case, and "MS
// Office" is no master's: an abbreviation directly before a product word is left.
const LEVEL_WORDS: Array<[EducationLevel, RegExp, RegExp?]> = [
  [5, /\b(?:doctorate|doctoral|ph\.?\s?d|d\.?\s?phil|ed\.?\s?d)(?!\w)/i],
  [4, /\b(?:master(?:'?s)?|post-?graduate|m\.\s?sc?\.?|m\.\s?a\.|m\.\s?ed\.?|msc|mba|mph|msn|mres|mphil)(?!\w)/i,
    /\b(?:MS|MA|MEd|MSc)\b(?!\s+(?:Office|Word|Excel|Access|Project|Teams|Dynamics|SQL|Windows|Outlook)\b)/],
  [3, /\b(?:bachelor(?:'?s)?|baccalaureate|undergraduate degree|(?:four|4)[- ]year degree|b\.\s?sc?\.?|b\.\s?a\.|b\.\s?ed\.?|bsc|bsn|beng|b\.\s?eng|btech|b\.\s?tech|llb|degree)(?!\w)/i,
    /\b(?:BS|BA|BEd|BSc)(?!\w)/],
  [2, ASSOCIATE],
  [1, /\b(?:high school|secondary school|ged|hse|diploma|gcses?|a[- ]levels?|btec|nvq)(?!\w)/i],
];
/** a bachelor's named as such (not "degree" alone, which an associate's degree also says) */
const NAMED_BACHELOR = /\b(?:bachelor|baccalaureate|b\.\s?sc?|bsc|b\.\s?a\.)\b|\b(?:BS|BA|BSc)(?!\w)/i;

/**
 * The level of education a text names, the highest it names: "Masters of Science in Education"
 * 4, "Bachelor's degree" 3, "High school diploma or GED" 1; undefined when it names none. An
 * associate's degree is read before "degree" alone (which, asked for or held, means a bachelor's).
 */
export function educationLevelOf(text: string): EducationLevel | undefined {
  const clean = text.replace(/’/g, "'");
  const associate = ASSOCIATE.test(clean);
  for (const [level, words, capitals] of LEVEL_WORDS) {
    if (level === 3 && associate && !NAMED_BACHELOR.test(clean)) continue;
    if (words.test(clean) || capitals?.test(clean)) return level;
  }
  return undefined;
}
