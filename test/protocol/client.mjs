// Protocol-level test client: spawns the built hrdocs language server over stdio and drives it with
// vscode-jsonrpc, answering the requests a real editor answers (workspace/configuration,
// client/registerCapability, window/workDoneProgress/create, workspace/codeLens/refresh).
// Waiting is always on events with a timeout, never on fixed sleeps.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import rpc from 'vscode-jsonrpc/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(HERE, '../..');
export const FIXTURES = join(HERE, 'fixtures');

/** How the server is started: `script`, else HRDOCS_SERVER (a JS file taking --stdio), else the tsc output. */
export function serverCommand(script, serverArgs) {
  script ??= process.env.HRDOCS_SERVER ?? join(REPO, 'server/out/src/lsp/main.js');
  const args = serverArgs ?? (process.env.HRDOCS_SERVER_ARGS ? process.env.HRDOCS_SERVER_ARGS.split(' ') : ['--stdio']);
  return { command: process.execPath, args: [script, ...args] };
}

/** Default timeout for one wait: the first analysis may include loading the models. */
export const TIMEOUT_MS = Number(process.env.HRDOCS_TEST_TIMEOUT_MS ?? 60_000);

/** A temporary copy of the fixtures (so tests can edit files freely); returns its path and URI helpers. */
export function copyFixtures(prefix = 'hrdocs-protocol-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(FIXTURES, dir, { recursive: true });
  return {
    dir,
    uri: (rel) => pathToFileURL(join(dir, rel)).href,
    path: (rel) => join(dir, rel),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function vscodeLikeCapabilities() {
  return {
    workspace: {
      configuration: true,
      workspaceFolders: true,
      applyEdit: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      codeLens: { refreshSupport: true },
      workspaceEdit: { documentChanges: true },
      executeCommand: { dynamicRegistration: false },
    },
    window: { workDoneProgress: true },
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeLens: {},
      codeAction: {
        isPreferredSupport: true,
        dataSupport: true,
        codeActionLiteralSupport: {
          codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.rewrite', 'source', 'source.fixAll'] },
        },
      },
    },
  };
}

/**
 * Starts the server and runs initialize/initialized.
 * options: { folder (path), settings (object answered to workspace/configuration, or null for
 * defaults), capabilities, initializationOptions, initialize: false to skip the handshake,
 * script (another server entry, e.g. fake-engine-server.mjs), env (extra environment; an
 * undefined value removes a variable), wrap (a command prefix the server runs under), args (the
 * server's arguments instead of --stdio, e.g. ['lsp', '--stdio'] for the CLI), cwd }
 */
export async function startServer(options = {}) {
  const { command, args } = serverCommand(options.script, options.args);
  // options.wrap: a command prefix (e.g. strace) the server runs under
  const argv = [...(options.wrap ?? []), command, ...args];
  const env = { ...process.env, ...options.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const child = spawn(argv[0], argv.slice(1), { cwd: options.cwd ?? REPO, stdio: ['pipe', 'pipe', 'pipe'], env });
  const stderr = [];
  child.stderr.on('data', (d) => stderr.push(d.toString()));
  const exited = new Promise((res) => child.on('exit', (code, signal) => res({ code, signal })));

  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const client = new TestClient(conn, child, exited, stderr);
  client.settings = options.settings ?? null;

  conn.onRequest('workspace/configuration', (params) => {
    client.configurationRequests++;
    queueMicrotask(() => client.emit('configuration'));
    return params.items.map((item) => (item.section === 'hrdocs' ? client.settings : null));
  });
  conn.onRequest('client/registerCapability', (params) => {
    client.registrations.push(...params.registrations);
    queueMicrotask(() => client.emit('registration'));
    return null;
  });
  conn.onRequest('client/unregisterCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', (params) => {
    client.progressTokens.push(params.token);
    return null;
  });
  conn.onRequest('workspace/applyEdit', (params) => {
    client.appliedEdits.push(params);
    client.emit('applyEdit');
    return { applied: true };
  });
  conn.onRequest('workspace/codeLens/refresh', () => {
    client.codeLensRefreshes++;
    client.emit('codeLensRefresh');
    return null;
  });
  conn.onNotification('textDocument/publishDiagnostics', (params) => {
    const list = client.published.get(params.uri) ?? [];
    list.push(params);
    client.published.set(params.uri, list);
    for (const l of client.diagnosticsListeners) l(params);
    client.emit('diagnostics');
  });
  conn.onNotification('hrdocs/status', (params) => {
    client.statuses.push(params);
    client.emit('status');
  });
  conn.onNotification('window/logMessage', (params) => client.logs.push(params.message));
  conn.onNotification('$/progress', (params) => {
    client.progress.push(params);
    client.emit('progress');
  });
  conn.onClose(() => client.emit('close'));
  conn.listen();

  if (options.initialize !== false) {
    const folder = options.folder;
    client.initializeResult = await client.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'hrdocs-protocol-tests' },
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'fixtures' }] : null,
      capabilities: options.capabilities ?? vscodeLikeCapabilities(),
      initializationOptions: options.initializationOptions,
    });
    conn.sendNotification('initialized', {});
  }
  return client;
}

export class TestClient {
  constructor(conn, child, exited, stderr) {
    this.conn = conn;
    this.child = child;
    this.exited = exited;
    this.stderr = stderr;
    this.settings = null;
    this.configurationRequests = 0;
    this.registrations = [];
    this.progressTokens = [];
    this.progress = [];
    this.codeLensRefreshes = 0;
    /** workspace/applyEdit requests from the server, answered as applied */
    this.appliedEdits = [];
    this.published = new Map();
    this.statuses = [];
    this.logs = [];
    this.docs = new Map();
    this.waiters = new Set();
    this.diagnosticsListeners = [];
  }

  /** Calls `listener` with every publishDiagnostics notification from now on. */
  onDiagnostics(listener) {
    this.diagnosticsListeners.push(listener);
  }

  emit(event) {
    for (const w of [...this.waiters]) if (w.event === event || w.event === '*') w.check();
  }

  /** Resolves with `probe()`'s first truthy value, re-checked on each `event`; rejects after `timeout`. */
  waitFor(event, probe, what, timeout = TIMEOUT_MS) {
    const first = probe();
    if (first) return Promise.resolve(first);
    return new Promise((resolvePromise, reject) => {
      const w = {
        event,
        check: () => {
          let v;
          try {
            v = probe();
          } catch (err) {
            done();
            reject(err);
            return;
          }
          if (v) {
            done();
            resolvePromise(v);
          }
        },
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeout} ms waiting for ${what}\n--- server log (tail) ---\n${this.logTail()}`));
      }, timeout);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(w);
      };
      this.waiters.add(w);
    });
  }

  logTail(n = 30) {
    return [...this.logs, ...this.stderr].slice(-n).join('\n');
  }

  /** Sends a request; rejects (with the server's log tail) when no answer comes within `timeout`,
   * so a server that stops answering fails the test instead of hanging the run. */
  request(method, params, timeout = 2 * TIMEOUT_MS) {
    let timer;
    const answered = this.conn.sendRequest(method, params);
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${timeout} ms\n--- server log (tail) ---\n${this.logTail()}`)), timeout);
    });
    return Promise.race([answered, late]).finally(() => clearTimeout(timer));
  }

  notify(method, params) {
    return this.conn.sendNotification(method, params);
  }

  // ---- documents ----

  open(uri, text, languageId = 'markdown') {
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Applies `changes` (TextDocumentContentChangeEvent[]) locally and sends them; returns the new version. */
  change(uri, changes) {
    const doc = this.docs.get(uri);
    const version = doc.version + 1;
    this.docs.set(uri, TextDocument.update(doc, changes, version));
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  close(uri) {
    this.docs.delete(uri);
    return this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri) {
    return this.docs.get(uri)?.getText();
  }

  /** The latest diagnostics published for `uri` (undefined if none yet). */
  latestDiagnostics(uri) {
    const list = this.published.get(uri);
    return list?.[list.length - 1];
  }

  /**
   * Waits for a publishDiagnostics for `uri` that satisfies `predicate(diagnostics, params)`, among
   * those published after `since` (a count from publishedCount(uri)).
   */
  waitForDiagnostics(uri, predicate = () => true, { since = 0, timeout, what } = {}) {
    return this.waitFor(
      'diagnostics',
      () => (this.published.get(uri) ?? []).slice(since).find((p) => predicate(p.diagnostics, p))?.diagnostics,
      what ?? `diagnostics for ${uri}`,
      timeout,
    );
  }

  publishedCount(uri) {
    return (this.published.get(uri) ?? []).length;
  }

  waitForStatus(state, timeout) {
    return this.waitFor('status', () => this.statuses.find((s) => s.state === state), `hrdocs/status ${state}`, timeout);
  }

  // ---- shutdown ----

  async shutdown(timeout = 10_000) {
    await this.request('shutdown', null);
    this.notify('exit');
    let timer;
    const result = await Promise.race([
      this.exited,
      new Promise((res) => (timer = setTimeout(() => res({ code: 'timeout' }), timeout))),
    ]);
    clearTimeout(timer);
    this.conn.dispose();
    return result;
  }

  kill() {
    try {
      this.conn.dispose();
    } catch {}
    const child = this.child;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill();
      // a server that does not stop on SIGTERM (busy under load) is killed, so the test process can exit
      const force = setTimeout(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); }, 3000);
      child.once('exit', () => clearTimeout(force));
    }
    // nothing of the child keeps the test process alive once it is gone
    for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.destroy();
  }
}

/** Applies LSP TextEdits to a text (as an editor would). */
export function applyEdits(text, edits) {
  const doc = TextDocument.create('file:///x.md', 'markdown', 1, text);
  return TextDocument.applyEdits(doc, edits);
}

/** The lines of `text` between `## heading` and the next heading of level <= 2. */
export function sectionText(text, heading) {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => new RegExp(`^##\\s+${heading}\\s*$`, 'i').test(l));
  if (start < 0) return undefined;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    if (/^#{1,2}\s/.test(lines[i])) {
      end = i;
      break;
    }
  }
  return lines.slice(start + 1, end).join('\n');
}

/** Every date-like token (years, month names with years, Present) of a text, in order. */
export function dateTokens(text) {
  return text.match(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b|\b(?:19|20)\d{2}\b|\bPresent\b|\b\d{1,2}\/\d{4}\b/g) ?? [];
}
