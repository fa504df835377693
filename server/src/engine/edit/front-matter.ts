// The resume's `target:` in its front matter, set to a job: the one edit hrdocs makes outside
// the Skills list, and it states nothing about the person. Replaces an existing `target:` line,
// else adds one to the front matter, else adds a front matter block at the top.
import type { TextEdit } from '../types.js';
import { lineEnding } from './edits.js';
import { computeLineStarts, positionAt } from '../document/positions.js';
import { frontMatterCloseLine } from '../document/front-matter.js';

export function setTargetEdit(source: string, target: string): TextEdit {
  const eol = lineEnding(source);
  const value = /^[\w./@-]+$/.test(target) ? target : JSON.stringify(target);
  const lineStarts = computeLineStarts(source);
  const lines = source.split(/\r\n|\r|\n/);
  const at = (line: number, character = 0) => positionAt(lineStarts, lineStarts[line] + character);
  const bom = source.startsWith('\uFEFF') ? 1 : 0;
  const close = frontMatterCloseLine(lines);
  if (close > 0) {
    const existing = lines.findIndex((l, i) => i > 0 && i < close && /^target\s*:/.test(l));
    if (existing > 0) return { range: { start: at(existing), end: at(existing, lines[existing].length) }, newText: `target: ${value}` };
    const p = at(close);
    return { range: { start: p, end: p }, newText: `target: ${value}${eol}` };
  }
  const top = at(0, bom);
  return { range: { start: top, end: top }, newText: `---${eol}target: ${value}${eol}---${eol}${eol}` };
}
