// Markdown -> HrDocument: kind, sections, and plain-text blocks mapped back to source offsets,
// so models read prose while every result points at the exact characters the user wrote.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { fromMarkdown, type Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
import YAML from 'yaml';
import picomatch from 'picomatch';
import type { Root, RootContent, PhrasingContent, ListItem, List } from 'mdast';
import type { DocKind, HrDocument, Section, TextBlock } from '../types.js';
import { kindEvidence, sectionKindOf } from './sections.js';
import { computeLineStarts, lineAt, offsetAt, rangeOf } from './positions.js';

export interface ParseOptions {
  uri?: string;
  kind?: DocKind;
  /** workspace-relative path, matched against documentPatterns */
  relativePath?: string;
  documentPatterns?: { resume: string[]; job: string[] };
}

// remark's plugins configure the parser; chunks then go straight to mdast-util-from-markdown
// (what remark-parse calls), skipping the per-call VFile wrapping that costs more than a small
// chunk's parse
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const parserOptions = {
  extensions: (processor.data('micromarkExtensions') ?? []) as NonNullable<FromMarkdownOptions['extensions']>,
  mdastExtensions: (processor.data('fromMarkdownExtensions') ?? []) as NonNullable<FromMarkdownOptions['mdastExtensions']>,
};

const URL_RE = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g;
const CONTACT_LINE_RE = /(^|\b)(e-?mail|phone|tel|mobile|cell|linkedin|github|address|website|portfolio)\s*:|[\w.+-]+@[\w-]+\.[a-z]{2,}|\+?\d[\d\s().-]{7,}\d|linkedin\.com|github\.com/i;
const SECTION_LABEL_RE = /^\s*(?:\*\*|__)?([A-Za-z][A-Za-z '’&/-]{1,40}?)(?:\*\*|__)?\s*:?\s*(?:\*\*|__)?\s*$/;

interface RawBlock {
  text: string;
  offsets: number[];
  type: TextBlock['type'];
  /** heading depth for headings; pseudo-headings (a lone "Required Skills" line) get depth 7 */
  depth?: number;
  start: number;
  end: number;
  list?: { ordered: boolean; marker: string };
}

/**
 * Parse a Markdown resume or job description. Never throws on any input.
 * A document indented as a whole (pasted from an e-mail or a template with tabs) would read as
 * one code block; its common indentation is set aside and every position mapped back to it.
 */
export function parseDocument(source: string, options: ParseOptions = {}): HrDocument {
  const removed = indentToRemove(source);
  if (!removed) return parseMarkdown(source, options);
  const lines = source.split('\n');
  const dedented = lines.map((l, i) => l.slice(removed[i])).join('\n');
  const doc = parseMarkdown(dedented, options);
  const srcLineStarts = computeLineStarts(source);
  const shift = (p: { line: number; character: number }) => ({ line: p.line, character: p.character + (removed[p.line] ?? 0) });
  const toSource = (offset: number) => {
    const line = lineAt(doc.lineStarts, offset);
    return srcLineStarts[line] + (offset - doc.lineStarts[line]) + (removed[line] ?? 0);
  };
  for (const b of doc.blocks) b.offsets = b.offsets.map(toSource);
  for (const sec of doc.sections) {
    sec.range = { start: shift(sec.range.start), end: shift(sec.range.end) };
    if (sec.headingRange) sec.headingRange = { start: shift(sec.headingRange.start), end: shift(sec.headingRange.end) };
  }
  doc.disabled = doc.disabled.map(([a, b]) => [toSource(a), toSource(b)]);
  return { ...doc, source, lineStarts: srcLineStarts };
}

/**
 * Characters to set aside at the start of each line, or undefined when none: the common
 * indentation of the whole document, or of each paragraph that Markdown would read as an
 * indented code block ("## Experience" then "    * ETL Tester (2017 - 2021)"). Resumes and
 * job ads hold no code; a paragraph that looks like code, and fenced blocks, stay as written.
 */
function indentToRemove(source: string): number[] | undefined {
  const lines = source.split('\n');
  const removed = new Array<number>(lines.length).fill(0);
  let any = false;
  const whole = commonIndent(lines);
  if (whole) {
    lines.forEach((l, i) => { removed[i] = l.startsWith(whole) ? whole.length : l.length - l.trimStart().length; });
    return removed;
  }
  let fence: string | undefined;
  let previous = '';
  for (let i = 0; i < lines.length;) {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(lines[i])?.[1];
    if (fenceMark && (!fence || fenceMark.startsWith(fence))) { fence = fence ? undefined : fenceMark; previous = lines[i]; i++; continue; }
    if (fence || !lines[i].trim()) { i++; continue; }
    // a heading is a block of its own line: what follows it starts a new block
    if (ATX_HEADING.test(lines[i])) { previous = lines[i]; i++; continue; }
    let end = i;
    while (end < lines.length && lines[end].trim() && !ATX_HEADING.test(lines[end])) end++;
    // only an indented paragraph is a candidate; most are not
    if (/^[\t ]/.test(lines[i])) {
      const paragraph = lines.slice(i, end);
      const indent = commonIndent(paragraph);
      // after a blank line under a list item, an indented paragraph belongs to the item
      const inList = LIST_ITEM.test(previous) && !paragraph.some((l) => LIST_ITEM.test(l));
      if (indent && !inList && !CODE_LIKE.test(paragraph.join('\n'))) {
        for (let k = i; k < end; k++) removed[k] = indent.length;
        any = true;
      }
    }
    previous = lines[end - 1];
    i = end;
  }
  return any ? removed : undefined;
}

const ATX_HEADING = /^\s{0,3}#{1,6}(?:\s|$)/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,2}[.)])\s/;
const CODE_LIKE = /[{};]\s*$|=>|==|^\s*(?:def|function|class|import|return|var|let|const|#include|public|private)\b|<\/?[a-z][\w-]*[\s>]/m;

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

function parseMarkdown(source: string, options: ParseOptions): HrDocument {
  const uri = options.uri ?? 'untitled:document';
  const lineStarts = computeLineStarts(source);
  const frontMatter: Record<string, unknown> = {};
  const raw: RawBlock[] = [];
  const htmls: HtmlNode[] = [];
  // Markdown blocks end at blank lines: each chunk between them is parsed once and remembered,
  // so an edit re-parses only the paragraph being typed in.
  const chunks = splitChunks(source);
  const unseen = chunks.filter((c) => !chunkCache.has(chunkKey(c.text, c.start === 0))).length;
  if (unseen > WHOLE_PARSE_AT && source.length <= WHOLE_PARSE_MAX_LENGTH) {
    // a new document of a few pages: one parse of the whole is cheaper than many small ones
    // (each parse call sets the parser up anew); its blocks then seed the cache chunk by chunk.
    // A long one is parsed chunk by chunk: micromark slows down more than linearly on it.
    const whole = parseChunk(source, true, false);
    if (whole.frontMatter) Object.assign(frontMatter, whole.frontMatter);
    raw.push(...whole.raw);
    htmls.push(...whole.htmls);
    seedChunkCache(chunks, whole);
  } else {
    for (const chunk of chunks) {
      const parsed = parseChunk(chunk.text, chunk.start === 0);
      if (parsed.frontMatter) Object.assign(frontMatter, parsed.frontMatter);
      for (const b of parsed.raw) raw.push(chunk.start === 0 ? b : shiftBlock(b, chunk.start));
      for (const h of parsed.htmls) htmls.push({ start: h.start + chunk.start, end: h.end + chunk.start, value: h.value });
    }
  }
  blankTemplateComments(source, raw);
  const disabled = disabledRegions(source, lineStarts, htmls);
  const kindDecision = decideKind(frontMatter, raw, options);
  const kind = kindDecision.kind;
  const { sections, blocks } = buildSections(source, lineStarts, raw, kind);
  const title = findTitle(sections, blocks, frontMatter, kind);
  return { uri, source, kind, kindReason: kindDecision.reason, frontMatter, title, sections, blocks, lineStarts, disabled };
}

interface HtmlNode { start: number; end: number; value: string }

// Liquid/Jinja template markup (job postings kept in static-site repositories): tags are not
// prose, and neither is what a {% comment %} block says to the people editing the template
const TEMPLATE_COMMENT_RE = /\{%-?\s*comment\b[\s\S]*?\{%-?\s*endcomment\b[^%]*%\}/g;
const TEMPLATE_TAG_RE = /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g;

function blankTemplateComments(source: string, raw: RawBlock[]): void {
  if (!source.includes('{%') && !source.includes('{{')) return;
  const regions: Array<[number, number]> = [];
  for (const re of [TEMPLATE_COMMENT_RE, TEMPLATE_TAG_RE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(source)) !== null) regions.push([m.index, m.index + m[0].length]);
  }
  if (!regions.length) return;
  raw.forEach((b, index) => {
    const here = regions.filter(([a, z]) => a < b.end && z > b.start);
    if (!here.length) return;
    let text = '';
    for (let i = 0; i < b.text.length; i++) {
      const o = b.offsets[i];
      text += here.some(([a, z]) => o >= a && o < z) ? ' ' : b.text[i];
    }
    // a copy: blocks may be shared with the chunk cache
    raw[index] = { ...b, text };
  });
}
interface ParsedChunk { raw: RawBlock[]; htmls: HtmlNode[]; frontMatter?: Record<string, unknown> }

const CHUNK_CACHE_LIMIT = 4096;
const chunkCache = new Map<string, ParsedChunk>();

function shiftBlock(b: RawBlock, by: number): RawBlock {
  return { ...b, offsets: b.offsets.map((o) => o + by), start: b.start + by, end: b.end + by };
}

/** Split at blank lines, never inside front matter, fenced code or an HTML comment. */
function splitChunks(source: string): Array<{ start: number; text: string }> {
  const chunks: Array<{ start: number; text: string }> = [];
  let pos = 0;
  let chunkStart = -1;
  let fence: string | undefined;
  let inComment = false;
  let inFrontMatter = /^---[ \t]*\r?\n/.test(source);
  let lineNo = 0;
  while (pos <= source.length) {
    const nl = source.indexOf('\n', pos);
    const lineEnd = nl < 0 ? source.length : nl;
    const line = source.slice(pos, lineEnd);
    const blank = !line.trim();
    if (inFrontMatter && lineNo > 0 && /^(---|\.\.\.)\s*$/.test(line)) inFrontMatter = false;
    else if (!inFrontMatter && !inComment) {
      const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (f) { if (!fence) fence = f[1][0]; else if (f[1][0] === fence) fence = undefined; }
    }
    if (!fence && !inFrontMatter) {
      const open = line.lastIndexOf('<!--');
      const close = line.lastIndexOf('-->');
      if (open >= 0 && close < open) inComment = true;
      else if (close >= 0 && inComment) inComment = false;
    }
    if (blank && !fence && !inComment && !inFrontMatter) {
      if (chunkStart >= 0) { chunks.push({ start: chunkStart, text: source.slice(chunkStart, pos) }); chunkStart = -1; }
    } else if (chunkStart < 0) chunkStart = pos;
    if (nl < 0) break;
    pos = nl + 1;
    lineNo++;
  }
  if (chunkStart >= 0) chunks.push({ start: chunkStart, text: source.slice(chunkStart) });
  return chunks;
}

const WHOLE_PARSE_AT = 3;
const WHOLE_PARSE_MAX_LENGTH = 20_000;

function chunkKey(text: string, atDocumentStart: boolean): string {
  return (atDocumentStart ? '1' : '0') + text;
}

/** Cache each chunk's share of a whole-document parse (blocks never cross a blank line); one pass, both in order. */
function seedChunkCache(chunks: Array<{ start: number; text: string }>, whole: ParsedChunk): void {
  let b = 0;
  let h = 0;
  for (const chunk of chunks) {
    const end = chunk.start + chunk.text.length;
    const entry: ParsedChunk = { raw: [], htmls: [] };
    while (b < whole.raw.length && whole.raw[b].start < chunk.start) b++;
    for (; b < whole.raw.length && whole.raw[b].start < end; b++) {
      if (whole.raw[b].end <= end) entry.raw.push(shiftBlock(whole.raw[b], -chunk.start));
    }
    while (h < whole.htmls.length && whole.htmls[h].start < chunk.start) h++;
    for (; h < whole.htmls.length && whole.htmls[h].start < end; h++) {
      const x = whole.htmls[h];
      if (x.end <= end) entry.htmls.push({ ...x, start: x.start - chunk.start, end: x.end - chunk.start });
    }
    if (chunk.start === 0 && whole.frontMatter) entry.frontMatter = whole.frontMatter;
    if (chunkCache.size >= CHUNK_CACHE_LIMIT) chunkCache.clear();
    chunkCache.set(chunkKey(chunk.text, chunk.start === 0), entry);
  }
}

function parseChunk(source: string, atDocumentStart: boolean, cache = true): ParsedChunk {
  const cacheKey = chunkKey(source, atDocumentStart);
  const cached = cache ? chunkCache.get(cacheKey) : undefined;
  if (cached) return cached;
  let tree: Root;
  try {
    tree = fromMarkdown(source, parserOptions);
  } catch {
    tree = { type: 'root', children: [] };
  }
  const result: ParsedChunk = { raw: [], htmls: [] };
  const raw = result.raw;
  const visit = (node: RootContent, list?: RawBlock['list']): void => {
    switch (node.type) {
      case 'yaml': {
        if (!atDocumentStart) return;
        try {
          const parsed = YAML.parse(node.value);
          if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) result.frontMatter = parsed as Record<string, unknown>;
        } catch { /* malformed front matter is ignored, the body is still analyzed */ }
        return;
      }
      case 'heading': {
        const block = inlineBlock(source, node.children, 'heading');
        if (block) raw.push({ ...block, depth: node.depth });
        return;
      }
      case 'paragraph':
        splitParagraph(source, node.children, list, raw);
        return;
      case 'list':
        for (const item of node.children) visitItem(item, node);
        return;
      case 'blockquote':
        for (const child of node.children) visit(child, list);
        return;
      case 'table':
        for (const row of node.children) for (const cell of row.children) {
          const block = inlineBlock(source, cell.children, 'cell');
          if (block) raw.push(block);
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
  };
  const visitItem = (item: ListItem, parent: List): void => {
    const itemStart = item.position?.start.offset ?? 0;
    const marker = parent.ordered ? (/^\s*\d+([.)])/.exec(source.slice(itemStart, itemStart + 12))?.[1] ?? '.') : source.charAt(itemStart) || '-';
    const info = { ordered: !!parent.ordered, marker };
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        const before = raw.length;
        splitParagraph(source, child.children, info, raw);
        for (let i = before; i < raw.length; i++) if (raw[i].type === 'paragraph') raw[i].type = 'item';
      } else visit(child, info);
    }
  };
  for (const node of tree.children) visit(node);
  if (cache) {
    if (chunkCache.size >= CHUNK_CACHE_LIMIT) chunkCache.clear();
    chunkCache.set(cacheKey, result);
  }
  return result;
}

/** <!-- hrdocs-disable --> ... <!-- hrdocs-enable --> and <!-- hrdocs-disable-next-line --> as source offset ranges. */
function disabledRegions(source: string, lineStarts: number[], htmls: HtmlNode[]): Array<[number, number]> {
  const disabled: Array<[number, number]> = [];
  let disableStart = -1;
  for (const { start, end, value } of htmls) {
    if (/<!--\s*hrdocs-disable\s*-->/.test(value) && disableStart < 0) disableStart = start;
    else if (/<!--\s*hrdocs-enable\s*-->/.test(value) && disableStart >= 0) { disabled.push([disableStart, end]); disableStart = -1; }
    else if (/<!--\s*hrdocs-disable-next-line\b/.test(value)) {
      const line = lineAt(lineStarts, end);
      disabled.push([start, lineStarts[line + 2] ?? source.length]);
    }
  }
  if (disableStart >= 0) disabled.push([disableStart, source.length]);
  return disabled;
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
  let text = chars.join('');
  text = text.replace(URL_RE, (m) => ' '.repeat(m.length));
  const first = offsets[0];
  if (first === undefined || !text.trim()) return undefined;
  return { text, offsets, type, start: first, end: offsets[offsets.length - 1] + 1 };
}

/** Map each character of a node's value to the source, tolerating escapes, entities and stripped indentation. */
function alignValue(source: string, value: string, start: number, end: number, chars: string[], offsets: number[]): void {
  if (source.slice(start, start + value.length) === value) {
    for (let i = 0; i < value.length; i++) { chars.push(value[i]); offsets.push(start + i); }
    return;
  }
  let p = start;
  for (const ch of value) {
    const found = source.indexOf(ch, p);
    const at = found >= 0 && found < end ? found : Math.min(p, Math.max(start, end - 1));
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
  const lines: RawBlock[] = [];
  let from = 0;
  for (let i = 0; i <= block.text.length; i++) {
    if (i === block.text.length || block.text[i] === '\n') {
      const text = block.text.slice(from, i);
      if (text.trim()) {
        const offsets = block.offsets.slice(from, i);
        lines.push({ text, offsets, type: 'paragraph', start: offsets[0], end: offsets[offsets.length - 1] + 1, list });
      }
      from = i + 1;
    }
  }
  const anyLabel = list === undefined && lines.some((l) => isSectionLabel(l.text));
  if (!anyLabel) {
    // keep a multi-line paragraph whole unless it is a list of lines (each line short, like a resume's entries)
    // (wrapped prose, where most lines go on in lower case, stays one paragraph)
    const continued = lines.slice(1).filter((l) => /^\s*[a-z]/.test(l.text)).length;
    if (lines.length > 1 && lines.every((l) => l.text.length < 140) && list === undefined && continued * 2 < lines.length - 1) {
      for (const l of lines) out.push(l);
    } else out.push({ ...block, list });
    return;
  }
  for (const l of lines) out.push(isSectionLabel(l.text) ? { ...l, type: 'heading', depth: 7 } : l);
}

function isSectionLabel(line: string): boolean {
  const m = SECTION_LABEL_RE.exec(line);
  return !!m && (sectionKindOf(m[1], 'job') !== undefined || sectionKindOf(m[1], 'resume') !== undefined) && m[1].split(/\s+/).length <= 5;
}

function decideKind(frontMatter: Record<string, unknown>, raw: RawBlock[], options: ParseOptions): { kind: DocKind; reason: HrDocument['kindReason'] } {
  if (options.kind) return { kind: options.kind, reason: 'explicit' };
  const declared = String(frontMatter.hrdocs ?? frontMatter.type ?? '').toLowerCase();
  if (declared === 'resume' || declared === 'cv') return { kind: 'resume', reason: 'front-matter' };
  if (declared === 'job' || declared === 'jd' || declared === 'job-description') return { kind: 'job', reason: 'front-matter' };
  const path = options.relativePath ?? (options.uri ? decodeURIComponent(options.uri.replace(/^[a-z]+:\/*/i, '')) : undefined);
  if (path && options.documentPatterns) {
    const opts = { nocase: true, dot: true, basename: false };
    const p = path.replace(/\\/g, '/');
    const isJob = options.documentPatterns.job.some((g) => picomatch.isMatch(p, g, opts) || picomatch.isMatch(p.split('/').pop()!, g, { ...opts, basename: true }));
    const isResume = options.documentPatterns.resume.some((g) => picomatch.isMatch(p, g, opts) || picomatch.isMatch(p.split('/').pop()!, g, { ...opts, basename: true }));
    if (isJob !== isResume) return { kind: isJob ? 'job' : 'resume', reason: 'file-name' };
  }
  let job = 0, resume = 0;
  for (const b of raw) {
    if (b.type !== 'heading') continue;
    const e = kindEvidence(b.text.replace(/[:*_]/g, ''));
    job += e.job; resume += e.resume;
  }
  const prose = raw.slice(0, 40).map((b) => b.text).join(' ').toLowerCase();
  if (/\b(we are (seeking|looking)|you will|the (ideal|successful) candidate|join our team|we're hiring|apply)\b/.test(prose)) job += 1;
  if (/\b(i am|i have|my )\b/.test(prose)) resume += 0.5;
  return { kind: job > resume ? 'job' : 'resume', reason: 'headings' };
}

function buildSections(source: string, lineStarts: number[], raw: RawBlock[], kind: DocKind): { sections: Section[]; blocks: TextBlock[] } {
  const sections: Section[] = [];
  const blocks: TextBlock[] = [];
  const open = (heading: string, level: number, start: number, headingStart?: number, headingEnd?: number): Section => {
    const kindOf = heading ? sectionKindOf(heading.replace(/[:*_]/g, ''), kind) : undefined;
    const parent = [...sections].reverse().find((s) => s.level < level);
    const s: Section = {
      kind: kindOf ?? (parent && level > 1 ? parent.kind : heading ? 'other' : 'other'),
      heading, level,
      headingRange: headingStart !== undefined && headingEnd !== undefined ? rangeOf(lineStarts, headingStart, headingEnd) : undefined,
      range: rangeOf(lineStarts, start, source.length),
      blocks: [], listStyle: 'none',
    };
    // a level-1 heading is the document's name (person or job title), not a section of its own
    if (level === 1 && !kindOf) s.kind = kind === 'job' ? 'title' : 'contact';
    sections.push(s);
    return s;
  };
  let current: Section | undefined;
  for (const b of raw) {
    if (b.type === 'heading') {
      const level = b.depth === 7 ? 2 : b.depth ?? 2;
      const kindOf = sectionKindOf(b.text.replace(/[:*_]/g, ''), kind);
      // sub-headings inside Experience ("### Nurse — St. Mary's") are entries, not sections
      // and so is a "Responsibilities:" label line under a role in a resume
      const entryLabel = b.depth === 7 && kind !== 'job' && kindOf === 'responsibilities';
      if (current && (!kindOf || entryLabel) && level > current.level - (entryLabel ? 1 : 0) && ['experience', 'projects', 'education'].includes(current.kind)) {
        current.blocks.push(blocks.length);
        blocks.push({ text: b.text, offsets: b.offsets, section: sections.indexOf(current), type: 'heading' });
        continue;
      }
      current = open(b.text.trim(), level, b.start - headingPrefix(source, b.start), b.start, b.end);
      continue;
    }
    if (!current) current = open('', 0, 0);
    const idx = sections.indexOf(current);
    current.blocks.push(blocks.length);
    const contact = current.kind === 'contact' || (CONTACT_LINE_RE.test(b.text) && b.text.length < 200 && current.kind !== 'experience');
    blocks.push({ text: contact ? '' : b.text, offsets: contact ? [] : b.offsets, section: idx, type: b.type });
    if (b.list && current.listStyle === 'none') {
      current.listStyle = b.list.ordered ? 'numbered' : 'bullet';
      current.listMarker = b.list.marker;
    } else if (!b.list && current.listStyle === 'none' && b.type === 'paragraph') {
      current.listStyle = /,/.test(b.text) && b.text.split(',').length >= 3 ? 'comma' : 'lines';
    }
  }
  // a section runs until the next heading of the same or a higher level
  const starts = sections.map((s) => offsetAt(lineStarts, s.range.start));
  sections.forEach((s, i) => {
    const next = sections.findIndex((t, j) => j > i && (s.level === 0 || t.level <= s.level));
    if (next >= 0) s.range = rangeOf(lineStarts, starts[i], Math.max(starts[i], starts[next] - 1));
  });
  return { sections, blocks };
}

/** Length of the "## " before a heading's text, so a section's range starts at the line's start. */
function headingPrefix(source: string, textStart: number): number {
  let i = textStart;
  while (i > 0 && source[i - 1] !== '\n') i--;
  return textStart - i;
}

function findTitle(sections: Section[], blocks: TextBlock[], frontMatter: Record<string, unknown>, kind: DocKind): string | undefined {
  if (typeof frontMatter.title === 'string' && frontMatter.title.trim()) return frontMatter.title.trim();
  if (kind !== 'job') return undefined;
  const titleSection = sections.find((s) => s.kind === 'title');
  if (titleSection) {
    // "# ICU Nurse" names the job; under a "## Job title" heading the title is the next line
    if (titleSection.level === 1 && !sectionKindOf(titleSection.heading, kind)) return cleanTitle(titleSection.heading);
    const first = titleSection.blocks.map((i) => blocks[i]).find((b) => b.text.trim());
    if (first) return cleanTitle(first.text);
  }
  for (const b of blocks) {
    const m = /^\s*(?:job\s+)?title\s*:\s*(.+)$/i.exec(b.text);
    if (m) return cleanTitle(m[1]);
  }
  return undefined;
}

function cleanTitle(t: string): string {
  return t.replace(/^\s*(?:job\s+)?title\s*:\s*/i, '').replace(/\s+/g, ' ').replace(/[.:]\s*$/, '').trim();
}

