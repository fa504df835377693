// Markdown blocks end at blank lines: the text is cut into chunks that parse alone exactly as
// they parse in place, and each chunk's blocks are remembered by its text, so an edit re-parses
// only the paragraph being typed in. A document's parse is always the concatenation of its
// chunks' parses, cached or not: a cache hit cannot differ from a fresh parse.
import { throwIfCancelled, yieldToEventLoop, type CancellationToken } from '../cancel.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { fromMarkdown, type Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';
import { blocksOf, type ParsedChunk, type RawBlock } from './blocks.js';
import { splitLines } from './positions.js';
import { opensWithFrontMatter } from './front-matter.js';

// remark's plugins configure the parser; chunks then go straight to mdast-util-from-markdown
// (what remark-parse calls), skipping the per-call VFile wrapping that costs more than a small
// chunk's parse. Front matter exists only at the document's start.
const parserOptions = (frozen: { data(key: string): unknown }) => ({
  extensions: (frozen.data('micromarkExtensions') ?? []) as NonNullable<FromMarkdownOptions['extensions']>,
  mdastExtensions: (frozen.data('fromMarkdownExtensions') ?? []) as NonNullable<FromMarkdownOptions['mdastExtensions']>,
});
const AT_START_OPTIONS = parserOptions(unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze());
const INNER_OPTIONS = parserOptions(unified().use(remarkParse).use(remarkGfm).freeze());

/** Where chunk parses are remembered: the engine passes its own bounded cache (no module state). */
export interface ChunkCache {
  get(key: string): ParsedChunk | undefined;
  set(key: string, value: ParsedChunk): void;
}

export interface Chunk { start: number; text: string }

/** The blocks, HTML nodes and front matter of a whole text, chunk by chunk (offsets in `source`). */
export function parseChunks(source: string, cache?: ChunkCache): ParsedChunk {
  const out: ParsedChunk = { raw: [], htmls: [] };
  const frontMatter = opensWithFrontMatter(source);
  for (const chunk of splitChunks(source, frontMatter)) {
    const parsed = parseChunk(chunk.text, frontMatter && chunk.start === 0, cache);
    if (parsed.frontMatter) out.frontMatter = parsed.frontMatter;
    // copies: what the caller builds must never alias the cache
    for (const b of parsed.raw) out.raw.push(shiftBlock(b, chunk.start));
    for (const h of parsed.htmls) out.htmls.push({ start: h.start + chunk.start, end: h.end + chunk.start, value: h.value });
  }
  return out;
}

function shiftBlock(b: RawBlock, by: number): RawBlock {
  return { ...b, offsets: b.offsets.map((o) => o + by), start: b.start + by, end: b.end + by };
}

/** A link or footnote definition: references to it may sit in any chunk, so the text is not cut. */
const DEFINITION = /^ {0,3}\[[^\]\r\n]+\]:/m;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** HTML blocks that run on over blank lines until their end marker (CommonMark kinds 1-5) */
const RAW_HTML: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Cut at blank lines, never inside front matter, fenced code or a raw HTML block, and never before
 * an indented line (it may continue a list item across the blank line).
 */
export function splitChunks(source: string, frontMatter = opensWithFrontMatter(source)): Chunk[] {
  if (DEFINITION.test(source)) return source ? [{ start: 0, text: source }] : [];
  const chunks: Chunk[] = [];
  const state = new ChunkState(frontMatter);
  let pos = 0;
  let chunkStart = -1;
  let blankSince = -1;
  for (const { text: line, eol } of splitLines(source)) {
    const inside = state.inBlock();
    state.advance(line);
    if (!line.trim() && !inside && !state.inBlock()) {
      if (chunkStart >= 0 && blankSince < 0) blankSince = pos;
    } else if (line.trim()) {
      if (chunkStart >= 0 && blankSince >= 0 && !/^[ \t]/.test(line) && !inside) {
        chunks.push({ start: chunkStart, text: source.slice(chunkStart, blankSince) });
        chunkStart = -1;
      }
      if (chunkStart < 0) chunkStart = pos;
      blankSince = -1;
    }
    pos += line.length + eol.length;
  }
  if (chunkStart >= 0) chunks.push({ start: chunkStart, text: source.slice(chunkStart, blankSince >= 0 ? blankSince : source.length) });
  return chunks;
}

/** What a line leaves open: front matter, a fence, a raw HTML block. */
class ChunkState {
  private frontMatter: boolean;
  private fence?: string;
  private htmlEnd?: RegExp;
  private lineNo = 0;

  constructor(opensWithFrontMatter: boolean) {
    this.frontMatter = opensWithFrontMatter;
  }

  inBlock(): boolean {
    return this.frontMatter || this.fence !== undefined || this.htmlEnd !== undefined;
  }

  advance(line: string): void {
    const first = this.lineNo++ === 0;
    if (this.frontMatter) {
      if (!first && /^(---|\.\.\.)\s*$/.test(line)) this.frontMatter = false;
      return;
    }
    if (this.htmlEnd) {
      if (this.htmlEnd.test(line)) this.htmlEnd = undefined;
      return;
    }
    const f = FENCE.exec(line);
    if (f) {
      // a fence closes with the same character, at least as long, and nothing after it
      if (!this.fence) this.fence = f[1];
      else if (f[1][0] === this.fence[0] && f[1].length >= this.fence.length && !line.slice(f[0].length).trim()) this.fence = undefined;
      return;
    }
    if (this.fence) return;
    for (const [open, close] of RAW_HTML) {
      const m = open.exec(line);
      if (m && !close.test(line.slice(m[0].length))) { this.htmlEnd = close; return; }
    }
  }
}

/** `holdsFrontMatter`: the chunk opens a document whose first block is front matter. */
function parseChunk(source: string, holdsFrontMatter: boolean, cache?: ChunkCache): ParsedChunk {
  const cacheKey = (holdsFrontMatter ? '1' : '0') + source;
  const cached = cache?.get(cacheKey);
  if (cached) return cached;
  let tree: Root;
  try {
    tree = fromMarkdown(source, holdsFrontMatter ? AT_START_OPTIONS : INNER_OPTIONS);
  } catch {
    tree = { type: 'root', children: [] };
  }
  const result = blocksOf(tree, source, holdsFrontMatter);
  cache?.set(cacheKey, result);
  return result;
}

/**
 * Parses a text's chunks into `cache` a few at a time, yielding between them, so a long document
 * never holds the event loop: the parse that follows finds every chunk cached. Throws
 * CancelledError when `token` is cancelled.
 */
export async function warmChunks(source: string, cache: ChunkCache, token?: CancellationToken): Promise<void> {
  let last = performance.now();
  const frontMatter = opensWithFrontMatter(source);
  for (const chunk of splitChunks(source, frontMatter)) {
    parseChunk(chunk.text, frontMatter && chunk.start === 0, cache);
    if (performance.now() - last > WARM_SLICE_MS) {
      await yieldToEventLoop();
      throwIfCancelled(token);
      last = performance.now();
    }
  }
}

/** Longest stretch of parsing between two yields. */
const WARM_SLICE_MS = 20;
