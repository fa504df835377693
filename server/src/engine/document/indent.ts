// Characters set aside at the start of lines before Markdown parsing: indentation that would turn
// a pasted document into a code block, and container prefixes nested beyond what micromark
// parses in linear time. Positions are mapped back by parse.ts.
import { splitLines, type SourceLine } from './positions.js';

const ATX_HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s/;
const CODE_LIKE = /[{};]\s*$|=>|==|^\s*(?:def|function|class|import|return|var|let|const|#include|public|private)\b|<\/?[a-z][\w-]*[\s>]/m;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** indentation, list markers and quote markers that open nested containers */
const CONTAINER_PREFIX = /^(?:[ \t]|[-*+>](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))*/;
/**
 * Longest container prefix kept (about 16 nesting levels). micromark re-walks every open
 * container on every line, so deeper nesting costs time quadratic in the depth; no resume or
 * posting nests this deep, and deeper lines are read as if at this depth.
 */
export const MAX_CONTAINER_PREFIX = 32;

/**
 * Characters to set aside at the start of each line (one entry per line as splitLines counts
 * them), or undefined when none.
 */
export function indentToRemove(source: string): number[] | undefined {
  const lines = splitLines(source).map((l) => l.text);
  const removed = dedentAmounts(lines);
  let any = removed !== undefined;
  const out = removed ?? new Array<number>(lines.length).fill(0);
  for (let i = 0; i < lines.length; i++) {
    const excess = containerPrefixLength(lines[i], out[i]) - MAX_CONTAINER_PREFIX;
    if (excess > 0) { out[i] += excess; any = true; }
  }
  return any ? out : undefined;
}

/** The text with `removed[i]` characters taken from the start of line i; line endings kept. */
export function removeIndent(lines: SourceLine[], removed: number[]): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) out += lines[i].text.slice(removed[i]) + lines[i].eol;
  return out;
}

function containerPrefixLength(line: string, from: number): number {
  if (line.length - from <= MAX_CONTAINER_PREFIX) return 0;
  return CONTAINER_PREFIX.exec(line.slice(from))![0].length;
}

/**
 * The common indentation of the whole document, or of each paragraph that Markdown would read as
 * an indented code block ("## Experience" then "    * ETL Tester (2017 - 2021)"). Resumes and job
 * ads hold no code; a paragraph that looks like code, and fenced blocks, stay as written.
 */
function dedentAmounts(lines: string[]): number[] | undefined {
  const removed = new Array<number>(lines.length).fill(0);
  const whole = commonIndent(lines);
  if (whole) {
    lines.forEach((l, i) => { removed[i] = l.startsWith(whole) ? whole.length : l.length - l.trimStart().length; });
    return removed;
  }
  let any = false;
  let fence: string | undefined;
  let previous = '';
  for (let i = 0; i < lines.length;) {
    const fenceMark = FENCE.exec(lines[i])?.[1];
    if (fenceMark && (!fence || fenceMark.startsWith(fence))) { fence = fence ? undefined : fenceMark; previous = lines[i]; i++; continue; }
    if (fence || !lines[i].trim()) { i++; continue; }
    // a heading is a block of its own line: what follows it starts a new block
    if (ATX_HEADING.test(lines[i])) { previous = lines[i]; i++; continue; }
    let end = i;
    while (end < lines.length && lines[end].trim() && !ATX_HEADING.test(lines[end])) end++;
    if (/^[\t ]/.test(lines[i]) && dedentParagraph(lines, i, end, previous, removed)) any = true;
    previous = lines[end - 1];
    i = end;
  }
  return any ? removed : undefined;
}

/** Only an indented paragraph is a candidate; most are not. */
function dedentParagraph(lines: string[], from: number, to: number, previous: string, removed: number[]): boolean {
  const paragraph = lines.slice(from, to);
  const indent = commonIndent(paragraph);
  // after a blank line under a list item, an indented paragraph belongs to the item
  const inList = LIST_ITEM.test(previous) && !paragraph.some((l) => LIST_ITEM.test(l));
  if (!indent || inList || CODE_LIKE.test(paragraph.join('\n'))) return false;
  for (let k = from; k < to; k++) removed[k] = indent.length;
  return true;
}

function commonIndent(lines: readonly string[]): string {
  let common: string | undefined;
  for (const line of lines) {
    if (!line.trim()) continue;
    const ws = /^[\t ]*/.exec(line)![0];
    if (common === undefined) common = ws;
    else { let i = 0; while (i < common.length && i < ws.length && common[i] === ws[i]) i++; common = common.slice(0, i); }
    if (!common) return '';
  }
  return common && (common.includes('\t') || common.length >= 4) ? common : '';
}
