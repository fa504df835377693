// What a rule is and what it reports. A rule reads an analysis (and, for a resume with a target
// job, the match) and returns findings; hosts map findings to their own shapes (LSP diagnostics,
// CLI lines, SARIF) in one place each. Rules never change the analysis, so suppressing a finding
// changes no score.
import type { DocKind, DocumentAnalysis, MatchResult, Range, TextEdit } from '../types.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface RelatedLocation {
  uri: string;
  range: Range;
  message: string;
}

export interface Finding {
  /** the rule's id: the diagnostic code users see and configure */
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** what a fix or a dismissal needs (skill name, graph id, job uri, ...) */
  data?: Record<string, unknown>;
  related?: RelatedLocation[];
}

/** The job a resume is measured against, with the match already computed by the host. */
export interface TargetJob {
  uri: string;
  title: string;
  analysis: DocumentAnalysis;
  match: MatchResult;
}

export interface RuleContext {
  analysis: DocumentAnalysis;
  target?: TargetJob;
  /** skill findings below this confidence are not reported */
  minConfidence: number;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** one line for users: what the finding means */
  docs: string;
  /** document kinds the rule reads; all when absent */
  kinds?: DocKind[];
  check(ctx: RuleContext): Finding[];
  /** edits that resolve a finding; only inserts, never a change to dates, employers or years */
  fix?(finding: Finding, ctx: RuleContext): TextEdit[];
}

/** A finding with the rule's default severity; lint applies the user's severity afterwards. */
export function finding(rule: Rule, range: Range, message: string, data?: Record<string, unknown>, related?: RelatedLocation[]): Finding {
  const f: Finding = { rule: rule.id, severity: rule.defaultSeverity, message, range };
  if (data) f.data = data;
  if (related?.length) f.related = related;
  return f;
}
