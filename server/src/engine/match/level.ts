// Whether the resume's rank fits the job's: an HR assistant is not shortlisted for an HR business
// partner post, nor an executive chef for a line cook's. Both ranks are read from titles
// (lang/en/seniority.ts roleLevel); the job's is raised by the years it asks for and by its pay
// band. The resume's comes from its headline and latest role only, never from its years or
// skills, so a skill or more years added to a resume leave these features as they are (the
// matcher stays monotone in that evidence).
import { employmentOf, namedTitle } from '../experience/extract.js';
import { payBandLevel, roleLevel, type RankWords } from '../lang/en/seniority.js';
import type { DocumentAnalysis } from '../types.js';

export interface LevelFeatures {
  /** how many ranks the job's title sits above the resume's latest role (0-1, thirds) */
  levelBelowJob: number;
  /** how many ranks the resume's latest role sits above the job's title (0-1, thirds) */
  levelAboveJob: number;
}

/** how much of a posting's opening may state its pay band */
const BAND_WINDOW = 3000;

/**
 * The rank a job asks for: the rank its pay band states where it names one (an "Administrator"
 * at band 3 is a support post, an "IT Infrastructure Manager" at band 7 runs a service), else its
 * title's; raised to senior where it asks for 5+ years.
 */
export function jobLevel(job: DocumentAnalysis, rankWords?: RankWords): number | undefined {
  // of ways to qualify ("a degree and 2 years, or 6 years") the shortest is what the post asks
  // for, a way that asks for years twice ("three years, one of which as ...") asking for the more
  const perWay = new Map<number, number>();
  const groupOf = new Map<number, number>();
  job.experienceRequirements.forEach((r, k) => {
    if (!r.required) return;
    const way = r.wayToQualify ?? k;
    perWay.set(way, Math.max(perWay.get(way) ?? 0, r.years));
    groupOf.set(way, r.alternativeGroup ?? k);
  });
  const least = new Map<number, number>();
  for (const [way, years] of perWay) {
    const group = groupOf.get(way)!;
    least.set(group, Math.min(least.get(group) ?? Infinity, years));
  }
  const years = Math.max(0, ...least.values());
  const byYears = years >= 5 ? 2 : undefined;
  const stated = payBandLevel(job.doc.source.slice(0, BAND_WINDOW)) ?? (job.title ? roleLevel(job.title, rankWords) : undefined);
  return stated === undefined ? byYears : Math.max(stated, byYears ?? 0);
}

/** The rank a resume claims: the higher of its headline's and its latest role's. */
export function resumeLevel(resume: DocumentAnalysis, rankWords?: RankWords): number | undefined {
  const latest = employmentOf(resume.experience)[0];
  const titles = [resume.title, latest && namedTitle(latest)].filter((t): t is string => !!t && !!t.trim());
  return titles.length ? Math.max(...titles.map((t) => roleLevel(t, rankWords))) : undefined;
}

export function levelFeatures(resume: DocumentAnalysis, job: DocumentAnalysis, rankWords?: RankWords): LevelFeatures {
  const want = jobLevel(job, rankWords);
  const have = resumeLevel(resume, rankWords);
  if (want === undefined || have === undefined) return { levelBelowJob: 0, levelAboveJob: 0 };
  return { levelBelowJob: Math.max(0, want - have) / 3, levelAboveJob: Math.max(0, have - want) / 3 };
}
