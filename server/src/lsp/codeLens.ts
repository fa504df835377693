// Code lenses at the top of a resume (its best jobs) or a job (its best resumes). Listing them is
// cheap (skill-overlap pre-ranking on cached analyses); the match score, the expensive part, is
// computed in codeLens/resolve.
import type { CancellationToken, CodeLens, CodeLensParams, Command, Range } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../engine/types.js';
import { ClientCommands } from 'hrdocs-protocol';
import { titleOf, type MatchService } from './matches.js';
import { basename, errorMessage, normalizeUri, percent, unlessCancelled } from './util.js';
import { isHrDocument, type WorkspaceStore } from './workspace.js';

export const MAX_LENSES = 3;
/** how long a lens request waits for the workspace's kinds before answering with what it knows */
const INDEX_WAIT_MS = 500;

export interface MatchLensData {
  resumeUri: string;
  jobUri: string;
  /** the kind of the document the lens sits on: the title names the other side */
  on: 'resume' | 'job';
}

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function label(title: string): CodeLens {
  // an empty command id: VS Code shows the title as plain, unclickable text
  return { range: TOP, command: { title, command: '' } };
}

export class CodeLensFeature {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly matches: MatchService,
    private readonly log: (m: string) => void,
  ) {}

  async provide(params: CodeLensParams, token: CancellationToken): Promise<CodeLens[]> {
    const uri = params.textDocument.uri;
    if (!this.store.has(uri) || this.store.isTooLarge(uri)) return [];
    const analysis = await unlessCancelled(this.store.analyze(uri), token);
    if (!analysis || !isHrDocument(analysis.doc) || token.isCancellationRequested) return [];
    const cancelled = () => token.isCancellationRequested;
    // a large workspace is still being indexed: rank what is known now; a refresh follows
    await Promise.race([this.store.whenIndexed(token), new Promise((r) => setTimeout(r, INDEX_WAIT_MS))]);
    if (token.isCancellationRequested) return [];
    if (analysis.doc.kind === 'resume') {
      const jobs = await this.matches.rankJobs(analysis, MAX_LENSES, cancelled);
      if (jobs.length === 0) return this.store.indexed ? [label('No job descriptions in this workspace')] : [label('hrdocs: indexing the workspace…')];
      return jobs.map((j) => ({ range: TOP, data: { resumeUri: uri, jobUri: j.uri, on: 'resume' } satisfies MatchLensData }));
    }
    const resumes = await this.matches.rankResumes(analysis, MAX_LENSES, cancelled);
    if (resumes.length === 0) return this.store.indexed ? [label('No resumes in this workspace')] : [label('hrdocs: indexing the workspace…')];
    return resumes.map((r) => ({ range: TOP, data: { resumeUri: r.uri, jobUri: uri, on: 'job' } satisfies MatchLensData }));
  }

  async resolve(lens: CodeLens): Promise<CodeLens> {
    if (lens.command) return lens;
    const data = lens.data as Partial<MatchLensData> | undefined;
    if (!data || typeof data.resumeUri !== 'string' || typeof data.jobUri !== 'string') {
      return { ...lens, command: { title: 'hrdocs: no match data', command: '' } };
    }
    try {
      const [resume, job] = await Promise.all([this.analysis(data.resumeUri, 'resume'), this.analysis(data.jobUri, 'job')]);
      const other = data.on === 'job' ? resume : job;
      const otherName = other ? displayName(other) : basename(data.on === 'job' ? data.resumeUri : data.jobUri);
      const m = resume && job ? await this.matches.match(resume, job) : undefined;
      if (!m) return { ...lens, command: { title: `Match unavailable · ${otherName}`, command: '' } };
      const command: Command = {
        title: `Match ${percent(m.score)} · ${otherName}`,
        command: ClientCommands.showMatch,
        arguments: [{ resumeUri: data.resumeUri, jobUri: data.jobUri }],
      };
      return { ...lens, command };
    } catch (err) {
      this.log(`hrdocs: code lens failed: ${errorMessage(err)}`);
      return { ...lens, command: { title: 'Match unavailable', command: '' } };
    }
  }

  private async analysis(uri: string, kind: 'resume' | 'job'): Promise<DocumentAnalysis | undefined> {
    if (!(await this.store.load(normalizeUri(uri)))) return undefined;
    return this.store.analyze(uri, kind);
  }
}

/** A job's title; a resume's first-level heading (usually the person's name), else its file name. */
export function displayName(a: DocumentAnalysis): string {
  if (a.doc.kind === 'job') return titleOf(a);
  const h1 = a.doc.sections.find((s) => s.level === 1 && s.heading.trim());
  return h1?.heading.trim() || basename(a.doc.uri);
}
