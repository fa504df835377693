// The client's commands (hrdocs.*). They gather input, call the server's hrdocs.server.* commands
// through workspace/executeCommand, and open the results; no engine logic lives here.
import * as vscode from 'vscode';
import {
  ClientCommands, LANGUAGE_ID, ServerCommands,
  type GeneratedJobPayload, type GenerateResult, type MatchSummary,
} from 'hrdocs-protocol';
import { JOBS_FOLDER, jobFileSlug, reasonLine, uniqueJobFileName } from './generatedJobs';
import type { ServerHost } from './server';

/** Arguments of hrdocs.generateMatchingJobs (all optional; tests pass `pick`). */
export interface GenerateMatchingJobsArgs {
  /** the resume; default: the active editor's document */
  uri?: string | vscode.Uri;
  /** how many jobs to generate (default 5) */
  count?: number;
  /** 'ask' (default): QuickPick; 'all': open every job; 'none': open nothing, just return them */
  pick?: 'ask' | 'all' | 'none';
  /** save the opened jobs into jobs/ at once instead of offering it (tests, keybindings) */
  save?: boolean;
}

/** Arguments of hrdocs.generateJobDescription: a title, or an object. */
export type GenerateJobDescriptionArgs = string | { title: string; open?: boolean; save?: boolean };

/** A generated job opened as an unsaved document, and the name it is saved under. */
interface Draft { doc: vscode.TextDocument; slug: string; markdown: string; folder: vscode.WorkspaceFolder }

const SAVE_ACTION = `Save to ${JOBS_FOLDER}/`;

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

/** File names in `folder`; none when it does not exist yet. */
async function namesIn(folder: vscode.Uri): Promise<string[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
  } catch {
    return [];
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Names already used in `jobs`: its files, and unsaved documents that will be saved there. */
async function takenNames(jobs: vscode.Uri): Promise<string[]> {
  const drafts = vscode.workspace.textDocuments
    .filter(d => d.uri.scheme === 'untitled' && d.uri.path.startsWith(`${jobs.path}/`))
    .map(d => d.uri.path.slice(jobs.path.length + 1));
  return [...(await namesIn(jobs)), ...drafts];
}

/**
 * A generated job as an unsaved document named `jobs/<slug>.md` in the first workspace folder, so
 * saving it proposes that file (an untitled document is never among a resume's matches: the server
 * ranks only files). Without a workspace folder, a plain untitled document.
 */
async function openDraft(job: GeneratedJobPayload, preserveFocus: boolean): Promise<Draft | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    await openMarkdown(job.markdown, preserveFocus);
    return undefined;
  }
  const slug = jobFileSlug(job.title);
  const jobs = vscode.Uri.joinPath(folder.uri, JOBS_FOLDER);
  const name = uniqueJobFileName(slug, await takenNames(jobs));
  // VS Code refuses an untitled name whose file exists, and returns an open draft by that name as
  // it is: either appearing since the listing means a plain untitled document instead
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(jobs, name).with({ scheme: 'untitled' })).then(d => d, () => undefined);
  if (!doc || doc.getText() !== '') {
    await openMarkdown(job.markdown, preserveFocus);
    return undefined;
  }
  // the language follows the .md name, unless the user associated .md files with another one
  const markdown = doc.languageId === LANGUAGE_ID ? doc : await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(markdown.uri, new vscode.Position(0, 0), job.markdown);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not write the generated job into ${markdown.uri.toString()}`);
  await vscode.window.showTextDocument(markdown, { preview: false, preserveFocus });
  return { doc: markdown, slug, markdown: job.markdown, folder };
}

/**
 * Writes each draft to `<folder>/jobs/<slug>.md`, or `<slug>-2.md`, ... when that file exists: a
 * file is never overwritten. The draft's current text is saved (the user may have edited it).
 * Opens and returns the saved files.
 */
async function saveDrafts(drafts: Draft[]): Promise<vscode.Uri[]> {
  const saved: vscode.Uri[] = [];
  for (const draft of drafts) {
    const jobs = vscode.Uri.joinPath(draft.folder.uri, JOBS_FOLDER);
    await vscode.workspace.fs.createDirectory(jobs);
    const taken = await namesIn(jobs);
    let target = vscode.Uri.joinPath(jobs, uniqueJobFileName(draft.slug, taken));
    // a file written since the listing is not overwritten either
    while (await exists(target)) {
      taken.push(target.path.slice(jobs.path.length + 1));
      target = vscode.Uri.joinPath(jobs, uniqueJobFileName(draft.slug, taken));
    }
    const text = draft.doc.isClosed ? draft.markdown : draft.doc.getText();
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    saved.push(target);
    await closeDraft(draft.doc);
  }
  for (const [i, uri] of saved.entries()) await vscode.window.showTextDocument(uri, { preview: false, preserveFocus: i > 0 });
  return saved;
}

/** The saved file replaces its draft: left open, saving the draft too would write a second copy. */
async function closeDraft(doc: vscode.TextDocument): Promise<void> {
  if (doc.isClosed) return;
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  if (editor.document === doc) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Opens the chosen jobs as drafts; saves them into jobs/ now (`save`) or when the user asks. */
async function openGenerated(jobs: GeneratedJobPayload[], save: boolean): Promise<void> {
  const drafts: Draft[] = [];
  for (const [i, job] of jobs.entries()) {
    const draft = await openDraft(job, i > 0);
    if (draft) drafts.push(draft);
  }
  if (!drafts.length) return;
  if (save) {
    await saveDrafts(drafts);
    return;
  }
  const what = drafts.length === 1 ? 'the generated job' : `${drafts.length} generated jobs`;
  // not awaited: the command is done once the drafts are open; the offer stays in the notifications
  void vscode.window
    .showInformationMessage(`hrdocs: opened ${what} unsaved. A draft counts in resumes' matches once saved.`, SAVE_ACTION)
    .then(action => (action === SAVE_ACTION ? saveDrafts(drafts) : undefined))
    .then(undefined, e => void vscode.window.showErrorMessage(`hrdocs: saving to ${JOBS_FOLDER}/ failed: ${e instanceof Error ? e.message : String(e)}`));
}

/** The server's progress (percent done) as increments of a withProgress notification. */
function reportingTo(progress: vscode.Progress<{ increment?: number }>): (percentage: number) => void {
  let shown = 0;
  return percentage => {
    if (percentage > shown) progress.report({ increment: percentage - shown });
    shown = Math.max(shown, percentage);
  };
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
      progress => host.execute<GenerateResult | null>(ServerCommands.generateMatchingJobs, { uri: uri.toString(), count }, reportingTo(progress)),
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
      const items = jobs.map(job => ({
        label: job.title,
        description: [percent(job.score), job.stretch ? 'stretch role' : ''].filter(Boolean).join(' · '),
        detail: reasonLine(job) || summaryLine(job.markdown),
        job,
      }));
      const picked = await vscode.window.showQuickPick(items, {
        canPickMany: true,
        title: 'hrdocs: matching jobs',
        placeHolder: 'Choose the jobs to open as new documents',
        matchOnDetail: true,
      });
      chosen = picked?.map(p => p.job) ?? [];
    }
    await openGenerated(chosen, args.save === true);
    return jobs;
  }

  async function generateJobDescription(arg?: GenerateJobDescriptionArgs): Promise<GeneratedJobPayload[]> {
    let title = typeof arg === 'string' ? arg : arg?.title;
    const open = typeof arg === 'object' && arg !== null ? arg.open !== false : true;
    const save = typeof arg === 'object' && arg !== null && arg.save === true;
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
      progress => host.execute<GenerateResult | null>(ServerCommands.generateJobDescription, { title: t }, reportingTo(progress)),
    );
    const jobs = result?.jobs ?? [];
    if (!jobs.length) void vscode.window.showInformationMessage(`hrdocs: no job description could be generated for "${t}".`);
    if (open) await openGenerated(jobs, save);
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
