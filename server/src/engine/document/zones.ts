// Zones: what each block of a document is for. The learned zone model (models/zone-classifier.ts)
// labels every block; without it, a block's zone follows its section's heading. Consumers ask
// `readingOf` for the section kind a block is read as, so a block under no known heading (or
// under a heading the model overrules) is read by what it says.
import type { DocKind, HrDocument, JobZone, ResumeZone, SectionKind, TextBlock, Zone } from '../types.js';
import { namesEndMatter } from './sections.js';
import { wishesFor } from './asks.js';

export const JOB_ZONES: readonly JobZone[] = [
  'title', 'about', 'summary', 'responsibilities', 'required', 'preferred', 'benefits', 'legal', 'apply', 'testimonial', 'other',
];
export const RESUME_ZONES: readonly ResumeZone[] = [
  'contact', 'summary', 'experience', 'education', 'skills', 'certifications', 'projects', 'publications', 'languages', 'volunteering', 'other',
];

/** Zones of a posting that state what the job asks for: requirements are read only from these. */
export const REQUIREMENT_ZONES: ReadonlySet<Zone> = new Set<Zone>(['required', 'preferred', 'responsibilities', 'summary', 'title']);
/** Zones of a posting that ask for nothing: company blurb, pay and benefits, legal text, how to apply, quotes. */
export const NON_REQUIREMENT_ZONES: ReadonlySet<Zone> = new Set<Zone>(['about', 'benefits', 'legal', 'apply', 'testimonial']);

export function zonesOf(kind: DocKind): readonly Zone[] {
  return kind === 'job' ? JOB_ZONES : RESUME_ZONES;
}

const JOB_ZONE_OF_SECTION: Record<SectionKind, JobZone> = {
  title: 'title', contact: 'apply', summary: 'summary', skills: 'required', experience: 'required', education: 'required',
  certifications: 'required', projects: 'other', requiredSkills: 'required', preferredSkills: 'preferred',
  requiredExperience: 'required', responsibilities: 'responsibilities', about: 'about', benefits: 'benefits', other: 'other',
};
const RESUME_ZONE_OF_SECTION: Record<SectionKind, ResumeZone> = {
  title: 'contact', contact: 'contact', summary: 'summary', skills: 'skills', experience: 'experience', education: 'education',
  certifications: 'certifications', projects: 'projects', requiredSkills: 'skills', preferredSkills: 'skills',
  requiredExperience: 'experience', responsibilities: 'experience', about: 'summary', benefits: 'other', other: 'other',
};

/** The zone a section's heading gives its blocks. */
export function zoneOfSection(kind: SectionKind, docKind: DocKind): Zone {
  if (docKind === 'other') return 'other';
  return docKind === 'job' ? JOB_ZONE_OF_SECTION[kind] : RESUME_ZONE_OF_SECTION[kind];
}

const SECTION_OF_ZONE: Record<Zone, SectionKind> = {
  title: 'title', about: 'about', summary: 'summary', responsibilities: 'responsibilities', required: 'requiredSkills',
  preferred: 'preferredSkills', benefits: 'benefits', legal: 'benefits', apply: 'benefits', testimonial: 'benefits',
  contact: 'contact', experience: 'experience', education: 'education', skills: 'skills', certifications: 'certifications',
  projects: 'projects', publications: 'other', languages: 'other', volunteering: 'other', other: 'other',
};

/** what a line about schooling names: a school, a degree, a grade or a year */
const NAMES_SCHOOLING = /\b(?:university|college|school|institute|academy|diploma|degree|bachelor'?s?|master'?s?|associate'?s?|ph\.?d|mba|b\.?sc?|m\.?sc?|b\.?a|m\.?a|gpa|graduated?|course\s*work|courses?|major|minor|ged)\b|\b(?:19|20)\d\d\b/i;

/**
 * The section kind a block is read as. Its section's kind where the heading and the zone agree
 * (the heading is finer: "Required experience" and "Required skills" are both the required
 * zone); else the zone's, unless the heading names end matter that lists no skills, or a
 * resume's Skills line the zone model calls schooling names none. A job's role summary reads as
 * 'about' (what the role is).
 */
export function readingOf(doc: HrDocument, block: TextBlock): SectionKind {
  const section = doc.sections[block.section]?.kind ?? 'other';
  if (zoneOfSection(section, doc.kind) === block.zone) return section;
  // under "Interests" or "References" a line that looks like a skill ("Lacrosse") is still a hobby
  if (namesEndMatter(doc.sections[block.section]?.heading ?? '')) return section;
  // a resume's Skills line is schooling only when it names a school, a degree or a year: "Lesson
  // planning", "Fluent in Spanish", "Title VII" under Skills read as education lost the skills
  if (section === 'skills' && block.zone === 'education' && !NAMES_SCHOOLING.test(block.text)) return section;
  const reading = SECTION_OF_ZONE[block.zone];
  return doc.kind === 'job' && reading === 'summary' ? 'about' : reading;
}

/**
 * A posting's list serves one purpose. Where a list's heading and at least two thirds of its
 * items agree on a zone, an item the zone model puts across the line between asking for
 * something and not (how to apply, legal text, benefits) was pulled there by its neighbour, not
 * written so: "IV drug administration", last under "Skills & Experience" before a paragraph on
 * pre-employment checks, read as how to apply. It takes the list's zone. An item of a requirement
 * list read as preferred ("a plus") keeps its zone: that is a difference within the list.
 */
export function alignListZones(doc: HrDocument): void {
  if (doc.kind !== 'job') return;
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length && blocks[j].type === 'item' && blocks[j].section === blocks[i].section) j++;
    if (j - i >= 3) alignRun(doc, blocks.slice(i, j));
    i = Math.max(j, i + 1);
  }
}

function alignRun(doc: HrDocument, run: TextBlock[]): void {
  const section = doc.sections[run[0].section];
  if (!section || section.kind === 'other') return;
  const headed = zoneOfSection(section.kind, doc.kind);
  const agreeing = run.filter((b) => b.zone === headed).length;
  if (agreeing === run.length || agreeing * 3 < run.length * 2) return;
  const asks = REQUIREMENT_ZONES.has(headed);
  for (const b of run) {
    const pulledAway = asks ? NON_REQUIREMENT_ZONES.has(b.zone) : NON_REQUIREMENT_ZONES.has(headed) && REQUIREMENT_ZONES.has(b.zone);
    if (!pulledAway) continue;
    b.zone = headed;
    b.zoneConfidence = Math.round((agreeing / run.length) * 1000) / 1000;
  }
}

/**
 * A line that states its own need is read by it: "Experience teaching debate required", "The
 * applicant must be fully vaccinated" among wished-for lines ("Masters Degree Preferred") was
 * read as preferred with them. A line of a section its heading calls preferred keeps its zone,
 * and so does one that also wishes ("Degree required, MBA preferred": its clauses decide).
 */
export function readStatedNeed(doc: HrDocument): void {
  if (doc.kind !== 'job') return;
  for (const b of doc.blocks) {
    if (b.zone !== 'preferred' || doc.sections[b.section]?.kind === 'preferredSkills') continue;
    if (STATES_NEED.test(b.text) && !wishesFor(b.text)) b.zone = 'required';
  }
}
const STATES_NEED = /\b(?:required|requirement|must|mandatory|essential|compulsory|obligatory)\b/i;

/**
 * What a posting's selection process will examine ("candidates may be examined for knowledge of:
 * ...; and the ability to: ...", "the following competencies may be evaluated: Judgment and
 * Decision Making, ...") names the competencies the post values, though it sits among how to
 * apply: civil-service postings state their knowledge, skills and abilities there and nowhere
 * else. Such a block is read as the posting's preferred qualifications: its skills are the
 * posting's, and none is a minimum a resume is held to (the requirements section states those).
 */
export function readAssessedCompetencies(doc: HrDocument): void {
  if (doc.kind !== 'job') return;
  for (const b of doc.blocks) {
    if (NON_REQUIREMENT_ZONES.has(b.zone) && ASSESSES_COMPETENCIES.test(b.text)) b.zone = 'preferred';
  }
}

/**
 * "candidates may be examined for knowledge of", "the following competencies may be evaluated",
 * "applicants will be assessed on their ability to"; a test that examines "candidates' knowledge
 * of"; an interview whose "emphasis may be placed on" experience "including knowledge of: ..."
 */
const ASSESSES_COMPETENCIES = new RegExp([
  /\b(?:candidates|applicants)\s+(?:may|will)\s+be\s+(?:examined|evaluated|tested|assessed)\s+(?:for|on)\s+(?:(?:their|the\s+following)\s+)?(?:knowledge|skills?|abilit(?:y|ies)|competenc(?:y|ies))\b/.source,
  /\bcompetencies\s+(?:may|will)\s+be\s+(?:evaluated|examined|assessed|tested|measured)\b/.source,
  /\b(?:examine|test|evaluate|assess|measure)s?\s+(?:the\s+)?(?:candidates?|applicants?)['’]?s?['’]?\s+(?:knowledge|skills?|abilit(?:y|ies)|competenc(?:y|ies))\b/.source,
  /\bemphasis\s+(?:may|will)\s+be\s+placed\s+on\b[^.]*?\b(?:knowledge\s+of|abilit(?:y|ies)\s+to)\b/.source,
].join('|'), 'i');

/** Zones from headings alone: the fallback when no zone model is installed, and the parser's default. */
export function labelZonesByHeadings(doc: HrDocument): void {
  for (const block of doc.blocks) {
    const section = doc.sections[block.section]?.kind ?? 'other';
    block.zone = !block.text.trim() && doc.kind !== 'other' ? blankZone(doc.kind) : zoneOfSection(section, doc.kind);
    block.zoneConfidence = 1;
  }
}

/** A block the parser blanked (a contact line: e-mail, phone) is contact details, or how to apply in a posting. */
export function blankZone(kind: DocKind): Zone {
  return kind === 'job' ? 'apply' : kind === 'resume' ? 'contact' : 'other';
}
