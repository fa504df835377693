// Owns the LanguageClient: starts `node <server>/bin/hrdocs.mjs lsp --stdio`, restarts it, and
// forwards the server's status notification to the status item.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest, LanguageClient, State, TransportKind, WorkDoneProgress,
  type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { LANGUAGE_ID, StatusNotification, type StatusParams } from 'hrdocs-protocol';
import { readSettings, SECTION, serverPath } from './settings';
import type { HrdocsStatus } from './status';

export class ServerHost implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private progressTokens = 0;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.OutputChannel,
    private readonly status: HrdocsStatus,
  ) {}

  get languageClient(): LanguageClient | undefined { return this.client; }

  /** Resolves with a running client, starting the server when needed. */
  running(): Promise<LanguageClient> {
    const client = this.client;
    if (this.starting) return this.starting;
    if (client?.state === State.Running) return Promise.resolve(client);
    // vscode-languageclient is restarting a crashed server by itself: wait for it.
    if (client?.state === State.Starting) return whenRunning(client);
    this.starting = this.start().finally(() => { this.starting = undefined; });
    return this.starting;
  }

  /**
   * `workspace/executeCommand` on the server, with one argument object. `onProgress` gets the
   * percentages the server reports on the request's own work-done token (the writer's decoding).
   */
  async execute<T>(command: string, arg: unknown, onProgress?: (percentage: number) => void): Promise<T> {
    const client = await this.running();
    if (!onProgress) return (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [arg] })) as T;
    const workDoneToken = `hrdocs-${command}-${++this.progressTokens}`;
    const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, value => {
      if (value.kind !== 'end' && typeof value.percentage === 'number') onProgress(value.percentage);
    });
    try {
      return (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [arg], workDoneToken })) as T;
    } finally {
      listening.dispose();
    }
  }

  async restart(): Promise<LanguageClient> {
    this.output.appendLine(`[client] restarting the language server`);
    await this.stop();
    return this.running();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.disposables.splice(0).forEach(d => d.dispose());
    if (!client) return;
    try {
      if (client.state !== State.Stopped) await client.stop(5000);
    } catch (e) {
      this.output.appendLine(`[client] stop failed: ${String(e)}`);
    }
    await client.dispose().catch(() => undefined);
    this.status.stopped();
  }

  private async start(): Promise<LanguageClient> {
    if (this.client) await this.stop(); // a client that stopped for good (crashed too often)
    const entry = serverPath(this.context);
    if (!fs.existsSync(entry)) {
      const msg = `hrdocs language server not found at ${entry}. Build it (npm run build) or set "hrdocs.server.path".`;
      this.status.failed(msg);
      this.output.appendLine(`[client] ${msg}`);
      void vscode.window.showErrorMessage(msg, 'Open settings').then(a => {
        if (a) void vscode.commands.executeCommand('workbench.action.openSettings', 'hrdocs.server.path');
      });
      throw new Error(msg);
    }
    this.status.starting();
    this.output.appendLine(`[client] starting ${entry} lsp --stdio`);

    // A JavaScript entry runs on the editor's own Node runtime (Electron as Node in desktop VS Code,
    // Node in code-server); anything else (a wrapper script, a packaged binary) is executed.
    const isModule = /\.[cm]?js$/.test(entry);
    // offline: the server sets this too, but a wrapper script or packaged binary might load
    // onnxruntime before it could
    const env = { ...process.env, ORT_DISABLE_TELEMETRY: '1' };
    const serverOptions: ServerOptions = isModule
      ? {
          run: { module: entry, args: ['lsp'], transport: TransportKind.stdio, options: { env } },
          debug: { module: entry, args: ['lsp'], transport: TransportKind.stdio, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
        }
      : { command: entry, args: ['lsp'], transport: TransportKind.stdio, options: { env } };

    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
    this.disposables.push(watcher);
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: LANGUAGE_ID },
        { scheme: 'untitled', language: LANGUAGE_ID },
      ],
      synchronize: { configurationSection: SECTION, fileEvents: watcher },
      initializationOptions: readSettings(),
      outputChannel: this.output,
      diagnosticCollectionName: 'hrdocs',
      markdown: { isTrusted: false, supportHtml: false },
    };

    const client = new LanguageClient('hrdocs', 'hrdocs', serverOptions, clientOptions);
    this.client = client;
    this.disposables.push(
      client.onNotification(StatusNotification, (p: StatusParams) => this.status.update(p)),
      client.onDidChangeState(e => {
        if (e.newState === State.Stopped && this.client === client) this.status.stopped();
        else if (e.newState === State.Starting) this.status.starting();
      }),
    );
    try {
      await client.start();
    } catch (e) {
      const msg = `hrdocs language server failed to start: ${e instanceof Error ? e.message : String(e)}`;
      this.status.failed(msg);
      this.output.appendLine(`[client] ${msg}`);
      throw e;
    }
    // Until the server sends hrdocs/status, show it as running.
    this.status.running();
    return client;
  }

  dispose(): void { void this.stop(); }
}

function whenRunning(client: LanguageClient): Promise<LanguageClient> {
  return new Promise((resolve, reject) => {
    const sub = client.onDidChangeState(e => {
      if (e.newState === State.Running) { sub.dispose(); resolve(client); }
      else if (e.newState === State.Stopped) { sub.dispose(); reject(new Error('the hrdocs language server stopped')); }
    });
  });
}
