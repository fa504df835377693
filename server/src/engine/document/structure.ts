// Blocks -> the document's structure: its kind, sections, title, template markup and the regions
// hrdocs was told to ignore.
import picomatch from 'picomatch';
import type { DocKind, HrDocument, Section, TextBlock } from '../types.js';
import type { HtmlNode, RawBlock } from './blocks.js';
import { isStandardHeading, kindEvidence, sectionKindOf } from './sections.js';
import { lineAt, offsetAt, rangeOf } from './positions.js';

export interface KindOptions {
  uri?: string;
  kind?: DocKind;
  /** workspace-relative path, matched against documentPatterns */
  relativePath?: string;
  documentPatterns?: { resume: string[]; job: string[] };
}

const CONTACT_LINE_RE = /(^|\b)(e-?mail|phone|tel|mobile|cell|linkedin|github|address|website|portfolio)\s*:|[\w.+-]{1,64}@[\w-]+\.[a-z]{2,}|\+?\d[\d\s().-]{7,}\d|linkedin\.com|github\.com/i;
/** "2002-2004", "1998 - 2000": a range of years, not a phone number */
const YEAR_RANGE_RE = /\b(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d\b/g;

// Liquid/Jinja template markup (job postings kept in static-site repositories): tags are not
// prose, and neither is what a {% comment %} block says to the people editing the template
const TEMPLATE_COMMENT_RE = /\{%-?\s*comment\b[\s\S]*?\{%-?\s*endcomment\b[^%]*%\}/g;
const TEMPLATE_TAG_RE = /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g;

export function blankTemplateComments(source: string, raw: RawBlock[]): void {
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
    raw[index] = { ...b, text };
  });
}

/** <!-- hrdocs-disable --> ... <!-- hrdocs-enable --> and <!-- hrdocs-disable-next-line --> as source offset ranges. */
export function disabledRegions(source: string, lineStarts: number[], htmls: HtmlNode[]): Array<[number, number]> {
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

export function decideKind(frontMatter: Record<string, unknown>, raw: RawBlock[], options: KindOptions): { kind: DocKind; reason: HrDocument['kindReason'] } {
  if (options.kind) return { kind: options.kind, reason: 'explicit' };
  const declared = String(frontMatter.hrdocs ?? frontMatter.type ?? '').toLowerCase();
  if (declared === 'resume' || declared === 'cv') return { kind: 'resume', reason: 'front-matter' };
  if (declared === 'job' || declared === 'jd' || declared === 'job-description') return { kind: 'job', reason: 'front-matter' };
  const byName = kindFromFileName(options);
  if (byName) return { kind: byName, reason: 'file-name' };
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

function kindFromFileName(options: KindOptions): DocKind | undefined {
  const path = options.relativePath ?? (options.uri ? decodeURIComponent(options.uri.replace(/^[a-z]+:\/*/i, '')) : undefined);
  if (!path || !options.documentPatterns) return undefined;
  const opts = { nocase: true, dot: true, basename: false };
  const p = path.replace(/\\/g, '/');
  const matches = (globs: string[]) => globs.some((g) => picomatch.isMatch(p, g, opts) || picomatch.isMatch(p.split('/').pop()!, g, { ...opts, basename: true }));
  const isJob = matches(options.documentPatterns.job);
  const isResume = matches(options.documentPatterns.resume);
  return isJob !== isResume ? (isJob ? 'job' : 'resume') : undefined;
}

export function buildSections(source: string, lineStarts: number[], raw: RawBlock[], kind: DocKind): { sections: Section[]; blocks: TextBlock[] } {
  const sections: Section[] = [];
  const blocks: TextBlock[] = [];
  const nameSections = new Set<Section>();
  const open = (heading: string, level: number, start: number, headingStart?: number, headingEnd?: number, labelLine = false): Section => {
    const kindOf = heading ? sectionKindOf(heading.replace(/[:*_]/g, ''), kind) : undefined;
    const parent = [...sections].reverse().find((s) => s.level < level);
    // a resume's sections under its name heading ("# Ana" then "## Volunteering") are not contact
    // details: an unknown one is 'other', never blanked as contact lines
    const inherits = parent && level > 1 && !(kind === 'resume' && nameSections.has(parent));
    const s: Section = {
      kind: kindOf ?? (inherits ? parent.kind : 'other'),
      heading, level, ...(labelLine ? { labelLine } : {}),
      headingRange: headingStart !== undefined && headingEnd !== undefined ? rangeOf(lineStarts, headingStart, headingEnd) : undefined,
      range: rangeOf(lineStarts, start, source.length),
      blocks: [], listStyle: 'none',
    };
    // a level-1 heading is the document's name (person or job title), not a section of its own
    if (level === 1 && !kindOf) { s.kind = kind === 'job' ? 'title' : 'contact'; nameSections.add(s); }
    sections.push(s);
    return s;
  };
  let current: Section | undefined;
  // a plain line that reads as a label ("Experience with Python and SQL") heads a section only
  // when there is something under it: alone, it is the whole text (a line pasted by itself)
  const written = raw.filter((b) => b.text.trim());
  const loneLabel = written.length === 1 && written[0].type === 'heading' && written[0].depth === 7 ? written[0] : undefined;
  for (const b of raw) {
    if (b.type === 'heading' && b !== loneLabel) {
      const level = b.depth === 7 ? 2 : b.depth ?? 2;
      const kindOf = sectionKindOf(b.text.replace(/[:*_]/g, ''), kind);
      // sub-headings inside Experience ("### Nurse — St. Mary's") are entries, not sections
      // and so is a "Responsibilities:" label line under a role in a resume
      const entryLabel = b.depth === 7 && kind !== 'job' && kindOf === 'responsibilities';
      // and so is a plain line that reads as a label but names no section ("Project Accountant"
      // above its dates): pasted resumes put every role's title on such a line
      const entryLine = b.depth === 7 && !kindOf;
      // and so is a plain line of a skills list written one item a line that names a section only
      // by one of its words ("Patience" / "Responsibility" / "Reliability"): an item, not a heading
      const listItemLine = b.depth === 7 && current?.kind === 'skills' && current.listStyle === 'lines' && !!kindOf && !isStandardHeading(b.text);
      if (listItemLine) {
        addBlock(current!, sections.indexOf(current!), { ...b, type: 'paragraph', depth: undefined }, blocks);
        continue;
      }
      if (current && (!kindOf || entryLabel) && (level > current.level - (entryLabel ? 1 : 0) || entryLine) && ['experience', 'projects', 'education'].includes(current.kind)) {
        current.blocks.push(blocks.length);
        blocks.push({ text: b.text, offsets: b.offsets, section: sections.indexOf(current), type: 'heading', zone: 'other', zoneConfidence: 0 });
        continue;
      }
      current = open(b.text.trim(), level, b.start - headingPrefix(source, b.start), b.start, b.end, b.depth === 7);
      continue;
    }
    if (!current) current = open('', 0, 0);
    addBlock(current, sections.indexOf(current), b === loneLabel ? { ...b, type: 'paragraph', depth: undefined } : b, blocks);
  }
  closeSections(sections, lineStarts);
  return { sections, blocks };
}

function addBlock(section: Section, index: number, b: RawBlock, blocks: TextBlock[]): void {
  section.blocks.push(blocks.length);
  const contact = section.kind === 'contact' || (b.text.length < 200 && section.kind !== 'experience' && CONTACT_LINE_RE.test(b.text.replace(YEAR_RANGE_RE, '')));
  blocks.push({ text: contact ? '' : b.text, offsets: contact ? [] : b.offsets, section: index, type: b.type, zone: 'other', zoneConfidence: 0 });
  if (b.list && section.listStyle === 'none') {
    section.listStyle = b.list.ordered ? 'numbered' : 'bullet';
    section.listMarker = b.list.marker;
  } else if (!b.list && section.listStyle === 'none' && b.type === 'paragraph') {
    // (commas inside brackets list one item's parts: "Microsoft Office (Word, Outlook, Excel)" is one
    // line's item; a list may run on semicolons: "SQL; Excel; Power BI")
    const outsideBrackets = b.text.replace(/\([^)]*\)/g, '');
    section.listStyle = outsideBrackets.split(/[,;]/).length >= 3 ? 'comma' : 'lines';
  }
}

/** A section runs until the next heading of the same or a higher level. */
function closeSections(sections: Section[], lineStarts: number[]): void {
  const starts = sections.map((s) => offsetAt(lineStarts, s.range.start));
  sections.forEach((s, i) => {
    const next = sections.findIndex((t, j) => j > i && (s.level === 0 || t.level <= s.level));
    if (next >= 0) s.range = rangeOf(lineStarts, starts[i], Math.max(starts[i], starts[next] - 1));
  });
}

/** Length of the "## " before a heading's text, so a section's range starts at the line's start. */
function headingPrefix(source: string, textStart: number): number {
  let i = textStart;
  while (i > 0 && source[i - 1] !== '\n' && source[i - 1] !== '\r') i--;
  return textStart - i;
}

export function findTitle(sections: Section[], blocks: TextBlock[], frontMatter: Record<string, unknown>, kind: DocKind): string | undefined {
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
