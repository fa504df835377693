// workspace/executeCommand: generate matching jobs for a resume, a job description for a title,
// the match summary behind a code lens, and pinning a job as a resume's target. Arguments are checked; bad ones get a ResponseError
// with a message a person can act on, never a crash.
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type ExecuteCommandParams, type ProgressToken, type WorkspaceEdit } from 'vscode-languageserver';
import { dirname, relative, sep } from 'node:path';
import { isCancelled, setTargetEdit } from '../engine/index.js';
import type { GeneratedJob } from '../engine/types.js';
import {
  ServerCommands,
  type GenerateResult,
  type GeneratedJobPayload,
  type HrdocsSettings,
  type MatchSummary,
} from 'hrdocs-protocol';
import type { EngineHost } from './engineHost.js';
import { titleOf, type MatchService } from './matches.js';
import { errorMessage, isMarkdown, normalizeUri, uriToPath } from './util.js';
import type { WorkspaceStore } from './workspace.js';
import type { WorkspaceDictionary } from './dictionary.js';
import { withWorkDoneProgress, type ProgressFactory } from './progress.js';

export const COMMANDS: string[] = Object.values(ServerCommands);
const MAX_GENERATED = 20;
const MAX_TITLE_LENGTH = 200;
const WRITING_TITLE = 'hrdocs: writing job descriptions';

export class CommandFeature {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly matches: MatchService,
    private readonly host: EngineHost,
    private readonly settings: () => HrdocsSettings,
    private readonly log: (m: string) => void,
    private readonly dictionary?: WorkspaceDictionary,
    /** workspace/applyEdit, when the client supports it */
    private readonly applyEdit?: (edit: WorkspaceEdit, label: string) => Promise<boolean>,
    /** work-done progress for the generate commands, when the client shows it */
    private readonly progress?: ProgressFactory,
  ) {}

  async execute(params: ExecuteCommandParams, token?: CancellationToken): Promise<unknown> {
    const args = params.arguments ?? [];
    const arg = args[0];
    try {
      switch (params.command) {
        case ServerCommands.generateMatchingJobs:
          // a bare URI, [uri, count], or { uri, count }: what LSP clients send
          return await this.generateMatchingJobs(typeof arg === 'string' ? { uri: arg, count: args[1] } : arg, params.workDoneToken, token);
        case ServerCommands.generateJobDescription:
          return await this.generateJobDescription(typeof arg === 'string' ? { title: arg } : arg, params.workDoneToken, token);
        case ServerCommands.explainMatch:
          return await this.explainMatch(arg);
        case ServerCommands.setTargetJob:
          return await this.setTargetJob(arg);
        case ServerCommands.addNotSkill:
          return await this.addPhrase(arg, ServerCommands.addNotSkill, (d, phrase) => d.addNotSkill(phrase));
        case ServerCommands.addWorkspaceSkill:
          return await this.addPhrase(arg, ServerCommands.addWorkspaceSkill, (d, phrase) => d.addSkill(phrase));
        default:
          throw invalid(`Unknown command '${params.command}'. Known: ${COMMANDS.join(', ')}`);
      }
    } catch (err) {
      if (err instanceof ResponseError) throw err;
      if (isCancelled(err)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      this.log(`hrdocs: command ${params.command} failed: ${errorMessage(err)}`);
      throw new ResponseError(LSPErrorCodes.RequestFailed, `hrdocs: ${params.command} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private async generateMatchingJobs(arg: unknown, workDoneToken: ProgressToken | undefined, token?: CancellationToken): Promise<GenerateResult> {
    const a = objectArg(arg, ServerCommands.generateMatchingJobs, 'a document URI or { uri: string, count?: number }');
    const uri = stringField(a, 'uri', ServerCommands.generateMatchingJobs);
    let count: number | undefined;
    if (a.count !== undefined && a.count !== null) {
      if (typeof a.count !== 'number' || !Number.isInteger(a.count) || a.count < 1 || a.count > MAX_GENERATED) {
        throw invalid(`${ServerCommands.generateMatchingJobs}: 'count' must be an integer from 1 to ${MAX_GENERATED}`);
      }
      count = a.count;
    }
    const resume = await this.analysis(uri, 'resume');
    const engine = await this.engine();
    const jobs = await this.writing(workDoneToken, (onProgress) => engine.generateMatchingJobs(resume, count, token, { onProgress, writer: this.writer() }));
    return { jobs: jobs.map(payload) };
  }

  private async generateJobDescription(arg: unknown, workDoneToken: ProgressToken | undefined, token?: CancellationToken): Promise<GenerateResult> {
    const a = objectArg(arg, ServerCommands.generateJobDescription, 'a title or { title: string }');
    const title = stringField(a, 'title', ServerCommands.generateJobDescription).trim();
    if (title.length > MAX_TITLE_LENGTH) throw invalid(`${ServerCommands.generateJobDescription}: 'title' is longer than ${MAX_TITLE_LENGTH} characters`);
    const engine = await this.engine();
    const job = await this.writing(workDoneToken, (onProgress) => engine.generateJobDescription(title, token, { onProgress, writer: this.writer() }));
    return { jobs: [payload(job)] };
  }

  /** The `hrdocs.generate.writer` setting as the engine takes it ('default': the manifest decides). */
  private writer(): 'model' | 'template' | undefined {
    const w = this.settings().generate.writer;
    return w === 'default' ? undefined : w;
  }

  /** Generation under a progress bar: the writer reports its decoding steps. */
  private writing<T>(workDoneToken: ProgressToken | undefined, generate: (onProgress: (done: number, total: number) => void) => Promise<T>): Promise<T> {
    return withWorkDoneProgress(this.progress, workDoneToken, WRITING_TITLE, this.log, generate);
  }

  /** The lightbulb's "Not a skill" and "Add to workspace skills": the phrase goes into the workspace's file. */
  private async addPhrase(arg: unknown, command: string, add: (d: WorkspaceDictionary, phrase: string) => Promise<void>): Promise<null> {
    const a = objectArg(arg, command, '{ phrase: string }');
    const phrase = stringField(a, 'phrase', command);
    if (phrase.length > 200) throw invalid(`${command}: 'phrase' is longer than 200 characters`);
    if (!this.dictionary) throw invalid(`${command}: no workspace dictionary`);
    await add(this.dictionary, phrase);
    return null;
  }

  /** `target: <job, relative to the resume>` in the resume's front matter, applied by the client. */
  private async setTargetJob(arg: unknown): Promise<WorkspaceEdit> {
    const a = objectArg(arg, ServerCommands.setTargetJob, '{ resumeUri: string, jobUri: string }');
    const resumeUri = stringField(a, 'resumeUri', ServerCommands.setTargetJob);
    const jobUri = stringField(a, 'jobUri', ServerCommands.setTargetJob);
    await this.analysis(resumeUri, 'resume');
    const [resumePath, jobPath] = [uriToPath(resumeUri), uriToPath(jobUri)];
    if (!resumePath || !jobPath || !isMarkdown(jobUri)) throw invalid(`${ServerCommands.setTargetJob}: the resume and the job must be local Markdown files`);
    const snap = this.store.snapshot(resumeUri);
    if (!snap) throw invalid(`${resumeUri} cannot be read`);
    const target = relative(dirname(resumePath), jobPath).split(sep).join('/');
    const edit: WorkspaceEdit = snap.version === null
      ? { changes: { [snap.clientUri]: [setTargetEdit(snap.text, target)] } }
      : { documentChanges: [{ textDocument: { uri: snap.clientUri, version: snap.version }, edits: [setTargetEdit(snap.text, target)] }] };
    if (this.applyEdit) await this.applyEdit(edit, 'Set as target job');
    return edit;
  }

  private async explainMatch(arg: unknown): Promise<MatchSummary> {
    const a = objectArg(arg, ServerCommands.explainMatch, '{ resumeUri: string, jobUri: string }');
    const resumeUri = stringField(a, 'resumeUri', ServerCommands.explainMatch);
    const jobUri = stringField(a, 'jobUri', ServerCommands.explainMatch);
    const [resume, job] = [await this.analysis(resumeUri, 'resume'), await this.analysis(jobUri, 'job')];
    const m = await this.matches.match(resume, job);
    if (!m) throw new ResponseError(LSPErrorCodes.RequestFailed, `hrdocs: could not match ${resumeUri} against ${jobUri} (see the hrdocs output)`);
    return { resumeUri, jobUri, jobTitle: titleOf(job), score: m.score, match: this.matches.isMatch(m), explanation: m.explanation };
  }

  private async analysis(uri: string, kind: 'resume' | 'job') {
    if (!isMarkdown(uri) && !this.store.has(uri)) throw invalid(`${uri} is not a Markdown document`);
    if (!(await this.store.load(normalizeUri(uri)))) throw invalid(`${uri} cannot be read (not open, not a readable file, or longer than hrdocs.maxDocumentLength)`);
    if (this.store.isTooLarge(uri)) throw invalid(`${uri} is longer than hrdocs.maxDocumentLength (${this.settings().maxDocumentLength} characters)`);
    const a = await this.store.analyze(uri, kind);
    if (!a) throw new ResponseError(LSPErrorCodes.RequestFailed, `hrdocs: ${uri} could not be analyzed (see the hrdocs output)`);
    return a;
  }

  private async engine() {
    const engine = await this.host.get();
    if (!engine) throw new ResponseError(LSPErrorCodes.RequestFailed, `hrdocs: the engine is not available: ${this.host.status?.message ?? 'it failed to load'}`);
    return engine;
  }
}

function payload(j: GeneratedJob): GeneratedJobPayload {
  const p: GeneratedJobPayload = { title: j.title, markdown: j.markdown };
  if (j.score !== undefined) p.score = j.score;
  if (j.occupationId) p.occupationId = j.occupationId;
  if (j.why) p.why = j.why;
  if (j.missing) p.missing = j.missing;
  if (j.stretch) p.stretch = true;
  return p;
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function objectArg(arg: unknown, command: string, shape: string): Record<string, unknown> {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) throw invalid(`${command} expects one argument ${shape}`);
  return arg as Record<string, unknown>;
}

function stringField(a: Record<string, unknown>, name: string, command: string): string {
  const v = a[name];
  if (typeof v !== 'string' || !v.trim()) throw invalid(`${command}: '${name}' must be a non-empty string`);
  return v;
}
