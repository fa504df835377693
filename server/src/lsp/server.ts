// The hrdocs language server: a thin adapter from LSP to the engine. Each feature lives in its own
// file (diagnostics, codeLens, hover, codeActions, commands); this file wires the connection,
// the document store, settings and the engine host together.
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineOptions } from '../engine/api.js';
import { loadEngine } from '../engine/index.js';
import { CodeActionFeature, PROVIDED_KINDS } from './codeActions.js';
import { CodeLensFeature } from './codeLens.js';
import { COMMANDS, CommandFeature } from './commands.js';
import { EngineHost, type EngineFactory } from './engineHost.js';
import { HoverFeature } from './hover.js';
import { MatchService } from './matches.js';
import { workDoneProgressFactory } from './progress.js';
import { SettingsManager } from './settings.js';
import { consoleToStderr, guardedStdio } from './transport.js';
import { Debouncer, errorMessage, isMarkdown, messageActivity, whenMessagesHandled } from './util.js';
import { Validator } from './validator.js';
import { WorkspaceDictionary, isDictionaryFile } from './dictionary.js';
import { WorkspaceStore } from './workspace.js';

export interface ServerOptions {
  /** engine factory (tests inject fakes); default: the real engine */
  createEngine?: EngineFactory;
  /** extra engine options (modelsDir, useModels, referenceMonth) from the host, e.g. CLI flags */
  engineOptions?: Partial<EngineOptions>;
}

const SERVER_VERSION = '0.1.0';
const LENS_REFRESH_MS = 500;
const DEPENDENTS_MS = 300;

/** Over stdio the transport refuses what the protocol forbids (see transport.ts); other transports as the library makes them. */
function newConnection(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  consoleToStderr();
  const { reader, writer } = guardedStdio();
  return createConnection(ProposedFeatures.all, reader, writer);
}

/** The engine factory, telling the user once (window/showMessage) when the engine cannot load. */
function reportingLoadFailure(conn: Connection, factory: EngineFactory): EngineFactory {
  let shown = false;
  return async (engineOptions) => {
    try {
      return await factory(engineOptions);
    } catch (err) {
      if (!shown) {
        shown = true;
        const message = (err instanceof Error ? err.message : String(err)).split('\n')[0];
        const params = { type: MessageType.Error, message: message.startsWith('hrdocs') ? message : `hrdocs: ${message}` };
        void conn.sendNotification(ShowMessageNotification.type, params).catch(() => undefined);
      }
      throw err;
    }
  };
}

/**
 * Starts the language server on `connection` (default: a new connection over the transport named
 * on the command line, e.g. --stdio) and returns it, listening.
 */
export async function startServer(connection?: Connection, options: ServerOptions = {}): Promise<Connection> {
  const ownsProcess = connection === undefined;
  const conn = connection ?? newConnection();
  const log = {
    info: (m: string) => conn.console.info(m),
    error: (m: string) => conn.console.error(m),
  };
  if (ownsProcess) {
    // the server must outlive any bug in a feature: report it and keep serving
    process.on('uncaughtException', (err) => log.error(`hrdocs: uncaught exception: ${errorMessage(err)}`));
    process.on('unhandledRejection', (err) => log.error(`hrdocs: unhandled rejection: ${errorMessage(err)}`));
  }

  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsManager(conn);
  const current = () => settings.value;
  const host = new EngineHost(conn, reportingLoadFailure(conn, options.createEngine ?? loadEngine), current, settings.ready, options.engineOptions);
  const store = new WorkspaceStore(conn, host, current);
  // the workspace folders' paths, for checking where a resume's `target` really is
  const folderPaths = () => store.folderPaths();
  const matches = new MatchService(conn, store, host, current, folderPaths);
  const dictionary = new WorkspaceDictionary(folderPaths);
  store.vocabulary = () => dictionary.vocabulary;
  const validator = new Validator(conn, store, matches, current);
  validator.dismissals = () => ({ notSkills: dictionary.notSkills });
  const codeLens = new CodeLensFeature(store, matches, log.error);
  const hover = new HoverFeature(store, matches, host, current);
  const codeActions = new CodeActionFeature(store, matches);
  const commands = new CommandFeature(store, matches, host, current, log.error, dictionary,
    async (edit, label) => caps.workspace?.applyEdit === true && (await conn.workspace.applyEdit({ label, edit })).applied,
    workDoneProgressFactory(conn, () => caps.window?.workDoneProgress === true));

  let caps: ClientCapabilities = {};
  let initializeParams: InitializeParams | undefined;
  const lensRefresh = new Debouncer<'lens'>();
  const refreshCodeLenses = (delay = LENS_REFRESH_MS) => {
    if (!caps.workspace?.codeLens?.refreshSupport) return;
    lensRefresh.schedule('lens', delay, () => {
      conn.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    });
  };

  /** A document's content changed: resumes measured against it (if a job) and lenses follow. */
  const changed = async (uri: string, previousKind = store.lastKind(uri)) => {
    // many typing debounces expire in the same timer phase: each parse gets its own turn, after messages
    await whenMessagesHandled();
    const kind = (await store.parse(uri).catch(() => undefined))?.kind;
    if (kind === 'job' || previousKind === 'job') validator.scheduleDependents(uri, kind !== previousKind);
    if (kind || previousKind) refreshCodeLenses();
  };
  /** typing: the dependents follow once the typing pauses, once per burst (newest text only) */
  const dependents = new Debouncer<string>();
  const changedLater = (uri: string) => {
    const previousKind = store.lastKind(uri);
    dependents.schedule(uri, DEPENDENTS_MS, () => void changed(uri, previousKind));
  };
  store.onDidChange((uri, previousKind) => void changed(uri, previousKind));
  store.onIndexed(() => {
    validator.scheduleAll(() => true, 0);
    refreshCodeLenses(0);
  });
  store.onAnalyzed(() => refreshCodeLenses(0));
  // the workspace's skills or non-skills changed: every analysis, and so every match, lens and
  // diagnostic, is computed again with them
  dictionary.onDidChange(() => {
    store.invalidateAll();
    validator.scheduleAll(() => true, 0);
    refreshCodeLenses(0);
  });

  conn.onInitialize((params): InitializeResult => {
    initializeParams = params;
    caps = params.capabilities;
    settings.initialize(!!caps.workspace?.configuration, params.initializationOptions);
    store.setFolders(params.workspaceFolders, params.rootUri);
    codeActions.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    validator.relatedInformation = !!caps.textDocument?.publishDiagnostics?.relatedInformation;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, ...PROVIDED_KINDS], resolveProvider: false },
        executeCommandProvider: { commands: COMMANDS },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'hrdocs', version: SERVER_VERSION },
    };
  });

  conn.onInitialized(async () => {
    log.info(`hrdocs ${SERVER_VERSION}: language server started (offline: documents never leave this machine)`);
    try {
      await settings.refresh(); // first: the engine is built with the client's settings
      void host.get(); // start loading the engine now
      if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await conn.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
      }
      if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await conn.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/.hrdocs/{not-skills,skills}.txt' }] })
          .catch((err) => log.error(`hrdocs: cannot watch files: ${errorMessage(err)}`));
      }
      if (caps.workspace?.workspaceFolders && initializeParams?.workspaceFolders !== undefined) {
        conn.workspace.onDidChangeWorkspaceFolders((e) => {
          store.updateFolders(e.added, e.removed);
          void store.scan();
        });
      }
      // the vocabulary first: the scan's analyses are made with it
      await dictionary.reload();
      void store.scan();
    } catch (err) {
      log.error(`hrdocs: initialization failed: ${errorMessage(err)}`);
    }
  });

  settings.onDidChange((next, previous) => {
    log.info('hrdocs: settings changed');
    if (host.update(next)) {
      store.invalidateAll();
      void store.scan();
    } else if (next.maxDocumentLength !== previous.maxDocumentLength) {
      void store.scan();
    }
    validator.scheduleAll(() => true, 0);
    refreshCodeLenses(0);
  });

  conn.onDidChangeConfiguration((params) => void settings.refresh(params));
  conn.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => isDictionaryFile(c.uri))) void dictionary.reload();
    store.onWatchedFilesChanged(params.changes).catch((err) => log.error(`hrdocs: ${errorMessage(err)}`));
  });

  // ---- open documents ----
  // Every didChange is a new revision, whatever its version number says (a reused or lower
  // version is still new text): TextDocuments applied it, the store bumps its revision, and the
  // newest revision is what gets analyzed.
  const open = new Set<string>();
  // TextDocuments fires onDidChangeContent right after onDidOpen for the same text: not a change
  let justOpened: TextDocument | undefined;
  documents.onDidOpen(({ document }) => {
    if (!isMarkdown(document.uri, document.languageId)) return;
    open.add(document.uri);
    justOpened = document;
    store.didOpen(document);
    validator.schedule(document.uri, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    messageActivity.note();
    if (justOpened === document) {
      justOpened = undefined;
      return;
    }
    if (!open.has(document.uri)) return;
    store.didChange(document);
    if (settings.value.run === 'onType') {
      validator.schedule(document.uri);
      changedLater(document.uri);
    }
  });
  documents.onDidSave(({ document }) => {
    if (!open.has(document.uri)) return;
    if (settings.value.run === 'onSave') {
      validator.schedule(document.uri, 0);
      changedLater(document.uri);
    }
  });
  documents.onDidClose(({ document }) => {
    if (!open.delete(document.uri)) return;
    validator.clear(document.uri);
    void store.didClose(document.uri);
  });
  if (process.env.HRDOCS_DEBUG_SYNC === '1') {
    // tests only: what the server holds for a document, to compare with the client's text
    conn.onRequest('hrdocs/debugSync', async (p: { uri: string }) => {
      const snap = store.snapshot(p.uri);
      if (!snap) return null;
      const analysis = await store.analyze(p.uri).catch(() => undefined);
      const current = store.revision(p.uri) === snap.rev && analysis?.doc.source === snap.text;
      return {
        version: snap.version,
        text: snap.text,
        pending: validator.isPending(p.uri),
        mentions: current ? analysis.mentions.map((m) => ({ text: m.text, range: m.range })) : null,
      };
    });
  }

  // ---- features ----
  conn.onHover(guard('hover', () => null, (p, token) => hover.provide(p, token)));
  conn.onCodeLens(guard('codeLens', () => [], (p, token) => codeLens.provide(p, token)));
  conn.onCodeLensResolve(guard('codeLens/resolve', (lens) => lens, (lens) => codeLens.resolve(lens)));
  conn.onCodeAction(guard('codeAction', () => [], (p) => codeActions.provide(p)));
  // a plain request handler: onExecuteCommand takes the client's workDoneToken out of the params
  // before the handler sees it, and the generate commands report their progress on it
  conn.onRequest(ExecuteCommandRequest.type, (p, token) => commands.execute(p, token));

  conn.onShutdown(async () => {
    validator.dispose();
    lensRefresh.dispose();
    dependents.dispose();
    await host.dispose();
  });

  documents.listen(conn);
  conn.listen();
  return conn;

  /** Runs a request handler; a failure is logged and answered with `fallback`, never a crash. */
  function guard<P, R>(
    name: string,
    fallback: (params: P) => R,
    fn: (params: P, token: CancellationToken) => Promise<R>,
  ): (params: P, token: CancellationToken) => Promise<R> {
    return async (params, token) => {
      messageActivity.note();
      try {
        return await fn(params, token);
      } catch (err) {
        log.error(`hrdocs: ${name} failed: ${errorMessage(err)}`);
        return fallback(params);
      }
    };
  }
}
