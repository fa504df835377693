// Which language server entry to run. `hrdocs.server.path` names a file the extension executes, so
// in an untrusted workspace only the user's own (global) value counts: a repository's
// .vscode/settings.json must not choose it. No vscode import: unit tests load this file directly.
import * as path from 'node:path';

/** The parts of `WorkspaceConfiguration.inspect('server.path')` that matter here. */
export interface InspectedPath {
  globalValue?: string;
  workspaceValue?: string;
  workspaceFolderValue?: string;
}

/**
 * The configured entry as an absolute path, or undefined for the one bundled with the extension.
 * `~/` is the home folder; a relative path is resolved against the first workspace folder, and
 * only in a trusted workspace (in an untrusted one it would name a file of the repository).
 */
export function configuredServerPath(setting: InspectedPath | undefined, trusted: boolean, folder: string | undefined, home: string): string | undefined {
  const raw = trusted
    ? setting?.workspaceFolderValue ?? setting?.workspaceValue ?? setting?.globalValue
    : setting?.globalValue;
  const configured = raw?.trim();
  if (!configured) return undefined;
  const p = configured.startsWith('~/') ? path.join(home, configured.slice(2)) : configured;
  if (path.isAbsolute(p)) return p;
  if (!trusted) return undefined;
  return folder ? path.join(folder, p) : path.resolve(p);
}
