// Diagnostics for one document: detected skills (Hint), and on a resume with a target job the
// job's missing skills (Information) and experience gaps (Warning). Pure mapping from engine
// results; the scheduling (debounce, superseding versions) lives in validator.ts.
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
} from 'vscode-languageserver';
import type { DocumentAnalysis, MatchResult, SkillMention } from '../engine/types.js';
import { DOCS_URL, DiagnosticCodes, type HrdocsSettings } from '../protocol.js';
import { titleOf, type MatchService, type TargetJob } from './matches.js';
import { filterSuppressed } from './suppression.js';
import { firstLineRange, percent } from './util.js';

export const SOURCE = 'hrdocs';

export interface SkillData {
  kind: 'skill';
  name: string;
  id: string;
  confidence: number;
}
export interface MissingSkillData {
  kind: 'missing-skill';
  /** canonical name: the key code actions look the fix up by */
  skill: string;
  /** the job's wording, which the fix adds */
  text: string;
  jobUri: string;
}
export interface ExperienceData {
  kind: 'experience-short' | 'experience-missing';
  subject: string;
  requiredYears: number;
  foundYears: number;
  jobUri: string;
}
export type HrDiagnosticData = SkillData | MissingSkillData | ExperienceData;

export function makeDiagnostic(
  range: Range,
  severity: DiagnosticSeverity,
  code: string,
  message: string,
  data?: HrDiagnosticData,
  relatedInformation?: DiagnosticRelatedInformation[],
): Diagnostic {
  const d: Diagnostic = { range, severity, source: SOURCE, code, codeDescription: { href: `${DOCS_URL}-${code}` }, message };
  if (data) d.data = data;
  if (relatedInformation?.length) d.relatedInformation = relatedInformation;
  return d;
}

export function tooLargeDiagnostic(text: string, max: number): Diagnostic {
  return makeDiagnostic(
    firstLineRange(text),
    DiagnosticSeverity.Information,
    DiagnosticCodes.documentTooLarge,
    `hrdocs: this document has ${text.length.toLocaleString('en-US')} characters, more than hrdocs.maxDocumentLength ` +
      `(${max.toLocaleString('en-US')}); it is not analyzed.`,
  );
}

/** "ESCO skill", "O*NET knowledge", ... from a graph id. */
export function skillOrigin(m: Pick<SkillMention, 'id' | 'kind'>): string {
  const id = m.id;
  let taxonomy: string;
  if (/^https?:\/\/data\.europa\.eu\/esco\//.test(id)) taxonomy = 'ESCO';
  else if (id.startsWith('onet:tech:')) taxonomy = 'O*NET technology';
  else if (id.startsWith('onet:')) taxonomy = 'O*NET';
  else if (id.startsWith('rjdb:')) taxonomy = 'job-ad';
  else if (id.startsWith('new:')) return `${m.kind}, not in the taxonomies`;
  else taxonomy = '';
  return taxonomy ? `${taxonomy} ${m.kind}` : m.kind;
}

export function skillDiagnostics(analysis: DocumentAnalysis, settings: HrdocsSettings): Diagnostic[] {
  if (!settings.diagnostics.showSkills) return [];
  const out: Diagnostic[] = [];
  for (const m of analysis.mentions) {
    if (m.confidence < settings.diagnostics.minConfidence) continue;
    out.push(
      makeDiagnostic(m.range, DiagnosticSeverity.Hint, DiagnosticCodes.skill, `Skill: ${m.name} (${skillOrigin(m)}, ${percent(m.confidence)})`, {
        kind: 'skill',
        name: m.name,
        id: m.id,
        confidence: m.confidence,
      }),
    );
  }
  return out;
}

/** Where gap diagnostics go: the Skills heading, else the document's first line. */
export function skillsAnchor(resume: DocumentAnalysis): Range {
  const s = resume.doc.sections.find((x) => x.kind === 'skills' && x.headingRange);
  return s?.headingRange ?? firstLineRange(resume.doc.source);
}

function experienceAnchor(resume: DocumentAnalysis): Range {
  const s = resume.doc.sections.find((x) => x.kind === 'experience' && x.headingRange);
  return s?.headingRange ?? firstLineRange(resume.doc.source);
}

export function gapDiagnostics(
  resume: DocumentAnalysis,
  target: TargetJob,
  match: MatchResult,
  withRelated: boolean,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const jobTitle = titleOf(target.analysis);
  const anchor = skillsAnchor(resume);
  for (const skill of match.missingSkills) {
    const evidence = match.skills.find((e) => e.skill === skill);
    const related = withRelated && evidence
      ? [{ location: { uri: target.uri, range: evidence.required.range }, message: `required by ${jobTitle}` }]
      : undefined;
    out.push(
      makeDiagnostic(
        anchor,
        DiagnosticSeverity.Information,
        DiagnosticCodes.missingSkill,
        `Missing skill: ${evidence?.written ?? skill} (required by ${jobTitle} job)`,
        { kind: 'missing-skill', skill, text: evidence?.written ?? skill, jobUri: target.uri },
        related,
      ),
    );
  }
  for (const ev of match.experience) {
    if (ev.verdict === 'met') continue;
    const related = withRelated ? [{ location: { uri: target.uri, range: ev.range }, message: ev.requirement }] : undefined;
    const data: ExperienceData = {
      kind: ev.verdict === 'short' ? 'experience-short' : 'experience-missing',
      subject: ev.subject,
      requiredYears: ev.requiredYears,
      foundYears: ev.foundYears,
      jobUri: target.uri,
    };
    const needed = `${formatYears(ev.requiredYears)} years as ${ev.subject} required by ${jobTitle} job`;
    if (ev.verdict === 'short') {
      const range = ev.entries[0]?.dateRange ?? experienceAnchor(resume);
      out.push(
        makeDiagnostic(range, DiagnosticSeverity.Warning, DiagnosticCodes.experienceShort, `${ev.foundYears.toFixed(1)} of ${needed}`, data, related),
      );
    } else {
      out.push(
        makeDiagnostic(experienceAnchor(resume), DiagnosticSeverity.Warning, DiagnosticCodes.experienceMissing, `No experience found: ${needed}`, data, related),
      );
    }
  }
  return out;
}

function formatYears(y: number): string {
  return Number.isInteger(y) ? String(y) : y.toFixed(1);
}

/** All diagnostics of an analyzed document, suppression comments applied. */
export async function documentDiagnostics(
  analysis: DocumentAnalysis,
  settings: HrdocsSettings,
  matches: MatchService,
  withRelated: boolean,
): Promise<Diagnostic[]> {
  const diagnostics = skillDiagnostics(analysis, settings);
  if (analysis.doc.kind === 'resume') {
    const target = await matches.targetJob(analysis);
    if (target) {
      const match = await matches.match(analysis, target.analysis);
      if (match) diagnostics.push(...gapDiagnostics(analysis, target, match, withRelated));
    }
  }
  return filterSuppressed(analysis.doc, diagnostics);
}

export function isHrDiagnostic(d: Diagnostic, code?: string): boolean {
  return d.source === SOURCE && (code === undefined || d.code === code);
}
