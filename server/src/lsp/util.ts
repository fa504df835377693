// Small helpers shared by the LSP features: URIs and paths, ranges, timing.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken, Position, Range } from 'vscode-languageserver';
import { firstLineRange, percent, yieldToEventLoop } from '../engine/index.js';

const MARKDOWN_EXT = /\.(md|markdown)$/i;

/** Markdown by language id, or by file extension when the language id is unknown. */
export function isMarkdown(uri: string, languageId?: string): boolean {
  if (languageId === 'markdown') return true;
  return MARKDOWN_EXT.test(uriPath(uri));
}

function uriPath(uri: string): string {
  try {
    return new URL(uri).pathname;
  } catch {
    return uri;
  }
}

export function isFileUri(uri: string): boolean {
  return uri.startsWith('file:');
}

/** file:// URI -> filesystem path, undefined for other schemes or malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!isFileUri(uri)) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/**
 * Canonical spelling of a file URI, so that a URI built from a path and the one the client
 * sends for the same file compare equal (clients encode ':' in drive letters differently).
 */
export function normalizeUri(uri: string): string {
  const p = uriToPath(uri);
  return p === undefined ? uri : pathToUri(p);
}

/** `target` (a path relative to the document, or absolute, or a file URI) -> URI. */
export function resolveRelative(fromUri: string, target: string): string | undefined {
  const t = target.trim();
  if (!t) return undefined;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) return normalizeUri(t);
    const fromPath = uriToPath(fromUri);
    if (fromPath !== undefined) return pathToUri(path.resolve(path.dirname(fromPath), t));
    return new URL(t, fromUri).href;
  } catch {
    return undefined;
  }
}

export function basename(uri: string): string {
  const p = uriPath(uri);
  return decodeURIComponentSafe(p.slice(p.lastIndexOf('/') + 1));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangeContains(range: Range, pos: Position): boolean {
  return comparePositions(range.start, pos) <= 0 && comparePositions(pos, range.end) <= 0;
}

export function rangesIntersect(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

export function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

// one definition each, shared with the engine's rules
export { firstLineRange, percent, yieldToEventLoop };

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.stack ?? err.message;
  return String(err);
}

/**
 * Incoming messages go first. vscode-jsonrpc handles one message per event-loop turn, so a turn
 * spent on analysis delays every queued message by that much: background work waits until a
 * turn passes with no message handled (at most `maxTurns`, so it is never starved).
 */
export const messageActivity = {
  count: 0,
  note(): void {
    this.count++;
  },
};

export async function whenMessagesHandled(maxTurns = 256): Promise<void> {
  for (let i = 0; i < maxTurns; i++) {
    const seen = messageActivity.count;
    await yieldToEventLoop();
    if (messageActivity.count === seen) return;
  }
}

/** Lets queued messages through whenever a loop has run for `sliceMs` since it last yielded. */
export class TimeSlicer {
  private last = performance.now();
  constructor(private readonly sliceMs = 8) {}
  async maybeYield(): Promise<void> {
    if (performance.now() - this.last < this.sliceMs) return;
    await yieldToEventLoop();
    this.last = performance.now();
  }
}

/** Per-key debounced calls; a later schedule for the same key replaces the earlier one. */
export class Debouncer<K> {
  private readonly timers = new Map<K, NodeJS.Timeout>();
  schedule(key: K, delayMs: number, fn: () => void): void {
    this.cancel(key);
    const t = setTimeout(() => {
      this.timers.delete(key);
      fn();
    }, delayMs);
    this.timers.set(key, t);
  }
  has(key: K): boolean {
    return this.timers.has(key);
  }
  cancel(key: K): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }
  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}

/** The promise's value, or undefined as soon as the request is cancelled (the work goes on for others). */
export function unlessCancelled<T>(promise: Promise<T>, token: CancellationToken | undefined): Promise<T | undefined> {
  if (!token) return promise;
  if (token.isCancellationRequested) return Promise.resolve(undefined);
  return new Promise<T | undefined>((resolve, reject) => {
    const sub = token.onCancellationRequested(() => { sub.dispose(); resolve(undefined); });
    promise.then((v) => { sub.dispose(); resolve(v); }, (e) => { sub.dispose(); reject(e); });
  });
}
