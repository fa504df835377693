// Push diagnostics for open documents: debounced on typing, superseded when a newer version
// arrives (a stale result is dropped, never published over newer text), and failure-proof: an
// engine exception leaves that document without diagnostics and is logged.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { HrdocsSettings } from 'hrdocs-protocol';
import { documentDiagnostics, tooLargeDiagnostic } from './diagnostics.js';
import type { MatchService } from './matches.js';
import { Debouncer, errorMessage, isMarkdown } from './util.js';
import { isHrDocument, type WorkspaceStore } from './workspace.js';

export const TYPING_DEBOUNCE_MS = 200;

export class Validator {
  private readonly debouncer = new Debouncer<string>();
  private readonly tickets = new Map<string, number>();
  /** versions last published, so a result for an already-published version is not re-sent needlessly */
  private readonly published = new Map<string, string>();
  relatedInformation = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly store: WorkspaceStore,
    private readonly matches: MatchService,
    private readonly settings: () => HrdocsSettings,
  ) {}

  schedule(uri: string, delayMs = TYPING_DEBOUNCE_MS): void {
    // a pending result for an older version is superseded right away
    this.tickets.set(uri, (this.tickets.get(uri) ?? 0) + 1);
    this.debouncer.schedule(uri, delayMs, () => void this.validate(uri));
  }

  /** Re-validates every open document (after a settings change, a new engine, a changed job). */
  scheduleAll(filter: (uri: string) => boolean = () => true, delayMs = TYPING_DEBOUNCE_MS): void {
    for (const doc of this.documents.all()) {
      if (isMarkdown(doc.uri, doc.languageId) && filter(doc.uri)) this.schedule(doc.uri, delayMs);
    }
  }

  async validate(uri: string): Promise<void> {
    this.debouncer.cancel(uri);
    const doc = this.documents.get(uri);
    if (!doc || !isMarkdown(uri, doc.languageId)) return;
    const ticket = (this.tickets.get(uri) ?? 0) + 1;
    this.tickets.set(uri, ticket);
    const version = doc.version;
    let diagnostics: Diagnostic[] = [];
    try {
      const settings = this.settings();
      if (this.store.isTooLarge(uri)) {
        diagnostics = [tooLargeDiagnostic(doc.getText(), settings.maxDocumentLength)];
      } else {
        const analysis = await this.store.analyze(uri);
        if (analysis && isHrDocument(analysis.doc)) diagnostics = await documentDiagnostics(analysis, settings, this.matches, this.relatedInformation);
      }
    } catch (err) {
      this.connection.console.error(`hrdocs: diagnostics for ${uri} failed: ${errorMessage(err)}`);
      diagnostics = [];
    }
    if (this.tickets.get(uri) !== ticket) return; // superseded by a newer validation
    const current = this.documents.get(uri);
    if (!current) return; // closed meanwhile
    if (current.version !== version) {
      // text changed while we worked: with run=onType a validation is already scheduled;
      // with run=onSave the user asked for results on save only, so analyze the newest text once more
      if (!this.debouncer.has(uri)) this.schedule(uri, 0);
      return;
    }
    const key = `${version}:${JSON.stringify(diagnostics)}`;
    if (this.published.get(uri) === key) return;
    this.published.set(uri, key);
    await this.connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined);
  }

  /** A closed document's diagnostics go away with it. */
  clear(uri: string): void {
    this.debouncer.cancel(uri);
    this.tickets.set(uri, (this.tickets.get(uri) ?? 0) + 1);
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }

  dispose(): void {
    this.debouncer.dispose();
  }
}
