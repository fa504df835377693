// hrdocs VS Code extension: a thin client. It starts the hrdocs language server (which owns all
// analysis: skills, matches, fixes, generation), contributes commands that call the server, and
// shows the server's state in a language status item.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, DiagnosticCodes, ServerCommands, type StatusParams } from 'hrdocs-protocol';
import { registerCommands } from './commands';
import { ServerHost } from './server';
import { SECTION } from './settings';
import { HrdocsStatus, SHOW_OUTPUT_COMMAND } from './status';

/** What activate() returns (tests use it to wait for the server). */
export interface HrdocsApi {
  /** Resolves when the language server is running (starts it when needed). */
  ready(): Promise<void>;
  readonly client: LanguageClient | undefined;
  /** The last `hrdocs/status` the server sent. */
  readonly status: StatusParams | undefined;
  readonly statusText: string;
  readonly onDidChangeStatus: vscode.Event<StatusParams>;
  /** The shared names (hrdocs-protocol), for tests and other extensions. */
  readonly protocol: { ClientCommands: typeof ClientCommands; ServerCommands: typeof ServerCommands; DiagnosticCodes: typeof DiagnosticCodes };
}

let host: ServerHost | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<HrdocsApi> {
  const output = vscode.window.createOutputChannel('hrdocs');
  const status = new HrdocsStatus();
  host = new ServerHost(context, output, status);
  const h = host;
  context.subscriptions.push(
    output, status, h,
    vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => output.show(true)),
    ...registerCommands(h),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration(`${SECTION}.server.path`)) void h.restart().catch(() => undefined);
    }),
    // a workspace value of hrdocs.server.path counts only once the workspace is trusted
    vscode.workspace.onDidGrantWorkspaceTrust(() => void h.restart().catch(() => undefined)),
  );
  // Start in the background: activation must not wait for model loading.
  h.running().catch(() => undefined);
  return {
    ready: async () => { await h.running(); },
    get client() { return h.languageClient; },
    get status() { return status.current; },
    get statusText() { return status.text; },
    onDidChangeStatus: status.onDidChange,
    protocol: { ClientCommands, ServerCommands, DiagnosticCodes },
  };
}

export async function deactivate(): Promise<void> {
  await host?.stop();
  host = undefined;
}
