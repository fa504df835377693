// Code lenses at the top of a resume (its best jobs) or a job (its best resumes), in the order of
// the scores they show. Candidates are pre-ranked cheaply by skill overlap; the few kept are
// matched (cached, so codeLens/resolve only reads the result) and sorted by score. A resume's
// pinned target is marked, and every other job gets a "Set as target job" lens beside its own.
import type { CancellationToken, CodeLens, CodeLensParams, Command, Range } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../engine/types.js';
import { ClientCommands, ServerCommands } from 'hrdocs-protocol';
import { matchLensTitle, SET_TARGET_TITLE } from '../engine/index.js';
import { titleOf, type MatchService, type Ranked } from './matches.js';
import { basename, errorMessage, normalizeUri, unlessCancelled } from './util.js';
import { isHrDocument, type WorkspaceStore } from './workspace.js';

export const MAX_LENSES = 3;
/** how long a lens request waits for the workspace's kinds before answering with what it knows */
const INDEX_WAIT_MS = 500;

export interface MatchLensData {
  resumeUri: string;
  jobUri: string;
  /** the kind of the document the lens sits on: the title names the other side */
  on: 'resume' | 'job';
  /** the job is the resume's pinned target (`target:` in its front matter) */
  pinned?: boolean;
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
      const jobs = await this.byScore(analysis, await this.matches.rankJobs(analysis, MAX_LENSES, cancelled), 'resume');
      if (jobs.length === 0) return this.store.indexed ? [label('No job descriptions in this workspace')] : [label('hrdocs: indexing the workspace…')];
      const target = await this.matches.checkedTargetUri(analysis);
      return jobs.flatMap((j) => {
        const lens: CodeLens = { range: TOP, data: { resumeUri: uri, jobUri: j.uri, on: 'resume', pinned: j.uri === target } satisfies MatchLensData };
        if (j.uri === target) return [lens];
        const setTarget: Command = { title: SET_TARGET_TITLE, command: ServerCommands.setTargetJob, arguments: [{ resumeUri: uri, jobUri: j.uri }] };
        return [lens, { range: TOP, command: setTarget }];
      });
    }
    const resumes = await this.byScore(analysis, await this.matches.rankResumes(analysis, MAX_LENSES, cancelled), 'job');
    if (resumes.length === 0) return this.store.indexed ? [label('No resumes in this workspace')] : [label('hrdocs: indexing the workspace…')];
    return resumes.map((r) => ({ range: TOP, data: { resumeUri: r.uri, jobUri: uri, on: 'job' } satisfies MatchLensData }));
  }

  /** The candidates by the score their lens will show, best first (a pair that cannot be matched last). */
  private async byScore(analysis: DocumentAnalysis, ranked: Ranked[], on: 'resume' | 'job'): Promise<Ranked[]> {
    const scores = await Promise.all(ranked.map(async (r) => {
      const m = on === 'resume' ? await this.matches.match(analysis, r.analysis) : await this.matches.match(r.analysis, analysis);
      return m?.score ?? -1;
    }));
    return ranked.map((r, i) => ({ r, score: scores[i] })).sort((a, b) => b.score - a.score).map((x) => x.r);
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
        title: matchLensTitle(m.score, this.matches.threshold(m), otherName, data.pinned === true),
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
