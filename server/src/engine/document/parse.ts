// Markdown -> HrDocument: kind, sections, and plain-text blocks mapped back to source offsets,
// so models read prose while every result points at the exact characters the user wrote.
// The pieces: chunks.ts (cut and cached parse), blocks.ts (tree -> plain text), indent.ts (what
// is set aside before parsing), structure.ts (kind, sections, title).
import type { HrDocument } from '../types.js';
import { parseChunks, type ChunkCache } from './chunks.js';
import { indentToRemove, removeIndent } from './indent.js';
import { computeLineStarts, lineAt, splitLines } from './positions.js';
import { labelZonesByHeadings } from './zones.js';
import { blankTemplateComments, buildSections, decideKind, disabledRegions, findTitle, type KindOptions } from './structure.js';

export type { ChunkCache } from './chunks.js';

export interface ParseOptions extends KindOptions {
  /** remembered chunk parses (the engine's cache): an edit re-parses only the changed chunk */
  chunkCache?: ChunkCache;
}

/**
 * Parse a Markdown resume or job description. Never throws on any input.
 * A document indented as a whole (pasted from an e-mail or a template with tabs) would read as
 * one code block; its common indentation is set aside and every position mapped back to it.
 */
export function parseDocument(source: string, options: ParseOptions = {}): HrDocument {
  const removed = indentToRemove(source);
  if (!removed) return parseMarkdown(source, options);
  const doc = parseMarkdown(removeIndent(splitLines(source), removed), options);
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

function parseMarkdown(source: string, options: ParseOptions): HrDocument {
  const uri = options.uri ?? 'untitled:document';
  const lineStarts = computeLineStarts(source);
  const { raw, htmls, frontMatter = {} } = parseChunks(source, options.chunkCache);
  blankTemplateComments(source, raw);
  const disabled = disabledRegions(source, lineStarts, htmls);
  const kindDecision = decideKind(frontMatter, raw, options);
  const kind = kindDecision.kind;
  const { sections, blocks } = buildSections(source, lineStarts, raw, kind);
  const title = findTitle(sections, blocks, frontMatter, kind);
  const doc: HrDocument = { uri, source, kind, kindReason: kindDecision.reason, frontMatter, title, sections, blocks, lineStarts, disabled };
  labelZonesByHeadings(doc);
  return doc;
}
