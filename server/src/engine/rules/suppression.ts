// Suppression is a filter over findings, never over the analysis: a suppressed gap changes no
// score. The parser reports where the comments are (it knows a real comment from one inside a
// code block) as HrDocument.disabled offset pairs.
//   <!-- hrdocs-disable --> ... <!-- hrdocs-enable -->      every finding in between
//   <!-- hrdocs-disable-next-line -->                       every finding on the next line
//   <!-- hrdocs-disable-next-line missing-skill skill -->   only those rules on the next line
import { lineAt, offsetAt } from '../document/positions.js';
import type { HrDocument } from '../types.js';
import type { Finding } from './types.js';
import { phraseKey } from '../skills/vocabulary.js';

const NEXT_LINE_RE = /^<!--\s*hrdocs-disable-next-line\b([^>]*?)\s*-->/;

interface Region {
  start: number;
  end: number;
  /** rules this region disables; undefined: all */
  rules?: Set<string>;
  /** for next-line directives: the only line affected */
  line?: number;
}

export function suppressionRegions(doc: HrDocument): Region[] {
  return doc.disabled.map(([start, end]): Region => {
    const m = NEXT_LINE_RE.exec(doc.source.slice(start, Math.min(end, start + 500)));
    if (!m) return { start, end };
    const rules = m[1].split(/[\s,]+/).filter(Boolean);
    return { start, end, line: lineAt(doc.lineStarts, start + m[0].length) + 1, rules: rules.length ? new Set(rules) : undefined };
  });
}

/**
 * What the user dismissed beyond comments: skills they said are not skills (by name or text).
 * An analysis given the workspace vocabulary has dropped them already (they no longer count in
 * matching); this filter keeps them out of the findings of an analysis made without it.
 */
export interface Dismissals {
  notSkills?: ReadonlySet<string>;
}

export function filterSuppressed(doc: HrDocument, findings: Finding[], dismissals: Dismissals = {}): Finding[] {
  const regions = suppressionRegions(doc);
  const notSkills = dismissals.notSkills;
  return findings.filter((f) => {
    if (notSkills?.size && f.rule === 'skill' && isDismissedSkill(f, notSkills)) return false;
    const offset = offsetAt(doc.lineStarts, f.range.start);
    for (const r of regions) {
      if (r.line !== undefined) {
        if (f.range.start.line === r.line && (!r.rules || r.rules.has(f.rule))) return false;
      } else if (offset >= r.start && offset < r.end) {
        return false;
      }
    }
    return true;
  });
}

function isDismissedSkill(f: Finding, notSkills: ReadonlySet<string>): boolean {
  const name = phraseKey(String(f.data?.name ?? ''));
  const text = phraseKey(String(f.data?.text ?? ''));
  return notSkills.has(name) || notSkills.has(text);
}
