import * as vscode from 'vscode';

export const EXTENSION_ID = 'hrdocs.hrdocs-vscode';

/** The extension's activate() result (client/src/extension.ts HrdocsApi), as the tests use it. */
export interface HrdocsApi {
  ready(): Promise<void>;
  readonly status: { state: string; device: string; engine: string; message?: string } | undefined;
  readonly statusText: string;
  readonly onDidChangeStatus: vscode.Event<unknown>;
  readonly protocol: {
    ClientCommands: Record<'generateMatchingJobs' | 'generateJobDescription' | 'restartServer' | 'showMatch', string>;
    ServerCommands: Record<'generateMatchingJobs' | 'generateJobDescription' | 'explainMatch', string>;
    DiagnosticCodes: Record<'skill' | 'missingSkill' | 'experienceShort' | 'experienceMissing' | 'documentTooLarge', string>;
  };
}

export async function activateExtension(): Promise<HrdocsApi> {
  const ext = vscode.extensions.getExtension<HrdocsApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} not found`);
  return ext.isActive ? ext.exports : ext.activate();
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function describe(diags: readonly vscode.Diagnostic[]): string {
  return diags.map(d => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character} ${vscode.DiagnosticSeverity[d.severity]} ${d.message}`).join('\n  ') || '(none)';
}

/**
 * Resolves with the first truthy value of `probe`, evaluated now, on every event in `events`, and
 * every `intervalMs` (a poll with a deadline, for state no event announces); rejects at the deadline
 * with `what` and the last probe's description. Never a fixed sleep.
 */
export function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  opts: { timeoutMs?: number; events?: vscode.Event<unknown>[]; intervalMs?: number; explain?: () => string } = {},
): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let running = false;
    const subs: vscode.Disposable[] = [];
    const finish = (err: Error | undefined, value?: T) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearInterval(poll);
      subs.forEach(s => s.dispose());
      err ? reject(err) : resolve(value as T);
    };
    const check = async () => {
      if (settled || running) return;
      running = true;
      try {
        const v = await probe();
        if (v) finish(undefined, v);
      } catch (e) {
        finish(e instanceof Error ? e : new Error(String(e)));
      } finally {
        running = false;
      }
    };
    const deadline = setTimeout(() => {
      finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${opts.explain ? `\n  last state: ${opts.explain()}` : ''}`));
    }, timeoutMs);
    const poll = setInterval(check, opts.intervalMs ?? 250);
    for (const ev of opts.events ?? []) subs.push(ev(() => void check()));
    void check();
  });
}

/** Waits until the diagnostics of `uri` satisfy `pred` (driven by onDidChangeDiagnostics). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  pred: (diags: vscode.Diagnostic[]) => boolean,
  timeoutMs = 90_000,
): Promise<vscode.Diagnostic[]> {
  const get = () => vscode.languages.getDiagnostics(uri);
  return waitFor(what, () => (pred(get()) ? get() : undefined), {
    timeoutMs,
    events: [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>],
    intervalMs: 1000,
    explain: () => describe(get()),
  });
}

/** Every 4-digit year (19xx/20xx) in a text, in order. */
export function years(text: string): string[] {
  return text.match(/\b(?:19|20)\d{2}\b/g) ?? [];
}

/** The lines of the `## Skills` section (up to the next heading of level <= 2). */
export function skillsSection(text: string): string {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex(l => /^#{1,3}\s+(skills|technical skills|core skills)\b/i.test(l.trim()));
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && /^#{1,2}\s/.test(l.trim()));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}
