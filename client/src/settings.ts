// Reads the `hrdocs` configuration section into the shared HrdocsSettings shape (sent to the server
// as initializationOptions; later changes reach it through workspace/didChangeConfiguration and
// workspace/configuration, which vscode-languageclient handles).
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, type HrdocsSettings } from 'hrdocs-protocol';
import { configuredServerPath } from './serverPath';

export const SECTION = 'hrdocs';

export function readSettings(scope?: vscode.ConfigurationScope): HrdocsSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const d = DEFAULT_SETTINGS;
  const settings: HrdocsSettings = {
    run: c.get<HrdocsSettings['run']>('run', d.run),
    inference: { device: c.get<HrdocsSettings['inference']['device']>('inference.device', d.inference.device) },
    documentPatterns: {
      resume: c.get<string[]>('documentPatterns.resume', d.documentPatterns.resume),
      job: c.get<string[]>('documentPatterns.job', d.documentPatterns.job),
    },
    diagnostics: {
      showSkills: c.get<boolean>('diagnostics.showSkills', d.diagnostics.showSkills),
      minConfidence: c.get<number | null>('diagnostics.minConfidence', d.diagnostics.minConfidence),
    },
    rules: c.get<HrdocsSettings['rules']>('rules', d.rules),
    generate: { writer: c.get<HrdocsSettings['generate']['writer']>('generate.writer', d.generate.writer) },
    maxDocumentLength: c.get<number>('maxDocumentLength', d.maxDocumentLength),
  };
  const threshold = c.get<number | null>('matchThreshold');
  if (typeof threshold === 'number') settings.matchThreshold = threshold;
  return settings;
}

/**
 * The language server entry: `hrdocs.server.path` when set (see configuredServerPath: workspace
 * values only in a trusted workspace), else the repository's `server/bin/hrdocs.mjs` next to the extension.
 */
export function serverPath(context: vscode.ExtensionContext): string {
  const inspected = vscode.workspace.getConfiguration(SECTION).inspect<string>('server.path');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return configuredServerPath(inspected, vscode.workspace.isTrusted, folder, os.homedir())
    ?? context.asAbsolutePath(path.join('..', 'server', 'bin', 'hrdocs.mjs'));
}
