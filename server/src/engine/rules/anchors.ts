// Where findings about a whole section go when they have no line of their own.
import type { DocumentAnalysis, Range, SectionKind } from '../types.js';

export function firstLineRange(text: string): Range {
  const m = /\r\n|\r|\n/.exec(text);
  const len = m ? m.index : text.length;
  return { start: { line: 0, character: 0 }, end: { line: 0, character: len } };
}

/** The heading of the first section of a kind, else the document's first line. */
export function sectionAnchor(analysis: DocumentAnalysis, kind: SectionKind): Range {
  const s = analysis.doc.sections.find((x) => x.kind === kind && x.headingRange);
  return s?.headingRange ?? firstLineRange(analysis.doc.source);
}

export function formatYears(y: number): string {
  return Number.isInteger(y) ? String(y) : y.toFixed(1);
}

export function percent(x: number): string {
  return `${Math.round(Math.max(0, Math.min(1, x)) * 100)}%`;
}
