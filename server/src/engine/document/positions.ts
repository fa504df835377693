// Offsets <-> LSP positions. JavaScript strings are UTF-16, as LSP positions are by default,
// so a character index within a line is already an LSP character.
import type { Position, Range } from '../types.js';

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) { if (text.charCodeAt(i + 1) === 10) i++; starts.push(i + 1); }
  }
  return starts;
}

/** Zero-based line holding a source offset. */
export function lineAt(lineStarts: number[], offset: number): number {
  let lo = 0, hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

export function positionAt(lineStarts: number[], offset: number): Position {
  const line = lineAt(lineStarts, offset);
  return { line, character: offset - lineStarts[line] };
}

export function offsetAt(lineStarts: number[], p: Position): number {
  return (lineStarts[p.line] ?? lineStarts[lineStarts.length - 1]) + p.character;
}

export function rangeOf(lineStarts: number[], start: number, end: number): Range {
  return { start: positionAt(lineStarts, start), end: positionAt(lineStarts, end) };
}

/** Source range of characters [from, to) of a block's plain text. */
export function blockRange(lineStarts: number[], offsets: number[], from: number, to: number): Range {
  const start = offsets[from] ?? offsets[offsets.length - 1] ?? 0;
  const end = (offsets[Math.max(from, to - 1)] ?? start) + 1;
  return rangeOf(lineStarts, start, end);
}

export interface SourceLine {
  text: string;
  /** its line ending as written: '\n', '\r\n', '\r', or '' for the last line */
  eol: string;
}

/** Lines split at every LSP line ending (\n, \r\n, bare \r), so line numbers agree with computeLineStarts. */
export function splitLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const re = /\r\n|\r|\n/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push({ text: text.slice(from, m.index), eol: m[0] });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), eol: '' });
  return out;
}
