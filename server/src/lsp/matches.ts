// Which job a resume is measured against, which jobs/resumes to show in code lenses, and cached
// engine.match / engine.fix results. Caches are keyed on the analysis objects themselves, so a new
// analysis (new text or new engine) makes its old results unreachable.
import { realpath, stat } from 'node:fs/promises';
import { extname, sep } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import type { DocumentAnalysis, FixResult, MatchResult } from '../engine/types.js';
import type { Engine } from '../engine/api.js';
import type { HrdocsSettings } from 'hrdocs-protocol';
import type { EngineHost } from './engineHost.js';
import { basename, errorMessage, normalizeUri, resolveRelative, uriToPath } from './util.js';
import type { WorkspaceStore } from './workspace.js';

export interface TargetJob {
  uri: string;
  analysis: DocumentAnalysis;
  /** named by the resume's front matter (`target:`), rather than the workspace's only job */
  explicit: boolean;
}

export interface Ranked {
  uri: string;
  analysis: DocumentAnalysis;
  /** cheap pre-ranking: share of the job's required skills the resume lists */
  overlap: number;
}

/**
 * How long a code lens request may spend analyzing documents not analyzed yet; past it, the lens
 * ranks what is analyzed and a workspace/codeLens/refresh follows when indexing has finished.
 */
const RANKING_BUDGET_MS = 750;

type PairCache<T> = WeakMap<DocumentAnalysis, WeakMap<DocumentAnalysis, Promise<T | undefined>>>;

export class MatchService {
  private matchCache: PairCache<MatchResult> = new WeakMap();
  private fixCache: PairCache<FixResult> = new WeakMap();
  private readonly refusedTargets = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly store: WorkspaceStore,
    private readonly host: EngineHost,
    private readonly settings: () => HrdocsSettings,
    /** file system paths of the workspace folders: a `target` must resolve inside one */
    private readonly workspaceFolders: () => readonly string[] = () => [],
  ) {}

  /** The current engine; undefined while it cannot be loaded. */
  engine(): Promise<Engine | undefined> {
    return this.host.get();
  }

  match(resume: DocumentAnalysis, job: DocumentAnalysis): Promise<MatchResult | undefined> {
    return this.cached(this.matchCache, resume, job, async (engine) => engine.match(resume, job), 'matching');
  }

  fix(resume: DocumentAnalysis, job: DocumentAnalysis): Promise<FixResult | undefined> {
    return this.cached(this.fixCache, resume, job, async (engine) => {
      const m = await this.match(resume, job);
      return engine.fix(resume, job, m);
    }, 'fixing');
  }

  /** The match decision, honouring the `matchThreshold` setting when it is set. */
  isMatch(m: MatchResult): boolean {
    const th = this.settings().matchThreshold;
    return th === undefined ? m.match : m.score >= th;
  }

  /** The decision threshold in use: the `matchThreshold` setting, else the matcher's calibrated one. */
  threshold(m: MatchResult): number {
    return this.settings().matchThreshold ?? m.threshold;
  }

  /** URI a resume's front matter names as its target, if any (resolved relative to the resume). */
  explicitTargetUri(resume: DocumentAnalysis): string | undefined {
    const t = resume.doc.frontMatter?.target;
    if (typeof t !== 'string') return undefined;
    return resolveRelative(resume.doc.uri, t);
  }

  /**
   * The explicit target's URI when it is a regular Markdown file inside a workspace folder once
   * symlinks are resolved (`target: ../jobs/x.md` must not read /etc/passwd through a link).
   */
  async checkedTargetUri(resume: DocumentAnalysis): Promise<string | undefined> {
    const uri = this.explicitTargetUri(resume);
    if (!uri) return undefined;
    const file = uriToPath(uri);
    const problem = file === undefined ? 'is not a local file' : await targetProblem(file, this.workspaceFolders());
    if (!problem) return uri;
    const key = `${resume.doc.uri}\n${uri}\n${problem}`;
    if (!this.refusedTargets.has(key)) {
      this.refusedTargets.add(key);
      this.connection.console.warn(`hrdocs: ${basename(resume.doc.uri)}: target ${String(resume.doc.frontMatter?.target)} ignored: it ${problem}`);
    }
    return undefined;
  }

  /**
   * The job a resume is measured against in diagnostics: its explicit `target`, else the
   * workspace's only job description. Undefined when there is none (or the workspace is still
   * being indexed: the server re-validates once it is).
   */
  async targetJob(resume: DocumentAnalysis): Promise<TargetJob | undefined> {
    if (resume.doc.kind !== 'resume') return undefined;
    if (this.explicitTargetUri(resume) !== undefined) {
      const explicit = await this.checkedTargetUri(resume);
      if (!explicit) return undefined;
      if (!(await this.store.load(explicit))) {
        this.connection.console.warn(`hrdocs: ${basename(resume.doc.uri)}: target ${explicit} cannot be read`);
        return undefined;
      }
      const analysis = await this.store.analyze(explicit, 'job');
      return analysis ? { uri: normalizeUri(explicit), analysis, explicit: true } : undefined;
    }
    if (!this.store.indexed) return undefined;
    const jobs = await this.store.urisOfKind('job');
    if (jobs.length !== 1) return undefined;
    const analysis = await this.store.analyze(jobs[0]);
    return analysis && analysis.doc.kind === 'job' ? { uri: jobs[0], analysis, explicit: false } : undefined;
  }

  /** The jobs to show for a resume, best first: the explicit target first, then by skill overlap. */
  async rankJobs(resume: DocumentAnalysis, limit: number, isCancelled: () => boolean): Promise<Ranked[]> {
    const { analyses: jobs } = await this.store.analysesOfKind('job', isCancelled, RANKING_BUDGET_MS);
    const target = await this.checkedTargetUri(resume);
    const ranked = jobs.map((job) => ({ uri: normalizeUri(job.doc.uri), analysis: job, overlap: overlap(resume, job) }));
    if (target) {
      const t = await this.targetJob(resume);
      if (t && !ranked.some((r) => r.uri === t.uri)) ranked.push({ uri: t.uri, analysis: t.analysis, overlap: overlap(resume, t.analysis) });
    }
    const key = (r: Ranked) => (r.uri === target ? 2 : 0) + r.overlap;
    ranked.sort((a, b) => key(b) - key(a) || a.uri.localeCompare(b.uri));
    return ranked.slice(0, limit);
  }

  /** The resumes to show for a job, best first by skill overlap. */
  async rankResumes(job: DocumentAnalysis, limit: number, isCancelled: () => boolean): Promise<Ranked[]> {
    const { analyses: resumes } = await this.store.analysesOfKind('resume', isCancelled, RANKING_BUDGET_MS);
    const ranked = resumes.map((resume) => ({ uri: normalizeUri(resume.doc.uri), analysis: resume, overlap: overlap(resume, job) }));
    ranked.sort((a, b) => b.overlap - a.overlap || a.uri.localeCompare(b.uri));
    return ranked.slice(0, limit);
  }

  private cached<T>(
    cache: PairCache<T>,
    resume: DocumentAnalysis,
    job: DocumentAnalysis,
    run: (engine: NonNullable<Awaited<ReturnType<EngineHost['get']>>>) => Promise<T>,
    what: string,
  ): Promise<T | undefined> {
    let inner = cache.get(resume);
    if (!inner) cache.set(resume, (inner = new WeakMap()));
    let p = inner.get(job);
    if (!p) {
      p = (async () => {
        const engine = await this.host.get();
        if (!engine) return undefined;
        try {
          return await run(engine);
        } catch (err) {
          this.connection.console.error(
            `hrdocs: ${what} ${basename(resume.doc.uri)} against ${basename(job.doc.uri)} failed: ${errorMessage(err)}`,
          );
          return undefined;
        }
      })();
      inner.set(job, p);
    }
    return p;
  }
}

const MARKDOWN = new Set(['.md', '.markdown']);

/** Why `file` cannot be a resume's target, or undefined when it can. */
async function targetProblem(file: string, folders: readonly string[]): Promise<string | undefined> {
  if (!MARKDOWN.has(extname(file).toLowerCase())) return 'is not a Markdown file (.md, .markdown)';
  let real: string;
  try {
    real = await realpath(file);
    if (!(await stat(real)).isFile()) return 'is not a regular file';
  } catch {
    return 'cannot be read';
  }
  if (!MARKDOWN.has(extname(real).toLowerCase())) return `resolves to ${real}, not a Markdown file`;
  const realFolders = await Promise.all(folders.map((f) => realpath(f).catch(() => f)));
  if (!realFolders.some((f) => real === f || real.startsWith(f.endsWith(sep) ? f : f + sep))) {
    return realFolders.length ? `resolves to ${real}, outside the workspace folders` : 'cannot be checked: no workspace folder is open';
  }
  return undefined;
}

/** Display name of a document: its title, else its file name. */
export function titleOf(a: DocumentAnalysis): string {
  return a.title || a.doc.title || basename(a.doc.uri);
}

function overlap(resume: DocumentAnalysis, job: DocumentAnalysis): number {
  const have = new Set(resume.skills.map((s) => s.id));
  const haveNames = new Set(resume.skills.map((s) => s.name.toLowerCase()));
  const want = job.requiredSkills.length ? job.requiredSkills : job.skills;
  if (want.length === 0) return 0;
  let n = 0;
  for (const s of want) if (have.has(s.id) || haveNames.has(s.name.toLowerCase())) n++;
  return n / want.length;
}
