// Push diagnostics for open documents. One queue entry per document (the newest text wins: a
// document is analyzed at most once at a time and never for a version already superseded), at
// most MAX_CONCURRENT documents in flight, typed documents before background re-checks, and a
// yield to the event loop between stages so cheap requests never wait behind a long queue.
// Results are checked against the document's revision before each expensive step and before
// publishing: a stale one is dropped, never published over newer text. Failure-proof: an engine
// exception leaves that document without diagnostics and is logged.
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { HrdocsSettings } from 'hrdocs-protocol';
import { documentDiagnostics, tooComplexDiagnostic, tooLargeDiagnostic } from './diagnostics.js';
import type { Dismissals } from '../engine/rules/suppression.js';
import type { MatchService } from './matches.js';
import { errorMessage, normalizeUri, whenMessagesHandled } from './util.js';
import { isHrDocument, type WorkspaceStore } from './workspace.js';

export const TYPING_DEBOUNCE_MS = 200;
/** documents analyzed at once: one, so a queued message waits behind at most one analysis step */
const MAX_CONCURRENT = 1;

interface Pending {
  due: number;
  /** typed by the user (or just opened): ahead of background re-checks */
  urgent: boolean;
}

export class Validator {
  private readonly queue = new Map<string, Pending>();
  private readonly running = new Set<string>();
  private timer?: NodeJS.Timeout;
  private pumpQueued = false;
  private disposed = false;
  /** `version:diagnostics` last published, so an unchanged result is not re-sent */
  private readonly published = new Map<string, string>();
  /** the job a resume's front matter targets, from its last validation (dependents of a job edit) */
  private readonly explicitTargets = new Map<string, string | undefined>();
  relatedInformation = false;
  /** what the user dismissed (the workspace's not-a-skill dictionary) */
  dismissals: () => Dismissals = () => ({});

  constructor(
    private readonly connection: Connection,
    private readonly store: WorkspaceStore,
    private readonly matches: MatchService,
    private readonly settings: () => HrdocsSettings,
  ) {}

  /**
   * Queues a document. Typing debounces (a later call moves the due time); a background re-check
   * never delays one already queued.
   */
  schedule(uri: string, delayMs = TYPING_DEBOUNCE_MS, urgent = true): void {
    uri = normalizeUri(uri);
    if (!this.store.isOpen(uri) || this.disposed) return;
    const due = Date.now() + delayMs;
    const existing = this.queue.get(uri);
    if (!existing) this.queue.set(uri, { due, urgent });
    else if (urgent) this.queue.set(uri, { due, urgent });
    else existing.due = Math.min(existing.due, due);
    this.pumpSoon();
  }

  /** One pump for a burst of schedules (scheduleAll queues thousands at once). */
  private pumpSoon(): void {
    if (this.pumpQueued) return;
    this.pumpQueued = true;
    queueMicrotask(() => {
      this.pumpQueued = false;
      this.pump();
    });
  }

  /** Re-validates every open document (after a settings change, a new engine, indexing), in the background. */
  scheduleAll(filter: (uri: string) => boolean = () => true, delayMs = TYPING_DEBOUNCE_MS): void {
    for (const uri of this.store.openUris()) if (filter(uri)) this.schedule(uri, delayMs, false);
  }

  /**
   * A job changed: re-check the resumes measured against it, in the background. Those that name it
   * as `target`; when the set of jobs changed or there is one job only, also every resume without
   * a target (it is measured against the workspace's only job).
   */
  scheduleDependents(jobUri: string, jobsChanged: boolean, delayMs = 0): void {
    jobUri = normalizeUri(jobUri);
    const onlyJob = jobsChanged || this.store.countOfLastKind('job') <= 1;
    for (const uri of this.store.openUris()) {
      if (uri === jobUri || this.store.lastKind(uri) === 'job') continue;
      const target = this.explicitTargets.get(uri);
      if (target === jobUri || (onlyJob && target === undefined)) this.schedule(uri, delayMs, false);
    }
  }

  /** Queued or running: its diagnostics are not final yet. */
  isPending(uri: string): boolean {
    uri = normalizeUri(uri);
    return this.queue.has(uri) || this.running.has(uri);
  }

  private pump(): void {
    if (this.disposed) return;
    if (this.timer) { clearTimeout(this.timer); this.timer = undefined; }
    const now = Date.now();
    while (this.running.size < MAX_CONCURRENT) {
      const next = this.nextDue(now);
      if (!next) break;
      this.queue.delete(next);
      this.running.add(next);
      void this.validate(next).finally(() => {
        this.running.delete(next);
        this.pump();
      });
    }
    let soonest = Infinity;
    for (const [u, p] of this.queue) if (!this.running.has(u) && p.due < soonest) soonest = p.due;
    if (Number.isFinite(soonest)) this.timer = setTimeout(() => this.pump(), Math.max(0, soonest - Date.now()));
  }

  /** The due entry to run next: urgent first, then the longest waiting; never one already running. */
  private nextDue(now: number): string | undefined {
    let best: string | undefined;
    let bestKey = Infinity;
    for (const [uri, p] of this.queue) {
      if (p.due > now || this.running.has(uri)) continue;
      const key = p.due - (p.urgent ? 1e12 : 0);
      if (key < bestKey) { best = uri; bestKey = key; }
    }
    return best;
  }

  private async validate(uri: string): Promise<void> {
    const snap = this.store.snapshot(uri);
    if (!snap || snap.version === null) return; // closed meanwhile
    const current = () => this.store.revision(uri) === snap.rev;
    let diagnostics: Diagnostic[] = [];
    try {
      const settings = this.settings();
      if (this.store.isTooLarge(uri)) {
        diagnostics = [tooLargeDiagnostic(snap.text, settings.maxDocumentLength)];
      } else {
        await whenMessagesHandled();
        if (!current()) return this.superseded(uri);
        const analysis = await this.store.analyze(uri);
        if (!current() || (analysis && analysis.doc.source !== snap.text)) return this.superseded(uri);
        const target = analysis?.doc.kind === 'resume' ? this.matches.explicitTargetUri(analysis) : undefined;
        if (analysis) this.explicitTargets.set(uri, target && normalizeUri(target));
        await whenMessagesHandled();
        if (!current()) return this.superseded(uri);
        // the job read for the gaps must still be current when they are published
        const jobRevision = target && this.store.revision(target);
        if (!analysis && this.store.isOverBudget(uri)) diagnostics = [tooComplexDiagnostic(snap.text)];
        if (analysis && isHrDocument(analysis.doc)) diagnostics = await documentDiagnostics(analysis, settings, this.matches, this.relatedInformation, this.dismissals());
        if (target && this.store.revision(target) !== jobRevision) return this.superseded(uri, true);
      }
    } catch (err) {
      this.connection.console.error(`hrdocs: diagnostics for ${uri} failed: ${errorMessage(err)}`);
      diagnostics = [];
    }
    if (!current()) return this.superseded(uri);
    const key = `${snap.version}:${JSON.stringify(diagnostics)}`;
    if (this.published.get(uri) === key) return;
    this.published.set(uri, key);
    await this.connection.sendDiagnostics({ uri: snap.clientUri, version: snap.version, diagnostics }).catch(() => undefined);
  }

  /**
   * The text (or the target job) changed while we worked. With run=onType a text change queued
   * the document again; with run=onSave nothing did, and a job change never queues the resumes
   * it had already been read for, so the newest texts are analyzed once more.
   */
  private superseded(uri: string, jobChanged = false): void {
    if (jobChanged || !this.queue.has(uri)) this.schedule(uri, 0, !jobChanged);
  }

  /** A closed document's diagnostics go away with it. */
  clear(clientUri: string): void {
    const uri = normalizeUri(clientUri);
    this.queue.delete(uri);
    this.published.delete(uri);
    this.explicitTargets.delete(uri);
    void this.connection.sendDiagnostics({ uri: clientUri, diagnostics: [] }).catch(() => undefined);
  }

  dispose(): void {
    this.disposed = true;
    this.queue.clear();
    if (this.timer) clearTimeout(this.timer);
  }
}
