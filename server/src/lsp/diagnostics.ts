// Findings -> LSP diagnostics, in one function. The findings come from the engine's rules (the
// CLI's `lint` prints the same ones); this file only decides the target job and maps shapes.
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
} from 'vscode-languageserver';
import type { Engine, Finding, RuleSeverities, Severity } from '../engine/index.js';
import type { DocumentAnalysis } from '../engine/types.js';
import type { Dismissals } from '../engine/rules/suppression.js';
import { DOCS_URL, DiagnosticCodes, type HrdocsSettings } from 'hrdocs-protocol';
import { titleOf, type MatchService } from './matches.js';
import { firstLineRange } from './util.js';

export const SOURCE = 'hrdocs';

/** What a missing-skill or unlisted-skill diagnostic carries for its quick fix. */
export interface MissingSkillData {
  kind: 'missing-skill' | 'unlisted-skill';
  /** canonical name: the key code actions look the fix up by */
  skill: string;
  /** the job's wording, which the fix adds */
  text: string;
  jobUri: string;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding, withRelated: boolean): Diagnostic {
  const d: Diagnostic = {
    range: f.range, severity: SEVERITY[f.severity], source: SOURCE, code: f.rule,
    codeDescription: { href: `${DOCS_URL}-${f.rule}` }, message: f.message,
    data: { kind: f.rule, ...f.data },
  };
  if (withRelated && f.related?.length) {
    d.relatedInformation = f.related.map((r): DiagnosticRelatedInformation => ({ location: { uri: r.uri, range: r.range }, message: r.message }));
  }
  return d;
}

/** A notice about the whole document, on its first line: it was not analyzed, and why. */
function documentNotice(text: string, code: string, message: string): Diagnostic {
  return {
    range: firstLineRange(text), severity: DiagnosticSeverity.Information, source: SOURCE, code,
    codeDescription: { href: `${DOCS_URL}-${code}` }, message,
  };
}

export function tooLargeDiagnostic(text: string, max: number): Diagnostic {
  return documentNotice(text, DiagnosticCodes.documentTooLarge,
    `hrdocs: this document has ${text.length.toLocaleString('en-US')} characters, more than hrdocs.maxDocumentLength ` +
      `(${max.toLocaleString('en-US')}); it is not analyzed.`);
}

export function tooComplexDiagnostic(text: string): Diagnostic {
  return documentNotice(text, DiagnosticCodes.documentTooComplex,
    'hrdocs: analysis stopped: this document is too complex to analyze in time; split it into smaller documents.');
}

/** The user's rule severities; `diagnostics.showSkills: false` is the skill rule turned off. */
export function ruleSeverities(settings: HrdocsSettings): RuleSeverities {
  return settings.diagnostics.showSkills ? settings.rules : { ...settings.rules, skill: 'off' };
}

/** All diagnostics of an analyzed document: the engine's findings against its target job, if any. */
export async function documentDiagnostics(
  analysis: DocumentAnalysis,
  settings: HrdocsSettings,
  matches: MatchService,
  withRelated: boolean,
  dismissals: Dismissals = {},
): Promise<Diagnostic[]> {
  const engine = await matches.engine();
  if (!engine) return [];
  const findings = await documentFindings(engine, analysis, settings, matches, dismissals);
  return findings.map((f) => toDiagnostic(f, withRelated));
}

async function documentFindings(engine: Engine, analysis: DocumentAnalysis, settings: HrdocsSettings, matches: MatchService, dismissals: Dismissals): Promise<Finding[]> {
  let target;
  if (analysis.doc.kind === 'resume') {
    const job = await matches.targetJob(analysis);
    const match = job && (await matches.match(analysis, job.analysis));
    if (job && match) target = { uri: job.uri, title: titleOf(job.analysis), analysis: job.analysis, match };
  }
  return engine.lint(analysis, { target, severities: ruleSeverities(settings), minConfidence: settings.diagnostics.minConfidence ?? undefined, dismissals });
}

export function isHrDiagnostic(d: Diagnostic, code?: string): boolean {
  return d.source === SOURCE && (code === undefined || d.code === code);
}
