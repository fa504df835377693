// The engine's public data model. Nothing here knows about LSP; positions are LSP-shaped
// (zero-based line, UTF-16 character) because every consumer (editor, CLI, evaluator) wants them.

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

/** 'other': Markdown that is neither (a README, notes): it gets no findings, lenses or matches. */
export type DocKind = 'resume' | 'job' | 'other';

export type SectionKind =
  | 'title' | 'contact' | 'summary' | 'skills' | 'experience' | 'education' | 'certifications'
  | 'projects' | 'requiredSkills' | 'preferredSkills' | 'requiredExperience' | 'responsibilities'
  | 'about' | 'benefits' | 'other';

/**
 * What a block is for, the way a recruiter reads it. A job posting's zones and a resume's differ;
 * 'summary' and 'other' belong to both. Requirements are read only from a posting's requirement
 * zones (required, preferred, responsibilities, summary, title), never from benefits or legal text.
 */
export type JobZone =
  | 'title' | 'about' | 'summary' | 'responsibilities' | 'required' | 'preferred'
  | 'benefits' | 'legal' | 'apply' | 'testimonial' | 'other';
export type ResumeZone =
  | 'contact' | 'summary' | 'experience' | 'education' | 'skills' | 'certifications'
  | 'projects' | 'publications' | 'languages' | 'volunteering' | 'other';
export type Zone = JobZone | ResumeZone;

export type ListStyle = 'bullet' | 'numbered' | 'comma' | 'lines' | 'none';

/** A run of analyzable plain text (a paragraph, list item, heading or table cell) with its map back to the source. */
export interface TextBlock {
  /** plain text: Markdown syntax, URLs, code and comments removed */
  text: string;
  /** source offset (UTF-16 index into HrDocument.source) of each character of `text` */
  offsets: number[];
  /** index into HrDocument.sections, -1 before the first heading */
  section: number;
  /** 'item' for a list item, 'paragraph', 'heading', 'cell' */
  type: 'item' | 'paragraph' | 'heading' | 'cell';
  /** what the block is for (set once the document's kind is known; 'other' for kind other) */
  zone: Zone;
  /** how sure the zone is, 0-1 (1 for a zone given by a known heading when no model runs) */
  zoneConfidence: number;
}

export interface Section {
  kind: SectionKind;
  /** heading text as written, '' for the implicit section before the first heading */
  heading: string;
  level: number;
  /** the heading is a plain line that reads as a label ("Required Skills", "WHERE TO APPLY:"), not a Markdown heading */
  labelLine?: boolean;
  headingRange?: Range;
  /** from the heading (or document start) to the next heading of the same or higher level */
  range: Range;
  /** indices into HrDocument.blocks */
  blocks: number[];
  /** how the section's list is written, used when an edit adds an item in the same style */
  listStyle: ListStyle;
  /** for bullets: the marker text ('-', '*', '+'); for numbered: the next number's delimiter ('.' or ')') */
  listMarker?: string;
}

export interface HrDocument {
  uri: string;
  source: string;
  kind: DocKind;
  /** how the kind was decided */
  kindReason: 'front-matter' | 'file-name' | 'headings' | 'explicit' | 'classifier';
  frontMatter: Record<string, unknown>;
  title?: string;
  sections: Section[];
  blocks: TextBlock[];
  /** start offset of each source line, for offset -> Position conversion */
  lineStarts: number[];
  /** regions hrdocs was told to ignore (<!-- hrdocs-disable --> ... ), as source offset pairs */
  disabled: Array<[number, number]>;
}

export interface SkillMention {
  /** canonical skill name shown to the user */
  name: string;
  /** the text as written in the document */
  text: string;
  kind: 'skill' | 'knowledge';
  /** graph id (ESCO URI, O*NET id, or 'rjdb:<name>'); 'new:<norm>' for a skill no taxonomy lists; 'workspace:<norm>' for one of the workspace's skills.txt */
  id: string;
  /** the extractor's score: what a document's skill set, a job's requirements and a match's evidence are cut on */
  confidence: number;
  /**
   * the probability that a recruiter calls it a right skill of the document under this name (the
   * skill calibrator's; absent without one): what hints are cut on and what a hover shows
   */
  probability?: number;
  range: Range;
  /** the section kind its block is read as */
  section: SectionKind;
  /** the zone of its block: a posting's requirements come only from requirement zones */
  zone: Zone;
  /** which part of the engine found it; 'workspace': the workspace's own skills (.hrdocs/skills.txt) */
  source: 'phrase' | 'tagger' | 'section-item' | 'workspace';
}

export interface ExperienceEntry {
  title: string;
  employer?: string;
  /** where the role was, as the header writes it ("City , State", "Pune") */
  location?: string;
  /** 'YYYY-MM' */
  start: string;
  /** 'YYYY-MM'; the reference month when the entry is current ("Present") */
  end: string;
  current: boolean;
  months: number;
  years: number;
  range: Range;
  /** the exact date text as written, which edits must never change */
  dateText: string;
  dateRange: Range;
  /** the zone of the block the entry's dates are in (a volunteer post: 'volunteering') */
  zone?: ResumeZone;
  /**
   * Whether the role is employment, counted in years of experience: an entry of an experience
   * zone (any zone but volunteering, education and certifications when the resume has none).
   * Volunteer posts and club offices are roles, not employment. Absent means employment.
   */
  employment?: boolean;
}

export interface ExperienceRequirement {
  /** the requirement as written */
  text: string;
  /** role or field the years are asked for ("Registered Nurse", "Python") */
  subject: string;
  years: number;
  /** false for a preferred (desirable) requirement: it never counts against a resume */
  required: boolean;
  /**
   * Requirements with the same group are ways to qualify ("1. A degree and two years of ...; or
   * 2. Six years of ..."): meeting one meets the group. The group is the index of its first member.
   */
  alternativeGroup?: number;
  /**
   * Of a group, the way to qualify this requirement is part of, by the index of the way's first
   * requirement: a way that asks for years twice ("Three years as a Steam Plant Assistant, one year
   * of which as a Steam Plant Assistant "A"") is met only when both are.
   */
  wayToQualify?: number;
  /**
   * A way to qualify the posting offers before this requirement that asks for no experience, as
   * written ("A degree in early education" before "; or three months of ..."): a resume that shows
   * it has no gap in these years.
   */
  otherPathWithoutYears?: string;
  range: Range;
}

export interface RequirementText {
  text: string;
  /** false where a preferred (desirable) zone asks for it */
  required: boolean;
  /** a licence the post gives time to gain after hiring ("within three years of appointment") */
  gainedInPost?: boolean;
  range: Range;
}

export interface DocumentAnalysis {
  doc: HrDocument;
  /** every mention, in document order */
  mentions: SkillMention[];
  /** one entry per distinct canonical skill: its best mention (skills-section mentions first) */
  skills: SkillMention[];
  experience: ExperienceEntry[];
  /** total years of experience with overlapping ranges merged */
  totalYears: number;
  /** job documents: the experience the job asks for */
  experienceRequirements: ExperienceRequirement[];
  /** job documents: skills the job requires (from its required-skills section, else all its skills) */
  requiredSkills: SkillMention[];
  /** the document's title (job title, or the resume's most recent role) */
  title?: string;
  /** occupation the title resolves to in the graph */
  occupationId?: string;
  /** the document's field read before linking: occupation index -> weight (skills/field.ts), the skill linker's context */
  occupations?: ReadonlyMap<number, number>;
  /** ms spent, by stage */
  timings: Record<string, number>;
  /** the month "Present" counts to, and where it came from: the caller, the document's `as-of`, or today */
  reference?: { month: string; source: 'caller' | 'as-of' | 'today' };
  /** a job's education and licence requirements, each the sentence that asks for it */
  credentials?: { education: RequirementText[]; licences: RequirementText[] };
  /** the document's language (ISO 639-1); only English documents are analyzed past parsing */
  language?: string;
}

export type ExperienceVerdict = 'met' | 'short' | 'missing';

export interface SkillEvidence {
  /** the required skill's canonical name */
  skill: string;
  /** the requirement as the job writes it when short ("Mechanical ventilation"), else the canonical name: what a fix adds */
  written: string;
  id: string;
  /** the job's mention */
  required: SkillMention;
  /** the resume's mention that satisfies it, if any */
  found?: SkillMention;
  /** found in a line of the resume's text the skill extractor did not pick out: that line */
  foundInText?: { text: string; range: Range };
  /** how close the match is: 1 exact, less for a related skill */
  similarity: number;
  /** how `found` (or `foundInText`) shows it when not by its own name ("part of MS Office", "shown by MySQL", "the work of the role \"Staff Accountant\"") */
  via?: string;
  /**
   * `found` does not name the skill: it is wording the linker judged alike ("Endurance in
   * physically demanding work" for "Physical stamina"). It counts toward the score, a little less
   * than the skill's name; the explanation calls it related wording, not found, and a fix adds
   * nothing on its strength.
   */
  similarWording?: boolean;
  /**
   * the job's item is likely no skill at all (its calibrated probability is under the requirement
   * threshold: "Mails out letters", "Mornings"): the score reads it, but it is never counted as a
   * found or missing skill, and no fix adds or offers to claim it
   */
  unlikelySkill?: boolean;
}

export interface ExperienceEvidence {
  requirement: string;
  subject: string;
  requiredYears: number;
  foundYears: number;
  verdict: ExperienceVerdict;
  /** resume entries counted toward it */
  entries: ExperienceEntry[];
  /** the resume's own statement of its years of the subject, where it says more than the dated roles ("nine years of experience writing SQL") */
  stated?: { years: number; text: string; range: Range };
  /** other ways to qualify the posting offers beside this requirement ("...; or six years of ..."): the one shown is the one met, else the closest */
  otherWays?: number;
  range: Range;
}

/** Years a resume needs not show: it shows the other way to qualify the posting offers ("Completion of an apprenticeship as a machinist; or ..."). */
export interface QualifiedOtherWay {
  requirement: string;
  subject: string;
  requiredYears: number;
  /** the other way, as the posting writes it */
  path: string;
  range: Range;
}

export interface MatchResult {
  score: number;
  match: boolean;
  threshold: number;
  skills: SkillEvidence[];
  matchedSkills: string[];
  missingSkills: string[];
  experience: ExperienceEvidence[];
  /** requirements of years met another way (a degree, an apprenticeship the resume shows) */
  qualifiedOtherWay?: QualifiedOtherWay[];
  titleFit: number;
  /** the graph occupations the job's title and the resume's titles read as, by name (absent without a graph) */
  occupations?: { job?: string; resume?: string };
  /** numeric features the score was computed from (same order as the matcher model's inputs) */
  features: Record<string, number>;
  scorer: 'model' | 'rules';
  /**
   * What moved the score most, largest first: each factor's effect in score points (-1..1), the
   * score minus the score with that factor's inputs set to a typical real pair's. Absent when the
   * scorer knows no typical pair (the rule scorer).
   */
  drivers?: MatchDriver[];
  explanation: string;
}

export type MatchFactor = 'skills' | 'experience' | 'titles' | 'wording' | 'field' | 'rank' | 'credentials';

export interface MatchDriver { factor: MatchFactor; effect: number }

export interface TextEdit { range: Range; newText: string }

export interface ResumeEdit {
  /** what the edit does, shown as the code action title */
  title: string;
  kind: 'add-skill' | 'strengthen-bullet';
  /** canonical name of the skill added (the key diagnostics carry) */
  skill?: string;
  /** the text added for it: the resume's own words when evidenced, else the job's wording */
  written?: string;
  /**
   * add-skill: 'evidenced' when the resume already shows the skill (at `evidence`): preferred and
   * applied by fix-all; 'unevidenced' when only the owner can vouch for it: offered, never applied
   */
  claim?: 'evidenced' | 'unevidenced';
  evidence?: Range;
  edit: TextEdit;
  preferred: boolean;
}

export interface FixResult {
  text: string;
  edits: ResumeEdit[];
}

export interface GeneratedJob {
  title: string;
  occupationId: string;
  score?: number;
  markdown: string;
  /** why the role fits the resume: the titles that name it, the skills it uses */
  why?: string[];
  /** the role's core skills the resume does not show */
  missing?: string[];
  /** the step-up role, one seniority level above the best suggestion */
  stretch?: boolean;
  /** the level the title states ('mid' when it states none) */
  seniority?: 'entry' | 'mid' | 'senior' | 'lead' | 'principal';
  /** written by the trained writer: samples drawn per line, which assembly of the lines was kept, the first assembly's matcher score */
  writer?: { samples: number; kept: number; firstScore?: number };
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
