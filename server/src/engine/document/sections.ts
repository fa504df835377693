// Section headings people actually write, folded to a small set of kinds. A heading's kind can
// depend on the document's kind ("Experience" in a job description is a requirement).
import type { DocKind, SectionKind } from '../types.js';
import { readsAsRoleTitle } from '../experience/lexicon.js';

function key(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']/g, "'")
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Headings of a resume's end matter that never list skills: what its lines name (a sport, a society, a referee) is read as written. */
const END_MATTER: ReadonlySet<string> = new Set(['interests', 'hobbies', 'hobbies and interests', 'interests and hobbies', 'references',
  'affiliations', 'professional affiliations', 'memberships', 'professional memberships', 'publications', 'activities', 'honors',
  'honors and awards', 'awards and honors', 'awards']);

const EXACT: Record<string, SectionKind | { resume: SectionKind; job: SectionKind }> = {
  'job title': 'title', 'title': 'title', 'position': 'title', 'position title': 'title', 'role': 'title', 'job': 'title',
  'personal information': 'contact', 'personal info': 'contact', 'contact': 'contact', 'contact information': 'contact',
  'contact info': 'contact', 'personal details': 'contact', 'contact details': 'contact',
  'summary': { resume: 'summary', job: 'about' }, 'profile': 'summary', 'professional summary': 'summary',
  'objective': 'summary', 'career objective': 'summary', 'about me': 'summary', 'professional profile': 'summary',
  'career summary': 'summary', 'personal statement': 'summary', 'executive summary': 'summary', 'executive profile': 'summary',
  'career overview': 'summary', 'career focus': 'summary', 'professional overview': 'summary',
  'core qualifications': { resume: 'skills', job: 'requiredSkills' }, 'core strengths': 'skills', 'summary of skills': 'skills',
  'job summary': 'about', 'job description': 'about', 'about the role': 'about', 'about the job': 'about', 'overview': 'about',
  'role overview': 'about', 'about us': 'about', 'about the company': 'about', 'who we are': 'about', 'the role': 'about',
  'about the position': 'about', 'position summary': 'about', 'description': 'about', 'company overview': 'about',
  'how to apply': 'about', 'application process': 'about', 'eeo statement': 'about',
  'skills': { resume: 'skills', job: 'requiredSkills' }, 'technical skills': { resume: 'skills', job: 'requiredSkills' },
  'core competencies': 'skills', 'competencies': 'skills', 'key skills': { resume: 'skills', job: 'requiredSkills' },
  'areas of expertise': 'skills', 'expertise': 'skills', 'skills and abilities': { resume: 'skills', job: 'requiredSkills' },
  'skills and expertise': 'skills', 'technologies': 'skills', 'tools': 'skills', 'tools and technologies': 'skills',
  'skill set': 'skills', 'skillset': 'skills', 'core skills': 'skills', 'relevant skills': 'skills', 'abilities': 'skills',
  'experience': { resume: 'experience', job: 'requiredExperience' }, 'work experience': 'experience', 'work history': 'experience',
  'employment': 'experience', 'employment history': 'experience', 'professional experience': 'experience',
  'career history': 'experience', 'relevant experience': { resume: 'experience', job: 'requiredExperience' },
  'experience and qualifications': { resume: 'experience', job: 'requiredExperience' },
  'education': 'education', 'academic background': 'education', 'education and training': 'education', 'academics': 'education',
  'certifications': 'certifications', 'certificates': 'certifications', 'licenses': 'certifications',
  'licenses and certifications': 'certifications', 'certifications and licenses': 'certifications', 'training': 'certifications',
  'projects': 'projects', 'selected projects': 'projects', 'key projects': 'projects',
  'required skills': 'requiredSkills', 'requirements': 'requiredSkills', 'qualifications': { resume: 'education', job: 'requiredSkills' },
  "what you'll need": 'requiredSkills', 'what you need': 'requiredSkills', "what we're looking for": 'requiredSkills',
  'what we are looking for': 'requiredSkills', 'about you': 'requiredSkills', 'about the candidate': 'requiredSkills', 'about the applicant': 'requiredSkills', 'must have': 'requiredSkills', 'must haves': 'requiredSkills',
  'skills required': 'requiredSkills', 'minimum qualifications': 'requiredSkills', 'required qualifications': 'requiredSkills',
  'basic qualifications': 'requiredSkills', 'who you are': 'requiredSkills', 'you have': 'requiredSkills',
  "what you'll bring": 'requiredSkills', 'what you bring': 'requiredSkills', 'key requirements': 'requiredSkills',
  'nice to have': 'preferredSkills', 'nice to haves': 'preferredSkills', 'preferred qualifications': 'preferredSkills',
  'preferred skills': 'preferredSkills', 'bonus points': 'preferredSkills', 'desired skills': 'preferredSkills',
  'bonus': 'preferredSkills', 'pluses': 'preferredSkills', 'preferred': 'preferredSkills',
  'required experience': 'requiredExperience', 'experience required': 'requiredExperience',
  'experience requirements': 'requiredExperience', 'years of experience': 'requiredExperience',
  'responsibilities': 'responsibilities', "what you'll do": 'responsibilities', 'what you will do': 'responsibilities',
  'duties': 'responsibilities', 'key responsibilities': 'responsibilities', 'your role': 'responsibilities',
  'job duties': 'responsibilities', 'duties and responsibilities': 'responsibilities', 'day to day': 'responsibilities',
  'job responsibilities': 'responsibilities', 'main responsibilities': 'responsibilities', 'in this role you will': 'responsibilities',
  'benefits': 'benefits', 'perks': 'benefits', 'what we offer': 'benefits', 'compensation': 'benefits',
  'salary': 'benefits', 'compensation and benefits': 'benefits', 'why join us': 'benefits',
  'benefits include': 'benefits', 'rewards and benefits': 'benefits', 'salary and benefits': 'benefits',
  // section names real resumes and postings use that read as skills when taken for text
  'highlights': { resume: 'skills', job: 'about' }, 'skill highlights': 'skills', 'skills highlights': 'skills',
  'accomplishments': 'other', 'achievements': 'other', 'key achievements': 'other',
  'what we look for': 'requiredSkills', 'notes': 'other', 'note': 'other', 'process notes': 'other',
  // the person sought, a person specification's columns, what the post gives, as postings write them
  'the person': 'requiredSkills', 'person specification': 'requiredSkills', 'the candidate': 'requiredSkills',
  'the ideal candidate': 'requiredSkills', 'ideal candidate': 'requiredSkills', "who we're looking for": 'requiredSkills',
  'who we are looking for': 'requiredSkills', 'you will have': 'requiredSkills', "you'll have": 'requiredSkills',
  'essential': 'requiredSkills', 'essential criteria': 'requiredSkills', 'desirable': 'preferredSkills',
  'desirable criteria': 'preferredSkills', 'beneficial': 'preferredSkills', 'what you will get': 'benefits', "what you'll get": 'benefits',
  'what we can offer': 'benefits', 'what we can offer you': 'benefits', 'what we offer you': 'benefits',
  'essential job functions': 'responsibilities', 'essential functions': 'responsibilities', 'essential duties': 'responsibilities',
  'main duties': 'responsibilities', 'general description': 'about', 'job type': 'about',
  'languages': { resume: 'skills', job: 'requiredSkills' }, 'language skills': { resume: 'skills', job: 'requiredSkills' },
  'additional information': 'other', 'additional info': 'other', 'other information': 'other',
  'links': 'contact', 'websites': 'contact', 'web links': 'contact', 'online profiles': 'contact',
  ...Object.fromEntries([...END_MATTER].map((heading) => [heading, 'other' as const])),
};

/** Whether a heading names end matter that lists no skills ("Interests", "References", "Affiliations"). */
export function namesEndMatter(heading: string): boolean {
  return END_MATTER.has(key(heading.replace(/[:*_]/g, '')));
}

/** Whether a heading is one of the common headings hrdocs reads word for word ("Experience", "Responsibilities"), not by a looser pattern. */
export function isStandardHeading(heading: string): boolean {
  const k = key(heading.replace(/[:*_]/g, ''));
  return (EXACT[k] ?? EXACT[k.replace(/^(my|our|your|the) /, '')]) !== undefined;
}

/** Section kind of a heading, or undefined when the heading is not one hrdocs knows. */
export function sectionKindOf(heading: string, docKind: DocKind): SectionKind | undefined {
  const k = key(heading);
  const exact = EXACT[k] ?? EXACT[k.replace(/^(my|our|your|the) /, '')];
  if (exact) return typeof exact === 'string' ? exact : exact[docKind === 'other' ? 'resume' : docKind];
  if (!k || k.split(' ').length > 6) return undefined;
  // a role's title above its dates ("Project Accountant", "Benefits Specialist") names no section
  if (readsAsRoleTitle(k)) return undefined;
  return looseKindOf(k, docKind);
}

/** The kind a heading not written word for word names by one of its words ("Summary of Skills", "Military Experience"). */
function looseKindOf(k: string, docKind: DocKind): SectionKind | undefined {
  // pay named with benefits is what a post offers ("Salary & benefits")
  if (/\bbenefits?\b/.test(k) && /\b(salary|pay)\b/.test(k)) return 'benefits';
  // logistics of a posting, not skills ("Travel requirement", "Security clearance requirements")
  if (/\b(travel|schedule|location|salary|pay|clearance|citizenship|security|relocation|remote|telework|hours|appointment|application|apply)\b/.test(k)) return 'about';
  // legal text asks for nothing either ("Equal opportunity", "Disclaimer", "EEO statement")
  if (/\b(equal|opportunity|eeo|legal|disclaimer|diversity|discrimination|safeguarding|accommodation|privacy)\b/.test(k)) return 'about';
  if (/\b(nice to have|preferred|bonus|desired|desirable)\b/.test(k)) return 'preferredSkills';
  if (/\bresponsibilit|\bduties\b|what you('ll| will) do/.test(k)) return 'responsibilities';
  if (/\bbenefit|\bperks?\b|\bsalary\b|\bcompensation\b/.test(k)) return 'benefits';
  if (/\bcertific|\blicen[cs]e/.test(k)) return 'certifications';
  if (/\beducation\b|\bdegree/.test(k)) return 'education';
  if (/\brequire|\bqualification|\bmust\b/.test(k)) return /experience/.test(k) ? 'requiredExperience' : 'requiredSkills';
  if (/\bskill|\bcompetenc|\bexpertise\b|\btechnolog|\btools?\b/.test(k)) return docKind === 'job' ? 'requiredSkills' : 'skills';
  if (/\bexperience\b|\bemployment\b|\bwork history\b|\bcareer\b/.test(k)) return docKind === 'job' ? 'requiredExperience' : 'experience';
  if (/\bsummary\b|\bprofile\b|\bobjective\b/.test(k)) return docKind === 'job' ? 'about' : 'summary';
  if (/\babout\b|\boverview\b/.test(k)) return 'about';
  if (/\bprojects?\b/.test(k)) return 'projects';
  if (/\bcontact\b|\bpersonal\b/.test(k)) return 'contact';
  return undefined;
}

/**
 * Whether a label that is no common heading (see isStandardHeading) names its section by its head
 * noun ("Core Qualifications", "Military Experience", "Experience with Python and SQL", "Education
 * and Coursework"), not by a word before it: "Project Management", "Benefits Administration" and
 * "Employment Law" are skills, and a line ending in "Contact" is a product ("Constant Contact").
 */
export function headNamesSection(label: string): boolean {
  // the head of each conjunct before any prepositional phrase is its last word, or the word
  // before a word that only groups ("Skill Areas", "Technology Highlights")
  const conjuncts = label.split(/,|&|\/|\band\b|\bor\b/i).map((part) => key(part).split(/ (?:with|in|of|for|on|at|to|from|by) /)[0]);
  return conjuncts.some((part) => {
    const words = part.split(' ');
    const head = GROUPING_WORD.test(words.at(-1) ?? '') && words.length > 1 ? words.at(-2)! : words.at(-1) ?? '';
    const kind = looseKindOf(head, 'resume');
    return kind !== undefined && kind !== 'contact';
  });
}

const GROUPING_WORD = /^(?:areas?|highlights|strengths|sets?|list|inventory|details|info|information|history)$/;

/** Headings that only a job description has, and those only a resume has: evidence for the document's kind. */
export function kindEvidence(heading: string): { job: number; resume: number } {
  const asJob = sectionKindOf(heading, 'job');
  const asResume = sectionKindOf(heading, 'resume');
  const jobOnly: SectionKind[] = ['requiredSkills', 'requiredExperience', 'responsibilities', 'benefits', 'preferredSkills', 'about', 'title'];
  const resumeOnly: SectionKind[] = ['experience', 'education', 'contact', 'summary', 'certifications', 'projects'];
  const k = key(heading);
  return {
    job: (asJob && jobOnly.includes(asJob) && asResume === asJob ? 1 : 0) + (/^(required|requirements|job )/.test(k) ? 1 : 0),
    resume: asResume && resumeOnly.includes(asResume) && !(asJob && jobOnly.includes(asJob) && asJob !== 'requiredExperience') ? 1 : 0,
  };
}
