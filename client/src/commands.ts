// The client's commands (hrdocs.*). They gather input, call the server's hrdocs.server.* commands
// through workspace/executeCommand, and open the results; no engine logic lives here.
import * as vscode from 'vscode';
import {
  ClientCommands, LANGUAGE_ID, ServerCommands,
  type GeneratedJobPayload, type GenerateResult, type MatchSummary,
} from 'hrdocs-protocol';
import type { ServerHost } from './server';

/** Arguments of hrdocs.generateMatchingJobs (all optional; tests pass `pick`). */
export interface GenerateMatchingJobsArgs {
  /** the resume; default: the active editor's document */
  uri?: string | vscode.Uri;
  /** how many jobs to generate (default 5) */
  count?: number;
  /** 'ask' (default): QuickPick; 'all': open every job; 'none': open nothing, just return them */
  pick?: 'ask' | 'all' | 'none';
}

/** Arguments of hrdocs.generateJobDescription: a title, or an object. */
export type GenerateJobDescriptionArgs = string | { title: string; open?: boolean };

export interface ShowMatchArgs { resumeUri: string; jobUri: string }

const EXPLANATION_SCHEME = 'hrdocs-match';

export function percent(score: number | undefined): string {
  return typeof score === 'number' && Number.isFinite(score) ? `${Math.round(score * 100)}%` : '';
}

/** The first line of a generated job's summary: the first prose line after a Summary/About/Overview
 *  heading, else the first prose line of the document (front matter and headings skipped). */
export function summaryLine(markdown: string): string {
  const lines = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '').split(/\r?\n/);
  const prose = (from: number): string | undefined => {
    for (let i = from; i < lines.length; i++) {
      const l = lines[i].trim();
      if (!l || l.startsWith('<!--')) continue;
      if (l.startsWith('#')) { if (i > from) return undefined; continue; }
      return l.replace(/^[-*+]\s+/, '').replace(/[*_`]/g, '');
    }
    return undefined;
  };
  const h = lines.findIndex(l => /^#{1,6}\s+(summary|about|overview|the role|role|description)\b/i.test(l.trim()));
  const line = (h >= 0 ? prose(h + 1) : undefined) ?? lines.map(l => l.trim()).find(l => l && !l.startsWith('#') && !l.startsWith('<!--')) ?? '';
  return line.length > 140 ? line.slice(0, 139) + '…' : line;
}

async function openMarkdown(content: string, preserveFocus = false): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
  await vscode.window.showTextDocument(doc, { preview: false, preserveFocus });
  return doc;
}

function activeMarkdownUri(): vscode.Uri | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && doc.languageId === LANGUAGE_ID ? doc.uri : undefined;
}

/** The lightbulb's "Turn off" action: the rule's severity in the workspace settings (user settings without a workspace). */
async function setRuleSeverity(arg: { rule?: unknown; severity?: unknown } | undefined): Promise<void> {
  const rule = typeof arg?.rule === 'string' ? arg.rule : undefined;
  const severity = typeof arg?.severity === 'string' && ['off', 'hint', 'info', 'warning', 'error'].includes(arg.severity) ? arg.severity : undefined;
  if (!rule || !/^[\w-]+$/.test(rule) || !severity) throw new Error('expected { rule, severity }');
  const config = vscode.workspace.getConfiguration('hrdocs');
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('rules', { ...(config.get<Record<string, string>>('rules') ?? {}), [rule]: severity }, target);
}

export function registerCommands(host: ServerHost): vscode.Disposable[] {
  const explanations = new Map<string, string>();
  const explanationProvider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent: uri => explanations.get(uri.toString()) ?? '',
  };

  async function generateMatchingJobs(arg?: GenerateMatchingJobsArgs | vscode.Uri): Promise<GeneratedJobPayload[]> {
    const args: GenerateMatchingJobsArgs = arg instanceof vscode.Uri ? { uri: arg } : (arg ?? {});
    const uri = args.uri ? (typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri) : activeMarkdownUri();
    if (!uri) {
      void vscode.window.showWarningMessage('hrdocs: open a resume (Markdown) to generate matching jobs for it.');
      return [];
    }
    const count = args.count ?? 5;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'hrdocs: generating matching jobs…' },
      () => host.execute<GenerateResult | null>(ServerCommands.generateMatchingJobs, { uri: uri.toString(), count }),
    );
    const jobs = result?.jobs ?? [];
    if (!jobs.length) {
      void vscode.window.showInformationMessage('hrdocs: no matching jobs were generated for this resume.');
      return jobs;
    }
    let chosen: GeneratedJobPayload[];
    if (args.pick === 'all') chosen = jobs;
    else if (args.pick === 'none') chosen = [];
    else {
      const items = jobs.map(job => ({ label: job.title, description: percent(job.score), detail: summaryLine(job.markdown), job }));
      const picked = await vscode.window.showQuickPick(items, {
        canPickMany: true,
        title: 'hrdocs: matching jobs',
        placeHolder: 'Choose the jobs to open as new documents',
        matchOnDetail: true,
      });
      chosen = picked?.map(p => p.job) ?? [];
    }
    for (const [i, job] of chosen.entries()) await openMarkdown(job.markdown, i > 0);
    return jobs;
  }

  async function generateJobDescription(arg?: GenerateJobDescriptionArgs): Promise<GeneratedJobPayload[]> {
    let title = typeof arg === 'string' ? arg : arg?.title;
    const open = typeof arg === 'object' && arg !== null ? arg.open !== false : true;
    if (!title) {
      title = await vscode.window.showInputBox({
        title: 'hrdocs: generate job description',
        prompt: 'Job title',
        placeHolder: 'e.g. Data Analyst',
        validateInput: v => (v.trim() ? undefined : 'Enter a job title'),
      });
    }
    title = title?.trim();
    if (!title) return [];
    const t = title;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `hrdocs: writing a job description for "${t}"…` },
      () => host.execute<GenerateResult | null>(ServerCommands.generateJobDescription, { title: t }),
    );
    const jobs = result?.jobs ?? [];
    if (!jobs.length) void vscode.window.showInformationMessage(`hrdocs: no job description could be generated for "${t}".`);
    if (open) for (const [i, job] of jobs.entries()) await openMarkdown(job.markdown, i > 0);
    return jobs;
  }

  /** Code lens target: the match between a resume and a job, explained. Resolves with the summary
   *  as soon as it is known; the message and its actions do not block the caller. */
  async function showMatch(arg?: ShowMatchArgs | string, jobUriArg?: string): Promise<MatchSummary | undefined> {
    const args: ShowMatchArgs | undefined = typeof arg === 'string' && jobUriArg ? { resumeUri: arg, jobUri: jobUriArg } : (arg as ShowMatchArgs | undefined);
    if (!args?.resumeUri || !args.jobUri) {
      void vscode.window.showWarningMessage('hrdocs: showMatch needs a resume and a job (use the code lens).');
      return undefined;
    }
    const summary = await host.execute<MatchSummary>(ServerCommands.explainMatch, { resumeUri: args.resumeUri, jobUri: args.jobUri });
    if (!summary) return undefined;
    const verdict = summary.match ? 'a match' : 'not a match yet';
    const firstSentence = summary.explanation.replace(/[#*_`>]/g, '').split(/(?<=[.!?])\s|\n/).map(s => s.trim()).find(Boolean) ?? '';
    const key = vscode.Uri.from({ scheme: EXPLANATION_SCHEME, path: `/${summary.jobTitle || 'job'} match.md`, query: `${Date.now()}` });
    explanations.set(key.toString(), `# ${summary.jobTitle}: ${percent(summary.score)} (${verdict})\n\n${summary.explanation}\n`);
    void vscode.window
      .showInformationMessage(`${summary.jobTitle}: ${percent(summary.score)}, ${verdict}. ${firstSentence}`, 'Show explanation', 'Open job')
      .then(async action => {
        if (action === 'Open job') {
          await vscode.window.showTextDocument(vscode.Uri.parse(summary.jobUri), { preview: false });
        } else if (action === 'Show explanation') {
          try {
            await vscode.commands.executeCommand('markdown.showPreviewToSide', key);
          } catch {
            await vscode.window.showTextDocument(key, { preview: true });
          }
        }
      });
    return summary;
  }

  /** Shows a failure to the user (with a way to the log), then rethrows it to the caller. */
  const reporting = <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      host.output.appendLine(`[client] ${name} failed: ${message}`);
      void vscode.window.showErrorMessage(`hrdocs: ${name} failed: ${message}`, 'Show output').then(a => {
        if (a) host.output.show(true);
      });
      throw e;
    }
  };

  return [
    vscode.workspace.registerTextDocumentContentProvider(EXPLANATION_SCHEME, explanationProvider),
    vscode.commands.registerCommand(ClientCommands.generateMatchingJobs, reporting('generating matching jobs', generateMatchingJobs)),
    vscode.commands.registerCommand(ClientCommands.generateJobDescription, reporting('generating a job description', generateJobDescription)),
    vscode.commands.registerCommand(ClientCommands.restartServer, reporting('restarting the server', async () => { await host.restart(); })),
    vscode.commands.registerCommand(ClientCommands.showMatch, reporting('explaining the match', showMatch)),
    vscode.commands.registerCommand(ClientCommands.setRuleSeverity, reporting('changing a rule', setRuleSeverity)),
  ];
}
