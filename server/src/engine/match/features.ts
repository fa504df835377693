// The evidence features a match score is computed from, in the order the trained matcher reads
// them; the explanation is built from the same evidence, so the two cannot disagree.
import type { DocumentAnalysis, ExperienceEvidence, SkillEvidence } from '../types.js';
import { titleSimilarity } from './similarity.js';
import { employmentOf } from '../experience/extract.js';

export const FEATURE_NAMES = [
  'skillCoverage', 'skillCoverageStrict', 'missingSkillShare', 'experienceCoverage', 'experienceMetShare',
  'experienceMissingShare', 'titleFit', 'resumeSkillOverlap', 'hasRequirements', 'missingSkillCount',
  'experienceNotMetCount', 'allSkillsFound', 'allExperienceMet', 'listedSkillShare',
] as const;
export type MatchFeatures = Record<(typeof FEATURE_NAMES)[number], number>;

export function computeFeatures(resume: DocumentAnalysis, job: DocumentAnalysis, skills: SkillEvidence[], experience: ExperienceEvidence[]): MatchFeatures {
  const n = skills.length;
  const skillCoverage = n ? skills.reduce((s, e) => s + e.similarity, 0) / n : 0.5;
  const skillCoverageStrict = n ? skills.filter((e) => e.similarity >= 0.99).length / n : 0.5;
  const missingSkillShare = n ? skills.filter((e) => e.similarity === 0).length / n : 0;
  const m = experience.length;
  const experienceCoverage = m ? experience.reduce((s, e) => s + Math.min(1, e.foundYears / Math.max(0.5, e.requiredYears)), 0) / m : 1;
  const experienceMetShare = m ? experience.filter((e) => e.verdict === 'met').length / m : 1;
  const experienceMissingShare = m ? experience.filter((e) => e.verdict === 'missing').length / m : 0;
  const jobTitle = job.title ?? '';
  const titleFit = jobTitle ? Math.max(0, ...employmentOf(resume.experience).map((e) => titleSimilarity(jobTitle, e.title)), resume.title ? titleSimilarity(jobTitle, resume.title) : 0) : 0;
  const resumeNames = new Set(resume.skills.map((s) => s.name.toLowerCase()));
  const jobNames = job.skills.map((s) => s.name.toLowerCase());
  const resumeSkillOverlap = jobNames.length ? jobNames.filter((x) => resumeNames.has(x)).length / jobNames.length : 0;
  return {
    skillCoverage, skillCoverageStrict, missingSkillShare, experienceCoverage, experienceMetShare,
    experienceMissingShare, titleFit, resumeSkillOverlap, hasRequirements: n + m > 0 ? 1 : 0,
    // counts saturate: the fifth missing skill says less than the first
    missingSkillCount: Math.min(5, skills.filter((e) => e.similarity === 0).length) / 5,
    experienceNotMetCount: Math.min(3, experience.filter((e) => e.verdict !== 'met').length) / 3,
    allSkillsFound: n && skills.every((e) => e.similarity > 0) ? 1 : 0,
    allExperienceMet: experience.every((e) => e.verdict === 'met') ? 1 : 0,
    // a skill the resume lists is stronger evidence than one its prose happens to mention
    listedSkillShare: n ? skills.filter((e) => e.similarity > 0 && e.found?.section === 'skills').length / n : 0.5,
  };
}

export function featureVector(f: Record<string, number>): number[] {
  return FEATURE_NAMES.map((k) => f[k]);
}
