// Reading input documents and writing output without surprises: one-line messages for files
// that cannot be analyzed, and stdout writes that respect backpressure.
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { CliError } from './args.js';

export { writeFileAtomic } from '../files/atomic.js';

/** The CLI refuses documents larger than this (the editor's own limit is 400,000 characters). */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

/** Reads a Markdown document: exit 2 with one line for a missing, empty, binary or huge file. */
export function readDocument(path: string): string {
  return readDocumentFile(path).text;
}

/** A document's text (BOM removed) and whether the file started with a UTF-8 BOM. */
export interface DocumentFile { text: string; bom: boolean }

export function readDocumentFile(path: string): DocumentFile {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError(`${path}: is a directory, not a Markdown file`);
    if (!st.isFile()) throw new CliError(`${path}: not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${path}: ${fsReason(e)}`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new CliError(`${path}: file too large (${mb(size)} MB; the limit is ${mb(MAX_INPUT_BYTES)} MB)`);
  }
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new CliError(`${path}: ${fsReason(e)}`);
  }
  return { text: decodeDocument(buf, path), bom: buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf };
}

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);

/**
 * Refuses (exit 2) to write anything but a regular Markdown file reached without a symlink:
 * `--write` through `resume.md -> ~/.bashrc` must not clobber the link's target.
 */
export function checkWritableDocument(path: string): void {
  if (!MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase())) {
    throw new CliError(`${path}: not a Markdown file (.md or .markdown); refusing to write it`);
  }
  let st;
  try {
    st = lstatSync(path);
  } catch (e) {
    throw new CliError(`${path}: ${fsReason(e)}`);
  }
  if (st.isSymbolicLink()) throw new CliError(`${path}: is a symbolic link; refusing to write through it (run fix on the file it points to)`);
  if (!st.isFile()) throw new CliError(`${path}: not a regular file; refusing to write it`);
}

/** UTF-8 text of a buffer, or a CliError naming why it is not a text document. */
export function decodeDocument(buf: Buffer, label: string): string {
  if (buf.length > MAX_INPUT_BYTES) {
    throw new CliError(`${label}: too large (${mb(buf.length)} MB; the limit is ${mb(MAX_INPUT_BYTES)} MB)`);
  }
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new CliError(`${label}: UTF-16 text; save it as UTF-8`);
  }
  if (buf.subarray(0, 65536).includes(0)) throw new CliError(`${label}: binary file (contains NUL bytes), not a Markdown document`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new CliError(`${label}: not UTF-8 text, not a Markdown document`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new CliError(`${label}: empty document`);
  const nesting = nestingProblem(text);
  if (nesting) throw new CliError(`${label}: ${nesting}`);
  return text;
}

/** Deeper than this, Markdown is not a resume, and the parser's time grows with the square of the depth. */
export const MAX_MARKDOWN_NESTING = 100;
const DEEP_QUOTE = new RegExp(`^(?:[ \\t]*>){${MAX_MARKDOWN_NESTING + 1}}`, 'm');
const LONG_DELIMITER_RUN = new RegExp(`([\\[\\]()*_<>])\\1{${MAX_MARKDOWN_NESTING},}`);

/** Why a text is too deeply nested to parse in reasonable time (quotes in quotes, [[[[, ****), or undefined. */
export function nestingProblem(text: string): string | undefined {
  if (DEEP_QUOTE.test(text)) return `Markdown nested too deeply (block quotes more than ${MAX_MARKDOWN_NESTING} levels deep)`;
  const run = LONG_DELIMITER_RUN.exec(text);
  if (run) return `Markdown nested too deeply (a run of more than ${MAX_MARKDOWN_NESTING} "${run[1]}" characters)`;
  return undefined;
}

/** The same checks for a text that arrived in a batch request; returns the reason or undefined. */
export function textProblem(text: string): string | undefined {
  if (text.length > MAX_INPUT_BYTES) return `text too large (${text.length} characters; the limit is ${MAX_INPUT_BYTES})`;
  if (text.trim() === '') return 'empty document';
  return nestingProblem(text);
}

const UNSAFE_CHARS = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** NUL and lone surrogates become U+FFFD: they are not text and must not reach titles or output. */
export function sanitizeText(text: string): string {
  return text.replace(UNSAFE_CHARS, '\uFFFD');
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a Markdown file';
    case 'ENAMETOOLONG': return 'file name too long';
    default: return `cannot read (${code ?? (e instanceof Error ? e.message : String(e))})`;
  }
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1);
}

/** Writes to a stream, waiting for 'drain' when its buffer is full (or for its end, on error). */
export async function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      stream.removeListener('drain', done);
      stream.removeListener('close', done);
      stream.removeListener('error', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
    stream.once('error', done);
  });
}

export function out(text: string): Promise<void> {
  return write(process.stdout, text.endsWith('\n') ? text : text + '\n');
}

export function jsonOut(value: unknown): Promise<void> {
  return write(process.stdout, JSON.stringify(value, null, 2) + '\n');
}
