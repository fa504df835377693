// The JSON shapes of the CLI (--json) and of `hrdocs batch`: one definition for both.
import type {
  DocumentAnalysis, FixResult, GeneratedJob, MatchResult, Range, ResumeEdit,
} from '../engine/types.js';
import type { Finding } from '../engine/index.js';

export interface SkillJson {
  name: string;
  text: string;
  kind: 'skill' | 'knowledge';
  id: string;
  confidence: number;
  range: Range;
}

export interface AnalyzeJson {
  kind: 'resume' | 'job' | 'other';
  skills: SkillJson[];
  experience: Array<{ title: string; start: string; end: string; years: number }>;
}

export interface MatchJson {
  score: number;
  match: boolean;
  matchedSkills: string[];
  missingSkills: string[];
  experience: Array<{ requirement: string; requiredYears: number; foundYears: number; verdict: 'met' | 'short' | 'missing' }>;
  explanation: string;
}

export interface FixJson { text: string; edits: ResumeEdit[] }
export interface GeneratedJobJson { title: string; score?: number; markdown: string }

export const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

export function analyzeJson(a: DocumentAnalysis): AnalyzeJson {
  return {
    kind: a.doc.kind,
    skills: a.skills.map((s) => ({
      name: s.name, text: s.text, kind: s.kind, id: s.id, confidence: round(s.confidence, 3), range: s.range,
    })),
    experience: a.experience.map((e) => ({ title: e.title, start: e.start, end: e.end, years: round(e.years, 1) })),
  };
}

export function matchJson(m: MatchResult): MatchJson {
  return {
    score: round(m.score, 4),
    match: m.match,
    matchedSkills: m.matchedSkills,
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
  return { title: j.title, ...(j.score === undefined ? {} : { score: round(j.score, 4) }), markdown: j.markdown };
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
