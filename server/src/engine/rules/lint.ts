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
  return filterSuppressed(doc, out, options.dismissals);
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Drops entries that are not a known severity, so a typo in settings is ignored rather than fatal. */
export function validSeverities(value: unknown): RuleSeverities {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === 'string' && SEVERITIES.has(v))) as RuleSeverities;
}
