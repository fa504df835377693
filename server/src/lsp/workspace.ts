// The documents the server knows: every Markdown file of the workspace folders (read from disk,
// kept current through workspace/didChangeWatchedFiles) with open editors overriding the disk
// content. Parses and analyses are cached per document revision and engine generation, so a
// change invalidates exactly one document and a settings change (new engine) invalidates all.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CancellationToken, Connection, WorkspaceFolder } from 'vscode-languageserver';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine } from '../engine/api.js';
import type { DocKind, DocumentAnalysis, HrDocument } from '../engine/types.js';
import { EMPTY_VOCABULARY, isCancelled, withDeadline, type Vocabulary } from '../engine/index.js';
import type { HrdocsSettings } from 'hrdocs-protocol';
import type { EngineHost } from './engineHost.js';
import { TimeSlicer, errorMessage, isFileUri, isMarkdown, normalizeUri, pathToUri, uriToPath, whenMessagesHandled } from './util.js';

/** never scanned: dependencies, build output, and hidden folders (.git, .vscode-test, ...) */
export const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist']);
const isSkippedDir = (name: string) => SKIPPED_DIRS.has(name) || name.startsWith('.');
export const MAX_WORKSPACE_FILES = 2000;
/** analyses kept in memory; the least recently used beyond it are dropped (recomputed on demand) */
export const MAX_CACHED_ANALYSES = 256;

interface Cached<T> {
  rev: number;
  generation: number;
  value: T;
}

interface CachedAnalysis extends Cached<Promise<DocumentAnalysis | undefined>> {
  settled?: boolean;
  result?: DocumentAnalysis;
}

export interface DocEntry {
  readonly uri: string;
  /** content on disk, when the file is part of the workspace (or was loaded as a target) */
  diskText?: string;
  /** the editor's document while it is open: it overrides the disk content */
  open?: TextDocument;
  /** loaded only because a resume names it as its target; not part of the workspace listing */
  external: boolean;
  /** bumps whenever the effective text changes */
  rev: number;
  parsed?: Cached<HrDocument | undefined>;
  /** by forced kind ('auto': the engine decides) */
  analyses: Map<string, CachedAnalysis>;
  /** kind of the last parsed revision, to notice a document that stops being a job */
  lastKind?: DocKind;
  /** the revision whose analysis ran past the time budget and was stopped */
  overBudgetRev?: number;
}

/** How long one document's analysis may take before it is stopped with a notice (HRDOCS_ANALYSIS_BUDGET_MS for tests). */
export const ANALYSIS_BUDGET_MS = Number(process.env.HRDOCS_ANALYSIS_BUDGET_MS ?? 20_000);

/** One revision of a document: the text is the truth, everything computed from it carries `rev`. */
export interface Snapshot {
  rev: number;
  /** the editor's version while open, else null */
  version: number | null;
  text: string;
  /** the URI as the client spells it (diagnostics go there) */
  clientUri: string;
}

export type ChangeListener = (uri: string, previousKind: DocKind | undefined) => void;

export class WorkspaceStore {
  private readonly entries = new Map<string, DocEntry>();
  private folders: string[] = [];
  private readonly listeners: ChangeListener[] = [];
  private scanGeneration = 0;
  private scanned: Promise<void> = Promise.resolve();
  private indexedFlag = false;
  private readonly indexedListeners: Array<() => void> = [];
  private readonly indexWaiters: Array<() => void> = [];
  private readonly analyzedListeners: Array<() => void> = [];
  private analyzedFlag = false;
  /** documents with cached analyses, least recently used first */
  private readonly recentlyAnalyzed = new Map<string, DocEntry>();
  /** the workspace's custom skills and non-skills, given to every analysis; invalidateAll when it changes */
  vocabulary: () => Vocabulary = () => EMPTY_VOCABULARY;

  constructor(
    private readonly connection: Connection,
    private readonly host: EngineHost,
    private readonly settings: () => HrdocsSettings,
  ) {}

  // ---- folders and scanning ----

  setFolders(folders: WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    const uris = (folders ?? []).map((f) => normalizeUri(f.uri));
    if (uris.length === 0 && rootUri) uris.push(normalizeUri(rootUri));
    this.folders = uris.filter((u) => uriToPath(u) !== undefined);
  }

  /** File system paths of the workspace folders. */
  folderPaths(): string[] {
    return this.folders.map(uriToPath).filter((p): p is string => p !== undefined);
  }

  updateFolders(added: WorkspaceFolder[], removed: WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => normalizeUri(f.uri)));
    this.folders = this.folders.filter((f) => !gone.has(f));
    for (const f of added) {
      const u = normalizeUri(f.uri);
      if (!this.folders.includes(u) && uriToPath(u) !== undefined) this.folders.push(u);
    }
    for (const e of [...this.entries.values()]) {
      if (e.diskText !== undefined && !e.external && !this.folderOf(e.uri)) {
        e.diskText = undefined;
        if (!e.open) this.entries.delete(e.uri);
      }
    }
  }

  get indexed(): boolean {
    return this.indexedFlag;
  }

  /** Called once the scan has read the files and their kinds are known. */
  onIndexed(listener: () => void): void {
    this.indexedListeners.push(listener);
  }

  onDidChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /**
   * Reads every Markdown file of the workspace folders (bounded), then analyzes them one by one in
   * the background, yielding between files. Returns when the files are read and parsed.
   */
  scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    this.indexedFlag = false;
    this.analyzedFlag = false;
    this.scanned = this.readAll(generation).catch((err) => {
      this.connection.console.error(`hrdocs: workspace scan failed: ${errorMessage(err)}`);
    });
    void this.scanned.then(() => this.backgroundIndex(generation));
    return this.scanned;
  }

  private async readAll(generation: number): Promise<void> {
    const started = Date.now();
    const files: string[] = [];
    for (const folder of this.folders) {
      const root = uriToPath(folder);
      if (root) await walk(root, files, MAX_WORKSPACE_FILES);
      if (files.length >= MAX_WORKSPACE_FILES) {
        this.connection.console.warn(`hrdocs: more than ${MAX_WORKSPACE_FILES} Markdown files; only the first ${MAX_WORKSPACE_FILES} are indexed`);
        break;
      }
    }
    const seen = new Set<string>();
    for (const file of files) {
      if (generation !== this.scanGeneration) return;
      const uri = pathToUri(file);
      seen.add(uri);
      // unreadable or now too large: forget what was read before
      this.setDisk(uri, await this.readFile(file), false);
    }
    // files that disappeared since the last scan
    for (const e of [...this.entries.values()]) {
      if (!e.external && e.diskText !== undefined && !seen.has(e.uri)) this.setDisk(e.uri, undefined, false);
    }
    this.connection.console.info(`hrdocs: read ${files.length} Markdown files in ${Date.now() - started} ms`);
  }

  private async backgroundIndex(generation: number): Promise<void> {
    const uris = [...this.entries.keys()];
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('hrdocs: indexing the workspace', 0, `${uris.length} documents`, false);
    const started = Date.now();
    const slicer = new TimeSlicer();
    try {
      // kinds first (a parse each), so features that list jobs/resumes work early
      const jobs: string[] = [];
      const resumes: string[] = [];
      for (const uri of uris) {
        if (generation !== this.scanGeneration) return;
        const doc = await this.parse(uri);
        if (doc && isHrDocument(doc)) (doc.kind === 'job' ? jobs : resumes).push(uri);
        await slicer.maybeYield();
      }
      if (generation !== this.scanGeneration) return;
      this.indexedFlag = true;
      this.notify([...this.indexedListeners, ...this.indexWaiters.splice(0)]);
      // then full analyses of the resumes and jobs (jobs first: every resume's lenses need them),
      // one at a time; open documents are the validator's, other Markdown files are analyzed only
      // when opened, and no more than the cache keeps (more would only evict each other)
      const todo = [...jobs, ...resumes.filter((u) => !this.isOpen(u))].slice(0, MAX_CACHED_ANALYSES);
      for (let i = 0; i < todo.length; i++) {
        if (generation !== this.scanGeneration) return;
        await whenMessagesHandled();
        await this.analyze(todo[i]);
        progress?.report(Math.round(((i + 1) / todo.length) * 100), `${i + 1}/${todo.length}`);
      }
      this.analyzedFlag = true;
      this.notify(this.analyzedListeners);
      this.connection.console.info(
        `hrdocs: indexed ${uris.length} Markdown files (${jobs.length} jobs, ${resumes.length} resumes) in ${Date.now() - started} ms`,
      );
    } finally {
      progress?.done();
    }
  }

  private notify(listeners: Array<() => void>): void {
    for (const l of listeners) {
      try {
        l();
      } catch (err) {
        this.connection.console.error(`hrdocs: ${errorMessage(err)}`);
      }
    }
  }

  /** Called when the background analysis of the workspace's resumes and jobs has finished. */
  onAnalyzed(listener: () => void): void {
    this.analyzedListeners.push(listener);
  }

  /**
   * Waits until the workspace files are read and parsed (their kinds known); false when `token`
   * was cancelled first.
   */
  async whenIndexed(token?: CancellationToken): Promise<boolean> {
    if (this.indexedFlag) return true;
    return new Promise<boolean>((resolve) => {
      const sub = token?.onCancellationRequested(() => resolve(false));
      this.indexWaiters.push(() => {
        sub?.dispose();
        resolve(true);
      });
    });
  }

  private async readFile(file: string): Promise<string | undefined> {
    try {
      const st = await fs.stat(file);
      const max = this.settings().maxDocumentLength;
      if (!st.isFile() || st.size > max * 4) return undefined;
      const text = await fs.readFile(file, 'utf8');
      return text.length > max ? undefined : text;
    } catch {
      return undefined;
    }
  }

  // ---- watched files ----

  async onWatchedFilesChanged(changes: FileEvent[]): Promise<void> {
    for (const change of changes) {
      const uri = normalizeUri(change.uri);
      if (!isMarkdown(uri) || !this.folderOf(uri) || isInSkippedDir(uri, this.folderOf(uri)!)) continue;
      if (change.type === FileChangeType.Deleted) {
        this.setDisk(uri, undefined, true);
      } else {
        const file = uriToPath(uri);
        const text = file ? await this.readFile(file) : undefined;
        this.setDisk(uri, text, true);
      }
    }
  }

  // ---- open documents ----

  didOpen(doc: TextDocument): void {
    const e = this.ensure(normalizeUri(doc.uri));
    const changed = e.open === undefined ? e.diskText !== doc.getText() : true;
    e.open = doc;
    if (changed) this.bump(e, false);
  }

  didChange(doc: TextDocument): void {
    const e = this.ensure(normalizeUri(doc.uri));
    e.open = doc;
    this.bump(e, false);
  }

  async didClose(uri: string): Promise<void> {
    uri = normalizeUri(uri);
    const e = this.entries.get(uri);
    if (!e) return;
    const openText = e.open?.getText();
    e.open = undefined;
    this.evict(e);
    if (this.folderOf(uri) || e.external) {
      const file = uriToPath(uri);
      const disk = file ? await this.readFile(file) : undefined;
      if (e.open) return; // re-opened meanwhile
      e.diskText = disk;
    }
    if (e.diskText === undefined) {
      this.entries.delete(uri);
      this.evict(e);
      this.emit(uri, e.lastKind);
    } else if (e.diskText !== openText) {
      this.bump(e, true);
    }
  }

  // ---- queries ----

  /** Kind of the last parsed revision (a hint: the document may have changed since). */
  lastKind(uri: string): DocKind | undefined {
    return this.entries.get(normalizeUri(uri))?.lastKind;
  }

  has(uri: string): boolean {
    return this.entries.has(normalizeUri(uri));
  }

  isOpen(uri: string): boolean {
    return this.entries.get(normalizeUri(uri))?.open !== undefined;
  }

  text(uri: string): string | undefined {
    const e = this.entries.get(normalizeUri(uri));
    return e ? effectiveText(e) : undefined;
  }

  version(uri: string): number | null {
    return this.entries.get(normalizeUri(uri))?.open?.version ?? null;
  }

  /** The current revision: text, editor version and the revision number results are checked against. */
  snapshot(uri: string): Snapshot | undefined {
    const e = this.entries.get(normalizeUri(uri));
    if (!e) return undefined;
    return { rev: e.rev, version: e.open?.version ?? null, text: effectiveText(e), clientUri: e.open?.uri ?? e.uri };
  }

  /** How many documents were last parsed as `kind` (a hint, no parsing). */
  countOfLastKind(kind: DocKind): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.lastKind === kind && inWorkspacePool(e)) n++;
    return n;
  }

  isTooLarge(uri: string): boolean {
    const t = this.text(uri);
    return t !== undefined && t.length > this.settings().maxDocumentLength;
  }

  /** Workspace-relative path ('/'-separated), used by the engine's file-name patterns. */
  relativePath(uri: string): string | undefined {
    const folder = this.folderOf(uri);
    const file = uriToPath(uri);
    if (!folder || !file) return undefined;
    const rel = path.relative(uriToPath(folder)!, file);
    return rel.split(path.sep).join('/');
  }

  /**
   * Makes sure a document that is not in the workspace (a resume's `target` elsewhere on disk, or a
   * command argument) is known; false when it cannot be read.
   */
  async load(uri: string): Promise<boolean> {
    uri = normalizeUri(uri);
    if (this.entries.has(uri)) return true;
    const file = uriToPath(uri);
    if (!file || !isMarkdown(uri)) return false;
    const text = await this.readFile(file);
    if (text === undefined || this.entries.has(uri)) return this.entries.has(uri);
    const e = this.ensure(uri);
    e.diskText = text;
    e.external = !this.folderOf(uri);
    return true;
  }

  /** All documents that take part in workspace-wide features (workspace files and open editors of files). */
  listed(): string[] {
    return [...this.entries.values()].filter(inWorkspacePool).map((e) => e.uri);
  }

  async parse(uri: string): Promise<HrDocument | undefined> {
    uri = normalizeUri(uri);
    const e = this.entries.get(uri);
    if (!e || this.isTooLarge(uri)) return undefined;
    const engine = await this.engine();
    if (!engine) return undefined;
    const generation = this.host.generation;
    if (e.parsed && e.parsed.rev === e.rev && e.parsed.generation === generation) return e.parsed.value;
    let doc: HrDocument | undefined;
    try {
      doc = engine.parse(effectiveText(e), uri, { relativePath: this.relativePath(uri) });
    } catch (err) {
      this.connection.console.error(`hrdocs: parsing ${uri} failed: ${errorMessage(err)}`);
    }
    e.parsed = { rev: e.rev, generation, value: doc };
    if (doc) e.lastKind = doc.kind;
    return doc;
  }

  /**
   * The analysis of the document's current text (cached); undefined when it is too large, unknown or
   * the engine failed. `kind` forces how the document is read (a resume's explicit `target` is a job
   * even when its headings look otherwise); without it the engine decides.
   */
  async analyze(uri: string, kind?: DocKind): Promise<DocumentAnalysis | undefined> {
    uri = normalizeUri(uri);
    const e = this.entries.get(uri);
    if (!e || this.isTooLarge(uri)) return undefined;
    if (kind && (await this.parse(uri))?.kind === kind) kind = undefined; // the engine agrees: share the cache
    const engine = await this.engine();
    if (!engine || this.entries.get(uri) !== e) return undefined;
    const generation = this.host.generation;
    const slot = kind ?? 'auto';
    const cached = e.analyses.get(slot);
    if (cached && cached.rev === e.rev && cached.generation === generation) {
      this.touch(e);
      return cached.value;
    }
    const text = effectiveText(e);
    const relativePath = this.relativePath(uri);
    const started = Date.now();
    // stale work stops: the engine checks this between stages and slices, so a replaced text's
    // analysis ends as soon as the next edit (or a new engine) arrives
    const rev = e.rev;
    const host = this.host;
    const deadline = withDeadline(ANALYSIS_BUDGET_MS);
    const token = { get isCancellationRequested() { return e.rev !== rev || host.generation !== generation || deadline.isCancellationRequested; } };
    const promise = (async () => {
      try {
        const a = await engine.analyze(text, uri, { relativePath, token, vocabulary: this.vocabulary(), ...(kind ? { kind } : {}) });
        const ms = Date.now() - started;
        if (ms > 1000) this.connection.console.info(`hrdocs: analyzing ${relativePath ?? uri} took ${ms} ms`);
        return a;
      } catch (err) {
        if (!isCancelled(err)) this.connection.console.error(`hrdocs: analyzing ${uri} failed: ${errorMessage(err)}`);
        else if (deadline.expired && e.rev === rev) {
          e.overBudgetRev = rev;
          this.connection.console.warn(`hrdocs: analyzing ${relativePath ?? uri} stopped after ${ANALYSIS_BUDGET_MS} ms: document too complex`);
        }
        return undefined;
      }
    })();
    const cachedNow: CachedAnalysis = { rev: e.rev, generation, value: promise };
    e.analyses.set(slot, cachedNow);
    this.touch(e);
    void promise.then((a) => {
      cachedNow.settled = true;
      cachedNow.result = a;
      // the analysis carries the parse of the same text: no need to parse it again for its kind
      if (a && slot === 'auto' && e.rev === cachedNow.rev && !(e.parsed && e.parsed.rev === e.rev && e.parsed.generation === generation)) {
        e.parsed = { rev: e.rev, generation, value: a.doc };
        e.lastKind = a.doc.kind;
      }
    });
    return promise;
  }

  /** Whether the current revision's analysis was stopped for running past the time budget. */
  isOverBudget(uri: string): boolean {
    const e = this.entries.get(normalizeUri(uri));
    return !!e && e.overBudgetRev === e.rev;
  }

  /** Current revision of a document, to tell whether a result computed earlier is still current. */
  revision(uri: string): number | undefined {
    return this.entries.get(normalizeUri(uri))?.rev;
  }

  /**
   * Listed resumes or job descriptions (by parse); other Markdown files are left out. While the
   * workspace is being indexed, only documents already parsed are considered (never a long wait).
   */
  async urisOfKind(kind: DocKind, isCancelled: () => boolean = () => false): Promise<string[]> {
    const out: string[] = [];
    const slicer = new TimeSlicer();
    const parseMissing = this.indexedFlag;
    for (const uri of this.listed()) {
      if (isCancelled()) break;
      const doc = parseMissing ? await this.parse(uri) : this.peekParse(uri);
      if (doc?.kind === kind && isHrDocument(doc)) out.push(uri);
      await slicer.maybeYield();
    }
    return out;
  }

  /**
   * Analyses of the listed documents of a kind. Computes missing ones for up to `budgetMs`, then
   * takes only those already analyzed: `complete` is false when some were left out (the
   * background indexing will have them; onAnalyzed says when).
   */
  async analysesOfKind(
    kind: DocKind,
    isCancelled: () => boolean = () => false,
    budgetMs = Infinity,
  ): Promise<{ analyses: DocumentAnalysis[]; complete: boolean }> {
    const started = performance.now();
    const analyses: DocumentAnalysis[] = [];
    let complete = true;
    for (const uri of await this.urisOfKind(kind, isCancelled)) {
      if (isCancelled()) return { analyses, complete: false };
      const a = performance.now() - started < budgetMs ? await this.analyze(uri) : this.peekAnalysis(uri);
      if (a === null) complete = false;
      else if (a && a.doc.kind === kind) analyses.push(a);
    }
    return { analyses, complete: complete || this.analyzedFlag };
  }

  private peekParse(uri: string): HrDocument | undefined {
    const e = this.entries.get(uri);
    const p = e?.parsed;
    return e && p && p.rev === e.rev && p.generation === this.host.generation ? p.value : undefined;
  }

  /** The current revision's analysis if it is already computed; null when it is not (yet). */
  private peekAnalysis(uri: string): DocumentAnalysis | undefined | null {
    const e = this.entries.get(normalizeUri(uri));
    const c = e?.analyses.get('auto');
    if (!e || !c || c.rev !== e.rev || c.generation !== this.host.generation || !c.settled) return null;
    return c.result;
  }

  /** Forgets every parse and analysis (a new engine, settings or a vocabulary that change what is analyzed). */
  invalidateAll(): void {
    for (const e of this.entries.values()) {
      e.parsed = undefined;
      e.analyses.clear();
      e.rev++;
    }
    this.recentlyAnalyzed.clear();
  }

  openUris(): string[] {
    return [...this.entries.values()].filter((e) => e.open).map((e) => e.uri);
  }

  // ---- internals ----

  /** Marks a document's analyses as recently used; drops the least recently used beyond the cap. */
  private touch(e: DocEntry): void {
    this.recentlyAnalyzed.delete(e.uri);
    this.recentlyAnalyzed.set(e.uri, e);
    for (const [uri, old] of this.recentlyAnalyzed) {
      if (this.recentlyAnalyzed.size <= MAX_CACHED_ANALYSES) break;
      this.recentlyAnalyzed.delete(uri);
      old.analyses.clear();
    }
  }

  private evict(e: DocEntry): void {
    this.recentlyAnalyzed.delete(e.uri);
    e.analyses.clear();
  }

  private engine(): Promise<Engine | undefined> {
    return this.host.get();
  }

  private folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const f of this.folders) {
      const prefix = f.endsWith('/') ? f : f + '/';
      if (uri.startsWith(prefix) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  private ensure(uri: string): DocEntry {
    let e = this.entries.get(uri);
    if (!e) {
      e = { uri, external: false, rev: 0, analyses: new Map() };
      this.entries.set(uri, e);
    }
    return e;
  }

  private setDisk(uri: string, text: string | undefined, notify: boolean): void {
    const e = this.entries.get(uri);
    if (text === undefined) {
      if (!e) return;
      e.diskText = undefined;
      if (!e.open) {
        this.entries.delete(uri);
        this.evict(e);
        if (notify) this.emit(uri, e.lastKind);
      }
      return;
    }
    const entry = e ?? this.ensure(uri);
    entry.external = false;
    if (entry.diskText === text) return;
    entry.diskText = text;
    if (!entry.open) this.bump(entry, notify);
  }

  private bump(e: DocEntry, notify: boolean): void {
    e.rev++;
    if (notify) this.emit(e.uri, e.lastKind);
  }

  private emit(uri: string, previousKind: DocKind | undefined): void {
    for (const l of this.listeners) {
      try {
        l(uri, previousKind);
      } catch (err) {
        this.connection.console.error(`hrdocs: ${errorMessage(err)}`);
      }
    }
  }
}

/** Whether a Markdown document is a resume or a job description at all (the engine's document classifier decides). */
export function isHrDocument(doc: HrDocument): boolean {
  return doc.kind !== 'other';
}

/**
 * Whether a document is one of the workspace's resumes and jobs that others are ranked against.
 * Only files: an unsaved editor (a generated job in an `untitled:` document) is a draft, and
 * appears in resumes' lenses and matches once it is saved. It still gets its own diagnostics.
 */
function inWorkspacePool(e: DocEntry): boolean {
  return isFileUri(e.uri) && (!e.external || e.open !== undefined);
}

function effectiveText(e: DocEntry): string {
  return e.open ? e.open.getText() : e.diskText ?? '';
}

function isInSkippedDir(uri: string, folder: string): boolean {
  const rel = uri.slice(folder.length).split('/').slice(0, -1);
  return rel.some((seg) => isSkippedDir(decodeURIComponentSafe(seg)));
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

async function walk(dir: string, out: string[], cap: number): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const ent of entries) {
    if (out.length >= cap) return;
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) {
      if (!isSkippedDir(ent.name)) await walk(full, out, cap);
    } else if (ent.isFile() && /\.(md|markdown)$/i.test(ent.name)) {
      out.push(full);
    }
  }
}
