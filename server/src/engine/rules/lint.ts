// Runs the rules over an analysis: each rule that reads this kind of document, at the severity
// the user chose for it (or its default; 'off' skips it), then the suppression filter.
import type { Dismissals } from './suppression.js';
import { filterSuppressed } from './suppression.js';
import { RULES } from './index.js';
import type { Finding, Rule, RuleContext, SeveritySetting } from './types.js';

/** `hrdocs.rules`: a severity per rule id, and `default` for every rule not named. */
export type RuleSeverities = Partial<Record<string, SeveritySetting>>;

export interface LintOptions {
  severities?: RuleSeverities;
  dismissals?: Dismissals;
  rules?: readonly Rule[];
  maxFindings?: number;
}

export function lint(ctx: RuleContext, options: LintOptions = {}): Finding[] {
  const { doc } = ctx.analysis;
  const out: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    if (rule.kinds && !rule.kinds.includes(doc.kind)) continue;
    const severity = options.severities?.[rule.id] ?? options.severities?.default ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const f of rule.check(ctx)) out.push({ ...f, severity });
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return capped(filterSuppressed(doc, out, options.dismissals), options.maxFindings ?? MAX_FINDINGS);
}

/** Findings per document: past this, an editor slows down and nobody reads them. */
export const MAX_FINDINGS = 1000;
const RANK: Record<string, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** The most severe findings first when there are too many, and one summary saying how many were left out. */
function capped(findings: Finding[], max: number): Finding[] {
  if (findings.length <= max) return findings;
  const keep = new Set([...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]).slice(0, max));
  const kept = findings.filter((f) => keep.has(f));
  const left = findings.length - kept.length;
  kept.unshift({
    rule: 'findings-capped', severity: 'info', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: `${left.toLocaleString('en-US')} more findings are not shown (at most ${max.toLocaleString('en-US')} per document)`,
    data: { left, max },
  });
  return kept;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Drops entries that are not a known severity, so a typo in settings is ignored rather than fatal. */
export function validSeverities(value: unknown): RuleSeverities {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === 'string' && SEVERITIES.has(v))) as RuleSeverities;
}
