// The evidence features a match score is computed from, in the order the trained matcher reads
// them; the explanation is built from the same evidence, so the two cannot disagree.
import type { DocumentAnalysis, ExperienceEvidence, MatchFactor, SkillEvidence } from '../types.js';
import { workTitleSimilarity } from './similarity.js';
import { employmentOf, namedTitle } from '../experience/extract.js';
import { lexicalFeatures, WordIdf } from './lexical.js';
import { occupationFeatures } from './occupations.js';
import type { SkillGraph } from '../graph/graph.js';
import type { OccupationRanker } from '../generate/ranker.js';
import type { TitleLexicon } from '../experience/lexicon.js';
import { roleFieldFit } from './field.js';
import { levelFeatures } from './level.js';
import { credentialEvidence, credentialMissingShare } from './credentials.js';

export const FEATURE_NAMES = [
  'skillCoverage', 'skillCoverageStrict', 'missingSkillShare', 'experienceCoverage', 'experienceMetShare',
  'experienceMissingShare', 'titleFit', 'resumeSkillOverlap', 'hasRequirements', 'missingSkillCount',
  'experienceNotMetCount', 'allSkillsFound', 'allExperienceMet', 'listedSkillShare',
  'lexicalCoverageCore', 'lexicalCoverageAll', 'lexicalFocus', 'roleTitleInJob', 'occupationTitleFit', 'occupationFit',
  'lexicalAgreement', 'roleFieldFit', 'levelBelowJob', 'levelAboveJob', 'credentialMissingShare',
  'jobTitleInRecentTitles',
] as const;
export type MatchFeatures = Record<(typeof FEATURE_NAMES)[number], number>;

/**
 * How each feature moves when the resume gains evidence (a true skill, more relevant years):
 * +1 never falls, -1 never rises, 0 does not move with that evidence at all (it depends on the
 * job only, or on the resume's titles). The trained matcher's weights are constrained to the
 * signs of +1 and -1 features and free on 0 features, so more evidence never lowers a score. A
 * feature evidence leaves unchanged may still be given a sign, as a prior on what it can mean.
 */
export const FEATURE_DIRECTIONS: Record<(typeof FEATURE_NAMES)[number], 1 | -1 | 0> = {
  skillCoverage: 1, skillCoverageStrict: 1, missingSkillShare: -1, experienceCoverage: 1, experienceMetShare: 1,
  experienceMissingShare: -1, titleFit: 1, resumeSkillOverlap: 1, hasRequirements: 0, missingSkillCount: -1,
  experienceNotMetCount: -1, allSkillsFound: 1, allExperienceMet: 1, listedSkillShare: 1,
  // lexicalFocus rises with every word added that the job uses (a true required skill, a
  // relevant duty); an unrelated word lowers it, which is no evidence for this job
  lexicalCoverageCore: 1, lexicalCoverageAll: 1, lexicalFocus: 1, roleTitleInJob: 1, occupationTitleFit: 1, occupationFit: 1,
  lexicalAgreement: 1,
  // read from the resume's role titles only, which a skill or more years leave unchanged
  roleFieldFit: 1,
  // ranks read from titles, which a skill or more years leave unchanged: a resume above or below
  // the job's rank is a mismatch either way, so a rank gap may lower a score and never raise it
  // (left free, the network read an HR director as a better fit for an HR adviser post than
  // for a post at his own rank; judges call such a step down near, not right)
  levelBelowJob: -1, levelAboveJob: -1,
  // a licence the resume comes to name is one fewer missing
  credentialMissingShare: -1,
  // read from the resume's titles, which a skill or more years leave unchanged
  jobTitleInRecentTitles: 1,
};

/** The factors an explanation names, each a group of features. */
export const FACTORS: Record<MatchFactor, ReadonlyArray<(typeof FEATURE_NAMES)[number]>> = {
  skills: ['skillCoverage', 'skillCoverageStrict', 'missingSkillShare', 'resumeSkillOverlap', 'missingSkillCount', 'allSkillsFound', 'listedSkillShare'],
  experience: ['experienceCoverage', 'experienceMetShare', 'experienceMissingShare', 'experienceNotMetCount', 'allExperienceMet'],
  titles: ['titleFit', 'roleTitleInJob', 'occupationTitleFit', 'jobTitleInRecentTitles'],
  wording: ['lexicalCoverageCore', 'lexicalCoverageAll', 'lexicalFocus', 'lexicalAgreement'],
  field: ['occupationFit', 'roleFieldFit'],
  rank: ['levelBelowJob', 'levelAboveJob'],
  credentials: ['credentialMissingShare'],
};

/** What the whole-document features read beyond the two analyses. */
export interface FeatureContext {
  /** posting word IDF (uniform weights without it) */
  idf?: WordIdf;
  /** the skill-occupation graph (occupation features are 0 without it) */
  graph?: SkillGraph;
  /** the occupation ranker (roleFieldFit is 0 without it, or without the graph) */
  ranker?: OccupationRanker;
  /** which words head titles, so the ranker reads role titles as the generator does, which fields a title's head names and which heads name support posts */
  titles?: TitleLexicon;
}

export function computeFeatures(resume: DocumentAnalysis, job: DocumentAnalysis, skills: SkillEvidence[], experience: ExperienceEvidence[], context: FeatureContext = {}): MatchFeatures {
  const n = skills.length;
  const skillCoverage = n ? skills.reduce((s, e) => s + e.similarity, 0) / n : 0.5;
  const skillCoverageStrict = n ? skills.filter((e) => e.similarity >= 0.99).length / n : 0.5;
  const missingSkillShare = n ? skills.filter((e) => e.similarity === 0).length / n : 0;
  const m = experience.length;
  const experienceCoverage = m ? experience.reduce((s, e) => s + Math.min(1, e.foundYears / Math.max(0.5, e.requiredYears)), 0) / m : 1;
  const experienceMetShare = m ? experience.filter((e) => e.verdict === 'met').length / m : 1;
  const experienceMissingShare = m ? experience.filter((e) => e.verdict === 'missing').length / m : 0;
  const jobTitle = job.title ?? '';
  const heldTitles = [...employmentOf(resume.experience).map(namedTitle), resume.title].filter((t): t is string => !!t);
  const titleFit = jobTitle ? Math.max(0, ...heldTitles.map((t) => workTitleSimilarity(jobTitle, t, context.titles))) : 0;
  const resumeNames = new Set(resume.skills.map((s) => s.name.toLowerCase()));
  const jobNames = job.skills.map((s) => s.name.toLowerCase());
  const resumeSkillOverlap = jobNames.length ? jobNames.filter((x) => resumeNames.has(x)).length / jobNames.length : 0;
  const lexical = lexicalFeatures(resume, job, context.idf ?? WordIdf.uniform(), context.titles);
  const occupation = context.graph ? occupationFeatures(context.graph, resume, job) : { occupationTitleFit: 0, occupationFit: 0 };
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
    ...lexical,
    ...occupation,
    roleFieldFit: context.ranker && context.graph ? roleFieldFit(context.ranker, context.graph, resume, job, context.titles) : 0,
    ...levelFeatures(resume, job, context.titles),
    credentialMissingShare: credentialMissingShare(credentialEvidence(resume, job)),
  };
}

export function featureVector(f: Record<string, number>): number[] {
  return FEATURE_NAMES.map((k) => f[k]);
}
