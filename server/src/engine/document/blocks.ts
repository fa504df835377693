// One Markdown chunk's syntax tree -> plain-text blocks with per-character source offsets, so
// models read prose while every result points at the exact characters the user wrote.
import type { Root, RootContent, PhrasingContent, ListItem, List } from 'mdast';
import YAML from 'yaml';
import type { TextBlock } from '../types.js';
import { headNamesSection, isStandardHeading, sectionKindOf } from './sections.js';
import { RUN_ON_FULL_STOP } from '../text/normalize.js';

export interface RawBlock {
  text: string;
  offsets: number[];
  type: TextBlock['type'];
  /** heading depth for headings; pseudo-headings (a lone "Required Skills" line) get depth 7 */
  depth?: number;
  start: number;
  end: number;
  list?: { ordered: boolean; marker: string };
}

export interface HtmlNode { start: number; end: number; value: string }

export interface ParsedChunk { raw: RawBlock[]; htmls: HtmlNode[]; frontMatter?: Record<string, unknown> }

const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]{1,64}@[\w-]+\.[\w.-]+\b/g;
const SECTION_LABEL_RE = /^\s*(?:\*\*|__)?([A-Za-z][A-Za-z '’&/,-]{1,48}?)(?:\*\*|__)?\s*(?::|;|\.{2,}|…|[–—])?\s*(?:\*\*|__)?\s*$/;

/** The prose blocks, inline HTML and front matter of a chunk's tree. */
export function blocksOf(tree: Root, source: string, atDocumentStart: boolean): ParsedChunk {
  const result: ParsedChunk = { raw: [], htmls: [] };
  const visitor = new BlockVisitor(source, atDocumentStart, result);
  for (const node of tree.children) visitor.visit(node);
  return result;
}

class BlockVisitor {
  constructor(
    private readonly source: string,
    private readonly atDocumentStart: boolean,
    private readonly result: ParsedChunk,
  ) {}

  visit(node: RootContent, list?: RawBlock['list']): void {
    const { source, result } = this;
    switch (node.type) {
      case 'yaml':
        if (this.atDocumentStart) result.frontMatter = frontMatterOf(node.value) ?? result.frontMatter;
        return;
      case 'heading': {
        const block = inlineBlock(source, node.children, 'heading');
        if (block) result.raw.push({ ...block, depth: node.depth });
        return;
      }
      case 'paragraph':
        splitParagraph(source, node.children, list, result.raw);
        return;
      case 'list':
        for (const item of node.children) this.visitItem(item, node);
        return;
      case 'blockquote':
        for (const child of node.children) this.visit(child, list);
        return;
      case 'table':
        for (const row of node.children) for (const cell of row.children) {
          const block = inlineBlock(source, cell.children, 'cell');
          if (block) result.raw.push(block);
        }
        return;
      case 'html': {
        const start = node.position?.start.offset ?? 0;
        result.htmls.push({ start, end: node.position?.end.offset ?? start, value: node.value });
        return;
      }
      default:
        return; // code, thematic breaks, definitions: not prose
    }
  }

  private visitItem(item: ListItem, parent: List): void {
    const { source, result } = this;
    const itemStart = item.position?.start.offset ?? 0;
    const marker = parent.ordered ? (/^\s*\d+([.)])/.exec(source.slice(itemStart, itemStart + 12))?.[1] ?? '.') : source.charAt(itemStart) || '-';
    const info = { ordered: !!parent.ordered, marker };
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        const before = result.raw.length;
        splitParagraph(source, child.children, info, result.raw);
        for (let i = before; i < result.raw.length; i++) if (result.raw[i].type === 'paragraph') result.raw[i].type = 'item';
      } else this.visit(child, info);
    }
  }
}

function frontMatterOf(yaml: string): Record<string, unknown> | undefined {
  try {
    const parsed = YAML.parse(yaml);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch { /* malformed front matter is ignored, the body is still analyzed */ }
  return undefined;
}

/** Plain text of inline content with per-character source offsets; URLs and e-mail addresses blanked out. */
function inlineBlock(source: string, children: PhrasingContent[], type: TextBlock['type']): RawBlock | undefined {
  const chars: string[] = [];
  const offsets: number[] = [];
  const walk = (nodes: PhrasingContent[]): void => {
    for (const n of nodes) {
      const start = n.position?.start.offset;
      const end = n.position?.end.offset;
      if (n.type === 'text' || n.type === 'inlineCode') {
        if (start === undefined || end === undefined) continue;
        const from = n.type === 'inlineCode' ? start + source.slice(start, end).indexOf(n.value) : start;
        alignValue(source, n.value, Math.max(from, start), end, chars, offsets);
      } else if (n.type === 'break') {
        if (start !== undefined) { chars.push('\n'); offsets.push(start); }
      } else if (n.type === 'link' || n.type === 'linkReference') {
        // a link's text is prose, its URL is not; bare URLs (autolinks) are dropped entirely
        const text = n.children.map((c) => ('value' in c ? c.value : '')).join('');
        if (/^(https?:|www\.|mailto:)|@/.test(text)) continue;
        walk(n.children);
      } else if ('children' in n) {
        walk(n.children as PhrasingContent[]);
      }
      // html (inline comments, tags), images, footnotes: skipped
    }
  };
  walk(children);
  // a hard break at either end ("**\⏎Skills:**") is no part of what the block says
  while (chars.length && /\s/.test(chars[chars.length - 1])) { chars.pop(); offsets.pop(); }
  let lead = 0;
  while (lead < chars.length && /\s/.test(chars[lead])) lead++;
  chars.splice(0, lead);
  offsets.splice(0, lead);
  const text = chars.join('').replace(URL_RE, (m) => ' '.repeat(m.length));
  const spaced = spacedRunOns(text, offsets);
  const first = spaced.offsets[0];
  if (first === undefined || !spaced.text.trim()) return undefined;
  return { text: spaced.text, offsets: spaced.offsets, type, start: first, end: spaced.offsets[spaced.offsets.length - 1] + 1 };
}

/**
 * Sentences a PDF copy ran together ("vacuuming.Facilitated") read as two: a space, standing at
 * the next sentence's first character, goes after each such full stop (one pass over the text).
 */
function spacedRunOns(text: string, offsets: number[]): { text: string; offsets: number[] } {
  const stops = [...text.matchAll(RUN_ON_FULL_STOP)].map((m) => m.index! + m[0].length);
  if (!stops.length) return { text, offsets };
  const pieces: string[] = [];
  const spaced: number[] = [];
  let from = 0;
  for (const at of [...stops, text.length]) {
    pieces.push(text.slice(from, at));
    for (let k = from; k < at; k++) spaced.push(offsets[k]);
    if (at < text.length) { pieces.push(' '); spaced.push(offsets[at]); }
    from = at;
  }
  return { text: pieces.join(''), offsets: spaced };
}

/**
 * Map each character of a node's value to the source, tolerating escapes, entities and stripped
 * indentation. Whitespace the parser stripped (a continuation line's indentation) is put back, so
 * a span of the text and its source range read the same.
 */
function alignValue(source: string, value: string, start: number, end: number, chars: string[], offsets: number[]): void {
  if (source.slice(start, start + value.length) === value) {
    for (let i = 0; i < value.length; i++) { chars.push(value[i]); offsets.push(start + i); }
    return;
  }
  let p = start;
  for (const ch of value) {
    const found = source.indexOf(ch, p);
    const at = found >= 0 && found < end ? found : Math.min(p, Math.max(start, end - 1));
    if (at > p && chars.length > 0 && /^[ \t]+$/.test(source.slice(p, at))) {
      for (let k = p; k < at; k++) { chars.push(source[k]); offsets.push(k); }
    }
    for (let k = 0; k < ch.length; k++) { chars.push(ch[k]); offsets.push(at + k); }
    p = at + ch.length;
  }
}

/**
 * A paragraph may hold several logical lines: documents without Markdown headings write
 * "Required Skills" on a line of its own, and "Position: X / Years: 2015-2017" lines. Each line
 * becomes a block; a lone known section label becomes a pseudo-heading.
 */
function splitParagraph(source: string, children: PhrasingContent[], list: RawBlock['list'], out: RawBlock[]): void {
  const block = inlineBlock(source, children, 'paragraph');
  if (!block) return;
  const lines = linesOf(block, list);
  const anyLabel = list === undefined && lines.some((l) => isSectionLabel(l.text));
  if (!anyLabel) {
    // keep a multi-line paragraph whole unless it is a list of lines (each line short, like a resume's entries)
    // (wrapped prose, where most lines go on in lower case, stays one paragraph)
    const continued = lines.slice(1).filter((l) => /^\s*[a-z]/.test(l.text)).length;
    const writtenAsLines = list === undefined && continued * 2 < lines.length - 1;
    // (a list of names joined across the page's wraps is as long as it is: still a line of the list)
    if (lines.length > 1 && lines.every((l) => l.text.length < 140 || listsNames(l.text)) && writtenAsLines) {
      for (const l of lines) out.push(l);
    } else out.push(...paragraphsOfLines(block, lines, list, writtenAsLines));
    return;
  }
  for (const l of lines) out.push(isSectionLabel(l.text) ? { ...l, type: 'heading', depth: 7 } : l);
}

/** a sentence's end, before any closing quote or bracket */
const ENDS_SENTENCE = /[.!?:;…]["'’”)\]]*\s*$/;
/** a sentence's start: a capital, a digit, a quote or a bullet sign */
const OPENS_SENTENCE = /^\s*["'‘“(]?[A-Z0-9•·*–-]/;

/** the paragraph's last lines are a short label wrapped by a PDF's width ("Technical" / "proficiency:"): no paragraph of their own */
const leadsIn = (lines: readonly RawBlock[], from: number) => lines.length - from <= 2 && /:\s*$/.test(lines[lines.length - 1].text) &&
  lines.slice(from).map((l) => l.text).join(' ').trim().split(/\s+/).length <= 4;

/**
 * The paragraphs a Markdown paragraph holds. Text pasted from a web page keeps one paragraph per
 * line with no blank line between ("Come and join us." / "You will be highly skilled at ..."):
 * read as one block, a whole posting took the zone of its first line (the employer's blurb) and
 * asked for nothing. So a break after a sentence's end, before a new sentence, starts a new block;
 * a break inside a sentence (prose its writer wrapped) does not.
 */
function paragraphsOfLines(block: RawBlock, lines: readonly RawBlock[], list: RawBlock['list'], writtenAsLines = false): RawBlock[] {
  if (list !== undefined || lines.length < 2) return [{ ...block, list }];
  const groups: RawBlock[][] = [[lines[0]]];
  for (let i = 1; i < lines.length; i++) {
    // (a line closed by its need ends a requirement as a full stop would: "Bachelors Degree Required";
    // so does a line of a paragraph written a line an entry, where the next opens with a capital and
    // this one stops where an entry can: "Has completed pre-service training" / "Develops relationships
    // with children, parents and staff", one of them too long for the paragraph to be read line by line)
    const closes = ENDS_SENTENCE.test(lines[i - 1].text) || NEED_AT_END.test(lines[i - 1].text) || (writtenAsLines && closesEntry(lines[i - 1].text));
    if (closes && OPENS_SENTENCE.test(lines[i].text) && !leadsIn(lines, i)) groups.push([lines[i]]);
    else groups[groups.length - 1].push(lines[i]);
  }
  if (groups.length === 1) return [{ ...block, list }];
  // the groups come in order, so each is found from where the last ended (a search from the start
  // per group would be quadratic in a long pasted page)
  let cursor = 0;
  return groups.map((group) => {
    const from = block.offsets.indexOf(group[0].start, cursor);
    const last = group[group.length - 1];
    const lastOffset = last.offsets[last.offsets.length - 1];
    let to = block.offsets.indexOf(lastOffset, from);
    while (block.offsets[to + 1] === lastOffset) to++;
    cursor = ++to;
    const offsets = block.offsets.slice(from, to);
    return { text: block.text.slice(from, to), offsets, type: 'paragraph', start: offsets[0], end: offsets[offsets.length - 1] + 1 };
  });
}

function linesOf(block: RawBlock, list: RawBlock['list']): RawBlock[] {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= block.text.length; i++) {
    if (i === block.text.length || block.text[i] === '\n' || block.text[i] === '\r') {
      if (block.text.slice(from, i).trim()) ranges.push([from, i]);
      from = i + 1;
    }
  }
  // a line that cannot end an item was wrapped: it goes on into the next ("Great" / "Organizational Skills")
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    const line = block.text.slice(r[0], r[1]);
    const previous = last ? block.text.slice(last[0], last[1]) : '';
    // a common heading never continues a line ("..., SANs," / "Work History"), nor runs on into
    // the next one: its dash closes a label ("Experience -" / "Cooks (2018 - 2019)")
    if (last && !namesCommonSection(line) && !namesCommonSection(previous) && (runsOn(previous) || wrapsCommaList(previous, line))) last[1] = r[1];
    else merged.push([r[0], r[1]]);
  }
  return merged.map(([a, b]) => {
    const offsets = block.offsets.slice(a, b);
    return { text: block.text.slice(a, b), offsets, type: 'paragraph', start: offsets[0], end: offsets[offsets.length - 1] + 1, list };
  });
}

/**
 * Whether a line without a full stop can end an entry: it does not run on, nor stop on a word that
 * waits for more ("as", "within", "our", "must"), as a sentence wrapped before a capital does
 * ("experience within" / "Community Services").
 */
function closesEntry(line: string): boolean {
  return !runsOn(line) && !WAITS_FOR_MORE.test(line.trim());
}

const WAITS_FOR_MORE = /(?:^|\s)(?:at|by|from|within|as|into|onto|upon|via|per|than|across|between|among|under|over|about|after|before|during|through|including|such|our|your|their|its|his|her|this|these|those|that|which|who|whose|is|are|was|were|be|been|will|can|could|may|must|should|would|shall|not|very|highly|both|either|neither|all|any|each|every|some)$/i;

/** words no list item ends with: a connector, or a qualifier waiting for its noun ("Strong", "Excellent") */
const RUNS_ON = /(?:^|[\s(])(?:and|or|of|with|to|for|in|on|the|a|an|&|great|strong|excellent|good|solid|advanced|effective|exceptional|outstanding|proven|superior|detailed)\s*$/i;

/** Whether a line stops where no item can end, so the line after it continues it. */
export function runsOn(line: string): boolean {
  const t = line.trim();
  // a comma, slash or dash at the end leaves the list or range open ("C++" ends an item)
  return RUNS_ON.test(t) || /[,/-]$/.test(t);
}

/** the shortest line a page's width wraps: shorter lines of a list were ended by their writer */
const WRAPPED_LINE_CHARS = 90;
/** the most words of an item of a list of names ("Multi phone/Multi Monitor Use"); prose runs longer between its commas */
const LIST_ITEM_WORDS = 5;
/** the most words of each half of a name the wrap cut */
const CUT_NAME_WORDS = 2;
const commas = (text: string) => (text.match(/,\s/g) ?? []).length;
/** a line of nothing but short names between commas */
const listsNames = (text: string) => text.split(/,\s*/).every((p) => p.trim().split(/\s+/).length <= LIST_ITEM_WORDS);

/**
 * Whether a long comma list, cut by the page's width (resumes pasted from PDF), goes on in the next
 * line: it stops on a word with no comma after it ("..., Creative Problem Solving, Critical" /
 * "Thinking, Customer Service, ..."), and the next line goes on with the list, not a label of its own
 * ("Tools: Git, Docker").
 */
export function wrapsCommaList(line: string, next: string): boolean {
  const t = line.trim();
  if (t.length < WRAPPED_LINE_CHARS || commas(t) < 3 || /[,;.:!?)\]]$/.test(t) || !listsNames(t)) return false;
  const n = next.trim();
  if (commas(n) < 1 || /^[^,]{1,30}:/.test(n) || !/^\p{L}/u.test(n)) return false;
  // the cut name's two halves are short ("Critical" / "Thinking"); a whole name before the wrap
  // ("Inspection" / "Scheduling and Coordination (10+ years)") only lost its comma
  const words = (part: string) => part.trim().split(/\s+/).length;
  return words(t.slice(t.lastIndexOf(',') + 1)) <= CUT_NAME_WORDS && words(n.slice(0, n.indexOf(','))) <= CUT_NAME_WORDS;
}

/**
 * A lone line that names a section. A common heading ("Work History") always does; a looser one
 * only when written as a label (a colon, bold, capitals, or Title Case ending in the word that names
 * the section), so lines of a skills list such as "Verbal communication skills" and "Project
 * Management" stay lines.
 */
export function isSectionLabel(line: string): boolean {
  const m = SECTION_LABEL_RE.exec(line);
  if (!m || m[1].split(/\s+/).length > 5) return false;
  if (isStandardHeading(m[1])) return true;
  // "Masters Degree Preferred", "Bachelors Degree Required": a requirement stating its need, unless
  // what it says is needed names a section ("Experience Preferred", "Knowledge, Skills and Abilities
  // Required"); a degree or a licence is the credential asked, not the name of its section
  const need = NEED_AT_END.exec(m[1]);
  if (need) {
    const asked = m[1].slice(0, need.index);
    const kind = sectionKindOf(asked, 'job');
    if (!isStandardHeading(asked) && (kind === undefined || kind === 'education' || kind === 'certifications')) return false;
  }
  if (sectionKindOf(m[1], 'job') === undefined && sectionKindOf(m[1], 'resume') === undefined) return false;
  if (/:\s*(?:\*\*|__)?\s*$|^\s*(?:\*\*|__)/.test(line) || m[1] === m[1].toUpperCase()) return true;
  // "About Goddard Schools", "About the Trust": a line that opens on "About" and a name is the
  // heading of what is said of it; no requirement or skill is written so
  if (ABOUT_A_NAME.test(m[1])) return true;
  // Title Case alone is how list items are written too: "Project Management" under Skills is a skill
  return isTitleCase(m[1]) && headNamesSection(m[1]);
}

const ABOUT_A_NAME = /^About\s+(?:(?:the|our|us|your|this)\b|[A-Z])/;

const NEED_AT_END = /\s+(?:required|preferred|desired|desirable|essential|a plus|optional|mandatory)\s*$/i;

/** A lone line that is one of the common headings ("Work History", "Education:"). */
function namesCommonSection(line: string): boolean {
  const m = SECTION_LABEL_RE.exec(line);
  return m !== null && isStandardHeading(m[1]);
}

const MINOR_WORD = /^(?:and|or|of|the|to|for|in|a|an|with|&|\/|-)$/;
const isTitleCase = (label: string): boolean => label.trim().split(/\s+/).every((w) => /^[A-Z]/.test(w) || MINOR_WORD.test(w));
