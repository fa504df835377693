// Suppression comments. The engine finds them (it knows which HTML is a real comment and which is
// inside a code block) and reports HrDocument.disabled offset ranges; here they filter diagnostics.
//   <!-- hrdocs-disable --> ... <!-- hrdocs-enable -->      everything in between
//   <!-- hrdocs-disable-next-line -->                       everything on the next line
//   <!-- hrdocs-disable-next-line missing-skill skill -->   only those codes on the next line
import type { Diagnostic } from 'vscode-languageserver';
import type { HrDocument } from '../engine/types.js';

const NEXT_LINE_RE = /^<!--\s*hrdocs-disable-next-line\b([^>]*?)\s*-->/;

interface Region {
  start: number;
  end: number;
  /** codes this region disables; undefined: all */
  codes?: Set<string>;
  /** for next-line directives: the only line affected */
  line?: number;
}

export function suppressionRegions(doc: HrDocument): Region[] {
  const regions: Region[] = [];
  for (const [start, end] of doc.disabled) {
    const m = NEXT_LINE_RE.exec(doc.source.slice(start, Math.min(end, start + 500)));
    if (m) {
      const commentEnd = start + m[0].length;
      const line = lineOf(doc.lineStarts, commentEnd) + 1;
      const codes = m[1].split(/[\s,]+/).filter(Boolean);
      regions.push({ start, end, line, codes: codes.length ? new Set(codes) : undefined });
    } else {
      regions.push({ start, end });
    }
  }
  return regions;
}

export function filterSuppressed(doc: HrDocument, diagnostics: Diagnostic[]): Diagnostic[] {
  const regions = suppressionRegions(doc);
  if (regions.length === 0) return diagnostics;
  return diagnostics.filter((d) => {
    const offset = offsetAt(doc.lineStarts, d.range.start.line, d.range.start.character);
    const code = String(d.code ?? '');
    for (const r of regions) {
      if (r.line !== undefined) {
        if (d.range.start.line === r.line && (!r.codes || r.codes.has(code))) return false;
      } else if (offset >= r.start && offset < r.end) {
        return false;
      }
    }
    return true;
  });
}

function lineOf(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function offsetAt(lineStarts: number[], line: number, character: number): number {
  return (lineStarts[Math.min(line, lineStarts.length - 1)] ?? 0) + character;
}
