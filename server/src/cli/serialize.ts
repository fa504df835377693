// The JSON shapes of the CLI (--json) and of `hrdocs batch`: one definition for both.
import type {
  DocumentAnalysis, FixResult, GeneratedJob, MatchResult, Range, ResumeEdit, SkillMention, Zone,
} from '../engine/types.js';
import { blockRange } from '../engine/document/positions.js';
import { shownConfidence, type Finding } from '../engine/index.js';

export interface SkillJson {
  name: string;
  text: string;
  kind: 'skill' | 'knowledge';
  id: string;
  /** the extractor's score (what skill sets are cut on) */
  confidence: number;
  /** the probability that it is a right skill of the document (the skill calibrator's; absent without one) */
  probability?: number;
  range: Range;
}

export interface RequirementTextJson {
  text: string;
  required: boolean;
  /** a licence the post gives time to gain after hiring ("within three years of appointment") */
  gainedInPost?: boolean;
  range: Range;
}

export interface AnalyzeJson {
  kind: 'resume' | 'job' | 'other';
  /** the posting's title, or the resume's current role */
  title?: string;
  /** the month "Present" was counted to, and where it came from (the caller, the document's `as-of`, today) */
  reference?: { month: string; source: 'caller' | 'as-of' | 'today' };
  skills: SkillJson[];
  /**
   * skills read in the document's text beyond its own list (a resume's duties, a posting's
   * description) that the editor shows as hints: likely enough to show, one per name
   */
  alsoInText?: SkillJson[];
  /** what each block is for: one entry per non-blank block */
  zones: Array<{ zone: Zone; confidence: number; range: Range }>;
  experience: Array<{ title: string; employer?: string; location?: string; start: string; end: string; current: boolean; years: number; zone?: string; employment: boolean; range: Range }>;
  /** a job's requirements, only from its requirement zones */
  requirements?: {
    skills: SkillJson[];
    experience: Array<{ text: string; subject: string; years: number; required: boolean; range: Range }>;
    education: RequirementTextJson[];
    licences: RequirementTextJson[];
  };
}

export interface MatchJson {
  score: number;
  match: boolean;
  matchedSkills: string[];
  /** required skills the resume does not name, credited for wording the linker judged alike */
  similarWordingSkills: string[];
  missingSkills: string[];
  experience: Array<{ requirement: string; requiredYears: number; foundYears: number; verdict: 'met' | 'short' | 'missing' }>;
  explanation: string;
}

export interface FixJson { text: string; edits: ResumeEdit[] }
export interface GeneratedJobJson { title: string; score?: number; why?: string[]; missing?: string[]; stretch?: boolean; seniority?: string; markdown: string }

export const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

const skillJson = (s: SkillMention): SkillJson => ({
  name: s.name, text: s.text, kind: s.kind, id: s.id, confidence: round(s.confidence, 3),
  ...(s.probability !== undefined ? { probability: round(s.probability, 3) } : {}), range: s.range,
});

/**
 * The skills the editor shows as hints that the document's skill list leaves out: a document that
 * lists its skills is taken at its list, and what its duties or description name besides is shown
 * apart (one mention per name, the likeliest), at the calibrated probability of a hint or above.
 */
export function skillsBeyondList(a: DocumentAnalysis, hintAt: number): SkillMention[] {
  const listed = new Set(a.skills.map((s) => s.name.toLowerCase()));
  const best = new Map<string, SkillMention>();
  for (const m of a.mentions) {
    const key = m.name.toLowerCase();
    if (listed.has(key) || shownConfidence(m) < hintAt) continue;
    const held = best.get(key);
    if (!held || shownConfidence(m) > shownConfidence(held)) best.set(key, m);
  }
  return [...best.values()].sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
}

/** `hintAt`: the hint threshold; given, the skills beyond the list are included (`alsoInText`) */
export function analyzeJson(a: DocumentAnalysis, hintAt?: number): AnalyzeJson {
  const { doc } = a;
  const beyond = hintAt === undefined ? [] : skillsBeyondList(a, hintAt);
  return {
    kind: doc.kind,
    ...(a.title ? { title: a.title } : {}),
    ...(a.reference ? { reference: a.reference } : {}),
    skills: a.skills.map(skillJson),
    ...(beyond.length ? { alsoInText: beyond.map(skillJson) } : {}),
    zones: doc.blocks.filter((b) => b.text.trim() && b.offsets.length).map((b) => ({
      zone: b.zone, confidence: round(b.zoneConfidence, 3), range: blockRange(doc.lineStarts, b.offsets, 0, b.text.length),
    })),
    experience: a.experience.map((e) => ({
      title: e.title, ...(e.employer ? { employer: e.employer } : {}), ...(e.location ? { location: e.location } : {}), start: e.start, end: e.end, current: e.current, years: round(e.years, 1),
      ...(e.zone ? { zone: e.zone } : {}), employment: e.employment !== false, range: e.range,
    })),
    ...(doc.kind === 'job' ? {
      requirements: {
        skills: a.requiredSkills.map(skillJson),
        experience: a.experienceRequirements.map((r) => ({ text: r.text, subject: r.subject, years: r.years, required: r.required, range: r.range })),
        education: a.credentials?.education ?? [],
        licences: a.credentials?.licences ?? [],
      },
    } : {}),
  };
}

export function matchJson(m: MatchResult): MatchJson {
  return {
    score: round(m.score, 4),
    match: m.match,
    matchedSkills: m.matchedSkills,
    similarWordingSkills: m.skills.filter((s) => s.similarWording && !s.unlikelySkill).map((s) => s.skill),
    missingSkills: m.missingSkills,
    experience: m.experience.map((e) => ({
      requirement: e.requirement, requiredYears: e.requiredYears, foundYears: round(e.foundYears, 1), verdict: e.verdict,
    })),
    explanation: m.explanation,
  };
}

export function fixJson(f: FixResult): FixJson {
  return { text: f.text, edits: f.edits };
}

export function generatedJson(j: GeneratedJob): GeneratedJobJson {
  return {
    title: j.title, ...(j.score === undefined ? {} : { score: round(j.score, 4) }),
    ...(j.why ? { why: j.why } : {}), ...(j.missing ? { missing: j.missing } : {}), ...(j.stretch ? { stretch: true } : {}), ...(j.seniority ? { seniority: j.seniority } : {}),
    markdown: j.markdown,
  };
}

export interface FindingJson {
  rule: string;
  severity: string;
  message: string;
  range: Range;
  data?: Record<string, unknown>;
  related?: Array<{ uri: string; range: Range; message: string }>;
}

export function findingJson(f: Finding): FindingJson {
  const j: FindingJson = { rule: f.rule, severity: f.severity, message: f.message, range: f.range };
  if (f.data) j.data = f.data;
  if (f.related) j.related = f.related;
  return j;
}
